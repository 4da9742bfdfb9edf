"""Findings in words: what a person's own data says about a period, stated only when it holds.

From a period's facts (the same ``PatternData`` the Insights charts draw) this module lines up every comparison worth
making — each trigger against craving and mood (check-ins with it against check-ins without), each weekday, part of
the day and weekday evening or morning against the rest, each coping action's craving drop against the drops of the
person's other tools, short nights against the next day, the day after a treatment session against other days, and a
questionnaire's scores over time — and then keeps only what stands clear of chance:

* enough data: at least ``MIN_CHECKINS`` check-ins (``MIN_DAYS`` days, ``MIN_USES`` rated uses, ``MIN_SCORES``
  scores) on each side;
* a difference worth a sentence: at least ``MEANINGFUL`` points in the data's own units;
* clear of noise across everything checked: each comparison gets a t-test (for check-ins and coping uses with days
  as clusters, since a day's check-ins share its ups and downs; Welch's for days) and, for a small group, a seeded
  permutation test; the larger p-value goes through Holm's procedure at a family-wise level of ``ALPHA`` over *all*
  comparisons of the period, so on a journal of pure noise the chance of saying anything at all is at most ``ALPHA``.

What holds gets an interval (a seeded bootstrap for a small group of days or scores, else the t interval), is
ranked by the part of its size that is certain (the interval's end nearest zero, in units of ``MEANINGFUL``), and at
most ``MAX_SHOWN`` are said — in plain, person-first words that describe ("goes with", "tend to"), never explain or
judge. The same data always gives the same findings: every random
draw comes from a generator seeded with the comparison's own key.
"""

from __future__ import annotations

import math
import operator
import random
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import compress
from statistics import fmean

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.day_parts import time_of_day
from recoveryjournal.domain.measure_models import MeasureResult, SleepLog
from recoveryjournal.domain.measure_trends import SHORT_NIGHT_HOURS
from recoveryjournal.domain.numbers import short
from recoveryjournal.domain.patterns import PatternData, Selection, daily_series, trigger_name
from recoveryjournal.i18n import translatable, translate

ALPHA = 0.03
"""Family-wise error rate over all the comparisons of one period (stricter than the usual 0.05)."""
MIN_CHECKINS = 8
MIN_DAYS = 6
MIN_USES = 5
MIN_SCORES = 8
"""Fewer scores cannot show a trend apart from chance: with 7, even a perfect line is one ordering in 2,520."""
MEANINGFUL = {"craving": 1.0, "mood": 0.5, "drop": 1.0}
"""The smallest difference worth saying, in points of craving (0–10), mood (1–5) and craving drop."""
MAX_SHOWN = 5
MAX_TRIGGERS = 12
"""Only the most often logged triggers are compared: every comparison checked makes each one harder to pass."""
BOOTSTRAP = 1000
CONFIDENCE = 0.95
MIN_PERMUTATIONS = 1000
MAX_PERMUTATIONS = 6000
SEED = "findings-1"
SMALL = 30
"""A group with fewer values than this (on either side) is also checked by a permutation test, and a small group of
days or scores gets a bootstrap interval; from 30 values on each side the t-test is accurate on its own for ratings
bounded like these, and years of check-ins stay quick."""

PARTS = ("morning", "afternoon", "evening", "night")
SCALE = {"craving": translatable("Findings", "out of 10"), "mood": translatable("Findings", "out of 5")}
PART_HOURS = {
    part: tuple(hour for hour in range(24) if time_of_day(datetime(2000, 1, 1, hour)) == part) for part in PARTS
}
"""The hours of each part of the day, by the same rule as the prompt engine's signals."""


# ------------------------------------------------------------------------------------------------ optional inputs


@dataclass(frozen=True)
class MeasureScore:
    """One score of a repeated questionnaire; ``meaningful`` is the smallest change in its score worth a sentence."""

    measure: str
    title: str
    day: date
    score: float
    meaningful: float = 1.0


MEANINGFUL_SHARE = 0.1
"""For a questionnaire, a change of a tenth of its score range is worth a sentence (2.7 points of the PHQ-9)."""


def measure_scores(results: Iterable[MeasureResult], ranges: Mapping[str, tuple[int, int]]) -> list[MeasureScore]:
    """The questionnaire results as scores over time; ``ranges`` holds each instrument's lowest and highest total."""
    scores = []
    for result in results:
        low, high = ranges.get(result.measure_id, (0, 10))
        meaningful = max(1.0, MEANINGFUL_SHARE * (high - low))
        title = result.title or result.measure_id
        scores.append(MeasureScore(result.measure_id, title, local_day(result.at), float(result.total), meaningful))
    return scores


