"""Words for people go through translation: an AST check over ui/, export/, charts/ and the command line.

A string literal "has words" when it holds a word of two letters or more and either a space or a capital letter
("Today", "Save entry", "{n} days left"); lowercase names ("mood", "checkin_time", "pdf") and format strings without
words ("{0}/{1}", "%H:%M") do not. Every literal with words must be an argument of a translation call
(``self.tr``, ``QCoreApplication.translate``, ``i18n.translate``; ``QT_TRANSLATE_NOOP`` and ``i18n.translatable``
mark a constant translated where it is shown), unless it sits where people never read it:

- HTML tags and attributes, style sheets, colours ("#CC79A7"), shortcuts ("Ctrl+K") and CamelCase names
  ("TodayPage"); docstrings, type annotations, dictionary keys, subscripts and comparisons (names the code looks
  things up by);
- arguments of calls that take names, not words (``NOT_WORDS``: object names, properties, style sheets, signals,
  settings keys, file names, shortcuts, SQL, regular expressions, log messages);
- messages of exceptions meant for programmers (``ValueError``, ``TypeError``...), which a person never sees, except
  in the importers and ``PEOPLE_READ_VALUE_ERRORS``, whose ``ValueError`` names a row's problem in the preview;
- the few literals in ``ALLOWED`` (the app's name, which is the same in every language, and the like).

``NOT_YET_TRANSLATED`` lists the files still being converted; it only shrinks. A listed file that passes fails the
test too, so the list never holds a file that no longer needs it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recoveryjournal"
CHECKED = sorted(
    [
        *(PACKAGE / "ui").rglob("*.py"),
        *(PACKAGE / "export").rglob("*.py"),
        *(PACKAGE / "charts").rglob("*.py"),
        PACKAGE / "domain" / "signals.py",
        PACKAGE / "domain" / "session_models.py",
        PACKAGE / "domain" / "plan.py",
        PACKAGE / "domain" / "attendance.py",
        PACKAGE / "cli.py",
        PACKAGE / "safety_cli.py",
    ]
)

TRANSLATE = {"tr", "translate", "translatable", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_WORDS = {
    # Qt names and looks, never shown as text
    "setObjectName",
    "findChild",
    "findChildren",
    "setProperty",
    "property",
    "setStyleSheet",
    "Signal",
    "Slot",
    "QKeySequence",
    "setShortcut",
    "setStyle",
    "setDisplayFormat",
    "QFont",
    "QColor",
    "setFamily",
    "setFontFamily",
    "setFamilies",
    "QIcon",
    "fromTheme",
    "setDesktopFileName",
    "setOrganizationName",
    "inherits",
    "metaObject",
    "setDefaultStyleSheet",
    # Python names, keys, files and patterns
    "getattr",
    "hasattr",
    "setattr",
    "isinstance",
    "get",
    "pop",
    "setdefault",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "removeprefix",
    "removesuffix",
    "strip",
    "encode",
    "decode",
    "Path",
    "open",
    "with_suffix",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "findall",
    "strptime",
    "fromisoformat",
    "execute",
    "executemany",
    "executescript",
    "mkdtemp",
    "NamedTemporaryFile",
    "TemporaryDirectory",
    "glob",
    "rglob",
    "import_module",
    "environ",
    "getenv",
    "add_mutually_exclusive_group",
    "set_defaults",
    "namedtuple",
    # messages for the log, which people do not read
    "debug",
    "info",
    "warning",
    "exception",
    "critical_log",
    "log",
}
SHOWN = {  # Qt calls whose text people read: even one lowercase word ("for", "to") there is a word
    "QLabel",
    "setText",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "setTitle",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "addItem",
    "addRow",
    "addTab",
    "addAction",
    "addMenu",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setInformativeText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "show_status",
    "showMessage",
    # matplotlib: a chart's axis words
    "set_xlabel",
    "set_ylabel",
}
PROGRAMMERS = {
    "ValueError",
    "ScoringError",  # answers that do not fit a questionnaire: a bug in the caller, never a person's file
    "TypeError",
    "KeyError",
    "RuntimeError",
    "AssertionError",
    "NotImplementedError",
    "IndexError",
    "AttributeError",
    "LookupError",
    "OSError",
}
ALLOWED = {
    "Recovery Journal": "the app's name, the same in every language",
    "RecoveryJournal": "the organisation name Qt stores settings under",
    **{font: "a font's name" for font in ("Source Sans 3", "Noto Sans", "DejaVu Sans", "Helvetica", "Arial")},
    **{app: "another app's name" for app in ("Bearable", "Daylio", "Day One")},
    "English": "a language's name, written in that language",
    "Español": "a language's name, written in that language",
    "not now": "a value the journal's settings keep (first_run), never shown",
    "%(prog)s {}": "--version: the command's name and the number",
    "recoveryjournal: {}": "the command's name before its (translated) message, as command-line tools print it",
    "outside lower center": "where matplotlib puts a chart's legend, never drawn",
}
PEOPLE_READ_VALUE_ERRORS = ("recoveryjournal/export/data.py",)  # and every module in export/importers/
RESOURCE_FILES = ("resources", "crisis", "prompt_catalogue", "catalogue", "coping_catalogue", "measures")
RAISED = sorted(
    [
        *(PACKAGE / "store").rglob("*.py"),
        PACKAGE / "domain" / "data_import.py",
        PACKAGE / "opening.py",
        *(PACKAGE / "domain" / f"{name}.py" for name in RESOURCE_FILES),
    ]
)
"""Modules whose raised messages reach the window and the command line (``StoreError``, ``ImportFileError``, a
``ResourceError`` from an edited or imported resource file): their other literals are SQL, names and TOML fields,
so only what they raise is checked."""
NOT_YET_TRANSLATED: set[str] = set()  # every file is converted; a file added here must come off again
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^<>]*>|[\w-]+=(\"[^\"]*\"|'[^']*')")  # tags and attributes: '<p class="note">' is no word
NAME = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+")  # "TodayPage": a class or object name, not words
SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)+\S+$|^F\d+$")  # "Ctrl+Shift+B": Qt shows them in the local words
PROPERTIES = re.compile(r"\s*([\w-]+\s*:\s*[^;:{}]+;\s*)+")  # "color: gray;": a look, not words
COLOUR = re.compile(r"#[0-9A-Fa-f]{3,8}")  # "#CC79A7": a colour, not words
STYLE_SHEET = re.compile(r"\{[^{}]*:[^{}]*;[^{}]*\}")  # "QLabel { color: red; }": a look, not words


def has_words(text: str) -> bool:
    text = MARKUP.sub(" ", text)
    if (
        NAME.fullmatch(text)
        or SHORTCUT.match(text)
        or PROPERTIES.fullmatch(text)
        or COLOUR.fullmatch(text)
        or STYLE_SHEET.search(text.replace("{}", "x").replace("{{", "{").replace("}}", "}"))
    ):
        return False
    first = WORDS.search(text)  # "&File" is a menu's word
    return bool(first) and (" " in text.strip() or first.group()[0].isupper())


def shown_word(node: ast.AST, text: str, parents: dict[ast.AST, ast.AST]) -> bool:
    """A word of any case passed to a Qt call that shows it (``SHOWN``), straight or inside an f-string or a choice
    (``setText(f"{n} {'item' if n == 1 else 'items'}")``)."""
    parent = parents.get(node)
    while isinstance(parent, (ast.JoinedStr, ast.FormattedValue, ast.IfExp, ast.BinOp)):
        parent = parents.get(parent)
    return isinstance(parent, ast.Call) and called(parent) in SHOWN and bool(WORDS.search(MARKUP.sub(" ", text)))


def literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return node.value
    # an f-string's words, with {} where a value goes
    return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)


def called(node: ast.Call) -> str:
    function = node.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def exempt(node: ast.AST, parents: dict[ast.AST, ast.AST], programmers: set[str] = PROGRAMMERS) -> bool:
    """Is this literal where people never read it, or already translated?"""
    child, parent = node, parents.get(node)
    while isinstance(
        parent, (ast.JoinedStr, ast.FormattedValue, ast.BinOp, ast.IfExp, ast.BoolOp, ast.List, ast.Tuple)
    ):
        child, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Call):
        name = called(parent)
        if name in TRANSLATE or name in NOT_WORDS or name in programmers:
            return child is not parent.func
    if isinstance(parent, ast.keyword):
        return parent.arg in {"objectName", "dest", "metavar", "prog", "prefix", "suffix", "encoding"}
    if isinstance(parent, ast.Dict):
        return child in parent.keys
    if isinstance(parent, (ast.Subscript, ast.Compare, ast.match_case, ast.MatchValue)):
        return True
    if isinstance(parent, ast.Expr):  # a docstring (or a bare literal, which shows nothing)
        return True
    while parent is not None:
        if isinstance(parent, (ast.arg, ast.AnnAssign)) and child is not getattr(parent, "value", None):
            return True  # an annotation
        if isinstance(parent, ast.FunctionDef) and child is parent.returns:
            return True
        child, parent = parent, parents.get(parent)
    return False


def untranslated(path: Path, raised_only: bool = False) -> list[tuple[int, str]]:
    """The literals with words in ``path`` that are neither translated nor exempt: (line, text); with
    ``raised_only``, those in what a ``raise`` statement raises."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    people_read = path.as_posix().endswith(PEOPLE_READ_VALUE_ERRORS) or "/export/importers/" in path.as_posix()
    programmers = PROGRAMMERS - {"ValueError"} if people_read else PROGRAMMERS
    found = []
    for node in ast.walk(tree):
        if raised_only and not any(isinstance(each, ast.Raise) for each in ancestors(node, parents)):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if isinstance(parents.get(node), ast.JoinedStr):
                continue  # judged with its f-string
        elif not isinstance(node, ast.JoinedStr):
            continue
        text = literal_text(node)
        if (
            (has_words(text) or shown_word(node, text, parents))
            and text not in ALLOWED
            and not exempt(node, parents, programmers)
        ):
            found.append((node.lineno, text))
    return sorted(found)


