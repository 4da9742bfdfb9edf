"""The therapist summary as one HTML document: the same markup is written to the .html file, shown in the preview and
laid out into the PDF, so what the person previews is what the therapist gets.

The markup keeps to what both browsers and Qt's rich-text engine understand (tables with attributes, simple class
selectors); charts are inline SVG images as ``data:`` URIs so the file stands alone. Every piece of the person's text
goes through ``text_hygiene.neutralise`` and is escaped.
"""

from __future__ import annotations

import base64
import html
from datetime import date

from recoveryjournal import i18n
from recoveryjournal.domain import dates
from recoveryjournal.domain.brief import Flag
from recoveryjournal.domain.models import mood_label
from recoveryjournal.domain.numbers import decimals, short
from recoveryjournal.domain.patterns import MIN_RATED_TO_RANK, Period, change_text, coverage_text
from recoveryjournal.domain.summary import Attendance, Change, ChartSpec, Section, SoberLine, Summary
from recoveryjournal.domain.summary_sections import BRIEF_SECTIONS
from recoveryjournal.export.summary_html import (
    bullet_list,
    clean,
    day_text,
    moment_text,
    muted,
    note,
    number,
    paragraphs,
    table,
)
from recoveryjournal.export.summary_measures import render_measures
from recoveryjournal.i18n import translate

CHART_WIDTH = 640
WEEKS_IN_BRIEF = 8
"""Up to this many weeks the brief lists each week's hours; beyond, their mean."""

# Page one is one page however much there is to say: each list on it is capped, and what is left out is counted with
# a pointer to "Page one in full", the first page of the details ("see page 2"; in a brief-only summary, "in the full
# summary"). The caps leave room for every block at the largest sizes seen, so the PDF seldom needs to shrink it.
FLAGS_IN_FULL = 3
"""Flags shown with their why and dated details on page one (the most urgent kinds come first)."""
FLAG_DETAILS = 3
"""Dated details shown under a flag on page one; the rest are counted ("and 12 more — see page 2")."""
FLAG_TITLES = 4
"""Further flags named by their title only; any beyond are counted."""
TOPIC_CHARACTERS = 300
"""What I want to talk about: about four lines on page one, the rest continued in the details."""
SOBER_ROWS = 3
SINCE_ITEMS = 6
"""Changes since the last summary on page one when nothing is flagged; each flag takes the room of one."""
MIN_SINCE_ITEMS = 2
NAMES_ON_PAGE_ONE = 5
IN_FULL_ID = "in-full"
DETAILS_MARK = "<!-- details -->"
"""Where the details start: the PDF lays out page one on its own page, the details after it."""
SVG_PREFIX = "data:image/svg+xml;base64,"

STYLE = """
body { font-family: "Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
       font-size: 10.5pt; color: #1b1f24; line-height: 135%; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; font-weight: 600; color: #17324d; margin: 0 0 4pt 0; }
h2 { font-size: 14pt; font-weight: 600; color: #17324d; margin: 4pt 0 6pt 0; }
hr { border: 0; border-top: 1px solid #9aa7b4; height: 0; margin: 16pt 0 0 0; }
h3 { font-size: 11pt; font-weight: 600; color: #1b1f24; margin: 12pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
.eyebrow { font-size: 9pt; color: #4b5661; letter-spacing: 0.05em; text-transform: uppercase; margin: 0; }
.period { font-size: 13pt; color: #1b1f24; margin: 2pt 0 2pt 0; }
.muted { color: #4b5661; font-size: 9pt; }
.note { color: #4b5661; font-style: italic; }
.cover { margin-bottom: 8pt; }
.flag { margin: 0 0 4pt 0; }
.why { color: #1b1f24; }
table.data { border-collapse: collapse; margin: 4pt 0 8pt 0; }
table.data th { background-color: #e8ecf1; color: #17324d; font-weight: 600; text-align: left;
                border-bottom: 1px solid #9aa7b4; }
table.data td { border-bottom: 1px solid #d5dbe1; vertical-align: top; }
td.num, th.num { text-align: right; }
td.label { color: #4b5661; width: 34%; }
.chart { margin: 8pt 0 14pt 0; }
.chart img { max-width: 100%; height: auto; }
.item { margin: 0 0 10pt 0; }
.text { margin: 2pt 0 0 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-after: avoid; }
  table.data tr, .chart, .item { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 18mm 16mm 18mm 16mm; }
"""


