"""Every number a person gives or reads comes with its scale: the range and what its ends mean, beside the control
(tooltip and the description a screen reader reads) and in the chart's legend."""

from __future__ import annotations

import re

import pytest

from recoveryjournal.domain import patterns
from recoveryjournal.domain.clock import now_local

ENDS = re.compile(r"(\d+) = [^,.]+, (\d+) = \w")


def anchors(text: str) -> tuple[int, int] | None:
    """The two ends a text explains ("0 = no craving, 10 = the strongest you know" → (0, 10))."""
    found = ENDS.search(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


@pytest.fixture
def controls(qtbot, context):
    """Each control that asks for a number on a scale, with the scale it asks on."""
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog
    from recoveryjournal.ui.dialogs.reflection_thought import ThoughtRecordDialog
    from recoveryjournal.ui.pages.plan import PlanPage
    from recoveryjournal.ui.widgets.daily_question import RatingScale

    checkin, thought, plan, rating = (
        CheckInDialog(context),
        ThoughtRecordDialog(context),
        PlanPage(context),
        RatingScale(),
    )
    for widget in (checkin, thought, plan, rating):
        qtbot.addWidget(widget)
    yield {  # a generator fixture: the widgets live while the test runs (qtbot holds them only weakly)
        "mood": (checkin.mood, (1, 5)),
        "craving": (checkin.craving, (0, 10)),
        "craving after coping": (checkin.craving_after, (0, 10)),
        "how am I really doing": (rating, (1, 10)),
        "feeling strength": (thought.feeling_strength, (0, 100)),
        "feeling strength now": (thought.feeling_after_strength, (0, 100)),
        "help-now threshold": (plan.threshold, (0, 10)),
    }


def test_each_scale_control_says_its_ends_to_the_eye_and_to_a_screen_reader(controls):
    for name, (widget, ends) in controls.items():
        assert anchors(widget.toolTip()) == ends, name
        assert anchors(widget.accessibleDescription()) == ends, name


def test_the_mood_scale_names_its_ends_in_words(controls):
    mood = controls["mood"][0]
    assert mood.accessibleDescription() == "1 = very low, 5 = very good"


def test_the_daily_chart_legend_explains_craving_and_the_rating(demo_store):
    from recoveryjournal.charts.trend import build_daily_series

    data = demo_store.insights.load(patterns.preset_period("30d", now_local().date()))
    figure = build_daily_series(patterns.daily_series(data))
    keys = [text.get_text() for legend in figure.legends for text in legend.get_texts()]
    assert [anchors(key) for key in keys if key.startswith("Craving")] == [(0, 10)]
    assert [anchors(key) for key in keys if "really doing" in key] == [(1, 10)]
    mood_ticks = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
    assert mood_ticks[0] == "Very low" and mood_ticks[-1] == "Very good"
