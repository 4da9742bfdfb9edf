"""Numbers as a person reads them: rounded half-up (6.25 → 6.3, 0.05 → 0.1), the way people round by hand.

Python's ``round`` and ``format`` round half to even on the binary value (``f"{6.25:.1f}"`` is ``6.2``), so every
number the app shows goes through ``decimals`` or ``short`` here; a test keeps ``:.1f``-style formats out of the
package. Both are for people: they write the decimal mark of the language (``"1.8"`` in English, ``"1,8"`` in
Spanish), so their text is never read back as a number; ``half_up`` gives the rounded number itself.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from recoveryjournal.i18n import current_language

DECIMAL_MARK = {"en": ".", "es": ","}


def half_up(value: float, digits: int = 1) -> float:
    """``value`` rounded half-up to ``digits`` places, from its shortest decimal form (what a person would write)."""
    return float(_fixed(value, digits))


def _fixed(value: float, digits: int) -> str:
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return f"{rounded + 0:f}"


def decimals(value: float, digits: int = 1, language: str | None = None) -> str:
    """Fixed ``digits`` places, half-up, with the decimal mark of ``language`` (default: the current one):
    ``decimals(6.25)`` is ``"6.3"`` (``"6,3"`` in Spanish); minus zero prints as ``"0.0"``."""
    return _fixed(value, digits).replace(".", DECIMAL_MARK.get(language or current_language(), "."))


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 day", "3 days", "2 people": a count with its word."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def short(value: float, digits: int = 1, language: str | None = None) -> str:
    """Half-up, without trailing zeros: 9 → ``"9"``, 6.25 → ``"6.3"``, 2.5 → ``"2.5"`` (``"2,5"`` in Spanish)."""
    text = _fixed(value, digits)
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", DECIMAL_MARK.get(language or current_language(), "."))
