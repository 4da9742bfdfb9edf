"""The Reflect page driven like a person: daily question, weekly review, thought record, short entries, own prompts.

Every answer is checked on screen, on disk through a fresh sqlite3 connection, and in full-text search.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest
from gui_keys import press_shortcut
from PySide6.QtCore import Qt

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, Lapse, Substance
from recoveryjournal.domain.plan_models import WeeklyGoal
from recoveryjournal.domain.prompt_catalogue import parse_prompts
from recoveryjournal.domain.prompts import LAPSE_CATEGORIES
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.search import SearchRepo
from recoveryjournal.ui.widgets.daily_question import HIDDEN_KEY, DailyQuestion, catalogue


def rows(store, sql: str, params=()) -> list[tuple]:
    """Read back through a separate connection, as another program would see the file."""
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def fts_ids(store, word: str) -> set[int]:
    found = rows(store, "SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ?", [word])
    return {row[0] for row in found}


def searched(store, word: str) -> set[int]:
    return {hit.record_id for hit in SearchRepo(store.db).search(word) if hit.kind == "reflection"}


@pytest.fixture
def reflect(window, qtbot):
    press_shortcut(qtbot, window, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: window.current_page_key() == "reflect")
    page = window.page("reflect")
    qtbot.waitUntil(page.isVisible)
    return page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_answer_the_daily_question_then_the_tailored_prompt(reflect, qtbot, store, window):
    daily = reflect.daily
    assert daily.ask.isVisible() and not daily.follow.isVisible()
    assert not daily.save_daily.isEnabled()
    click(qtbot, daily.rating.buttons[7])
    qtbot.keyClicks(daily.words, "Steadier than last week, still tired")
    click(qtbot, daily.save_daily)

    qtbot.waitUntil(daily.follow.isVisible)
    assert not daily.ask.isVisible()
    assert daily.answered.text() == "Today you said 7/10: “Steadier than last week, still tired”"
    suggestion = daily.current()
    assert daily.prompt_text.text() == suggestion.prompt.text
    assert daily.reason.text() == f"Why this question: {suggestion.reason}"
    qtbot.keyClicks(daily.prompt_answer, "A slow walk by the canal")
    click(qtbot, daily.save_prompt)
    qtbot.waitUntil(lambda: daily.prompt_answer.toPlainText() == "")
    assert daily.current() is None or daily.current().prompt.id != suggestion.prompt.id

    saved = rows(store, "SELECT kind, prompt_id, prompt_text, reason, answer, rating FROM reflections ORDER BY id")
    assert saved == [
        ("daily", "daily", "How am I really doing?", "", "Steadier than last week, still tired", 7),
        ("prompt", suggestion.prompt.id, suggestion.prompt.text, suggestion.reason, "A slow walk by the canal", None),
    ]
    daily_id, prompt_id = (row[0] for row in rows(store, "SELECT id FROM reflections ORDER BY id"))
    assert fts_ids(store, "steadier") == {daily_id}
    assert searched(store, "canal") == {prompt_id}
    assert reflect.history.count() == 2
    assert "canal" in reflect.history.item(0).text() or "canal" in reflect.history.item(1).text()


def test_the_daily_question_is_asked_once_a_day_and_keys_pick_the_rating(reflect, qtbot, context):
    daily = reflect.daily
    daily.rating.setFocus()
    qtbot.keyClick(daily.rating, Qt.Key.Key_0)
    assert daily.rating.value() == 10
    qtbot.keyClick(daily.rating, Qt.Key.Key_Left)
    assert daily.rating.value() == 9
    click(qtbot, daily.save_daily)
    qtbot.waitUntil(daily.answered.isVisible)

    again = DailyQuestion(context)
    qtbot.addWidget(again)
    again.show()
    assert not again.ask.isVisible() and again.answered.text() == "Today you said 9/10."
    assert again.follow.isVisible() and again.prompt_text.text()


def test_another_question_offers_the_next_prompt(reflect, qtbot):
    daily = reflect.daily
    click(qtbot, daily.rating.buttons[5])
    click(qtbot, daily.save_daily)
    qtbot.waitUntil(daily.follow.isVisible)
    first = daily.prompt_text.text()
    click(qtbot, daily.another)
    assert daily.prompt_text.text() != first


def test_after_a_lapse_the_prompt_is_kind_and_about_learning(store, context, qtbot):
    store.sobriety.add(Substance("Alcohol", now_local().date() - timedelta(days=40)))
    store.lapses.add(Lapse(at=now_local() - timedelta(days=1), substance="Alcohol"))
    widget = DailyQuestion(context)
    qtbot.addWidget(widget)
    widget.show()
    click(qtbot, widget.rating.buttons[3])
    click(qtbot, widget.save_daily)
    qtbot.waitUntil(widget.follow.isVisible)
    assert widget.current().prompt.category in {"after a lapse", "self-compassion"}
    assert "lapse yesterday" in widget.reason.text()
    assert all(s.prompt.category in LAPSE_CATEGORIES for s in widget._suggestions)


def _seed_week(store):
    now = now_local()
    lonely = store.triggers.by_name("Loneliness")
    walk = CopingAction("Walk round the block")
    store.coping.add_action(walk)
    for days in (1, 2):
        checkin = CheckIn(at=now - timedelta(days=days), mood=2, craving=7, trigger_ids=[lonely.id])
        store.checkins.add(checkin)
        store.coping.add_use(CopingUse(walk.id, checkin.at, craving_before=7, craving_after=3))
    goal = WeeklyGoal(week_start(now.date(), "monday"), "Call my sister")
    store.plan.add_goal(goal)
    return goal


def test_weekly_review_end_to_end(reflect, qtbot, store):
    goal = _seed_week(store)
    click(qtbot, reflect.weekly_button)
    dialog = reflect.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Loneliness (twice)" in dialog.trigger_list.text()
    assert "Walk round the block: craving fell by 4.0 on average (twice)" in dialog.coping_list.text()
    assert dialog.goal_list.item(0).text() == "Call my sister"

    click(qtbot, dialog.save_button)
    assert dialog.message.isVisible() and rows(store, "SELECT COUNT(*) FROM reflections") == [(0,)]

    qtbot.keyClicks(dialog.went_well, "Cooked dinner with Sam twice")
    qtbot.keyClicks(dialog.hardest, "Sunday evening alone")
    dialog.goal_list.setFocus()
    dialog.goal_list.setCurrentRow(0)
    qtbot.keyClick(dialog.goal_list, Qt.Key.Key_Space)
    assert dialog.goal_list.item(0).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(dialog.plan_change, "Add Sunday evenings to my warning signs")
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.save_button)

    ((kind, answer, data),) = rows(store, "SELECT kind, answer, data FROM reflections")
    assert kind == "weekly_review"
    assert "What went well: Cooked dinner with Sam twice" in answer
    assert "Triggers this week: Loneliness (2)" in answer and "Coping that helped: Walk round the block" in answer
    data = json.loads(data)
    assert data["hardest"] == "Sunday evening alone" and data["goals"] == [{"text": "Call my sister", "done": True}]
    assert rows(store, "SELECT done FROM weekly_goals WHERE id = ?", [goal.id]) == [(1,)]
    review_id = rows(store, "SELECT id FROM reflections")[0][0]
    assert fts_ids(store, "dinner") == {review_id} and searched(store, "warning signs") == {review_id}
    qtbot.waitUntil(lambda: reflect.history.count() == 1)
    assert reflect.history.item(0).text().split("\n")[0].endswith("Weekly review")
    assert "Cooked dinner" in reflect.detail.toPlainText()


def test_weekly_review_offers_to_open_the_plan(reflect, qtbot, window, store):
    click(qtbot, reflect.weekly_button)
    dialog = reflect.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.open_plan.isVisible()
    qtbot.keyClicks(dialog.plan_change, "Add my new number")
    click(qtbot, dialog.open_plan)
    qtbot.waitUntil(lambda: window.current_page_key() == "plan")
    assert rows(store, "SELECT kind FROM reflections") == [("weekly_review",)]


def test_thought_record_end_to_end(reflect, qtbot, store):
    click(qtbot, reflect.thought_button)
    dialog = reflect.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.boxes["situation"], "Missed the bus to group")
    qtbot.keyClicks(dialog.boxes["thought"], "I always mess everything up")
    qtbot.keyClicks(dialog.feeling, "ashamed")
    dialog.feeling_strength.selectAll()
    qtbot.keyClicks(dialog.feeling_strength, "80")
    qtbot.keyClicks(dialog.boxes["evidence_for"], "I was late twice this month")
    qtbot.keyClicks(dialog.boxes["evidence_against"], "I went to every session in October")
    qtbot.keyClicks(dialog.boxes["balanced"], "Buses are unreliable and I still show up")
    qtbot.keyClicks(dialog.feeling_after, "calmer")
    dialog.feeling_after_strength.selectAll()
    qtbot.keyClicks(dialog.feeling_after_strength, "30")
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.save_button)

    ((kind, answer, data),) = rows(store, "SELECT kind, answer, data FROM reflections")
    assert kind == "thought_record"
    data = json.loads(data)
    assert data["thought"] == "I always mess everything up"
    assert (data["feeling"], data["feeling_strength"]) == ("ashamed", 80)
    assert (data["feeling_after"], data["feeling_after_strength"]) == ("calmer", 30)
    assert "Feeling: ashamed (80/100)" in answer and "Balanced thought: Buses are unreliable" in answer
    record_id = rows(store, "SELECT id FROM reflections")[0][0]
    assert fts_ids(store, "unreliable") == {record_id} and searched(store, "bus") == {record_id}
    qtbot.waitUntil(lambda: reflect.history.count() == 1)


def test_thought_record_needs_a_situation_or_thought(reflect, qtbot, store):
    dialog = reflect.open_thought_record()
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.message.isVisible()
    assert rows(store, "SELECT COUNT(*) FROM reflections") == [(0,)]
    dialog.reject()


@pytest.mark.parametrize(("button", "kind"), [("gratitude_button", "gratitude"), ("strengths_button", "strengths")])
def test_short_entries(reflect, qtbot, store, button, kind):
    click(qtbot, getattr(reflect, button))
    dialog = reflect.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.lines[0], "Morning light")
    qtbot.keyClicks(dialog.lines[2], "Patience with Mum")
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, dialog.save_button)
    ((saved_kind, answer, data),) = rows(store, "SELECT kind, answer, data FROM reflections")
    assert saved_kind == kind and answer == "1. Morning light\n2. Patience with Mum"
    assert json.loads(data) == {"items": ["Morning light", "Patience with Mum"]}
    assert fts_ids(store, "patience")


def test_trash_a_reflection_from_the_list(reflect, qtbot, store):
    dialog = reflect.open_short(ReflectionKind.GRATITUDE)
    qtbot.keyClicks(dialog.lines[0], "Tea")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: reflect.history.count() == 1)
    click(qtbot, reflect.trash_button)
    qtbot.waitUntil(lambda: reflect.history.count() == 0)
    assert rows(store, "SELECT deleted_at IS NOT NULL FROM reflections") == [(1,)]


GOOD_PACK = """\
[[prompt]]
id = "therapist-values"
text = "Which of your values did you act on today?"
category = "strengths"
signals = ["quiet"]
cooldown_days = 4
"""


def test_my_prompts_write_hide_import_and_export(reflect, qtbot, store, tmp_path):
    click(qtbot, reflect.prompts_button)
    dialog = reflect.dialog
    qtbot.waitUntil(dialog.isVisible)

    qtbot.keyClicks(dialog.new_text, "What made me smile today?")
    dialog.category.setCurrentIndex(dialog.category.findData("gratitude"))
    names = [dialog.signals.item(row).data(Qt.ItemDataRole.UserRole) for row in range(dialog.signals.count())]
    dialog.signals.setCurrentRow(names.index("quiet"))
    qtbot.keyClick(dialog.signals, Qt.Key.Key_Space)
    click(qtbot, dialog.add_button)
    assert rows(store, "SELECT prompt_id, category, signals, source FROM custom_prompts") == [
        ("own-what-made-me-smile-today", "gratitude", '["quiet"]', "own")
    ]
    assert dialog.own_list.count() == 1

    dialog.tabs.setCurrentIndex(1)
    first = dialog.all_list.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert store.settings.get(HIDDEN_KEY) == [first.data(Qt.ItemDataRole.UserRole)]

    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD_PACK + GOOD_PACK.replace("therapist-values", "second").replace('"strengths"', '"family"'))
    assert not dialog.import_pack(bad)
    assert "Nothing was imported" in dialog.pack_message.text()
    assert "line 10" in dialog.pack_message.text() and "prompt 'second'" in dialog.pack_message.text()
    assert rows(store, "SELECT COUNT(*) FROM custom_prompts") == [(1,)]

    good = tmp_path / "good.toml"
    good.write_text(GOOD_PACK)
    assert dialog.import_pack(good)
    assert rows(store, "SELECT prompt_id, source FROM custom_prompts ORDER BY id")[1] == ("therapist-values", "pack")
    assert "therapist-values" in {p.id for p in catalogue(store)}

    out = tmp_path / "mine.toml"
    assert dialog.export_pack(out)
    exported = parse_prompts(out.read_text(encoding="utf-8"), "mine.toml", "pack")
    assert [p.id for p in exported] == ["own-what-made-me-smile-today", "therapist-values"]
    dialog.reject()


def test_today_asks_the_daily_question_and_reflect_catches_up(window, qtbot, store):
    today = window.page("today")
    widget = today.reflection_slot.findChild(DailyQuestion)
    assert widget is not None and widget.isVisible()
    click(qtbot, widget.rating.buttons[4])
    qtbot.keyClicks(widget.words, "Rough morning")
    click(qtbot, widget.save_daily)
    qtbot.waitUntil(widget.follow.isVisible)
    assert rows(store, "SELECT kind, rating, answer FROM reflections") == [("daily", 4, "Rough morning")]
    press_shortcut(qtbot, window, Qt.Key.Key_4)
    reflect = window.page("reflect")
    qtbot.waitUntil(reflect.isVisible)
    assert reflect.daily.answered.text() == "Today you said 4/10: “Rough morning”"
    assert reflect.history.count() == 1


def test_a_question_that_does_not_fit_can_be_hidden_from_the_prompt(reflect, qtbot, store):
    daily = reflect.daily
    click(qtbot, daily.rating.buttons[6])
    click(qtbot, daily.save_daily)
    qtbot.waitUntil(daily.follow.isVisible)
    unwanted = daily.current().prompt
    click(qtbot, daily.not_for_me)
    assert daily.current().prompt.id != unwanted.id
    assert store.settings.get(HIDDEN_KEY) == [unwanted.id]
    daily.refresh()
    assert unwanted.id not in {s.prompt.id for s in daily._suggestions}