def document_title() -> str:
    return translate("Summary", "Summary for my therapist")


def period_text(summary: Summary) -> str:
    return Period(summary.start, summary.end).describe()


def header_text(summary: Summary) -> str:
    """The running header of every PDF page."""
    who = f"{summary.name} · " if summary.name else ""
    return f"{who}{document_title()} · {period_text(summary)}"


def hours(value: float) -> str:
    return short(value)


def hours_words(value: float) -> str:
    """ "1 hour", "1.5 hours": the number as printed decides the word."""
    if hours(value) == "1":
        return translate("Summary", "1 hour")
    return translate("Summary", "{hours} hours").format(hours=hours(value))


def change_words(change: Change, days: int, coverage: str) -> str:
    """A mean and how it moved, without calling the movement good or bad; no change is printed when the period
    before has too few days with data (``coverage`` then says how few)."""
    if change.current is None:
        return translate("Summary", "Nothing logged in this period")
    text = number(change.current)
    if change.previous is None:
        before = translate("Summary", "(nothing logged in the %n days before)", None, days)
        return f"{text} {muted(before)}"
    if not change.comparable:
        return f"{text} {muted(translate('Summary', '(not compared: {coverage})').format(coverage=coverage))}"
    delta = change.current - change.previous
    previous = number(change.previous)
    if number(abs(delta)) == number(0.0):
        move = translate("Summary", "about the same as the %n days before ({previous})", None, days)
    elif delta > 0:
        move = translate("Summary", "up {change} from {previous} in the %n days before", None, days)
    else:
        move = translate("Summary", "down {change} from {previous} in the %n days before", None, days)
    return f"{text} {muted('— ' + move.format(change=decimals(abs(delta)), previous=previous))}"


def _cover(summary: Summary) -> str:
    title = document_title()
    name = f"<h1>{clean(summary.name)}</h1>" if summary.name else f"<h1>{title}</h1>"
    made = summary.made_at
    if summary.options.brief_only:
        kind = translate("Summary", "The brief")
    else:
        kind = translate("Summary", "Page one is the brief; the details follow")
    days = translate("Summary", "%n day(s)", None, summary.options.days)
    made_text = translate(
        "Summary",
        "Made on {day} at {time}. {kind}. It holds only what I chose to share; private journal entries are never "
        "included.",
    ).format(day=day_text(made.date()), time=dates.clock(made), kind=kind)
    return (
        '<div class="cover">'
        f'<p class="eyebrow">{" · ".join(("Recovery Journal", title))}</p>{name}'
        f'<p class="period">{period_text(summary)} {muted(f"({days})")}</p>'
        f'<p class="muted">{made_text}</p></div>'
    )


def in_full_heading() -> str:
    return translate("Summary", "Page one in full")


def _see_more(summary: Summary) -> str:
    """Where what page one leaves out can be read."""
    if summary.options.brief_only:
        return translate("Summary", "in the full summary")
    return translate("Summary", "see {page_2}").format(
        page_2=f'<a href="#{IN_FULL_ID}">{translate("Summary", "page 2")}</a>'
    )


def _first(items: list, limit: int, page_one: bool) -> tuple[list, int]:
    """The items page one shows (all of them elsewhere) and how many it leaves out."""
    shown = items[:limit] if page_one else items
    return shown, len(items) - len(shown)


def _flag(summary: Summary, flag: Flag, page_one: bool) -> str:
    details, left = _first(list(flag.details), FLAG_DETAILS, page_one)
    shown = [clean(detail) for detail in details]
    if left:
        shown.append(f"{translate('Summary', 'and %n more', None, left)} — {_see_more(summary)}")
    details_html = " · ".join(shown)
    return (
        f'<p class="flag"><b>{clean(flag.title)}</b> <span class="why">— {clean(flag.why)}</span>'
        + (f'<br><span class="muted">{details_html}</span>' if details_html else "")
        + "</p>"
    )


