"""The flags on page one of the therapist summary: what a clinician should not miss, each with a one-line why.

Each flag comes from one small function over plain data, so a test can build data that raises it and data that does
not. Flags from other parts of the app (a measure in a worse band, a safety answer) arrive ready-made as ``Flag``s in
``SummaryData.extra_flags`` and are shown with the rest, in ``FLAG_ORDER``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from statistics import fmean

from recoveryjournal.domain import dates
from recoveryjournal.domain.attendance import WeekAttendance
from recoveryjournal.domain.numbers import decimals, short
from recoveryjournal.domain.patterns import CheckInFact, Period
from recoveryjournal.i18n import translatable, translate


class FlagKind(StrEnum):
    LAPSE = "lapse"
    SAFETY = "safety"
    MEASURE = "measure"
    CRAVING = "craving"
    TREND = "trend"
    ATTENDANCE = "attendance"
    GAPS = "gaps"


FLAG_ORDER = tuple(FlagKind)


@dataclass(frozen=True)
class Flag:
    """One thing to look at: a short title, why it is flagged (one line), and the dated details behind it."""

    kind: FlagKind
    title: str
    why: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class LapseFact:
    """A lapse without the person's words: only when and what (the account is shared only when ticked)."""

    day: date
    substance: str


LAPSE_WHY = translatable("Brief", "What led up to it and what helped afterwards are worth talking through.")
WEEK_DAYS_IN_PERIOD = 4
"""A week is judged with the period when most of it (four days or more) falls inside."""
GAP_DAYS = 3
"""Days in a row without a check-in that make a gap worth asking about."""
TREND_MIN_DAYS = 3
"""Days with a check-in each half of the period needs before halves are compared."""
MOOD_WORSE = 0.5
CRAVING_WORSE = 1.0


def day_words(day: date) -> str:
    return dates.day_month(day)


def span_words(first: date, last: date) -> str:
    return day_words(first) if first == last else f"{day_words(first)} – {day_words(last)}"


def lapse_flag(lapses: Sequence[LapseFact]) -> Flag | None:
    if not lapses:
        return None
    details = tuple(f"{day_words(lapse.day)} — {lapse.substance}" for lapse in lapses)
    if len(lapses) == 1:
        title = translate("Brief", "Lapse on {day_and_substance}").format(day_and_substance=details[0])
        return Flag(FlagKind.LAPSE, title, translate("Brief", LAPSE_WHY))
    return Flag(
        FlagKind.LAPSE, translate("Brief", "%n lapse(s)", None, len(lapses)), translate("Brief", LAPSE_WHY), details
    )


def craving_flag(checkins: Iterable[CheckInFact], threshold: int) -> Flag | None:
    """Days whose highest craving reached the person's own threshold (the one that opens "Need help now")."""
    highest: dict[date, int] = {}
    for fact in checkins:
        if fact.craving is not None and fact.craving >= threshold:
            day = fact.at.date()
            highest[day] = max(highest.get(day, 0), fact.craving)
    if not highest:
        return None
    days = sorted(highest)
    return Flag(
        FlagKind.CRAVING,
        translate("Brief", "%n day(s) with a craving of {threshold} or more", None, len(days)).format(
            threshold=threshold
        ),
        translate("Brief", "{threshold} out of 10 is my own threshold for reaching out (set in my plan).").format(
            threshold=threshold
        ),
        tuple(f"{day_words(day)}: {highest[day]}" for day in days),
    )


def attendance_flag(weeks: Iterable[WeekAttendance], period: Period, today: date) -> Flag | None:
    """Finished weeks, mostly inside the period and while in the program, with fewer hours than the program asks."""

    def days_inside(week: WeekAttendance) -> int:
        return sum(period.contains(week.week_start + timedelta(days=offset)) for offset in range(7))

    short_weeks = [
        week
        for week in sorted(weeks, key=lambda week: week.week_start)
        if week.in_program
        and not week.on_target
        and week.week_start + timedelta(days=6) < today
        and days_inside(week) >= WEEK_DAYS_IN_PERIOD
    ]
    if not short_weeks:
        return None
    return Flag(
        FlagKind.ATTENDANCE,
        translate("Brief", "%n week(s) under the program's hours", None, len(short_weeks)),
        translate(
            "Brief", "Only weeks inside the program's dates count; after it ends my aftercare aim applies instead."
        ),
        tuple(
            translate("Brief", "Week of {day}: {hours} of {target} hours").format(
                day=day_words(week.week_start), hours=short(week.hours_in_program), target=short(week.target_hours)
            )
            for week in short_weeks
        ),
    )


