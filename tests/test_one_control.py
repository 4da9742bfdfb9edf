"""One "How am I really doing?" control on Today and Reflect, and chosen buttons that are plain to see: a check mark,
bold text and a thick border on the palette's highlight, not a faint grey."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recoveryjournal.ui.widgets.choice_button import CHECK, CHOSEN_STYLE
from recoveryjournal.ui.widgets.daily_question import DailyQuestion


def the_control(window, key: str) -> DailyQuestion:
    [control] = window.show_page(key).findChildren(DailyQuestion)
    return control


def test_today_and_reflect_show_the_same_control_and_an_answer_on_one_shows_on_the_other(qtbot, window):
    today = the_control(window, "today")
    reflect = the_control(window, "reflect")
    assert type(today) is type(reflect) is DailyQuestion
    for part in ("words", "prompt_answer"):
        assert getattr(today, part).height() == getattr(reflect, part).height()
    assert today.title.text() == reflect.title.text() and today.frameShape() == reflect.frameShape()

    window.show_page("today")
    today.rating.setFocus()
    qtbot.keyClick(today.rating, Qt.Key.Key_7)
    qtbot.mouseClick(today.save_daily, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(today.answered.isVisible)
    window.show_page("reflect")
    qtbot.waitUntil(reflect.answered.isVisible)
    assert reflect.answered.text() == today.answered.text() == "Today you said 7/10."


def test_the_chosen_rating_and_mood_are_marked_by_more_than_colour(qtbot, window):
    control = the_control(window, "today")
    control.rating.setFocus()
    qtbot.keyClick(control.rating, Qt.Key.Key_4)
    chosen = control.rating.buttons[4]
    assert chosen.isChecked() and chosen.text() == f"{CHECK} 4" and chosen.accessibleDescription() == "Chosen"
    assert all(not button.text().startswith(CHECK) for number, button in control.rating.buttons.items() if number != 4)
    assert "palette(highlight)" in chosen.styleSheet() == CHOSEN_STYLE and "font-weight: bold" in CHOSEN_STYLE
    qtbot.keyClick(control.rating, Qt.Key.Key_Right)
    assert control.rating.buttons[4].text() == "4" and control.rating.buttons[5].text() == f"{CHECK} 5"

    from recoveryjournal.ui.widgets.mood_scale import MoodScale

    mood = MoodScale()
    qtbot.addWidget(mood)
    mood.show()
    qtbot.mouseClick(mood.buttons[2], Qt.MouseButton.LeftButton)
    assert mood.value() == 2 and mood.buttons[2].text().startswith(f"{CHECK} 2")
    qtbot.mouseClick(mood.buttons[2], Qt.MouseButton.LeftButton)  # a second click clears the mood
    assert mood.value() is None and not mood.buttons[2].text().startswith(CHECK)
