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


# Lone UTF-16 halves: in a Python string any code point in this range is unpaired (a pair decodes to one character).
_INPUT_JUNK = re.compile("[\x00\ud800-\udfff]")
# Characters that may stay in exported JSON (it is lossless) but are written as \\u escapes so no viewer shows them.
_JSON_ESCAPED = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "\x7f-\x9f\u2028\u2029" + "]")


def clean_input(text: str) -> str:
    """``text`` without NUL characters and unpaired surrogates, which a clipboard or another app can hand over.

    Neither can be stored as UTF-8 text; everything else, including bidi marks the person chose, is kept.
    """
    if "\x00" not in text:
        try:
            text.encode("utf-8")  # fails only on a lone surrogate; far quicker than the pattern on a long text
            return text
        except UnicodeEncodeError:
            pass
    return _INPUT_JUNK.sub("", text)


def escape_in_json(serialised: str) -> str:
    """Write bidi controls and C1 control characters in JSON text as ``\\uXXXX`` escapes.

    The data stays exactly as typed (a JSON reader turns the escapes back), but a text editor cannot be tricked
    into showing the file deceptively. Only call this on JSON produced by ``json.dumps``: these characters can only
    occur inside its strings, where an escape means the same character.
    """
    if serialised.isascii() and "\x7f" not in serialised:  # quick: none of them can be there
        return serialised
    return _JSON_ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04x}", serialised)
