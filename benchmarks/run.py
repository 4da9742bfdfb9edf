"""Time the app on a ten-year heavy user and print one table: each figure's median, its floor, and the target.

Absolute times move with the machine, so every row also measures a *floor* in the same run, in the same way,
alternating with the real thing: the plainest way to do the same work (a bare PySide6 window for the start, a short
matplotlib script drawing the same data as the same kind of chart, ``PdfPages`` with the same charts and words for the
summary, a bare FTS5 query with ``snippet()`` for search, opening the same thing again after the same idle moment for
a first opening). Targets are ratios ``median ÷ floor``, which hold from machine to machine; the absolute medians stay
in the table for information, and the few rows without a meaningful floor (saves, the full export) keep a time limit.

Run it with ``python -m benchmarks`` (``--help`` for the options).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.big_import import ROWS, big_import_rows
from benchmarks.generate import COMMON_WORD, RARE_PHRASE, generate
from benchmarks.table import Row, amount, format_table

START_TARGET = 1.5
MEMORY_TARGET = 1.5

# A fresh interpreter for every start. "bare" is the floor: a PySide6 main window that shows and quits. "app" starts
# the real app as the ``recoveryjournal`` command does (``cli.main``, with the command's modules imported before Qt)
# and stops once Today has painted with its data. Both print the monotonic clock at the first paint (the parent takes
# it just before starting the process) and their peak memory.
CHILD = r"""
import os, sys, time
kind, folder = sys.argv[1], sys.argv[2]
if kind == "app":
    from recoveryjournal import cli

def report(window):
    qapp.processEvents()
    window.repaint()
    print(time.perf_counter(), peak_mb(), flush=True)
    os._exit(0)

def peak_mb():
    # VmHWM belongs to this program alone; ru_maxrss would also count the parent it was forked from.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)

if kind == "bare":
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    qapp = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    QTimer.singleShot(0, lambda: report(window))
    qapp.exec()
else:
    open_window = cli.run_gui
    def run_gui(*args):
        # Qt loads where the command loads it, with the window's first module: the command line, the journal's
        # modules and the standard library that module needs come first, as they do when the command starts.
        import recoveryjournal.ui.app
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        def painted():
            global qapp
            qapp = QApplication.instance()
            report(next(w for w in qapp.topLevelWidgets() if w.isVisible()))
        QTimer.singleShot(0, painted)  # runs once the app's event loop starts
        return open_window(*args)
    cli.run_gui = run_gui
    os.environ["RECOVERYJOURNAL_DATA_DIR"] = folder  # no arguments, as a desktop launcher starts the app
    cli.main([])
"""


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def settle() -> None:
    """Start every sample from the same place: Qt's deferred deletions done (the app's event loop does them between
    two redraws; the benchmark runs none, so replaced charts would pile up) and the garbage collected, so one side
    never pays for the other's garbage."""
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def paired(action: Callable[[], object], floor: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Medians of ``action`` and ``floor``, run alternately so both see the same machine load, each going first in
    turn and each sample starting settled."""
    times: tuple[list[float], list[float]] = ([], [])
    for index in range(repeats):
        order = (0, 1) if index % 2 == 0 else (1, 0)
        for side in order:
            settle()
            times[side].append(timed((action, floor)[side]))
    return statistics.median(times[0]), statistics.median(times[1])


# --------------------------------------------------------------------------------------------------- start-up


def start_child(kind: str, folder: Path) -> tuple[float, float]:
    """Seconds to the first paint and peak memory in MB of one fresh process."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode cached
    with tempfile.TemporaryFile("w+") as errors:
        began = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", CHILD, kind, str(folder)],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            text=True,
        )
        output = process.stdout.read().split()
        process.stdout.close()
        status = process.wait()
        if status != 0 or len(output) != 2:
            errors.seek(0)
            raise RuntimeError(f"the {kind} start did not report (status {status}): {errors.read()[-2000:]}")
    return float(output[0]) - began, float(output[1])