# ------------------------------------------------------------------------------------------------------ findings


@dataclass(frozen=True)
class Finding:
    """One thing the data says, with its numbers and where to look."""

    key: str
    """Stable across periods and data (e.g. ``trigger:3:craving``): what "not true for me" and "useful" remember."""
    kind: str
    outcome: str
    headline: str
    detail: str
    effect: float
    """In the data's own units: points of craving, mood, craving drop, or questionnaire score."""
    low: float
    high: float
    """The bootstrap interval (``CONFIDENCE``) of ``effect``."""
    p: float
    n_in: int
    n_out: int
    mean_in: float
    mean_out: float
    """The mean inside the group and outside it (for a trend: the first and the last score)."""
    view: str
    """The Insights view that draws it."""
    selection: Selection | None = None
    """The check-ins behind it, for the drill-down list."""
    heatmap: str = ""
    weekday: int | None = None
    part: str = ""
    name: str = ""
    facets: frozenset[str] = frozenset()

    @property
    def rank(self) -> float:
        """The certain part of the size: the interval's end nearest zero, in units of what is worth saying."""
        unit = MEANINGFUL.get(self.outcome, 1.0)
        return min(abs(self.low), abs(self.high)) / unit if self.low * self.high > 0 else 0.0


@dataclass
class Report:
    """What a period's data says: the findings to show, and how many comparisons were checked to find them."""

    findings: list[Finding]
    checked: int
    held: int
    """How many comparisons passed every test (before the ``MAX_SHOWN`` cut and overlaps)."""

    def without(self, keys: Iterable[str]) -> list[Finding]:
        hidden = set(keys)
        return [finding for finding in self.findings if finding.key not in hidden]


@dataclass(frozen=True)
class WeeklyFinding:
    """The finding Today shows in the week starting ``week``, as worded when it was picked (``key`` empty: none)."""

    week: date
    key: str
    headline: str
    detail: str
    dismissed: bool = False
    effect: float = 0.0


def rules_text() -> str:
    """What a finding must pass, for the person (shown under the list)."""
    return translate(
        "Findings",
        "Only patterns that hold up are shown: each needs at least {MIN_CHECKINS} check-ins (or "
        "{MIN_DAYS} days, {MIN_USES} rated coping uses) on each side, a difference of at least "
        "{num} point of craving or {num2} of mood, and has to stand clear of chance across every "
        "comparison checked. They describe what goes together, not why.",
    ).format(
        MIN_CHECKINS=MIN_CHECKINS,
        MIN_DAYS=MIN_DAYS,
        MIN_USES=MIN_USES,
        num=_num(MEANINGFUL["craving"]),
        num2=_num(MEANINGFUL["mood"]),
    )


# -------------------------------------------------------------------------------------------------- comparisons


@dataclass
class _Comparison:
    """A candidate: values inside the group against values outside it (or, for a trend, scores against days)."""

    key: str
    kind: str
    outcome: str
    inside: list[float]
    outside: list[float]
    words: dict[str, object] = field(default_factory=dict)
    view: str = "effect"
    selection: Selection | None = None
    heatmap: str = ""
    weekday: int | None = None
    part: str = ""
    name: str = ""
    facets: frozenset[str] = frozenset()
    trend: bool = False
    """For a trend, ``inside`` holds the days (0 = first score) and ``outside`` the scores."""
    meaningful: float = 0.0
    p: float = 1.0
    days_in: list[date] | None = None
    days_out: list[date] | None = None
    """The day of each value: check-ins (and coping uses) of one day share that day's ups and downs, so their
    uncertainty is worked out with days as clusters."""

    @property
    def small(self) -> bool:
        return self.trend or min(len(self.inside), len(self.outside)) < SMALL

    @property
    def effect(self) -> float:
        if self.trend:
            return _slope(self.inside, self.outside) * (max(self.inside) - min(self.inside))
        return fmean(self.inside) - fmean(self.outside)


def _pair(
    key: str, kind: str, outcome: str, inside: list[float], outside: list[float], least: int, **extra
) -> _Comparison | None:
    if len(inside) < least or len(outside) < least:
        return None
    return _Comparison(key, kind, outcome, inside, outside, meaningful=MEANINGFUL[outcome], **extra)


