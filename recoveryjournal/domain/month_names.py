"""Month names in the languages other apps write dates in, so "7 września 2017" reads as 7 September 2017.

A small table of our own: for each language the months' names as a date writes them (Polish and Russian put the
month in the genitive: "7 września", "7 сентября", so both forms are listed) and any short forms that are not simply
the first letters of a name. A word matches a month when it is one of its names or the start (three letters or more)
of names of that month only, so "sept", "paź." and "mrt" work and "jui" (juin or juillet) does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from recoveryjournal.domain import dates

LANGUAGES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "nl": "Dutch",
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": tuple(name.casefold() for name in dates.MONTHS["en"]),
    "es": tuple(name + " setiembre" if name == "septiembre" else name for name in dates.MONTHS["es"]),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet juil",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "de": (
        "januar jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "pl": (
        "styczeń stycznia",
        "luty lutego",
        "marzec marca",
        "kwiecień kwietnia",
        "maj maja",
        "czerwiec czerwca",
        "lipiec lipca",
        "sierpień sierpnia",
        "wrzesień września",
        "październik października",
        "listopad listopada",
        "grudzień grudnia",
    ),
    "tr": (
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    ),
    "ru": (
        "январь января янв",
        "февраль февраля фев",
        "март марта мар",
        "апрель апреля апр",
        "май мая",
        "июнь июня июн",
        "июль июля июл",
        "август августа авг",
        "сентябрь сентября сен сент",
        "октябрь октября окт",
        "ноябрь ноября ноя",
        "декабрь декабря дек",
    ),
    "nl": (
        "januari",
        "februari",
        "maart mrt",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}

# Every written form: name → {(language, month)}.
_FORMS: dict[str, set[tuple[str, int]]] = {}
for _language, _names in MONTHS.items():
    for _number, _forms in enumerate(_names, start=1):
        for _form in _forms.split():
            _FORMS.setdefault(_form, set()).add((_language, _number))

WORD = re.compile(r"[^\W\d_]+")


@cache
def month_of(word: str) -> tuple[int, frozenset[str]] | None:
    """The month a word names and the languages it names it in; ``None`` when it is no month or could be two."""
    key = word.casefold().rstrip(".")
    matches = _FORMS.get(key)
    if matches is None and len(key) >= 3:
        matches = {match for form, found in _FORMS.items() if form.startswith(key) for match in found}
    months = {month for _, month in matches or ()}
    if len(months) != 1:
        return None
    return months.pop(), frozenset(language for language, _ in matches)


def likely_language(words: Iterable[str]) -> str | None:
    """The language whose month names the most of ``words`` are (its name, e.g. "Polish"), or ``None``."""
    votes: Counter[str] = Counter()
    for word in words:
        found = month_of(word)
        if found:
            votes.update(found[1])
    if not votes:
        return None
    best = max(votes.values())
    leaders = sorted(language for language, count in votes.items() if count == best)
    return LANGUAGES["en"] if "en" in leaders else LANGUAGES[leaders[0]]