def missing_days(checkins: Iterable[CheckInFact], period: Period, today: date) -> list[date]:
    """Days of the period, up to yesterday, without a check-in (today is not over yet)."""
    logged = {fact.at.date() for fact in checkins}
    last = min(period.end, today - timedelta(days=1))
    return [day for day in period.each_day() if day <= last and day not in logged]


def _runs(days: list[date]) -> list[tuple[date, date]]:
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def gaps_flag(checkins: Iterable[CheckInFact], period: Period, today: date) -> Flag | None:
    """Raised when check-ins stopped for ``GAP_DAYS`` days in a row or more."""
    missing = missing_days(checkins, period, today)
    long_runs = [run for run in _runs(missing) if (run[1] - run[0]).days + 1 >= GAP_DAYS]
    if not long_runs:
        return None
    longest = max((last - first).days + 1 for first, last in long_runs)
    return Flag(
        FlagKind.GAPS,
        translate("Brief", "%n day(s) without a check-in (longest gap {longest})", None, len(missing)).format(
            longest=translate("Brief", "%n day(s)", None, longest)
        ),
        translate("Brief", "A quiet stretch can be a busy time or a hard one; worth asking which."),
        tuple(
            f"{span_words(first, last)} ({translate('Brief', '%n day(s)', None, (last - first).days + 1)})"
            for first, last in long_runs
        ),
    )


def _half_means(checkins: Sequence[CheckInFact], first: Period, second: Period, attribute: str):
    halves = []
    for half in (first, second):
        values = [
            (fact.at.date(), getattr(fact, attribute))
            for fact in checkins
            if half.contains(fact.at.date()) and getattr(fact, attribute) is not None
        ]
        if len({day for day, _ in values}) < TREND_MIN_DAYS:
            return None
        halves.append((fmean(value for _, value in values), len({day for day, _ in values})))
    return halves


def trend_flag(checkins: Sequence[CheckInFact], period: Period, today: date) -> Flag | None:
    """Mood lower (by ``MOOD_WORSE``) or craving higher (by ``CRAVING_WORSE``) in the second half of the period
    than the first, each half with check-ins on at least ``TREND_MIN_DAYS`` days."""
    end = min(period.end, today)
    if end < period.start + timedelta(days=2 * TREND_MIN_DAYS - 1):
        return None
    middle = period.start + timedelta(days=((end - period.start).days + 1) // 2 - 1)
    first, second = Period(period.start, middle), Period(middle + timedelta(days=1), end)
    details = []
    mood = _half_means(checkins, first, second, "mood")
    if mood and mood[0][0] - mood[1][0] >= MOOD_WORSE:
        details.append(
            translate("Brief", "Mood averaged {first} over {first_days} and {second} over {second_days} (1–5)").format(
                first=decimals(mood[0][0]),
                first_days=span_words(first.start, first.end),
                second=decimals(mood[1][0]),
                second_days=span_words(second.start, second.end),
            )
        )
    craving = _half_means(checkins, first, second, "craving")
    if craving and craving[1][0] - craving[0][0] >= CRAVING_WORSE:
        details.append(
            translate(
                "Brief", "Craving averaged {first} over {first_days} and {second} over {second_days} (0–10)"
            ).format(
                first=decimals(craving[0][0]),
                first_days=span_words(first.start, first.end),
                second=decimals(craving[1][0]),
                second_days=span_words(second.start, second.end),
            )
        )
    if not details:
        return None
    if len(details) == 2:
        title = translate("Brief", "Mood lower and craving higher in the second half of the period")
    elif mood and mood[0][0] - mood[1][0] >= MOOD_WORSE:
        title = translate("Brief", "Mood lower in the second half of the period")
    else:
        title = translate("Brief", "Craving higher in the second half of the period")
    return Flag(
        FlagKind.TREND,
        title,
        translate("Brief", "A change that lasts half the period is more than one bad day."),
        tuple(details),
    )


def ordered(flags: Iterable[Flag | None]) -> list[Flag]:
    """The raised flags, most urgent kind first (lapses and safety answers at the top)."""
    return sorted((flag for flag in flags if flag is not None), key=lambda flag: FLAG_ORDER.index(flag.kind))