def _flags(summary: Summary, page_one: bool = False) -> str:
    parts = []
    if not summary.flags:
        parts.append(note(translate("Summary", "Nothing was flagged in this period.")))
    in_full, left = _first(summary.flags, FLAGS_IN_FULL, page_one)
    parts += [_flag(summary, flag, page_one) for flag in in_full]
    if left:
        named = summary.flags[len(in_full) : len(in_full) + FLAG_TITLES]
        titles = "; ".join(f"<b>{clean(flag.title)}</b>" for flag in named)
        if left > len(named):
            titles += "; " + translate("Summary", "and %n more flag(s)", None, left - len(named))
        also = translate("Summary", "Also flagged: {titles}").format(titles=titles)
        why = translate("Summary", "(why and when: {where})").format(where=_see_more(summary))
        parts.append(f'<p class="flag">{also} {muted(why)}</p>')
    if summary.findings:  # at most three (findings.BRIEF_FINDINGS), and page one has room for them
        parts.append(f"<p><b>{translate('Summary', 'What stood out')}</b></p>" + bullet_list(summary.findings, ""))
    return "".join(parts)


def _sober_words(line: SoberLine, days: int, today: date) -> str:
    stretch = translate("Summary", "%n day(s)", None, line.current_days)
    text = translate("Summary", "{stretch} in the current stretch · longest {longest} · {total} in all").format(
        stretch=f"<b>{stretch}</b>",
        longest=translate("Summary", "%n day(s)", None, line.longest_days),
        total=translate("Summary", "%n sober day(s)", None, line.total_days),
    )
    period = translate("Summary", "In this period: {sober} of %n days sober, {lapse_days} with a lapse", None, days)
    period = period.format(
        sober=line.sober_days_in_period, lapse_days=translate("Summary", "%n day(s)", None, line.lapse_days_in_period)
    )
    if line.open_days == 1:
        period += translate("Summary", "; today ({day}) is not over yet, so it is not counted").format(
            day=day_text(today)
        )
    elif line.open_days > 1:
        period += translate(
            "Summary", "; %n days from today on are not over yet, so they are not counted", None, line.open_days
        )
    return f"{text}<br>{muted(period)}"


def _attendance_words(attendance: Attendance) -> str:
    sessions = translate("Summary", "%n session(s)", None, attendance.sessions)
    if attendance.hours_per_week is None:
        return f"{hours_words(attendance.hours)} {muted(f'({sessions})')}"
    lines = []
    if attendance.program_days and attendance.program_target is not None:
        target = translate(
            "Summary", "(target {hours} hours a week, over %n day(s) of this period)", None, attendance.program_days
        ).format(hours=hours(attendance.hours_per_week))
        lines.append(
            translate("Summary", "In the program: {hours} of {target} hours").format(
                hours=hours(attendance.program_hours), target=hours(attendance.program_target)
            )
            + " "
            + muted(target)
        )
    if attendance.aftercare_days:
        after = attendance.aftercare_sessions
        if attendance.aftercare_target is None:
            lines.append(
                translate("Summary", "After the program: %n session(s)", None, after)
                + " "
                + muted(translate("Summary", "(no aftercare aim set)"))
            )
        else:
            aim = translate("Summary", "(my aftercare aim, over %n day(s))", None, attendance.aftercare_days)
            lines.append(
                translate("Summary", "After the program: {sessions} of {target} sessions or meetings").format(
                    sessions=after, target=hours(attendance.aftercare_target)
                )
                + " "
                + muted(aim)
            )
    if not lines:
        before = translate("Summary", "({sessions}; before the program)").format(sessions=sessions)
        lines.append(f"{hours_words(attendance.hours)} {muted(before)}")
    weekly = [f"{hours(week.hours)}" for week in attendance.weeks]
    if len(weekly) > WEEKS_IN_BRIEF:
        mean = sum(week.hours for week in attendance.weeks) / len(weekly)
        average = translate(
            "Summary", "{hours} a week on average over %n week(s) (week by week in the details)", None, len(weekly)
        )
        lines.append(muted(average.format(hours=hours_words(mean))))
    elif weekly:
        first = day_text(attendance.weeks[0].week_start)
        per_week = translate("Summary", "Hours per week, from the week of {first}: {hours}")
        lines.append(muted(per_week.format(first=first, hours=", ".join(weekly))))
    return "<br>".join(lines)


