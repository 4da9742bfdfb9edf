"""Pattern analysis behind the Insights views and the therapist summary.

Plain data in, plain data out: the store hands over lean "fact" rows for a period (one per check-in, entry, coping
use, …) and each function here computes one view in a single pass. Days and hours are the person's own: a check-in's
local day and hour come from the UTC offset stored with it, never from UTC. Nothing here reads the clock.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import singledispatch

from recoveryjournal.domain import dates
from recoveryjournal.domain.models import TriggerKind
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.weeks import day_of_week, week_start, weekday_order
from recoveryjournal.i18n import translate

ROLLING_DAYS = 7


# ---------------------------------------------------------------------------------------------------------- periods


class PeriodPreset(StrEnum):
    WEEK = "7d"
    MONTH = "30d"
    QUARTER = "90d"
    YEAR = "year"
    EVERYTHING = "all"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        return {
            "7d": translate("Charts", "Last 7 days"),
            "30d": translate("Charts", "Last 30 days"),
            "90d": translate("Charts", "Last 90 days"),
            "year": translate("Charts", "Last year"),
            "all": translate("Charts", "Everything"),
            "custom": translate("Charts", "Custom range"),
        }[self.value]


PRESET_DAYS = {PeriodPreset.WEEK: 7, PeriodPreset.MONTH: 30, PeriodPreset.QUARTER: 90, PeriodPreset.YEAR: 365}


@dataclass(frozen=True)
class Period:
    """A run of whole local days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"A period cannot end ({self.end}) before it starts ({self.start}).")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def each_day(self) -> list[date]:
        return [self.start + timedelta(days=offset) for offset in range(self.days)]

    def describe(self) -> str:
        return dates.date_range(self.start, self.end)


def preset_period(preset: PeriodPreset | str, today: date, first_day: date | None = None) -> Period:
    """The period a preset means on ``today``; "everything" starts at ``first_day`` (the first thing logged)."""
    preset = PeriodPreset(preset)
    if preset in PRESET_DAYS:
        return Period(today - timedelta(days=PRESET_DAYS[preset] - 1), today)
    if preset is PeriodPreset.EVERYTHING:
        return Period(min(first_day or today, today), today)
    raise ValueError("A custom period needs its own start and end: use Period(start, end).")


def previous_label(period: Period) -> str:
    """How the chart names the comparison period, e.g. "the 30 days before"."""
    if period.days == 1:
        return translate("Patterns", "the day before")
    return translate("Patterns", "the %n days before", None, period.days)


MIN_COVERAGE_SHARE = 0.5
MIN_COVERAGE_DAYS = 3


def enough_coverage(days_with_data: int | None, period_days: int) -> bool:
    """Whether a period logged on enough days to compare against: half its days, and at least three. ``None``
    (coverage not measured, as in hand-built facts) compares."""
    if days_with_data is None:
        return True
    return days_with_data >= max(MIN_COVERAGE_DAYS, math.ceil(period_days * MIN_COVERAGE_SHARE))


def coverage_text(period: Period, days_with_data: int, what: str = "data") -> str:
    """ "previous 30 days: data on 12 days" — what a comparison stands on."""
    if period.days == 1:
        span = translate("Patterns", "previous day")
    else:
        span = translate("Patterns", "previous %n days", None, period.days)
    if what == "answers":
        found = translate("Patterns", "answers on %n day(s)", None, days_with_data)
    else:
        found = translate("Patterns", "data on %n day(s)", None, days_with_data)
    return f"{span}: {found}"


# ------------------------------------------------------------------------------------------------------ input facts


@dataclass(frozen=True)
class TriggerInfo:
    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class CheckInFact:
    id: int
    at: datetime
    mood: int | None = None
    craving: int | None = None
    trigger_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EntryFact:
    id: int
    at: datetime
    trigger_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CopingFact:
    action_id: int
    at: datetime
    craving_before: int | None = None
    craving_after: int | None = None
    checkin_id: int | None = None


@dataclass(frozen=True)
class RatingFact:
    """A "How am I really doing?" daily rating (1–10)."""

    at: datetime
    rating: int


