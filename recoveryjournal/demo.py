"""A sample journal: about 120 days of a person in an intensive outpatient program (IOP), built from a fixed seed.

The data carries the patterns the insights pages look for, so a demo (and the tests) show something real: social
triggers on Friday evenings, work stress early in the week, cravings that fall over the program as coping tools are
used, and one lapse with the recovery after it. Every time derives from ``today``, so a seed and a day always give
the same journal. Everything is written through the store repositories, never with SQL.

Every word the person reads is in ``resources/demo/<language>.toml`` (English in ``en.toml``); this module decides
only when each thing happens. Trigger and coping names below are the catalogues' own names, used as keys.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from recoveryjournal.demo_measures import add_demo_measures
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, EntryKind, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan import diff_snapshots, plan_snapshot
from recoveryjournal.domain.plan_models import PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.resources import language_words, parse_toml
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.i18n import current_language, speaking
from recoveryjournal.opening import open_journal
from recoveryjournal.resources import FOLDER
from recoveryjournal.store.store import Store

DAYS = 120
PROGRAM_DAYS = 84
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

SOCIAL = ("Party or social event", "Peers who use")
STRESS = ("Work pressure", "High stress")

# Triggers the demo logs; catalogue names are ensured too, in case someone edited triggers.toml.
TRIGGER_KINDS = {
    "Friday evening": TriggerKind.ENVIRONMENTAL,
    "Party or social event": TriggerKind.SOCIAL,
    "Peers who use": TriggerKind.RISK,
    "Work pressure": TriggerKind.SOCIAL,
    "High stress": TriggerKind.RISK,
    "Tiredness": TriggerKind.EMOTIONAL,
    "Anxiety": TriggerKind.EMOTIONAL,
    "Boredom": TriggerKind.EMOTIONAL,
    "Loneliness": TriggerKind.EMOTIONAL,
    "Anger": TriggerKind.EMOTIONAL,
    "Shame or guilt": TriggerKind.EMOTIONAL,
    "Celebration": TriggerKind.EMOTIONAL,
    "Payday": TriggerKind.ENVIRONMENTAL,
    "Being home alone in the evening": TriggerKind.ENVIRONMENTAL,
    "Passing a bar or old spot": TriggerKind.ENVIRONMENTAL,
    "Conflict with someone close": TriggerKind.SOCIAL,
    "Family or relationship hardship": TriggerKind.RISK,
    "Money trouble": TriggerKind.RISK,
}
CUSTOM_TRIGGERS = {
    "Watching the game on TV": TriggerKind.ENVIRONMENTAL,
    "Drive home past the liquor store": TriggerKind.ENVIRONMENTAL,
}
"""The person's own triggers; what they mean by each is in the story's words."""


@dataclass(frozen=True)
class _Tool:
    action: CopingAction
    drop: float  # how much this tool usually lowers a craving, for this person
    weight: float  # how often they reach for it


# (name, category, favourite, how much it usually lowers a craving, how often they reach for it); custom last.
TOOL_HABITS = (
    ("Call your sponsor", "people", True, 3.4, 3),
    ("Go for a walk", "body", True, 2.6, 5),
    ("Play the tape forward", "mind", False, 2.8, 2),
    ("Paced breathing", "body", False, 1.9, 4),
    ("Urge surfing", "mind", False, 2.2, 2),
    ("Take a shower", "body", False, 1.8, 2),
    ("Write it down", "creative", False, 1.3, 2),
    ("Short meditation", "mind", False, 1.2, 2),
    ("Eat something", "practical", False, 1.5, 2),
    ("Play guitar", "distraction", False, 1.6, 1),
)
CUSTOM_TOOLS = {"Play guitar"}
GO_TO_ACTIONS = ("Call your sponsor", "Go for a walk", "Play the tape forward", "Paced breathing")

# Emotion keys (``domain.models.EMOTIONS``), not words: the app shows each in the person's language.
LOW_EMOTIONS = ("anxious", "tired", "restless", "overwhelmed", "sad", "lonely", "angry", "bored")
MID_EMOTIONS = ("tired", "calm", "bored", "restless", "hopeful", "anxious", "content")
HIGH_EMOTIONS = ("calm", "hopeful", "grateful", "proud", "content")


@dataclass(frozen=True)
class _Entry:
    title: str
    body: str
    mood: int | None = None
    triggers: tuple[str, ...] = ()
    private: bool = False
    weekday: int | None = None  # the day the text speaks of, when it names one


def _entry(words: dict) -> _Entry:
    weekday = words.get("weekday")
    return _Entry(
        words.get("title", ""),
        words["body"],
        words.get("mood"),
        tuple(words.get("triggers", ())),
        words.get("private", False),
        WEEKDAY_NAMES.index(weekday) if weekday else None,
    )


@dataclass(frozen=True)
class Story:
    """The sample journal's words, from ``resources/demo/<language>.toml``; this module only says when they happen."""

    words: dict
    language: str = "en"

    @classmethod
    def load(cls, language: str) -> Story:
        """The story in ``language``, or in English when there is no file for it yet."""
        path = FOLDER / "demo" / f"{language}.toml"
        if not path.exists():
            path, language = FOLDER / "demo" / "en.toml", "en"
        return cls(parse_toml(path.read_text(encoding="utf-8"), f"demo/{path.name}"), language)

    def name(self, key: str) -> str:
        """The name a person reads for a trigger or coping tool the story calls ``key`` (its English name): the
        person's own from ``[names]``, a catalogue one as the catalogue in this language has it."""
        if key in self.words.get("names", {}):
            return self.words["names"][key]
        for catalogue, table in (("triggers.toml", "trigger"), ("coping.toml", "action")):
            words = language_words(catalogue, self.language, table, "of", ("name", "description"))
            if key in words:
                return words[key].get("name", key).strip()
        return key

    def entry(self, key: str) -> _Entry:
        return _entry(self.words["entries"][key])

    def entries(self, pool: str) -> list[_Entry]:
        return [_entry(words) for words in self.words[pool]]

    def on_days(self, pool: str) -> list[tuple[int, _Entry]]:
        return [(words["day"], _entry(words)) for words in self.words[pool]]

    def prompt(self, words: dict) -> tuple[str, str, str, str]:
        return words["id"], words["text"], words["reason"], words["answer"]