def start_rows(folder: Path, repeats: int) -> list[Row]:
    for kind in ("bare", "app"):  # warm-up: bytecode written, files in the page cache, the day's backup taken
        start_child(kind, folder)
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    for index in range(repeats):  # each goes first in turn, as in ``paired``
        for kind in ("bare", "app") if index % 2 == 0 else ("app", "bare"):
            runs[kind].append(start_child(kind, folder))
    bare, app = runs["bare"], runs["app"]
    med = statistics.median
    return [
        Row(
            "Cold start to Today painted with its data",
            med(run[0] for run in app),
            med(run[0] for run in bare),
            "bare PySide6 window",
            ratio_limit=START_TARGET,
        ),
        Row(
            "Peak memory at start",
            med(run[1] for run in app),
            med(run[1] for run in bare),
            "bare PySide6 window",
            unit="MB",
            ratio_limit=MEMORY_TARGET,
        ),
    ]


OPENING_NAMES = {"insights": "Insights", "export": "the export dialog", "review": "session review"}
OPENING_TARGET = 1.2


def opening_rows(folder: Path, repeats: int) -> list[Row]:
    """First opening after 3 s of idle against opening it again after 3 s of idle, in the same fresh app."""
    from benchmarks.openings import OPENINGS, opening_figures

    rows = []
    for what in OPENINGS:
        first, later, at_once, pause = opening_figures(what, folder, repeats)
        name = (
            f"First opening of {OPENING_NAMES[what]} after 3 s idle (longest pause while idle {amount(pause, 's')};"
            f" opened again at once {amount(at_once, 's')})"
        )
        rows.append(Row(name, first, later, "opening it again after 3 s idle", ratio_limit=OPENING_TARGET))
    return rows


# ------------------------------------------------------------------------------------------------ in-process


def chart_rows(store, repeats: int) -> list[Row]:
    from benchmarks.floors import draw_plain_chart
    from recoveryjournal.domain.patterns import PeriodPreset
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.pages.insights import VIEWS, InsightsPage

    context = AppContext(store)
    page = InsightsPage(context)
    page.resize(1100, 720)
    page.show()
    page.period_box.setCurrentIndex(page.period_box.findData(str(PeriodPreset.EVERYTHING)))
    rows = []
    for index, view in enumerate(VIEWS):
        page.view_list.setCurrentRow(index)
        size, dpi = page.figure.get_size_inches(), page.figure.dpi
        data, title = page.result, page.figure.get_suptitle()

        def redraw() -> None:
            page.redraw()
            page.canvas.draw()

        def plain(key=view.key, data=data, size=size, dpi=dpi, title=title) -> None:
            draw_plain_chart(key, data, size, dpi, title)

        redraw()  # once each untimed: the first draw of a kind of chart pays for its glyphs and colour maps
        plain()
        median, floor = paired(redraw, plain, repeats)
        rows.append(
            Row(f"Chart redraw, everything: {view.title}", median, floor, "plain script, same data", ratio_limit=1.5)
        )
    page.close()
    page.deleteLater()
    return rows


BARE_SNIPPETS = """
    SELECT rowid, highlight(journal_entries_fts, 0, '[', ']'), snippet(journal_entries_fts, 1, '[', ']', '…', 24),
        rank AS score
    FROM journal_entries_fts WHERE journal_entries_fts MATCH :query
    UNION ALL
    SELECT rowid, highlight(reflections_fts, 0, '[', ']'), snippet(reflections_fts, 1, '[', ']', '…', 24), rank
    FROM reflections_fts WHERE reflections_fts MATCH :query
    ORDER BY score LIMIT 50
"""
SEARCHES_PER_SAMPLE = 20
"""A rare phrase is found in about a millisecond: each sample times this many searches, so the clock's grain and
one stray pause do not decide the row."""


