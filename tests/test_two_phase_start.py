"""The app's two-phase start: the window paints with only what Today needs, then completes itself right after.

``MainWindow(defer_setup=True)`` must end up the same window as the one built at once (same menus, actions and
shortcuts, the daily question on Today), and the first phase must really leave the heavy modules unloaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import CheckIn, JournalEntry
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import SETUP_FALLBACK_MS, MainWindow
from recoveryjournal.ui.widgets.daily_question import DailyQuestion

# Never loaded before the first paint: the help-now panel, the prompt engine (and OpenSSL through hashlib with it),
# the safety menu's dialogs and the data export dialog (the second phase loads these), importlib.resources (shipped
# files are found through ``recoveryjournal.resources.FOLDER``), sqlite-utils, the command line's sub-commands, the
# summary, the backup rotation, the search and the records Today never shows (LATER: loaded on first use only), and
# the first start's questions with the crisis lines and the TOML parser (a journal made before asks none).
HEAVY = [
    "_hashlib",
    "recoveryjournal.ui.first_run",
    "recoveryjournal.domain.crisis",
    "tomllib",
    "recoveryjournal.ui.icon",  # the window icon is set once the window has painted
    "recoveryjournal.ui.help_now",
    "recoveryjournal.ui.widgets.daily_question",
    "recoveryjournal.domain.prompts",
    "recoveryjournal.domain.signals",
    "recoveryjournal.ui.safety",
    "recoveryjournal.ui.dialogs.passphrase",
    "recoveryjournal.ui.dialogs.data_export",
    "sqlite_utils",
    "recoveryjournal.export.command",
    "recoveryjournal.export.data_command",
    "recoveryjournal.domain.summary",
    "importlib.resources",
    "recoveryjournal.domain.rotation",
    "recoveryjournal.store.search",
    "recoveryjournal.domain.search",
    "recoveryjournal.domain.coping_models",
    "recoveryjournal.domain.plan_models",
    "recoveryjournal.domain.reflection_models",
    "recoveryjournal.store.reflections",
    "recoveryjournal.domain.session_models",
    "recoveryjournal.store.sessions",
    "recoveryjournal.store.trash",
    "recoveryjournal.store.crypto",
    "recoveryjournal.store.backup",
    "recoveryjournal.ui.health",
    "recoveryjournal.ui.undo",
    "locale",  # loaded by argparse's translations: a start without arguments builds no parser
]
# Not even the second phase loads these: they wait for the first write, a command or the summary dialog.
LATER = [
    "sqlite_utils",
    "recoveryjournal.export.command",
    "recoveryjournal.export.data_command",
    "recoveryjournal.domain.summary",
    "recoveryjournal.domain.rotation",  # the day's backup may load it, in the background
    "recoveryjournal.store.search",
    "recoveryjournal.domain.search",
    "recoveryjournal.domain.session_models",
    "recoveryjournal.store.sessions",
    "recoveryjournal.store.trash",
    "locale",
    "importlib.resources",
]


def menu_layout(window: MainWindow) -> list[tuple[str, ...]]:
    """Every menu entry as (menu path…, text, shortcut), in order, so two windows can be compared."""
    rows: list[tuple[str, ...]] = []

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                rows.append((*path, "----"))
            elif action.menu() is not None:
                walk(action.menu(), (*path, action.text()))
            else:
                rows.append((*path, action.text(), action.shortcut().toString()))

    for top in window.menuBar().actions():
        walk(top.menu(), (top.text(),))
    return rows


def shortcuts(window: MainWindow) -> set[tuple[str, str]]:
    return {
        (action.text(), action.shortcut().toString())
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }


def key(shortcut: str):
    combo = QKeySequence(shortcut)[0]
    return combo.key(), combo.keyboardModifiers()


def test_deferred_window_ends_up_like_the_one_built_at_once(qtbot, store):
    store.checkins.add(CheckIn(at=now_local(), mood=4, craving=2))
    eager = MainWindow(AppContext(store))
    qtbot.addWidget(eager)
    deferred = MainWindow(AppContext(store), defer_setup=True)
    qtbot.addWidget(deferred)
    today = deferred.page("today")

    # Before it paints: Today already shows its data and the menu bar its (empty) menus, so nothing moves when they
    # fill; but there are no actions, no shortcuts and no daily question.
    assert deferred.current_page_key() == "today"
    assert today.checkins.count() == 1
    assert [menu.text() for menu in deferred.menuBar().actions()] == [menu.text() for menu in eager.menuBar().actions()]
    assert all(menu.menu().isEmpty() for menu in deferred.menuBar().actions())
    assert shortcuts(deferred) == set()
    assert today.reflection_slot.findChild(DailyQuestion) is None

    with qtbot.waitSignal(deferred.set_up, timeout=5000):
        deferred.show()
    assert menu_layout(deferred) == menu_layout(eager)
    assert len(menu_layout(deferred)) > 20
    assert shortcuts(deferred) == shortcuts(eager)
    assert {"Ctrl+K", "F1", "Ctrl+Shift+L"} <= {keys for _text, keys in shortcuts(deferred)}
    question = today.reflection_slot.findChild(DailyQuestion)
    assert question is not None and question.isVisible()
    assert eager.page("today").reflection_slot.findChild(DailyQuestion) is not None

    # Once idle, the shortcuts work like in any window.
    qtbot.keyClick(deferred.focusWidget() or deferred, *key("Ctrl+6"))
    assert deferred.current_page_key() == "triggers"
    qtbot.keyClick(deferred.focusWidget() or deferred, *key("F1"))
    qtbot.waitUntil(deferred.help_now.is_open)


def test_callbacks_wait_for_the_second_phase(qtbot, store):
    window = MainWindow(AppContext(store), defer_setup=True)
    qtbot.addWidget(window)
    seen: list[bool] = []
    window.when_set_up(lambda: seen.append(hasattr(window, "file_menu")))
    assert seen == []
    window.show()
    qtbot.waitUntil(lambda: seen == [True])
    window.when_set_up(lambda: seen.append(True))  # already complete: runs at once
    assert seen == [True, True]


def test_a_window_closed_before_it_painted_is_never_finished(qtbot, store):
    window = MainWindow(AppContext(store), defer_setup=True)
    qtbot.addWidget(window)
    window.show()
    window.close()
    store.close()  # as ui.app.run does once the window has closed
    qtbot.wait(SETUP_FALLBACK_MS + 100)  # the paint and the fallback have both had their chance
    assert not window.is_set_up()


def test_last_page_is_painted_first_when_it_was_not_today(qtbot, store):
    first = MainWindow(AppContext(store))
    qtbot.addWidget(first)
    first.show_page("triggers")
    first.close()
    window = MainWindow(AppContext(store), defer_setup=True)
    qtbot.addWidget(window)
    assert window.current_page_key() == "triggers"
    assert "today" not in window._pages
    with qtbot.waitSignal(window.set_up, timeout=5000):
        window.show()
    assert window.show_page("today").reflection_slot.findChild(DailyQuestion) is not None


# Started as the ``recoveryjournal`` command starts from a desktop launcher; the command's sub-commands and its
# parser are never loaded for the window.
CHILD = r"""
import enum, gc, json, os, sys

