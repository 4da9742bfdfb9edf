"""Every kind of record goes in and comes back exactly, whatever the text; deleting goes to the trash."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, EntryKind, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan_models import PlanItem, PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import CustomPrompt, Reflection, ReflectionKind
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.store.store import Store

EASTERN = timezone(timedelta(hours=-5))
AT = datetime(2026, 11, 22, 20, 15, tzinfo=EASTERN)

HARD_TEXTS = [
    "Feeling 😀🙏🏽 today — café, naïve, Zoë",
    "שלום, אני מרגיש טוב היום",  # right-to-left
    "مرحبا، اليوم كان صعبا",
    "e\u0301 combining and \u202edeceptive\u202c and \u2066isolate\u2069",
    "control \x01\x02\x07\x1b[31m chars\ttab\r\nnewline",
    "x" * 1_000_000,
    "",
]


@pytest.mark.parametrize("text", HARD_TEXTS, ids=range(len(HARD_TEXTS)))
def test_journal_text_is_kept_exactly(store, text):
    entry = JournalEntry(created_at=AT, title=text[:200], body=text, private=True, mood=2)
    store.journal.add(entry)
    assert store.journal.get(entry.id) == entry
    store.journal.save_text(entry.id, text[::-1][:50], text + "!")
    again = store.journal.get(entry.id)
    assert again.body == text + "!"
    assert again.title == text[::-1][:50]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")))
def test_any_nul_free_text_round_trips(store, text):
    reflection = Reflection(at=AT, kind=ReflectionKind.PROMPT, prompt_text=text, answer=text, data={"k": text})
    store.reflections.add(reflection)
    assert store.reflections.get(reflection.id) == reflection


def test_times_keep_their_utc_offset(store):
    entry = JournalEntry(created_at=AT, body="late night")
    store.journal.add(entry)
    stored = store.db.execute("SELECT created_at FROM journal_entries WHERE id = ?", [entry.id]).fetchone()[0]
    assert stored == "2026-11-22T20:15:00-05:00"
    assert store.journal.get(entry.id).created_at.utcoffset() == timedelta(hours=-5)


def test_every_record_kind_round_trips(store: Store):
    trigger = Trigger(name="Sunday dread 😬", kind=TriggerKind.RISK, description="שבוע חדש")
    store.triggers.add(trigger)
    assert store.triggers.get(trigger.id) == trigger

    action = CopingAction(name="Box breathing", category="body", description="4-4-4-4", favourite=True, custom=True)
    store.coping.add_action(action)
    assert store.coping.get_action(action.id) == action

    checkin = CheckIn(
        at=AT,
        mood=2,
        emotions=["lonely", "anxious"],
        craving=7,
        substance="Alcohol",
        trigger_ids=[trigger.id],
        where="home",
        with_whom="alone",
        what_happening="payday",
        note="hard evening",
        coping_action_id=action.id,
        craving_after=3,
    )
    store.checkins.add(checkin)
    assert store.checkins.get(checkin.id) == checkin
    assert store.checkins.between(AT - timedelta(hours=1), AT + timedelta(hours=1)) == [checkin]
    checkin.craving_after = 2
    checkin.trigger_ids = []
    store.checkins.update(checkin)
    assert store.checkins.get(checkin.id) == checkin
    assert len(store.coping.all_uses()) == 1

    use = CopingUse(action_id=action.id, at=AT, craving_before=6, craving_after=2, note="worked")
    store.coping.add_use(use)
    assert use in store.coping.uses_between(AT, AT + timedelta(seconds=1))

    entry = JournalEntry(created_at=AT, title="t", body="b", kind=EntryKind.SESSION_NOTE, trigger_ids=[trigger.id])
    store.journal.add(entry)
    assert store.journal.get(entry.id) == JournalEntry(**{**entry.__dict__, "updated_at": AT})

    lapse = Lapse(at=AT, substance="Alcohol", amount="two beers", context="wedding", what_helped="left early")
    store.lapses.add(lapse)
    assert store.lapses.get(lapse.id) == lapse

    substance = Substance(name="Alcohol", sober_since=date(2026, 11, 23))
    store.sobriety.add(substance)
    assert store.sobriety.all() == [substance]

    store.plan.set_items(PlanSection.WARNING_SIGNS, ["skipping meals", "isolating"])
    assert [item.text for item in store.plan.items(PlanSection.WARNING_SIGNS)] == ["skipping meals", "isolating"]
    assert all(isinstance(item, PlanItem) for item in store.plan.items(PlanSection.WARNING_SIGNS))
    store.plan.set_action_ids([action.id])
    assert store.plan.action_ids() == [action.id]
    goal = WeeklyGoal(week_start=date(2026, 11, 23), text="3 meetings")
    store.plan.add_goal(goal)
    carried = WeeklyGoal(week_start=date(2026, 11, 30), text="3 meetings", carried_from_id=goal.id)
    store.plan.add_goal(carried)
    assert store.plan.goals() == [goal, carried]
    contact = SupportContact(name="Sam", relation="sponsor", phone="555-0142", when_to_call="any time")
    store.plan.add_contact(contact)
    assert store.plan.contacts() == [contact]
    version = PlanVersion(reviewed_at=AT, snapshot={"actions": ["Box breathing"]}, changes="added breathing")
    store.plan.add_version(version)
    assert store.plan.versions() == [version]

    prompt = CustomPrompt(prompt_id="own-1", text="What helped today?", category="coping", signals=["quiet"])
    store.reflections.save_custom_prompt(prompt)
    assert store.reflections.custom_prompts() == [prompt]

    session = TreatmentSession(at=AT, kind=SessionKind.SUPPORT_GROUP, hours=1.5, title="SMART Recovery", note="🙂")
    store.sessions.add(session)
    assert store.sessions.all() == [session]

    store.settings.set("weekly_target_hours", 9)
    assert store.settings.get("weekly_target_hours") == 9


def test_deleting_goes_to_the_trash_and_can_be_restored(store: Store):
    entry = JournalEntry(created_at=AT, title="Keep me", body="important words")
    store.journal.add(entry)
    checkin = CheckIn(at=AT, mood=3)
    store.checkins.add(checkin)
    store.journal.delete(entry.id)
    store.checkins.delete(checkin.id)
    assert store.journal.recent() == []
    assert store.checkins.recent() == []
    items = {(item.table, item.record_id): item for item in store.trash.items()}
    assert ("journal_entries", entry.id) in items
    assert "Keep me" in items[("journal_entries", entry.id)].label
    store.trash.restore("journal_entries", entry.id)
    assert store.journal.recent() == [store.journal.get(entry.id)]
    assert store.trash.empty() == 1
    assert store.db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    assert store.journal.get(entry.id).body == "important words"
