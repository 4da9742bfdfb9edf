"""A small journal with hand-computable numbers for the therapist-summary tests.

Period 2026-03-01 … 2026-03-14 (14 days); the previous period is 2026-02-15 … 2026-02-28. Expected figures:
check-ins 4 (previous 2); mood mean 3.0 (previous 2.0, +1.0); craving mean 5.0 (previous 8.0, −3.0);
"How am I really doing?" 6.0 (previous 5.0); sessions 3, 5.5 h against 18 h (9 h/week × 2);
alcohol: current 7 days, longest 33, total 71, 13 sober days in the period and 1 lapse;
triggers Work stress 3 (mean craving 6.0), Boredom 2 (5.0), Loneliness 1 (6.0);
coping Evening walk 2 uses, craving fell 3.5 on average; Call a friend 1 use, fell 1;
plan review on 10 Mar added the trigger “Evenings alone” and the go-to action “Evening walk”; weekly goals kept 3 of 4.
Words that must never appear in an export are in capitals with OUTSIDE, PRIVATE, UNSELECTED or UNCHOSEN.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance, TriggerKind
from recoveryjournal.domain.plan import plan_snapshot
from recoveryjournal.domain.plan_models import PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession

START, END = date(2026, 3, 1), date(2026, 3, 14)
TZ = timezone(timedelta(hours=-5))
NOW = datetime(2026, 3, 16, 10, 0, tzinfo=TZ)
FORBIDDEN = (
    "OUTSIDE-LAPSE-CONTEXT",
    "OUTSIDE-ENTRY-BODY",
    "OUTSIDE-GOAL",
    "OUTSIDE-TRIGGER",
    "PRIVATE-ENTRY-BODY",
    "PRIVATE-ENTRY-TITLE",
    "UNSELECTED-ENTRY-BODY",
    "UNCHOSEN-REFLECTION-TEXT",
    "555-0100",
)


def at(day: str, clock: str = "12:00") -> datetime:
    return datetime.fromisoformat(f"2026-{day}T{clock}:00").replace(tzinfo=TZ)


def action(store, name: str) -> int:
    existing = store.coping.action_by_name(name)
    return existing.id if existing else store.coping.add_action(CopingAction(name))


def fill(store) -> dict[str, int]:
    """Write the fixture journal; returns the ids a test may choose to share."""
    stress = store.triggers.ensure("Work stress", TriggerKind.EMOTIONAL).id
    lonely = store.triggers.ensure("Loneliness", TriggerKind.EMOTIONAL).id
    bored = store.triggers.ensure("Boredom", TriggerKind.EMOTIONAL).id
    outside = store.triggers.ensure("OUTSIDE-TRIGGER", TriggerKind.ENVIRONMENTAL).id
    walk = action(store, "Evening walk")
    call = action(store, "Call a friend")

    for checkin in (
        CheckIn(at("02-10"), mood=1, craving=10),
        CheckIn(at("02-20"), mood=2, craving=7),
        CheckIn(at("02-25"), mood=2, craving=9),
        CheckIn(
            at("03-02", "09:00"),
            mood=2,
            craving=6,
            trigger_ids=[stress, lonely],
            coping_action_id=walk,
            craving_after=3,
        ),
        CheckIn(at("03-05", "20:00"), mood=3, craving=4, trigger_ids=[stress]),
        CheckIn(at("03-09", "21:30"), mood=4, craving=2, trigger_ids=[bored], coping_action_id=call, craving_after=1),
        CheckIn(
            at("03-14", "23:30"), mood=3, craving=8, trigger_ids=[stress, bored], coping_action_id=walk, craving_after=4
        ),
        CheckIn(at("03-15", "08:00"), mood=5, craving=0, trigger_ids=[outside]),
    ):
        store.checkins.add(checkin)

    store.sobriety.add(Substance("Alcohol", sober_since=date(2026, 3, 8), tracked_since=date(2026, 1, 1)))
    store.lapses.add(Lapse(at("02-01", "21:00"), "Alcohol", context="OUTSIDE-LAPSE-CONTEXT"))
    store.lapses.add(
        Lapse(
            at("03-07", "22:00"),
            "Alcohol",
            amount="Two beers",
            context="Work party, colleagues drinking",
            what_helped="Left early and called my sponsor",
        )
    )

    for day, kind, hours in (
        ("03-03", SessionKind.GROUP, 3.0),
        ("03-10", SessionKind.INDIVIDUAL, 1.0),
        ("03-12", SessionKind.SUPPORT_GROUP, 1.5),
        ("03-20", SessionKind.GROUP, 3.0),
    ):
        store.sessions.add(TreatmentSession(at(day), kind, hours))

    for day, rating in (("02-20", 5), ("03-02", 4), ("03-08", 6), ("03-13", 8), ("03-18", 1)):
        store.reflections.add(
            Reflection(at(day, "21:00"), ReflectionKind.DAILY, rating=rating, prompt_text="How am I really doing?")
        )
    chosen_reflection = store.reflections.add(
        Reflection(
            at("03-04"),
            ReflectionKind.PROMPT,
            prompt_text="What helped today?",
            answer="SHARED-REFLECTION-TEXT: the walk",
        )
    )
    store.reflections.add(
        Reflection(at("03-06"), ReflectionKind.PROMPT, prompt_text="Something hard?", answer="UNCHOSEN-REFLECTION-TEXT")
    )

    chosen_entry = store.journal.add(JournalEntry(at("03-03"), title="A good day", body="CHOSEN-ENTRY-BODY"))
    store.journal.add(JournalEntry(at("03-04"), title="Tuesday", body="UNSELECTED-ENTRY-BODY"))
    private_entry = store.journal.add(
        JournalEntry(at("03-05"), title="PRIVATE-ENTRY-TITLE", body="PRIVATE-ENTRY-BODY", private=True)
    )
    store.journal.add(JournalEntry(at("03-20"), title="Later", body="OUTSIDE-ENTRY-BODY"))

    store.plan.set_items(PlanSection.TRIGGERS, ["Stress at work", "Evenings alone"])
    store.plan.set_items(PlanSection.WARNING_SIGNS, ["Skipping meals"])
    store.plan.set_action_ids([walk, call])
    store.plan.add_contact(SupportContact("Sam", "sponsor", "555-0100", "When cravings are above 6"))
    contacts = store.plan.contacts()
    first = plan_snapshot(["Stress at work"], ["Skipping meals"], ["Call a friend"], contacts)
    store.plan.add_version(PlanVersion(at("02-01"), first))
    now = plan_snapshot(
        ["Stress at work", "Evenings alone"], ["Skipping meals"], ["Evening walk", "Call a friend"], contacts
    )
    store.plan.add_version(PlanVersion(at("03-10"), now))

    for week, text, done in (
        ("02-23", "Attend three groups", True),
        ("03-02", "Walk every day", True),
        ("03-02", "Cook at home", False),
        ("03-09", "Call Sam twice", True),
        ("03-16", "OUTSIDE-GOAL", False),
    ):
        store.plan.add_goal(WeeklyGoal(date.fromisoformat(f"2026-{week}"), text, done))
    return {"entry": chosen_entry, "private_entry": private_entry, "reflection": chosen_reflection}
