"""Every page and every dialog, walked as a screen reader and a keyboard would meet them (demo journal, offscreen).

A screen reader reads a control by its accessible name through Qt's accessibility layer; a keyboard user meets the
controls in focus-chain order. One window and one demo journal serve the whole module (walking is read-only).
"""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
import shutil
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

import recoveryjournal.ui
from recoveryjournal.ui.focus import next_in_chain
from recoveryjournal.ui.pages import PAGES

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QTabWidget,
    QAbstractItemView,
    QHeaderView,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
)
ROW_SLACK = 4  # pixels: a widget whose bottom is this far above the previous one's top is on an earlier row
# Every widget the walk has met, kept for the module: with PySide6 6.11, dropping the wrappers ``focusProxy()``
# returned deleted widgets under the page (a crash in the next refresh or paint).
MET: list[QWidget] = []


@pytest.fixture(scope="module")
def walk_window(qapp, demo_template, tmp_path_factory):
    """The main window on one copy of the demo journal, with menus, help-now and every page built."""
    from recoveryjournal.store.store import Store
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow

    folder = tmp_path_factory.mktemp("walk") / "data"
    shutil.copytree(demo_template, folder, ignore=shutil.ignore_patterns("*.lock", "*-wal", "*-shm"))
    store = Store.open(folder)
    window = MainWindow(AppContext(store))
    window.resize(1200, 800)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    store.close()


def is_part_of_another(widget: QWidget) -> bool:
    """The line edit inside a spin box, date edit or editable combo box: the outer control is what a person meets."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def is_interactive(widget: QWidget) -> bool:
    if is_part_of_another(widget):
        return False
    if isinstance(widget, QScrollBar):  # part of its scroll area, which carries the name
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says a control is. A combo box's own "name" on Linux is only its current value: it is
    named by its accessible name or by the label that names it (a buddy, as QFormLayout's rows make)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        labels = interface.relations(QAccessible.Relation.Label)
        return labels[0][0].text(QAccessible.Text.Name).strip() if labels else ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(root: QWidget) -> list[str]:
    """Each visible interactive widget under ``root`` that a screen reader would announce without a name."""
    return [
        f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {type(widget.parentWidget()).__name__}"
        for widget in root.findChildren(QWidget)
        if widget.isVisibleTo(root) and is_interactive(widget) and not accessible_name(widget)
    ]


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, in order, from the first one."""

    def stops_here(widget: QWidget) -> bool:
        return (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and not is_part_of_another(widget)
        )

    stops: list[QWidget] = []
    widget = next_in_chain(root)
    while widget is not root and widget not in stops:
        MET.append(widget)
        if stops_here(widget):
            stops.append(widget)
        widget = next_in_chain(widget)
    return stops


def scroll_areas(widget: QWidget, root: QWidget) -> list[QScrollArea]:
    """The scroll areas ``widget`` sits in below ``root``, outermost first."""
    areas = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            areas.insert(0, parent)
        parent = parent.parentWidget()
    return areas


def places(a: QWidget, b: QWidget, root: QWidget) -> tuple[QRect, QRect]:
    """Where ``a`` and ``b`` are drawn, as a reader sees them: inside the scroll area both sit in, where they are in
    its contents; a control in a scroll area the other is not in, where that scroll area is."""
    frame = root
    for area in scroll_areas(a, root):
        if area is not b and area.isAncestorOf(b):  # isAncestorOf counts a widget as its own ancestor
            frame = area.widget()

    def place(widget: QWidget) -> QRect:
        shown = next(iter(scroll_areas(widget, frame)), widget)
        return QRect(shown.mapTo(frame, QPoint(0, 0)), shown.size())

    return place(a), place(b)


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} “{accessible_name(widget) or widget.objectName()}”"


def backward_jumps(root: QWidget) -> list[str]:
    """The Tab steps that go back up to an earlier row (wholly above the control Tab leaves), if there is more than
    the one a circle needs.

    Tab goes round in a circle, so one step goes from the last control back up to the first: wherever the walk
    starts, a circle in reading order has exactly one step up. Allowed too, as reading goes: a step up into the next
    column to the right (from the end of Today's left column to the top of its right one)."""
    stops = tab_stops(root)
    jumps = []
    for before, after in itertools.pairwise([*stops, *stops[:1]]):
        a, b = places(before, after, root)
        above = b.bottom() < a.top() - ROW_SLACK
        next_column = b.left() >= a.right() - ROW_SLACK
        if above and not next_column:
            jumps.append(
                f"{describe(before)} at {a.topLeft().toTuple()} → {describe(after)} at {b.topLeft().toTuple()}"
            )
    return jumps if len(jumps) > 1 else []


