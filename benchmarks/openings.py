"""First openings: what a person waits for the first time they open Insights, the export dialog or session review,
against opening the same thing again in the same process.

Each measurement is a fresh app (started as the command starts it, on the heavy user's journal) that paints, finishes
setting up, stays idle for three seconds as a person reading Today would, then opens the thing and closes it. The
floor is opening it again after another three seconds of idle: a later opening pays only for the work itself, so
whatever the first pays on top is loading and warming that the idle moment should already have done. Both come after
the same idle because an idle moment alone makes the next opening dearer: on the machine the table was made on,
Insights opened again after three idle seconds took 1.1–1.3 times as long as opened again at once, even the third
time, with nothing left to load. The median of three openings at once is shown for information.

While idle, the child also times how late a 10 ms timer fires (about as often as a fast typist's key presses arrive),
so a warm-up that blocked typing would show as a long "longest pause". A zero-delay timer would keep the GUI thread
busy for the whole idle moment, which no person does, and starve the warm-up's background thread of Python's lock.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

OPENINGS = ("insights", "export", "review")
IDLE_MS = 3000
AT_ONCE = 3
"""Openings one straight after another, after the floor's: their median is shown for information."""

CHILD = r"""
import os, sys, time
what, folder, idle_ms = sys.argv[1], sys.argv[2], int(sys.argv[3])
AT_ONCE = int(sys.argv[4])
from recoveryjournal import cli

pauses = []

last = [0.0]

def probe(qapp):
    # A 10 ms timer: a gap between firings beyond its interval is how long a key press would wait.
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.setInterval(10)
    def tick():
        now = time.perf_counter()
        pauses.append(now - last[0])
        last[0] = now
    timer.timeout.connect(tick)
    return timer

def idle(timer, then):
    from PySide6.QtCore import QTimer
    last[0] = time.perf_counter()
    timer.start()
    def done():
        timer.stop()
        then()
    QTimer.singleShot(idle_ms, done)

def settle(qapp):
    for _ in range(5):
        qapp.processEvents()

def open_once(window, qapp):
    began = time.perf_counter()
    if what == "insights":
        page = window.show_page("insights")
        settle(qapp)
        page.repaint()
        elapsed = time.perf_counter() - began
        window.show_page("today")
        settle(qapp)
    elif what == "export":
        from recoveryjournal.ui.dialogs.export_summary import open_export_dialog
        dialog = open_export_dialog(window.context, window)
        settle(qapp)
        dialog.repaint()
        elapsed = time.perf_counter() - began
        dialog.reject()
        settle(qapp)
    else:
        from recoveryjournal.ui.review_mode import start_review
        review = start_review(window)
        settle(qapp)
        review.repaint()
        elapsed = time.perf_counter() - began
        review.close()
        settle(qapp)
    return elapsed

def measure(window, qapp, timer):
    first = open_once(window, qapp)
    def again():
        later = open_once(window, qapp)
        at_once = sorted(open_once(window, qapp) for _ in range(AT_ONCE))[AT_ONCE // 2]
        longest = max(pauses) - 0.010 if pauses else 0.0
        print(first, later, at_once, longest, flush=True)
        os._exit(0)
    idle(timer, again)

def run_gui(*args):
    import recoveryjournal.ui.app
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def started():
        qapp = QApplication.instance()
        window = next(w for w in qapp.topLevelWidgets() if w.isVisible())
        def set_up():
            timer = probe(qapp)
            idle(timer, lambda: measure(window, qapp, timer))
        window.when_set_up(set_up)

    QTimer.singleShot(0, started)
    return open_window(*args)

open_window = cli.run_gui
cli.run_gui = run_gui
os.environ["RECOVERYJOURNAL_DATA_DIR"] = folder
cli.main([])
"""


def open_child(what: str, folder: Path, idle_ms: int = IDLE_MS) -> tuple[float, float, float, float]:
    """Seconds for the first opening, the next one after idle again, the median of the ones at once after it, and the
    longest pause of the event loop while idle."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.run(
            [sys.executable, "-c", CHILD, what, str(folder), str(idle_ms), str(AT_ONCE)],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            text=True,
            timeout=300,
        )
        output = process.stdout.split()
        if process.returncode != 0 or len(output) != 4:
            errors.seek(0)
            raise RuntimeError(f"opening {what} did not report (status {process.returncode}): {errors.read()[-2000:]}")
    first, later, at_once, pause = (float(value) for value in output)
    return first, later, at_once, pause


def opening_figures(what: str, folder: Path, repeats: int) -> tuple[float, float, float, float]:
    """Medians over ``repeats`` fresh apps of the first opening, the next after idle and the ones at once, and the
    longest idle pause seen."""
    runs = [open_child(what, folder) for _ in range(repeats)]
    return (
        statistics.median(run[0] for run in runs),
        statistics.median(run[1] for run in runs),
        statistics.median(run[2] for run in runs),
        max(run[3] for run in runs),
    )
