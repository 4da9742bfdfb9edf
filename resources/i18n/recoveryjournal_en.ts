<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Attendance</name>
    <message numerus="yes">
        <source>%n session(s), {hours} hours</source>
        <translation>
            <numerusform>%n session, {hours} hours</numerusform>
            <numerusform>%n sessions, {hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} of {target} hours, on %n day(s)</source>
        <translation>
            <numerusform>{hours} of {target} hours, on %n day</numerusform>
            <numerusform>{hours} of {target} hours, on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{met} (program: %n day(s))</source>
        <translation>
            <numerusform>{met} (program: %n day)</numerusform>
            <numerusform>{met} (program: %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a craving of {threshold} or more</source>
        <translation>
            <numerusform>%n day with a craving of {threshold} or more</numerusform>
            <numerusform>%n days with a craving of {threshold} or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without a check-in (longest gap {longest})</source>
        <translation>
            <numerusform>%n day without a check-in (longest gap {longest})</numerusform>
            <numerusform>%n days without a check-in (longest gap {longest})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n lapse</numerusform>
            <numerusform>%n lapses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) under the program's hours</source>
        <translation>
            <numerusform>%n week under the program's hours</numerusform>
            <numerusform>%n weeks under the program's hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartKeys</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source> · %n more trigger(s) in the table</source>
        <translation>
            <numerusform> · %n more trigger in the table</numerusform>
            <numerusform> · %n more triggers in the table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with check-ins</source>
        <translation>
            <numerusform>%n day with check-ins</numerusform>
            <numerusform>%n days with check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapse day(s)</source>
        <translation>
            <numerusform>%n lapse day</numerusform>
            <numerusform>%n lapse days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged · {short} under {hours} h</source>
        <translation>
            <numerusform>%n night logged · {short} under {hours} h</numerusform>
            <numerusform>%n nights logged · {short} under {hours} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated use(s)</source>
        <translation>
            <numerusform>%n rated use</numerusform>
            <numerusform>%n rated uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated use(s): too few to rank (needs {needed})</source>
        <translation>
            <numerusform>%n rated use: too few to rank (needs {needed})</numerusform>
            <numerusform>%n rated uses: too few to rank (needs {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sober day(s)</source>
        <translation>
            <numerusform>%n sober day</numerusform>
            <numerusform>%n sober days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s), not rated before and after</source>
        <translation>
            <numerusform>used %n time, not rated before and after</numerusform>
            <numerusform>used %n times, not rated before and after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{a} and {b}: together %n time(s)</source>
        <translation>
            <numerusform>{a} and {b}: together %n time</numerusform>
            <numerusform>{a} and {b}: together %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{drop} · used %n time(s)</source>
        <translation>
            <numerusform>{drop} · used %n time</numerusform>
            <numerusform>{drop} · used %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{mean} · %n check-in(s)</source>
        <translation>
            <numerusform>{mean} · %n check-in</numerusform>
            <numerusform>{mean} · %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: average craving {mean} over %n check-in(s) (spread ±{spread})</source>
        <translation>
            <numerusform>{name}: average craving {mean} over %n check-in (spread ±{spread})</numerusform>
            <numerusform>{name}: average craving {mean} over %n check-ins (spread ±{spread})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: logged %n time(s) in all</source>
        <translation>
            <numerusform>{name}: logged %n time in all</numerusform>
            <numerusform>{name}: logged %n times in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: used %n time(s), never rated before and after</source>
        <translation>
            <numerusform>{name}: used %n time, never rated before and after</numerusform>
            <numerusform>{name}: used %n times, never rated before and after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}: %n trigger(s) logged</source>
        <translation>
            <numerusform>{span}: %n trigger logged</numerusform>
            <numerusform>{span}: %n triggers logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}: average craving {value} over %n check-in(s)</source>
        <translation>
            <numerusform>{span}: average craving {value} over %n check-in</numerusform>
            <numerusform>{span}: average craving {value} over %n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n PDF(s)</source>
        <translation>
            <numerusform>%n PDF</numerusform>
            <numerusform>%n PDFs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recording(s)</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lapse(s)</source>
        <translation>
            <numerusform>%n lapse</numerusform>
            <numerusform>%n lapses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) of sleep</source>
        <translation>
            <numerusform>%n night of sleep</numerusform>
            <numerusform>%n nights of sleep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n plan item</numerusform>
            <numerusform>%n plan items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated use(s)</source>
        <translation>
            <numerusform>%n rated use</numerusform>
            <numerusform>%n rated uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n score</numerusform>
            <numerusform>%n scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;{title}&lt;/b&gt; — %n record(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n record</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message numerus="yes">
        <source>answers on %n day(s)</source>
        <translation>
            <numerusform>answers on %n day</numerusform>
            <numerusform>answers on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data on %n day(s)</source>
        <translation>
            <numerusform>data on %n day</numerusform>
            <numerusform>data on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>previous day</numerusform>
            <numerusform>previous %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n days before</source>
        <translation>
            <numerusform>the day before</numerusform>
            <numerusform>the %n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>Your plan is not complete yet: add %n more go-to action(s). Having at least {least} gives you a choice when a craving hits.</source>
        <translation>
            <numerusform>Your plan is not complete yet: add one more go-to action. Having at least {least} gives you a choice when a craving hits.</numerusform>
            <numerusform>Your plan is not complete yet: add %n more go-to actions. Having at least {least} gives you a choice when a craving hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — logged %n time(s)</source>
        <translation>
            <numerusform>{name} — logged %n time</numerusform>
            <numerusform>{name} — logged %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text} — on %n check-in(s) with a strong craving</source>
        <translation>
            <numerusform>{text} — on %n check-in with a strong craving</numerusform>
            <numerusform>{text} — on %n check-ins with a strong craving</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n use</numerusform>
            <numerusform>%n uses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreakCard</name>
    <message numerus="yes">
        <source>day(s) free from {name}</source>
        <translation>
            <numerusform>day free from {name}</numerusform>
            <numerusform>days free from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) sober in all</source>
        <translation>
            <numerusform>day sober in all</numerusform>
            <numerusform>days sober in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n answer(s) in order: {ratings}</source>
        <translation>
            <numerusform>%n answer in order: {ratings}</numerusform>
            <numerusform>%n answers in order: {ratings}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged; mean {hours} hours, {short_nights}; mean quality {quality} of 5.</source>
        <translation>
            <numerusform>%n night logged; mean {hours} hours, {short_nights}; mean quality {quality} of 5.</numerusform>
            <numerusform>%n nights logged; mean {hours} hours, {short_nights}; mean quality {quality} of 5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) under {hours} hours</source>
        <translation>
            <numerusform>%n night under {hours} hours</numerusform>
            <numerusform>%n nights under {hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in my plan. {people}</source>
        <translation>
            <numerusform>%n person in my plan. {people}</numerusform>
            <numerusform>%n people in my plan. {people}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sober day(s)</source>
        <translation>
            <numerusform>%n sober day</numerusform>
            <numerusform>%n sober days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(my aftercare aim, over %n day(s))</source>
        <translation>
            <numerusform>(my aftercare aim, over %n day)</numerusform>
            <numerusform>(my aftercare aim, over %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(nothing logged in the %n days before)</source>
        <translation>
            <numerusform>(nothing logged the day before)</numerusform>
            <numerusform>(nothing logged in the %n days before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(target {hours} hours a week, over %n day(s) of this period)</source>
        <translation>
            <numerusform>(target {hours} hours a week, over %n day of this period)</numerusform>
            <numerusform>(target {hours} hours a week, over %n days of this period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n days from today on are not over yet, so they are not counted</source>
        <translation>
            <numerusform>; %n day from today on is not over yet, so it is not counted</numerusform>
            <numerusform>; %n days from today on are not over yet, so they are not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the program: %n session(s)</source>
        <translation>
            <numerusform>After the program: %n session</numerusform>
            <numerusform>After the program: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more change(s) — {where}.</source>
        <translation>
            <numerusform>And %n more change — {where}.</numerusform>
            <numerusform>And %n more changes — {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change is against the %n days before ({coverage}).</source>
        <translation>
            <numerusform>Change is against the day before ({coverage}).</numerusform>
            <numerusform>Change is against the %n days before ({coverage}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In this period: {sober} of %n days sober, {lapse_days} with a lapse</source>
        <translation>
            <numerusform>In this period: {sober} of %n day sober, {lapse_days} with a lapse</numerusform>
            <numerusform>In this period: {sober} of %n days sober, {lapse_days} with a lapse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept {kept} of %n weekly goal(s).</source>
        <translation>
            <numerusform>Kept {kept} of %n weekly goal.</numerusform>
            <numerusform>Kept {kept} of %n weekly goals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked by how much craving fell, only from tools rated before and after at least %n times; tools with fewer ratings follow, most used first.</source>
        <translation>
            <numerusform>Ranked by how much craving fell, only from tools rated before and after at least once; tools with fewer ratings follow, most used first.</numerusform>
            <numerusform>Ranked by how much craving fell, only from tools rated before and after at least %n times; tools with fewer ratings follow, most used first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about the same as the %n days before ({previous})</source>
        <translation>
            <numerusform>about the same as the day before ({previous})</numerusform>
            <numerusform>about the same as the %n days before ({previous})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more flag(s)</source>
        <translation>
            <numerusform>and %n more flag</numerusform>
            <numerusform>and %n more flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down {change} from {previous} in the %n days before</source>
        <translation>
            <numerusform>down {change} from {previous} the day before</numerusform>
            <numerusform>down {change} from {previous} in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up {change} from {previous} in the %n days before</source>
        <translation>
            <numerusform>up {change} from {previous} the day before</numerusform>
            <numerusform>up {change} from {previous} in the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{checkins} in the %n days before; {coverage}</source>
        <translation>
            <numerusform>{checkins} the day before; {coverage}</numerusform>
            <numerusform>{checkins} in the %n days before; {coverage}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{checkins} on {checkin_days} of %n day(s)</source>
        <translation>
            <numerusform>{checkins} on {checkin_days} of %n day</numerusform>
            <numerusform>{checkins} on {checkin_days} of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} a week on average over %n week(s) (week by week in the details)</source>
        <translation>
            <numerusform>{hours} a week on average over %n week (week by week in the details)</numerusform>
            <numerusform>{hours} a week on average over %n weeks (week by week in the details)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}  —  {title}  (%n word(s))</source>
        <translation>
            <numerusform>{date}  —  {title}  (%n word)</numerusform>
            <numerusform>{date}  —  {title}  (%n words)</numerusform>
        </translation>
    </message>
</context>
</TS>
