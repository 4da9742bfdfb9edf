"""Questionnaire charts with their bands shaded, sleep and medication beside mood and craving, and the demo's story
as the charts and the summary tell it (from the same numbers)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from recoveryjournal.charts.measures import build_care_series, build_measure_charts
from recoveryjournal.domain import patterns
from recoveryjournal.domain.brief import FlagKind
from recoveryjournal.domain.measure_models import DoseLog, DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.domain.measure_trends import care_series, measure_charts, measure_trends, sleep_stats
from recoveryjournal.domain.measures import shipped_instruments
from recoveryjournal.domain.summary import SummaryOptions
from recoveryjournal.export.summary_export import make_summary, summary_html

ZONE = timezone(timedelta(hours=1))
PERIOD = patterns.Period(date(2026, 10, 1), date(2026, 10, 30))


def result(day: int, total: int, safety: bool = False, measure: str = "phq9") -> MeasureResult:
    at = datetime(2026, 10, day, 20, 0, tzinfo=ZONE)
    return MeasureResult(measure, at, {}, total, "", safety_items=["9"] if safety else [], title=measure.upper())


def test_each_questionnaire_gets_its_bands_shaded_and_flags_marked():
    charts = measure_charts(
        [result(2, 14), result(16, 11, safety=True), result(29, 6), result(3, 8, measure="gad7")],
        shipped_instruments(),
        PERIOD,
    )
    figure = build_measure_charts(charts)
    phq9, gad7 = figure.axes
    bands = [patch for patch in phq9.patches if (patch.get_gid() or "").startswith("band-")]
    assert len(bands) == 5 and len([p for p in gad7.patches if (p.get_gid() or "").startswith("band-")]) == 4
    assert phq9.get_ylim() == (-0.5, 27.5)
    (scores,) = [line for line in phq9.lines if line.get_gid() == "scores"]
    assert list(scores.get_ydata()) == [14, 11, 6]
    assert [c.get_gid() for c in phq9.collections] == ["safety"]
    assert "first → last: 14 → 6" in phq9.get_title(loc="left")
    assert charts.charts[0].trend.change == -8


def test_no_results_gives_the_not_enough_card():
    figure = build_measure_charts(measure_charts([], shipped_instruments(), PERIOD))
    assert "Take a questionnaire" in figure.recoveryjournal_message


def test_sleep_and_medication_sit_beside_mood_and_craving():
    data = patterns.PatternData(
        PERIOD,
        {},
        [patterns.CheckInFact(n, datetime(2026, 10, n, 9, tzinfo=ZONE), 3, 4 + n % 3, ()) for n in range(1, 10)],
    )
    daily = patterns.daily_series(data)
    sleep = [SleepLog(date(2026, 10, n), 7.0 if n % 3 else 5.0, 3) for n in range(1, 10)]
    medication = Medication("Naltrexone", id=1)
    doses = [DoseLog(1, date(2026, 10, n), DoseStatus.MISSED if n == 4 else DoseStatus.TAKEN) for n in range(1, 10)]
    series = care_series(daily, sleep, [medication], doses)
    assert series.sleep == sleep_stats(sleep, PERIOD.start, PERIOD.end)
    assert series.sleep.short_nights == 3
    assert series.adherence[:5] == [1.0, 1.0, 1.0, 0.0, 1.0] and series.adherence[10] is None
    assert series.medications[0].rate == pytest.approx(8 / 9)
    figure = build_care_series(series)
    _mood_ax, sleep_ax, meds_ax, _craving_ax = figure.axes
    assert [line.get_gid() for line in sleep_ax.lines] == ["six-hours"]
    assert "3 under 6 h" in sleep_ax.get_title(loc="left") and "89% taken" in meds_ax.get_title(loc="left")
    bars = {collection.get_gid(): collection for collection in (*sleep_ax.collections, *meds_ax.collections)}
    nights = [hours for hours in series.sleep_hours if hours is not None]
    assert len(bars["sleep"].get_paths()) == len(nights)  # one bar a night with a value, drawn as one collection
    assert len(bars["short-nights"].get_paths()) == 3
    heights = sorted(path.vertices[:, 1].max() for path in bars["sleep"].get_paths())
    assert heights == sorted(nights)
    assert len(bars["all-taken"].get_paths()) + len(bars["missed"].get_paths()) == 9
    assert patterns.as_table(series).rows[3][-1] == "0%"


def test_the_demo_tells_its_story_in_measures_sleep_and_medication(demo_store):
    lapse = demo_store.lapses.all()[0].at.date()
    results = demo_store.measures.results()
    first, last = min(r.at for r in results).date(), max(r.at for r in results).date()
    assert (last - first).days >= 6 * 7
    trends = {trend.measure_id: trend for trend in measure_trends(results, first, last)}
    assert set(trends) == {"phq9", "gad7", "craving"}
    phq9 = trends["phq9"]
    peak = max(phq9.points, key=lambda point: point.total)
    assert abs((peak.at.date() - lapse).days) <= 7 and peak.band == "Moderate"
    assert phq9.first.band == "Mild" and phq9.last.band == "Minimal" and phq9.change < 0
    assert phq9.safety_count == 1
    strongest = max(trends["craving"].points, key=lambda point: point.total)
    assert strongest.band == "Very strong" and abs((strongest.at.date() - lapse).days) <= 7
    before = demo_store.measures.sleep(lapse - timedelta(days=2), lapse - timedelta(days=1))
    assert len(before) == 2 and all(log.hours < 6 for log in before)  # sleeping badly two nights running
    nights = demo_store.measures.sleep(first, last)
    assert len(nights) >= 6 * 7
    assert sleep_stats(nights, last - timedelta(days=27), last).short_nights == 0

    medications = demo_store.measures.medications()
    assert [m.name for m in medications] == ["Naltrexone", "Thiamine (vitamin B1)"]
    around = demo_store.measures.doses(lapse - timedelta(days=3), lapse + timedelta(days=1))
    assert all(d.status is DoseStatus.MISSED for d in around if d.medication_id == medications[0].id)

    options = SummaryOptions(lapse - timedelta(days=14), lapse + timedelta(days=14))
    summary = make_summary(demo_store, options, datetime.now().astimezone())
    section = summary.measures
    assert section.sleep == sleep_stats(
        demo_store.measures.sleep(options.start, options.end), *options.previous[:0] or (options.start, options.end)
    )
    assert section.sleep.short_nights >= 2
    assert section.adherence[0].rate < 1
    assert section.flagged and section.flagged[0][0] == "PHQ-9"
    kinds = {flag.kind: flag for flag in summary.flags}
    assert kinds[FlagKind.SAFETY].details == (f"{lapse + timedelta(days=2):%-d %b} — PHQ-9",)
    html = summary_html(summary)
    assert "An answer that called for support" in html
    assert f"{section.sleep.short_nights} nights under 6 hours" in html
    assert "Naltrexone" in html and f"{round(section.adherence[0].rate * 100)}%" in html


def test_page_one_flags_a_safety_answer_and_a_move_into_a_higher_band():
    from recoveryjournal.domain.summary_measures import MeasuresData, measure_flags, measures_section

    results = [result(2, 6), result(16, 12, safety=True)]
    for measure in results:
        measure.band = "Mild" if measure.total < 10 else "Moderate"
    flags = measure_flags(measures_section(MeasuresData(results=results), PERIOD.start, PERIOD.end))
    assert [(flag.kind, flag.title) for flag in flags] == [
        (FlagKind.SAFETY, "An answer that called for support"),
        (FlagKind.MEASURE, "PHQ9 up from “Mild” to “Moderate”"),
    ]
    assert flags[1].details == ("2 Oct: 6 → 16 Oct: 12",)
    calmer = measure_flags(measures_section(MeasuresData(results=results[:1]), PERIOD.start, PERIOD.end))
    assert calmer == []
    better = [result(2, 12), result(16, 6)]  # a lower band, and no answer about safety: nothing to flag
    better[0].band, better[1].band = "Moderate", "Mild"
    assert measure_flags(measures_section(MeasuresData(results=better), PERIOD.start, PERIOD.end)) == []
    same_band = [result(2, 10), result(16, 13)]  # higher within the same band
    same_band[0].band = same_band[1].band = "Moderate"
    assert measure_flags(measures_section(MeasuresData(results=same_band), PERIOD.start, PERIOD.end)) == []


@pytest.mark.parametrize("first_day, weekday", [("monday", 0), ("sunday", 6)])
def test_the_questionnaire_charts_weekly_ticks_fall_on_the_persons_first_day_of_the_week(first_day, weekday):
    from matplotlib.dates import num2date

    charts = measure_charts([result(2, 14), result(29, 6)], shipped_instruments(), PERIOD, first_day)
    figure = build_measure_charts(charts)
    ticks = [num2date(tick).date() for tick in figure.axes[-1].get_xticks()]
    assert len(ticks) >= 4
    assert {tick.weekday() for tick in ticks} == {weekday}