# PySide6 builds each Qt enum as a Python enum on first use; Qt's own namespace (``Qt.…``) is ~100 of them at once.
created = set()
create = enum.EnumType._create_
def spy(cls, name, *args, **kwargs):
    made = create(cls, name, *args, **kwargs)
    created.add("QEvent.Type" if name == "Type" and "MouseButtonPress" in made.__members__ else name)
    return made
enum.EnumType._create_ = spy

# PySide6 reads the source of each module imported after it, looking for a ``__feature__`` switch (~0.3 ms each).
import inspect
read = []
get_source = inspect.getsource
def reading(target):
    if "PySide6.QtCore" in sys.modules:  # what PySide6 reads while it loads is the bare window's cost too
        read.append(getattr(target, "__name__", ""))
    return get_source(target)
inspect.getsource = reading

from recoveryjournal import cli

heavy = json.loads(sys.argv[2])

def state(window):
    today = window.page("today")
    order = list(sys.modules)
    qt = order.index("PySide6.QtCore")
    return {
        "loaded": [name for name in heavy if name in sys.modules],
        "store_before_qt": order.index("recoveryjournal.store.store") < qt,
        "actions": sum(len(menu.menu().actions()) for menu in window.menuBar().actions()),
        "checkins": today.checkins.count(),
        "entries": today.entries.count(),
        "question": today.reflection_slot.isVisible(),
        "icon": not QApplication.windowIcon().isNull(),
        "collecting": gc.isenabled(),
        "style": [name for name in ("navigation", "page_today") if window.findChild(QWidget, name).styleSheet()],
        "qt_namespace": sorted(created & {"AlignmentFlag", "FocusPolicy", "WidgetAttribute", "WindowType"}),
        "event_and_button_box_enums": sorted(created & {"QEvent.Type", "ButtonRole"}),
        "own_sources_read": sorted(name for name in read if name.startswith("recoveryjournal")),
        "read_though_loaded_before_qt": sorted(set(read) & set(order[: order.index("PySide6")])),
        "sources_read": len(read),
    }

