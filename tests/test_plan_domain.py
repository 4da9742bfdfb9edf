from datetime import date, datetime, timedelta, timezone

import pytest

from recoveryjournal import i18n
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, Trigger
from recoveryjournal.domain.plan import (
    carry_forward,
    coping_effectiveness,
    diff_snapshots,
    goals_to_offer,
    plan_completeness,
    plan_snapshot,
    review_status,
    suggest_triggers,
    suggest_warning_signs,
    untried_ideas,
)
from recoveryjournal.domain.plan_models import SupportContact, WeeklyGoal
from recoveryjournal.domain.weeks import goal_keys, goal_week, week_start, weekday_order

TZ = timezone(timedelta(hours=-5))
AT = datetime(2026, 3, 2, 20, 0, tzinfo=TZ)


def checkin(triggers, craving=None):
    return CheckIn(at=AT, craving=craving, trigger_ids=triggers)


TRIGGERS = [
    Trigger("Loneliness", id=1),
    Trigger("Payday", id=2),
    Trigger("Anger", id=3),
    Trigger("Friday evening", id=4),
    Trigger("Old", id=5, archived=True),
]


def test_suggest_triggers_most_often_then_highest_craving():
    checkins = [
        checkin([1], 4),
        checkin([1, 2], 6),
        checkin([1], None),
        checkin([2], 2),
        checkin([3], 9),
        checkin([3], 8),
        checkin([4], 10),  # only one rating: not enough for the craving list
        checkin([5], 10),  # archived
    ]
    found = suggest_triggers(TRIGGERS, checkins, limit=2)
    # Loneliness 3 times (mean of 4, 6 = 5.0); Payday and Anger twice each, Anger first by name.
    assert [(s.name, s.count, s.reason) for s in found] == [
        ("Loneliness", 3, "often"),
        ("Anger", 2, "often"),
        ("Payday", 2, "craving"),
    ]
    assert found[0].mean_craving == pytest.approx(5.0)
    assert found[1].mean_craving == pytest.approx(8.5)
    assert found[2].mean_craving == pytest.approx(4.0)
    assert found[0].label == "Loneliness — logged 3 times, craving 5.0 on average"


def test_suggest_triggers_ranks_craving_list_by_mean_and_skips_what_is_in_the_plan():
    checkins = [checkin([1], 3)] * 5 + [
        checkin([2], 7),
        checkin([2], 8),
        checkin([2], None),
        checkin([3], 9),
        checkin([3], 9),
    ]
    found = suggest_triggers(TRIGGERS, checkins, exclude=[" loneliness "], limit=1)
    assert [(s.name, s.reason, s.mean_craving) for s in found] == [("Payday", "often", 7.5), ("Anger", "craving", 9)]


def test_suggest_triggers_counts_a_trigger_once_per_checkin():
    (only,) = suggest_triggers(TRIGGERS, [checkin([1, 1], 5)])
    assert only.count == 1 and only.label == "Loneliness — logged 1 time, craving 5.0 on average"


def test_week_start_follows_the_chosen_first_day():
    assert week_start(date(2026, 3, 1), "monday") == date(2026, 2, 23)  # a Sunday
    assert week_start(date(2026, 3, 2), "monday") == date(2026, 3, 2)
    assert week_start(date(2026, 3, 1), "sunday") == date(2026, 3, 1)
    assert week_start(date(2026, 3, 7), "sunday") == date(2026, 3, 1)  # a Saturday
    assert weekday_order("sunday")[0] == 6 and weekday_order("monday")[0] == 0


def test_a_goal_belongs_to_the_week_it_was_set_for_under_either_week_start():
    monday_key, sunday_key = date(2026, 10, 12), date(2026, 10, 11)
    assert goal_week(monday_key, "monday") == monday_key
    assert goal_week(monday_key, "sunday") == sunday_key
    assert goal_week(sunday_key, "sunday") == sunday_key
    assert goal_week(sunday_key, "monday") == monday_key
    for week in (monday_key, sunday_key):
        first, last = goal_keys(week)
        assert all(
            (first <= key <= last) == (goal_week(key, "monday" if week == monday_key else "sunday") == week)
            for key in (week + timedelta(days=offset) for offset in range(-10, 11))
        )


def test_goals_offered_from_the_last_week_with_goals_until_carried():
    this_week = date(2026, 3, 16)
    goals = [
        WeeklyGoal(date(2026, 2, 23), "Old goal", id=1),
        WeeklyGoal(date(2026, 3, 2), "Go to two meetings", id=2),
        WeeklyGoal(date(2026, 3, 2), "Call Mum", done=True, id=3),
        WeeklyGoal(date(2026, 3, 2), "Sleep by 11", id=4),
    ]
    offered = goals_to_offer(goals, this_week, "monday")
    assert [g.id for g in offered] == [2, 4]
    carried = carry_forward(offered[0], this_week)
    assert (carried.id, carried.week_start, carried.done, carried.carried_from_id) == (None, this_week, False, 2)
    carried.id = 9
    assert [g.id for g in goals_to_offer([*goals, carried], this_week, "monday")] == [4]
    assert goals_to_offer(goals, date(2026, 2, 23), "monday") == []


