"""A deterministic ten-year heavy user, written through the app's own store so the benchmark data has the app's shapes.

At ``scale=1`` the journal holds about 3,650 entries (mean ~260 words, some over 3,000), 15,000 check-ins with moods
and cravings, 8,000 trigger links over 40 triggers, 2,000 coping uses, 1,500 reflections, 500 sessions and 30 lapses.
A smaller ``scale`` shrinks every count and the number of days alike, so a test can build a tiny one in a second.
Everything derives from the seed and ``today``, so the same arguments always give the same journal.
"""

from __future__ import annotations

import argparse
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from recoveryjournal.domain.coping_models import CopingUse
from recoveryjournal.domain.measure_models import DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measures import score, shipped_instruments
from recoveryjournal.domain.models import CheckIn, EntryKind, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan_models import PlanSection, SupportContact
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.opening import open_journal
from recoveryjournal.store.store import Store

YEARS = 10
SEED = 20360101
TRIGGER_TOTAL = 40
MAIN = "Alcohol"
# A phrase written in only three entries, and a word written in most: the two searches the benchmark times.
RARE_PHRASE = "heron by the reservoir"
COMMON_WORD = "craving"

FULL = {
    "entries": 3650,
    "checkins": 15000,
    "trigger_links": 8000,
    "coping_uses": 2000,
    "reflections": 1500,
    "sessions": 500,
    "lapses": 30,
}

COMMON_TEXT = (
    "the and a to i it was of in my that for but with at on so me not just felt about craving had today this is be "
    "after when what went like all out up some day time work home again think still want night more really back "
    "then did group walk call sam tired long morning evening friday week people tea sleep talked better good hard "
    "okay quiet kept maya sponsor meeting drink beer bar stress boss anxious calm hopeful grateful angry lonely "
    "bored restless plan coffee dinner lunch outside rain sun car drive store phone said told asked know feel "
    "feeling made make got get going go came come sat stood watched"
)
COMMON = tuple(COMMON_TEXT.split())
TAIL_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "fel", "gor", "hil", "jun", "mar")
TITLES = (
    "A steady day",
    "Friday again",
    "After group",
    "Hard evening",
    "Small wins",
    "Thinking about the weekend",
    "Work was a lot",
    "Good talk with Sam",
    "",
)
EMOTIONS = ("anxious", "lonely", "angry", "bored", "tired", "sad", "restless", "hopeful", "calm", "grateful", "content")
PLACES = ("home", "work", "car", "the gym", "Maya's", "downtown", "the park")
PEOPLE = ("alone", "Maya", "coworkers", "friends", "family", "Sam")
SESSION_KINDS = (SessionKind.GROUP, SessionKind.INDIVIDUAL, SessionKind.SUPPORT_GROUP, SessionKind.FAMILY)


@dataclass(frozen=True)
class Counts:
    days: int
    entries: int
    checkins: int
    trigger_links: int
    coping_uses: int
    reflections: int
    sessions: int
    lapses: int

    @classmethod
    def at(cls, scale: float) -> Counts:
        return cls(
            days=max(14, round(YEARS * 365.25 * scale)),
            **{name: max(3, round(count * scale)) for name, count in FULL.items()},
        )


