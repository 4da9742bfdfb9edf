"""The store-side gatherer loads what the signals need, from a real journal file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance
from recoveryjournal.domain.plan_models import PlanVersion, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection
from recoveryjournal.domain.signals import compute_signals
from recoveryjournal.store.reflection_data import PROGRAM_START_KEY, program_start, signal_inputs

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 19, 8, 30, tzinfo=ZONE)  # Thursday morning


def ago(days: int) -> datetime:
    return NOW - timedelta(days=days)


def test_gathers_the_window_and_the_signals_follow(store):
    lonely = store.triggers.by_name("Loneliness")
    for days in (1, 2, 3, 4):
        store.checkins.add(CheckIn(at=ago(days), mood=2, craving=8 if days == 1 else 3, trigger_ids=[lonely.id]))
    store.checkins.add(CheckIn(at=ago(50), mood=4, trigger_ids=[lonely.id]))  # outside the window
    store.journal.add(JournalEntry(created_at=ago(6), body="A long day.", trigger_ids=[lonely.id]))
    walk = CopingAction("Walk to the river")
    store.coping.add_action(walk)
    store.coping.add_action(CopingAction("Evening yoga class"))
    store.coping.add_use(CopingUse(walk.id, ago(2), craving_before=7, craving_after=3))
    store.lapses.add(Lapse(at=ago(31), substance="Alcohol"))
    store.sobriety.add(Substance("Alcohol", date(2026, 1, 1)))
    store.plan.add_version(PlanVersion(reviewed_at=ago(40), snapshot={}))
    store.plan.add_goal(WeeklyGoal(date(2026, 11, 16), "Call Sam"))
    store.plan.add_goal(WeeklyGoal(date(2026, 11, 9), "Last week's goal"))

    data = signal_inputs(store, NOW)
    assert len(data.checkins) == 4 and len(data.entries) == 1
    assert data.trigger_names[lonely.id] == "Loneliness"
    assert data.coping_used_ids == {walk.id}
    assert [goal.text for goal in data.weekly_goals] == ["Call Sam"]
    assert data.plan_reviewed_at == ago(40)
    assert data.last_activity == ago(1)
    assert data.program_start == ago(50).date()

    signals = compute_signals(data)
    assert signals.trigger.name == "Loneliness" and signals.trigger.recent == 5
    assert {"trigger_spike", "high_craving", "plan_review_due", "coping_worked", "coping_untried"} <= set(
        signals.active
    )
    assert signals.milestone is not None and signals.milestone.label == "30 days"  # the lapse restarted the run


def test_program_start_setting_wins_and_trashed_records_do_not_count(store):
    assert program_start(store) is None
    checkin = CheckIn(at=ago(9), mood=3)
    store.checkins.add(checkin)
    store.reflections.add(Reflection(at=ago(3), answer="ok"))
    assert program_start(store) == ago(9).date()
    assert signal_inputs(store, NOW).last_activity == ago(3)
    store.checkins.delete(checkin.id)
    assert program_start(store) == ago(3).date()
    store.settings.set(PROGRAM_START_KEY, "2026-10-01")
    assert program_start(store) == date(2026, 10, 1)