def _group_links(data: PatternData, key: str) -> dict:
    """What a group of check-ins is called, and where its chart and check-ins are."""
    kind, *rest = key.split(":")
    if kind == "trigger":
        tid = int(rest[0])
        name = trigger_name(data, tid)
        selection = Selection(
            translate("Findings", "Check-ins with “{name}”").format(name=name),
            trigger_ids=(tid,),
            include_entries=False,
        )
        return {"name": name, "view": "effect", "selection": selection, "facets": frozenset({key})}
    links: dict = {"view": "when", "heatmap": "cravings", "facets": frozenset(), "weekday": None, "part": ""}
    if kind in ("weekday", "slot"):
        links["weekday"] = int(rest[0])
        links["facets"] |= {f"weekday:{rest[0]}"}
    if kind in ("part", "slot"):
        links["part"] = rest[-1]
        links["facets"] |= {f"part:{rest[-1]}"}
    weekday, part = links["weekday"], links["part"]
    if kind == "weekday":
        title = translate("Findings", "Check-ins on {weekday}s").format(weekday=dates.weekday_name(weekday))
    elif kind == "part":
        title = translate("Findings", "Check-ins {part_phrase}").format(part_phrase=_part_phrase(part))
    else:
        title = translate("Findings", "Check-ins {slot_phrase}").format(slot_phrase=_slot_phrase(weekday, part))
    links["selection"] = Selection(
        title, weekday=weekday, hours=PART_HOURS[part] if part else (), include_entries=False
    )
    return links


def _checkin_comparisons(data: PatternData) -> list[_Comparison]:
    """Check-ins in a group (with a trigger, on a weekday, in a part of the day, both) against all the others."""
    part_of_hour = {hour: part for part, hours in PART_HOURS.items() for hour in hours}
    found: list[_Comparison] = []
    for outcome in ("craving", "mood"):
        rated = [fact for fact in data.checkins if getattr(fact, outcome) is not None]
        if len(rated) < 2 * MIN_CHECKINS:
            continue
        values = [float(getattr(fact, outcome)) for fact in rated]
        days = [fact.at.date() for fact in rated]
        members: dict[str, list[int]] = defaultdict(list)
        for index, fact in enumerate(rated):
            weekday, part = fact.at.weekday(), part_of_hour[fact.at.hour]
            members[f"weekday:{weekday}"].append(index)
            members[f"part:{part}"].append(index)
            if outcome == "craving":
                members[f"slot:{weekday}:{part}"].append(index)
            for tid in set(fact.trigger_ids):
                members[f"trigger:{tid}"].append(index)
        triggers = sorted((key for key in members if key.startswith("trigger:")), key=lambda k: -len(members[k]))
        dropped = set(triggers[MAX_TRIGGERS:])
        for key in sorted(members, key=_group_order):
            chosen = members[key]
            if key in dropped or len(chosen) < MIN_CHECKINS or len(values) - len(chosen) < MIN_CHECKINS:
                continue
            outside = bytearray(b"\x01") * len(values)
            for index in chosen:
                outside[index] = 0
            links = _group_links(data, key)
            if outcome == "mood":  # the trigger and "when" charts draw cravings; mood is on "How I've been"
                links |= {"view": "trend", "heatmap": ""}
            found.append(
                _Comparison(
                    f"{key}:{outcome}",
                    key.split(":")[0],
                    outcome,
                    [values[index] for index in chosen],
                    list(compress(values, outside)),
                    meaningful=MEANINGFUL[outcome],
                    days_in=[days[index] for index in chosen],
                    days_out=list(compress(days, outside)),
                    **links,
                )
            )
    return found


def _group_order(key: str) -> tuple:
    kind, *rest = key.split(":")
    return (
        ("trigger", "weekday", "part", "slot").index(kind),
        *(PARTS.index(x) if x in PARTS else int(x) for x in rest),
    )


def _coping_comparisons(data: PatternData) -> list[_Comparison]:
    drops: dict[int, list[tuple[float, date]]] = defaultdict(list)
    for fact in data.coping:
        if fact.craving_before is not None and fact.craving_after is not None:
            drops[fact.action_id].append((float(fact.craving_before - fact.craving_after), fact.at.date()))
    found = []
    for action_id in sorted(drops):
        others = [drop for other, values in drops.items() if other != action_id for drop in values]
        name = data.coping_names.get(action_id, "A coping tool")
        comparison = _pair(
            f"coping:{action_id}:drop",
            "coping",
            "drop",
            [drop for drop, _day in drops[action_id]],
            [drop for drop, _day in others],
            MIN_USES,
            days_in=[day for _drop, day in drops[action_id]],
            days_out=[day for _drop, day in others],
            name=name,
            view="helps",
            selection=Selection(
                translate("Findings", "Check-ins where you used “{name}”").format(name=name),
                action_id=action_id,
                include_entries=False,
            ),
            facets=frozenset({f"coping:{action_id}"}),
        )
        if comparison is not None:
            found.append(comparison)
    return found