@dataclass
class PatternData:
    """Everything the period views need, loaded once per period by ``store.insights.load``."""

    period: Period
    triggers: dict[int, TriggerInfo] = field(default_factory=dict)
    checkins: list[CheckInFact] = field(default_factory=list)
    entries: list[EntryFact] = field(default_factory=list)
    coping: list[CopingFact] = field(default_factory=list)
    coping_names: dict[int, str] = field(default_factory=dict)
    lapses: list[datetime] = field(default_factory=list)
    sessions: list[datetime] = field(default_factory=list)
    ratings: list[RatingFact] = field(default_factory=list)
    previous_trigger_counts: dict[int, int] = field(default_factory=dict)
    previous_days: int | None = None
    """Days of the period before with at least one check-in (its coverage); ``None`` when not measured."""
    first_day: str = "monday"
    """The day the person's weeks start on: weekday rows and week ticks run from it."""

    @property
    def comparable(self) -> bool:
        """Whether the period before logged on enough days for a change to mean something."""
        return enough_coverage(self.previous_days, self.period.days)


@dataclass(frozen=True)
class CheckInStats:
    """The check-ins of a period: how many, on how many days, and their mean mood and craving (each check-in
    counts once; a check-in without a mood or craving is left out of that mean)."""

    count: int
    days: int
    mood: float | None
    craving: float | None


def checkin_stats(data: PatternData) -> CheckInStats:
    def mean(values: list[int]) -> float | None:
        return statistics.fmean(values) if values else None

    return CheckInStats(
        len(data.checkins),
        len({fact.at.date() for fact in data.checkins}),
        mean([fact.mood for fact in data.checkins if fact.mood is not None]),
        mean([fact.craving for fact in data.checkins if fact.craving is not None]),
    )


def kind_label(kind: str) -> str:
    """The plain name of a trigger kind ("Risk factor"), or the stored text when it is not a known kind."""
    return TriggerKind(kind).label if kind in TriggerKind._value2member_map_ else kind.title()


def trigger_name(data: PatternData, trigger_id: int) -> str:
    info = data.triggers.get(trigger_id)
    return info.name if info else translate("Charts", "Unnamed trigger")


# ------------------------------------------------------------------------------------------------- too little data


@dataclass(frozen=True)
class Readiness:
    """Whether a view has enough to show a pattern, and if not, what to log so it will."""

    enough: bool
    hint: str = ""


def _ready(enough: bool, hint: str) -> Readiness:
    return Readiness(True) if enough else Readiness(False, hint)


# ------------------------------------------------------------------------------------------------ 1. which triggers


@dataclass(frozen=True)
class TriggerCount:
    trigger_id: int
    name: str
    kind: str
    checkins: int
    entries: int
    previous: int

    @property
    def count(self) -> int:
        return self.checkins + self.entries

    @property
    def change(self) -> int:
        return self.count - self.previous


@dataclass
class TriggerCounts:
    period: Period
    rows: list[TriggerCount]
    readiness: Readiness
    comparable: bool = True
    """False when the period before has too few days with data for a change to mean anything."""
    previous_days: int | None = None

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)


MIN_TRIGGER_LINKS = 3


def trigger_counts(data: PatternData) -> TriggerCounts:
    """How often each trigger was logged — check-ins and journal entries (the loader leaves private entries out) —
    most frequent first, with the previous period when it logged on enough days to compare."""
    on_checkins: Counter[int] = Counter(tid for fact in data.checkins for tid in set(fact.trigger_ids))
    on_entries: Counter[int] = Counter(tid for fact in data.entries for tid in set(fact.trigger_ids))
    ids = set(on_checkins) | set(on_entries) | {tid for tid, n in data.previous_trigger_counts.items() if n}
    rows = []
    for tid in ids:
        info = data.triggers.get(tid, TriggerInfo(tid, translate("Charts", "Unnamed trigger"), "emotional"))
        rows.append(
            TriggerCount(
                tid, info.name, info.kind, on_checkins[tid], on_entries[tid], data.previous_trigger_counts.get(tid, 0)
            )
        )
    rows.sort(key=lambda row: (-row.count, -row.previous, row.name.casefold()))
    total = sum(row.count for row in rows)
    hint = translate(
        "Charts", "Tick the triggers that were there when you check in; after a few check-ins they show up here."
    )
    return TriggerCounts(
        data.period, rows, _ready(total >= MIN_TRIGGER_LINKS, hint), data.comparable, data.previous_days
    )


