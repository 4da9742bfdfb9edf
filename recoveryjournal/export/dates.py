"""Dates on chart axes in the person's own locale: "5 Nov" or "Nov 5", month names in their language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from recoveryjournal.charts.trend import DateWords


def date_words(locale: QLocale | None = None) -> DateWords:
    """``DateWords`` from ``locale`` (the system's by default): day before or after the month as its short date
    format has it, short month names from the locale."""
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day_first = pattern.find("d") < pattern.find("M")

    def qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    return DateWords(
        day=lambda day: locale.toString(qdate(day), "d MMM" if day_first else "MMM d"),
        month=lambda day: locale.toString(qdate(day), "MMM"),
    )