def search_rows(store, repeats: int) -> list[Row]:
    """The app's search (journal entries and reflections, filters, best first, snippets for the shown hits) against
    one bare query over the same two full-text tables with ``snippet()``."""
    from recoveryjournal.store.search import build_match

    rows = []
    for label, text in (("common word", COMMON_WORD), ("rare phrase", f'"{RARE_PHRASE}"')):
        query = build_match(text)

        def app_search(text=text) -> None:
            for _ in range(SEARCHES_PER_SAMPLE):
                store.search.search(text, limit=50)

        def bare_query(query=query) -> None:
            for _ in range(SEARCHES_PER_SAMPLE):
                store.db.execute(BARE_SNIPPETS, {"query": query}).fetchall()

        median, floor = paired(app_search, bare_query, repeats)
        rows.append(
            Row(
                f"Search, top 50 with snippets: {label}",
                median / SEARCHES_PER_SAMPLE,
                floor / SEARCHES_PER_SAMPLE,
                "bare FTS5 query, snippet()",
                ratio_limit=2,
            )
        )
    return rows


def write_rows(store, scratch: Path, repeats: int) -> list[Row]:
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import CheckIn, JournalEntry
    from recoveryjournal.store.db import connect

    floor_db = connect(scratch / "floor.sqlite3")
    floor_db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, text TEXT)")
    triggers = [trigger.id for trigger in store.triggers.list()][:2]
    action = store.coping.actions()[0].id
    body = " ".join(["steady"] * 3000)
    entry = JournalEntry(now_local(), "A long one", body)
    store.journal.add(entry)
    counter = iter(range(10**6))

    def save_checkin() -> None:
        checkin = CheckIn(now_local(), mood=3, craving=4, trigger_ids=triggers, note="Okay after a walk.")
        checkin.coping_action_id, checkin.craving_after = action, 2
        with store.db.atomic():
            store.checkins.add(checkin)

    def autosave() -> None:
        store.journal.save_text(entry.id, "A long one", f"{body} {next(counter)}")

    def commit_row(text: str) -> Callable[[], None]:
        def write() -> None:
            with floor_db.atomic():
                floor_db.execute("INSERT OR REPLACE INTO t VALUES (1, ?)", [f"{text} {next(counter)}"])

        return write

    checkin = paired(save_checkin, commit_row("Okay after a walk."), repeats)
    saved = paired(autosave, commit_row(body), repeats)
    floor_db.close()
    return [
        Row("Save a check-in", *checkin, "one committed row", limit=0.02),
        Row("Autosave a 3,000-word entry", *saved, "3,000 words in one committed row", limit=0.03),
    ]


def pdf_rows(store, first: date, today: date, repeats: int, scratch: Path) -> list[Row]:
    import re

    from benchmarks.floors import plain_figure, plain_summary_pdf
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.summary import SummaryOptions
    from recoveryjournal.export.pdf import ensure_gui_application
    from recoveryjournal.export.summary_charts import CHART_SIZE, chart_data
    from recoveryjournal.export.summary_export import SummaryFormat, export_summary, make_summary, summary_html

    ensure_gui_application()
    target, floor_target = scratch / "summary.pdf", scratch / "floor.pdf"

    def plain_pdf(options: SummaryOptions) -> None:
        """The same summary read from the journal, its words as one text page and its charts drawn plainly."""
        summary = make_summary(store, options, now_local())
        words = re.sub(r"<[^>]+>", " ", summary_html(summary))
        figures = [
            plain_figure(key, data, CHART_SIZE, 72, key)
            for key, data in chart_data(summary).items()
            if data.readiness.enough
        ]
        plain_summary_pdf(floor_target, figures, words)

    rows = []
    for label, start in (("90-day", today - timedelta(days=89)), ("ten-year", first)):
        options = SummaryOptions(start, today)
        median, floor = paired(
            lambda options=options: export_summary(
                store, options, target, SummaryFormat.PDF, now_local(), overwrite=True
            ),
            lambda options=options: plain_pdf(options),
            repeats,
        )
        rows.append(
            Row(f"Therapist summary to PDF, {label}", median, floor, "PdfPages, same charts and words", ratio_limit=1.5)
        )
    return rows


