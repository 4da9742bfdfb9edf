"""One definition per number: every figure the therapist summary shares with Insights, Today, the Treatment page and
session review is computed both ways — as that page computes it, and as the summary does — on the demo journal and
on a generated ten-year journal, and must be equal."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from html.parser import HTMLParser

import pytest

from benchmarks.generate import SEED, Counts, Writer
from recoveryjournal.domain import patterns
from recoveryjournal.domain.attendance import AttendancePlan, weekly_attendance
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.sobriety import statuses
from recoveryjournal.domain.summary import SummaryOptions
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.export.summary_export import make_summary
from recoveryjournal.export.summary_render import render_html, section_bodies
from recoveryjournal.opening import open_journal

pytestmark = pytest.mark.slow
TEN_YEARS_TODAY = date(2036, 1, 1)


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory):
    """The benchmark's ten-year user, at a tenth of its density (every day of ten years, fewer records a day)."""
    folder = tmp_path_factory.mktemp("ten-years") / "data"
    counts = replace(
        Counts.at(1.0), entries=365, checkins=3000, trigger_links=1600, coping_uses=400, reflections=300, sessions=120
    )
    store = open_journal(folder)
    with store.db.atomic():
        Writer(store, counts, TEN_YEARS_TODAY, random.Random(SEED)).build()
    yield store
    store.close()


class _Rows(HTMLParser):
    """The rows of the summary's "Top triggers" table as text cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def trigger_table(html: str) -> dict[str, int]:
    parser = _Rows()
    parser.feed(html)
    table = next(rows for rows in parser.tables if rows and rows[0][:3] == ["Trigger", "Kind", "Times logged"])
    return {row[0]: int(row[2]) for row in table[1:]}


def insights_figures(store, period: patterns.Period, today: date) -> dict:
    """As the Insights page, Today (on the period's last day) and the Treatment page compute them."""
    facts = store.insights.load(period)
    counts = patterns.trigger_counts(facts)
    stats = patterns.checkin_stats(facts)
    plan = AttendancePlan.from_settings(store.settings.get)
    first_week = week_start(period.start, plan.first_day)
    weeks = weekly_attendance(store.sessions.all(), plan.hours_per_week, through=today, plan=plan)
    return {
        "facts": facts,
        "triggers": [
            (row.name, row.count, row.previous if counts.comparable else None) for row in counts.rows if row.count
        ][:10],
        "coping": [
            (row.name, row.uses, row.rated, row.mean_drop, row.ranked) for row in patterns.coping_effects(facts).rows
        ],
        "checkins": (stats.count, stats.days, stats.mood, stats.craving),
        "sober": [
            (status.substance, status.current_days, status.longest_days, status.total_days)
            for status in statuses(store.sobriety.all(), store.lapses.all(), min(period.end + timedelta(days=1), today))
        ],
        "weeks": {
            week.week_start: (week.hours, week.sessions, week.status)
            for week in weeks
            if first_week <= week.week_start <= period.end
        },
    }


def summary_figures(summary) -> dict:
    glance = summary.glance
    return {
        "facts": summary.patterns,
        "triggers": [(row.name, row.count, row.previous) for row in summary.triggers],
        "coping": [(row.name, row.uses, row.rated, row.mean_drop, row.ranked) for row in summary.coping],
        "checkins": (glance.checkins, glance.checkin_days, glance.mood.current, glance.craving.current),
        "sober": [(line.substance, line.current_days, line.longest_days, line.total_days) for line in glance.sober],
        "weeks": {week.week_start: (week.hours, week.sessions, week.status) for week in glance.attendance.weeks},
    }


def assert_one_definition(store, period: patterns.Period, now: datetime) -> None:
    summary = make_summary(store, SummaryOptions(period.start, period.end), now)
    expected = insights_figures(store, period, now.date())
    found = summary_figures(summary)
    # The Treatment page lists weeks from the first session on; the summary every week the period touches.
    weeks, listed = found.pop("weeks"), expected.pop("weeks")
    assert listed and all(weeks[week] == row for week, row in listed.items())
    assert all(row[:2] == (0.0, 0) for week, row in weeks.items() if week not in listed)
    assert found == expected
    assert expected["triggers"], "the period should have triggers to compare"
    # What the therapist reads and what session review shows are the same counts, as printed.
    counts = {name: count for name, count, _ in expected["triggers"]}
    assert trigger_table(render_html(summary, {})) == counts
    review = dict(section_bodies(summary, {}, 900)[index][1:] for index in range(len(summary.sections) + 1))
    assert trigger_table(review["Top triggers"]) == counts
    for name, _, _, mean_drop, ranked in expected["coping"]:
        if ranked and mean_drop is not None:
            assert f"{decimals(mean_drop)} points" in review["Coping tools"], name
    shown_mood = "Nothing logged" if expected["checkins"][2] is None else decimals(expected["checkins"][2])
    assert shown_mood in review["Key numbers"]


def periods_ending(today: date) -> list[patterns.Period]:
    return [patterns.preset_period(preset, today) for preset in ("7d", "30d", "90d", "year")]


def test_demo_journal(demo_store):
    now = now_local()
    today = now.date()
    for period in [*periods_ending(today), patterns.Period(today - timedelta(days=100), today - timedelta(days=60))]:
        assert_one_definition(demo_store, period, now)


def test_generated_ten_year_journal(ten_years):
    now = datetime.combine(TEN_YEARS_TODAY, time(10)).astimezone()
    middle = TEN_YEARS_TODAY - timedelta(days=5 * 365)
    for period in [*periods_ending(TEN_YEARS_TODAY), patterns.Period(middle, middle + timedelta(days=29))]:
        assert_one_definition(ten_years, period, now)


def test_the_axis_says_what_is_counted(demo_store):
    """The trigger counts include journal entries' tags (not private ones), and the chart says so."""
    from recoveryjournal.charts.triggers import build_trigger_counts

    facts = demo_store.insights.load(patterns.preset_period("90d", now_local().date()))
    counts = patterns.trigger_counts(facts)
    assert any(row.entries for row in counts.rows), "the demo should tag triggers on some entries"
    label = build_trigger_counts(counts).axes[0].get_xlabel()
    assert re.search("check-in.*journal entry.*private entries not counted", label, re.S)
    private = {entry.id for entry in demo_store.journal.recent(limit=10_000) if entry.private}
    assert not private & {fact.id for fact in facts.entries}
