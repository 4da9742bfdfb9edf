"""Bring the translation catalogue up to date with the code: `python packaging/update_translations.py`.

1. Every `self.tr(...)`, `QCoreApplication.translate(...)`, `i18n.translate(...)` and constant marked with
   `QT_TRANSLATE_NOOP(...)` / `i18n.translatable(...)` in recoveryjournal/ is collected into
   resources/i18n/recoveryjournal_es.ts (new words arrive marked unfinished, words no longer in the code leave), and
   every count form ("%n day(s)") into recoveryjournal_en.ts, whose "(s)" forms are filled in ("%n day", "%n days").
2. Write the Spanish for each unfinished message (Qt Linguist, `pyside6-linguist`, or any text editor) and remove
   its `type="unfinished"`; tests/test_translations.py fails while any is left.
3. Run this script again: `pyside6-lrelease` compiles each .ts into the .qm the window loads, and this script into
   the .json that `recoveryjournal.i18n.translate` reads (domain, summary, command line: no Qt there).

The messages are collected with Python's own parser rather than `pyside6-lupdate`: lupdate (6.11) drops the count
of `translate(context, text, None, n)` unless n is a number written in the code, and silently skips every message
after `translate(..., record.count)` in the same file.

With `--check` nothing is written: it says what is behind the code and exits 1.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from recoveryjournal.i18n import SEPARATOR

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recoveryjournal"
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = {"es": "es", "en": "en_US"}  # English needs only its count forms; its words are the code's
MARKERS = {"QT_TRANSLATE_NOOP", "translatable"}

Key = tuple[str, str, str]  # context, source, disambiguation


def text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def counted(node: ast.AST | None) -> bool:
    """Is this argument a count (anything but a missing one: None or -1)?"""
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return False
    return not (isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant) and node.operand.value == 1)


def messages_in(tree: ast.AST) -> dict[Key, bool]:
    """The translatable messages of one module → whether each takes a count. ``self.tr`` takes its context from
    the class it is written in, as PySide6 looks it up."""
    found: dict[Key, bool] = {}

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            function, args = node.func, node.args
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            count = next((keyword.value for keyword in node.keywords if keyword.arg == "n"), None)
            key = None
            if name == "tr" and isinstance(function, ast.Attribute) and getattr(function.value, "id", "") == "self":
                if args and text(args[0]) is not None:
                    key = (cls, text(args[0]), (text(args[1]) or "") if len(args) > 1 else "")
                    count = args[2] if len(args) > 2 else count
            elif name in ("translate", *MARKERS) and len(args) >= 2 and text(args[0]) and text(args[1]) is not None:
                key = (text(args[0]), text(args[1]), (text(args[2]) or "") if len(args) > 2 else "")
                count = args[3] if len(args) > 3 else count
            if key is not None:
                found[key] = found.get(key, False) or counted(count)
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, "")
    return found


def collect(package: Path = PACKAGE) -> dict[Key, bool]:
    found: dict[Key, bool] = {}
    for path in sorted(package.rglob("*.py")):
        for key, numerus in messages_in(ast.parse(path.read_text(encoding="utf-8"))).items():
            found[key] = found.get(key, False) or numerus
    return found


def read_ts(path: Path) -> dict[Key, tuple[list[str], bool]]:
    """(context, source, disambiguation) → (the translation or its count forms, finished?)."""
    if not path.exists():
        return {}
    found = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            key = (context.findtext("name", ""), message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = (forms, translation.get("type") != "unfinished")
    return found


def english_forms(source: str) -> list[str]:
    """English count forms written as "%n day(s)": "%n day", "%n days" ("%n entry(s)": "%n entries"); empty when the
    source is not so written."""
    if "(s)" not in source:
        return ["", ""]
    return [source.replace("(s)", ""), re.sub(r"([^aeiou])y\(s\)", r"\1ies", source).replace("(s)", "s")]


def write_ts(path: Path, language: str, wanted: dict[Key, bool], only_counts: bool) -> None:
    """The .ts with the messages the code uses, keeping what is already translated."""
    old = read_ts(path)
    root = ElementTree.Element("TS", version="2.1", language=LANGUAGES[language])
    root.text = "\n"
    contexts: dict[str, ElementTree.Element] = {}
    for key in sorted(wanted):
        numerus = wanted[key]
        if only_counts and not numerus:
            continue
        name, source, disambiguation = key
        if name not in contexts:
            context = ElementTree.SubElement(root, "context")
            context.text, context.tail = "\n    ", "\n"
            ElementTree.SubElement(context, "name").text = name
            contexts[name] = context
        message = ElementTree.SubElement(contexts[name], "message")
        message.text = "\n        "
        if numerus:
            message.set("numerus", "yes")
        ElementTree.SubElement(message, "source").text = source
        if disambiguation:
            ElementTree.SubElement(message, "comment").text = disambiguation
        forms, done = old.get(key, ([], False))
        if language == "en" and not done:
            forms = english_forms(source)
            done = all(forms)
        translation = ElementTree.SubElement(message, "translation")
        if not done:
            translation.set("type", "unfinished")
        if numerus:
            forms = [*forms, "", ""][:2] if len(forms) < 2 else forms
            translation.text = "\n            "
            for form in forms:
                ElementTree.SubElement(translation, "numerusform").text = form
                translation[-1].tail = "\n            "
            translation[-1].tail = "\n        "
        else:
            translation.text = forms[0] if forms else ""
        translation.tail = "\n    "
        for child in message[:-1]:
            child.tail = "\n        "
        message.tail = "\n    "
    for context in contexts.values():
        context[0].tail = "\n    "
        context[-1].tail = "\n"
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def finished(ts: Path) -> dict[str, list[str]]:
    """The finished messages of a .ts, as ``i18n.translate`` looks them up: "context␄source␄disambiguation" → the
    translation, or its count forms."""
    return {SEPARATOR.join(key): forms for key, (forms, done) in read_ts(ts).items() if done and any(forms)}


def lrelease() -> str:
    """Qt's compiler for .qm files, which ships in the PySide6 wheel next to the Python that runs this script."""
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        sys.exit("pyside6-lrelease not found: install PySide6 (pip install -e '.[dev]')")
    return found


def update(folder: Path) -> list[Path]:
    """Refresh the .ts files and compile the .qm and .json files in ``folder``; returns the files written."""
    wanted = collect()
    written = []
    for language in LANGUAGES:
        ts = folder / f"recoveryjournal_{language}.ts"
        write_ts(ts, language, wanted, only_counts=language == "en")
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled = ts.with_suffix(".json")
        compiled.write_text(json.dumps(finished(ts), ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
        written += [ts, qm, compiled]
    return written


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        update(FOLDER)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        for path in FOLDER.glob("recoveryjournal_*.ts"):
            shutil.copy(path, scratch)
        behind = [
            path.name
            for path in update(Path(scratch))
            if not (FOLDER / path.name).exists() or path.read_bytes() != (FOLDER / path.name).read_bytes()
        ]
    for name in behind:
        print(f"resources/i18n/{name} is behind the code: run python packaging/update_translations.py")
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
