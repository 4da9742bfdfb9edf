"""Generated journals for the findings tests: pure noise, or noise with effects planted at known sizes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain import findings as f
from recoveryjournal.domain import patterns as p
from recoveryjournal.domain.measure_models import SleepLog

TZ = timezone(timedelta(hours=-5))
END = date(2026, 11, 29)  # a Sunday
TRIGGERS = {
    1: p.TriggerInfo(1, "Work pressure", "emotional"),
    2: p.TriggerInfo(2, "Loneliness", "emotional"),
    3: p.TriggerInfo(3, "Payday", "risk"),
    4: p.TriggerInfo(4, "Old friends", "social"),
    5: p.TriggerInfo(5, "Bar on the way home", "environmental"),
    6: p.TriggerInfo(6, "Poor sleep", "risk"),
}
COPING = {1: "Call my sponsor", 2: "Go for a walk", 3: "Urge surfing", 4: "Cold water on my face"}


@dataclass
class Plant:
    """Effects to plant, in points; zero everywhere is pure noise."""

    trigger: float = 0.0
    """Craving added on check-ins where trigger 1 ("Work pressure") is ticked."""
    friday: float = 0.0
    """Craving added on Friday check-ins."""
    coping: float = 0.0
    """Extra craving drop after coping action 1 ("Call my sponsor")."""
    short_sleep: float = 0.0
    """Craving added on the day after a night under six hours."""


@dataclass
class Journal:
    data: p.PatternData
    sleep: list[SleepLog] = field(default_factory=list)
    scores: list[f.MeasureScore] = field(default_factory=list)

    def find(self) -> f.Report:
        return f.find(self.data, self.sleep, self.scores)


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def journal(seed: int, plant: Plant | None = None, days: int = 90) -> Journal:
    """A person who checks in one to three times a day at any waking hour, with six triggers, four coping tools,
    three treatment sessions a week, nightly sleep and a questionnaire every two weeks."""
    plant = plant or Plant()
    rng = random.Random(seed)
    period = p.Period(END - timedelta(days=days - 1), END)
    checkins, coping, sessions, sleep = [], [], [], []
    for day in period.each_day():
        hours = rng.gauss(7.0, 1.3)
        sleep.append(SleepLog(day, round(hours, 1)))
        if day.weekday() in (0, 2, 4):
            sessions.append(datetime(day.year, day.month, day.day, 18, tzinfo=TZ))
        for _ in range(rng.randint(1, 3)):
            at = datetime(day.year, day.month, day.day, rng.randint(7, 23), rng.randint(0, 59), tzinfo=TZ)
            triggers = tuple(tid for tid in TRIGGERS if rng.random() < (0.3 if tid == 1 else 0.06 + 0.03 * tid))
            craving = rng.gauss(3.5, 2.0)
            if 1 in triggers:
                craving += plant.trigger
            if at.weekday() == 4:
                craving += plant.friday
            if hours < 6:
                craving += plant.short_sleep
            checkin = p.CheckInFact(
                len(checkins) + 1, at, _clamp(rng.gauss(3.2, 1.0), 1, 5), _clamp(craving, 0, 10), triggers
            )
            checkins.append(checkin)
            if rng.random() < (0.6 if checkin.craving >= 4 else 0.15):
                action = rng.randint(1, 4)
                drop = rng.gauss(1.5, 1.5) + (plant.coping if action == 1 else 0.0)
                coping.append(
                    p.CopingFact(action, at, checkin.craving, _clamp(checkin.craving - drop, 0, 10), checkin.id)
                )
    scores = [
        f.MeasureScore("phq9", "PHQ-9", day, float(_clamp(rng.gauss(9, 3), 0, 27)), meaningful=3.0)
        for day in period.each_day()[::14]
    ]
    data = p.PatternData(
        period=period, triggers=TRIGGERS, checkins=checkins, coping=coping, coping_names=COPING, sessions=sessions
    )
    return Journal(data, sleep, scores)


def clustered_journal(seed: int, days: int = 90) -> p.PatternData:
    """Noise as real days bring it: each day has its own ups and downs shared by its check-ins, and a trigger that
    shows up on a day is often ticked on several of that day's check-ins — still nothing goes with anything."""
    rng = random.Random(seed)
    period = p.Period(END - timedelta(days=days - 1), END)
    checkins = []
    for day in period.each_day():
        craving_shift, mood_shift = rng.gauss(0, 1.5), rng.gauss(0, 0.6)
        today = {tid for tid in TRIGGERS if rng.random() < 0.15}
        for _ in range(rng.randint(1, 3)):
            at = datetime(day.year, day.month, day.day, rng.randint(7, 23), rng.randint(0, 59), tzinfo=TZ)
            triggers = tuple(tid for tid in TRIGGERS if tid in today and rng.random() < 0.8)
            mood = _clamp(rng.gauss(3.2, 0.8) + mood_shift, 1, 5)
            checkins.append(
                p.CheckInFact(len(checkins) + 1, at, mood, _clamp(rng.gauss(3.5, 1.2) + craving_shift, 0, 10), triggers)
            )
    return p.PatternData(period=period, triggers=TRIGGERS, checkins=checkins)