def _label(text: str, scale: str = "") -> str:
    return text + (f"<br>{muted(scale)}" if scale else "")


def _glance(summary: Summary, page_one: bool = False) -> str:
    glance, days = summary.glance, summary.options.days
    today = summary.made_at.date()
    coverage = coverage_text(summary.options.period, glance.previous_days)
    rows: list[list[tuple[str, str]]] = []
    sober, left = _first(glance.sober, SOBER_ROWS, page_one)
    for line in sober:
        sober_from = translate("Summary", "Sober from {substance}").format(substance=clean(line.substance))
        rows.append([(sober_from, "label"), (_sober_words(line, days, today), "")])
    if left:
        names = ", ".join(clean(line.substance) for line in glance.sober[len(sober) :])
        rows.append(
            [(translate("Summary", "Also tracked"), "label"), (f"{names} {muted(f'({_see_more(summary)})')}", "")]
        )
    if glance.comparable:
        before = translate("Summary", "{checkins} in the %n days before; {coverage}", None, days).format(
            checkins=glance.previous_checkins, coverage=coverage
        )
    else:
        before = translate("Summary", "{coverage}, too few to compare").format(coverage=coverage)
    checkins = translate("Summary", "{checkins} on {checkin_days} of %n day(s)", None, glance.counted_days)
    checkins = checkins.format(checkins=glance.checkins, checkin_days=glance.checkin_days)
    rows.append([(translate("Summary", "Check-ins"), "label"), (f"{checkins} {muted(f'({before})')}", "")])
    mood_scale = f"1 {mood_label(1).lower()} – 5 {mood_label(5).lower()}"
    rows.append(
        [
            (_label(translate("Summary", "Mean mood"), mood_scale), "label"),
            (change_words(glance.mood, days, coverage), ""),
        ]
    )
    rows.append(
        [
            (_label(translate("Summary", "Mean craving"), translate("Summary", "0 none – 10 strongest")), "label"),
            (change_words(glance.craving, days, coverage), ""),
        ]
    )
    ratings = ", ".join(str(rating) for _, rating in glance.doing_ratings)
    answers = coverage_text(summary.options.period, glance.previous_rating_days, "answers")
    doing = change_words(glance.doing, days, answers)
    if glance.doing_ratings:
        in_order = translate("Summary", "%n answer(s) in order: {ratings}", None, len(glance.doing_ratings))
        doing += "<br>" + muted(in_order.format(ratings=ratings))
    doing_label = _label(translate("Summary", "“How am I really doing?”"), translate("Summary", "1–10, my own rating"))
    rows.append([(doing_label, "label"), (doing, "")])
    rows.append([(translate("Summary", "Treatment and support"), "label"), (_attendance_words(glance.attendance), "")])
    headers = [(translate("Summary", "What"), ""), (translate("Summary", "This period"), "")]
    return table(headers, rows, translate("Summary", "Key numbers"), padding=3)


