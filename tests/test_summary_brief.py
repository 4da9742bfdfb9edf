"""Page one of the therapist summary: each flag raised on data built to raise it and not on data built not to;
attendance by phase; honest comparisons; what changed since the last summary."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from recoveryjournal.domain import brief
from recoveryjournal.domain.attendance import AttendancePlan, weekly_attendance
from recoveryjournal.domain.brief import Flag, FlagKind
from recoveryjournal.domain.models import EntryKind, JournalEntry, Lapse, Substance
from recoveryjournal.domain.patterns import CheckInFact, CopingFact, PatternData, Period
from recoveryjournal.domain.plan_models import PlanVersion
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.domain.summary import Section, SummaryData, SummaryOptions, build_summary
from recoveryjournal.domain.summary_sections import BRIEF_SECTIONS, DEFAULT_SECTIONS, FREE_TEXT_SECTIONS
from recoveryjournal.export.summary_render import render_html

TZ = timezone(timedelta(hours=1))
START, END = date(2026, 3, 2), date(2026, 3, 29)  # four whole weeks, Monday to Sunday
PERIOD = Period(START, END)
NOW = datetime(2026, 4, 2, 9, 0, tzinfo=TZ)


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def daily(mood=3, craving=3, skip=(), period=PERIOD) -> list[CheckInFact]:
    """A check-in every day of ``period`` except the days in ``skip``; mood and craving may be functions of the day."""

    def value(given, day: date):
        return given(day) if callable(given) else given

    return [
        CheckInFact(index + 1, at(day), value(mood, day), value(craving, day))
        for index, day in enumerate(period.each_day())
        if day not in skip
    ]


def flags_of(facts: list[CheckInFact], **data) -> list[Flag]:
    summary = build_summary(
        SummaryData(facts=PatternData(PERIOD, checkins=facts), **data), SummaryOptions(START, END), NOW
    )
    return summary.flags


def kinds(flags: list[Flag]) -> list[FlagKind]:
    return [flag.kind for flag in flags]


def test_a_steady_month_raises_no_flag():
    assert flags_of(daily()) == []


def test_lapse_flag_names_date_and_substance_only():
    lapse = Lapse(at(date(2026, 3, 13), 22), "Alcohol", context="WITH-NAMES-OF-PEOPLE")
    before = Lapse(at(date(2026, 2, 20)), "Alcohol")
    [flag] = flags_of(daily(), lapses=[lapse, before])
    assert flag.kind is FlagKind.LAPSE and flag.title == "Lapse on 13 Mar — Alcohol"
    assert flag.why and "WITH-NAMES" not in repr(flag)
    assert flags_of(daily(), lapses=[before]) == []
    two = brief.lapse_flag(
        [brief.LapseFact(date(2026, 3, 3), "Alcohol"), brief.LapseFact(date(2026, 3, 9), "Cannabis")]
    )
    assert two.title == "2 lapses" and two.details == ("3 Mar — Alcohol", "9 Mar — Cannabis")


def test_craving_flag_uses_the_persons_threshold():
    high = daily(craving=lambda day: 9 if day.day in (5, 6) else 3)
    [flag] = flags_of(high, craving_threshold=9)
    assert flag.kind is FlagKind.CRAVING and flag.title == "2 days with a craving of 9 or more"
    assert flag.details == ("5 Mar: 9", "6 Mar: 9") and "my own threshold" in flag.why
    assert flags_of(high, craving_threshold=10) == []


def sessions(hours_by_week: dict[date, float]) -> list[TreatmentSession]:
    return [TreatmentSession(at(monday, 18), SessionKind.GROUP, hours) for monday, hours in hours_by_week.items()]


def test_attendance_flag_only_for_finished_weeks_inside_the_program():
    weeks = {START + timedelta(days=7 * n): hours for n, hours in enumerate((9, 4, 2, 2))}
    in_program = AttendancePlan(9, date(2026, 1, 5), date(2026, 3, 15), aftercare_per_week=2)
    [flag] = flags_of(daily(), sessions=sessions(weeks), attendance=in_program)
    # Week of 9 Mar is short and inside the program; 16 and 23 Mar are after it ends, where aftercare counts.
    assert flag.kind is FlagKind.ATTENDANCE and flag.details == ("Week of 9 Mar: 4 of 9 hours",)
    assert "while" not in flag.title and "program's dates" in flag.why
    finished = AttendancePlan(9, date(2026, 1, 5), date(2026, 3, 1))
    assert flags_of(daily(), sessions=sessions(weeks), attendance=finished) == []
    # The week still going on the day the summary is made is not judged.
    current = build_summary(
        SummaryData(facts=PatternData(PERIOD, checkins=daily()), sessions=[], attendance=AttendancePlan(9)),
        SummaryOptions(START, END),
        at(date(2026, 3, 25)),
    )
    [short] = [flag for flag in current.flags if flag.kind is FlagKind.ATTENDANCE]
    assert len(short.details) == 3  # 2, 9 and 16 Mar: the week of 23 Mar is not over


def test_gaps_flag_from_three_days_in_a_row_and_never_today():
    two = {date(2026, 3, 10), date(2026, 3, 11)}
    assert flags_of(daily(skip=two)) == []
    three = two | {date(2026, 3, 12)}
    [flag] = flags_of(daily(skip=three | {date(2026, 3, 20)}))
    assert flag.kind is FlagKind.GAPS and flag.title == "4 days without a check-in (longest gap 3 days)"
    assert flag.details == ("10 Mar – 12 Mar (3 days)",)
    today = date(2026, 3, 29)
    assert brief.missing_days(daily(skip={today}), PERIOD, today) == []


def test_trend_flag_when_the_second_half_is_worse():
    falling = daily(mood=lambda day: 4 if day < date(2026, 3, 16) else 3)
    [flag] = flags_of(falling)
    assert flag.kind is FlagKind.TREND and flag.title == "Mood lower in the second half of the period"
    assert flag.details == ("Mood averaged 4.0 over 2 Mar – 15 Mar and 3.0 over 16 Mar – 29 Mar (1–5)",)
    rising = daily(craving=lambda day: 2 if day < date(2026, 3, 16) else 4)
    assert flags_of(rising)[0].title == "Craving higher in the second half of the period"
    assert flags_of(daily(mood=lambda day: 4 if day < date(2026, 3, 16) else 3.6)) == []
    sparse = [fact for fact in falling if fact.at.day in (2, 3, 20, 21)]
    assert brief.trend_flag(sparse, PERIOD, END) is None  # two days a half is too few to compare


def test_flags_from_elsewhere_take_their_place_in_the_order():
    safety = Flag(FlagKind.SAFETY, "Answered the safety question", "Any answer above zero is worth asking about.")
    lapse = Lapse(at(date(2026, 3, 13)), "Alcohol")
    flags = flags_of(daily(skip={date(2026, 3, d) for d in (3, 4, 5)}), lapses=[lapse], extra_flags=[safety])
    assert kinds(flags) == [FlagKind.LAPSE, FlagKind.SAFETY, FlagKind.GAPS]
    html = render_html(build_summary(SummaryData(extra_flags=[safety]), SummaryOptions(START, END), NOW), {})
    assert "Answered the safety question" in html and "Any answer above zero" in html


def test_page_one_order_and_brief_only():
    summary = build_summary(SummaryData(), SummaryOptions(START, END, topics="Sleep"), NOW)
    assert summary.sections[:4] == [Section.FLAGS, Section.TOPICS, Section.GLANCE, Section.SINCE]
    html = render_html(summary, {})
    assert html.index("Flags") < html.index("What I want to talk about") < html.index("Key numbers")
    assert html.count("page-break-before: always") == 1  # the details start on page two
    only = build_summary(SummaryData(), SummaryOptions(START, END, brief_only=True), NOW)
    assert set(only.sections) == BRIEF_SECTIONS and "page-break-before" not in render_html(only, {})


def test_free_text_is_off_until_ticked():
    assert not FREE_TEXT_SECTIONS & DEFAULT_SECTIONS
    lapse = Lapse(at(date(2026, 3, 13)), "Alcohol", amount="Two beers", context="At Jo's place")
    data = SummaryData(lapses=[lapse])
    plain = render_html(build_summary(data, SummaryOptions(START, END), NOW), {})
    assert "Alcohol" in plain and "Jo's" not in plain.replace("&#x27;", "'") and "Two beers" not in plain
    ticked = SummaryOptions(START, END, sections=DEFAULT_SECTIONS | {Section.LAPSE_ACCOUNTS})
    assert "At Jo&#x27;s place" in render_html(build_summary(data, ticked, NOW), {})


def test_honest_comparisons():
    full = PatternData(PERIOD, checkins=daily(mood=4))
    thin = PatternData(PERIOD.previous(), checkins=daily(mood=2, period=PERIOD.previous())[:5])
    enough = PatternData(PERIOD.previous(), checkins=daily(mood=2, period=PERIOD.previous())[:14])
    summary = build_summary(SummaryData(facts=full, previous_facts=thin), SummaryOptions(START, END), NOW)
    assert summary.glance.mood.delta is None and not summary.glance.comparable
    html = render_html(summary, {})
    assert "4.0 <span class='muted'>(not compared: previous 28 days: data on 5 days)" in html
    assert "up 2.0" not in html
    compared = build_summary(SummaryData(facts=full, previous_facts=enough), SummaryOptions(START, END), NOW)
    assert compared.glance.mood.delta == pytest.approx(2.0)
    assert "4.0 <span class='muted'>— up 2.0 from 2.0 in the 28 days before" in render_html(compared, {})


def test_coping_is_ranked_only_from_enough_rated_uses():
    uses = [CopingFact(1, at(date(2026, 3, d)), 8, 2) for d in (3, 4)] + [
        CopingFact(2, at(date(2026, 3, d)), 6, 4) for d in (5, 6, 7)
    ]
    facts = PatternData(PERIOD, checkins=daily(), coping=uses, coping_names={1: "Cold water", 2: "Walk"})
    summary = build_summary(SummaryData(facts=facts), SummaryOptions(START, END), NOW)
    assert [(row.name, row.ranked) for row in summary.coping] == [("Walk", True), ("Cold water", False)]
    html = render_html(summary, {})
    assert "at least 3 times" in html and "too few ratings to rank" in html


def test_today_is_explained_in_the_sober_count():
    substance = Substance("Alcohol", sober_since=date(2026, 1, 1))
    today = build_summary(SummaryData(substances=[substance]), SummaryOptions(START, END), at(date(2026, 3, 29), 10))
    [line] = today.glance.sober
    assert (line.sober_days_in_period, line.open_days) == (27, 1)
    assert "27 of 28 days sober, 0 days with a lapse; today (29 Mar 2026) is not over yet" in render_html(today, {})


def test_session_notes_are_labelled_as_such():
    notes = JournalEntry(at(date(2026, 3, 4)), title="", body="We talked", kind=EntryKind.SESSION_NOTE, id=3)
    summary = build_summary(SummaryData(entries=[notes]), SummaryOptions(START, END, entry_ids=frozenset({3})), NOW)
    [item] = summary.shared
    assert item.label == "Session notes (written in session review)" and item.title == "Session notes"


def test_therapy_notes_are_labelled_as_such():
    notes = JournalEntry(at(date(2026, 3, 4)), title="", body="Ask about sleep", kind=EntryKind.THERAPY_NOTE, id=4)
    summary = build_summary(SummaryData(entries=[notes]), SummaryOptions(START, END, entry_ids=frozenset({4})), NOW)
    [item] = summary.shared
    assert item.label == "Therapy notes" and item.title == "Therapy notes"
    assert "Therapy notes" in render_html(summary, {})


def test_since_last_time():
    first = PlanVersion(at(date(2026, 2, 1)), {"triggers": ["Stress"], "warning_signs": [], "actions": []})
    second = PlanVersion(at(date(2026, 3, 20)), {"triggers": ["Stress", "Payday"], "warning_signs": [], "actions": []})
    data = SummaryData(
        plan_versions=[first, second], last_export=date(2026, 3, 10), new_triggers=[(date(2026, 3, 12), "Payday")]
    )
    data.extra_changes.append("PHQ-9: 12 on 14 Mar (moderate), was 8")
    since = build_summary(data, SummaryOptions(START, END), NOW).since
    assert since.since == date(2026, 3, 11)
    assert [change.lines for change in since.plan_changes] == [["Added trigger “Payday”"]]
    assert since.new_triggers == ["Payday"] and since.other == ["PHQ-9: 12 on 14 Mar (moderate), was 8"]
    html = render_html(build_summary(data, SummaryOptions(START, END), NOW), {})
    assert "Since 11 Mar 2026, the day after my last summary ended." in html and "PHQ-9: 12" in html


def test_weeks_by_phase():
    plan = AttendancePlan(9, date(2026, 3, 2), date(2026, 3, 11), aftercare_per_week=3)
    rows = weekly_attendance(sessions({date(2026, 3, 2): 9, date(2026, 3, 9): 3, date(2026, 3, 16): 1}), plan=plan)
    after, straddling, program = rows
    assert (program.status, program.on_target) == ("met", True)
    # 9–11 Mar in the program (3 of 7 days: target 9 × 3/7), 12–15 Mar after it (aim 3 × 4/7).
    assert (straddling.program_days, straddling.target_hours, straddling.aftercare_target) == (3, 3.86, 1.7)
    assert straddling.status == "not yet (program: 3 days); aftercare: 0 of 1.7 sessions"
    assert (after.in_program, after.on_target, after.status) == (False, True, "aftercare: 1 of 3 sessions")
    assert AttendancePlan().phase(date(2020, 1, 1)) == "program"  # no dates: the target applies throughout
