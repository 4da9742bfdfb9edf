"""Tracked substances keep both dates on disk, so runs before a lapse stay in the history."""

from __future__ import annotations

import sqlite3
from datetime import date

from recoveryjournal.domain.models import Substance


def test_tracked_since_round_trips_and_may_be_empty(store):
    store.sobriety.add(Substance("Alcohol", sober_since=date(2026, 1, 12), tracked_since=date(2026, 1, 1)))
    store.sobriety.add(Substance("Nicotine", sober_since=date(2026, 2, 1)))
    found = {substance.name: substance for substance in store.sobriety.all()}
    assert found["Alcohol"].tracked_since == date(2026, 1, 1)
    assert found["Nicotine"].tracked_since is None
    with sqlite3.connect(store.path) as raw:
        rows = raw.execute("SELECT name, sober_since, tracked_since FROM substances ORDER BY name").fetchall()
    assert rows == [("Alcohol", "2026-01-12", "2026-01-01"), ("Nicotine", "2026-02-01", None)]


def test_names_stay_unique_whatever_the_case_and_even_in_the_trash(store):
    import pytest

    from recoveryjournal.store.errors import NameTakenError

    first = Substance("Alcohol", sober_since=date(2026, 1, 1))
    store.sobriety.add(first)
    with pytest.raises(NameTakenError):
        store.sobriety.add(Substance("alcohol", sober_since=date(2026, 1, 2)))
    store.sobriety.delete(first.id)
    with pytest.raises(NameTakenError) as raised:
        store.sobriety.add(Substance("ALCOHOL", sober_since=date(2026, 1, 2)))
    assert raised.value.name == "Alcohol"
    first.name = "alcohol"  # a record may change the case of its own name
    store.sobriety.update(first)
    payday = store.triggers.by_name("Payday")
    with pytest.raises(NameTakenError):
        store.triggers.update(type(payday)(id=payday.id, name="boredom", kind=payday.kind))
