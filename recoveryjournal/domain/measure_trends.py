"""The numbers behind measures, sleep and medication: one definition each, shared by Insights, Today, the
therapist summary and the tests. Pure functions over plain records and a period of whole days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from statistics import fmean

from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.measure_models import DoseLog, DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measures import Instrument
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.patterns import DailySeries, Period, Readiness, Table, as_table
from recoveryjournal.i18n import translate

SHORT_NIGHT_HOURS = 6.0


@dataclass(frozen=True)
class ScorePoint:
    at: datetime
    total: int
    band: str
    safety: bool


@dataclass(frozen=True)
class MeasureTrend:
    """One measure's results in a period, oldest first, and the change from the first to the last."""

    measure_id: str
    title: str
    points: tuple[ScorePoint, ...]

    @property
    def first(self) -> ScorePoint:
        return self.points[0]

    @property
    def last(self) -> ScorePoint:
        return self.points[-1]

    @property
    def change(self) -> int | None:
        """Last minus first; ``None`` with a single result."""
        return self.last.total - self.first.total if len(self.points) > 1 else None

    @property
    def safety_count(self) -> int:
        return sum(point.safety for point in self.points)


def measure_trends(results: Iterable[MeasureResult], first: date, last: date) -> list[MeasureTrend]:
    """Per measure (in order of its first result), the results whose local day falls in ``first``–``last``."""
    grouped: dict[str, list[MeasureResult]] = {}
    for result in sorted(results, key=lambda each: each.at):
        if first <= local_day(result.at) <= last:
            grouped.setdefault(result.measure_id, []).append(result)
    return [
        MeasureTrend(
            measure_id,
            found[-1].title or measure_id,
            tuple(ScorePoint(r.at, r.total, r.band, bool(r.safety_items)) for r in found),
        )
        for measure_id, found in grouped.items()
    ]


def change_since_last(results: Iterable[MeasureResult], current: MeasureResult) -> int | None:
    """How the score moved since the previous result of the same measure (``None`` the first time)."""
    before = [
        each
        for each in results
        if each.measure_id == current.measure_id and each.at < current.at and each.id != current.id
    ]
    if not before:
        return None
    return current.total - max(before, key=lambda each: each.at).total


@dataclass(frozen=True)
class SleepStats:
    nights: int
    mean_hours: float | None
    short_nights: int
    """Nights under ``SHORT_NIGHT_HOURS`` hours."""
    mean_quality: float | None


def sleep_stats(logs: Iterable[SleepLog], first: date, last: date) -> SleepStats:
    inside = [log for log in logs if first <= log.day <= last]
    hours = [log.hours for log in inside if log.hours is not None]
    quality = [log.quality for log in inside if log.quality is not None]
    return SleepStats(
        nights=len(inside),
        mean_hours=fmean(hours) if hours else None,
        short_nights=sum(value < SHORT_NIGHT_HOURS for value in hours),
        mean_quality=fmean(quality) if quality else None,
    )


@dataclass(frozen=True)
class Adherence:
    medication: str
    moud: bool
    taken: int
    missed: int
    not_due: int

    @property
    def rate(self) -> float | None:
        """Taken out of the days it was due (taken or missed); days marked not due do not count."""
        due = self.taken + self.missed
        return self.taken / due if due else None


def adherence(medications: Iterable[Medication], doses: Iterable[DoseLog], first: date, last: date) -> list[Adherence]:
    """Per medication on the list, the days it was taken, missed or not due in the period."""
    counts: dict[int, dict[DoseStatus, int]] = {}
    for dose in doses:
        if first <= dose.day <= last:
            per = counts.setdefault(dose.medication_id, dict.fromkeys(DoseStatus, 0))
            per[dose.status] += 1
    rows = []
    for medication in medications:
        per = counts.get(medication.id or 0)
        if per is None:
            continue
        rows.append(
            Adherence(
                medication.name, medication.moud, per[DoseStatus.TAKEN], per[DoseStatus.MISSED], per[DoseStatus.NOT_DUE]
            )
        )
    return rows


def daily_adherence(doses: Iterable[DoseLog], days: list[date]) -> list[float | None]:
    """Per day, the share of due doses that were taken (``None`` when nothing was due or noted)."""
    taken: dict[date, int] = {}
    due: dict[date, int] = {}
    for dose in doses:
        if dose.status is DoseStatus.NOT_DUE:
            continue
        due[dose.day] = due.get(dose.day, 0) + 1
        taken[dose.day] = taken.get(dose.day, 0) + (dose.status is DoseStatus.TAKEN)
    return [taken[day] / due[day] if due.get(day) else None for day in days]


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)}%"


