"""Careful readers for files from other apps: UTF-8 with or without a BOM, strict CSV and strict JSON.

A file that cannot be read as a whole raises ``ImportFileError`` (nothing is imported); a single bad row or entry
becomes an ``ImportProblem`` with its line or entry number and the rest goes ahead. Pure Python, no Qt.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import math
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time, tzinfo
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from recoveryjournal.domain.data_import import ImportFileError
from recoveryjournal.domain.text_hygiene import clean_input
from recoveryjournal.i18n import translatable, translate

MAX_JSON_DEPTH = 64
CONTAINERS = {dict, list}  # what json.loads builds that holds more values
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_ZIP_BYTES = 512 * 1024 * 1024  # everything that would be unpacked from one zip, together
MAX_ZIP_MEMBERS = 50_000
TOO_LARGE = translatable("Importers", "the file is too large to import (more than 512 MB)")
Progress = Callable[[int, int], None]


def decode(data: bytes) -> str:
    """UTF-8 text with any byte-order mark removed; NUL characters and lone surrogates cleaned away."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(translate("Importers", TOO_LARGE))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(data[: error.start].count(b"\n") + 1) from None
    return clean_input(text)


def _not_utf8(line: int) -> ImportFileError:
    return ImportFileError(
        translate("Base", "this is not UTF-8 text. Export the file again as UTF-8 (or CSV/JSON) and try once more."),
        translate("Base", "line {line}").format(line=line),
    )


class Source:
    """A file to import, read as a stream of lines (CSV) or whole (JSON), never larger than ``MAX_FILE_BYTES``.

    Its size is checked before anything is read. ``progress(done, total)`` hears how many bytes have been read.
    """

    def __init__(self, opener: Callable[[], BinaryIO], size: int, progress: Progress | None = None) -> None:
        if size > MAX_FILE_BYTES:
            raise ImportFileError(translate("Importers", TOO_LARGE))
        self.opener, self.size, self.progress = opener, size, progress

    @classmethod
    def of_path(cls, path: Path, progress: Progress | None = None) -> Source:
        try:
            size = path.stat().st_size
        except OSError as error:
            raise unreadable(path, error) from None
        return cls(lambda: _open_binary(path), size, progress)

    @classmethod
    def of_bytes(cls, data: bytes) -> Source:
        return cls(lambda: io.BytesIO(data), len(data))

    def read(self) -> bytes:
        with self.opener() as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        self.report(len(data))
        return data

    def lines(self) -> Iterator[str]:
        """The text line by line (a CSV cell may hold line breaks, so these are the file's physical lines)."""
        with self.opener() as raw:
            counted = io.BufferedReader(_Counted(raw, self.report), CHUNK)
            text = io.TextIOWrapper(counted, encoding="utf-8-sig", newline="")
            try:
                yield from text
            except UnicodeDecodeError:
                raise _not_utf8(self._first_bad_line()) from None

    def _first_bad_line(self) -> int:
        """The line of the first byte that is not UTF-8 (text is decoded in chunks, so the reader cannot say)."""
        decoder, line = codecs.getincrementaldecoder("utf-8")(), 1
        with self.opener() as raw:
            while chunk := raw.read(1 << 16):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    return line + chunk[: max(0, error.start)].count(b"\n")
                line += chunk.count(b"\n")
        return line

    def is_zip(self) -> bool:
        with self.opener() as stream:
            return stream.read(len(ZIP_MAGIC)) == ZIP_MAGIC

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(min(done, self.size), self.size)


ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 1 << 16