# ------------------------------------------------------------------------------------------------------- 2. when


class HeatmapSubject(StrEnum):
    TRIGGERS = "triggers"
    CRAVINGS = "cravings"


@dataclass
class Heatmap:
    """``values[weekday][hour]``: trigger count, or mean craving (``None`` where no craving was logged)."""

    period: Period
    subject: HeatmapSubject
    values: list[list[float | None]]
    counts: list[list[int]]
    readiness: Readiness
    first_day: str = "monday"

    @property
    def order(self) -> tuple[int, ...]:
        """The weekdays (0 = Monday) in the order the person's week runs: the rows as shown."""
        return weekday_order(self.first_day)

    def peak(self) -> tuple[int, int] | None:
        best = None
        for weekday, row in enumerate(self.values):
            for hour, value in enumerate(row):
                if value is not None and (best is None or value > self.values[best[0]][best[1]]):
                    best = (weekday, hour)
        return best


MIN_HEATMAP_CHECKINS = 5


def heatmap(data: PatternData, subject: HeatmapSubject | str) -> Heatmap:
    """Weekday × hour of day, in local time. Triggers count every trigger ticked; cravings average the craving."""
    subject = HeatmapSubject(subject)
    counts = [[0] * 24 for _ in range(7)]
    sums = [[0] * 24 for _ in range(7)]
    informative = 0  # check-ins that say something here: ten years are 15,000, so one pass and only over those
    if subject is HeatmapSubject.TRIGGERS:
        for fact in data.checkins:
            ids = fact.trigger_ids
            if ids:
                at = fact.at
                counts[at.weekday()][at.hour] += 1 if len(ids) == 1 else len(set(ids))
                informative += 1
        values: list[list[float | None]] = [[float(n) for n in row] for row in counts]
        hint = translate(
            "Charts", "Check in when a trigger shows up (at least five times) to see which days and hours are hardest."
        )
    else:
        for fact in data.checkins:
            craving = fact.craving
            if craving is not None:
                at = fact.at
                weekday, hour = at.weekday(), at.hour
                counts[weekday][hour] += 1
                sums[weekday][hour] += craving
                informative += 1
        values = [[sums[w][h] / counts[w][h] if counts[w][h] else None for h in range(24)] for w in range(7)]
        hint = translate(
            "Charts", "Rate your craving in at least five check-ins, at different times, to see when cravings run high."
        )
    ready = _ready(informative >= MIN_HEATMAP_CHECKINS, hint)
    return Heatmap(data.period, subject, values, counts, ready, data.first_day)


def hour_label(hour: int) -> str:
    """Plain clock words in the current language: "midnight", "3 am", "noon", "8 pm"."""
    if hour == 0:
        return translate("Charts", "midnight")
    if hour == 12:
        return translate("Charts", "noon")
    words = translate("Charts", "{hour} am") if hour < 12 else translate("Charts", "{hour} pm")
    return words.format(hour=hour % 12)


# ------------------------------------------------------------------------------------------------- 3. how I've been


@dataclass
class DailySeries:
    """One value per day of the period (``None`` where nothing was logged) and its trailing 7-day mean."""

    period: Period
    days: list[date]
    mood: list[float | None]
    mood_mean: list[float | None]
    craving: list[float | None]
    craving_mean: list[float | None]
    rating: list[float | None]
    rating_mean: list[float | None]
    lapse_days: list[date]
    session_days: list[date]
    readiness: Readiness
    first_day: str = "monday"

    @property
    def has_rating(self) -> bool:
        return any(value is not None for value in self.rating)


MIN_TREND_DAYS = 3


def _daily_means(period: Period, pairs: Iterable[tuple[date, int | None]]) -> list[float | None]:
    sums: dict[date, float] = defaultdict(float)
    counts: Counter[date] = Counter()
    for day, value in pairs:
        if value is not None and period.contains(day):
            sums[day] += value
            counts[day] += 1
    return [sums[day] / counts[day] if counts[day] else None for day in period.each_day()]


def rolling_mean(values: Sequence[float | None], window: int = ROLLING_DAYS) -> list[float | None]:
    """Trailing mean over ``window`` days of the days that have a value; ``None`` when the window is empty."""
    result: list[float | None] = []
    total, count = 0.0, 0
    for index, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if index >= window:
            old = values[index - window]
            if old is not None:
                total -= old
                count -= 1
        result.append(total / count if count else None)
    return result


