"""The benchmark's ten-year user, built small: counts scale with the size, the data is deterministic, and the timing
functions still run against the app as it is now, so the benchmark cannot rot unnoticed."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate import FULL, RARE_PHRASE, TRIGGER_TOTAL, Counts, generate

TODAY = date(2036, 1, 1)
TABLES = {
    "entries": "SELECT count(*) FROM journal_entries",
    "checkins": "SELECT count(*) FROM checkins",
    "trigger_links": "SELECT (SELECT count(*) FROM checkin_triggers) + (SELECT count(*) FROM entry_triggers)",
    "coping_uses": "SELECT count(*) FROM coping_uses",
    "reflections": "SELECT count(*) FROM reflections",
    "sessions": "SELECT count(*) FROM treatment_sessions",
    "lapses": "SELECT count(*) FROM lapses",
}


def counted(folder: Path) -> dict[str, int]:
    with sqlite3.connect(folder / "journal.sqlite3") as conn:
        return {name: conn.execute(sql).fetchone()[0] for name, sql in TABLES.items()}


def test_counts_scale_with_the_size(tmp_path: Path) -> None:
    counts = generate(tmp_path / "small", 0.02, TODAY)
    assert counts == Counts.at(0.02)
    assert counted(tmp_path / "small") == {name: max(3, round(total * 0.02)) for name, total in FULL.items()}
    assert counts.days == round(10 * 365.25 * 0.02)
    with sqlite3.connect(tmp_path / "small" / "journal.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM triggers").fetchone()[0] == TRIGGER_TOTAL
        first, last = conn.execute("SELECT min(substr(at, 1, 10)), max(substr(at, 1, 10)) FROM checkins").fetchone()
        assert (date.fromisoformat(last) - date.fromisoformat(first)).days == counts.days - 1
        assert (
            conn.execute("SELECT count(*) FROM journal_entries WHERE body LIKE ?", [f"%{RARE_PHRASE}%"]).fetchone()[0]
            == 3
        )


def test_same_arguments_same_journal(tmp_path: Path) -> None:
    for name in ("one", "two"):
        generate(tmp_path / name, 0.01, TODAY)
    bodies = []
    for name in ("one", "two"):
        with sqlite3.connect(tmp_path / name / "journal.sqlite3") as conn:
            bodies.append(conn.execute("SELECT created_at, body, mood FROM journal_entries ORDER BY id").fetchall())
    assert bodies[0] == bodies[1]
    assert len({body for _, body, _ in bodies[0]}) == len(bodies[0])


def test_the_timing_table_runs_on_a_tiny_journal() -> None:
    from benchmarks.run import format_table, run

    rows = run(scale=0.01, repeats=1, start=False, log=lambda _text: None)
    names = [row.name for row in rows]
    assert any(name.startswith("Chart redraw") for name in names)
    assert "Full JSON export + import into an empty folder" in names
    assert all(row.median > 0 and row.floor > 0 for row in rows)
    table = format_table(rows)
    assert table.count("\n") == len(rows) + 1


@pytest.mark.slow
def test_the_big_import_rows_measure_a_dry_run_and_its_floors(tmp_path):
    from benchmarks.big_import import big_import_rows

    timed, memory = big_import_rows(tmp_path, repeats=1, rows=2000, log=lambda text: None)
    assert timed.name == "Daylio import dry run, 2k rows" and timed.limit == 10.0
    assert timed.median > 0 and timed.floor > 0
    assert memory.unit == "MB" and memory.limit == 300.0
    assert memory.median >= memory.floor > 0
    assert not (tmp_path / "no-journal").exists()