# ---------------------------------------------------------------------------------------------------- the windows


def _checkin(window):
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    dialog = CheckInDialog(window.context, window)
    dialog.more_toggle.setChecked(True)  # everything the dialog can show
    return dialog


def _lapse(window):
    from recoveryjournal.ui.dialogs.lapse import LapseDialog

    return LapseDialog(window.context, window)


def _summary(window):
    from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog

    return ExportSummaryDialog(window.context, window)


def _data_export(window):
    from recoveryjournal.ui.dialogs.data_export import DataExportDialog

    return DataExportDialog(window.context, window)


def _import(window):
    from recoveryjournal.ui.dialogs.import_data import ImportDialog

    return ImportDialog(window.context, window)


def _measure(window):
    from recoveryjournal.ui.dialogs.measure import MeasureDialog
    from recoveryjournal.ui.widgets.due_measures import current_catalogue

    instrument = current_catalogue(window.context.store).instruments[0]
    return MeasureDialog(window.context, instrument, window)


def _unlock(window):
    from recoveryjournal.ui.dialogs.passphrase import UnlockDialog

    return UnlockDialog(window.context.store.folder, window)


def _set_passphrase(window):
    from recoveryjournal.ui.dialogs.passphrase import SetPassphraseDialog

    return SetPassphraseDialog("Set a passphrase", window)


def _recovery_key(window):
    from recoveryjournal.ui.dialogs.passphrase import RecoveryKeyDialog

    return RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", window)


def _lock_settings(window):
    from recoveryjournal.ui.dialogs.passphrase import LockSettingsDialog

    return LockSettingsDialog(5, window)


def _recovered(window):
    from recoveryjournal.domain.draft_models import Draft, DraftField
    from recoveryjournal.ui.dialogs.recovered import RecoveredDialog

    draft = Draft(key="walk", kind="checkin", label="Check-in", fields=[DraftField("note", "Note", "half a thought")])
    return RecoveredDialog(window, [draft])


def _my_prompts(window):
    from recoveryjournal.ui.dialogs.reflection_prompts import MyPromptsDialog

    return MyPromptsDialog(window.context, window)


def _short_reflection(window):
    from recoveryjournal.domain.reflection_models import ReflectionKind
    from recoveryjournal.ui.dialogs.reflection_short import ShortReflectionDialog

    return ShortReflectionDialog(window.context, ReflectionKind.GRATITUDE, window)


def _thought_record(window):
    from recoveryjournal.ui.dialogs.reflection_thought import ThoughtRecordDialog

    return ThoughtRecordDialog(window.context, window)


def _weekly_review(window):
    from recoveryjournal.ui.dialogs.reflection_weekly import WeeklyReviewDialog

    return WeeklyReviewDialog(window.context, window)


def _restore(window):
    from recoveryjournal.store.backup import back_up, list_backups
    from recoveryjournal.ui.dialogs.restore import RestoreDialog

    back_up(window.context.store)
    return RestoreDialog(list_backups(window.context.store.folder, None), window)


def _substance(window):
    from recoveryjournal.ui.dialogs.substance import SubstanceDialog

    return SubstanceDialog(window.context, window)


def _country(window):
    from recoveryjournal.ui.crisis import CountryDialog

    return CountryDialog(window.context.store, window)


def _help_now(window):
    window.help_now.panel.open_panel()
    return window.help_now.panel


def _lock_screen(window):
    from recoveryjournal.ui.lock import LockOverlay

    overlay = LockOverlay(window, window.context.store.folder, with_passphrase=True)
    overlay.setGeometry(window.rect())
    return overlay


def _settings(window):
    from recoveryjournal.ui.dialogs.settings import SettingsDialog

    return SettingsDialog(window.context, window)


def _shortcuts(window):
    from recoveryjournal.ui.shortcuts import ShortcutsDialog

    return ShortcutsDialog(window)


def _welcome(window):
    from recoveryjournal.ui.welcome import WelcomeWizard

    return WelcomeWizard(window.context, window)


