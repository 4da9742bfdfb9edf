"""Records compare, print and copy as the dataclasses they are, though their ``__eq__`` and ``__repr__`` are shared."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest

from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.models import CheckIn, Lapse, Record, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan_models import WeeklyGoal
from recoveryjournal.store.trash import TrashItem

AT = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def test_equal_when_every_field_is_equal():
    assert CheckIn(AT, mood=3, emotions=["calm"]) == CheckIn(AT, mood=3, emotions=["calm"])
    assert CheckIn(AT, mood=3) != CheckIn(AT, mood=4)
    assert CheckIn(AT, mood=3, emotions=["calm"]) != CheckIn(AT, mood=3, emotions=["tired"])
    assert Trigger("Payday") != "Payday"


def test_records_of_different_kinds_are_never_equal():
    assert Lapse(AT, "Alcohol") != Substance("Alcohol", date(2026, 1, 1))
    assert CopingAction("Walk") != Trigger("Walk")


def test_repr_reads_like_a_dataclass():
    assert repr(Trigger("Payday", TriggerKind.RISK)) == (
        "Trigger(name='Payday', kind=<TriggerKind.RISK: 'risk'>, description='', archived=False, id=None)"
    )
    assert repr(WeeklyGoal(date(2026, 3, 2), "Call Sam")).startswith("WeeklyGoal(week_start=datetime.date(2026, 3, 2)")


def test_records_are_dataclasses_that_cannot_be_hashed():
    for kind in (Trigger, CheckIn, CopingAction, WeeklyGoal, TrashItem):
        assert issubclass(kind, Record) and dataclasses.is_dataclass(kind)
    changed = dataclasses.replace(CheckIn(AT, mood=2, note="tired"), mood=4)
    assert changed == CheckIn(AT, mood=4, note="tired")
    assert dataclasses.asdict(Lapse(AT, "Alcohol", amount="two"))["amount"] == "two"
    with pytest.raises(TypeError):
        hash(Trigger("Payday"))
