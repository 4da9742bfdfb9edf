"""The therapist summary's "Questionnaires, sleep and medication" part, built from plain records for the period.

Kept apart from ``domain/summary.py`` so the summary's own structure can change without touching it: the summary
calls ``measures_section`` once and carries the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from recoveryjournal.domain.measure_models import DoseLog, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measure_trends import (
    Adherence,
    MeasureTrend,
    SleepStats,
    adherence,
    measure_trends,
    sleep_stats,
)


@dataclass
class MeasuresData:
    """What the section may draw on; the store loads it for the period."""

    results: list[MeasureResult] = field(default_factory=list)
    sleep: list[SleepLog] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    doses: list[DoseLog] = field(default_factory=list)


@dataclass(frozen=True)
class MeasuresSection:
    trends: list[MeasureTrend]
    sleep: SleepStats
    adherence: list[Adherence]

    @property
    def flagged(self) -> list[tuple[str, datetime]]:
        """Results with an answer that called for the safety response: (questionnaire, when)."""
        return [(trend.title, point.at) for trend in self.trends for point in trend.points if point.safety]

    @property
    def is_empty(self) -> bool:
        return not self.trends and not self.sleep.nights and not self.adherence


def measures_section(data: MeasuresData, start: date, end: date) -> MeasuresSection:
    return MeasuresSection(
        trends=measure_trends(data.results, start, end),
        sleep=sleep_stats(data.sleep, start, end),
        adherence=adherence(data.medications, data.doses, start, end),
    )
