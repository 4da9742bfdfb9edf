"""``recoveryjournal export-data`` and ``recoveryjournal import`` as a person runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from recoveryjournal.cli import main
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import JournalEntry
from recoveryjournal.opening import open_journal

DATA = Path(__file__).parent / "data"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "recoveryjournal", *args], capture_output=True, text=True, env=env, timeout=120
    )


def count(folder: Path, table: str) -> int:
    conn = sqlite3.connect(folder / "journal.sqlite3")
    try:
        return conn.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def journal(tmp_path) -> Path:
    folder = tmp_path / "journal"
    with open_journal(folder) as store:
        store.journal.add(JournalEntry(now_local(), "Day one", "Starting again, gently."))
    return folder


def test_export_then_import_into_an_empty_folder_in_real_processes(journal, tmp_path):
    target = tmp_path / "everything.json"
    done = run("--data-dir", str(journal), "export-data", "--format", "json", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh"
    done = run("--data-dir", str(fresh), "import", str(target), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "Imported." in done.stdout
    conn = sqlite3.connect(fresh / "journal.sqlite3")
    assert conn.execute("SELECT title, body FROM journal_entries").fetchall() == [
        ("Day one", "Starting again, gently.")
    ]
    conn.close()


def test_export_refuses_to_replace_a_file_without_force(journal, tmp_path, capsys):
    target = tmp_path / "everything.zip"
    target.write_bytes(b"keep me")
    assert main(["--data-dir", str(journal), "export-data", "--format", "csv", "-o", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == b"keep me"
    assert main(["--data-dir", str(journal), "export-data", "--format", "csv", "-o", str(target), "--force"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_export_without_a_journal_is_one_clear_line(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "none"), "export-data", "--format", "json", "-o", str(tmp_path / "x")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "there is no journal" in err


def test_dry_run_shows_counts_first_rows_and_problems_and_changes_nothing(journal, capsys):
    before = count(journal, "checkins")
    code = main(
        ["--data-dir", str(journal), "import", str(DATA / "daylio_current.csv"), "--format", "daylio", "--dry-run"]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "3 journal entries and 5 check-ins would be added" in out
    assert "2024-05-15 18:00  Check-in: mood 1, Very low" in out
    assert "calm-ish: no level yet (imported without a mood, the word kept)" in out
    assert "run again with: --mood-map rad=5,meh=3,bad=2,calm-ish=3,awful=1" in out
    assert "Nothing was changed" in out
    assert count(journal, "checkins") == before


def test_daylio_import_with_a_mood_map_backs_up_and_adds(journal, capsys):
    args = ["--data-dir", str(journal), "import", str(DATA / "daylio_current.csv"), "--format", "daylio"]
    assert main([*args, "--mood-map", "calm-ish=4,rad=5"]) == 0
    out = capsys.readouterr().out
    assert "before-import" in out
    conn = sqlite3.connect(journal / "journal.sqlite3")
    assert conn.execute("SELECT mood FROM checkins WHERE at LIKE '2024-05-16%'").fetchall() == [(4,)]
    conn.close()
    assert count(journal, "journal_entries") == 4


@pytest.mark.parametrize("mapping", ["rad", "rad=9", "=3", "rad=five"])
def test_bad_mood_map_is_refused(journal, capsys, mapping):
    args = ["--data-dir", str(journal), "import", str(DATA / "daylio_current.csv"), "--format", "daylio"]
    assert main([*args, "--mood-map", mapping]) == 2
    assert "--mood-map" in capsys.readouterr().err
    assert count(journal, "checkins") == 0


def test_broken_file_imports_nothing(journal, capsys):
    code = main(["--data-dir", str(journal), "import", str(DATA / "daylio_unterminated.csv"), "--format", "daylio"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("recoveryjournal: nothing was imported: line 2: a quoted cell")
    assert count(journal, "checkins") == 0


@pytest.mark.parametrize(
    ("name", "fmt", "entries"),
    [("jrnl.json", "jrnl", 3), ("dayone.zip", "dayone", 2), ("bearable.csv", "bearable", 2)],
)
def test_other_apps_import(journal, name, fmt, entries, capsys):
    assert main(["--data-dir", str(journal), "import", str(DATA / name), "--format", fmt]) == 0
    assert count(journal, "journal_entries") == 1 + entries


def test_missing_file_and_wrong_format_pairing(journal, tmp_path, capsys):
    assert main(["--data-dir", str(journal), "import", str(tmp_path / "nope.csv"), "--format", "daylio"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["--data-dir", str(journal), "import", str(DATA / "jrnl.json"), "--format", "daylio"]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    args = ["--data-dir", str(journal), "import", str(DATA / "jrnl.json"), "--format", "jrnl", "--mood-map", "a=1"]
    assert main(args) == 2
    assert "only for --format daylio" in capsys.readouterr().err


def test_fatal_error_naming_text_from_the_file_stays_on_one_line(journal, tmp_path, capsys):
    bad = tmp_path / "export.json"
    bad.write_text('{"format": "recoveryjournal-export", "format_version": "2\\nrm -rf \\u202e"}', encoding="utf-8")
    assert main(["--data-dir", str(journal), "import", str(bad), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "newer format" in err and "\u202e" not in err


def test_dry_run_without_a_journal_creates_nothing(tmp_path, capsys):
    folder = tmp_path / "not-yet"
    code = main(
        ["--data-dir", str(folder), "import", str(DATA / "bearable_export.csv"), "--format", "bearable", "--dry-run"]
    )
    assert code == 0
    assert "there is no journal in that folder yet" in capsys.readouterr().out
    assert not folder.exists()


def test_the_wrong_kind_of_file_is_one_error_line(journal, capsys):
    code = main(["--data-dir", str(journal), "import", str(DATA / "jrnl.json"), "--format", "dayone"])
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "nothing in this file could be read as Day One" in err


def test_importing_the_same_file_again_adds_nothing(journal, capsys):
    args = ["--data-dir", str(journal), "import", str(DATA / "jrnl_tags.json"), "--format", "jrnl"]
    assert main(args) == 0
    entries = count(journal, "journal_entries")
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Everything in this file is already in your journal" in out
    assert "Nothing was imported: everything in the file is already in your journal." in out
    assert count(journal, "journal_entries") == entries


def test_a_large_file_shows_progress_on_the_command_line(journal, tmp_path, capsys):
    large = tmp_path / "jrnl.json"
    entries = [
        {"date": "2024-01-02", "time": "10:00", "title": f"Day {n}", "body": "words " * 200} for n in range(1000)
    ]
    large.write_text(json.dumps({"tags": {}, "entries": entries}), "utf-8")
    assert large.stat().st_size > 1024 * 1024
    assert main(["--data-dir", str(journal), "import", str(large), "--format", "jrnl"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "Reading the file: 100%" in err
    assert "Importing: 100%" in err
