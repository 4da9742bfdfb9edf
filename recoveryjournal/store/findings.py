"""The findings of a period with everything they are drawn from (check-ins, coping, sessions, sleep, questionnaires),
and the finding Today shows this week; what the person said about findings is kept by ``finding_marks``."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.findings import WeeklyFinding
from recoveryjournal.store.rows import period_bounds

if TYPE_CHECKING:
    from recoveryjournal.domain.findings import MeasureScore, Report
    from recoveryjournal.domain.measure_models import SleepLog
    from recoveryjournal.domain.patterns import PatternData, Period
    from recoveryjournal.store.store import Store

RECENT_DAYS = 90
"""Today and the prompts look at the findings of the last 90 days."""


def period_report(store: Store, period: Period, data: PatternData | None = None) -> Report:
    """The findings of ``period`` (``data``: its facts, when the caller has loaded them already)."""
    from recoveryjournal.domain.findings import find

    data = data if data is not None else store.insights.load(period)
    return find(data, *finding_extras(store, period))


def finding_extras(store: Store, period: Period) -> tuple[list[SleepLog], list[MeasureScore]]:
    """The nights slept and questionnaire scores of ``period``, which findings compare beside the check-ins."""
    from recoveryjournal.domain.findings import measure_scores
    from recoveryjournal.domain.measures import shipped_instruments

    ranges = {each.id: (each.min_score, each.max_score) for each in shipped_instruments()}
    results = store.measures.results_between(*period_bounds(period.start, period.end))
    return store.measures.sleep(period.start, period.end), measure_scores(results, ranges)


def recent_report(store: Store, today: date) -> Report:
    """The findings of the last ``RECENT_DAYS`` days, worked out once a day (a day's new check-ins change little)."""
    from recoveryjournal.domain.patterns import Period

    reports = store.findings.reports
    if today not in reports:
        reports[today] = period_report(store, Period(today - timedelta(days=RECENT_DAYS - 1), today))
    return reports[today]


def weekly_finding(store: Store, today: date) -> WeeklyFinding:
    """This week's finding for Today: worked out from the 90 days up to the day before the week began, so it stays the
    same all week without being written down (nothing may be written while the app starts and checks the journal);
    only hiding it for the week is remembered."""
    from recoveryjournal.domain.weeks import week_start

    week = week_start(today, store.settings.week_start())
    if week not in store.findings.weeks:
        store.findings.weeks[week] = _work_out_week(store, week)
    return store.findings.weeks[week]


def _work_out_week(store: Store, week: date) -> WeeklyFinding:
    from recoveryjournal.domain.findings import weekly_choice

    report = recent_report(store, week - timedelta(days=1))
    chosen = weekly_choice(report.findings, store.findings.not_true(), week)
    if chosen is None:
        return WeeklyFinding(week, "", "", "")
    saved = store.findings.weekly()
    hidden = saved is not None and (saved.week, saved.key) == (week, chosen.key) and saved.dismissed
    return WeeklyFinding(week, chosen.key, chosen.headline, chosen.detail, hidden, chosen.effect)
