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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from recoveryjournal.domain.data_import import ImportFileError
from recoveryjournal.domain.text_hygiene import clean_input

MAX_JSON_DEPTH = 64
MAX_FILE_BYTES = 512 * 1024 * 1024


def decode(data: bytes) -> str:
    """UTF-8 text with any byte-order mark removed; NUL characters and lone surrogates cleaned away."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError("the file is too large to import (more than 512 MB)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            "this is not UTF-8 text. Export the file again as UTF-8 (or CSV/JSON) and try once more.", f"line {line}"
        ) from None
    return clean_input(text)


@dataclass(frozen=True)
class CsvRow:
    """One record of a CSV file: the line it starts on and its cells by header name."""

    line: int
    cells: dict[str, str]


def read_csv(text: str, skip_blank: bool = True) -> tuple[list[str], list[CsvRow]]:
    """The header (names stripped and lower-cased) and every record; an unterminated quote fails the whole file.

    Records with the wrong number of cells raise too, because a shifted column would put words in the wrong place.
    Empty lines are always skipped; ``skip_blank`` also skips rows whose cells are all blank.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[CsvRow] = []
    header: list[str] = []
    start = 1
    try:
        for record in reader:
            if not header:
                header = [name.strip().lower() for name in record]
                if not any(header):
                    raise ImportFileError("the first line should name the columns, but it is empty", "line 1")
                start = reader.line_num + 1
                continue
            if record and (any(cell.strip() for cell in record) or (not skip_blank and record != [""])):
                if len(record) != len(header):
                    raise ImportFileError(
                        f"this row has {len(record)} cells but the header has {len(header)}", f"line {start}"
                    )
                rows.append(CsvRow(start, dict(zip(header, record, strict=True))))
            start = reader.line_num + 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            raise ImportFileError(
                "a quoted cell starts here and is never closed, so the file looks cut off or damaged", f"line {start}"
            ) from None
        raise ImportFileError(f"this is not valid CSV ({error})", f"line {start}") from None
    if not header:
        raise ImportFileError("the file is empty")
    return header, rows


def require_columns(header: list[str], *groups: tuple[str, ...]) -> None:
    """Each group lists alternatives; one name of every group must be in the header."""
    missing = [" or ".join(group) for group in groups if not any(name in header for name in group)]
    if missing:
        raise ImportFileError(
            f"the columns do not look right: missing {', '.join(missing)} (found: {', '.join(header)})", "line 1"
        )


def _reject_constant(name: str) -> Any:
    raise ImportFileError(f"the file contains {name}, which is not a number JSON allows")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ImportFileError(f"the number {text[:40]} is too large")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ImportFileError(f"the key {key!r} appears twice in one object, so it is unclear which to keep")
        found[key] = value
    return found


def load_json(text: str) -> Any:
    """Parse JSON strictly: NaN/Infinity, duplicate keys and nesting deeper than 64 levels are refused."""
    try:
        value = json.loads(
            text, parse_constant=_reject_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except json.JSONDecodeError as error:
        raise ImportFileError(f"this is not valid JSON ({error.msg})", f"line {error.lineno}") from None
    except RecursionError:
        raise ImportFileError(f"the data is nested far too deeply (more than {MAX_JSON_DEPTH} levels)") from None
    except ValueError as error:  # e.g. an integer with thousands of digits
        raise ImportFileError(f"the file holds a value that cannot be read ({error})") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise ImportFileError(f"the data is nested far too deeply (more than {MAX_JSON_DEPTH} levels)")
    return value


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(item, dict):
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, level + 1) for child in item)
    return deepest


def zip_members(data: bytes) -> dict[str, bytes]:
    """The files at the top of a zip, by name; a damaged or cut-off zip fails clearly."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {}
            for info in archive.infolist():
                if info.is_dir() or "/" in info.filename.strip("/"):
                    continue
                if info.file_size > MAX_FILE_BYTES:
                    raise ImportFileError("a file in the zip is too large to import", info.filename)
                members[info.filename] = archive.read(info)
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
        raise ImportFileError(f"the zip file is damaged or incomplete ({error})") from None


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
        raise ValueError(f"“{key}” should be text")
    return clean_input(value)


def local(moment: datetime) -> datetime:
    """A time without a zone is taken as this computer's local time, with its UTC offset attached."""
    return moment if moment.tzinfo else moment.astimezone()