def daily_series(data: PatternData) -> DailySeries:
    period = data.period
    mood = _daily_means(period, ((fact.at.date(), fact.mood) for fact in data.checkins))
    craving = _daily_means(period, ((fact.at.date(), fact.craving) for fact in data.checkins))
    rating = _daily_means(period, ((fact.at.date(), fact.rating) for fact in data.ratings))
    logged_days = sum(1 for m, c in zip(mood, craving, strict=True) if m is not None or c is not None)
    hint = translate(
        "Charts", "Check in with your mood and craving on at least three different days to see how things move."
    )
    return DailySeries(
        period=period,
        days=period.each_day(),
        mood=mood,
        mood_mean=rolling_mean(mood),
        craving=craving,
        craving_mean=rolling_mean(craving),
        rating=rating,
        rating_mean=rolling_mean(rating),
        lapse_days=sorted({moment.date() for moment in data.lapses if period.contains(moment.date())}),
        session_days=sorted({moment.date() for moment in data.sessions if period.contains(moment.date())}),
        readiness=_ready(logged_days >= MIN_TREND_DAYS, hint),
        first_day=data.first_day,
    )


# -------------------------------------------------------------------------------------------- 4. what each trigger does


@dataclass(frozen=True)
class TriggerCraving:
    trigger_id: int
    name: str
    kind: str
    count: int
    mean: float
    spread: float
    """Standard deviation of the cravings (0 with a single check-in)."""


@dataclass
class TriggerCravings:
    period: Period
    rows: list[TriggerCraving]
    overall_mean: float | None
    readiness: Readiness


MIN_CRAVING_CHECKINS = 3


def _spread(values: list[int]) -> float:
    return statistics.stdev(values) if len(values) > 1 else 0.0


def trigger_cravings(data: PatternData) -> TriggerCravings:
    """Mean craving on check-ins where each trigger was present, strongest first, with count and spread."""
    by_trigger: dict[int, list[int]] = defaultdict(list)
    all_cravings = []
    for fact in data.checkins:
        if fact.craving is None:
            continue
        all_cravings.append(fact.craving)
        for tid in set(fact.trigger_ids):
            by_trigger[tid].append(fact.craving)
    rows = []
    for tid, values in by_trigger.items():
        info = data.triggers.get(tid, TriggerInfo(tid, translate("Charts", "Unnamed trigger"), "emotional"))
        rows.append(TriggerCraving(tid, info.name, info.kind, len(values), statistics.fmean(values), _spread(values)))
    rows.sort(key=lambda row: (-row.mean, -row.count, row.name.casefold()))
    linked = sum(1 for fact in data.checkins if fact.craving is not None and fact.trigger_ids)
    hint = translate(
        "Charts",
        "Rate your craving and tick the triggers in at least three check-ins to compare what each trigger does.",
    )
    return TriggerCravings(
        data.period,
        rows,
        statistics.fmean(all_cravings) if all_cravings else None,
        _ready(linked >= MIN_CRAVING_CHECKINS, hint),
    )


# --------------------------------------------------------------------------------------------------- 5. what helps


@dataclass(frozen=True)
class CopingEffect:
    action_id: int
    name: str
    uses: int
    rated: int
    mean_drop: float | None
    """Mean of (craving before − craving after) over the uses with both ratings."""

    @property
    def ranked(self) -> bool:
        """Only a tool rated before and after ``MIN_RATED_TO_RANK`` times is ranked by its drop."""
        return self.rated >= MIN_RATED_TO_RANK


@dataclass
class CopingEffects:
    period: Period
    rows: list[CopingEffect]
    readiness: Readiness


MIN_RATED_USES = 2
MIN_RATED_TO_RANK = 3