def ancestors(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> list[ast.AST]:
    found = []
    while node in parents:
        node = parents[node]
        found.append(node)
    return found


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def test_every_literal_with_words_in_the_ui_the_export_and_the_cli_is_translated():
    missing = {relative(path): untranslated(path) for path in CHECKED if relative(path) not in NOT_YET_TRANSLATED}
    report = [f"{name}:{line}: {text!r}" for name, found in missing.items() for line, text in found]
    assert report == [], "not passed through translation:\n" + "\n".join(report)


def test_messages_raised_from_the_store_and_the_import_plan_are_translated():
    """``StoreError`` and ``ImportFileError`` messages are shown in the window and printed by the command line."""
    report = [f"{relative(path)}:{line}: {text!r}" for path in RAISED for line, text in untranslated(path, True)]
    assert report == [], "raised without translation:\n" + "\n".join(report)


def test_the_list_of_files_not_yet_translated_only_holds_files_that_still_need_it():
    listed = {PACKAGE.parent / name for name in NOT_YET_TRANSLATED}
    assert all(path.exists() for path in listed), "a listed file no longer exists"
    done = sorted(relative(path) for path in listed if not untranslated(path))
    assert done == [], "translated now: take off NOT_YET_TRANSLATED"


def test_the_check_finds_words_wherever_people_read_them(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def page(self, days, label):\n"
        "    '''A docstring is for programmers.'''\n"
        "    label.setText('Saved')\n"
        "    label.setToolTip(f'{days} days free')\n"
        "    label.setObjectName('TodayPage')\n"
        "    label.setText(self.tr('Saved'))\n"
        "    if days == 'Never':\n"
        "        raise ValueError('days must be a number')\n"
        "    raise CommandError('That folder is not empty')\n"
        "    label.setText(f\"{days} {'item' if days == 1 else 'items'}\")\n"
        "    return {'Key': 'Shown to people'}\n"
    )
    assert untranslated(sample) == [
        (3, "Saved"),
        (4, "{} days free"),
        (9, "That folder is not empty"),
        (10, "item"),
        (10, "items"),
        (11, "Shown to people"),
    ]
    assert untranslated(sample, raised_only=True) == [(9, "That folder is not empty")]
