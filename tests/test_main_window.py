"""The window shell: every page is one shortcut away, and size, position and last page survive a restart."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from recoveryjournal import paths
from recoveryjournal.store.store import Store
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.main_window import MainWindow
from recoveryjournal.ui.pages import PAGES


def press(qtbot, window, shortcut: str) -> None:
    sequence = QKeySequence(shortcut)
    combo = sequence[0]
    qtbot.keyClick(window.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def test_each_shortcut_reaches_its_page(qtbot, window):
    for spec in reversed(PAGES):
        press(qtbot, window, spec.shortcut)
        qtbot.waitUntil(lambda spec=spec: window.current_page_key() == spec.key)
        assert window.stack.currentWidget() is window.page(spec.key)
        assert window.sidebar.currentItem().text() == spec.title


def test_clicking_the_sidebar_opens_the_page(qtbot, window):
    last = len(PAGES) - 1
    item = window.sidebar.item(last)
    qtbot.mouseClick(
        window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=window.sidebar.visualItemRect(item).center()
    )
    assert window.current_page_key() == PAGES[last].key


def test_geometry_and_page_are_restored(qtbot, data_dir):
    store = Store.open(data_dir)
    first = MainWindow(AppContext(store))
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(10, 20, 780, 560))
    first.show_page(PAGES[-1].key)
    saved = first.geometry()
    first.close()
    store.close()
    assert (data_dir / "window.ini").exists()

    store = Store.open(data_dir)
    second = MainWindow(AppContext(store))
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 780 and second.size().height() == 560
    # Platforms may shift a window by its frame when placing it; the position must come back near where it was.
    assert abs(second.x() - saved.x()) <= 30 and abs(second.y() - saved.y()) <= 30
    assert second.current_page_key() == PAGES[-1].key
    second.close()
    store.close()


def test_back_up_now_writes_a_copy(qtbot, window):
    window.backup_action.trigger()
    copies = list(paths.backups_dir(window.context.store.folder).glob("*.sqlite3"))
    assert len(copies) == 1
    assert "Backed up" in window.statusBar().currentMessage()


def test_where_is_my_data_names_the_folder(qtbot, window):
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    window.show_data_location()
    assert str(window.context.store.folder) in seen[0]


def test_a_damaged_file_is_reported_in_a_dialog_and_left_alone(qtbot, tmp_path, capsys):
    from recoveryjournal.ui.app import run

    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    garbage = b"\x00garbage" * 500
    paths.database_path(folder).write_bytes(garbage)
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert run(folder) == 2
    assert seen and "not a journal" in seen[0][0].lower()
    assert paths.database_path(folder).read_bytes() == garbage
    assert capsys.readouterr().err.count("\n") == 1


def test_a_page_reads_the_journal_once_when_first_shown(qtbot, store):
    """Pages fill themselves when shown, not also when built: Today's first showing runs each query once."""
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.models import CheckIn, Lapse

    store.checkins.add(CheckIn(at=now_local(), mood=3))
    store.lapses.add(Lapse(at=now_local(), substance="Alcohol"))
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert any("lapses" in sql for sql in reads)
    assert len(reads) == len(set(reads)), [sql for sql in set(reads) if reads.count(sql) > 1]

    statements.clear()
    window.show_page("triggers")
    reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert reads
    assert len(reads) == len(set(reads))


def test_the_demo_window_title_names_the_app_once(qtbot, demo_store):
    """Qt adds the app's display name to a title that does not end with it: "Demo journal — Recovery Journal"."""
    window = MainWindow(AppContext(demo_store, demo=True))
    qtbot.addWidget(window)
    assert window.windowTitle() == "Demo journal"
    assert "Recovery Journal" not in window.windowTitle()