def _session_review(window):
    from recoveryjournal.ui.review_mode import start_review

    return start_review(window)


DIALOGS: dict[str, Callable[[QWidget], QWidget]] = {
    "CheckInDialog": _checkin,
    "LapseDialog": _lapse,
    "ExportSummaryDialog": _summary,
    "DataExportDialog": _data_export,
    "ImportDialog": _import,
    "MeasureDialog": _measure,
    "UnlockDialog": _unlock,
    "SetPassphraseDialog": _set_passphrase,
    "RecoveryKeyDialog": _recovery_key,
    "LockSettingsDialog": _lock_settings,
    "RecoveredDialog": _recovered,
    "MyPromptsDialog": _my_prompts,
    "ShortReflectionDialog": _short_reflection,
    "ThoughtRecordDialog": _thought_record,
    "WeeklyReviewDialog": _weekly_review,
    "RestoreDialog": _restore,
    "SubstanceDialog": _substance,
    "CountryDialog": _country,
    "HelpNowPanel": _help_now,
    "LockOverlay": _lock_screen,
    "ReviewWindow": _session_review,
    "SettingsDialog": _settings,
    "ShortcutsDialog": _shortcuts,
    "WelcomeWizard": _welcome,
}


def app_dialog_classes() -> Iterator[str]:
    """The name of every dialog class the app defines (each of its ``ui`` modules imported)."""
    for module in pkgutil.walk_packages(recoveryjournal.ui.__path__, "recoveryjournal.ui."):
        imported = importlib.import_module(module.name)
        for name, member in inspect.getmembers(imported, inspect.isclass):
            if issubclass(member, QDialog) and member.__module__ == module.name and name != "DraftDialog":
                yield name


def test_every_dialog_of_the_app_is_walked():
    missing = sorted(set(app_dialog_classes()) - set(DIALOGS))
    assert not missing, f"add an opener for each of these to DIALOGS in {__name__}: {missing}"


def shown(qtbot, window, opener) -> QWidget:
    widget = opener(window)
    widget.show()
    qtbot.waitUntil(widget.isVisible)
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # controls a refresh replaced are gone
    return widget


def close(widget: QWidget, window) -> None:
    """Put the dialog away; a panel or overlay the app keeps (help-now, the lock screen) is only hidden, as there."""
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
        widget.deleteLater()
    else:
        widget.close()
    window.show()


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_each_page_names_every_control_and_tabs_in_reading_order(walk_window, key):
    page = walk_window.show_page(key)
    QApplication.processEvents()
    problems = [f"no name: {each}" for each in unnamed(page)]
    problems += [f"Tab goes back: {each}" for each in backward_jumps(page)]
    assert not problems, "\n".join(problems)


def each_view(root: QWidget) -> Iterator[str]:
    """Show in turn each tab of each tab widget in ``root`` and, in a wizard, each step; say which is showing."""
    yield "as it opens"
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab “{tabs.tabText(index)}”"
    if isinstance(root, QWizard):
        while root.nextId() != -1:
            root.next()
            QApplication.processEvents()
            yield f"step “{root.currentPage().title() or root.currentId()}”"


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_names_every_control_and_tabs_in_reading_order(qtbot, walk_window, name):
    widget = shown(qtbot, walk_window, DIALOGS[name])
    try:
        problems = []
        for view in each_view(widget):
            problems += [f"{view}, no name: {each}" for each in unnamed(widget)]
            problems += [f"{view}, Tab goes back: {each}" for each in backward_jumps(widget)]
        assert not problems, "\n".join(dict.fromkeys(problems))
    finally:
        close(widget, walk_window)


def test_the_walk_finds_a_nameless_control_and_tab_going_back_up(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    top, middle, bottom = QLineEdit(window), QLineEdit(window), QLineEdit(window)
    for row, edit in enumerate((top, middle, bottom)):
        edit.setGeometry(10, 10 + 40 * row, 200, 24)
    top.setAccessibleName("Top")
    middle.setAccessibleName("Middle")
    window.show()
    assert unnamed(window) == ["QLineEdit (no object name) in QWidget"]
    assert backward_jumps(window) == []
    QWidget.setTabOrder(top, bottom)  # top, bottom, middle: one step up too many
    QWidget.setTabOrder(bottom, middle)
    assert len(backward_jumps(window)) == 2
