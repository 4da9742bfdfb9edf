"""The command line: version, help, and one clear line on stderr for bad input."""

from __future__ import annotations

import subprocess
import sys

import pytest

import recoveryjournal


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "recoveryjournal", *args], capture_output=True, text=True, timeout=60)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert recoveryjournal.__version__ in result.stdout


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout and "--demo" in result.stdout and "demo-data" in result.stdout


def test_an_unknown_command_is_refused():
    result = run_cli("fly-to-the-moon")
    assert result.returncode != 0
    assert "invalid choice" in result.stderr


def test_the_cycle_collector_is_paused_only_while_the_window_starts():
    import gc

    from recoveryjournal.cli import collection_paused

    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the window failed to start")
    assert gc.isenabled()


def test_a_journal_message_reaches_stderr_in_the_language_of_the_computer(tmp_path):
    """A store error printed by a command is in Spanish when the computer speaks Spanish."""
    import os
    import sqlite3

    from recoveryjournal import paths

    conn = sqlite3.connect(paths.database_path(tmp_path))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    environment = {**os.environ, "LANGUAGE": "es_MX.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "recoveryjournal", "--data-dir", str(tmp_path), "backup"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Este diario se guardó con una versión más nueva de Recovery Journal (formato 999;" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["backup"],
        ["check"],
        ["restore"],
        ["restore", "backup.sqlite3"],
        ["export", "--from", "2026-01-01", "--to", "2026-01-31", "-o", "summary.pdf"],
        ["export-data", "--format", "json", "-o", "export.json"],
        ["import", "--format", "daylio", "daylio.csv"],
        ["import", "--format", "daylio", "--dry-run", "daylio.csv"],
    ],
)
@pytest.mark.parametrize("inside", [False, True], ids=["the-file", "inside-the-file"])
def test_a_data_dir_that_is_a_file_is_refused_in_one_line(tmp_path, monkeypatch, capsys, command, inside):
    """``--data-dir`` naming a file (or a folder inside one): every command says so on one line, writes nothing."""
    from recoveryjournal import cli

    monkeypatch.setenv("LANGUAGE", "en_US")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "daylio.csv").write_text("full_date,mood\n2026-01-02,good\n", encoding="utf-8")
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes", encoding="utf-8")
    given = not_a_folder / "journal" if inside else not_a_folder
    before = sorted(path.name for path in tmp_path.iterdir())
    assert cli.main(["--data-dir", str(given), *command]) == 2
    err = capsys.readouterr().err
    assert err == f"recoveryjournal: {not_a_folder} is a file, not a folder. Choose a folder for your journal.\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == before
    assert not_a_folder.read_text(encoding="utf-8") == "my notes"


def test_check_names_a_journal_from_a_newer_version_as_backup_does(tmp_path, monkeypatch, capsys):
    import sqlite3

    from recoveryjournal import cli, paths
    from recoveryjournal.store import schema

    conn = sqlite3.connect(paths.database_path(tmp_path))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    monkeypatch.setenv("LANGUAGE", "en_US")
    assert cli.main(["--data-dir", str(tmp_path), "check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "recoveryjournal: This journal was saved by a newer version of Recovery Journal (format 999; this version "
        f"reads up to {schema.SCHEMA_VERSION}). Please update the app; the file is unchanged.\n"
    )
    assert cli.main(["--data-dir", str(tmp_path), "backup"]) == 2
    assert capsys.readouterr().err == err
