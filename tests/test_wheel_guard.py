"""The mouse wheel scrolls pages; it changes a spin box, slider, combo box or date only when that field has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from recoveryjournal.domain.plan import HELP_NOW_THRESHOLD_KEY
from recoveryjournal.ui.pages import PAGES


def wheel(widget: QWidget, steps: int = -3) -> None:
    """A real wheel event over the middle of ``widget`` (negative steps: scrolling down the page)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(widget: QWidget):
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox | QAbstractSlider):
        return widget.value()
    return widget.currentIndex()


def guarded_fields(root: QWidget) -> list[QWidget]:
    fields = root.findChildren(QAbstractSpinBox) + root.findChildren(QComboBox) + root.findChildren(QAbstractSlider)
    return [field for field in fields if not isinstance(field, QScrollBar) and field.isVisibleTo(root)]


def page_scroll_bar(widget: QWidget) -> QScrollBar:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent.verticalScrollBar()


@pytest.fixture
def plan(window, qtbot):
    window.resize(800, 520)  # small enough that My plan scrolls
    page = window.show_page("plan")
    qtbot.waitUntil(lambda: page.threshold.isVisible())
    return page


def test_wheel_over_unfocused_threshold_scrolls_the_page_and_keeps_the_setting(plan, window, qtbot, store):
    store.settings.set(HELP_NOW_THRESHOLD_KEY, 8)
    plan.refresh()
    window.sidebar.setFocus()
    assert plan.threshold.value() == 8 and not plan.threshold.hasFocus()
    bar = page_scroll_bar(plan.threshold)
    bar.setValue(bar.maximum() // 2)
    before = bar.value()

    for _ in range(3):
        wheel(plan.threshold, steps=-1)

    assert plan.threshold.value() == 8
    assert store.settings.get(HELP_NOW_THRESHOLD_KEY) == 8
    assert not plan.threshold.hasFocus()  # the wheel does not take focus either
    assert bar.value() > before  # the page scrolled down instead


def test_wheel_over_focused_threshold_still_changes_it(plan, qtbot, store):
    store.settings.set(HELP_NOW_THRESHOLD_KEY, 8)
    plan.refresh()
    qtbot.mouseClick(plan.threshold, Qt.MouseButton.LeftButton)
    plan.threshold.setFocus()
    qtbot.waitUntil(plan.threshold.hasFocus)

    wheel(plan.threshold, steps=-1)

    assert plan.threshold.value() == 7
    assert store.settings.get(HELP_NOW_THRESHOLD_KEY) == 7


def test_no_field_on_any_page_changes_under_the_wheel_without_focus(window, qtbot):
    seen = 0
    for spec in PAGES:
        page = window.show_page(spec.key)
        qtbot.wait(0)
        window.sidebar.setFocus()
        for field in guarded_fields(page):
            before = value_of(field)
            wheel(field, steps=-2)
            wheel(field, steps=3)
            assert value_of(field) == before, f"{spec.key}: {field.accessibleName() or field.objectName()}"
            assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus
            seen += 1
    assert seen >= 5  # the check looked at real fields


def test_wheel_without_a_scroll_area_is_left_to_the_window(window, qtbot):
    combo = QComboBox()
    combo.addItems(["one", "two", "three"])
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    assert not isinstance(combo.parentWidget(), QAbstractScrollArea)
    wheel(combo, steps=-1)
    assert combo.currentIndex() == 0


def test_check_in_dialog_fields_keep_their_values_under_the_wheel(window, qtbot, context):
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog

    dialog = CheckInDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.craving_slider.setValue(8)
    fields = guarded_fields(dialog)
    assert dialog.craving_slider in fields
    focused = QApplication.focusWidget()
    for field in fields:
        if field.hasFocus():
            continue
        before = value_of(field)
        wheel(field, steps=-2)
        assert value_of(field) == before, field.accessibleName() or field.objectName()
    assert QApplication.focusWidget() is focused
    dialog.craving_slider.setFocus()
    qtbot.waitUntil(dialog.craving_slider.hasFocus)
    wheel(dialog.craving_slider, steps=-1)
    assert dialog.craving_slider.value() != 8
    dialog.reject()
