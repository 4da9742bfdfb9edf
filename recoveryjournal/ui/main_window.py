"""The main window: a sidebar of pages, menus, shortcuts and a status bar; remembers its size and last page.

The app builds it in two phases (``defer_setup=True``): first only what the first paint shows — sidebar, page stack,
status bar and the page the person last had open — and, once that has painted, everything else (menus, actions and
shortcuts, the help-now panel, input hygiene, Today's daily question), with their modules imported only then. Tests
and anything else that builds the window directly get it complete at once.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

# No ``Qt`` namespace here: its first use creates ~100 enum types (~17 ms), which the first paint does without.
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractEventDispatcher, QByteArray, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal import __version__, resources
from recoveryjournal.store.errors import known_errors
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.pages import PAGES, PageSpec

if TYPE_CHECKING:  # the second phase and the dialogs import these: loading their types costs ~5 ms at start
    from PySide6.QtGui import QAction, QCloseEvent

GEOMETRY_KEY = "window/geometry"
MAXIMISED_KEY = "window/maximised"
SIZE_KEY = "window/size"  # the normal (not maximised) size
DEFAULT_SIZE = QSize(1100, 720)
SIDEBAR_WIDTH = 190  # at least; wider when the text size makes a page's name longer
PAGE_KEY = "window/page"
SETUP_FALLBACK_MS = 500  # finish setting up even if the platform never paints the window (e.g. it starts hidden)


class MainWindow(QMainWindow):
    set_up = Signal()  # everything is built: menus, shortcuts, help-now, the daily question

    def __init__(self, context: AppContext, defer_setup: bool = False) -> None:
        super().__init__()
        self.context = context
        self.deferring_setup = defer_setup  # pages leave their extras to ``finish_setup`` while this is true
        self.after_close = None  # what ``ui.app.run`` does once the window has closed (``ui.safety``)
        self.idle_lock = None
        # Qt adds " — Recovery Journal" (the display name) to a title that does not end with it.
        self.setWindowTitle(self.tr("Demo journal") if context.demo else "Recovery Journal")
        self.setMinimumSize(760, 480)  # with its title bar, fits 1920x1080 at 200 % (960x540) above a panel
        self._pages: dict[str, QWidget] = {}
        self._specs = {spec.key: spec for spec in PAGES}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setUniformItemSizes(True)
        for spec in PAGES:
            item = QListWidgetItem(spec.label)  # row i is PAGES[i]
            item.setToolTip(f"{spec.label} ({spec.shortcut})")
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.help_now_button = QPushButton(self.tr("Need help now"))
        self.help_now_button.setObjectName("helpNowButton")
        self.help_now_button.setToolTip(self.tr("Your plan, your people and your crisis line, in one calm place (F1)"))
        self.help_now_button.setMinimumHeight(36)
        self.help_now_button.clicked.connect(lambda: context.help_now_requested.emit())
        navigation = QWidget(objectName="navigation")
        # Styled here, not application-wide: a style sheet on the application puts every widget through Qt's
        # slower style-sheet style (~15 ms more to build and paint Today at start).
        navigation.setStyleSheet((resources.FOLDER / "style" / "app.qss").read_text(encoding="utf-8"))
        left = QVBoxLayout(navigation)
        left.setContentsMargins(0, 0, 0, 6)
        left.addWidget(self.sidebar, 1)
        left.addWidget(self.help_now_button)
        layout.addWidget(navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)

        self._status_label = QLabel(str(context.store.folder))
        self.statusBar().addPermanentWidget(self._status_label)
        context.status.connect(self.show_status)

        self._build_menu_bar()  # empty menus now, so the page does not move down when they fill
        self._complete = False
        self._dispatcher: QAbstractEventDispatcher | None = None  # while waiting for the first paint
        if not defer_setup:
            self.finish_setup()
        self._restore_state()
        if defer_setup:
            self._dispatcher = QAbstractEventDispatcher.instance()
            self._dispatcher.aboutToBlock.connect(self._finish_once_painted)
            QTimer.singleShot(SETUP_FALLBACK_MS, self.finish_setup)

    def show_status(self, message: str) -> None:
        """Show ``message`` in the status bar for a while and say it to screen readers (saved, imported, …)."""
        from recoveryjournal.ui.announce import announce

        self.statusBar().showMessage(message, 5000)
        announce(self.statusBar(), message)

    def _finish_once_painted(self) -> None:
        """Finish setting up once the window has painted: asked each time the event loop is about to wait.

        A widget paints as soon as its window is exposed, so an exposed window has painted. Not a paint handler or an
        event filter: handing Python an event builds PySide6's QEvent type, with its 179-member enum (~2.5 ms).
        """
        window = self.windowHandle()
        if window is not None and window.isExposed():
            self._stop_waiting_for_paint()
            QTimer.singleShot(0, self.finish_setup)

    def _stop_waiting_for_paint(self) -> None:
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._finish_once_painted)
            self._dispatcher = None

    def finish_setup(self) -> None:
        """Build everything the first paint did not need; runs once, then emits ``set_up``."""
        self._stop_waiting_for_paint()
        if self._complete or (self.deferring_setup and not self.isVisible()):
            return  # done already, or the window was closed (and its journal perhaps too) before it painted
        self._complete = True
        from recoveryjournal.ui.help_now import install_help_now
        from recoveryjournal.ui.widgets.safe_text import install_input_hygiene

        install_input_hygiene()  # before any text box below is polished
        from recoveryjournal.ui.widgets.focus_ring import follow_focus

        follow_focus()
        self._build_menus()
        self.help_now = install_help_now(self, self.context)
        from recoveryjournal.ui import theme

        theme.follow(self.sidebar, self._restyle_navigation)  # before the fit: a new style sheet re-polishes
        theme.follow(self.sidebar, self._fit_sidebar)  # page names stay whole at a larger text size
        self.deferring_setup = False
        with known_errors(self.context.store.path):  # from the event loop: a plain message, as at the start
            for widget in self._pages.values():
                finish = getattr(widget, "finish_setup", None)
                if callable(finish):
                    finish()
        self.set_up.emit()

    def _restyle_navigation(self) -> None:
        """Qt reads a style sheet's ``palette(...)`` colours once: set it again so the sidebar takes a new theme."""
        from PySide6.QtGui import QGuiApplication, QPalette

        navigation = self.sidebar.parentWidget()
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
        if navigation.property("styled_on") in (None, base):  # first call (styled at build), or the same palette
            navigation.setProperty("styled_on", base)
            return
        navigation.setProperty("styled_on", base)
        sheet = navigation.styleSheet()
        navigation.setStyleSheet("")
        navigation.setStyleSheet(sheet)

    def _fit_sidebar(self) -> None:
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.sidebar.item(row).text()) for row in range(self.sidebar.count()))
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, widest + 4 * metrics.height()))

    def is_set_up(self) -> bool:
        """Whether ``finish_setup`` has run: menus, shortcuts and help-now are in place."""
        return self._complete

    def when_set_up(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window is complete: now if it is, else right after ``finish_setup``."""
        if self._complete:
            callback()
        else:
            self.set_up.connect(callback)

    def _build_menu_bar(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.log_menu = self.menuBar().addMenu(self.tr("&Log"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.backup_action = self.add_action(self.file_menu, self.tr("&Back up now"), self.back_up_now, "Ctrl+Shift+B")
        from recoveryjournal.ui.safety import add_safety_actions

        add_safety_actions(self)
        self.unsaved_action = self.add_action(self.file_menu, self.tr("Unsaved &words…"), self.show_unsaved_words)
        self.file_menu.addSeparator()
        self.quit_action = self.add_action(self.file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        undo = self.context.undo
        self.undo_action = self.add_action(
            self.edit_menu, self.tr("&Undo delete"), undo.undo, QKeySequence.StandardKey.Undo
        )
        undo.bind(self.undo_action)
        for spec in PAGES:
            self.add_action(self.go_menu, spec.label, lambda _=False, key=spec.key: self.show_page(key), spec.shortcut)
        self.add_action(self.help_menu, self.tr("Where is my data?"), self.show_data_location)
        self.shortcuts_action = self.add_action(self.help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        self.add_action(self.help_menu, self.tr("&About Recovery Journal"), self.show_about)
        self._build_log_menu()
        from recoveryjournal.ui.dialogs.summary_menu import install_summary_actions

        install_summary_actions(self)
        from recoveryjournal.ui.dialogs.data_export import install_data_actions

        install_data_actions(self)
        self._build_preferences()

    def _build_preferences(self) -> None:
        """Settings, the View menu and the reminders (``ui.dialogs.settings``, ``ui.view_menu``, ``ui.reminders``)."""
        from recoveryjournal.ui import preferences
        from recoveryjournal.ui.reminders import install_reminders
        from recoveryjournal.ui.view_menu import fill_view_menu

        self.edit_menu.addSeparator()
        self.settings_action = self.add_action(self.edit_menu, self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        preferences.apply_all(self.context.store)
        fill_view_menu(self)
        self.reminders = install_reminders(self)

    def show_settings(self) -> None:
        from recoveryjournal.ui.dialogs.settings import open_settings

        open_settings(self.context, self)

    def show_shortcuts(self) -> None:
        from recoveryjournal.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).open()

    def _build_log_menu(self) -> None:
        """Quick check-in and the lapse log, reachable from every page."""
        self.checkin_action = self.add_action(self.log_menu, self.tr("Quick &check-in…"), self.quick_checkin, "Ctrl+K")
        self.lapse_action = self.add_action(self.log_menu, self.tr("Log a &lapse…"), self.log_lapse, "Ctrl+L")

    def quick_checkin(self) -> None:
        from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

        open_checkin_dialog(self.context, self)

    def log_lapse(self) -> None:
        from recoveryjournal.ui.dialogs.lapse import open_lapse_dialog

        open_lapse_dialog(self.context, self)

    def add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        """Add a menu action whose shortcut works from every page."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is needed."""
        if key not in self._pages:
            spec: PageSpec = self._specs[key]
            module = importlib.import_module(spec.module)
            widget = getattr(module, spec.class_name)(self.context, self)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        # Built here, not in the row-change slot, so a page that cannot load raises to the caller: at start that is
        # the command's "could not start" message, instead of an exception lost in a slot and a window never shown.
        widget = self.page(key)
        row = [spec.key for spec in PAGES].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return widget

    def current_page_key(self) -> str:
        return PAGES[self.sidebar.currentRow()].key

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(widget)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def _restore_state(self) -> None:
        """Size, place and maximised state as the person left them, within the screen the window opens on.

        The maximised state and the normal size are also kept on their own: some platforms (Wayland, a window a
        window manager maximised) give ``saveGeometry`` no normal size, which restored as the minimum size.
        """
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        size = settings.value(SIZE_KEY)
        normal = size if isinstance(size, QSize) and size.isValid() else DEFAULT_SIZE
        restored = self.normalGeometry()
        if restored.width() <= self.minimumWidth() or restored.height() <= self.minimumHeight():
            self.resize(normal)
        screen = self.screen().availableGeometry()
        if self.width() > screen.width() or self.height() > screen.height():
            self.resize(self.size().boundedTo(screen.size()))
        if settings.value(MAXIMISED_KEY, False, type=bool):
            from PySide6.QtCore import Qt  # only for a maximised window: see the note on imports above

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        last = self.context.settings.value(PAGE_KEY, "today")
        self.show_page(last if last in self._specs else PAGES[0].key)

    def save_state(self) -> None:
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.context.settings.setValue(MAXIMISED_KEY, self.isMaximized())
        if not (self.isMaximized() or self.isFullScreen()):
            self.context.settings.setValue(SIZE_KEY, self.size())
        self.context.settings.setValue(PAGE_KEY, self.current_page_key())
        self.context.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self._pages.values():
            before_close = getattr(widget, "before_close", None)
            if callable(before_close) and not before_close():
                event.ignore()
                return
        if "recoveryjournal.ui.drafts" in sys.modules:  # a form was opened: keep what is typed in any still open
            sys.modules["recoveryjournal.ui.drafts"].keep_all_drafts()
        self.save_state()
        event.accept()

    def show_unsaved_words(self) -> None:
        """Drafts left from before or kept with "Keep as draft" (``ui.dialogs.recovered``)."""
        from recoveryjournal.ui.dialogs.recovered import offer_recovered

        if offer_recovered(self, self.tr("Unsaved words")) is None:
            self.context.show_status(self.tr("There are no unsaved words: everything you typed is saved."))

    def back_up_now(self) -> None:
        from recoveryjournal.store.backup import back_up

        target = back_up(self.context.store)
        self.context.show_status(self.tr("Backed up to {target}").format(target=target))

    def show_data_location(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        folder = self.context.store.folder
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Where is my data?"))
        box.setText(
            self.tr(
                "Your journal is kept only on this computer, in:\n\n{folder}\n\nBackups are in its “backups” "
                "folder. Nothing is ever sent over the network."
            ).format(folder=folder)
        )
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Recovery Journal"),
            self.tr(
                "<b>Recovery Journal {version}</b><p>A private, offline journal for people in recovery: "
                "check-ins, triggers, reflection and your own relapse-prevention plan.</p><p>Everything "
                "stays on this computer. The app never connects to the internet and gives no medical "
                "advice; in a crisis, use your plan, your people and your crisis line.</p>"
            ).format(version=__version__),
        )