def write_demo(folder: Path, today: date | None = None, seed: int = 20261124, language: str | None = None) -> None:
    """Create a new journal in ``folder`` holding the sample person's 120 days, ending the day before ``today``; its
    words in ``language`` (the app's language by default; English while there is no file for it)."""
    with speaking(language or current_language()) as spoken:  # the catalogues a new journal gets, in that language
        story = Story.load(spoken)
        store = open_journal(folder)
        try:
            with store.db.atomic():
                _Builder(store, today or date.today(), random.Random(seed), story).build()
        finally:
            store.close()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A wall-clock time on ``day`` with the local UTC offset of that day."""
    return datetime.combine(day, time(hour, minute)).astimezone()


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def _take(pool: list[_Entry], weekday: int) -> _Entry | None:
    """Remove and return the first entry that may be written on ``weekday``."""
    for position, entry in enumerate(pool):
        if entry.weekday in (None, weekday):
            return pool.pop(position)
    return None


class _Builder:
    def __init__(self, store: Store, today: date, rng: random.Random, story: Story) -> None:
        self.store = store
        self.story = story
        self.words = story.words
        self.main, self.second = story.words["substances"]["main"], story.words["substances"]["second"]
        self.rng = rng
        self.today = today
        self.start = today - timedelta(days=DAYS)
        self.program_end = self.start + timedelta(days=PROGRAM_DAYS - 1)
        self.lapse_day = next(d for d in range(52, 59) if self.day(d).weekday() == FRI)
        self.triggers: dict[str, int] = {}
        self.tools: dict[str, _Tool] = {}
        self.checkins: list[CheckIn] = []

    def day(self, index: int) -> date:
        return self.start + timedelta(days=index)

    def next_weekday(self, index: int, weekday: int) -> int:
        return index + (weekday - self.day(index).weekday()) % 7

    def build(self) -> None:
        self.add_catalogue()
        self.add_substances()
        for index in range(DAYS):
            self.add_day(index)
        self.add_lapse()
        self.add_extra_coping_uses()
        self.add_journal()
        self.add_reflections(self.add_plan())
        self.add_sessions()
        add_demo_measures(self.store, self.day, self.lapse_day, DAYS - 1)
        self.store.settings.set("program_start", self.start.isoformat())
        self.store.settings.set("program_end", self.program_end.isoformat())
        self.store.settings.set("weekly_target_hours", 9)

    # --- catalogue -------------------------------------------------------------------------------------------------

    def add_catalogue(self) -> None:
        repo = self.store.triggers
        shown = self.story.name
        for name, kind in TRIGGER_KINDS.items():
            self.triggers[name] = repo.ensure(shown(name), kind).id
        for name, kind in CUSTOM_TRIGGERS.items():
            found = repo.by_name(shown(name))
            self.triggers[name] = (
                found.id if found else repo.add(Trigger(shown(name), kind, self.words["own_triggers"][name]))
            )
        for name, category, favourite, drop, weight in TOOL_HABITS:
            description = self.words["tools"][name]
            found = self.store.coping.action_by_name(shown(name))
            if found is None:
                found = CopingAction(shown(name), category, description, favourite, custom=name in CUSTOM_TOOLS)
                self.store.coping.add_action(found)
            elif favourite and not found.favourite:
                found.favourite = True
                self.store.coping.update_action(found)
            self.tools[name] = _Tool(found, drop, weight)

    def add_substances(self) -> None:
        detox = self.start - timedelta(days=9)  # the week before the program, so the run before the lapse counts
        self.store.sobriety.add(Substance(self.main, self.day(self.lapse_day + 1), tracked_since=detox))
        self.store.sobriety.add(Substance(self.second, self.start - timedelta(days=23)))

    # --- check-ins -------------------------------------------------------------------------------------------------

    def add_day(self, index: int) -> None:
        day, rng = self.day(index), self.rng
        weekday = day.weekday()
        if index == self.lapse_day:
            self.checkin(index, "morning", _at(day, 7, 50))
            self.add_lapse_evening(day)
            return
        if index == self.lapse_day + 1:
            self.add_morning_after(day)
            self.checkin(index, "evening", _at(day, 20, 30 + rng.randrange(20)))
            return
        slots = []
        if rng.random() < 0.85:
            slots.append(("morning", _at(day, 7 + rng.randrange(2), rng.randrange(60))))
        if rng.random() < (0.6 if weekday in (MON, TUE) else 0.3):
            slots.append(("afternoon", _at(day, 12 + rng.randrange(5), rng.randrange(60))))
        if not slots or rng.random() < (0.97 if weekday == FRI else 0.8):
            hour = 21 if self.has_group(index) else 19 + rng.randrange(3)
            slots.append(("evening", _at(day, hour, 10 + rng.randrange(50))))
        for slot, moment in slots:
            self.checkin(index, slot, moment)

    def has_group(self, index: int) -> bool:
        return index < PROGRAM_DAYS and self.day(index).weekday() in (MON, WED, THU)

    def craving_level(self, index: int, slot: str, names: list[str]) -> float:
        """The person's usual craving here: falling over the program, higher around the lapse and in risky spots."""
        level = 6.0 - 3.6 * index / (DAYS - 1)
        since_lapse = index - self.lapse_day
        if -7 < since_lapse <= 0:
            level += 1.5 * (since_lapse + 7) / 7
        elif 0 < since_lapse <= 12:
            level += 1.8 * (12 - since_lapse) / 12
        level += {"morning": -1.2, "afternoon": 0.0, "evening": 0.4}[slot]
        level += 1.6 if any(name in names for name in SOCIAL) else 0.0
        level += 1.1 if any(name in names for name in STRESS) else 0.0
        level += 0.6 if "Friday evening" in names else 0.0
        level -= 1.0 if slot == "evening" and self.has_group(index) else 0.0
        return level

    def pick_triggers(self, weekday: int, slot: str, payday: bool) -> list[str]:
        rng = self.rng
        names: list[str] = []
        if weekday == FRI and slot == "evening":
            if rng.random() < 0.9:
                names.append("Friday evening")
            if rng.random() < 0.75:
                names.append(rng.choice(SOCIAL))
            if rng.random() < 0.25:
                names.append("Peers who use")
            if payday:
                names.append("Payday")
        elif slot == "evening" and rng.random() < (0.15 if weekday == SAT else 0.03):
            names.append("Party or social event" if weekday == SAT else "Peers who use")
        if slot != "evening" and weekday < SAT:
            chance = 0.7 if weekday in (MON, TUE) else 0.12
            if rng.random() < chance:
                names.append("Work pressure")
            if rng.random() < chance * 0.5:
                names.append("High stress")
            if weekday == MON and slot == "morning" and rng.random() < 0.3:
                names.append("Tiredness")
        if weekday == SUN and slot == "evening":
            if rng.random() < 0.35:
                names.append("Watching the game on TV")
            if rng.random() < 0.3:
                names.append("Being home alone in the evening")
        if slot == "evening" and weekday < FRI and rng.random() < 0.1:
            names.append("Drive home past the liquor store")
        for name, chance in (("Loneliness", 0.04), ("Boredom", 0.05), ("Anxiety", 0.05), ("Anger", 0.02)):
            if rng.random() < chance:
                names.append(name)
        return list(dict.fromkeys(names))

    def context(self, index: int, slot: str, names: list[str]) -> tuple[str, str, str]:
        rng, weekday, words = self.rng, self.day(index).weekday(), self.words["context"]
        if slot == "morning":
            if weekday >= SAT:
                return words["home"], rng.choice(words["weekend_morning_company"]), rng.choice(words["weekend_morning"])
            return words["home"], rng.choice(words["weekday_morning_company"]), rng.choice(words["weekday_morning"])
        if slot == "afternoon":
            if any(name in names for name in STRESS):
                happening = rng.choice(words["stressed_afternoon"])
                return words["work"], rng.choice(words["stressed_afternoon_company"]), happening
            return words["work"], words["afternoon_company"], rng.choice(words["afternoon"])
        if self.has_group(index):
            return tuple(words["after_group"])
        if any(name in names for name in SOCIAL):
            return tuple(rng.choice(words["social"]))
        if weekday == SUN and "Watching the game on TV" in names:
            return tuple(words["game"])
        return tuple(rng.choice(words["evening"]))

    def checkin(self, index: int, slot: str, moment: datetime) -> CheckIn:
        rng, day = self.rng, self.day(index)
        weekday = day.weekday()
        payday = weekday == FRI and (index // 7) % 2 == 0
        names = self.pick_triggers(weekday, slot, payday)
        craving = _clamp(self.craving_level(index, slot, names) + rng.gauss(0, 0.9), 0, 10)
        if craving >= 5 and not names:
            names.append(rng.choice(("Tiredness", "Anxiety", "Boredom")))
        mood = self.mood(index, slot, craving, names)
        where, with_whom, happening = self.context(index, slot, names)
        checkin = CheckIn(
            at=moment,
            mood=mood,
            emotions=self.emotions(mood, craving, names),
            craving=craving,
            substance=(self.second if rng.random() < 0.15 and slot == "evening" else self.main) if craving else "",
            trigger_ids=[self.triggers[name] for name in names],
            where=where,
            with_whom=with_whom,
            what_happening=happening,
            note=self.note(index, slot, names) if rng.random() < 0.2 else "",
        )
        self.cope(checkin, index)
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)
        return checkin

    def mood(self, index: int, slot: str, craving: int, names: list[str]) -> int:
        level = 2.7 + 1.3 * index / (DAYS - 1) - 0.15 * (craving - 4)
        level -= 0.5 if any(name in names for name in STRESS) else 0.0
        level -= 1.2 if 0 < index - self.lapse_day <= 4 else 0.0
        level += 0.3 if slot == "morning" and self.day(index).weekday() >= SAT else 0.0
        return _clamp(level + self.rng.gauss(0, 0.6), 1, 5)

    def emotions(self, mood: int, craving: int, names: list[str]) -> list[str]:
        rng = self.rng
        pool = LOW_EMOTIONS if mood <= 2 else MID_EMOTIONS if mood == 3 else HIGH_EMOTIONS
        picked = rng.sample(pool, rng.randint(1, 2))
        if craving >= 6:
            picked.append("restless")
        if any(name in names for name in STRESS) and mood <= 3:
            picked.append(rng.choice(("anxious", "overwhelmed")))
        return list(dict.fromkeys(picked))[:3]

    def note(self, index: int, slot: str, names: list[str]) -> str:
        if "Friday evening" in names or any(name in names for name in SOCIAL):
            kind = "friday"
        elif any(name in names for name in STRESS):
            kind = "stress"
        elif slot == "evening" and self.has_group(index):
            kind = "group"
        else:
            kind = "other"
        return self.rng.choice(self.words["notes"][kind])

    def cope(self, checkin: CheckIn, index: int) -> None:
        """Reach for a tool more often as the program goes on; each tool lowers the craving by its own amount."""
        craving = checkin.craving or 0
        chance = (0.45 + 0.45 * index / (DAYS - 1)) if craving >= 4 else 0.15 if craving >= 2 else 0.0
        if self.rng.random() >= chance:
            return
        tool = self.pick_tool()
        checkin.coping_action_id = tool.action.id
        checkin.craving_after = max(0, craving - max(0, round(self.rng.gauss(tool.drop, 0.8))))

    def pick_tool(self) -> _Tool:
        tools = list(self.tools.values())
        return self.rng.choices(tools, weights=[tool.weight for tool in tools])[0]

    # --- the lapse and the day after --------------------------------------------------------------------------------

    def add_lapse_evening(self, day: date) -> None:
        names = ["Friday evening", "Party or social event", "Peers who use"]
        words = self.words["lapse"]["evening"]
        checkin = CheckIn(
            at=_at(day, 19, 10),
            mood=3,
            emotions=["restless", "anxious"],
            craving=7,
            substance=self.main,
            trigger_ids=[self.triggers[name] for name in names],
            where=words["where"],
            with_whom=words["with_whom"],
            what_happening=words["what_happening"],
            note=words["note"],
        )
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)

    def add_morning_after(self, day: date) -> None:
        words = self.words["lapse"]["morning_after"]
        checkin = CheckIn(
            at=_at(day, 10, 40),
            mood=1,
            emotions=["ashamed", "sad", "tired"],
            craving=5,
            substance=self.main,
            trigger_ids=[self.triggers["Shame or guilt"]],
            where=words["where"],
            with_whom=words["with_whom"],
            what_happening=words["what_happening"],
            note=words["note"],
            coping_action_id=self.tools["Call your sponsor"].action.id,
            craving_after=2,
        )
        self.store.checkins.add(checkin)
        self.checkins.append(checkin)

    def add_lapse(self) -> None:
        words = self.words["lapse"]["record"]
        self.store.lapses.add(
            Lapse(
                at=_at(self.day(self.lapse_day), 21, 40),
                substance=self.main,
                amount=words["amount"],
                context=words["context"],
                what_helped=words["what_helped"],
                note=words["note"],
            )
        )

    def add_extra_coping_uses(self) -> None:
        """Tools used outside a check-in, about once a week."""
        for index in range(3, DAYS, 7):
            tool = self.pick_tool()
            before = _clamp(self.craving_level(index, "evening", []) + self.rng.gauss(0, 1), 2, 10)
            after = max(0, before - max(0, round(self.rng.gauss(tool.drop, 0.8))))
            use = CopingUse(tool.action.id, _at(self.day(index), 22, self.rng.randrange(45)), before, after)
            self.store.coping.add_use(use)

    # --- journal ---------------------------------------------------------------------------------------------------

    def add_journal(self) -> None:
        lapse = self.lapse_day
        story = self.story
        fixed: dict[int, tuple[_Entry, EntryKind]] = {0: (story.entry("first_day"), EntryKind.ENTRY)}
        for index, entry in story.on_days("early_milestones"):
            fixed[index] = (entry, EntryKind.ENTRY)
        for index, entry in story.on_days("session_notes"):
            fixed[self.next_weekday(index, TUE)] = (entry, EntryKind.SESSION_NOTE)
        fixed[lapse + 1] = (story.entry("after_lapse"), EntryKind.ENTRY)
        fixed[lapse + 2] = (story.entry("talking_to_maya"), EntryKind.ENTRY)
        fixed[lapse + 3] = (story.entry("group_after_lapse"), EntryKind.SESSION_NOTE)
        fixed[self.next_weekday(lapse, TUE)] = (story.entry("session_after_lapse"), EntryKind.SESSION_NOTE)
        fixed[self.next_weekday(lapse + 29, SUN)] = (story.entry("month_after_lapse"), EntryKind.ENTRY)
        fixed[max(filter(self.has_group, range(PROGRAM_DAYS)))] = (story.entry("last_group"), EntryKind.ENTRY)
        fixed[min(lapse + 61, DAYS - 3)] = (story.entry("two_months_again"), EntryKind.ENTRY)
        fixed[DAYS - 1] = (story.entry("looking_back"), EntryKind.ENTRY)
        for index, (entry, kind) in sorted(fixed.items()):
            self.entry(index, entry, kind, 21)
        stress, friday = story.entries("stress_entries"), story.entries("friday_entries")
        general = {True: story.entries("early_entries"), False: story.entries("late_entries")}
        for index in range(1, DAYS - 1):
            if index in fixed or abs(index - lapse) <= 1 or self.rng.random() >= 0.33:
                continue
            weekday = self.day(index).weekday()
            pools = [stress] if weekday in (MON, TUE) else [friday] if weekday in (FRI, SAT) else []
            for pool in [*pools, general[index < DAYS // 2]]:
                entry = _take(pool, weekday)
                if entry is not None:
                    self.entry(index, entry, EntryKind.ENTRY, 22)
                    break

    def entry(self, index: int, entry: _Entry, kind: EntryKind, hour: int) -> None:
        created = _at(self.day(index), hour, self.rng.randrange(50))
        self.store.journal.add(
            JournalEntry(
                created_at=created,
                updated_at=created + timedelta(minutes=self.rng.randrange(2, 25)),
                title=entry.title,
                body=entry.body,
                private=entry.private,
                mood=entry.mood,
                trigger_ids=[self.triggers[name] for name in entry.triggers],
                kind=kind,
            )
        )

    # --- reflections -----------------------------------------------------------------------------------------------

    def add_reflections(self, goals: list[WeeklyGoal]) -> None:
        rng = self.rng
        moods: dict[date, list[int]] = {}
        for checkin in self.checkins:
            moods.setdefault(checkin.at.date(), []).append(checkin.mood or 3)
        words, questions = self.words, self.words["questions"]
        prompts = [self.story.prompt(prompt) for prompt in words["prompts"]]
        answers = [words["daily_answers"][band] for band in ("low", "middle", "high")]
        for index in range(DAYS):
            day = self.day(index)
            if day in moods and rng.random() < 0.55:
                rating = _clamp(2 * sum(moods[day]) / len(moods[day]) - 0.7 + rng.gauss(0, 0.9), 1, 10)
                band = 0 if rating <= 4 else 1 if rating <= 7 else 2
                answer = rng.choice(answers[band])
                self.reflection(day, 22, ReflectionKind.DAILY, ("daily", questions["daily"], ""), answer, rating=rating)
            if index % 10 == 4 and prompts and abs(index - self.lapse_day) > 3:
                prompt_id, text, reason, answer = prompts.pop(0)
                self.reflection(day, 20, ReflectionKind.PROMPT, (prompt_id, text, reason), answer)
            if day.weekday() == SUN and rng.random() < 0.7:
                self.short_reflection(day, ReflectionKind.GRATITUDE, rng.sample(words["reflections"]["gratitude"], 3))
        prompt_id, text, reason, answer = self.story.prompt(words["lapse_prompt"])
        self.reflection(self.day(self.lapse_day + 5), 20, ReflectionKind.PROMPT, (prompt_id, text, reason), answer)
        self.short_reflection(self.day(90), ReflectionKind.STRENGTHS, list(words["reflections"]["strengths"]))
        thought = words["thought_record"]
        record = "\n".join(f"{key.replace('_', ' ').capitalize()}: {value}" for key, value in thought.items())
        self.reflection(
            self.day(self.lapse_day + 2),
            11,
            ReflectionKind.THOUGHT_RECORD,
            ("thought-record", questions["thought_record"], ""),
            record,
            data=dict(thought),
        )
        self.add_weekly_review(goals)

    def reflection(
        self,
        day: date,
        hour: int,
        kind: ReflectionKind,
        prompt: tuple[str, str, str],
        answer: str,
        rating: int | None = None,
        data: dict | None = None,
    ) -> None:
        prompt_id, text, reason = prompt
        self.store.reflections.add(
            Reflection(
                at=_at(day, hour, self.rng.randrange(50)),
                kind=kind,
                prompt_id=prompt_id,
                prompt_text=text,
                reason=reason,
                answer=answer,
                rating=rating,
                data=data or {},
            )
        )

    def short_reflection(self, day: date, kind: ReflectionKind, items: list[str]) -> None:
        """Gratitude and strengths: three lines, numbered in the answer and kept as a list."""
        question = self.words["questions"][kind.value]
        answer = "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))
        self.reflection(day, 9, kind, (kind.value, question, ""), answer, data={"items": items})

    def add_weekly_review(self, goals: list[WeeklyGoal]) -> None:
        """One review, on the last Sunday, looking back over the seven days up to it."""
        sunday = self.today - timedelta(days=(self.today.weekday() - SUN) % 7 or 7)
        monday = sunday - timedelta(days=6)
        week = [c for c in self.checkins if monday <= c.at.date() <= sunday]
        names = {trigger_id: name for name, trigger_id in self.triggers.items()}
        counts = Counter(names[trigger_id] for checkin in week for trigger_id in checkin.trigger_ids)
        helped = {c.coping_action_id for c in week if c.coping_action_id is not None and c.craving_after < c.craving}
        words = self.words["reflections"]["weekly_review"]
        data = {
            "week_from": monday.isoformat(),
            "went_well": words["went_well"],
            "hardest": words["hardest"],
            "triggers": [[name, count] for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))],
            "coping": sorted(tool.action.name for tool in self.tools.values() if tool.action.id in helped),
            "goals": [{"text": goal.text, "done": goal.done} for goal in goals if goal.week_start == monday],
            "plan_change": words["plan_change"],
        }
        answer = words["answer"].format(went_well=data["went_well"], hardest=data["hardest"])
        title = self.words["questions"]["weekly_review"]
        self.reflection(sunday, 19, ReflectionKind.WEEKLY_REVIEW, ("weekly-review", title, ""), answer, data=data)

    # --- plan ------------------------------------------------------------------------------------------------------

    def add_plan(self) -> list[WeeklyGoal]:
        plan, words = self.store.plan, self.words["plan"]
        first_triggers, first_signs = words["first_triggers"], words["first_signs"]
        triggers = [*first_triggers, *words["more_triggers"]]
        signs = [*first_signs, *words["more_signs"]]
        contacts = [
            SupportContact(contact["name"], contact["relation"], contact["phone"], contact["when"])
            for contact in words["contacts"]
        ]
        plan.set_items(PlanSection.TRIGGERS, triggers)
        plan.set_items(PlanSection.WARNING_SIGNS, signs)
        plan.set_action_ids([self.tools[name].action.id for name in GO_TO_ACTIONS])
        actions = [self.tools[name].action.name for name in GO_TO_ACTIONS]
        for position, contact in enumerate(contacts):
            contact.position = position
            plan.add_contact(contact)
        goals = self.add_goals()
        reviews = (
            (4, plan_snapshot(first_triggers, first_signs, actions[:3], contacts[:2], [])),
            (
                self.next_weekday(self.lapse_day, TUE),
                plan_snapshot(triggers, signs, actions, contacts, self.goals_of(goals, self.lapse_day + 4)),
            ),
        )
        previous = None
        for index, snapshot in reviews:
            changes = "\n".join(diff_snapshots(previous, snapshot))
            plan.add_version(PlanVersion(_at(self.day(index), 17, 45), snapshot, changes))
            previous = snapshot
        return goals

    def goals_of(self, goals: list[WeeklyGoal], index: int) -> list[WeeklyGoal]:
        monday = week_start(self.day(index), "monday")
        return [goal for goal in goals if goal.week_start == monday]

    def add_goals(self) -> list[WeeklyGoal]:
        """Two to four goals a week, most done; now and then an unfinished one is carried into the next week."""
        rng, plan, words = self.rng, self.store.plan, self.words["plan"]
        week, this_week = week_start(self.start, "monday"), week_start(self.today, "monday")
        added: list[WeeklyGoal] = []
        carried: WeeklyGoal | None = None
        while week <= this_week:
            texts = rng.sample(words["goals"], rng.randint(2, 3))
            if rng.random() < 0.5:
                goal = words["group_goal"] if week <= self.program_end else words["aftercare_goal"]
                texts.insert(0, goal)
            goals = [WeeklyGoal(week, text) for text in texts if carried is None or text != carried.text]
            if carried is not None:
                goals.insert(0, WeeklyGoal(week, carried.text, carried_from_id=carried.id))
            carried = None
            for position, goal in enumerate(goals):
                goal.done = rng.random() < 0.75 if week < this_week else position == 0
                plan.add_goal(goal)
                added.append(goal)
                if not goal.done and week < this_week and carried is None and rng.random() < 0.5:
                    carried = goal
            week += timedelta(days=7)
        return added

    # --- sessions --------------------------------------------------------------------------------------------------

    def add_sessions(self) -> None:
        sessions, words = self.store.sessions, self.words["sessions"]
        skipped_meeting = self.next_weekday(self.lapse_day - 7, SAT)
        for index in range(DAYS):
            day, weekday = self.day(index), self.day(index).weekday()
            if self.has_group(index) and index != 40:
                note = words["group_after_lapse"] if index == self.lapse_day + 3 else ""
                sessions.add(TreatmentSession(_at(day, 18), SessionKind.GROUP, 3.0, words["group"], note))
            if index >= PROGRAM_DAYS and weekday == WED:
                sessions.add(TreatmentSession(_at(day, 18, 30), SessionKind.GROUP, 1.5, words["aftercare"]))
            if weekday == TUE:
                sessions.add(TreatmentSession(_at(day, 16, 30), SessionKind.INDIVIDUAL, 1.0, words["individual"]))
            if weekday == SAT and index != skipped_meeting:
                sessions.add(TreatmentSession(_at(day, 10), SessionKind.SUPPORT_GROUP, 1.5, words["support"]))
        family_day = _at(self.day(self.next_weekday(self.lapse_day + 10, WED)), 16)
        sessions.add(TreatmentSession(family_day, SessionKind.FAMILY, 1.0, words["family"], words["family_note"]))
