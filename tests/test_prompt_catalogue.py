"""The prompt catalogue and prompt packs: every shipped prompt is valid, and every kind of mistake is named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recoveryjournal.domain.prompt_catalogue import (
    CATEGORIES,
    Prompt,
    default_prompts,
    merged_catalogue,
    new_prompt_id,
    parse_prompts,
    prompts_to_toml,
)
from recoveryjournal.domain.reflection_models import CustomPrompt
from recoveryjournal.domain.resources import ResourceError
from recoveryjournal.domain.signals import SIGNAL_LABELS

GOOD = """\
[[prompt]]
id = "first"
text = "What went well today?"
category = "gratitude"
signals = ["quiet"]
cooldown_days = 5

[[prompt]]
id = "second"
text = "Who could you call this week?"
category = "relationships"
signals = ["mood_down", "away"]
cooldown_days = 7
follow_ups = ["What would you say?"]
"""


def test_shipped_catalogue_is_valid_and_covers_every_category():
    prompts = default_prompts()
    assert len(prompts) >= 60
    assert {p.category for p in prompts} == set(CATEGORIES)
    assert len({p.id for p in prompts}) == len(prompts)


def test_shipped_catalogue_has_no_blaming_words():
    for prompt in default_prompts():
        words = (prompt.text + " ".join(prompt.follow_ups)).casefold()
        for word in ("addict", "dirty", "failure", "failed", "relapsed again", "clean"):
            assert word not in words, (prompt.id, word)


def test_every_signal_has_a_prompt_and_lapse_prompts_exist():
    prompts = default_prompts()
    covered = {signal for p in prompts for signal in p.signals}
    assert covered == set(SIGNAL_LABELS)
    assert sum(p.category == "after a lapse" for p in prompts) >= 4


def test_parses_fields():
    first, second = parse_prompts(GOOD, "pack.toml")
    assert first == Prompt("first", "What went well today?", "gratitude", ("quiet",), 5, (), "catalogue")
    assert second.follow_ups == ("What would you say?",)
    assert second.signals == ("mood_down", "away")


def _bad(text: str) -> str:
    with pytest.raises(ResourceError) as caught:
        parse_prompts(text, "pack.toml", "pack")
    return str(caught.value)


def test_unknown_category_names_prompt_field_and_line():
    message = _bad(GOOD.replace('category = "relationships"', 'category = "family"'))
    assert message.startswith("pack.toml, line 11: prompt 'second' (prompt 2): 'category'")
    assert "'family'" in message


def test_unknown_signal_is_named():
    message = _bad(GOOD.replace('signals = ["quiet"]', 'signals = ["sunny"]'))
    assert "line 5" in message and "prompt 'first'" in message and "'signals'" in message and "'sunny'" in message


def test_duplicate_ids_are_named():
    message = _bad(GOOD.replace('id = "second"', 'id = "first"'))
    assert "line 9" in message and "prompt 'first' (prompt 2)" in message and "already used by prompt 1" in message


@pytest.mark.parametrize("cooldown", ["-1", "400", '"weekly"', "2.5", "true"])
def test_bad_cooldown_is_named(cooldown):
    message = _bad(GOOD.replace("cooldown_days = 5", f"cooldown_days = {cooldown}"))
    assert "line 6" in message and "prompt 'first'" in message and "'cooldown_days'" in message


def test_missing_text_names_the_prompt_and_its_header_line():
    message = _bad(GOOD.replace('text = "Who could you call this week?"\n', ""))
    assert "line 8" in message and "prompt 'second' (prompt 2): 'text' must be non-empty text" in message


def test_blank_text_is_rejected():
    assert "'text'" in _bad(GOOD.replace('"What went well today?"', '"   "'))


def test_missing_id_names_the_prompt_number():
    message = _bad(GOOD.replace('id = "second"\n', ""))
    assert "line 8: prompt 2: 'id'" in message


def test_bad_id_and_unknown_field_and_bad_follow_ups():
    assert "'id' may use only" in _bad(GOOD.replace('id = "first"', 'id = "First one"'))
    assert "'colour' is not a prompt field" in _bad(
        GOOD.replace("cooldown_days = 5", 'cooldown_days = 5\ncolour = "red"')
    )
    assert "'follow_ups'" in _bad(GOOD.replace('["What would you say?"]', '[""]'))
    assert "'signals' must be a list" in _bad(GOOD.replace('signals = ["quiet"]', 'signals = "quiet"'))


def test_toml_syntax_error_gives_the_line():
    message = _bad(GOOD.replace('category = "gratitude"', 'category = "gratitude'))
    assert message.startswith("pack.toml:") and "line 4" in message


def test_empty_pack_is_rejected():
    assert "at least one [[prompt]]" in _bad("# nothing here\n")


def test_pack_may_not_reuse_a_built_in_id():
    with pytest.raises(ResourceError, match=r"line 2: prompt 'first' .*built-in"):
        parse_prompts(GOOD, "pack.toml", "pack", taken={"first"})


def test_pack_round_trip():
    prompts = parse_prompts(GOOD, "pack.toml", "pack")
    text = prompts_to_toml(prompts, "From my therapist")
    assert text.startswith("# From my therapist")
    assert parse_prompts(text, "again.toml", "pack") == prompts


@given(st.text(min_size=1).filter(lambda t: t.strip()), st.lists(st.text(min_size=1).filter(str.strip), max_size=3))
def test_any_text_survives_export(text, follow_ups):
    prompt = Prompt("own-x", text, "coping", ("quiet",), 3, tuple(follow_ups), "own")
    assert parse_prompts(prompts_to_toml([prompt]), "x.toml", "own") == [prompt]


def test_custom_prompts_join_but_never_replace_shipped_ones():
    shipped = [Prompt("a", "A?", "goals")]
    custom = [
        CustomPrompt("a", "Replaced?", "goals"),
        CustomPrompt("own-b", "B?", "coping", ["quiet"], 3, [], "own"),
    ]
    merged = merged_catalogue(shipped, custom)
    assert [p.id for p in merged] == ["a", "own-b"]
    assert merged[0].text == "A?" and merged[1].custom and merged[1].cooldown_days == 3


def test_new_prompt_id_is_readable_and_unique():
    assert new_prompt_id("What is my why?", set()) == "own-what-is-my-why"
    assert new_prompt_id("What is my why?", {"own-what-is-my-why"}) == "own-what-is-my-why-2"
    assert new_prompt_id("¿?", set()) == "own-prompt"


def test_an_imported_pack_problem_is_named_in_the_language_of_the_window():
    from recoveryjournal import i18n

    with i18n.speaking("es"):
        message = _bad(GOOD.replace('category = "relationships"', 'category = "family"'))
        duplicate = _bad(GOOD.replace('id = "second"', 'id = "first"'))
    assert message.startswith("pack.toml, línea 11: prompt 'second' (prompt 2): 'category' debe ser uno de estos: ")
    assert message.endswith("(dice 'family')")
    assert duplicate == "pack.toml, línea 9: prompt 'first' (prompt 2): ese id ya lo usa la pregunta 1"