def test_completeness_needs_three_actions():
    snapshot = plan_snapshot(["Payday"], [], ["Walk", "Call Sam"], [])
    result = plan_completeness(snapshot)
    assert not result.complete
    assert "add one more go-to action" in result.message
    assert len(result.hints) == 2
    assert "2 more go-to actions" in plan_completeness(plan_snapshot([], [], ["Walk"], [])).message
    assert plan_completeness(plan_snapshot([], [], ["Walk", "Call Sam", "Shower"], [])).complete


def test_diff_between_versions():
    sam = SupportContact("Sam", relation="sponsor", phone="555 0101")
    old = plan_snapshot(["Payday", "Anger"], ["Skipping meals"], ["Walk"], [sam, SupportContact("Jo")])
    new_sam = SupportContact("Sam", relation="sponsor", phone="555 0199", when_to_call="any time")
    goals = [WeeklyGoal(date(2026, 3, 2), "Two meetings", done=True)]
    new = plan_snapshot(["payday", "Friday evening"], ["Skipping meals"], ["Walk", "Shower"], [new_sam], goals)
    assert diff_snapshots(old, new) == [
        "Added trigger “Friday evening”",
        "Removed trigger “Anger”",
        "Added go-to action “Shower”",
        "Updated contact “Sam”: phone, when to call",
        "Removed contact “Jo”",
        "New goal “Two meetings” (done)",
    ]
    assert diff_snapshots(new, new) == ["No changes since the last review."]
    assert diff_snapshots(None, new) == ["First review: the plan as it stood."]
    ticked = plan_snapshot([], [], [], [], [WeeklyGoal(date(2026, 3, 2), "Two meetings")])
    assert diff_snapshots(ticked, plan_snapshot([], [], [], [], goals)) == ["Goal done: “Two meetings”"]


def test_review_status():
    assert review_status(None, 30, date(2026, 3, 1)).due
    early = review_status(date(2026, 3, 1), 30, date(2026, 3, 30))
    assert not early.due and early.next_review == date(2026, 3, 31)
    assert early.message == "Next review around 31 March 2026."
    due = review_status(date(2026, 3, 1), 30, date(2026, 4, 5))
    assert due.due and "35 days" in due.message


def test_coping_effectiveness_against_hand_computed_answers():
    uses = [
        CopingUse(1, AT, craving_before=8, craving_after=4),
        CopingUse(1, AT + timedelta(days=1), craving_before=6, craving_after=5),
        CopingUse(1, AT + timedelta(days=2)),
        CopingUse(1, AT + timedelta(days=3), craving_before=5),
        CopingUse(2, AT, craving_before=3, craving_after=5),
    ]
    stats = coping_effectiveness(uses)
    assert (stats[1].uses, stats[1].rated, stats[1].mean_drop) == (4, 2, 2.5)  # (4 + 1) / 2
    assert stats[1].last_used == AT + timedelta(days=3)
    assert (stats[2].uses, stats[2].mean_drop) == (1, -2)
    assert coping_effectiveness([]) == {}


def test_untried_ideas_skip_used_own_and_archived_and_turn_with_the_day():
    actions = [
        CopingAction("Breathing", id=1),
        CopingAction("Walk", id=2),
        CopingAction("Mine", custom=True, id=3),
        CopingAction("Shower", id=4),
        CopingAction("Yoga", archived=True, id=5),
        CopingAction("Music", id=6),
    ]
    stats = coping_effectiveness([CopingUse(2, AT)])
    day = date.fromordinal(300)  # 300 % 3 == 0
    assert [a.name for a in untried_ideas(actions, stats, day, limit=2)] == ["Breathing", "Music"]
    assert [a.name for a in untried_ideas(actions, stats, day + timedelta(days=1), limit=2)] == ["Music", "Shower"]
    assert untried_ideas([actions[1]], stats, day) == []


def test_warning_signs_suggested_from_hard_feelings_at_strong_cravings():
    checkins = [
        CheckIn(at=AT, craving=8, emotions=["lonely", "tired", "hopeful"]),
        CheckIn(at=AT, craving=6, emotions=["lonely", "lonely"]),
        CheckIn(at=AT, craving=7, emotions=["tired", "angry"]),
        CheckIn(at=AT, craving=9, emotions=["angry"]),
        CheckIn(at=AT, craving=5, emotions=["lonely", "bored"]),  # below the strong-craving line
        CheckIn(at=AT, emotions=["bored"]),
    ]
    found = suggest_warning_signs(checkins, exclude=["feeling TIRED"])
    assert [(s.text, s.count) for s in found] == [("Feeling angry", 2), ("Feeling lonely", 2)]
    assert found[0].label == "Feeling angry — on 2 check-ins with a strong craving"
    assert suggest_warning_signs(checkins, limit=1, strong=9)[0].label.endswith("on 1 check-in with a strong craving")


def test_plan_words_speak_the_language_chosen():
    with i18n.speaking("es"):
        hint = plan_completeness(plan_snapshot([], [], ["Walk"], [])).message
        first = diff_snapshots(None, plan_snapshot([], [], [], []))
        added = diff_snapshots(plan_snapshot([], [], [], []), plan_snapshot(["Payday"], [], [], []))
    assert hint.startswith("Tu plan aún no está completo: añade 2 acciones de referencia más.")
    assert first == ["Primera revisión: el plan tal como estaba."]
    assert added == ["Añadido (detonante): «Payday»"]
    assert "one more go-to action" in plan_completeness(plan_snapshot([], [], ["Walk", "Call Sam"], [])).message