def _since(summary: Summary, page_one: bool = False) -> str:
    since = summary.since
    intro = (
        translate("Summary", "Since {day}, the day after my last summary ended.").format(day=day_text(since.since))
        if since.since
        else translate("Summary", "This is my first summary, so these are the changes within this period.")
    )
    if since.empty:
        return f'<p class="muted">{intro}</p>' + note(
            translate("Summary", "No changes to my plan and no new triggers.")
        )

    def listed(items: list[str], separator: str) -> str:
        shown, left = _first(items, NAMES_ON_PAGE_ONE, page_one)
        more = separator + translate("Summary", "and %n more", None, left) if left else ""
        return separator.join(clean(item) for item in shown) + more

    changes = []
    for change in since.plan_changes:
        reviewed = translate("Summary", "Plan reviewed on {day}:").format(day=day_text(change.at.date()))
        changes.append(f"<p><b>{reviewed}</b> {listed(change.lines, '; ')}</p>")
    if since.new_triggers:
        first_time = translate("Summary", "Triggers logged for the first time:")
        changes.append(f"<p><b>{first_time}</b> {listed(since.new_triggers, ', ')}</p>")
    changes += [f"<p>{clean(line)}</p>" for line in since.other]
    shown, left = _first(changes, max(MIN_SINCE_ITEMS, SINCE_ITEMS - len(summary.flags)), page_one)
    more = translate("Summary", "And %n more change(s) — {where}.", None, left).format(where=_see_more(summary))
    return f'<p class="muted">{intro}</p>' + "".join(shown) + (f'<p class="muted">{more}</p>' if left else "")


def chart_image(spec: ChartSpec, svg: bytes | None, alt: str, width: int = CHART_WIDTH) -> str:
    if svg is None:
        too_little = translate("Summary", "Not enough was logged in this period to show this chart.")
        return f'<div class="chart"><h3>{html.escape(spec.title)}</h3>{note(too_little)}</div>'
    source = SVG_PREFIX + base64.b64encode(svg).decode("ascii")
    return (
        f'<div class="chart"><p class="muted">{html.escape(spec.description)}</p>'
        f'<p><img src="{source}" width="{width}" alt="{html.escape(alt, quote=True)}"></p></div>'
    )


def _charts(summary: Summary, charts: dict[str, bytes | None], width: int) -> str:
    alts = chart_alt_texts(summary)
    return "".join(
        chart_image(spec, charts.get(spec.key), alts.get(spec.key, spec.description), width) for spec in summary.charts
    )


def chart_alt_texts(summary: Summary) -> dict[str, str]:
    """Words for each chart, for screen readers and for anyone who cannot see the picture."""
    triggers = "; ".join(f"{row.name}: {row.count}" for row in summary.triggers[:6]) or translate(
        "Summary", "none logged"
    )
    helps = "; ".join(
        translate("Summary", "{name}: fell {drop}").format(name=row.name, drop=number(row.mean_drop))
        for row in summary.coping
        if row.mean_drop is not None
    )
    glance = summary.glance
    trend = translate("Summary", "Line chart of daily mood and craving. Mean mood {mood}, mean craving {craving}.")
    helps_text = translate("Summary", "Bar chart of coping tools by mean craving drop. {tools}")
    return {
        "triggers": translate("Summary", "Bar chart of triggers logged in the period. {triggers}.").format(
            triggers=triggers
        ),
        "when": translate("Summary", "Heatmap of triggers by weekday and hour of the day."),
        "trend": trend.format(mood=number(glance.mood.current), craving=number(glance.craving.current)),
        "helps": helps_text.format(tools=helps or translate("Summary", "No tool was rated before and after.")),
    }


def _triggers(summary: Summary) -> str:
    if not summary.triggers:
        return note(translate("Summary", "No triggers were logged in this period."))
    glance = summary.glance
    comparable = summary.patterns.comparable
    rows = []
    for row in summary.triggers:
        cells = [(clean(row.name), ""), (clean(row.kind), ""), (str(row.count), "num")]
        if comparable:
            cells.append((change_text(row.change or 0) if row.change is not None else "—", "num"))
        cells.append((number(row.mean_craving), "num"))
        rows.append(cells)
    coverage = coverage_text(summary.options.period, glance.previous_days)
    compare = (
        translate("Summary", "Change is against the %n days before ({coverage}).", None, summary.options.days)
        if comparable
        else translate("Summary", "No change is shown: {coverage}, too few to compare.")
    ).format(coverage=coverage)
    intro = translate(
        "Summary",
        "Times each trigger was ticked on a check-in or tagged on a journal entry (private entries are not counted), "
        "the same count as in Insights. {compare} Mean craving is over the check-ins where the trigger was present "
        "(0–10).",
    ).format(compare=compare)
    headers = [
        (translate("Summary", "Trigger"), ""),
        (translate("Summary", "Kind"), ""),
        (translate("Summary", "Times logged"), "num"),
    ]
    if comparable:
        headers.append((translate("Summary", "Change"), "num"))
    headers.append((translate("Summary", "Mean craving"), "num"))
    return f'<p class="muted">{intro}</p>' + table(headers, rows, translate("Summary", "Top triggers"))