def coping_effects(data: PatternData) -> CopingEffects:
    """Coping tools rated before and after at least ``MIN_RATED_TO_RANK`` times, ranked by how much the craving
    dropped; then the tools with fewer ratings (too few to rank), most used first."""
    uses: Counter[int] = Counter()
    drops: dict[int, list[int]] = defaultdict(list)
    for fact in data.coping:
        uses[fact.action_id] += 1
        if fact.craving_before is not None and fact.craving_after is not None:
            drops[fact.action_id].append(fact.craving_before - fact.craving_after)
    rows = [
        CopingEffect(
            action_id,
            data.coping_names.get(action_id, "A coping tool"),
            count,
            len(drops[action_id]),
            statistics.fmean(drops[action_id]) if drops[action_id] else None,
        )
        for action_id, count in uses.items()
    ]
    rows.sort(
        key=lambda row: (not row.ranked, -(row.mean_drop or 0) if row.ranked else 0, -row.uses, row.name.casefold())
    )
    rated = sum(row.rated for row in rows)
    hint = translate(
        "Charts",
        "When you use a coping tool, rate your craving before and after (at least twice) to see what helps most.",
    )
    return CopingEffects(data.period, rows, _ready(rated >= MIN_RATED_USES, hint))


# ------------------------------------------------------------------------------------------------------- 6. together


@dataclass
class CoOccurrence:
    """``matrix[i][j]``: check-ins and entries where triggers i and j were both present; the diagonal is each total."""

    period: Period
    trigger_ids: list[int]
    names: list[str]
    matrix: list[list[int]]
    readiness: Readiness


MIN_SHARED_OCCASIONS = 2
DEFAULT_TOP = 8


def co_occurrence(data: PatternData, top: int = DEFAULT_TOP) -> CoOccurrence:
    occasions = [set(fact.trigger_ids) for fact in (*data.checkins, *data.entries) if fact.trigger_ids]
    totals: Counter[int] = Counter(tid for tids in occasions for tid in tids)
    ranked = sorted(totals, key=lambda tid: (-totals[tid], trigger_name(data, tid).casefold()))[:top]
    position = {tid: index for index, tid in enumerate(ranked)}
    matrix = [[0] * len(ranked) for _ in ranked]
    shared = 0
    for tids in occasions:
        present = sorted(position[tid] for tid in tids if tid in position)
        shared += len(tids) > 1
        for a in present:
            for b in present:
                matrix[a][b] += 1
    hint = translate(
        "Charts",
        "Tick every trigger that was there when you check in; once two show up together a few times, it shows here.",
    )
    return CoOccurrence(
        data.period,
        ranked,
        [trigger_name(data, tid) for tid in ranked],
        matrix,
        _ready(shared >= MIN_SHARED_OCCASIONS and len(ranked) >= 2, hint),
    )


# ------------------------------------------------------------------------------------------------------ 7. calendar


@dataclass(frozen=True)
class DayStat:
    """Check-ins on one local day and their mean mood, as the store aggregates them."""

    day: date
    checkins: int
    mood: float | None


@dataclass(frozen=True)
class CalendarDay:
    day: date
    checkins: int
    mood: float | None
    lapse: bool
    sober: bool | None
    """True on a tracked day without a lapse, False on a lapse day, None before tracking began or in the future."""


@dataclass
class YearCalendar:
    """A year of days in week columns (rows from the person's first day of the week), ending with the week that
    holds ``end``."""

    start: date
    end: date
    days: list[CalendarDay]
    readiness: Readiness
    today: date | None = None
    first_day: str = "monday"

    @property
    def shown_end(self) -> date:
        """The last day the calendar speaks for: its last column may run past today."""
        return min(self.end, self.today) if self.today else self.end

    @property
    def weeks(self) -> int:
        return (self.end - self.start).days // 7 + 1

    def cell(self, day: date) -> tuple[int, int]:
        """(week column, row) of ``day``: row 0 is the first day of the week."""
        return (day - self.start).days // 7, day_of_week(day, self.first_day)

    def day_at(self, week: int, weekday: int) -> CalendarDay | None:
        index = week * 7 + weekday
        return self.days[index] if 0 <= index < len(self.days) and 0 <= weekday < 7 else None

    @property
    def sober_days(self) -> int:
        return sum(1 for day in self.days if day.sober)

    @property
    def lapse_days(self) -> int:
        return sum(1 for day in self.days if day.lapse)

    @property
    def checkin_days(self) -> int:
        return sum(1 for day in self.days if day.checkins)


def calendar_span(end: date, first_day: str = "monday") -> Period:
    """The 53 whole weeks (starting on ``first_day``) that end with the week holding ``end``."""
    last = week_start(end, first_day) + timedelta(days=6)
    return Period(last - timedelta(days=53 * 7 - 1), last)


