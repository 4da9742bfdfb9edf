import sqlite3

import pytest

from recoveryjournal import paths
from recoveryjournal.domain.coping_catalogue import default_coping_actions, parse_coping
from recoveryjournal.domain.resources import ResourceError, parse_toml
from recoveryjournal.opening import open_journal


def test_shipped_catalogue_loads_with_the_core_ideas():
    names = {action.name for action in default_coping_actions()}
    for expected in ("Paced breathing", "Short meditation", "Go for a walk", "Urge surfing", "HALT check"):
        assert expected in names
    assert len(names) >= 15


def test_every_shipped_idea_has_category_and_description():
    for action in default_coping_actions():
        assert action.category and action.description
        assert not action.custom


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "needs at least one [[action]]"),
        ('[[action]]\nname = "Walk"\ndescription = "x"', "action 1 ('Walk'): 'category' must be non-empty"),
        ('[[action]]\nname = "Walk"\ncategory = "body"\ndescription = " "', "('Walk'): 'description' must be"),
        ('[[action]]\ncategory = "body"\ndescription = "x"', "action 1: 'name' must be non-empty"),
        (
            '[[action]]\nname = "Walk"\ncategory = "body"\ndescription = "x"\n'
            '[[action]]\nname = "walk"\ncategory = "body"\ndescription = "y"',
            "action 2: 'walk' appears twice",
        ),
        ('[[action]]\nname = "Walk"\ncategory = "body"\ndescription = "x"\ncolour = "red"', "unknown field 'colour'"),
    ],
)
def test_bad_entries_name_the_entry_and_field(text, message):
    with pytest.raises(ResourceError) as caught:
        parse_coping(parse_toml(text, "coping.toml"))
    assert message in str(caught.value)
    assert str(caught.value).startswith("coping.toml")


def test_syntax_error_names_the_file():
    with pytest.raises(ResourceError, match=r"^coping\.toml: "):
        parse_toml("[[action]\nname=", "coping.toml")


def test_new_journal_is_seeded_once_and_keeps_deletions(data_dir):
    store = open_journal(data_dir)
    walk = store.coping.action_by_name("Go for a walk")
    assert walk is not None
    store.coping.delete_action(walk.id)
    store.close()

    reopened = open_journal(data_dir)
    try:
        assert reopened.coping.action_by_name("Go for a walk") is None
    finally:
        reopened.close()
    with sqlite3.connect(paths.database_path(data_dir)) as raw:
        count = raw.execute("SELECT COUNT(*) FROM coping_actions").fetchone()[0]
    assert count == len(default_coping_actions())


def test_seeding_skips_a_name_the_person_already_has(data_dir):
    from recoveryjournal.domain.coping_models import CopingAction
    from recoveryjournal.opening import SEEDED_KEY, seed_catalogues
    from recoveryjournal.store.store import Store

    with Store.open(data_dir) as store:
        store.coping.add_action(CopingAction(name="urge surfing", category="mine", custom=True))
        seed_catalogues(store)
        assert store.settings.get(SEEDED_KEY) is True
        own = store.coping.action_by_name("Urge surfing")
        assert own.category == "mine" and own.custom
        assert len(store.coping.actions()) == len(default_coping_actions())
