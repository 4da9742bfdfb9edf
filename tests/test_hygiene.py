"""Input hygiene: NUL characters and lone surrogates are cleaned on the way in; JSON exports escape what could
display deceptively yet read back exactly."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from recoveryjournal.domain.text_hygiene import BIDI_CONTROLS, clean_input, escape_in_json


def test_clean_input_removes_nul_and_unpaired_surrogates_only():
    assert clean_input("a\x00b\ud800c\udfffd") == "abcd"
    kept = "שלום \u202eabc\u202c 👋🏽 café\t\n\r"
    assert clean_input(kept) == kept


@given(st.text())
def test_clean_input_leaves_text_that_can_be_stored_as_utf8(text):
    cleaned = clean_input(text)
    cleaned.encode("utf-8")
    assert "\x00" not in cleaned
    assert clean_input(cleaned) == cleaned


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_clean_input_only_drops_nul_from_storable_text(text):
    assert clean_input(text) == text.replace("\x00", "")


@given(
    st.recursive(
        st.none() | st.integers() | st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
    )
)
def test_escaped_json_reads_back_exactly_and_shows_no_deceptive_characters(value):
    serialised = escape_in_json(json.dumps(value, ensure_ascii=False))
    assert json.loads(serialised) == value
    assert not any(character in serialised for character in BIDI_CONTROLS)
    assert not any(0x7F <= ord(character) <= 0x9F for character in serialised)


def test_escape_in_json_writes_the_code_point():
    assert escape_in_json(json.dumps("a\u202eb\x85", ensure_ascii=False)) == '"a\\u202eb\\u0085"'


def test_line_validator_cleans_and_keeps_the_cursor_after_the_kept_text(qtbot):
    from PySide6.QtGui import QValidator

    from recoveryjournal.ui.widgets.safe_text import CleanInputValidator, _utf16_offsets

    state, text, position = CleanInputValidator().validate("a\x00b\ud800c", 4)
    assert (state, text, position) == (QValidator.State.Acceptable, "abc", 2)
    assert _utf16_offsets("a😀b") == [0, 1, 3]