def transfer_row(store, scratch: Path, repeats: int) -> Row:
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.export import transfer
    from recoveryjournal.opening import open_journal

    exported = scratch / "everything.json"
    copies = iter(range(10**6))

    def round_trip() -> None:
        transfer.export_all(store, exported, "json", now_local(), overwrite=True)
        fresh = open_journal(scratch / f"import-{next(copies)}")
        try:
            transfer.apply(fresh, transfer.prepare(fresh, exported, "json"))
        finally:
            fresh.close()

    def copy_file() -> None:
        shutil.copyfile(store.path, scratch / "copy.sqlite3")

    median, floor = paired(round_trip, copy_file, repeats)
    return Row("Full JSON export + import into an empty folder", median, floor, "copying the journal file", limit=5.0)


# --------------------------------------------------------------------------------------------------- the table


def run(scale: float = 1.0, repeats: int = 7, start: bool = True, log=print) -> list[Row]:
    """Build the heavy user in a temporary folder and measure every row; ``start=False`` skips the processes."""
    from recoveryjournal.export.pdf import ensure_gui_application
    from recoveryjournal.opening import open_journal

    ensure_gui_application()
    rows: list[Row] = []
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="recoveryjournal-bench-") as temp:
        folder, scratch = Path(temp) / "data", Path(temp) / "scratch"
        scratch.mkdir()
        began = time.perf_counter()
        counts = generate(folder, scale, today)
        log(f"Generated {counts} in {time.perf_counter() - began:.1f} s")
        if hasattr(os, "sync"):
            os.sync()  # the new journal's pages go to disk now, not while the starts below are timed
        first = today - timedelta(days=counts.days - 1)
        if start:
            rows += start_rows(folder, 4 * repeats + 1)  # a start is cheap and the noisiest figure: more runs
            log("Measured the start")
            rows += opening_rows(folder, repeats + 2)  # one opening a process: more runs to steady the median
            log("Measured the first openings")
        store = open_journal(folder)
        try:
            rows += chart_rows(store, max(3, repeats))  # redraws sit nearest their line: every pair counts
            log("Measured the charts")
            rows += search_rows(store, repeats * 4)
            rows += pdf_rows(store, first, today, max(1, repeats // 2 + 1), scratch)
            log("Measured search and PDFs")
            rows += write_rows(store, scratch, repeats * 4)
            rows.append(transfer_row(store, scratch, max(1, repeats // 2)))
        finally:
            store.close()
        rows += big_import_rows(scratch, max(1, repeats // 2), max(2000, round(ROWS * min(scale, 1.0))), log=log)
        log("Measured the big import")
    return rows


HEADER = (
    "Median of repeated runs. Floor: the least the same kind of work costs on this machine, measured in the same run\n"
    "alternating with the row. Median ÷ floor compares across machines; 'Met' checks the start and memory against\n"
    "the ratio and every time limit against the median itself."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time Recovery Journal on a ten-year heavy user.")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the ten-year data (default 1)")
    parser.add_argument("--repeats", type=int, default=7, help="runs per figure (four times as many starts)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    rows = run(args.scale, args.repeats, log=lambda text: print(text, file=sys.stderr, flush=True))
    print(HEADER)
    print()
    print(format_table(rows))
    print()
    missed, checked = sum(row.met is False for row in rows), sum(row.met is not None for row in rows)
    took = time.perf_counter() - began
    print(f"{checked - missed} of {checked} targets met; took {took:.0f} s on {os.cpu_count()} CPUs.")
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 and matplotlib objects collected at exit can crash it, after the table.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
