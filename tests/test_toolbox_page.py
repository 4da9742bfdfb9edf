import sqlite3
from datetime import timedelta

from PySide6.QtCore import QPoint, Qt

from recoveryjournal import paths
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.coping_models import CopingUse
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.ui.pages.toolbox import COLUMNS


def raw(data_dir, sql, *args):
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        return connection.execute(sql, args).fetchall()


def open_toolbox(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_key() == "toolbox")
    return window.page("toolbox")


def cell(page, name, column):
    return page.table.item(page.row_of(name), COLUMNS.index(column)).text()


def test_uses_and_craving_drop_from_checkins_and_uses(qtbot, window, store):
    walk = store.coping.action_by_name("Go for a walk")
    shower = store.coping.action_by_name("Take a shower")
    now = now_local()
    store.checkins.add(CheckIn(at=now - timedelta(hours=3), craving=8, coping_action_id=walk.id, craving_after=3))
    store.checkins.add(CheckIn(at=now - timedelta(hours=2), craving=6, coping_action_id=walk.id, craving_after=5))
    store.coping.add_use(CopingUse(walk.id, now - timedelta(hours=1)))
    store.coping.add_use(CopingUse(shower.id, now, craving_before=4, craving_after=5))
    page = open_toolbox(qtbot, window)

    assert cell(page, "Go for a walk", "Used") == "3×"
    assert cell(page, "Go for a walk", "Craving when used") == "fell by 3.0 (2 rated)"  # (5 + 1) / 2
    assert cell(page, "Take a shower", "Craving when used") == "rose by 1.0 (1 rated)"
    assert cell(page, "Urge surfing", "Used") == "never"
    assert page.row_of("Go for a walk") == 0  # the biggest fall comes first
    assert "Go for a walk" not in page.untried.text() and "<b>" in page.untried.text()


def test_favourite_moves_to_the_top_and_is_saved(qtbot, window, store):
    page = open_toolbox(qtbot, window)
    row = page.row_of("Urge surfing")
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    qtbot.waitUntil(lambda: page.row_of("Urge surfing") == 0)
    assert cell(page, "Urge surfing", "Favourite") == "★"
    assert store.coping.action_by_name("Urge surfing").favourite


def test_add_own_tool_use_it_and_put_it_in_the_plan(qtbot, window, store, data_dir):
    page = open_toolbox(qtbot, window)
    qtbot.keyClicks(page.own_name, "Play with the dog")
    qtbot.keyClicks(page.own_description, "Ten minutes of fetch")
    qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
    assert page.row_of("Play with the dog (mine)") == -1  # rows are found by the tool's own name
    assert page.row_of("Play with the dog") >= 0
    assert page.selected_action().name == "Play with the dog"
    assert raw(data_dir, "SELECT custom, description FROM coping_actions WHERE name = 'Play with the dog'") == [
        (1, "Ten minutes of fetch")
    ]

    qtbot.mouseClick(page.used_button, Qt.MouseButton.LeftButton)
    assert cell(page, "Play with the dog", "Used") == "1×"
    qtbot.mouseClick(page.add_to_plan_button, Qt.MouseButton.LeftButton)
    assert cell(page, "Play with the dog", "In my plan") == "yes"
    assert not page.add_to_plan_button.isEnabled()
    dog = store.coping.action_by_name("Play with the dog")
    assert store.plan.action_ids() == [dog.id]

    qtbot.keyClicks(page.own_name, "play with the DOG")
    qtbot.mouseClick(page.add_own_button, Qt.MouseButton.LeftButton)
    assert raw(data_dir, "SELECT COUNT(*) FROM coping_actions WHERE name LIKE 'play with the dog'") == [(1,)]

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.row_of("Play with the dog") == -1
    assert store.plan.action_ids() == []
    assert raw(data_dir, "SELECT deleted_at IS NOT NULL FROM coping_actions WHERE name = 'Play with the dog'") == [(1,)]
    page.own_name.clear()
    qtbot.keyClicks(page.own_name, "Play with the dog")
    qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
    assert page.row_of("Play with the dog") == -1  # still in the trash; the person is told to restore it
