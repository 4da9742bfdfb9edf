"""``recoveryjournal demo-data DIR``: writes the sample journal headless, and never into a folder already in use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from recoveryjournal import paths
from recoveryjournal.store.store import Store


def demo_data(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "recoveryjournal", "demo-data", str(folder)], capture_output=True, text=True, timeout=60
    )


def test_demo_data_writes_a_new_journal(tmp_path):
    folder = tmp_path / "sample"
    result = demo_data(folder)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert str(folder) in result.stdout
    assert paths.database_path(folder).is_file()
    with Store.open(folder) as store:
        assert len(store.checkins.recent(500)) > 200
        assert len(store.lapses.all()) == 1


def test_demo_data_refuses_a_folder_that_is_not_empty(tmp_path):
    folder = tmp_path / "in-use"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    result = demo_data(folder)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not empty" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