def _lapses(summary: Summary) -> str:
    if not summary.lapses:
        return note(translate("Summary", "No lapses were logged in this period."))
    rows = [[(moment_text(lapse.at), ""), (clean(lapse.substance), "")] for lapse in summary.lapses]
    account = (
        translate("Summary", "My own account of each lapse follows below.")
        if summary.has(Section.LAPSE_ACCOUNTS)
        else translate("Summary", "My own account of each lapse is not included in this summary; we can talk about it.")
    )
    intro = translate("Summary", "A lapse is information about what makes things hard and what helps. {account}")
    headers = [(translate("Summary", "When"), ""), (translate("Summary", "Substance"), "")]
    return f'<p class="muted">{intro.format(account=account)}</p>' + table(
        headers, rows, translate("Summary", "Lapses")
    )


def _lapse_accounts(summary: Summary) -> str:
    if not summary.lapses:
        return note(translate("Summary", "No lapses were logged in this period."))
    parts = []
    for lapse in summary.lapses:
        what = clean(lapse.substance) + (f" ({clean(lapse.amount)})" if lapse.amount.strip() else "")
        details = [
            (translate("Summary", "What was going on"), lapse.context),
            (translate("Summary", "What helped"), lapse.what_helped),
            (translate("Summary", "Note"), lapse.note),
        ]
        body = "".join(f"<p><b>{label}:</b> {clean(text)}</p>" for label, text in details if text.strip()) or note(
            translate("Summary", "No details were written down.")
        )
        parts.append(f'<div class="item"><h3>{moment_text(lapse.at)} — {what}</h3>{body}</div>')
    return "".join(parts)


def _coping(summary: Summary) -> str:
    if not summary.coping:
        return note(translate("Summary", "No coping tools were logged in this period."))
    rows = [
        [
            (clean(row.name), ""),
            (str(row.uses), "num"),
            (str(row.rated), "num"),
            (
                (
                    "—"
                    if row.mean_drop is None
                    else translate("Summary", "{drop} points").format(drop=decimals(row.mean_drop))
                )
                if row.ranked
                else translate("Summary", "too few ratings to rank"),
                "num",
            ),
        ]
        for row in summary.coping
    ]
    intro = translate(
        "Summary",
        "Ranked by how much craving fell, only from tools rated before and after at least %n times; tools with "
        "fewer ratings follow, most used first.",
        None,
        MIN_RATED_TO_RANK,
    )
    headers = [
        (translate("Summary", "Coping tool"), ""),
        (translate("Summary", "Times used"), "num"),
        (translate("Summary", "Rated before and after"), "num"),
        (translate("Summary", "Craving fell by"), "num"),
    ]
    return f'<p class="muted">{intro}</p>' + table(headers, rows, translate("Summary", "Coping tools"))


