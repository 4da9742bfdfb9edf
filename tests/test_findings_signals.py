"""Findings as signals for the prompt engine: the week's finding, when it bears on today, chooses the question."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain.findings import WeeklyFinding
from recoveryjournal.domain.prompt_catalogue import default_prompts
from recoveryjournal.domain.prompts import rank_prompts
from recoveryjournal.domain.signals import SignalInputs, compute_signals

TZ = timezone(timedelta(hours=-5))
FRIDAY_EVENING = datetime(2026, 12, 4, 19, 30, tzinfo=TZ)
WEEK = date(2026, 11, 30)
SLOT = WeeklyFinding(
    WEEK,
    "slot:4:evening:craving",
    "Cravings tend to run about 2.9 points higher on Friday evenings",
    "6.7 out of 10 on average in 13 check-ins on Friday evenings, 3.8 in 170 check-ins at other times.",
    effect=2.9,
)


def signals_at(now: datetime, finding: WeeklyFinding | None):
    return compute_signals(SignalInputs(now=now, finding=finding))


def test_a_hard_time_of_the_week_is_a_signal_on_that_day_and_time_and_picks_the_question():
    signals = signals_at(FRIDAY_EVENING, SLOT)
    assert signals.has("hard_day")
    reason = signals.active["hard_day"].reason
    assert reason == (
        "Your check-ins of the last 90 days show a pattern: "
        "cravings tend to run about 2.9 points higher on Friday evenings."
    )
    top = rank_prompts(default_prompts(), signals, [], FRIDAY_EVENING.date(), seed=1)[0]
    assert top.prompt.id == "finding-hard-day" and top.reason == reason
    # Not on a Friday morning, not on a Tuesday evening, not once hidden for the week.
    assert not signals_at(FRIDAY_EVENING.replace(hour=9), SLOT).has("hard_day")
    assert not signals_at(FRIDAY_EVENING - timedelta(days=3), SLOT).has("hard_day")
    hidden = WeeklyFinding(SLOT.week, SLOT.key, SLOT.headline, SLOT.detail, dismissed=True, effect=SLOT.effect)
    assert not signals_at(FRIDAY_EVENING, hidden).has("hard_day")
    assert not signals_at(FRIDAY_EVENING, None).has("hard_day")


def test_an_easier_time_is_not_called_hard():
    easier = WeeklyFinding(
        WEEK, "weekday:4:craving", "Cravings tend to run about 1.5 points lower on Fridays", "", effect=-1.5
    )
    assert not signals_at(FRIDAY_EVENING, easier).has("hard_day")
    low_mood = WeeklyFinding(
        WEEK, "part:evening:mood", "Mood tends to be about 0.8 points lower in the evening", "", effect=-0.8
    )
    assert signals_at(FRIDAY_EVENING, low_mood).has("hard_day")


def test_trigger_and_coping_findings_nudge_their_questions():
    trigger = WeeklyFinding(
        WEEK,
        "trigger:17:craving",
        "Cravings tend to run about 3.1 points higher when you note “Peers who use”",
        "",
        effect=3.1,
    )
    signals = signals_at(FRIDAY_EVENING, trigger)
    assert signals.has("trigger_pattern")
    assert "“Peers who use”" in signals.active["trigger_pattern"].reason
    coping = WeeklyFinding(
        WEEK, "coping:1:drop", "“Call my sponsor” goes with a drop in craving about 2 points bigger", "", effect=2.0
    )
    found = signals_at(FRIDAY_EVENING, coping)
    assert found.has("coping_pattern")
    assert found.active["coping_pattern"].reason.endswith("about 2 points bigger.")  # a quote keeps its case


def test_the_store_hands_the_week_finding_to_the_signals_unless_not_true(demo_store):
    from recoveryjournal.store.finding_marks import NOT_TRUE
    from recoveryjournal.store.findings import weekly_finding
    from recoveryjournal.store.reflection_data import signal_inputs

    now = datetime.now().astimezone()
    weekly = weekly_finding(demo_store, now.date())
    assert weekly.key and signal_inputs(demo_store, now).finding == weekly
    demo_store.findings.mark(weekly.key, NOT_TRUE, weekly.headline, weekly.detail, now)
    assert signal_inputs(demo_store, now).finding.key != weekly.key