def _daily(data: PatternData) -> dict[str, dict[date, float]]:
    series = daily_series(data)
    return {
        outcome: {day: value for day, value in zip(series.days, values, strict=True) if value is not None}
        for outcome, values in (("craving", series.craving), ("mood", series.mood))
    }


def _day_comparisons(data: PatternData, sleep: Sequence[SleepLog]) -> list[_Comparison]:
    daily = _daily(data)
    found = []
    short = {night.day for night in sleep if night.hours is not None and night.hours < SHORT_NIGHT_HOURS}
    rested = {night.day for night in sleep if night.hours is not None and night.hours >= SHORT_NIGHT_HOURS} - short
    after_session = {moment.date() + timedelta(days=1) for moment in data.sessions}
    for outcome, by_day in daily.items():
        if sleep:
            found.append(
                _pair(
                    f"sleep:short:{outcome}",
                    "sleep",
                    outcome,
                    [value for day, value in by_day.items() if day in short],
                    [value for day, value in by_day.items() if day in rested],
                    MIN_DAYS,
                    view="trend",
                    selection=Selection(
                        translate("Findings", "Check-ins on days after a night under {num} hours").format(
                            num=_num(SHORT_NIGHT_HOURS)
                        ),
                        days=tuple(sorted(short & set(by_day))),
                        include_entries=False,
                    ),
                    facets=frozenset({"sleep"}),
                )
            )
        if data.sessions:
            found.append(
                _pair(
                    f"session:after:{outcome}",
                    "session",
                    outcome,
                    [value for day, value in by_day.items() if day in after_session],
                    [value for day, value in by_day.items() if day not in after_session],
                    MIN_DAYS,
                    view="trend",
                    selection=Selection(
                        translate("Findings", "Check-ins on days after a treatment session"),
                        days=tuple(sorted(after_session & set(by_day))),
                        include_entries=False,
                    ),
                    facets=frozenset({"session"}),
                )
            )
    return [comparison for comparison in found if comparison is not None]


def _trend_comparisons(data: PatternData, scores: Sequence[MeasureScore]) -> list[_Comparison]:
    by_measure: dict[str, list[MeasureScore]] = defaultdict(list)
    for score in scores:
        if data.period.contains(score.day):
            by_measure[score.measure].append(score)
    found = []
    for measure, taken in sorted(by_measure.items()):
        taken.sort(key=lambda score: score.day)
        first = taken[0].day
        days = [float((score.day - first).days) for score in taken]
        if len(taken) < MIN_SCORES or days[-1] == 0:
            continue
        found.append(
            _Comparison(
                f"trend:{measure}",
                "trend",
                "score",
                days,
                [score.score for score in taken],
                view="trend",
                name=taken[-1].title,
                facets=frozenset({f"trend:{measure}"}),
                trend=True,
                meaningful=taken[-1].meaningful,
                words={"first": taken[0].day, "last": taken[-1].day},
            )
        )
    return found


# ------------------------------------------------------------------------------------------------------ the tests


def _variance(values: Sequence[float]) -> float:
    """The sample variance, from sums done in C (values are small numbers, so nothing cancels away)."""
    count, total = len(values), math.fsum(values)
    return max(0.0, (math.fsum(map(operator.mul, values, values)) - total * total / count) / (count - 1))


def _slope(days: Sequence[float], scores: Sequence[float]) -> float:
    mean_x, mean_y = fmean(days), fmean(scores)
    spread = sum((x - mean_x) ** 2 for x in days)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(days, scores, strict=True)) / spread if spread else 0.0


def _incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz's method)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    if x > (a + 1) / (a + b + 2):
        return 1.0 - _incomplete_beta(b, a, 1.0 - x)
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)) / a
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < 1e-12:
            break
    return front * result


def t_p_value(t: float, df: float) -> float:
    """Two-sided p-value of Student's t with ``df`` degrees of freedom."""
    if math.isinf(t):
        return 0.0
    return _incomplete_beta(df / 2, 0.5, df / (df + t * t))


def _t_test(comparison: _Comparison) -> float:
    """Welch's t-test for two groups; the slope's t-test for a trend."""
    inside, outside = comparison.inside, comparison.outside
    if comparison.trend:
        n = len(inside)
        residual = _variance(outside) * (n - 1) - _slope(inside, outside) ** 2 * _variance(inside) * (n - 1)
        spread = _variance(inside) * (n - 1)
        if residual <= 1e-12:
            return 0.0 if comparison.effect else 1.0
        t = _slope(inside, outside) / math.sqrt(residual / (n - 2) / spread)
        return t_p_value(t, n - 2)
    error, df = _error(comparison)
    if error <= 1e-12:
        return 0.0 if comparison.effect else 1.0
    return t_p_value(comparison.effect / math.sqrt(error), df)


