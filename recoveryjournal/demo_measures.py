"""The demo person's questionnaires, sleep and medication: twelve weeks through the lapse and out the other side.

The story the charts show: sleep slides in the week before the lapse (two short nights running — the first warning
sign in their own plan), naltrexone doses are missed around it, PHQ-9 and GAD-7 rise into the moderate band and then
fall back as sleep and doses recover, and the weekly craving question follows the same arc. The PHQ-9 two days after
the lapse has question 9 answered "Several days", so the summary's flag shows too. Its own random generator keeps the
rest of the demo exactly as it was.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time

from recoveryjournal.domain.measure_models import DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measures import Instrument, score, shipped_instruments
from recoveryjournal.store.store import Store

FIRST_DAY = 36  # day index of the demo's 120 when tracking began: twelve weeks before the end
SEED = 16


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def answers_for(instrument: Instrument, total: int, fixed: dict[str, int]) -> dict[str, int]:
    """Answers that add up to ``total``, spread over the scored items from the first, with ``fixed`` ones kept."""
    answers = {item.id: min(item.values()) for item in instrument.items} | fixed
    left = total - score(instrument, answers).total
    for item in instrument.scored_items:
        if item.id in fixed:
            continue
        step = max(0, min(left, max(item.values()) - answers[item.id]))
        answers[item.id] += step
        left -= step
    return answers


def add_demo_measures(store: Store, day: Callable[[int], date], lapse_day: int, last_day: int) -> None:
    rng = random.Random(SEED)
    instruments = {instrument.id: instrument for instrument in shipped_instruments()}
    repo = store.measures
    naltrexone = Medication("Naltrexone", "50 mg", "Every morning")
    thiamine = Medication("Thiamine (vitamin B1)", "100 mg", "Every morning")
    repo.add_medication(naltrexone)
    repo.add_medication(thiamine)

    def strain(index: int) -> float:
        """0 calm … 1 hardest: building in the ten days before the lapse, easing over the three weeks after."""
        since = index - lapse_day
        if -10 <= since <= 0:
            return (since + 10) / 10
        if 0 < since <= 21:
            return 1 - since / 21
        return 0.0

    for index in range(FIRST_DAY, last_day + 1):
        on, hard = day(index), strain(index)
        progress = (index - FIRST_DAY) / (last_day - FIRST_DAY)
        hours = 6.6 + 0.8 * progress - 1.6 * hard + rng.uniform(-0.5, 0.5)
        if index in (lapse_day - 2, lapse_day - 1):
            hours = 4.5 + rng.uniform(0, 0.5)  # "sleeping badly two nights running"
        quality = max(1, min(5, round(3 + 1.2 * progress - 2 * hard + rng.uniform(-0.6, 0.6))))
        repo.set_sleep(SleepLog(on, round(hours * 2) / 2, quality))
        missed = index in range(lapse_day - 3, lapse_day + 2) or rng.random() < 0.04
        repo.set_doses(
            on,
            {
                naltrexone.id: DoseStatus.MISSED if missed else DoseStatus.TAKEN,
                thiamine.id: DoseStatus.MISSED if missed and rng.random() < 0.7 else DoseStatus.TAKEN,
            },
        )

    def take(instrument_id: str, index: int, total: int, fixed: dict[str, int] | None = None) -> None:
        instrument = instruments[instrument_id]
        answers = answers_for(instrument, total, fixed or {})
        scored = score(instrument, answers)
        repo.add_result(
            MeasureResult(
                instrument_id,
                _at(day(index), 20, 30),
                answers,
                scored.total,
                scored.band.label if scored.band else "",
                scored.subscales,
                list(scored.safety_items),
                instrument.short_title,
                instrument.source,
            )
        )

    for index in range(last_day - 3, FIRST_DAY - 1, -7):  # weekly, the last one three days ago
        hard = strain(index)
        progress = (index - FIRST_DAY) / (last_day - FIRST_DAY)
        take("craving", index, max(0, min(6, round(2.6 - 1.4 * progress + 3.2 * hard))))
    for index in range(last_day - 13, FIRST_DAY - 1, -14):  # fortnightly, due again today
        hard = strain(index)
        after_lapse = 0 < index - lapse_day <= 3
        progress = (index - FIRST_DAY) / (last_day - FIRST_DAY)
        phq9 = round(7 - 4 * progress + 8 * hard + rng.uniform(-1, 1))
        gad7 = round(6 - 3 * progress + 7 * hard + rng.uniform(-1, 1))
        take("phq9", index, max(0, phq9), {"9": 1} if after_lapse else {"9": 0})
        take("gad7", index, max(0, gad7))
    if not any(0 < index - lapse_day <= 3 for index in range(last_day - 13, FIRST_DAY - 1, -14)):
        take("phq9", lapse_day + 2, 13, {"9": 1})  # the check-in with the therapist two days after the lapse
