"""``recoveryjournal self-test DIR``: runs an installed or packaged copy of the app through its main paths.

For whoever builds or installs the app (the CI smoke test runs it in the PyInstaller bundle): it starts the window on
the sample journal exactly as ``--demo`` does, imports every module of the app, opens every page, writes the
therapist summary as PDF and HTML, exports all data as JSON and CSV and imports both into new journals, then closes
the window as Quit does. Works without a display (``QT_QPA_PLATFORM=offscreen``). The files stay in DIR to look at.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from datetime import timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import recoveryjournal
from recoveryjournal.ui.app import application
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.pages import PAGES

POLL_MS = 50


class SelfTest:
    """Made before the window starts; acts once the window is set up, then closes it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.failures: list[str] = []
        application()
        QTimer.singleShot(0, self._wait_for_window)

    def result(self, code: int) -> int:
        """The command's exit code, given the window's."""
        for failure in self.failures:
            print(failure, file=sys.stderr)
        if self.failures:
            print(QCoreApplication.translate("SelfTest", "self-test: FAILED"), file=sys.stderr)
            return 1
        print(
            QCoreApplication.translate("SelfTest", "self-test: passed; the files are in {folder}").format(
                folder=self.folder
            )
            if code == 0
            else QCoreApplication.translate("SelfTest", "self-test: exit code {code}").format(code=code)
        )
        return code

    def _wait_for_window(self) -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(POLL_MS, self._wait_for_window)
            return
        # From now on a bug anywhere ends the test instead of waiting for someone to close a crash dialog.
        sys.excepthook = self._record
        window.when_set_up(lambda: QTimer.singleShot(0, lambda: self._exercise(window)))

    def _record(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        self.failures.append("".join(traceback.format_exception(kind, value, tb)))
        QApplication.closeAllWindows()

    def _exercise(self, window: MainWindow) -> None:
        try:
            for step in (self._import_everything, self._open_pages, self._write_summaries, self._round_trip):
                print(QCoreApplication.translate("SelfTest", "self-test: {step}").format(step=step(window)))
        except Exception:
            self.failures.append(traceback.format_exc())
        window.close()

    def _import_everything(self, window: MainWindow) -> str:
        """Every module, so a build that lost one (loaded by name or only on first use) fails here."""
        names = [
            info.name
            for info in pkgutil.walk_packages(recoveryjournal.__path__, "recoveryjournal.")
            if not info.name.endswith("__main__")
        ]
        for name in names:
            importlib.import_module(name)
        return QCoreApplication.translate("SelfTest", "imported {names} modules").format(names=len(names))

    def _open_pages(self, window: MainWindow) -> str:
        for spec in PAGES:
            window.show_page(spec.key)
            QApplication.processEvents()
        return QCoreApplication.translate("SelfTest", "opened {PAGES} pages").format(PAGES=len(PAGES))

    def _write_summaries(self, window: MainWindow) -> str:
        from recoveryjournal.domain.clock import now_local
        from recoveryjournal.domain.summary import SummaryOptions
        from recoveryjournal.export.summary_export import SummaryFormat, export_summary
        from recoveryjournal.export.summary_render import SVG_PREFIX

        now = now_local()
        options = SummaryOptions(now.date() - timedelta(days=89), now.date())
        written = []
        for fmt in SummaryFormat:
            path = export_summary(window.context.store, options, self.folder / f"summary{fmt.suffix}", fmt, now)
            written.append(
                QCoreApplication.translate("SelfTest", "{name} ({path:,} bytes)").format(
                    name=path.name, path=path.stat().st_size
                )
            )
        if not (self.folder / "summary.pdf").read_bytes().startswith(b"%PDF"):
            raise AssertionError("summary.pdf is not a PDF")
        if SVG_PREFIX not in (self.folder / "summary.html").read_text(encoding="utf-8"):
            raise AssertionError("summary.html has no charts")
        return "wrote " + ", ".join(written)

    def _round_trip(self, window: MainWindow) -> str:
        from recoveryjournal import __version__
        from recoveryjournal.domain.clock import now_local
        from recoveryjournal.export.transfer import apply, export_all, prepare
        from recoveryjournal.opening import open_journal
        from recoveryjournal.store import data_io

        store = window.context.store
        now = now_local()
        expected = data_io.dump(store, now, __version__).counts()
        for fmt, name in (("json", "journal.json"), ("csv", "journal-csv.zip")):
            exported = export_all(store, self.folder / name, fmt, now)
            copy = open_journal(self.folder / f"imported-{fmt}")
            try:
                apply(copy, prepare(copy, exported, fmt))
                found = data_io.dump(copy, now, __version__).counts()
            finally:
                copy.close()
            if found != expected:
                raise AssertionError(f"the {fmt} round trip changed the counts: {expected} became {found}")
        return QCoreApplication.translate(
            "SelfTest", "exported and imported JSON and CSV ({sum:,} records each)"
        ).format(sum=sum(expected.values()))
