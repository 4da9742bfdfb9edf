"""The one language words for people are shown in: the window, the summary and the command line follow it.

Pure Python (no Qt), so domain and export text can ask for it too. The UI sets it once at start from the journal's
``language`` setting (or the system locale) and again when the person changes it in Settings.
"""

from __future__ import annotations

SUPPORTED = ("en", "es")
_current = {"language": "en"}


def current_language() -> str:
    """The language code in use now: one of ``SUPPORTED``."""
    return _current["language"]


def set_language(code: str) -> str:
    """Use ``code`` (a locale name such as ``es_MX`` is read as its language); anything unsupported means English.
    Returns the code now in use."""
    language = code.split("_")[0].split("-")[0].lower()
    _current["language"] = language if language in SUPPORTED else "en"
    return _current["language"]