def _plan(summary: Summary) -> str:
    plan = summary.plan
    if plan.last_reviewed:
        reviewed = translate("Summary", "Last reviewed on {day}.").format(day=day_text(plan.last_reviewed.date()))
    else:
        reviewed = translate("Summary", "Not reviewed yet.")
    if summary.has(Section.CONTACTS):
        people = translate("Summary", "Their names and notes follow below.")
    else:
        people = translate("Summary", "Their names and notes are not included in this summary.")
    in_plan = translate("Summary", "%n person(s) in my plan. {people}", None, plan.contact_count)
    none_written = translate("Summary", "None written down yet.")
    parts = [
        f'<p class="muted">{reviewed}</p>',
        f"<h3>{translate('Summary', 'My triggers')}</h3>",
        bullet_list(plan.triggers, none_written),
        f"<h3>{translate('Summary', 'Early warning signs')}</h3>",
        bullet_list(plan.warning_signs, none_written),
        f"<h3>{translate('Summary', 'Go-to actions')}</h3>",
        bullet_list(plan.actions, translate("Summary", "None chosen yet.")),
        f"<h3>{translate('Summary', 'People I can call')}</h3>",
        f"<p>{in_plan.format(people=people)}</p>",
        f"<h3>{translate('Summary', 'What changed in this period')}</h3>",
    ]
    if not plan.changes:
        parts.append(note(translate("Summary", "The plan was not reviewed in this period.")))
    for change in plan.changes:
        review = translate("Summary", "Review on {day}").format(day=day_text(change.at.date()))
        parts.append(f"<p><b>{review}</b></p>" + bullet_list(change.lines, ""))
    return "".join(parts)


def _contacts(summary: Summary) -> str:
    when = translate("Summary", "when: {when}")
    contacts = [
        " — ".join(
            part for part in (c.name, c.relation, when.format(when=c.when_to_call) if c.when_to_call else "") if part
        )
        for c in summary.plan.contacts
    ]
    never = translate("Summary", "Phone numbers are never included.")
    return f'<p class="muted">{never}</p>' + bullet_list(contacts, translate("Summary", "None added yet."))


def _attendance(summary: Summary) -> str:
    attendance = summary.glance.attendance
    if not attendance.weeks:
        return note(translate("Summary", "No treatment or support sessions were logged in these weeks."))
    week_of = translate("Summary", "Week of {day}")
    rows = [
        [
            (week_of.format(day=day_text(week.week_start)), ""),
            (hours(week.hours), "num"),
            (str(week.sessions), "num"),
            (week.status if attendance.hours_per_week is not None else "", ""),
        ]
        for week in attendance.weeks
    ]
    intro = translate(
        "Summary",
        "Whole weeks, Monday to Sunday, as on my Treatment page: the program's hours target applies between its "
        "start and end dates, my own aftercare aim after it.",
    )
    headers = [
        (translate("Summary", "Week"), ""),
        (translate("Summary", "Hours"), "num"),
        (translate("Summary", "Sessions"), "num"),
        (translate("Summary", "Target"), ""),
    ]
    return f'<p class="muted">{intro}</p>' + table(headers, rows, translate("Summary", "Weeks"))


def _goals(summary: Summary) -> str:
    if not summary.goals:
        return note(translate("Summary", "No weekly goals were set for these weeks."))
    kept, total = summary.goals_kept
    week_of = translate("Summary", "Week of {day}")
    rows = [
        [
            (week_of.format(day=day_text(goal.week_start)), ""),
            (clean(goal.text), ""),
            (translate("Summary", "Done") if goal.done else translate("Summary", "Not yet"), ""),
        ]
        for goal in summary.goals
    ]
    kept_text = translate("Summary", "Kept {kept} of %n weekly goal(s).", None, total).format(kept=kept)
    headers = [
        (translate("Summary", "Week"), ""),
        (translate("Summary", "Goal"), ""),
        (translate("Summary", "Kept"), ""),
    ]
    return f"<p>{kept_text}</p>" + table(headers, rows, translate("Summary", "Weekly goals"))


def _shared(summary: Summary) -> str:
    if not summary.shared:
        return note(translate("Summary", "I did not choose any reflections or journal entries to share this time."))
    parts = []
    for item in summary.shared:
        parts.append(
            f'<div class="item"><h3>{clean(item.title)}</h3>'
            f'<p class="muted">{item.label} · {moment_text(item.at)}</p>{paragraphs(item.text)}</div>'
        )
    return "".join(parts)


