"""A crisis line is never empty, whatever the computer's locale says: every card in a real app process under
``LANG=C``, and the first run's country question pre-selected from a country's locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HELPER = Path(__file__).with_name("crisis_cards_app.py")
LOCALE_VARIABLES = ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE")


def cards(data_dir: Path, locale: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in LOCALE_VARIABLES}
    env.update(LANG=locale, LC_ALL=locale, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(HELPER), str(data_dir)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_every_crisis_card_shows_the_international_guidance_under_lang_c(tmp_path):
    shown = cards(tmp_path / "data", "C")
    assert shown["locale"] == "C"
    for card in ("help", "after use the default", "lapse", "lock screen", "country preview"):
        assert "emergency number" in shown[card] and "112" in shown[card], card
        assert "findahelpline.com" in shown[card], card
    assert "Night line" in shown["own line"] and "Night line" not in shown["after use the default"]
    assert shown["country asked"] == "default"


@pytest.mark.slow
def test_a_countrys_locale_shows_its_line_and_preselects_it(tmp_path):
    shown = cards(tmp_path / "data", "en_NZ.UTF-8")
    assert shown["country asked"] == "NZ"
    for card in ("help", "after use the default", "lapse", "lock screen", "country preview"):
        assert "1737" in shown[card], card
