"""Dates for people, in the language the app speaks: "5 Nov 2026" in English, "5 nov 2026" in Spanish.

One place for every date a person reads (pages, dialogs, charts, the summary, the command line), so no code needs
platform-specific ``strftime`` codes (the no-padding day exists on Linux and macOS only) or the C library's
English names. Pure
Python (no Qt): domain, charts and export use it as the UI does. The language is ``i18n.current_language()``
unless a caller names one; the style follows the ``date_format`` setting ("locale" words, or "iso" numbers).

Each form is one template per language, so the order of day, month and year (and Spanish "de") lives here only.
"""

from __future__ import annotations

from datetime import date, datetime

from recoveryjournal import i18n

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
SHORT_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}

# {d} day of month, {mon}/{month} short/full month, {y} year, {wd}/{weekday} short/full weekday,
# {iso} 2026-11-05, {md} 11-05.
FORMS = {
    "en": {
        "day_month": "{d} {mon}",
        "day_month_long": "{d} {month}",
        "short": "{d} {mon} {y}",
        "long": "{d} {month} {y}",
        "weekday_day_month": "{wd} {d} {mon}",
        "weekday_short": "{wd} {d} {mon} {y}",
        "weekday_day_month_long": "{weekday} {d} {month}",
        "weekday_long": "{weekday} {d} {month} {y}",
        "month_year": "{month} {y}",
        "short_month_year": "{mon} {y}",
    },
    "es": {
        "day_month": "{d} {mon}",
        "day_month_long": "{d} de {month}",
        "short": "{d} {mon} {y}",
        "long": "{d} de {month} de {y}",
        "weekday_day_month": "{wd} {d} {mon}",
        "weekday_short": "{wd} {d} {mon} {y}",
        "weekday_day_month_long": "{weekday}, {d} de {month}",
        "weekday_long": "{weekday}, {d} de {month} de {y}",
        "month_year": "{month} de {y}",
        "short_month_year": "{mon} {y}",
    },
}
ISO_FORMS = {
    "day_month": "{md}",
    "day_month_long": "{md}",
    "short": "{iso}",
    "long": "{iso}",
    "weekday_day_month": "{wd} {md}",
    "weekday_short": "{wd} {iso}",
    "weekday_day_month_long": "{weekday} {md}",
    "weekday_long": "{weekday} {iso}",
}
STYLES = ("locale", "iso")
_style = {"style": "locale"}


def set_style(style: str) -> str:
    """Use "locale" (words: "5 Nov 2026") or "iso" (numbers: "2026-11-05"), as the ``date_format`` setting says;
    anything else means "locale". Returns the style now in use."""
    _style["style"] = style if style in STYLES else "locale"
    return _style["style"]


def current_style() -> str:
    return _style["style"]


def _language(language: str | None) -> str:
    language = language or i18n.current_language()
    return language if language in FORMS else "en"


def _form(name: str, day: date, language: str | None) -> str:
    language = _language(language)
    template = FORMS[language][name]
    if _style["style"] == "iso":
        template = ISO_FORMS.get(name, template)
    return template.format(
        d=day.day,
        mon=SHORT_MONTHS[language][day.month - 1],
        month=MONTHS[language][day.month - 1],
        y=day.year,
        wd=SHORT_WEEKDAYS[language][day.weekday()],
        weekday=WEEKDAYS[language][day.weekday()],
        iso=f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
        md=f"{day.month:02d}-{day.day:02d}",
    )


def month_name(month: int, language: str | None = None) -> str:
    """ "November" / "noviembre" for 11."""
    return MONTHS[_language(language)][month - 1]


def short_month(month: int, language: str | None = None) -> str:
    """ "Nov" / "nov" for 11."""
    return SHORT_MONTHS[_language(language)][month - 1]


def weekday_name(weekday: int, language: str | None = None) -> str:
    """ "Monday" / "lunes" for 0 (``date.weekday()`` numbering)."""
    return WEEKDAYS[_language(language)][weekday]


def short_weekday(weekday: int, language: str | None = None) -> str:
    """ "Mon" / "lun" for 0."""
    return SHORT_WEEKDAYS[_language(language)][weekday]


def day_month(day: date, language: str | None = None) -> str:
    """ "5 Nov" / "5 nov"."""
    return _form("day_month", day, language)


def day_month_long(day: date, language: str | None = None) -> str:
    """ "5 November" / "5 de noviembre"."""
    return _form("day_month_long", day, language)


def short_date(day: date, language: str | None = None) -> str:
    """ "5 Nov 2026" / "5 nov 2026"."""
    return _form("short", day, language)


def long_date(day: date, language: str | None = None) -> str:
    """ "5 November 2026" / "5 de noviembre de 2026"."""
    return _form("long", day, language)


def weekday_day_month(day: date, language: str | None = None) -> str:
    """ "Thu 5 Nov" / "jue 5 nov"."""
    return _form("weekday_day_month", day, language)


def weekday_short_date(day: date, language: str | None = None) -> str:
    """ "Thu 5 Nov 2026" / "jue 5 nov 2026"."""
    return _form("weekday_short", day, language)


def weekday_day_month_long(day: date, language: str | None = None) -> str:
    """ "Thursday 5 November" / "jueves, 5 de noviembre"."""
    return _form("weekday_day_month_long", day, language)


def weekday_long_date(day: date, language: str | None = None) -> str:
    """ "Thursday 5 November 2026" / "jueves, 5 de noviembre de 2026"."""
    return _form("weekday_long", day, language)


def month_year(day: date, language: str | None = None) -> str:
    """ "November 2026" / "noviembre de 2026"."""
    return _form("month_year", day, language)


def short_month_year(day: date, language: str | None = None) -> str:
    """ "Nov 2026" / "nov 2026"."""
    return _form("short_month_year", day, language)


def clock(moment: datetime) -> str:
    """ "20:15": the 24-hour clock, the same in both languages."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def short_date_time(moment: datetime, language: str | None = None) -> str:
    """ "5 Nov 2026, 20:15"."""
    return f"{short_date(moment.date(), language)}, {clock(moment)}"


def long_date_time(moment: datetime, language: str | None = None) -> str:
    """ "Thursday 5 November 2026, 20:15"."""
    return f"{weekday_long_date(moment.date(), language)}, {clock(moment)}"


def date_range(start: date, end: date, language: str | None = None) -> str:
    """ "5 Nov 2026" for one day, "5 Nov – 12 Dec 2026" within a year, else "5 Nov 2025 – 12 Jan 2026"."""
    if start == end:
        return short_date(start, language)
    if start.year == end.year and _style["style"] == "locale":
        return f"{day_month(start, language)} – {short_date(end, language)}"
    return f"{short_date(start, language)} – {short_date(end, language)}"
