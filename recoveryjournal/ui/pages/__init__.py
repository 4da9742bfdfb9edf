"""The pages the sidebar offers, in order. A page is listed only once it works end to end.

Each page class takes ``(context, parent=None)`` and may define ``refresh()``, called whenever it is shown; a page
fills itself only then, never in its constructor, so the first showing reads the journal once.
Pages are imported only when first opened, so start-up stays fast.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageSpec(NamedTuple):
    """A NamedTuple, not a frozen dataclass: ~4× cheaper to define, and the window needs it at every start."""

    key: str
    title: str
    shortcut: str
    module: str
    class_name: str

    @property
    def label(self) -> str:
        """The title in the window's language (``title`` is the English the code knows the page by)."""
        return QCoreApplication.translate("Pages", self.title)


PAGES: list[PageSpec] = [
    PageSpec("today", QT_TRANSLATE_NOOP("Pages", "Today"), "Ctrl+1", "recoveryjournal.ui.pages.today", "TodayPage"),
    PageSpec(
        "journal", QT_TRANSLATE_NOOP("Pages", "Journal"), "Ctrl+2", "recoveryjournal.ui.pages.journal", "JournalPage"
    ),
    PageSpec(
        "insights",
        QT_TRANSLATE_NOOP("Pages", "Insights"),
        "Ctrl+3",
        "recoveryjournal.ui.pages.insights",
        "InsightsPage",
    ),
    PageSpec(
        "reflect", QT_TRANSLATE_NOOP("Pages", "Reflect"), "Ctrl+4", "recoveryjournal.ui.pages.reflect", "ReflectPage"
    ),
    PageSpec("plan", QT_TRANSLATE_NOOP("Pages", "My plan"), "Ctrl+5", "recoveryjournal.ui.pages.plan", "PlanPage"),
    PageSpec(
        "triggers",
        QT_TRANSLATE_NOOP("Pages", "Triggers"),
        "Ctrl+6",
        "recoveryjournal.ui.pages.triggers",
        "TriggersPage",
    ),
    PageSpec(
        "toolbox",
        QT_TRANSLATE_NOOP("Pages", "Coping toolbox"),
        "Ctrl+7",
        "recoveryjournal.ui.pages.toolbox",
        "ToolboxPage",
    ),
    PageSpec(
        "treatment",
        QT_TRANSLATE_NOOP("Pages", "Treatment"),
        "Ctrl+8",
        "recoveryjournal.ui.pages.treatment",
        "TreatmentPage",
    ),
    PageSpec(
        "measures",
        QT_TRANSLATE_NOOP("Pages", "Measures"),
        "Ctrl+0",
        "recoveryjournal.ui.pages.measures",
        "MeasuresPage",
    ),
    PageSpec("trash", QT_TRANSLATE_NOOP("Pages", "Trash"), "Ctrl+9", "recoveryjournal.ui.pages.trash", "TrashPage"),
]


def page_title(key: str) -> str:
    """The name the sidebar gives page ``key``: every message that sends the person to a page names it from here."""
    return next(spec.label for spec in PAGES if spec.key == key)
