"""The shipped trigger catalogue loads, and each kind of mistake in an edited copy gets a message saying where."""

from __future__ import annotations

import pytest

from recoveryjournal.domain.catalogue import default_triggers, parse_triggers
from recoveryjournal.domain.models import TriggerKind
from recoveryjournal.domain.resources import ResourceError, parse_toml


def load(text: str) -> list:
    return parse_triggers(parse_toml(text, "my-triggers.toml"), "my-triggers.toml")


def test_shipped_catalogue_has_every_kind_and_the_common_risk_factors():
    triggers = default_triggers()
    kinds = {trigger.kind for trigger in triggers}
    assert kinds == set(TriggerKind)
    risk = {trigger.name.casefold() for trigger in triggers if trigger.kind == TriggerKind.RISK}
    for words in ("peers", "stress", "mental", "family", "money"):
        assert any(words in name for name in risk), words
    assert all(trigger.description for trigger in triggers)


def test_seeded_into_a_new_journal(store):
    names = {trigger.name for trigger in store.triggers.list()}
    assert {trigger.name for trigger in default_triggers()} == names


def test_a_syntax_error_names_the_file():
    with pytest.raises(ResourceError, match=r"^my-triggers\.toml: .*line 2"):
        load('[[trigger]]\nname = "Loneliness\nkind = "emotional"\n')


def test_a_missing_name_says_which_entry():
    with pytest.raises(ResourceError, match=r"my-triggers\.toml, trigger 2: 'name' must be non-empty text"):
        load('[[trigger]]\nname = "A"\nkind = "social"\n[[trigger]]\nkind = "social"\n')


def test_a_blank_name_is_refused_too():
    with pytest.raises(ResourceError, match="trigger 1: 'name' must be non-empty text"):
        load('[[trigger]]\nname = "  "\nkind = "social"\n')


def test_a_missing_kind_names_the_trigger():
    with pytest.raises(ResourceError, match=r"trigger 1 \('Payday'\): 'kind' must be non-empty text"):
        load('[[trigger]]\nname = "Payday"\n')


def test_a_bad_kind_lists_the_good_ones():
    with pytest.raises(ResourceError, match="kind 'feelings' is not one of emotional, environmental, risk, social"):
        load('[[trigger]]\nname = "Payday"\nkind = "feelings"\n')


def test_a_duplicate_name_is_refused_whatever_its_case():
    with pytest.raises(ResourceError, match="trigger 2: 'payday' appears twice"):
        load('[[trigger]]\nname = "Payday"\nkind = "environmental"\n[[trigger]]\nname = "payday"\nkind = "social"\n')


def test_an_empty_catalogue_is_refused():
    with pytest.raises(ResourceError, match=r"my-triggers\.toml: needs at least one \[\[trigger\]\] table"):
        load("# nothing here\n")