def at_local(day: date, minutes: int) -> datetime:
    """``minutes`` after local midnight on ``day``, with that day's UTC offset, as the app stores times."""
    return datetime.combine(day, time(minutes // 60, minutes % 60)).astimezone()


class Writer:
    """Builds the journal day by day; ``rng`` is the only source of variety."""

    def __init__(self, store: Store, counts: Counts, today: date, rng: random.Random) -> None:
        self.store = store
        self.counts = counts
        self.rng = rng
        self.first = today - timedelta(days=counts.days - 1)
        self.today = today
        self.words = self._vocabulary()
        self.cum_weights = list(itertools.accumulate(1.0 / rank for rank in range(1, len(self.words) + 1)))

    def day(self, fraction: float) -> date:
        return self.first + timedelta(days=min(self.counts.days - 1, int(fraction * self.counts.days)))

    def spread(self, count: int) -> Iterator[tuple[int, date]]:
        """``count`` days spread evenly over the whole period, oldest first."""
        for index in range(count):
            yield index, self.day(index / count)

    # ------------------------------------------------------------------------------------------------ writing

    def build(self) -> None:
        self.triggers = self.add_triggers()
        self.actions = [action.id for action in self.store.coping.actions()]
        self.add_substances_and_plan()
        self.add_checkins()
        self.add_entries()
        self.add_coping_uses()
        self.add_reflections()
        self.add_sessions()
        self.add_lapses()
        self.add_measures()
        self.store.settings.set("program_start", self.first.isoformat())
        self.store.settings.set("program_end", (self.first + timedelta(days=84)).isoformat())
        self.store.settings.set("weekly_target_hours", 9)

    def add_triggers(self) -> list[int]:
        existing = [trigger.id for trigger in self.store.triggers.list(include_archived=True)]
        kinds = list(TriggerKind)
        for number in range(len(existing), TRIGGER_TOTAL):
            existing.append(self.store.triggers.add(Trigger(f"Own trigger {number + 1}", kinds[number % len(kinds)])))
        return existing[:TRIGGER_TOTAL]

    def add_substances_and_plan(self) -> None:
        self.store.sobriety.add(Substance(MAIN, self.today - timedelta(days=200), tracked_since=self.first))
        self.store.sobriety.add(Substance("Cannabis", self.first + timedelta(days=30), tracked_since=self.first))
        self.store.plan.set_items(PlanSection.TRIGGERS, ["Friday evenings", "Payday", "Arguments left unfinished"])
        self.store.plan.set_items(PlanSection.WARNING_SIGNS, ["Sleeping badly", "Skipping meetings", "Going quiet"])
        self.store.plan.set_action_ids(self.actions[:3])
        self.store.plan.add_contact(SupportContact("Sam R.", "Sponsor", "555-0142", "Any time a craving is big."))
        self.store.plan.add_contact(SupportContact("Priya", "Counselor", "555-0123", "Weekdays."))

    def add_checkins(self) -> None:
        counts, rng = self.counts, self.rng
        links = self._link_counts(counts.checkins, counts.trigger_links * 7 // 8)
        with_coping = set(rng.sample(range(counts.checkins), counts.coping_uses * 3 // 4))
        for index, day in self.spread(counts.checkins):
            fraction = index / counts.checkins
            craving = max(0, min(10, round(rng.gauss(6 - 4 * fraction, 2.2))))
            mood = max(1, min(5, round(rng.gauss(2.6 + 1.4 * fraction - craving / 10, 0.8))))
            action = rng.choice(self.actions) if index in with_coping else None
            self.store.checkins.add(
                CheckIn(
                    at=at_local(day, rng.randrange(6 * 60, 23 * 60)),
                    mood=mood,
                    emotions=rng.sample(EMOTIONS, rng.randint(0, 3)),
                    craving=craving,
                    substance=MAIN if craving else "",
                    trigger_ids=rng.sample(self.triggers, links[index]),
                    where=rng.choice(PLACES),
                    with_whom=rng.choice(PEOPLE),
                    note=self.text(rng.randint(0, 25)),
                    coping_action_id=action,
                    craving_after=max(0, craving - rng.randint(0, 4)) if action else None,
                )
            )

    def add_entries(self) -> None:
        counts, rng = self.counts, self.rng
        links = self._link_counts(counts.entries, counts.trigger_links - counts.trigger_links * 7 // 8)
        rare = set(rng.sample(range(counts.entries), 3))
        for index, day in self.spread(counts.entries):
            length = rng.randint(3000, 3600) if rng.random() < 0.01 else int(rng.lognormvariate(5.24, 0.6))
            body = self.text(length)
            if index in rare:
                body = f"{body}\n\nSaw a grey {RARE_PHRASE} on my walk and stood there until the craving passed."
            self.store.journal.add(
                JournalEntry(
                    created_at=at_local(day, rng.randrange(19 * 60, 23 * 60)),
                    title=rng.choice(TITLES),
                    body=body,
                    private=rng.random() < 0.05,
                    mood=rng.randint(1, 5),
                    trigger_ids=rng.sample(self.triggers, links[index]),
                    kind=EntryKind.SESSION_NOTE if rng.random() < 0.05 else EntryKind.ENTRY,
                )
            )

    def add_coping_uses(self) -> None:
        rng, count = self.rng, self.counts.coping_uses - self.counts.coping_uses * 3 // 4
        for _index, day in self.spread(count):
            before = rng.randint(3, 9)
            self.store.coping.add_use(
                CopingUse(rng.choice(self.actions), at_local(day, rng.randrange(8 * 60, 22 * 60)), before, before - 2)
            )

    def add_reflections(self) -> None:
        rng = self.rng
        kinds = (ReflectionKind.DAILY, ReflectionKind.PROMPT, ReflectionKind.GRATITUDE)
        for _index, day in self.spread(self.counts.reflections):
            kind = rng.choice(kinds)
            self.store.reflections.add(
                Reflection(
                    at=at_local(day, rng.randrange(20 * 60, 23 * 60)),
                    kind=kind,
                    prompt_id=kind.value,
                    prompt_text="How was today, in a sentence or two?",
                    answer=self.text(rng.randint(10, 80)),
                    rating=rng.randint(1, 10) if kind is ReflectionKind.DAILY else None,
                )
            )

    def add_sessions(self) -> None:
        rng = self.rng
        for _index, day in self.spread(self.counts.sessions):
            kind = rng.choice(SESSION_KINDS)
            self.store.sessions.add(
                TreatmentSession(at_local(day, 18 * 60), kind, 3.0 if kind is SessionKind.GROUP else 1.0, kind.label)
            )

    def add_lapses(self) -> None:
        last = self.counts.days - 201  # the last lapse is the day before the current run began
        for index in range(self.counts.lapses):
            offset = last if index == self.counts.lapses - 1 else int(index / self.counts.lapses * last)
            day = self.first + timedelta(days=offset)
            self.store.lapses.add(
                Lapse(at_local(day, 21 * 60), MAIN, "a few drinks", "After a hard week.", "Called Sam the next day.")
            )

    # -------------------------------------------------------------------------------------------------- text

    def add_measures(self) -> None:
        """Sleep and two medications every night, the weekly craving question and a fortnightly PHQ-9 and GAD-7."""
        repo = self.store.measures
        medications = [Medication("Naltrexone", "50 mg", "Every morning"), Medication("Thiamine", "100 mg")]
        for medication in medications:
            repo.add_medication(medication)
        instruments = {instrument.id: instrument for instrument in shipped_instruments()}
        for index in range(self.counts.days):
            day = self.first + timedelta(days=index)
            repo.set_sleep(SleepLog(day, round(self.rng.uniform(4.5, 8.5) * 2) / 2, self.rng.randint(1, 5)))
            repo.set_doses(
                day, {m.id: DoseStatus.MISSED if self.rng.random() < 0.08 else DoseStatus.TAKEN for m in medications}
            )
            for measure_id, every in (("craving", 7), ("phq9", 14), ("gad7", 14)):
                if index % every == 0:
                    instrument = instruments[measure_id]
                    answers = {item.id: self.rng.choice(item.values()) for item in instrument.items}
                    scored = score(instrument, answers)
                    repo.add_result(
                        MeasureResult(
                            measure_id,
                            at_local(day, 20 * 60),
                            answers,
                            scored.total,
                            scored.band.label if scored.band else "",
                            safety_items=list(scored.safety_items),
                            title=instrument.short_title,
                        )
                    )

    def _vocabulary(self) -> list[str]:
        rng = random.Random(SEED)
        tail = {"".join(rng.choice(TAIL_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(4000)} - set(
            COMMON
        )
        return [*COMMON, *sorted(tail)]

    def text(self, words: int) -> str:
        """``words`` words with a Zipf-like spread, in sentences and paragraphs."""
        if words <= 0:
            return ""
        chosen = self.rng.choices(self.words, cum_weights=self.cum_weights, k=words)
        sentences = [" ".join(chosen[start : start + 12]).capitalize() + "." for start in range(0, words, 12)]
        return "\n\n".join(" ".join(sentences[start : start + 6]) for start in range(0, len(sentences), 6))

    def _link_counts(self, owners: int, total: int) -> list[int]:
        """How many triggers each of ``owners`` records gets, adding up to ``total`` (at most three each)."""
        counts = [0] * owners
        slots = [index for index in range(owners) for _ in range(3)]
        for index in self.rng.sample(slots, min(total, len(slots))):
            counts[index] += 1
        return counts


def generate(folder: Path, scale: float = 1.0, today: date | None = None, seed: int = SEED) -> Counts:
    """Write the heavy user's journal into the new folder ``folder``; returns the counts it was built with."""
    counts = Counts.at(scale)
    store = open_journal(folder)
    try:
        with store.db.atomic():
            Writer(store, counts, today or date.today(), random.Random(seed)).build()
    finally:
        store.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a ten-year heavy user's journal into a new data folder.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the ten-year size (default 1)")
    args = parser.parse_args(argv)
    counts = generate(args.folder, args.scale)
    print(f"Wrote {counts} to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
