"""In a child process whose platform gives the system's own look (xcb under Xvfb, Qt's GTK 3 platform theme, the GTK
theme light or dark as ``GTK_THEME`` says): the app on the demo journal in the "system" theme, every page, dialog and
Insights chart put through the theme check. Prints the colour scheme Qt read from the system, then one line per
problem. Run by ``tests/test_theme_check.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from dialog_catalogue import dialog_factories, session_review
from test_theme_check import chart_problems, problems_in

from recoveryjournal.store.store import Store
from recoveryjournal.ui import theme
from recoveryjournal.ui.app import application
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.pages import PAGES
from recoveryjournal.ui.pages.insights import VIEWS


def main(folder: Path) -> None:
    app = application()
    store = Store.open(folder)
    window = MainWindow(AppContext(store))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    scheme = app.styleHints().colorScheme().name
    print(scheme, "dark" if theme.is_dark() else "light", theme.current_theme(), flush=True)
    problems = []
    for spec in PAGES:
        window.show_page(spec.key)
        app.processEvents()
        problems += problems_in(window, f"system {scheme} {spec.title}")
    insights = window.show_page("insights")
    with pytest.MonkeyPatch.context() as patch:
        for row, view in enumerate(VIEWS):
            insights.view_list.setCurrentRow(row)
            problems += chart_problems(insights.figure, f"system {scheme} chart {view.key}", patch)
    for title, make in {**dialog_factories(window), "session review": lambda: session_review(window)}.items():
        dialog = make()
        dialog.show()
        app.processEvents()
        problems += problems_in(dialog, f"system {scheme} {title}")
        dialog.hide()
        dialog.deleteLater()
    for problem in problems:
        print(problem, flush=True)
    window.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