def painted():
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible())
    window.repaint()
    print(json.dumps(state(window)), flush=True)
    window.when_set_up(lambda: (print(json.dumps(state(window)), flush=True), os._exit(0)))

open_window = cli.run_gui

def run_gui(*args):
    global QApplication, QWidget
    import recoveryjournal.ui.app  # Qt loads where the command loads it
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    QTimer.singleShot(0, painted)
    return open_window(*args)

cli.run_gui = run_gui
os.environ["RECOVERYJOURNAL_DATA_DIR"] = sys.argv[1]
cli.main([])  # no arguments, as a desktop launcher starts it: the command line is not even parsed
"""


def test_first_paint_leaves_the_heavy_modules_unloaded(store, data_dir: Path):
    store.checkins.add(CheckIn(at=now_local(), mood=3))
    store.journal.add(JournalEntry(created_at=now_local(), title="A good walk", body="Out by the river."))
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD), str(data_dir), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first, complete = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {
        "loaded": [],
        "store_before_qt": True,
        "actions": 0,
        "checkins": 1,
        "entries": 1,
        "question": False,
        "icon": False,
        "collecting": False,  # the cycle collector waits for the first paint
        "style": ["navigation"],
        "qt_namespace": [],  # nothing before the first paint touches Qt's namespace (a tenth of a second)
        "event_and_button_box_enums": [],  # no event handed to Python, no dialog's button box (~6 ms)
        "own_sources_read": [],  # PySide6 is told none of the app's modules switches a ``__feature__``
        "read_though_loaded_before_qt": [],  # nor any module loaded before it (pathlib, typing, …)
        "sources_read": first["sources_read"],
    }
    assert first["sources_read"] > 0  # the spy sees PySide6 read the source of modules other than the app's
    assert complete["actions"] > 20 and complete["question"] and complete["icon"] and complete["collecting"]
    assert complete["qt_namespace"]  # the spy sees Qt's namespace once something uses it
    assert set(complete["loaded"]) >= set(HEAVY) - set(LATER)  # the list names modules that really load later


def test_the_first_paint_finishes_the_setup(qtbot, store, monkeypatch):
    """Not the fallback timer: with it a minute away, painting the window is what completes it."""
    from recoveryjournal.ui import main_window

    monkeypatch.setattr(main_window, "SETUP_FALLBACK_MS", 60_000)
    window = MainWindow(AppContext(store), defer_setup=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.set_up, timeout=5000):
        window.show()
    assert window.is_set_up()
