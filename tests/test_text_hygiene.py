"""Exported text cannot display deceptively: bidi overrides and control characters go, words and line breaks stay."""

from __future__ import annotations

from recoveryjournal.domain.text_hygiene import neutralise


def test_bidi_overrides_and_isolates_are_removed():
    assert neutralise("pay \u202e0001\u202c back") == "pay 0001 back"
    assert neutralise("\u2066a\u2067b\u2068c\u2069\u202a\u202b\u202d") == "abc"


def test_control_characters_go_but_tabs_and_newlines_stay():
    assert neutralise("a\x00b\x07c\x1bd\x7fe\x85f") == "abcdef"
    assert neutralise("line one\r\nline two\rthree\tend") == "line one\nline two\nthree\tend"


def test_ordinary_text_is_unchanged():
    text = "שלום — مرحبا 👋🏽 café\n“quoted”"
    assert neutralise(text) == text
