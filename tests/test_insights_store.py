"""The Insights queries on a real journal file: local day bounds, renamed and merged triggers, the trash."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest

from recoveryjournal.domain import patterns as p
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind

EST = timezone(timedelta(hours=-5))
TOKYO = timezone(timedelta(hours=9))
MARCH = p.Period(date(2026, 3, 1), date(2026, 3, 7))


def at(day: int, hour: int, minute: int = 0, tz=EST, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=tz)


@pytest.fixture
def journal(store):
    """Three own triggers and a handful of check-ins around the edges of 1–7 March 2026."""
    ids = {
        name: store.triggers.add(Trigger(f"Test {name}", kind))
        for name, kind in (
            ("stress", TriggerKind.EMOTIONAL),
            ("bar", TriggerKind.ENVIRONMENTAL),
            ("pub", TriggerKind.SOCIAL),
        )
    }
    store.ids = ids
    add = store.checkins.add
    add(CheckIn(at=at(28, 23, 59, month=2), mood=1, craving=9, trigger_ids=[ids["stress"]]))  # the day before
    add(CheckIn(at=at(1, 0, 0), mood=2, craving=7, trigger_ids=[ids["stress"], ids["bar"]]))  # first minute
    add(CheckIn(at=at(7, 23, 59), mood=4, craving=3, trigger_ids=[ids["pub"]]))  # last minute, 04:59 UTC on the 8th
    add(CheckIn(at=at(8, 8, 0, tz=TOKYO), mood=5, craving=1, trigger_ids=[ids["stress"]]))  # 7 March in UTC
    store.ids["trashed"] = add(CheckIn(at=at(3, 12), mood=1, craving=10, trigger_ids=[ids["stress"]]))
    store.checkins.delete(store.ids["trashed"])
    store.journal.add(JournalEntry(created_at=at(4, 21), title="Long day", body="Old haunt.", trigger_ids=[ids["pub"]]))
    return store


def test_a_period_is_the_local_days_as_written(journal):
    data = journal.insights.load(MARCH)
    assert [fact.at.day for fact in data.checkins] == [1, 7]  # not 28 Feb, not Tokyo's 8 March, not the trashed one
    assert data.checkins[0].trigger_ids == tuple(sorted((journal.ids["stress"], journal.ids["bar"])))
    assert len(data.entries) == 1
    assert data.previous_trigger_counts == {journal.ids["stress"]: 1}


def test_trigger_counts_follow_a_rename(journal):
    trigger = journal.triggers.get(journal.ids["stress"])
    trigger.name = "Test pressure at work"
    journal.triggers.update(trigger)
    rows = {row.name: row for row in p.trigger_counts(journal.insights.load(MARCH)).rows}
    assert "Test stress" not in rows
    assert (rows["Test pressure at work"].count, rows["Test pressure at work"].previous) == (1, 1)
    assert rows["Test pub"].count == 2 and rows["Test pub"].entries == 1


def test_merged_triggers_add_up_under_the_trigger_kept(journal):
    ids = journal.ids
    journal.triggers.merge(ids["bar"], ids["pub"])
    data = journal.insights.load(MARCH)
    rows = {row.name: row for row in p.trigger_counts(data).rows}
    assert "Test bar" not in rows
    assert (rows["Test pub"].checkins, rows["Test pub"].entries, rows["Test pub"].kind) == (2, 1, "social")
    cravings = {row.name: row for row in p.trigger_cravings(data).rows}
    assert (cravings["Test pub"].count, cravings["Test pub"].mean) == (2, 5)


def test_links_to_a_trashed_trigger_drop_out(journal):
    journal.triggers.delete(journal.ids["bar"])
    data = journal.insights.load(MARCH)
    assert journal.ids["bar"] not in {tid for fact in data.checkins for tid in fact.trigger_ids}
    assert all(row.trigger_id != journal.ids["bar"] for row in p.trigger_counts(data).rows)


def test_coping_ratings_ratings_lapses_and_sessions_are_loaded(journal):
    walk = journal.coping.add_action(CopingAction("Test walk"))
    journal.checkins.add(CheckIn(at=at(5, 18), craving=8, coping_action_id=walk, craving_after=3))
    journal.coping.add_use(CopingUse(walk, at(6, 9), craving_before=6, craving_after=5))
    trashed = journal.checkins.add(CheckIn(at=at(6, 10), craving=9, coping_action_id=walk, craving_after=0))
    journal.checkins.delete(trashed)
    journal.lapses.add(Lapse(at(5, 22), "Alcohol"))
    journal.reflections.add(Reflection(at(5, 21), kind=ReflectionKind.DAILY, rating=7))
    journal.reflections.add(Reflection(at(5, 21), kind=ReflectionKind.PROMPT, rating=2))
    data = journal.insights.load(MARCH)
    effects = p.coping_effects(data)
    assert [(r.name, r.uses, r.rated, r.mean_drop) for r in effects.rows] == [("Test walk", 2, 2, 3)]
    series = p.daily_series(data)
    assert series.lapse_days == [date(2026, 3, 5)]
    assert series.rating[4] == 7 and series.rating.count(None) == 6


def test_calendar_counts_check_ins_and_sober_days_from_sql(journal):
    journal.sobriety.add(Substance("Alcohol", sober_since=date(2026, 3, 2)))
    journal.lapses.add(Lapse(at(4, 22), "Alcohol"))
    cal = journal.insights.calendar(date(2026, 3, 7), today=date(2026, 3, 7))
    by_day = {day.day: day for day in cal.days}
    assert (by_day[date(2026, 3, 1)].checkins, by_day[date(2026, 3, 1)].mood) == (1, 2)
    assert by_day[date(2026, 3, 1)].sober is None
    assert by_day[date(2026, 3, 2)].sober is True
    assert by_day[date(2026, 3, 4)].sober is False
    assert by_day[date(2026, 2, 28)].checkins == 1  # the calendar spans the year, not just the period
    assert cal.sober_days == 5


def test_first_day_and_drill_down_descriptions(journal):
    assert journal.insights.first_day() == date(2026, 2, 28)
    data = journal.insights.load(MARCH)
    items = journal.insights.describe(p.matching(data, p.Selection("pub", trigger_ids=(journal.ids["pub"],))))
    assert [item.kind for item in items] == ["checkin", "entry"]  # newest first
    assert "Test pub" in items[0].headline and "craving 3/10" in items[0].headline
    assert items[1].headline == "Journal entry — Long day" and items[1].detail == "Old haunt."


def test_loading_reads_the_file_not_a_cache(journal):
    conn = sqlite3.connect(journal.path)
    conn.execute("UPDATE checkins SET craving = 0 WHERE at LIKE '2026-03-07%'")
    conn.commit()
    conn.close()
    data = journal.insights.load(MARCH)
    assert [fact.craving for fact in data.checkins] == [7, 0]