def _topics(summary: Summary, page_one: bool = False) -> str:
    text = summary.topics.strip()
    if page_one and len(text) > TOPIC_CHARACTERS:
        cut = text[:TOPIC_CHARACTERS].rsplit(maxsplit=1)[0]
        continued = translate("Summary", "Continued — {where}.").format(where=_see_more(summary))
        return paragraphs(f"{cut} …") + f'<p class="muted">{continued}</p>'
    return paragraphs(text) or note(translate("Summary", "Nothing written down this time."))


def _measures(summary: Summary) -> str:

    return render_measures(summary.measures)


def section_bodies(
    summary: Summary, charts: dict[str, bytes | None], chart_width: int = CHART_WIDTH, page_one: bool = False
) -> list[tuple[Section | None, str, str]]:
    """``(section, heading, body html)`` in reading order, starting with the cover; shared with session review, which
    shows the brief's sections in full. ``page_one``: the brief's lists capped to fit page one (see FLAGS_IN_FULL)."""
    builders = {
        Section.FLAGS: lambda s: _flags(s, page_one),
        Section.TOPICS: lambda s: _topics(s, page_one),
        Section.GLANCE: lambda s: _glance(s, page_one),
        Section.SINCE: lambda s: _since(s, page_one),
        Section.CHARTS: lambda s: _charts(s, charts, chart_width),
        Section.MEASURES: _measures,
        Section.ATTENDANCE: _attendance,
        Section.TRIGGERS: _triggers,
        Section.LAPSES: _lapses,
        Section.LAPSE_ACCOUNTS: _lapse_accounts,
        Section.COPING: _coping,
        Section.PLAN: _plan,
        Section.CONTACTS: _contacts,
        Section.GOALS: _goals,
        Section.SHARED: _shared,
    }
    parts: list[tuple[Section | None, str, str]] = [(None, "", _cover(summary))]
    parts += [(section, section.label, builders[section](summary)) for section in summary.sections]
    return parts


def _heading(section: Section | None, heading: str, first_detail: bool) -> str:
    """Section headings; the details start on a new printed page, after the one-page brief."""
    if section is None:
        return ""
    if first_detail:
        return f'{DETAILS_MARK}<h2 id="{section.value}" style="page-break-before: always">{html.escape(heading)}</h2>'
    rule = "" if section in BRIEF_SECTIONS else "<hr>"
    return f'{rule}<h2 id="{section.value}">{html.escape(heading)}</h2>'


def _in_full(shortened: list[tuple[str, str]]) -> str:
    """The first page of the details: each brief section page one had to shorten, in full."""
    parts = [
        f'{DETAILS_MARK}<h2 id="{IN_FULL_ID}" style="page-break-before: always">{in_full_heading()}</h2>',
        '<p class="muted">',
        translate("Summary", "Page one keeps to one page, so it shortened these lists; here they are in full."),
        "</p>",
    ]
    parts += [f"<h3>{html.escape(heading)}</h3>{body}" for heading, body in shortened]
    return "".join(parts)


def render_html(summary: Summary, charts: dict[str, bytes | None]) -> str:
    """The whole summary as one self-contained HTML document (UTF-8, no outside references)."""
    page_one = section_bodies(summary, charts, page_one=True)
    full = {(section, heading): body for section, heading, body in section_bodies(summary, {})}
    shortened = [
        (heading, full[section, heading])
        for section, heading, body in page_one
        if section in BRIEF_SECTIONS and body != full[section, heading]
    ]
    details = [section for section in summary.sections if section not in BRIEF_SECTIONS]
    in_full = _in_full(shortened) if shortened and not summary.options.brief_only else ""
    first_detail = details[0] if details and not in_full and details[0] is not summary.sections[0] else None
    parts = []
    for section, heading, content in page_one:
        if in_full and section is (details[0] if details else None):
            parts.append(in_full)
            in_full = ""
        parts.append(_heading(section, heading, section is first_detail) + content)
    body = "".join(parts) + in_full
    title = f"{document_title()} · {period_text(summary)}"
    return (
        f'<!DOCTYPE html>\n<html lang="{i18n.current_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="Recovery Journal">'
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )
