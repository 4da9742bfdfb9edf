"""A one-million-row Daylio file dry-run as a person runs it (``recoveryjournal import … --dry-run``), in its own
process, for its time and peak memory (issue 21: ≤ 10 s and ≤ 300 MB).

The floor for the time is the same process reading the same file with Python's ``csv`` module and nothing else; the
floor for the memory is the same process importing the command and stopping.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.table import Row

ROWS = 1_000_000
TIME_LIMIT = 10.0
MEMORY_LIMIT_MB = 300.0
MOODS = ("rad", "good", "meh", "bad", "awful", "Depressed", "calm")
ACTIVITIES = ("", "friends | walk", "work | stressed", "meeting", "family | good meal | reading")
NOTES = ("", "", "", "Called my sponsor.", "A hard evening; it passed.<br>Slept early.")

CHILD = r"""
import os, sys, time
kind, path, folder = sys.argv[1], sys.argv[2], sys.argv[3]
began = time.perf_counter()
if kind == "import":
    from recoveryjournal.cli import main
    with open(os.devnull, "w") as quiet:
        sys.stdout = quiet
        code = main(["import", path, "--format", "daylio", "--dry-run", "--data-dir", folder])
        sys.stdout = sys.__stdout__
    assert code == 0, code
elif kind == "csv":
    import csv
    with open(path, newline="", encoding="utf-8-sig") as text:
        for _ in csv.reader(text):
            pass
else:
    import recoveryjournal.cli
took = time.perf_counter() - began
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
print(took, peak)
"""


def write_daylio(path: Path, rows: int = ROWS) -> Path:
    """A Daylio export in the current shape, newest first, one row every 20 minutes back from the end of 2025."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("full_date,date,weekday,time,mood,activities,note_title,note\n")
        minute = 2025 * 525_600
        for number in range(rows):
            moment = minute - number * 20
            day = 1 + (moment // 1440) % 28
            month = 1 + (moment // 40_320) % 12
            year = 2025 - number // 26_280
            clock = f"{(moment // 60) % 24:02d}:{moment % 60:02d}"
            note = NOTES[number % len(NOTES)]
            out.write(
                f"{year}-{month:02d}-{day:02d},,,{clock},{MOODS[number % len(MOODS)]},"
                f'{ACTIVITIES[number % len(ACTIVITIES)]},,"{note}"\n'
            )
    return path


def measure(kind: str, path: Path, folder: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one child process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(path), str(folder)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    took, peak = done.stdout.split()
    return float(took), float(peak)


def big_import_rows(scratch: Path, repeats: int = 3, rows: int = ROWS, log=print) -> list[Row]:
    began = time.perf_counter()
    path = write_daylio(scratch / "daylio-million.csv", rows)
    log(f"Wrote a {rows}-row Daylio file ({path.stat().st_size // 2**20} MB) in {time.perf_counter() - began:.1f} s")
    runs, floors, bare = [], [], []
    for _ in range(repeats):
        runs.append(measure("import", path, scratch / "no-journal"))
        floors.append(measure("csv", path, scratch / "no-journal"))
        bare.append(measure("bare", path, scratch / "no-journal"))
    label = f"{rows // 1000}k" if rows < ROWS else f"{rows // ROWS} million"
    return [
        Row(
            f"Daylio import dry run, {label} rows",
            statistics.median(took for took, _ in runs),
            statistics.median(took for took, _ in floors),
            "reading its CSV rows",
            limit=TIME_LIMIT,
        ),
        Row(
            f"Daylio import dry run, {label} rows: peak memory",
            statistics.median(peak for _, peak in runs),
            statistics.median(peak for _, peak in bare),
            "the command loaded",
            unit="MB",
            limit=MEMORY_LIMIT_MB,
        ),
    ]
