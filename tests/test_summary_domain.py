"""The therapist summary's numbers and privacy rules, against the hand-computed fixture journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from summary_fixture import END, NOW, START, fill

from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.summary import Section, SummaryData, SummaryOptions, build_summary, default_period
from recoveryjournal.domain.summary_sections import ALL_SECTIONS, DEFAULT_SECTIONS
from recoveryjournal.store.summary_data import load_summary_data


@pytest.fixture
def filled(store):
    return store, fill(store)


def summarise(store, **choices):
    options = SummaryOptions(START, END, **choices)
    return build_summary(load_summary_data(store, options), options, NOW)


def test_at_a_glance_numbers(filled):
    store, _ = filled
    glance = summarise(store).glance
    assert (glance.checkins, glance.previous_checkins) == (4, 2)
    assert (glance.checkin_days, glance.previous_days, glance.counted_days) == (4, 2, 14)
    # The 14 days before have check-ins on 2 days only: the means are shown, no change is computed.
    assert not glance.comparable
    assert glance.mood.current == pytest.approx(3.0) and glance.mood.previous == pytest.approx(2.0)
    assert glance.mood.delta is None and glance.craving.delta is None
    assert glance.craving.current == pytest.approx(5.0) and glance.craving.previous == pytest.approx(8.0)
    assert glance.doing.current == pytest.approx(6.0) and glance.doing.previous == pytest.approx(5.0)
    assert [rating for _, rating in glance.doing_ratings] == [4, 6, 8]
    attendance = glance.attendance
    assert (glance.session_count, glance.hours, attendance.program_target) == (3, 5.5, pytest.approx(18.0))
    [alcohol] = glance.sober
    assert (alcohol.current_days, alcohol.longest_days, alcohol.total_days) == (7, 33, 71)
    assert (alcohol.sober_days_in_period, alcohol.lapse_days_in_period, alcohol.open_days) == (13, 1, 0)


def test_triggers_coping_lapses_plan_goals(filled):
    store, _ = filled
    summary = summarise(store)
    assert [(row.name, row.count) for row in summary.triggers] == [
        ("Work stress", 3),
        ("Boredom", 2),
        ("Loneliness", 1),
    ]
    assert {row.name: row.mean_craving for row in summary.triggers} == {
        "Work stress": 6.0,
        "Boredom": 5.0,
        "Loneliness": 6.0,
    }
    walk, call = summary.coping
    assert (walk.name, walk.uses, walk.rated, walk.mean_drop) == ("Evening walk", 2, 2, 3.5)
    assert (call.name, call.uses, call.mean_drop) == ("Call a friend", 1, 1)
    [lapse] = summary.lapses
    assert lapse.context.startswith("Work party") and lapse.what_helped.startswith("Left early")
    assert summary.plan.actions == ["Evening walk", "Call a friend"]
    [change] = summary.plan.changes
    assert change.lines == ["Added trigger “Evenings alone”", "Added go-to action “Evening walk”"]
    assert summary.plan.last_reviewed.date() == date(2026, 3, 10)
    # Names of other people are left out until the person ticks the contacts section; numbers are never in.
    assert summary.plan.contacts == [] and summary.plan.contact_count == 1
    shared = summarise(store, sections=DEFAULT_SECTIONS | {Section.CONTACTS}).plan
    assert shared.contacts[0].name == "Sam" and "555" not in repr(shared.contacts)
    assert summary.goals_kept == (3, 4)


def test_only_chosen_and_never_private(filled):
    store, ids = filled
    nothing = summarise(store)
    assert nothing.shared == []
    chosen = summarise(
        store,
        entry_ids=frozenset({ids["entry"], ids["private_entry"]}),
        reflection_ids=frozenset({ids["reflection"]}),
    )
    assert [item.text for item in chosen.shared] == ["CHOSEN-ENTRY-BODY", "SHARED-REFLECTION-TEXT: the walk"]
    every_id = frozenset(entry.id for entry in store.journal.recent(limit=100))
    everything = summarise(store, entry_ids=every_id)
    texts = [item.text for item in everything.shared]
    assert texts == ["CHOSEN-ENTRY-BODY", "UNSELECTED-ENTRY-BODY"]


def test_private_entry_is_dropped_even_if_handed_in():
    """The loader never reads private entries, and the domain refuses them too."""
    tz = UTC
    entry = JournalEntry(datetime(2026, 3, 2, tzinfo=tz), body="secret", private=True, id=5)
    reflection = Reflection(datetime(2026, 3, 2, tzinfo=tz), ReflectionKind.PROMPT, answer="shared", id=6)
    options = SummaryOptions(START, END, entry_ids=frozenset({5}), reflection_ids=frozenset({6}))
    summary = build_summary(SummaryData(entries=[entry], reflections=[reflection]), options, NOW)
    assert [item.text for item in summary.shared] == ["shared"]


def test_sections_and_period():
    options = SummaryOptions(START, END, sections=frozenset({Section.TOPICS, Section.GLANCE}), topics="  sleep \n")
    summary = build_summary(SummaryData(), options, NOW)
    assert summary.sections == [Section.TOPICS, Section.GLANCE]
    assert summary.topics == "sleep"
    assert options.days == 14 and options.previous == (date(2026, 2, 15), date(2026, 2, 28))
    assert summary.glance.mood.current is None and summary.glance.mood.delta is None
    assert set(ALL_SECTIONS) == set(Section)
    with pytest.raises(ValueError):
        SummaryOptions(END, START)


def test_default_period():
    today = date(2026, 3, 16)
    assert default_period(today, None) == (today - timedelta(days=29), today)
    assert default_period(today, date(2026, 3, 1)) == (date(2026, 3, 2), today)
    assert default_period(today, today) == (today - timedelta(days=29), today)


def test_weeks_and_goals_follow_the_week_start(filled):
    """With weeks starting on Sunday, the week rows start on Sundays and each goal is shown in the week it was set for
    (kept under a Monday, it is the Sunday week holding those days)."""
    store, _ = filled
    store.settings.set("week_start", "sunday")
    summary = summarise(store)
    weeks = [(week.week_start, week.hours, week.sessions) for week in summary.glance.attendance.weeks]
    assert weeks == [(date(2026, 3, 1), 3.0, 1), (date(2026, 3, 8), 2.5, 2)]
    assert [(goal.week_start, goal.text) for goal in summary.goals] == [
        (date(2026, 3, 1), "Walk every day"),
        (date(2026, 3, 1), "Cook at home"),
        (date(2026, 3, 8), "Call Sam twice"),
    ]
    assert summary.goals_kept == (2, 3)
    store.settings.set("week_start", "monday")
    assert summarise(store).glance.attendance.weeks[0].week_start == date(2026, 2, 23)