def _error(comparison: _Comparison) -> tuple[float, float]:
    """The variance of the difference in means and its degrees of freedom: cluster-robust with days as clusters
    (CR1; degrees of freedom one less than the days on the side with fewer), else Welch's."""
    inside, outside = comparison.inside, comparison.outside
    if comparison.days_in is None or comparison.days_out is None:
        share_in, share_out = _variance(inside) / len(inside), _variance(outside) / len(outside)
        error = share_in + share_out
        if error <= 1e-12:
            return 0.0, 1.0
        return error, error**2 / (share_in**2 / (len(inside) - 1) + share_out**2 / (len(outside) - 1))
    mean_in, mean_out = fmean(inside), fmean(outside)
    scores: dict[date, float] = defaultdict(float)
    for value, day in zip(inside, comparison.days_in, strict=True):
        scores[day] += (value - mean_in) / len(inside)
    for value, day in zip(outside, comparison.days_out, strict=True):
        scores[day] -= (value - mean_out) / len(outside)
    clusters = len(scores)
    error = clusters / (clusters - 1) * math.fsum(score * score for score in scores.values())
    return error, max(1.0, min(len(set(comparison.days_in)), len(set(comparison.days_out))) - 1.0)


def _rng(comparison: _Comparison, purpose: str) -> random.Random:
    return random.Random(f"{SEED}:{purpose}:{comparison.key}")


def _permutation_p(comparison: _Comparison, permutations: int, give_up: float) -> float:
    """Monte Carlo permutation p-value, ``(exceedances + 1) / (permutations + 1)``; stops once it is above
    ``give_up`` (then the test cannot pass), returning the p-value it would have at best."""
    rng = _rng(comparison, "permute")
    tolerance = 1e-9
    limit = give_up * (permutations + 1) - 1
    exceed = 0
    if comparison.trend:
        days, scores = comparison.inside, list(comparison.outside)
        observed = abs(_slope(days, scores)) - tolerance
        for _ in range(permutations):
            rng.shuffle(scores)
            exceed += abs(_slope(days, scores)) >= observed
            if exceed > limit:
                break
        return (exceed + 1) / (permutations + 1)
    pool = comparison.inside + comparison.outside
    size, total = len(comparison.inside), sum(pool)
    expected = total * size / len(pool)
    observed = abs(sum(comparison.inside) - expected) - tolerance
    drawn = min(size, len(pool) - size)
    for _ in range(permutations):
        picked = _subset_sum(pool, drawn, rng.random)
        inside = picked if drawn == size else total - picked
        exceed += abs(inside - expected) >= observed
        if exceed > limit:
            break
    return (exceed + 1) / (permutations + 1)


def _subset_sum(pool: list[float], count: int, draw: Callable[[], float]) -> float:
    """The sum of ``count`` values picked at random without replacement, by a partial Fisher–Yates shuffle of
    ``pool`` in place (any order of the pool gives a uniform pick; ~5 times quicker than ``random.sample``)."""
    size, total = len(pool), 0.0
    for index in range(count):
        other = index + int(draw() * (size - index))
        pool[index], pool[other] = pool[other], pool[index]
        total += pool[index]
    return total


def _interval(comparison: _Comparison) -> tuple[float, float]:
    """The ``CONFIDENCE`` interval of the effect: a seeded bootstrap one for a small group of independent values
    (days, scores), else the t interval of ``_error`` (a bootstrap of check-ins would ignore that a day's check-ins
    go together)."""
    if comparison.small and comparison.days_in is None:
        return _bootstrap(comparison)
    error, df = _error(comparison)
    margin = t_quantile(1 - CONFIDENCE, df) * math.sqrt(error)
    return comparison.effect - margin, comparison.effect + margin


def t_quantile(p: float, df: float) -> float:
    """The t with two-sided p-value ``p`` at ``df`` degrees of freedom (by bisection: p falls as t grows)."""
    low, high = 0.0, 1.0
    while t_p_value(high, df) > p:
        low, high = high, high * 2
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if t_p_value(middle, df) > p else (low, middle)
    return (low + high) / 2


def _bootstrap(comparison: _Comparison) -> tuple[float, float]:
    """A percentile bootstrap interval of the effect, from ``BOOTSTRAP`` seeded resamples. A side with ``SMALL``
    values or more has its resampled mean drawn from the normal curve it follows (quick on years of data)."""
    rng = _rng(comparison, "bootstrap")
    draws = []
    if comparison.trend:
        pairs = list(zip(comparison.inside, comparison.outside, strict=True))
        span = max(comparison.inside) - min(comparison.inside)
        for _ in range(BOOTSTRAP):
            sample = rng.choices(pairs, k=len(pairs))
            days = [day for day, _score in sample]
            if max(days) > min(days):
                draws.append(_slope(days, [score for _day, score in sample]) * span)
    else:
        inside, outside = _resampler(comparison.inside, rng), _resampler(comparison.outside, rng)
        draws = [inside() - outside() for _ in range(BOOTSTRAP)]
    draws.sort()
    tail = (1 - CONFIDENCE) / 2
    return draws[int(tail * (len(draws) - 1))], draws[math.ceil((1 - tail) * (len(draws) - 1))]


