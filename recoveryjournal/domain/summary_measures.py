"""The therapist summary's "Questionnaires, sleep and medication" part, built from plain records for the period.

Kept apart from ``domain/summary.py`` so the summary's own structure can change without touching it: the summary
calls ``measures_section`` once and carries the result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from recoveryjournal.domain.brief import Flag, FlagKind, day_words
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.measure_models import DoseLog, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measure_trends import (
    Adherence,
    MeasureTrend,
    SleepStats,
    adherence,
    measure_trends,
    sleep_stats,
)
from recoveryjournal.i18n import translatable, translate


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


SAFETY_WHY = translatable(
    "Summary",
    "A question that asks about safety (on the PHQ-9, question 9) was answered above “Not at all”. The answer is kept "
    "as given; worth asking about.",
)
MEASURE_WHY = translatable(
    "Summary", "From the first to the last result of the period; a number to talk over, not a diagnosis."
)


def measure_changes(results: Iterable[MeasureResult], since: date, end: date) -> list[str]:
    """Lines for "Since my last summary": each questionnaire taken from ``since`` to ``end``, its latest score and
    band, against the last result before ``since`` (what the previous summary could show) or as the first one."""
    by_measure: dict[str, list[MeasureResult]] = {}
    for result in sorted(results, key=lambda each: each.at):
        if local_day(result.at) <= end:
            by_measure.setdefault(result.measure_id, []).append(result)
    lines = []
    for measure_id, found in by_measure.items():
        after = [result for result in found if local_day(result.at) >= since]
        if not after:
            continue
        latest, before = after[-1], [result for result in found if local_day(result.at) < since]
        line = translate("Summary", "{questionnaire}: {total} ({band}) on {day}").format(
            questionnaire=latest.title or measure_id,
            total=latest.total,
            band=latest.band,
            day=day_words(local_day(latest.at)),
        )
        if before:
            earlier = translate("Summary", "before: {total} ({band}) on {day}").format(
                total=before[-1].total, band=before[-1].band, day=day_words(local_day(before[-1].at))
            )
        else:
            earlier = translate("Summary", "the first time")
        lines.append(f"{line}; {earlier}")
    return lines


def measure_flags(section: MeasuresSection) -> list[Flag]:
    """For page one: any answer that called for the safety response, and each questionnaire whose last result of
    the period sits in a higher band than its first."""
    flags = []
    if section.flagged:
        details = tuple(f"{day_words(at.date())} — {title}" for title, at in section.flagged)
        title = (
            translate("Summary", "An answer that called for support")
            if len(details) == 1
            else translate("Summary", "{count} answers that called for support").format(count=len(details))
        )
        flags.append(Flag(FlagKind.SAFETY, title, translate("Summary", SAFETY_WHY), details))
    for trend in section.trends:
        first, last = trend.first, trend.last
        if len(trend.points) > 1 and last.total > first.total and last.band != first.band:
            flags.append(
                Flag(
                    FlagKind.MEASURE,
                    translate("Summary", "{questionnaire} up from “{first}” to “{last}”").format(
                        questionnaire=trend.title, first=first.band, last=last.band
                    ),
                    translate("Summary", MEASURE_WHY),
                    (f"{day_words(first.at.date())}: {first.total} → {day_words(last.at.date())}: {last.total}",),
                )
            )
    return flags
