"""Fuzzing the importers: any bytes give a clean result or an ``ImportFileError``, never another exception, and an
import into a real journal is all or nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoveryjournal.domain.data_import import DataDump, ImportFileError, ImportPlan
from recoveryjournal.export import data, transfer
from recoveryjournal.export.importers import bearable, daylio, dayone, jrnl
from recoveryjournal.export.importers.base import Source
from recoveryjournal.opening import open_journal
from recoveryjournal.store import data_io, schema

DATA = Path(__file__).parent / "data"
SAMPLES = {
    "daylio": "daylio_current.csv",
    "jrnl": "jrnl.json",
    "dayone": "dayone.zip",
    "bearable": "bearable.csv",
}
PARSERS = {"daylio": daylio.parse, "jrnl": jrnl.parse, "dayone": dayone.parse, "bearable": bearable.parse}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def spec(tmp_path_factory):
    with open_journal(tmp_path_factory.mktemp("spec") / "data") as store:
        return data_io.table_spec(store)


def parse_or_refuse(fmt: str, content: bytes) -> ImportPlan | None:
    try:
        plan = PARSERS[fmt](content)
    except ImportFileError as error:
        assert str(error)
        return None
    assert isinstance(plan, ImportPlan)
    return plan


def mutated(sample: bytes) -> st.SearchStrategy[bytes]:
    """The sample cut off, with bytes changed, or with random bytes spliced in: what a damaged download looks like."""
    cut = st.integers(0, len(sample)).map(lambda end: sample[:end])
    flipped = st.lists(st.tuples(st.integers(0, len(sample) - 1), st.integers(0, 255)), max_size=8).map(
        lambda changes: _apply(sample, changes)
    )
    spliced = st.tuples(st.integers(0, len(sample)), st.binary(max_size=40)).map(
        lambda pair: sample[: pair[0]] + pair[1] + sample[pair[0] :]
    )
    return cut | flipped | spliced


def _apply(sample: bytes, changes: list[tuple[int, int]]) -> bytes:
    result = bytearray(sample)
    for index, value in changes:
        result[index] = value
    return bytes(result)


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@FUZZ
@given(content=st.binary(max_size=400))
def test_random_bytes_never_crash_an_importer(fmt, content):
    parse_or_refuse(fmt, content)


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@FUZZ
@given(text=st.text(max_size=300))
def test_random_text_never_crashes_an_importer(fmt, text):
    parse_or_refuse(fmt, text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@FUZZ
@given(data_strategy=st.data())
def test_damaged_sample_files_never_crash_an_importer(fmt, data_strategy):
    sample = (DATA / SAMPLES[fmt]).read_bytes()
    parse_or_refuse(fmt, data_strategy.draw(mutated(sample)))


@FUZZ
@given(content=st.binary(max_size=400) | st.text(max_size=300).map(str.encode))
def test_random_bytes_never_crash_the_full_data_readers(spec, content):
    for read in (
        lambda: data.parse_json(content, spec, schema.SCHEMA_VERSION),
        lambda: data.parse_csv(data.zip_members_of(Source.of_bytes(content)), spec, schema.SCHEMA_VERSION),
        lambda: data.parse_csv({"manifest.json": content, "triggers.csv": content}, spec, schema.SCHEMA_VERSION),
    ):
        with contextlib.suppress(ImportFileError):
            assert isinstance(read(), DataDump)


def counts(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(folder / "journal.sqlite3")
    try:
        return {
            table: conn.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0]
            for table in ("journal_entries", "checkins", "coping_uses", "entry_triggers")
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def journal(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "data"
    with open_journal(folder) as store:
        yield store


@pytest.mark.parametrize("fmt", sorted(PARSERS))
@settings(max_examples=25, deadline=None)
@given(data_strategy=st.data())
def test_imports_of_damaged_files_are_all_or_nothing(journal, tmp_path_factory, fmt, data_strategy):
    source = tmp_path_factory.mktemp("source") / SAMPLES[fmt]
    source.write_bytes(data_strategy.draw(mutated((DATA / SAMPLES[fmt]).read_bytes())))
    before = counts(journal.folder)
    try:
        prepared = transfer.prepare(journal, source, fmt)
    except ImportFileError:
        assert counts(journal.folder) == before
        return
    transfer.apply(journal, prepared)
    after = counts(journal.folder)
    assert after["journal_entries"] - before["journal_entries"] == len(prepared.entries)
    assert after["checkins"] - before["checkins"] == len(prepared.checkins)