def _resampler(values: list[float], rng: random.Random) -> Callable[[], float]:
    """Draws the mean of a bootstrap resample of ``values``."""
    if len(values) < SMALL:
        return lambda: fmean(rng.choices(values, k=len(values)))
    mean, error = fmean(values), math.sqrt(_variance(values) / len(values))
    return lambda: rng.gauss(mean, error)


def holm(p_values: Sequence[float], alpha: float = ALPHA) -> list[bool]:
    """Which hypotheses Holm's step-down procedure rejects at family-wise level ``alpha``."""
    order = sorted(range(len(p_values)), key=lambda index: p_values[index])
    rejected = [False] * len(p_values)
    for step, index in enumerate(order):
        if p_values[index] > alpha / (len(p_values) - step):
            break
        rejected[index] = True
    return rejected


def _decide(comparisons: list[_Comparison]) -> list[_Comparison]:
    """The comparisons that hold: Holm over every comparison, on the larger of the t-test's and the permutation
    test's p-value. The permutation test runs only where the t-test alone passes Holm (others keep p = 1, which can
    only make Holm stricter), so a journal of noise costs almost nothing."""
    count = len(comparisons)
    if not count:
        return []
    t_values = [_t_test(comparison) for comparison in comparisons]
    screened = [index for index, passed in enumerate(holm(t_values)) if passed]
    permutations = min(MAX_PERMUTATIONS, max(MIN_PERMUTATIONS, math.ceil(1.25 * count / ALPHA)))
    give_up = ALPHA / (count - len(screened) + 1)
    final = [1.0] * count
    for index in screened:
        comparison = comparisons[index]
        if comparison.small:
            final[index] = max(t_values[index], _permutation_p(comparison, permutations, give_up))
        else:
            final[index] = t_values[index]
    held = []
    for index, passed in enumerate(holm(final)):
        if passed:
            comparisons[index].p = final[index]
            held.append(comparisons[index])
    return held


# ---------------------------------------------------------------------------------------------------------- words


def _num(value: float) -> str:
    """The size, one decimal rounded half-up as a person rounds (``numbers.short``), without a sign."""
    return short(abs(value))


def _points(value: float) -> str:
    text = _num(value)
    if text == "1":
        return translate("Findings", "{size} point").format(size=text)
    return translate("Findings", "{size} points").format(size=text)


PART_PHRASES = {
    "morning": translatable("Findings", "in the morning"),
    "afternoon": translatable("Findings", "in the afternoon"),
    "evening": translatable("Findings", "in the evening"),
    "night": translatable("Findings", "at night"),
}
SLOT_PHRASES = {
    "morning": translatable("Findings", "on {day} mornings"),
    "afternoon": translatable("Findings", "on {day} afternoons"),
    "evening": translatable("Findings", "on {day} evenings"),
    "night": translatable("Findings", "on {day} nights"),
}


def _part_phrase(part: str) -> str:
    return translate("Findings", PART_PHRASES[part]) if part in PART_PHRASES else ""


def _slot_phrase(weekday: int, part: str) -> str:
    return (
        translate("Findings", SLOT_PHRASES[part]).format(day=dates.weekday_name(weekday))
        if part in SLOT_PHRASES
        else ""
    )


def _plural(count: int, unit: str) -> str:
    """A count of the things compared: check-ins, days, rated uses or scores."""
    if unit == "rated use":
        return translate("Findings", "%n rated use(s)", None, count)
    if unit == "day":
        return translate("Findings", "%n day(s)", None, count)
    if unit == "score":
        return translate("Findings", "%n score(s)", None, count)
    return translate("Findings", "%n check-in(s)", None, count)


OUTCOME_WORDS = {
    "craving": {
        "Outcome": translatable("Findings", "Cravings tend to run"),
        "outcome": translatable("Findings", "cravings"),
        "tend": translatable("Findings", "tend"),
    },
    "mood": {
        "Outcome": translatable("Findings", "Mood tends to be"),
        "outcome": translatable("Findings", "mood"),
        "tend": translatable("Findings", "tends"),
    },
}
UNITS = {"coping": "rated use", "sleep": "day", "session": "day", "trend": "score"}
DIRECTIONS = {
    "higher": translatable("Findings", "higher"),
    "lower": translatable("Findings", "lower"),
    "bigger": translatable("Findings", "bigger"),
    "smaller": translatable("Findings", "smaller"),
    "up": translatable("Findings", "up"),
    "down": translatable("Findings", "down"),
}