def _open_binary(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as error:
        raise unreadable(path, error) from None


def unreadable(path: Path, error: OSError) -> ImportFileError:
    return ImportFileError(
        translate("Base", "{path} could not be read ({error})").format(path=path, error=error.strerror or error)
    )


class _Counted(io.RawIOBase):
    """A binary stream that tells ``report`` how many bytes have been read so far."""

    def __init__(self, raw: BinaryIO, report: Callable[[int], None]) -> None:
        self.raw, self.report, self.done = raw, report, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:
        """The next bytes without NUL bytes: in UTF-8 a 0 byte is only ever the NUL character, which cannot be
        stored as text (``clean_input``), so taking it out here cleans the text at no cost per line."""
        while True:
            chunk = self.raw.read(len(buffer))
            self.done += len(chunk)
            self.report(self.done)
            data = chunk.replace(b"\0", b"")
            if data or not chunk:
                buffer[: len(data)] = data
                return len(data)


class CsvRow(NamedTuple):
    """One record of a CSV file: the line it starts on and its cells by header name."""

    line: int
    cells: dict[str, str]


def read_csv(text: str, skip_blank: bool = True) -> tuple[list[str], list[CsvRow]]:
    """The header (names stripped and lower-cased) and every record of a whole CSV text."""
    records = csv_records(io.StringIO(text, newline=""))
    header = csv_header(records)
    return header, list(csv_rows(header, records, skip_blank))


def csv_records(lines: Iterable[str]) -> Iterator[tuple[int, list[str]]]:
    """Each CSV record with the line it starts on; an unterminated quote fails the whole file at its line."""
    reader = csv.reader(lines, strict=True)
    start = 1
    try:
        for record in reader:
            yield start, record
            start = reader.line_num + 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise ImportFileError(
                translate(
                    "Base", "a quoted cell starts here and is never closed, so the file looks cut off or damaged"
                ),
                translate("Base", "line {start}").format(start=start),
            ) from None
        raise ImportFileError(
            translate("Base", "this is not valid CSV ({error})").format(error=error),
            translate("Base", "line {start}").format(start=start),
        ) from None


def csv_header(records: Iterator[tuple[int, list[str]]]) -> list[str]:
    """The first record as column names (stripped and lower-cased)."""
    for _, record in records:
        header = [name.strip().lower() for name in record]
        if not any(header):
            raise ImportFileError(
                translate("Base", "the first line should name the columns, but it is empty"),
                translate("Base", "line 1"),
            )
        return header
    raise ImportFileError(translate("Base", "the file is empty"))


def csv_rows(header: list[str], records: Iterable[tuple[int, list[str]]], skip_blank: bool = True) -> Iterator[CsvRow]:
    """The records after the header by column name; one with the wrong number of cells fails the file, because a
    shifted column would put words in the wrong place. Empty lines are always skipped; ``skip_blank`` also skips
    rows whose cells are all blank."""
    for line, record in records:
        if record and (any(cell.strip() for cell in record) or (not skip_blank and record != [""])):
            if len(record) != len(header):
                raise ImportFileError(
                    translate("Base", "this row has {record} cells but the header has {header}").format(
                        record=len(record), header=len(header)
                    ),
                    translate("Base", "line {line}").format(line=line),
                )
            yield CsvRow(line, dict(zip(header, record, strict=True)))


def require_columns(header: list[str], *groups: tuple[str, ...]) -> None:
    """Each group lists alternatives; one name of every group must be in the header."""
    missing = [" or ".join(group) for group in groups if not any(name in header for name in group)]
    if missing:
        raise ImportFileError(
            translate("Base", "the columns do not look right: missing {join} (found: {join2})").format(
                join=", ".join(missing), join2=", ".join(header)
            ),
            translate("Base", "line 1"),
        )


def _reject_constant(name: str) -> Any:
    raise ImportFileError(
        translate("Base", "the file contains {name}, which is not a number JSON allows").format(name=name)
    )


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ImportFileError(translate("Base", "the number {text} is too large").format(text=text[:40]))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    found = {}
    for key, value in pairs:
        if key in found:
            raise ImportFileError(
                translate("Base", "the key {key!r} appears twice in one object, so it is unclear which to keep").format(
                    key=key
                )
            )
        found[key] = value
    return found


def load_json(text: str) -> Any:
    """Parse JSON strictly: NaN/Infinity, duplicate keys and nesting deeper than 64 levels are refused."""
    try:
        value = json.loads(
            text, parse_constant=_reject_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as error:
        raise ImportFileError(
            translate("Base", "this is not valid JSON ({msg})").format(msg=error.msg),
            translate("Base", "line {lineno}").format(lineno=error.lineno),
        ) from None
    except RecursionError:
        raise ImportFileError(
            translate("Base", "the data is nested far too deeply (more than {MAX_JSON_DEPTH} levels)").format(
                MAX_JSON_DEPTH=MAX_JSON_DEPTH
            )
        ) from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ImportFileError(
            translate("Base", "the file holds a value that cannot be read ({error})").format(error=error)
        ) from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise ImportFileError(
            translate("Base", "the data is nested far too deeply (more than {MAX_JSON_DEPTH} levels)").format(
                MAX_JSON_DEPTH=MAX_JSON_DEPTH
            )
        )
    return value


def _depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply ``value`` nests (a lone number is 1 deep, a list of numbers 2), counted a level at a time, each
    level's kinds in one pass; stops counting past ``limit``."""
    depth, level = 1, [value]
    while depth <= limit:
        kinds = set(map(type, level))
        if not kinds & CONTAINERS:
            break
        if not kinds <= CONTAINERS:
            level = [item for item in level if type(item) in CONTAINERS]
        level = list(chain.from_iterable(item.values() if type(item) is dict else item for item in level))
        if not level:
            break
        depth += 1
    return depth


def zip_members(source: Source, wanted: Callable[[str], bool]) -> dict[str, bytes]:
    """The ``wanted`` files at the top of a zip, by name. A damaged or cut-off zip fails clearly; so does one that
    would unpack to more than ``MAX_ZIP_BYTES`` or holds more than ``MAX_ZIP_MEMBERS`` files, before anything is
    unpacked (zip reading stops at each file's stated size, so the stated sizes bound what is read)."""
    try:
        with source.opener() as stream:
            if _member_count(stream) > MAX_ZIP_MEMBERS:
                raise ImportFileError(
                    translate(
                        "Base", "the zip file holds more than {MAX_ZIP_MEMBERS} files, too many to import"
                    ).format(MAX_ZIP_MEMBERS=MAX_ZIP_MEMBERS)
                )
            with zipfile.ZipFile(stream) as archive:
                chosen = [
                    info
                    for info in archive.infolist()
                    if not info.is_dir() and "/" not in info.filename.strip("/") and wanted(info.filename)
                ]
                if sum(info.file_size for info in chosen) > MAX_ZIP_BYTES:
                    raise ImportFileError(
                        translate("Base", "the zip file would unpack to more than 512 MB, too much to import")
                    )
                members = {}
                for info in chosen:
                    members[info.filename] = archive.read(info)
                    source.report(stream.tell())
                return members
    except (
        zipfile.BadZipFile,
        zlib.error,
        struct.error,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as error:
        raise ImportFileError(
            translate("Base", "the zip file is damaged or incomplete ({error})").format(error=error)
        ) from None


END_OF_DIRECTORY = b"PK\x05\x06"
ZIP64_COUNT = 0xFFFF


def _member_count(stream: BinaryIO) -> int:
    """How many files the zip's end record says it holds, read before the directory itself is (a huge directory
    would fill the memory); a zip too large to say (ZIP64) counts as too many."""
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    stream.seek(max(0, size - (1 << 16) - 22))
    tail = stream.read()
    stream.seek(0)
    found = tail.rfind(END_OF_DIRECTORY)
    if found < 0 or found + 22 > len(tail):
        raise zipfile.BadZipFile(translate("Base", "its directory is missing"))
    count = struct.unpack_from("<H", tail, found + 10)[0]
    return MAX_ZIP_MEMBERS + 1 if count == ZIP64_COUNT else count


def numbered(items: list[Any], label: str = "entry") -> Iterator[tuple[str, Any]]:
    """Pairs of ("entry 1", item), counting from one as a person would."""
    for number, item in enumerate(items, start=1):
        yield f"{label} {number}", item


def text_field(record: dict, key: str) -> str:
    """A text field of a JSON record; missing or null is empty, anything not text is an error for that record."""
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(translate("Importers", "“{key}” should be text").format(key=key))
    return clean_input(value)


def local(moment: datetime) -> datetime:
    """A time without a zone is taken as this computer's local time, with its UTC offset attached."""
    return moment if moment.tzinfo else moment.astimezone()


def local_at(day: date, clock: time) -> datetime:
    """``day`` at ``clock`` in this computer's local time, as ``local`` gives it. The offset is looked up once per
    day (asking the system costs far more than the rest of a row), except on a day whose offset changes."""
    zone = day_zone(day)
    return datetime.combine(day, clock, zone) if zone is not None else datetime.combine(day, clock).astimezone()


@lru_cache(maxsize=1024)
def day_zone(day: date) -> tzinfo | None:
    """This computer's UTC offset on ``day``, or ``None`` when it changes during that day."""
    start = datetime.combine(day, time()).astimezone().tzinfo
    end = datetime.combine(day, time(23, 59, 59)).astimezone().tzinfo
    return start if start == end else None


def tag_line(body: str, tags: list[str]) -> str:
    """``body`` with the tags the journal has no place for kept on a last line, "Tags: @work, starred"."""
    if not tags:
        return body
    line = translate("Base", "Tags: {join}").format(join=", ".join(tags))
    return f"{body}\n\n{line}" if body else line
