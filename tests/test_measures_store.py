"""Measures, sleep and medication on disk: results as given, the schedule's last days, sleep per night, doses per
day, the trash, the shared numbers, and the JSON/CSV round trip."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain import measure_trends
from recoveryjournal.domain.measure_models import DoseStatus, MeasureResult, Medication, SleepLog
from recoveryjournal.export import transfer
from recoveryjournal.opening import open_journal

ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 30, 20, 15, tzinfo=ZONE)


def phq9_result(at: datetime, total: int, item9: int = 0) -> MeasureResult:
    answers = {str(n): 0 for n in range(1, 11)} | {"9": item9}
    return MeasureResult(
        "phq9", at, answers, total, "Mild", safety_items=["9"] if item9 else [], title="PHQ-9", source="Shipped"
    )


def test_results_are_kept_exactly_and_oldest_first(store):
    late = phq9_result(NOW, 12, item9=2)
    early = phq9_result(NOW - timedelta(days=14), 8)
    store.measures.add_result(late)
    store.measures.add_result(early)
    found = store.measures.results("phq9")
    assert found == [early, late]
    assert found[1].answers["9"] == 2 and found[1].safety_items == ["9"]
    assert found[1].at.utcoffset() == timedelta(hours=-5)
    assert store.measures.results("gad7") == []
    assert measure_trends.change_since_last(found, late) == 4
    assert measure_trends.change_since_last(found, early) is None


def test_last_done_counts_skips_and_results_by_local_day(store):
    store.measures.add_result(phq9_result(NOW - timedelta(days=20), 5))
    store.measures.skip("phq9", NOW - timedelta(days=3))
    store.measures.skip("craving", NOW - timedelta(days=1))
    assert store.measures.last_done() == {"phq9": date(2026, 11, 27), "craving": date(2026, 11, 29)}


def test_a_deleted_result_goes_to_the_trash_and_comes_back(store):
    result_id = store.measures.add_result(phq9_result(NOW, 3))
    store.measures.delete_result(result_id)
    assert store.measures.results() == []
    (item,) = store.trash.items()
    assert item.label == "Questionnaire: PHQ-9 on 2026-11-30"
    store.trash.restore(item.table, item.record_id)
    assert len(store.measures.results()) == 1


def test_sleep_is_one_row_per_night_and_clearing_it_removes_it(store):
    store.measures.set_sleep(SleepLog(date(2026, 11, 29), 7.5, 4))
    store.measures.set_sleep(SleepLog(date(2026, 11, 29), 5.0, 2))
    store.measures.set_sleep(SleepLog(date(2026, 11, 30), None, 3))
    assert store.measures.sleep(date(2026, 11, 1), date(2026, 11, 30)) == [
        SleepLog(date(2026, 11, 29), 5.0, 2),
        SleepLog(date(2026, 11, 30), None, 3),
    ]
    store.measures.set_sleep(SleepLog(date(2026, 11, 30)))
    assert store.measures.sleep_on(date(2026, 11, 30)) is None


def test_medications_and_doses_give_the_adherence_rate(store):
    bup = Medication("Buprenorphine", "8 mg", "Every morning", moud=True)
    vitamin = Medication("Vitamin D", "1 tablet", "Mondays")
    store.measures.add_medication(bup)
    store.measures.add_medication(vitamin)
    first = date(2026, 11, 23)
    for offset in range(7):
        day = first + timedelta(days=offset)
        store.measures.set_doses(
            day,
            {
                bup.id: DoseStatus.MISSED if offset in (2, 3) else DoseStatus.TAKEN,
                vitamin.id: DoseStatus.TAKEN if offset == 0 else DoseStatus.NOT_DUE,
            },
        )
    store.measures.set_doses(first, {vitamin.id: None})
    rows = measure_trends.adherence(
        store.measures.medications(),
        store.measures.doses(first, first + timedelta(days=6)),
        first,
        first + timedelta(6),
    )
    assert [(r.medication, r.moud, r.taken, r.missed, r.not_due) for r in rows] == [
        ("Buprenorphine", True, 5, 2, 0),
        ("Vitamin D", False, 0, 0, 6),
    ]
    assert measure_trends.percent(rows[0].rate) == "71%" and rows[1].rate is None
    store.measures.delete_medication(vitamin.id)
    assert [m.name for m in store.measures.medications()] == ["Buprenorphine"]
    assert {d.medication_id for d in store.measures.doses(first, first + timedelta(days=6))} == {bup.id}


def test_sleep_stats_count_nights_under_six_hours():
    logs = [SleepLog(date(2026, 11, d), h, q) for d, h, q in ((1, 7.0, 4), (2, 5.5, 2), (3, 4.0, 1), (4, 6.0, 3))]
    stats = measure_trends.sleep_stats(logs, date(2026, 11, 1), date(2026, 11, 30))
    assert (stats.nights, stats.short_nights, stats.mean_hours, stats.mean_quality) == (4, 2, 5.625, 2.5)


def test_measures_sleep_and_medication_round_trip_through_json_and_csv(store, tmp_path):
    store.measures.add_result(phq9_result(NOW, 11, item9=1))
    store.measures.skip("gad7", NOW)
    store.measures.set_sleep(SleepLog(date(2026, 11, 30), 5.5, 2))
    medication = Medication("Naltrexone", "50 mg", "Daily", moud=False)
    store.measures.add_medication(medication)
    store.measures.set_doses(date(2026, 11, 30), {medication.id: DoseStatus.MISSED})
    for fmt, name in (("json", "all.json"), ("csv", "all.zip")):
        transfer.export_all(store, tmp_path / name, fmt, NOW)
        with open_journal(tmp_path / fmt) as target:
            transfer.apply(target, transfer.prepare(target, tmp_path / name, fmt))
            assert target.measures.results() == store.measures.results()
            assert target.measures.last_done() == store.measures.last_done()
            assert target.measures.sleep_on(date(2026, 11, 30)) == SleepLog(date(2026, 11, 30), 5.5, 2)
            assert target.measures.medications() == store.measures.medications()
            assert [d.status for d in target.measures.doses(date(2026, 11, 30), date(2026, 11, 30))] == [
                DoseStatus.MISSED
            ]
    conn = sqlite3.connect(tmp_path / "csv" / "journal.sqlite3")
    assert conn.execute("SELECT answers, total FROM measure_results").fetchone()[1] == 11
    conn.close()