TEMPLATES: dict[str, tuple[str, str]] = {
    "trigger": (
        translatable("Findings", "{Outcome} about {size} {direction} when you note “{name}”"),
        translatable(
            "Findings",
            "{mean_in} {scale} on average in {n_in} with “{name}”, {mean_out} in {n_out} without it; "
            "the difference is likely between {low} and {high}.",
        ),
    ),
    "weekday": (
        translatable("Findings", "{Outcome} about {size} {direction} on {day}s"),
        translatable(
            "Findings",
            "{mean_in} {scale} on average in {n_in} on {day}s, {mean_out} in {n_out} on other days; "
            "the difference is likely between {low} and {high}.",
        ),
    ),
    "part": (
        translatable("Findings", "{Outcome} about {size} {direction} {when}"),
        translatable(
            "Findings",
            "{mean_in} {scale} on average in {n_in} {when}, {mean_out} in {n_out} at other times of day; "
            "the difference is likely between {low} and {high}.",
        ),
    ),
    "slot": (
        translatable("Findings", "{Outcome} about {size} {direction} {when}"),
        translatable(
            "Findings",
            "{mean_in} {scale} on average in {n_in} {when}, {mean_out} in {n_out} at other times; "
            "the difference is likely between {low} and {high}.",
        ),
    ),
    "coping": (
        translatable(
            "Findings", "“{name}” goes with a drop in craving about {size} {direction} than your other coping tools"
        ),
        translatable(
            "Findings",
            "Craving {moved_in} on average over {n_in} of “{name}”, and {moved_out} over {n_out} of your other "
            "tools; the difference is likely between {low} and {high}.",
        ),
    ),
    "sleep": (
        translatable(
            "Findings", "After nights under {short} hours, {outcome} the next day {tend} to be about {size} {direction}"
        ),
        translatable(
            "Findings",
            "{mean_in} {scale} on average on {n_in} after a night under {short} hours, {mean_out} on {n_out} after "
            "{short} hours or more; the difference is likely between {low} and {high}.",
        ),
    ),
    "session": (
        translatable(
            "Findings", "On the day after a treatment session, {outcome} {tend} to be about {size} {direction}"
        ),
        translatable(
            "Findings",
            "{mean_in} {scale} on average on {n_in} after a session, {mean_out} on {n_out} other days; "
            "the difference is likely between {low} and {high}.",
        ),
    ),
    "trend": (
        translatable(
            "Findings", "Your {name} scores tend to go {direction} over this period, by about {size} from first to last"
        ),
        translatable(
            "Findings", "{n_in} from {first} to {last}; the change over the period is likely between {low} and {high}."
        ),
    ),
}
"""Headline and detail of each kind of finding. The wording tests fill in every one, both ways."""


def _moved(drop: float) -> str:
    if drop >= 0:
        return translate("Findings", "fell by {size}").format(size=_points(drop))
    return translate("Findings", "rose by {size}").format(size=_points(drop))


def _words(comparison: _Comparison, interval: tuple[float, float]) -> tuple[str, str]:
    """The headline and the detail, with the interval's ends in the direction of the finding."""
    effect = comparison.effect
    up = effect > 0
    near, far = sorted(abs(bound) for bound in interval)
    directions = {"coping": ("bigger", "smaller"), "trend": ("up", "down")}
    unit = UNITS.get(comparison.kind, "check-in")
    values = {
        **{key: translate("Findings", words) for key, words in OUTCOME_WORDS.get(comparison.outcome, {}).items()},
        "size": _points(effect),
        "direction": translate(
            "Findings", DIRECTIONS[directions.get(comparison.kind, ("higher", "lower"))[0 if up else 1]]
        ),
        "name": comparison.name,
        "day": dates.weekday_name(comparison.weekday) if comparison.weekday is not None else "",
        "when": _slot_phrase(comparison.weekday, comparison.part)
        if comparison.kind == "slot"
        else _part_phrase(comparison.part),
        "short": _num(SHORT_NIGHT_HOURS),
        "scale": translate("Findings", SCALE[comparison.outcome]) if comparison.outcome in SCALE else "",
        "n_in": _plural(len(comparison.inside), unit),
        "n_out": _plural(len(comparison.outside), unit),
        "low": _num(near),
        "high": _points(far),
    }
    if comparison.trend:
        values["first"] = dates.short_date(comparison.words["first"])
        values["last"] = dates.short_date(comparison.words["last"])
    else:
        mean_in, mean_out = fmean(comparison.inside), fmean(comparison.outside)
        values |= {"mean_in": _num(mean_in), "mean_out": _num(mean_out)}
        values |= {"moved_in": _moved(mean_in), "moved_out": _moved(mean_out)}
    headline, detail = (translate("Findings", text) for text in TEMPLATES[comparison.kind])
    return headline.format(**values), detail.format(**values)


