"""Real app processes for the crash tests: the child side runs the main window with typing driven inside
(``run_typing_app``); the test side starts such a child, waits until it has typed (``start_typing_app``) and reads
what reached the journal from outside (``drafted``)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from recoveryjournal import paths


def run_typing_app(folder: Path, type_into: Callable[[object], None], close_on_sigterm: bool) -> None:
    """In the child: open the main window on ``folder``, let ``type_into(window)`` type, print READY, run until
    killed. ``close_on_sigterm``: SIGTERM ends the session as the app does (``ui.app.close_on_terminate``)."""
    from PySide6.QtCore import QTimer

    from recoveryjournal.opening import open_journal
    from recoveryjournal.ui.app import application, close_on_terminate
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    app = application()
    store = open_journal(folder)
    with close_on_terminate(app) if close_on_sigterm else nullcontext():
        window = MainWindow(AppContext(store))
        window.show()
        type_into(window)
        print("READY", flush=True)
        QTimer.singleShot(60_000, app.quit)
        app.exec()
    store.close()


def start_typing_app(helper: Path, *arguments: str) -> subprocess.Popen:
    """In the test: start ``helper`` offscreen with ``arguments`` and return once it has printed READY."""
    process = subprocess.Popen(
        [sys.executable, str(helper), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout.readline().strip() == "READY", process.stderr.read()
    return process


def drafted(folder: Path) -> list[str]:
    """Every text kept in the journal's drafts, sorted, read without writing to the journal."""
    path = paths.database_path(folder)
    if not path.exists():
        return []
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT fields FROM drafts").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()
    return sorted(text for (fields,) in rows for _name, _label, text in json.loads(fields) if text)
