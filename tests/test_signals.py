"""Signals from a person's own data: each one, with the numbers its reason shows."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from recoveryjournal import i18n
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.day_parts import time_of_day
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance
from recoveryjournal.domain.plan_models import WeeklyGoal
from recoveryjournal.domain.session_models import SessionKind
from recoveryjournal.domain.signals import (
    SignalInputs,
    compute_signals,
    coping_results,
    times,
    trigger_counts,
)

ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 18, 20, 15, tzinfo=ZONE)  # a Wednesday evening
TODAY = NOW.date()


def at(days_ago: int, hour: int = 12) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time(), tzinfo=ZONE).replace(hour=hour)


def inputs(**kwargs) -> SignalInputs:
    kwargs.setdefault("last_activity", NOW)
    return SignalInputs(now=kwargs.pop("now", NOW), **kwargs)


def test_empty_journal_is_quiet_with_time_of_day():
    signals = compute_signals(inputs(last_activity=None))
    assert signals.quiet
    assert set(signals.active) == {"evening", "quiet"}
    assert signals.time_of_day == "evening"


def test_time_of_day_bands():
    assert [time_of_day(NOW.replace(hour=h)) for h in (4, 5, 11, 12, 17, 21, 22)] == [
        "night",
        "morning",
        "morning",
        "afternoon",
        "evening",
        "evening",
        "night",
    ]


def _moods(recent: list[int], before: list[int]) -> list[CheckIn]:
    return [CheckIn(at=at(i), mood=m) for i, m in enumerate(recent)] + [
        CheckIn(at=at(7 + i), mood=m) for i, m in enumerate(before)
    ]


def test_mood_down_compares_last_seven_days_with_the_28_before():
    signals = compute_signals(inputs(checkins=_moods([2, 2, 3], [4, 4, 4, 4])))
    assert signals.mood_recent == 7 / 3 and signals.mood_before == 4
    assert "mood_down" in signals.active and "mood_up" not in signals.active
    assert "2.3 out of 5 this week, against 4.0" in signals.active["mood_down"].reason


def test_mood_up_and_too_few_readings():
    assert "mood_up" in compute_signals(inputs(checkins=_moods([5, 5], [3, 3, 3]))).active
    assert not {"mood_up", "mood_down"} & set(compute_signals(inputs(checkins=_moods([5], [3, 3, 3]))).active)
    # Readings older than 35 days do not count as the baseline.
    old = [CheckIn(at=at(40 + i), mood=4) for i in range(5)]
    assert compute_signals(inputs(checkins=_moods([1, 1], []) + old)).mood_before is None


def test_craving_trend_up_and_down():
    up = [CheckIn(at=at(i), craving=6) for i in range(3)] + [CheckIn(at=at(10 + i), craving=2) for i in range(4)]
    signals = compute_signals(inputs(checkins=up))
    assert (
        "craving_up" in signals.active and "6.0 out of 10 this week, against 2.0" in signals.active["craving_up"].reason
    )
    down = [CheckIn(at=at(i), craving=1) for i in range(3)] + [CheckIn(at=at(10 + i), craving=5) for i in range(4)]
    assert "craving_down" in compute_signals(inputs(checkins=down)).active


def test_high_craving_moments_in_the_last_week_only():
    checkins = [CheckIn(at=at(1), craving=8), CheckIn(at=at(3), craving=9), CheckIn(at=at(9), craving=10)]
    signals = compute_signals(inputs(checkins=checkins))
    assert signals.high_cravings == 2
    assert "up to 9 out of 10) twice" in signals.active["high_craving"].reason


def test_trigger_most_above_its_usual_rate():
    names = {1: "Loneliness", 2: "Boredom"}
    recent = [CheckIn(at=at(i), trigger_ids=[1]) for i in range(3)] + [JournalEntry(created_at=at(4), trigger_ids=[1])]
    # Boredom is logged often, but no more than usual: about 4 a week before, 4 this week.
    boredom_now = [CheckIn(at=at(i), trigger_ids=[2]) for i in range(4)]
    boredom_before = [CheckIn(at=at(7 + i * 2), trigger_ids=[2]) for i in range(14)]
    before = [
        CheckIn(at=at(8), trigger_ids=[1]),
        CheckIn(at=at(20), trigger_ids=[1]),
        CheckIn(at=at(30), trigger_ids=[1]),
    ]
    checkins = [c for c in recent if isinstance(c, CheckIn)] + boredom_now + boredom_before + before
    entries = [e for e in recent if isinstance(e, JournalEntry)]
    signals = compute_signals(inputs(checkins=checkins, entries=entries, trigger_names=names))
    assert signals.trigger.name == "Loneliness" and signals.trigger.recent == 4
    assert signals.trigger.usual_per_week == 0.75
    assert signals.active["trigger_spike"].reason == (
        "You logged 'Loneliness' four times this week, more than usual (about once a week before)."
    )


def test_a_trigger_logged_twice_is_not_a_spike():
    checkins = [CheckIn(at=at(i), trigger_ids=[1]) for i in range(2)]
    assert "trigger_spike" not in compute_signals(inputs(checkins=checkins, trigger_names={1: "Anger"})).active


def test_trigger_counts_and_times_words():
    counts = trigger_counts(
        [CheckIn(at=at(1), trigger_ids=[1, 2, 9])], [], {1: "A", 2: "B"}, TODAY - timedelta(2), TODAY
    )
    assert counts == {"A": 1, "B": 1}
    assert [times(n) for n in (1, 2, 3, 12)] == ["once", "twice", "three times", "12 times"]


def test_days_since_last_activity():
    signals = compute_signals(inputs(last_activity=at(5)))
    assert signals.days_since_activity == 5
    assert "5 days since you last checked in or wrote" in signals.active["away"].reason
    assert "away" not in compute_signals(inputs(last_activity=at(2))).active


def test_recent_lapse_within_two_weeks():
    signals = compute_signals(inputs(lapses=[Lapse(at=at(3), substance="Alcohol")]))
    assert signals.lapse_days_ago == 3
    assert "3 days ago" in signals.active["recent_lapse"].reason
    assert "information" in signals.active["recent_lapse"].reason
    assert "recent_lapse" not in compute_signals(inputs(lapses=[Lapse(at=at(14), substance="Alcohol")])).active


def test_milestone_reached_and_near():
    reached = compute_signals(inputs(substances=[Substance("Alcohol", TODAY - timedelta(days=30))]))
    assert reached.active["milestone_reached"].reason == "You reached 30 days without alcohol today."
    near = compute_signals(inputs(substances=[Substance("Alcohol", TODAY - timedelta(days=88))]))
    assert near.active["milestone_near"].reason == "You'll reach 90 days without alcohol in 2 days."
    assert not {"milestone_near", "milestone_reached"} & set(
        compute_signals(inputs(substances=[Substance("Alcohol", TODAY - timedelta(days=45))])).active
    )


def test_a_lapse_restarts_the_run_for_its_substance_only():
    alcohol = Substance("Alcohol", date(2026, 1, 1))
    lapses = [Lapse(at=at(7), substance="alcohol"), Lapse(at=at(1), substance="Cannabis")]
    signals = compute_signals(inputs(substances=[alcohol], lapses=lapses))
    assert signals.active["milestone_near"].reason == "You'll reach 7 days without alcohol tomorrow."


def test_plan_not_reviewed_in_30_days():
    signals = compute_signals(inputs(plan_reviewed_at=at(31)))
    assert (
        signals.days_since_plan_review == 31
        and "31 days since your last review" in signals.active["plan_review_due"].reason
    )
    assert "plan_review_due" not in compute_signals(inputs(plan_reviewed_at=at(29))).active
    assert "plan_review_due" in compute_signals(inputs(plan_reviewed_at=at(15), plan_review_days=14)).active
    never = compute_signals(inputs(program_start=TODAY - timedelta(days=40)))
    assert "haven't reviewed" in never.active["plan_review_due"].reason
    assert "plan_review_due" not in compute_signals(inputs(program_start=TODAY - timedelta(days=10))).active


def test_weekly_goals_due_late_in_the_week_and_unset_early():
    friday = datetime(2026, 11, 20, 9, tzinfo=ZONE)
    monday = date(2026, 11, 16)
    goals = [WeeklyGoal(monday, "Walk", done=True), WeeklyGoal(monday, "Call Sam"), WeeklyGoal(monday, "Sleep")]
    signals = compute_signals(inputs(now=friday, weekly_goals=goals, last_activity=friday))
    assert signals.goals_open == 2 and signals.goals_total == 3
    assert signals.active["goals_due"].reason == "Two of this week's three goals are still open, with 3 days to go."
    assert "goals_due" not in compute_signals(inputs(weekly_goals=goals)).active  # Wednesday
    tuesday = datetime(2026, 11, 17, 9, tzinfo=ZONE)
    assert "no goals" in compute_signals(inputs(now=tuesday, last_activity=tuesday)).active["goals_due"].reason


def test_coping_that_worked_and_ideas_never_tried():
    actions = [CopingAction("Walk", id=1), CopingAction("Breathing", id=2), CopingAction("Yoga", id=3)]
    uses = [
        CopingUse(1, at(2), craving_before=8, craving_after=4),
        CopingUse(1, at(5), craving_before=6, craving_after=3),
        CopingUse(2, at(3), craving_before=5, craving_after=5),
    ]
    signals = compute_signals(inputs(coping_uses=uses, coping_actions=actions, coping_used_ids={1, 2}))
    assert [r.name for r in signals.coping_worked] == ["Walk"]
    assert (
        "'Walk' helped lately: your craving fell by 3.5 points on average (2 uses)"
        in signals.active["coping_worked"].reason
    )
    assert signals.coping_untried == ["Yoga"]
    assert not signals.active["coping_untried"].notable
    assert [r.name for r in coping_results(uses, actions, TODAY - timedelta(3), TODAY)] == ["Walk", "Breathing"]


def test_weeks_since_program_start():
    signals = compute_signals(inputs(program_start=TODAY - timedelta(days=10)))
    assert signals.weeks_in_program == 1 and "week 2" in signals.active["new_start"].reason
    assert "new_start" not in compute_signals(inputs(program_start=TODAY - timedelta(days=60))).active


def test_notable_signals_strongest_first_and_quiet_only_without_them():
    signals = compute_signals(
        inputs(lapses=[Lapse(at=at(1), substance="Alcohol")], last_activity=at(4), plan_reviewed_at=at(40))
    )
    assert [s.name for s in signals.notable] == ["recent_lapse", "away", "plan_review_due"]
    assert not signals.quiet and "quiet" not in signals.active


def test_reasons_speak_the_language_chosen():
    friday = datetime(2026, 11, 20, 9, tzinfo=ZONE)
    monday = date(2026, 11, 16)
    goals = [WeeklyGoal(monday, "Walk", done=True), WeeklyGoal(monday, "Call Sam"), WeeklyGoal(monday, "Sleep")]
    with i18n.speaking("es"):
        lapse = compute_signals(inputs(lapses=[Lapse(at=at(3), substance="Alcohol")])).active["recent_lapse"].reason
        away = compute_signals(inputs(last_activity=at(5))).active["away"].reason
        goal = compute_signals(inputs(now=friday, weekly_goals=goals, last_activity=friday)).active["goals_due"].reason
        words = (times(1), times(4), SessionKind.GROUP.label)
    assert lapse == "Anotaste un desliz hace 3 días. Un desliz es información, y sigues aquí, sigues escribiendo."
    assert away.startswith("Han pasado 5 días desde tu último registro")
    assert goal == "Dos de los tres objetivos de esta semana siguen abiertos, y quedan 3 días."
    assert words == ("una vez", "cuatro veces", "Terapia de grupo")
    assert (times(1), SessionKind.GROUP.label) == ("once", "Group therapy")
