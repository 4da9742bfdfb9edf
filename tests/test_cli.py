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