# ------------------------------------------------------------------------------------------------------ the whole


def candidates(
    data: PatternData, sleep: Sequence[SleepLog] = (), scores: Sequence[MeasureScore] = ()
) -> list[_Comparison]:
    """Every comparison the period has enough data for; each one checked makes the others harder to pass."""
    return [
        *_checkin_comparisons(data),
        *_coping_comparisons(data),
        *_day_comparisons(data, sleep),
        *_trend_comparisons(data, scores),
    ]


def find(
    data: PatternData,
    sleep: Sequence[SleepLog] = (),
    scores: Sequence[MeasureScore] = (),
    limit: int = MAX_SHOWN,
) -> Report:
    """What stands out in the period, at most ``limit`` findings, surest and largest first."""
    comparisons = candidates(data, sleep, scores)
    held = []
    for comparison in _decide(comparisons):
        if abs(comparison.effect) < comparison.meaningful:
            continue
        low, high = _interval(comparison)
        if low * high <= 0:
            continue
        held.append(_finding(comparison, low, high))
    held = [finding for finding in held if not _narrower(finding, held)]
    held.sort(key=lambda finding: (-finding.rank, finding.p, finding.key))
    shown: list[Finding] = []
    for finding in held:
        if any(_same(finding, other) for other in shown):
            continue
        shown.append(finding)
        if len(shown) == limit:
            break
    return Report(shown, len(comparisons), len(held))


BRIEF_FINDINGS = 3


def brief_lines(findings: Sequence[Finding], left_out: Collection[str] = (), limit: int = BRIEF_FINDINGS) -> list[str]:
    """The top findings as sentences for the therapist summary's brief, leaving out the kinds in ``left_out``."""
    kept = [finding for finding in findings if finding.kind not in left_out][:limit]
    return [f"{finding.headline}. {finding.detail}" for finding in kept]


def _same(finding: Finding, other: Finding) -> bool:
    """Two findings about the same thing (Fridays, and Friday evenings) or the same check-ins (a trigger named
    "Friday evening" and Friday evenings): only the first is said."""
    if finding.outcome != other.outcome:
        return False
    same_group = (finding.n_in, finding.mean_in, finding.mean_out) == (other.n_in, other.mean_in, other.mean_out)
    return same_group or bool(finding.facets & other.facets)


WEEKLY_FROM = 3
"""Today's finding of the week is one of the three surest, in turn from week to week."""


def weekly_choice(findings: Sequence[Finding], hidden: Collection[str], week: date) -> Finding | None:
    """Today's finding for the week starting ``week``: one of the ``WEEKLY_FROM`` surest the person has not set aside,
    a different one each week when there are several."""
    open_ = [finding for finding in findings if finding.key not in hidden][:WEEKLY_FROM]
    return open_[(week.toordinal() // 7) % len(open_)] if open_ else None


def _narrower(finding: Finding, held: list[Finding]) -> bool:
    """A weekday's part of the day says no more than the weekday (or the part of the day) it lies in, unless even
    its certain part is larger than anything that broader finding's interval allows."""
    return finding.kind == "slot" and any(
        other.kind in ("weekday", "part")
        and other.outcome == finding.outcome
        and other.facets <= finding.facets
        and finding.rank * MEANINGFUL[finding.outcome] <= max(abs(other.low), abs(other.high))
        for other in held
    )


def _finding(comparison: _Comparison, low: float, high: float) -> Finding:
    headline, detail = _words(comparison, (low, high))
    trend = comparison.trend
    return Finding(
        key=comparison.key,
        kind=comparison.kind,
        outcome=comparison.outcome,
        headline=headline,
        detail=detail,
        effect=comparison.effect,
        low=low,
        high=high,
        p=comparison.p,
        n_in=len(comparison.inside),
        n_out=0 if trend else len(comparison.outside),
        mean_in=comparison.outside[0] if trend else fmean(comparison.inside),
        mean_out=comparison.outside[-1] if trend else fmean(comparison.outside),
        view=comparison.view,
        selection=comparison.selection,
        heatmap=comparison.heatmap,
        weekday=comparison.weekday,
        part=comparison.part,
        name=comparison.name,
        facets=comparison.facets,
    )
