"""The package metadata stays in step with the source tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

import recoveryjournal

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "recoveryjournal").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    found.add("recoveryjournal.resources")
    assert found == listed


def test_resources_ship_inside_the_package():
    from importlib import resources

    names = {item.name for item in resources.files("recoveryjournal.resources").iterdir()}
    assert "triggers.toml" in names


def test_version_matches_metadata():
    assert recoveryjournal.__version__.count(".") == 2