# --- what the Insights views draw ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BandSpan:
    low: int
    high: int
    label: str


@dataclass(frozen=True)
class MeasureChart:
    trend: MeasureTrend
    bands: tuple[BandSpan, ...]
    max_score: int


@dataclass(frozen=True)
class MeasureCharts:
    period: Period
    charts: list[MeasureChart]
    readiness: Readiness
    first_day: str = "monday"
    """The person's first day of the week, where the date axis puts its weekly ticks (``domain.weeks``)."""


def measure_charts(
    results: Iterable[MeasureResult], instruments: Iterable[Instrument], period: Period, first_day: str = "monday"
) -> MeasureCharts:
    """A chart per questionnaire taken in the period, with its bands (results of a removed clinic file are left out)."""
    known = {instrument.id: instrument for instrument in instruments}
    charts = [
        MeasureChart(
            trend,
            tuple(BandSpan(band.min, band.max, band.label) for band in known[trend.measure_id].bands),
            known[trend.measure_id].max_score,
        )
        for trend in measure_trends(results, period.start, period.end)
        if trend.measure_id in known
    ]
    hint = translate("Charts", "Take a questionnaire from Today or the Measures page to see your scores over time.")
    return MeasureCharts(period, charts, Readiness(True) if charts else Readiness(False, hint), first_day)


@dataclass(frozen=True)
class CareSeries:
    """Per day of the period: mood and craving (as in "How I've been"), sleep, and the share of due doses taken."""

    period: Period
    days: list[date]
    mood: list[float | None]
    craving: list[float | None]
    sleep_hours: list[float | None]
    sleep_quality: list[int | None]
    adherence: list[float | None]
    sleep: SleepStats
    medications: list[Adherence]
    readiness: Readiness
    first_day: str = "monday"


def care_series(
    daily: DailySeries, sleep: Iterable[SleepLog], medications: Iterable[Medication], doses: Iterable[DoseLog]
) -> CareSeries:
    period = daily.period
    logs = {log.day: log for log in sleep if period.contains(log.day)}
    doses = [dose for dose in doses if period.contains(dose.day)]
    stats = sleep_stats(logs.values(), period.start, period.end)
    rows = adherence(medications, doses, period.start, period.end)
    hint = translate(
        "Charts", "Note your sleep or your medications in a few check-ins to see them beside your mood and craving."
    )
    enough = stats.nights >= 3 or sum(row.taken + row.missed for row in rows) >= 3
    return CareSeries(
        period=period,
        days=daily.days,
        mood=daily.mood,
        craving=daily.craving,
        sleep_hours=[logs[day].hours if day in logs else None for day in daily.days],
        sleep_quality=[logs[day].quality if day in logs else None for day in daily.days],
        adherence=daily_adherence(doses, daily.days),
        sleep=stats,
        medications=rows,
        readiness=Readiness(True) if enough else Readiness(False, hint),
        first_day=daily.first_day,
    )


@as_table.register
def _(result: MeasureCharts) -> Table:
    return Table(
        (
            translate("Charts", "Questionnaire"),
            translate("Charts", "When"),
            translate("Charts", "Score"),
            translate("Charts", "Band"),
            translate("Charts", "Safety"),
        ),
        [
            (
                chart.trend.title,
                f"{point.at:%Y-%m-%d}",
                translate("Charts", "{score} of {most}").format(score=point.total, most=chart.max_score),
                point.band,
                translate("Charts", "answer called for support") if point.safety else "",
            )
            for chart in result.charts
            for point in chart.trend.points
        ],
    )


@as_table.register
def _(result: CareSeries) -> Table:
    def text(value: float | None, digits: int = 1) -> str:
        return "" if value is None else decimals(value, digits)

    return Table(
        (
            translate("Charts", "Day"),
            translate("Charts", "Mood"),
            translate("Charts", "Craving"),
            translate("Charts", "Sleep (hours)"),
            translate("Charts", "Sleep quality"),
            translate("Charts", "Medication taken"),
        ),
        [
            (
                day.isoformat(),
                text(result.mood[i]),
                text(result.craving[i]),
                text(result.sleep_hours[i]),
                "" if result.sleep_quality[i] is None else str(result.sleep_quality[i]),
                percent(result.adherence[i]) if result.adherence[i] is not None else "",
            )
            for i, day in enumerate(result.days)
        ],
    )
