"""Dates for people go through domain.dates: the app's language, no platform-specific strftime codes."""

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from recoveryjournal import i18n
from recoveryjournal.charts.trend import date_ticks
from recoveryjournal.domain import dates
from recoveryjournal.domain.patterns import Period

PACKAGE = Path(__file__).resolve().parent.parent / "recoveryjournal"
# Codes that exist on some platforms only: %-d (glibc, BSD), %#d (Windows), %_d, %^a, %e, %k, %l, %P.
PLATFORM_ONLY = re.compile(r"%[-#_^][a-zA-Z]|%[eklP]\b")
# Codes whose words come from the C library's locale, not the app's language: %a %A %b %B %c %x %X %p %h.
NAMES_FROM_C_LOCALE = re.compile(r"%[aAbBcxXph]")


def offending_lines(text: str) -> list[str]:
    """Lines that use a platform-only code anywhere, or a C-locale name code in strftime or an f-string's format."""
    found = []
    for line in text.splitlines():
        in_format = "strftime" in line or re.search(r"\{[^{}]*:[^{}]*%[a-zA-Z]", line)
        if PLATFORM_ONLY.search(line) or (in_format and NAMES_FROM_C_LOCALE.search(line)):
            found.append(line.strip())
    return found


@pytest.fixture
def spanish():
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_no_platform_specific_date_codes_in_the_package():
    found = [
        f"{path.relative_to(PACKAGE)}: {line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in offending_lines(path.read_text(encoding="utf-8"))
    ]
    assert not found, "dates for people go through recoveryjournal.domain.dates:\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for():
    for line in ('f"{day:%-d}"', 'f"{day:%-m}"', '"%#d"', "moment.strftime('%A %d')", 'f"{x:%B %Y}"', 'f"{x:%e}"'):
        assert offending_lines(line), line
    assert not offending_lines('f"{day:%Y-%m-%d %H:%M}"')
    assert not offending_lines('"100% sure, %s" % word')


def test_the_same_day_in_english_and_spanish(spanish):
    day = date(2026, 11, 5)
    assert dates.short_date(day, "en") == "5 Nov 2026"
    assert dates.short_date(day) == "5 nov 2026"
    assert dates.long_date(day) == "5 de noviembre de 2026"
    assert dates.weekday_long_date(day) == "jueves, 5 de noviembre de 2026"
    assert dates.weekday_long_date(day, "en") == "Thursday 5 November 2026"
    assert dates.weekday_day_month(day) == "jue 5 nov"
    assert dates.short_date_time(datetime(2026, 11, 5, 8, 5)) == "5 nov 2026, 08:05"
    assert dates.month_year(day) == "noviembre de 2026"


def test_iso_style_and_fallback():
    day = date(2026, 11, 5)
    try:
        assert dates.set_style("iso") == "iso"
        assert dates.short_date(day) == "2026-11-05"
        assert dates.weekday_long_date(day) == "Thursday 2026-11-05"
        assert dates.date_range(day, date(2026, 12, 1)) == "2026-11-05 – 2026-12-01"
    finally:
        assert dates.set_style("anything else") == "locale"
    assert dates.short_date(day, "fr") == "5 Nov 2026"


def test_periods_and_chart_ticks_follow_the_language(spanish):
    assert Period(date(2026, 11, 5), date(2026, 12, 4)).describe() == "5 nov – 4 dic 2026"
    assert Period(date(2025, 12, 5), date(2026, 1, 4)).describe() == "5 dic 2025 – 4 ene 2026"
    assert Period(date(2026, 11, 5), date(2026, 11, 5)).describe() == "5 nov 2026"
    november = [date(2026, 11, 2 + offset) for offset in range(14)]
    assert date_ticks(november)[1] == ["2 nov", "9 nov"]
    i18n.set_language("en")
    assert date_ticks(november)[1] == ["2 Nov", "9 Nov"]
    assert Period(date(2026, 11, 5), date(2026, 12, 4)).describe() == "5 Nov – 4 Dec 2026"


def test_calendar_labels_and_tooltips_follow_the_language(spanish):
    from recoveryjournal.charts.calendar import build_year_calendar
    from recoveryjournal.charts.style import target_at
    from recoveryjournal.domain.patterns import DayStat, year_calendar

    today = date(2026, 3, 10)
    calendar = year_calendar(
        today, today, [DayStat(date(2026, 3, 2), 2, 4.5)], [], date(2025, 1, 1)
    )  # tracked all year: every month shows
    figure = build_year_calendar(calendar)
    ax = figure.axes[0]
    months = [label.get_text() for label in ax.get_xticklabels()]
    assert "ene 2026" in months and "dic" in months
    assert [label.get_text() for label in ax.get_yticklabels()] == ["lun", "mié", "vie", "dom"]
    assert target_at(figure, ax, 51.5, 0.5).tip.startswith("lunes, 2 de marzo de 2026")


def test_questionnaire_chart_dates_follow_the_language(spanish):
    from datetime import timedelta, timezone

    from recoveryjournal.charts.measures import build_measure_charts
    from recoveryjournal.domain.measure_models import MeasureResult
    from recoveryjournal.domain.measure_trends import measure_charts
    from recoveryjournal.domain.measures import shipped_instruments

    zone = timezone(timedelta(hours=1))
    results = [
        MeasureResult("phq9", datetime(2026, 10, day, 20, tzinfo=zone), {}, 8, "", title="PHQ-9") for day in (2, 16, 29)
    ]
    figure = build_measure_charts(
        measure_charts(results, shipped_instruments(), Period(date(2026, 10, 1), date(2026, 10, 30)))
    )
    assert [label.get_text() for label in figure.axes[-1].get_xticklabels()] == ["5 oct", "12 oct", "19 oct", "26 oct"]
