"""Pages are called by the names the sidebar gives them in every message that sends the person to one (a note once
said "edit it on the Reflections page" when the page is called "Reflect")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from recoveryjournal.ui.pages import PAGES, page_title

ROOT = Path(__file__).resolve().parent.parent
NAMED_PAGE = re.compile(r"\b(?:the|on|from|to|in|open) ((?:My|[A-Z][a-z]+)(?: [a-z]+)?) page\b")
"""After "the" (or on, from…): a capitalised name, perhaps with a second word in lower case ("My plan", "Coping
toolbox"), then "page"."""


def strings_in(source: Path) -> list[str]:
    """Every string literal in a module, f-strings' literal parts included."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def texts() -> list[tuple[str, str]]:
    found = []
    for source in sorted((ROOT / "recoveryjournal").rglob("*.py")):
        found += [(source.relative_to(ROOT).as_posix(), text) for text in strings_in(source)]
    for resource in sorted((ROOT / "resources").rglob("*.toml")):
        found.append((resource.relative_to(ROOT).as_posix(), resource.read_text(encoding="utf-8")))
    return found


def named_pages(text: str) -> list[str]:
    return [match.group(1) for match in NAMED_PAGE.finditer(text.replace("\n", " "))]


def test_every_message_that_names_a_page_uses_a_real_page_name():
    titles = {spec.title for spec in PAGES}
    wrong = [(where, name) for where, text in texts() for name in named_pages(text) if name not in titles]
    assert wrong == []


def test_the_check_finds_a_wrong_name():
    assert named_pages("You can edit it on the Reflections page.") == ["Reflections"]
    assert named_pages("Bring it back from the Coping toolbox page") == ["Coping toolbox"]
    assert named_pages("Brief only (one page: flags)") == []
    assert named_pages("Where what page one leaves out can be read.") == []


@pytest.mark.parametrize("spec", PAGES, ids=[spec.key for spec in PAGES])
def test_page_title_is_the_sidebar_name(spec):
    assert page_title(spec.key) == spec.title
