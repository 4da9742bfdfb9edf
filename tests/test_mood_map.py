"""``--mood-map`` for Daylio moods whose names hold commas, equals signs, quotes, backslashes or emoji: the map the
dry run prints pastes back verbatim and gives every mood the level it showed."""

from __future__ import annotations

import csv
import io
import shlex
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recoveryjournal.cli import main
from recoveryjournal.domain.data_import import read_mood_map
from recoveryjournal.export.importers import daylio
from recoveryjournal.export.importers.daylio import normal_label

MOODS = ["Meh, a bit", "a=b", 'it\'s "fine"', "😊 calm", "back\\slash, =odd\\", "rad", "Depressed"]
SUGGESTION = "To choose other levels, run again with: --mood-map "


def daylio_file(folder: Path) -> Path:
    out = io.StringIO(newline="")
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"])
    for day, mood in enumerate(MOODS, start=1):
        rows.writerow([f"2024-03-{day:02d}", f"March {day}", "Friday", "20:00", mood, "", "", ""])
    path = folder / "daylio.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def printed_map(out: str) -> list[str]:
    """The ``--mood-map`` option as a shell would pass it, from the line the dry run prints."""
    line = next(line for line in out.splitlines() if line.startswith(SUGGESTION))
    return shlex.split(line.removeprefix("To choose other levels, run again with: "))


def test_the_printed_mood_map_pastes_back_verbatim_with_every_kind_of_name(tmp_path, capsys):
    source = daylio_file(tmp_path)
    folder = tmp_path / "journal"
    command = ["--data-dir", str(folder), "import", str(source), "--format", "daylio"]
    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out
    for label in ("meh, a bit", "a=b", 'it\'s "fine"', "😊 calm", "back\\slash, =odd\\"):
        assert f"  {label}: no level yet" in out
    assert "  depressed: 1 (proposed)" in out
    pasted = printed_map(out)
    assert pasted[0] == "--mood-map"

    assert main([*command, *pasted, "--dry-run"]) == 0
    again = capsys.readouterr().out
    assert "no level yet" not in again
    assert "  meh, a bit: 3\n" in again and "  depressed: 1\n" in again and "  rad: 5\n" in again
    assert printed_map(again) == pasted

    assert main([*command, *pasted]) == 0
    conn = sqlite3.connect(folder / "journal.sqlite3")
    moods = conn.execute("SELECT mood, note FROM checkins ORDER BY at").fetchall()
    conn.close()
    assert moods == [(3, ""), (3, ""), (3, ""), (3, ""), (3, ""), (5, ""), (1, "")]


def test_a_chosen_level_for_a_name_with_a_comma_is_written_with_an_escape(tmp_path, capsys):
    source = daylio_file(tmp_path)
    folder = tmp_path / "journal"
    mapping = r"Meh\, a bit=2,a=b=4,😊 calm=5"
    assert main(["--data-dir", str(folder), "import", str(source), "--format", "daylio", "--mood-map", mapping]) == 0
    conn = sqlite3.connect(folder / "journal.sqlite3")
    moods = conn.execute("SELECT mood FROM checkins ORDER BY at LIMIT 4").fetchall()
    conn.close()
    assert moods == [(2,), (4,), (None,), (5,)]


@pytest.mark.parametrize("mapping", ["Meh, a bit=2", r"a\=b", "rad=5,", r"x\=3"])
def test_a_map_that_cannot_be_read_says_how_to_write_commas_and_equals_signs(tmp_path, capsys, mapping):
    source = daylio_file(tmp_path)
    folder = tmp_path / "journal"
    assert main(["--data-dir", str(folder), "import", str(source), "--format", "daylio", "--mood-map", mapping]) == 2
    assert r"write \, for a comma and \= for an equals sign" in capsys.readouterr().err
    assert not folder.exists()


@given(st.lists(st.text(min_size=1, max_size=12).map(normal_label).filter(bool), min_size=1, max_size=5, unique=True))
def test_any_mood_name_survives_the_map_the_import_prints(labels):
    out = io.StringIO(newline="")
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(["full_date", "date", "weekday", "time", "mood"])
    for day, label in enumerate(labels, start=1):
        rows.writerow([f"2024-03-0{day}", f"March {day}", "Friday", "20:00", label])
    plan = daylio.parse(out.getvalue().encode("utf-8"))
    read_back = {normal_label(label): level for label, level in read_mood_map(plan.mood_map()).items()}
    assert read_back == {mood.label: mood.level or 3 for mood in plan.moods}
    assert set(read_back) == set(labels)