def year_calendar(
    end: date,
    today: date,
    stats: Iterable[DayStat],
    lapse_days: Iterable[date],
    tracking_start: date | None,
    first_day: str = "monday",
) -> YearCalendar:
    span = calendar_span(end, first_day)
    by_day = {stat.day: stat for stat in stats}
    lapses = set(lapse_days)
    days = []
    for day in span.each_day():
        stat = by_day.get(day)
        lapse = day in lapses
        if lapse:
            sober: bool | None = False
        elif tracking_start is not None and tracking_start <= day <= today:
            sober = True
        else:
            sober = None
        days.append(CalendarDay(day, stat.checkins if stat else 0, stat.mood if stat else None, lapse, sober))
    enough = any(day.checkins or day.sober is not None for day in days)
    hint = translate(
        "Charts", "Check in on a few days, or set the date your sobriety began in your plan, to fill in the calendar."
    )
    return YearCalendar(span.start, span.end, days, _ready(enough, hint), today, first_day)


# ------------------------------------------------------------------------------------------------------- drill-down


@dataclass(frozen=True)
class Selection:
    """What a click picked out; ``matching`` lists the check-ins and entries behind it."""

    title: str
    trigger_ids: tuple[int, ...] = ()
    weekday: int | None = None
    hour: int | None = None
    day: date | None = None
    hours: tuple[int, ...] = ()
    days: tuple[date, ...] = ()
    action_id: int | None = None
    needs_craving: bool = False
    needs_trigger: bool = False
    include_entries: bool = True


@dataclass(frozen=True)
class Matches:
    checkin_ids: list[int]
    entry_ids: list[int]

    def __len__(self) -> int:
        return len(self.checkin_ids) + len(self.entry_ids)


def _fits(selection: Selection, at: datetime, trigger_ids: tuple[int, ...]) -> bool:
    if selection.trigger_ids and not set(selection.trigger_ids) <= set(trigger_ids):
        return False
    if selection.needs_trigger and not trigger_ids:
        return False
    if selection.weekday is not None and at.weekday() != selection.weekday:
        return False
    if selection.hour is not None and at.hour != selection.hour:
        return False
    if selection.hours and at.hour not in selection.hours:
        return False
    if selection.days and at.date() not in selection.days:
        return False
    return selection.day is None or at.date() == selection.day


def matching(data: PatternData, selection: Selection) -> Matches:
    """The check-ins (and, unless the view is about check-ins only, entries) behind a clicked bar or cell."""
    coping_checkins = None
    if selection.action_id is not None:
        coping_checkins = {f.checkin_id for f in data.coping if f.action_id == selection.action_id and f.checkin_id}
    checkin_ids = [
        fact.id
        for fact in data.checkins
        if _fits(selection, fact.at, fact.trigger_ids)
        and (not selection.needs_craving or fact.craving is not None)
        and (coping_checkins is None or fact.id in coping_checkins)
    ]
    entry_ids = []
    if selection.include_entries and coping_checkins is None and not selection.needs_craving:
        entry_ids = [fact.id for fact in data.entries if _fits(selection, fact.at, fact.trigger_ids)]
    return Matches(checkin_ids, entry_ids)


@dataclass(frozen=True)
class DrillItem:
    """One line of the drill-down list: a check-in or a journal entry, described in a few words."""

    kind: str
    """"checkin" or "entry"."""
    id: int
    at: datetime
    headline: str
    detail: str = ""


# ---------------------------------------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Table:
    """The numbers of a view as rows of text, for the "show as table" switch, screen readers and copying."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]


def _num(value: float | None, digits: int = 1) -> str:
    return "" if value is None else decimals(value, digits)


def change_text(change: int) -> str:
    """A count's change in words a person reads: "no change", "+1", "−2" (a true minus sign)."""
    return translate("Patterns", "no change") if change == 0 else f"{change:+d}".replace("-", "−")


@singledispatch
def as_table(result: object) -> Table:
    raise TypeError(f"No table for {type(result).__name__}")


