"""The full-data files: everything in the journal as one versioned JSON file, or as a zip of CSV files.

**JSON is the lossless format.** Every row of every table is written exactly as stored, including ids, trash state
(``deleted_at``), links between records and settings, with the format name and version, the app version and the
schema version. Text is kept exactly; bidi controls and C1 control characters are written as ``\\uXXXX`` escapes so
that no viewer can display the file deceptively, and a JSON reader turns them back into the same characters.

**CSV is for spreadsheets.** A zip holds ``manifest.json`` and one ``<table>.csv`` per table, with the same columns.
It imports back to the same rows, with two documented limits: an empty cell means "no value", except in text columns
that always hold text, where it is the empty text; and text is made safe to view (bidi controls and control
characters other than tab and line breaks are removed, and Windows line endings become ``\\n``).
A text cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) is written with a leading ``'`` so the spreadsheet shows it as text; so is a cell that starts with ``'``
itself, so the prefix always means the same. The manifest says so (``text_prefix``) and the import takes it off again.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from recoveryjournal.domain.data_import import Column, DataDump, ImportFileError, TableSpec
from recoveryjournal.domain.text_hygiene import clean_input, escape_in_json, neutralise
from recoveryjournal.export.importers.base import Source, decode, load_json, read_csv, zip_members
from recoveryjournal.i18n import translate

FORMAT_NAME = "recoveryjournal-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TEXT_PREFIX = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", TEXT_PREFIX)


def _header(dump: DataDump) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": dump.app_version,
        "schema_version": dump.schema_version,
        "exported_at": dump.exported_at,
    }


def to_json(dump: DataDump, tables: Iterable[tuple[str, list[str], Iterable[Sequence]]]) -> Iterator[bytes]:
    """The JSON export of ``dump``'s versions and ``tables`` (name, column names, rows), a table at a time.

    Each record is one line, so the file reads well and only one table is ever held as text.
    """
    encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False).encode
    head = "".join(f" {encode(key)}: {encode(value)},\n" for key, value in _header(dump).items())
    opening = "{\n" + head + f" {encode('tables')}: {{"  # a JSON key, not words
    for number, (table, names, rows) in enumerate(tables):
        records = ",\n   ".join(encode(dict(zip(names, row, strict=True))) for row in rows)
        text = f"\n  {encode(table)}: [\n   {records}\n  ]" if records else f"\n  {encode(table)}: []"
        yield (opening + ("," if number else "") + escape_in_json(text)).encode("utf-8")
        opening = ""
    yield (opening + "\n }\n}\n").encode("utf-8")


def to_csv_zip(dump: DataDump, spec: TableSpec) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        manifest = {**_header(dump), "text_prefix": TEXT_PREFIX, "tables": dump.counts()}
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        for table, columns in spec.items():
            archive.writestr(f"{table}.csv", _csv_text(columns, dump.tables.get(table, [])))
    return buffer.getvalue()


def _csv_text(columns: list[Column], rows: list[dict]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([column.name for column in columns])
    for row in rows:
        writer.writerow([_cell(row[column.name]) for column in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return as_spreadsheet_text(value) if isinstance(value, str) else str(value)


def as_spreadsheet_text(text: str) -> str:
    """``text`` safe to view in a spreadsheet: deceptive characters removed, and a formula shown as text."""
    safe = neutralise(text)
    return TEXT_PREFIX + safe if safe.startswith(FORMULA_STARTS) else safe


def from_spreadsheet_text(cell: str) -> str:
    """The text ``as_spreadsheet_text`` wrote: its prefix taken off again."""
    return cell[len(TEXT_PREFIX) :] if cell.startswith(TEXT_PREFIX) else cell


def _check_header(document: Any, schema_version: int, where: str = "") -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(
            translate("Data", "this is not a Recovery Journal export (its “format” is missing or different)"), where
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise ImportFileError(
            translate(
                "Data", "this export was made in a newer format ({version}); update Recovery Journal to import it"
            ).format(version=version),
            where,
        )
    schema = document.get("schema_version")
    if schema != schema_version:
        raise ImportFileError(
            translate(
                "Data",
                "this export holds journal format {schema}; this version of Recovery Journal reads "
                "format {schema_version}",
            ).format(schema=schema, schema_version=schema_version),
            where,
        )


def parse_json(data: bytes, spec: TableSpec, schema_version: int) -> DataDump:
    """Read and fully check a JSON export; any problem fails the whole file, because it must import whole."""
    document = load_json(decode(data))
    _check_header(document, schema_version)
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportFileError(translate("Data", "the export has no “tables”"))
    unknown = sorted(set(tables) - set(spec))
    if unknown:
        raise ImportFileError(
            translate("Data", "the export has tables this version does not know: {join}").format(
                join=", ".join(unknown)
            )
        )
    checked = {}
    for table, columns in spec.items():
        rows = tables.get(table)
        if not isinstance(rows, list):
            raise ImportFileError(
                translate("Data", "the table “{table}” is missing from the export").format(table=table)
            )
        checked[table] = _checked_rows(table, rows, columns)
    return DataDump(schema_version, str(document.get("app_version", "")), str(document.get("exported_at", "")), checked)


def _checked_rows(table: str, rows: list, columns: list[Column]) -> list[dict]:
    """The rows with every value checked against its column, as ``_checked_row`` gives them one by one.

    The whole table is checked a column at a time first (the kinds of its values, and text for characters that
    cannot be stored); only a table where that finds something goes row by row, for the exact row and message.
    """
    names = [column.name for column in columns]
    fields = set(names)
    if all(type(row) is dict and row.keys() == fields for row in rows):
        values = [_checked_column([row[column.name] for row in rows], column) for column in columns]
        if None not in values:
            return [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
    return [_checked_row(table, number, row, columns) for number, row in enumerate(rows, start=1)]


ALLOWED_KINDS = {str: {str}, int: {int}, float: {float, int}}


def _checked_column(values: list, column: Column) -> list | None:
    """``values`` as ``_checked_value`` gives them, or ``None`` when one of them needs a closer look."""
    kinds = set(map(type, values))
    allowed = ALLOWED_KINDS[column.kind] if column.not_null else {*ALLOWED_KINDS[column.kind], type(None)}
    if not kinds <= allowed:
        return None
    if column.kind is float and int in kinds:
        return [value if value is None else float(value) for value in values]
    if column.kind is str:
        joined = "".join(filter(None, values))
        if len(clean_input(joined)) != len(joined):
            return [value if value is None else clean_input(value) for value in values]
    return values


def _checked_row(table: str, number: int, row: Any, columns: list[Column]) -> dict:
    where = translate("Data", "{table}, row {number}").format(table=table, number=number)
    if not isinstance(row, dict):
        raise ImportFileError(translate("Data", "this should be a record with named fields"), where)
    names = [column.name for column in columns]
    extra, missing = sorted(set(row) - set(names)), [name for name in names if name not in row]
    if extra or missing:
        detail = "; ".join(
            part
            for part in (
                translate("Data", "unknown fields {join}").format(join=", ".join(extra)) if extra else "",
                translate("Data", "missing {join}").format(join=", ".join(missing)) if missing else "",
            )
            if part
        )
        raise ImportFileError(
            translate("Data", "the fields do not match this table ({detail})").format(detail=detail), where
        )
    return {column.name: _checked_value(row[column.name], column, where) for column in columns}


def _checked_value(value: Any, column: Column, where: str) -> Any:
    if value is None:
        if column.not_null:
            raise ImportFileError(translate("Data", "“{name}” must have a value").format(name=column.name), where)
        return None
    if column.kind is str and isinstance(value, str):
        return clean_input(value)
    if column.kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if column.kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ImportFileError(
        translate("Data", "“{name}” should be {kind_name}").format(name=column.name, kind_name=_kind_name(column.kind)),
        where,
    )


def _kind_name(kind: type) -> str:
    return {
        int: translate("Data", "a whole number"),
        float: translate("Data", "a number"),
        str: translate("Data", "text"),
    }[kind]


def folder_members(folder: Path) -> dict[str, bytes]:
    """The manifest and CSV files of an export that was unpacked into a folder."""
    return {
        path.name: Source.of_path(path).read() for path in sorted(folder.iterdir()) if path.suffix in (".csv", ".json")
    }


def zip_members_of(source: Source) -> dict[str, bytes]:
    """The manifest and CSV files of an export zip."""
    return zip_members(source, lambda name: name.endswith((".csv", ".json")))


def parse_csv(members: dict[str, bytes], spec: TableSpec, schema_version: int) -> DataDump:
    """Read a CSV export (manifest plus one file per table), checking every cell against its column."""
    if MANIFEST not in members:
        raise ImportFileError(
            translate("Data", "this is not a Recovery Journal CSV export: {MANIFEST} is missing").format(
                MANIFEST=MANIFEST
            )
        )
    manifest = load_json(decode(members[MANIFEST]))
    _check_header(manifest, schema_version, MANIFEST)
    tables = {}
    for table, columns in spec.items():
        name = f"{table}.csv"
        if name not in members:
            raise ImportFileError(translate("Data", "the file {name} is missing from the export").format(name=name))
        try:
            tables[table] = _csv_rows(members[name], columns, manifest.get("text_prefix") == TEXT_PREFIX)
        except ImportFileError as error:
            where = f"{name}, {error.problem.where}" if error.problem.where else name
            raise ImportFileError(error.problem.message, where) from None
    return DataDump(schema_version, str(manifest.get("app_version", "")), str(manifest.get("exported_at", "")), tables)


def _csv_rows(data: bytes, columns: list[Column], prefixed: bool) -> list[dict]:
    header, rows = read_csv(decode(data), skip_blank=False)
    names = [column.name for column in columns]
    if header != names:
        raise ImportFileError(
            translate("Data", "the columns should be {join}").format(join=", ".join(names)), translate("Data", "line 1")
        )
    converters = {column.name: _converter(column, prefixed) for column in columns}
    result = []
    for row in rows:
        try:
            result.append({name: converters[name](row.cells[name]) for name in names})
        except ValueError as error:
            raise ImportFileError(str(error), translate("Data", "line {line}").format(line=row.line)) from None
    return result


def _converter(column: Column, prefixed: bool) -> Callable[[str], Any]:
    def convert(cell: str) -> Any:
        if cell == "":
            if column.empty_is_text:
                return ""
            if column.not_null:
                raise ValueError(translate("Data", "“{column}” must have a value").format(column=column.name))
            return None
        if column.kind is str:
            return from_spreadsheet_text(cell) if prefixed else cell
        try:
            value = column.kind(cell)
        except ValueError:
            raise ValueError(
                translate("Data", "“{column}” should be {kind}, not “{cell}”").format(
                    column=column.name, kind=_kind_name(column.kind), cell=cell[:40]
                )
            ) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(
                translate("Data", "“{column}” should be a finite number, not “{cell}”").format(
                    column=column.name, cell=cell[:40]
                )
            )
        return value

    return convert
