"""Making text safe to show outside the app: nothing in an export may display deceptively.

Text is stored exactly as typed; these helpers are applied on the way *out* (exports, summaries), where a stray
right-to-left override could reverse a number or a control character could hide words.
"""

from __future__ import annotations

import re

# Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))

_UNSAFE = re.compile(
    "[" + "".join(sorted(BIDI_CONTROLS)) + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + "]",
)


def neutralise(text: str) -> str:
    """``text`` without bidi overrides/isolates and control characters; tabs and line breaks are kept.

    Windows and old-Mac line endings become ``\\n`` so a carriage return cannot overwrite a line on a terminal.
    """
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
