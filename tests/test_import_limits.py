"""Imports are bounded: a zip bomb or a huge file is refused before it can fill the memory, measured in a real process.

The child process runs the command as a person would and reports its own peak memory (VmHWM).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from recoveryjournal.domain.data_import import ImportFileError
from recoveryjournal.export.importers.base import MAX_ZIP_MEMBERS, Source, zip_members

MEGABYTE = 1024 * 1024
# The peak is VmHWM, this program's own high-water mark: ru_maxrss would keep the size of the test process that the
# child was forked from.
CHILD = """
import sys
from recoveryjournal.cli import main
code = main(sys.argv[1:])
with open("/proc/self/status") as status:
    print("PEAK", next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) // 1024)
raise SystemExit(code)
"""


def run_import(*args: str) -> tuple[subprocess.CompletedProcess, int]:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "import", *args], capture_output=True, text=True, env=env, timeout=300
    )
    peak = int(done.stdout.split("PEAK")[-1])
    return done, peak


def zeros_zip(path: Path, members: int, megabytes: int) -> Path:
    chunk = b"\0" * MEGABYTE
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number in range(members):
            with archive.open(f"journal{number}.json", "w", force_zip64=True) as member:
                for _ in range(megabytes):
                    member.write(chunk)
    return path


def refused_small(path: Path, fmt: str, folder: Path) -> str:
    """Import ``path`` in a child process; it must be refused with peak memory under 200 MB. Returns the error."""
    done, peak = run_import(str(path), "--format", fmt, "--dry-run", "--data-dir", str(folder))
    assert done.returncode == 2
    assert peak < 200, f"peak memory {peak} MB"
    return done.stderr


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = zeros_zip(tmp_path / "bomb.zip", members=6, megabytes=100)
    assert bomb.stat().st_size < 5 * MEGABYTE
    assert "would unpack to more than 512 MB" in refused_small(bomb, "dayone", tmp_path / "journal")


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as sparse:
        sparse.truncate(600 * MEGABYTE)
    assert "too large to import (more than 512 MB)" in refused_small(huge, "jrnl", tmp_path / "journal")


def test_a_zip_of_too_many_files_is_refused_before_its_directory_is_read(tmp_path):
    crowded = tmp_path / "crowded.zip"
    with zipfile.ZipFile(crowded, "w", zipfile.ZIP_STORED) as archive:
        for number in range(MAX_ZIP_MEMBERS + 1):
            archive.writestr(f"p{number}", b"")
    with pytest.raises(ImportFileError, match="more than 50000 files"):
        zip_members(Source.of_path(crowded), lambda name: True)


def test_only_the_wanted_members_of_a_zip_are_read(tmp_path):
    mixed = tmp_path / "dayone.zip"
    with zipfile.ZipFile(mixed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"entries": []}))
        archive.writestr("photos/abc.jpeg", b"\xff" * 1000)
        archive.writestr("notes.txt", b"not wanted")
    members = zip_members(Source.of_path(mixed), lambda name: name.endswith(".json"))
    assert list(members) == ["Journal.json"]


@pytest.mark.slow
def test_a_million_row_daylio_dry_run_stays_small_and_shows_progress(tmp_path):
    block = "".join(
        f"2024-{1 + number % 12:02d}-{1 + number % 28:02d},,,{number % 24}:{number % 60:02d} pm,"
        f'{("rad", "good", "Depressed", "zen")[number % 4]},walk | friends,,"Note {number}<br>more"\n'
        for number in range(1000)
    )
    big = tmp_path / "daylio.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write("full_date,date,weekday,time,mood,activities,note_title,note\n")
        for _ in range(1000):
            out.write(block)
    folder = tmp_path / "journal"
    done, peak = run_import(str(big), "--format", "daylio", "--dry-run", "--data-dir", str(folder))
    assert done.returncode == 0, done.stderr
    assert "1000000 journal entries and 1000000 check-ins would be added" in done.stdout
    assert "Reading the file: 50%" in done.stderr.splitlines()
    assert peak < 300, f"peak memory {peak} MB"
    assert not folder.exists()