@as_table.register
def _(result: TriggerCounts) -> Table:
    return Table(
        (
            translate("Charts", "Trigger"),
            translate("Charts", "Kind"),
            translate("Charts", "Times"),
            translate("Charts", "Check-ins"),
            translate("Charts", "Entries"),
            translate("Charts", "Period before"),
            translate("Charts", "Change"),
        ),
        [
            (
                r.name,
                kind_label(r.kind),
                str(r.count),
                str(r.checkins),
                str(r.entries),
                str(r.previous) if result.comparable else "",
                change_text(r.change) if result.comparable else "",
            )
            for r in result.rows
        ],
    )


@as_table.register
def _(result: Heatmap) -> Table:
    label = (
        translate("Charts", "Triggers")
        if result.subject is HeatmapSubject.TRIGGERS
        else translate("Charts", "Average craving")
    )
    rows = []
    for weekday in result.order:
        for hour, value in enumerate(result.values[weekday]):
            count = result.counts[weekday][hour]
            if count:
                shown = str(count) if result.subject is HeatmapSubject.TRIGGERS else _num(value)
                rows.append(
                    (
                        dates.weekday_name(weekday),
                        f"{hour_label(hour)}–{hour_label((hour + 1) % 24)}",
                        shown,
                        str(count),
                    )
                )
    count_header = (
        translate("Charts", "Triggers")
        if result.subject is HeatmapSubject.TRIGGERS
        else translate("Charts", "Check-ins")
    )
    return Table((translate("Charts", "Day"), translate("Charts", "Hour"), label, count_header), rows)


@as_table.register
def _(result: DailySeries) -> Table:
    headers = [
        translate("Charts", "Day"),
        translate("Charts", "Mood"),
        translate("Charts", "Mood 7-day average"),
        translate("Charts", "Craving"),
        translate("Charts", "Craving 7-day average"),
    ]
    if result.has_rating:
        headers.append(translate("Charts", "How am I really doing?"))
    headers += [translate("Charts", "Lapse"), translate("Charts", "Session")]
    lapses, sessions = set(result.lapse_days), set(result.session_days)
    rows = []
    for index, day in enumerate(result.days):
        row = [
            day.isoformat(),
            _num(result.mood[index]),
            _num(result.mood_mean[index]),
            _num(result.craving[index]),
            _num(result.craving_mean[index]),
        ]
        if result.has_rating:
            row.append(_num(result.rating[index]))
        row += [
            translate("Charts", "yes") if day in lapses else "",
            translate("Charts", "yes") if day in sessions else "",
        ]
        if any(row[1:]):
            rows.append(tuple(row))
    return Table(tuple(headers), rows)


@as_table.register
def _(result: TriggerCravings) -> Table:
    return Table(
        (
            translate("Charts", "Trigger"),
            translate("Charts", "Kind"),
            translate("Charts", "Average craving"),
            translate("Charts", "Check-ins"),
            translate("Charts", "Spread (±)"),
        ),
        [(r.name, kind_label(r.kind), _num(r.mean), str(r.count), _num(r.spread)) for r in result.rows],
    )


@as_table.register
def _(result: CopingEffects) -> Table:
    return Table(
        (
            translate("Charts", "Coping tool"),
            translate("Charts", "Average craving drop"),
            translate("Charts", "Rated uses"),
            translate("Charts", "All uses"),
            translate("Charts", "Ranked"),
        ),
        [
            (
                r.name,
                _num(r.mean_drop),
                str(r.rated),
                str(r.uses),
                translate("Charts", "yes")
                if r.ranked
                else translate("Charts", "needs {count}").format(count=MIN_RATED_TO_RANK),
            )
            for r in result.rows
        ],
    )


@as_table.register
def _(result: CoOccurrence) -> Table:
    return Table(
        (translate("Charts", "Trigger"), *result.names),
        [(name, *(str(value) for value in row)) for name, row in zip(result.names, result.matrix, strict=True)],
    )


@as_table.register
def _(result: YearCalendar) -> Table:
    def sober(day: CalendarDay) -> str:
        return {True: translate("Charts", "sober"), False: translate("Charts", "lapse"), None: ""}[day.sober]

    return Table(
        (
            translate("Charts", "Day"),
            translate("Charts", "Check-ins"),
            translate("Charts", "Average mood"),
            translate("Charts", "Sober or lapse"),
        ),
        [
            (day.day.isoformat(), str(day.checkins), _num(day.mood), sober(day))
            for day in result.days
            if day.checkins or day.sober is not None
        ],
    )
