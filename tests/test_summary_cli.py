"""``recoveryjournal export`` as a person runs it: a real process, no display, clear one-line errors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from summary_fixture import fill

from recoveryjournal.opening import open_journal

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def journal(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    store = open_journal(folder)
    fill(store)
    store.close()
    return folder


def export(journal: Path, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    command = [sys.executable, "-m", "recoveryjournal", "export", "--data-dir", str(journal), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def test_pdf_without_a_display(journal, tmp_path):
    target = tmp_path / "summary.pdf"
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(target).pages)
    assert "Check-ins 4 on 4 of 14 days" in text and "Page 1 of" in text
    assert "CHOSEN-ENTRY-BODY" not in text and "PRIVATE-ENTRY-BODY" not in text


def test_html_with_journal_text(journal, tmp_path):
    target = tmp_path / "summary.html"
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target), "--include-journal")
    assert done.returncode == 0, done.stderr
    document = target.read_text(encoding="utf-8")
    assert "CHOSEN-ENTRY-BODY" in document and "UNSELECTED-ENTRY-BODY" in document
    assert "PRIVATE-ENTRY-BODY" not in document and "OUTSIDE-ENTRY-BODY" not in document


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-3-1", "2026-03-14", "--from '2026-3-1' is not a date; use YYYY-MM-DD"),
        ("2026-03-01", "2026-02-30", "--to '2026-02-30' is not a real date"),
        ("2026-03-14", "2026-03-01", "the period ends (2026-03-01) before it starts (2026-03-14)"),
    ],
)
def test_bad_dates_write_nothing(journal, tmp_path, start, end, message):
    target = tmp_path / "summary.pdf"
    done = export(journal, "--from", start, "--to", end, "-o", str(target))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()


def test_unwritable_path(journal, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    read_only = Path("/proc") if os.geteuid() == 0 else locked  # root may write in any ordinary folder
    cases = ((tmp_path / "no-such-folder" / "summary.html", "does not exist"), (read_only / "summary.html", "cannot"))
    for target, message in cases:
        done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target))
        assert done.returncode == 2 and message in done.stderr and done.stderr.count("\n") == 1
        assert not target.exists()


def test_existing_file_needs_force(journal, tmp_path):
    target = tmp_path / "summary.html"
    target.write_text("keep me")
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target))
    assert done.returncode == 2 and "already exists" in done.stderr and "--force" in done.stderr
    assert target.read_text() == "keep me"
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target), "--force")
    assert done.returncode == 0, done.stderr
    assert "Check-ins" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_no_journal_in_folder(tmp_path):
    done = export(tmp_path / "empty", "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "there is no journal in" in done.stderr
    assert not (tmp_path / "empty").exists() and not (tmp_path / "x.pdf").exists()


def test_name_topics_sections_and_brief(journal, tmp_path):
    topics = tmp_path / "topics.txt"
    topics.write_text("Sleep since the program ended\nMy sister's visit\n", encoding="utf-8")
    target = tmp_path / "summary.html"
    chosen = "flags,topics,glance,lapses,lapse-accounts"
    done = export(
        journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target), "--name", "J. D.",
        "--topics", f"@{topics}", "--sections", chosen,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = target.read_text(encoding="utf-8")
    assert "J. D." in document and "Sleep since the program ended" in document
    assert "Work party, colleagues drinking" in document  # the lapse account, named in --sections
    assert "Top triggers" not in document and "My plan" not in document
    brief = tmp_path / "brief.pdf"
    done = export(
        journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(brief), "--brief", "--topics", "Sleep"
    )
    assert done.returncode == 0, done.stderr
    [page] = pypdf.PdfReader(brief).pages
    assert "Sleep" in page.extract_text() and "Work party" not in page.extract_text()


def test_unknown_section_is_named(journal, tmp_path):
    target = tmp_path / "summary.html"
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target), "--sections", "flags,plna")
    assert done.returncode == 2 and "unknown section 'plna'" in done.stderr and done.stderr.count("\n") == 1
    assert not target.exists()


def test_summary_in_spanish(journal, tmp_path):
    target = tmp_path / "resumen.html"
    done = export(journal, "--from", "2026-03-01", "--to", "2026-03-14", "-o", str(target), "--language", "es")
    assert done.returncode == 0, done.stderr
    document = target.read_text(encoding="utf-8")
    assert 'lang="es"' in document and "Resumen para mi terapeuta" in document and "Cifras clave" in document
    assert "Key numbers" not in document and "Summary for my therapist" not in document
