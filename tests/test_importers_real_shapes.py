"""Imports from other apps as their exports really look (our own fixtures, written from the formats): Bearable's
row-per-thing shape, Daylio in other languages and without a header, Day One's Markdown and media, jrnl's tags.

Every row becomes something or is listed; importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest

from recoveryjournal.domain.data_import import ImportFileError
from recoveryjournal.domain.month_names import MONTHS
from recoveryjournal.export import transfer
from recoveryjournal.export.importers import bearable, daylio, dayone, jrnl

DATA = Path(__file__).parent / "data"
NOW = __import__("datetime").datetime(2026, 3, 14, 9, 30).astimezone()


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def at(moment) -> tuple[date, time]:
    return moment.date(), moment.time()


# --- Bearable -----------------------------------------------------------------------------------------------------


def test_bearable_export_puts_every_category_where_a_person_would_look():
    plan = bearable.parse(read("bearable_export.csv"))
    assert plan.problems == []
    checkins = {at(checkin.at): checkin for checkin in plan.checkins}
    morning = checkins[(date(2020, 9, 22), time(9))]
    assert (morning.mood, morning.emotions, morning.note) == (4, ["Meh", "anxious"], "Woke early")
    assert morning.what_happening == "Mood 7/10; Energy: 3; Symptom: Stress (Mild), Headache (Moderate)"
    midday = checkins[(date(2020, 9, 22), time(13))]
    assert midday.mood is None
    assert midday.what_happening == ("Factors: Meeting, Walk outside; Meds/Supplements: Sertraline 50mg, Vitamin D")
    night = checkins[(date(2020, 9, 22), time(3))]
    assert night.what_happening == "Sleep factors: Caffeine late, Screen before bed"
    assert [(log.day, log.hours) for log in plan.sleep] == [(date(2020, 9, 22), 7.5), (date(2020, 10, 1), 6.75)]
    evening = checkins[(date(2020, 9, 22), time(19))]
    assert (evening.mood, evening.emotions) == (2, ["sad", "lonely"])
    assert evening.what_happening == "Mood 3/10; Food Diary: Soup and bread"
    assert checkins[(date(2020, 10, 1), time(9, 15))].mood == 5
    assert checkins[(date(2020, 10, 3), time(19))].what_happening == "Health measurements: Resting heart rate (72)"
    entries = sorted(plan.entries, key=lambda entry: (entry.created_at, entry.title))
    assert [(at(entry.created_at), entry.title, entry.body) for entry in entries] == [
        ((date(2020, 9, 22), time(22)), "", "Long day, but I stayed."),
        ((date(2020, 9, 22), time(22)), "Gratitude", "My sister called\nMade it to group"),
        ((date(2020, 10, 1), time(22)), "Gratitude", "Quiet morning coffee"),
    ]


@pytest.mark.parametrize(
    ("label", "clock"),
    [
        ("am", time(9)),
        ("mid", time(13)),
        ("pm", time(19)),
        ("pre", time(22)),
        ("03:00", time(3)),
        ("9:15", time(9, 15)),
    ],
)
def test_bearable_parts_of_day_and_clock_times(label, clock):
    plan = bearable.parse(
        f"date,weekday,time of day,category,rating/amount,detail,notes\n"
        f"2nd Jan 2021,Saturday,{label},Mood,6,,\n".encode()
    )
    assert at(plan.checkins[0].at) == (date(2021, 1, 2), clock)


# --- Daylio -------------------------------------------------------------------------------------------------------


def test_daylio_rows_with_a_custom_mood_are_never_dropped_and_scales_are_kept():
    plan = daylio.parse(read("daylio_custom_moods.csv"))
    assert plan.problems == []
    assert plan.checkin_count == 4
    by_day = {checkin.at.date(): checkin for checkin in plan.checkins}
    assert by_day[date(2024, 2, 3)].mood == 1  # "Depressed", proposed from the word
    assert by_day[date(2024, 2, 2)].note == "Sleep Quality: 3/10"
    zen = by_day[date(2024, 2, 1)]
    assert zen.mood is None
    assert zen.note == "Daylio mood: “zen”\nSleep Quality: 8/10; Stress: 2/5"
    assert [(mood.label, mood.level, mood.how) for mood in plan.moods] == [
        ("depressed", 1, "proposed"),
        ("zen", None, "unknown"),
        ("rad", 5, "Daylio's"),
    ]
    assert plan.mood_map() == "depressed=1,zen=3,rad=5"
    assert daylio.parse(read("daylio_custom_moods.csv"), {"zen": 4}).checkins[2].mood == 4


def test_daylio_old_exports_in_polish_and_spanish_read_their_month_names():
    polish = daylio.parse(read("daylio_polish_old.csv"))
    assert sorted(at(checkin.at) for checkin in polish.checkins) == [
        (date(2017, 9, 1), time(22, 40)),
        (date(2017, 9, 7), time(8, 15)),
        (date(2017, 10, 12), time(21, 30)),
    ]
    assert polish.notes == ["Dates were read with Polish month names."]
    assert ("tak sobie", None, "unknown") in [(mood.label, mood.level, mood.how) for mood in polish.moods]
    spanish = daylio.parse(read("daylio_spanish_old.csv"))
    assert sorted(at(checkin.at) for checkin in spanish.checkins) == [
        (date(2019, 1, 3), time(21, 5)),
        (date(2019, 12, 28), time(7, 30)),
    ]
    assert spanish.notes == ["Dates were read with Spanish month names."]


@pytest.mark.parametrize("language", sorted(MONTHS))
def test_daylio_month_names_in_every_language_we_promise(language):
    rows = "".join(
        f"2018,{day} {names.split()[-1]},,10:00,good,,\n" for day, names in enumerate(MONTHS[language], start=1)
    )
    plan = daylio.parse(f"year,date,weekday,time,mood,activities,note\n{rows}".encode())
    assert [checkin.at.date() for checkin in plan.checkins] == [date(2018, month, month) for month in range(1, 13)]


def test_headerless_daylio_is_recognised_by_its_rows():
    plan = daylio.parse(read("daylio_headerless.csv"))
    assert plan.checkin_count == 3 and plan.problems == []
    assert [entry.title for entry in plan.entries] == ["Chair"]


@pytest.mark.parametrize(
    ("parse", "name"),
    [(daylio.parse, "daylio_header_only.csv"), (bearable.parse, "bearable_header_only.csv")],
)
def test_a_file_with_only_a_header_says_it_has_no_records(parse, name):
    with pytest.raises(ImportFileError, match=r"^there are no records in this file$"):
        parse(read(name))


def test_jrnl_with_no_entries_says_it_has_no_records():
    with pytest.raises(ImportFileError, match="there are no records in this file"):
        jrnl.parse(b'{"tags": {}, "entries": []}')


# --- Day One and jrnl ---------------------------------------------------------------------------------------------


def test_dayone_text_loses_its_markdown_escapes_and_says_which_media_stayed_behind():
    plan = dayone.parse(read("dayone_media.json"))
    first, second = plan.entries
    assert first.title == "Still alive..."
    assert first.body == (
        "Ninety days - and counting! Went to the (small) meeting.\n\n"
        "1 audio recording and 1 photo not imported\n\nTags: recovery, milestone"
    )
    assert second.body == "Two photos from the walk.\n\n2 photos not imported"
    assert "dayone-moment" not in first.body + second.body
    assert plan.left_behind() == "1 audio recording and 3 photos"
    assert "1 audio recording and 3 photos could not be imported" in transfer.describe(plan)


def test_jrnl_tags_only_in_the_list_and_the_star_are_kept():
    first, second = jrnl.parse(read("jrnl_tags.json")).entries
    assert (first.title, first.body) == ("Called @sponsor tonight.", "It helped.\n\nTags: @hard-day, starred")
    assert second.body == "Short one.\n\nTags: @meeting"


# --- into a journal and out again ---------------------------------------------------------------------------------

FIXTURES = [
    ("bearable_export.csv", "bearable"),
    ("daylio_custom_moods.csv", "daylio"),
    ("daylio_polish_old.csv", "daylio"),
    ("dayone_media.json", "dayone"),
    ("jrnl_tags.json", "jrnl"),
]


def table(store, sql: str) -> list[tuple]:
    return [tuple(row) for row in store.db.execute(sql).fetchall()]


@pytest.mark.parametrize(("name", "fmt"), FIXTURES)
def test_importing_the_same_file_twice_changes_nothing_the_second_time(store, name, fmt):
    first = transfer.prepare(store, DATA / name, fmt)
    transfer.apply(store, first)
    kinds = ("journal_entries", "checkins", "sleep_logs")
    before = {kind: table(store, f"SELECT * FROM {kind} ORDER BY rowid") for kind in kinds}
    again = transfer.prepare(store, DATA / name, fmt)
    assert again.is_empty()
    assert again.already == first.entry_count + first.checkin_count + first.sleep_count
    assert "already in your journal" in transfer.describe(again)
    transfer.apply(store, again)
    assert {kind: table(store, f"SELECT * FROM {kind} ORDER BY rowid") for kind in kinds} == before


def test_a_night_already_in_the_sleep_log_keeps_what_the_person_wrote(store):
    from recoveryjournal.domain.measure_models import SleepLog

    store.measures.set_sleep(SleepLog(date(2020, 9, 22), 5.0, 2))
    plan = transfer.prepare(store, DATA / "bearable_export.csv", "bearable")
    assert (plan.sleep_count, plan.already) == (1, 1)
    transfer.apply(store, plan)
    assert store.measures.sleep_on(date(2020, 9, 22)) == SleepLog(date(2020, 9, 22), 5.0, 2)
    assert store.measures.sleep_on(date(2020, 10, 1)) == SleepLog(date(2020, 10, 1), 6.75)


def test_a_record_changed_since_the_last_import_comes_in_new_and_is_listed(store, tmp_path):
    transfer.apply(store, transfer.prepare(store, DATA / "daylio_custom_moods.csv", "daylio"))
    changed = tmp_path / "daylio.csv"
    changed.write_bytes(read("daylio_custom_moods.csv").replace(b"friends,,,", b"friends | sea,,,"))
    plan = transfer.prepare(store, changed, "daylio")
    assert (plan.checkin_count, plan.already, plan.changed_count) == (1, 3, 1)
    assert [str(problem) for problem in plan.changed] == ["line 5: changed since it was last imported; comes in new"]
    assert "1 record has changed since the last import" in transfer.describe(plan)
    transfer.apply(store, plan)
    assert table(store, "SELECT COUNT(*) FROM checkins") == [(5,)]


def test_import_then_export_data_shows_every_field_where_it_belongs(store, tmp_path):
    transfer.apply(store, transfer.prepare(store, DATA / "bearable_export.csv", "bearable"))
    transfer.apply(store, transfer.prepare(store, DATA / "dayone_media.json", "dayone"))
    transfer.apply(store, transfer.prepare(store, DATA / "daylio_custom_moods.csv", "daylio"))
    transfer.apply(store, transfer.prepare(store, DATA / "daylio_polish_old.csv", "daylio"))
    transfer.apply(store, transfer.prepare(store, DATA / "jrnl_tags.json", "jrnl"))
    exported = transfer.export_all(store, tmp_path / "all.json", "json", NOW)
    tables = json.loads(exported.read_text(encoding="utf-8"))["tables"]
    checkins = {row["at"][:16]: row for row in tables["checkins"]}
    morning = checkins["2020-09-22T09:00"]
    assert (morning["mood"], json.loads(morning["emotions"]), morning["note"]) == (4, ["Meh", "anxious"], "Woke early")
    assert "Symptom: Stress (Mild), Headache (Moderate)" in morning["what_happening"]
    assert "Meds/Supplements: Sertraline 50mg, Vitamin D" in checkins["2020-09-22T13:00"]["what_happening"]
    entries = {(row["title"], row["body"]) for row in tables["journal_entries"]}
    assert ("Gratitude", "My sister called\nMade it to group") in entries
    assert any(title == "Still alive..." and "1 photo not imported" in body for title, body in entries)
    assert [(row["day"], row["hours"]) for row in tables["sleep_logs"]] == [("2020-09-22", 7.5), ("2020-10-01", 6.75)]
    assert len(tables["import_fingerprints"]) == sum(
        len(tables[kind]) for kind in ("checkins", "journal_entries", "sleep_logs")
    )
    assert {row["source"] for row in tables["import_fingerprints"]} == {"Bearable", "Day One", "Daylio", "jrnl"}
    zen = checkins["2024-02-01T19:15"]
    assert (zen["mood"], zen["what_happening"]) == (None, "yoga")
    assert zen["note"] == "Daylio mood: “zen”\nSleep Quality: 8/10; Stress: 2/5"
    assert (checkins["2024-02-02T20:30"]["mood"], checkins["2024-02-02T20:30"]["note"]) == (1, "Sleep Quality: 3/10")
    polish = {row["created_at"][:16]: row for row in tables["journal_entries"] if row["created_at"].startswith("2017")}
    assert (polish["2017-10-12T21:30"]["body"], polish["2017-10-12T21:30"]["mood"]) == ("Dobry dzień", 5)
    assert checkins["2017-09-07T08:15"]["note"] == "Daylio mood: “tak sobie”"
    assert ("Called @sponsor tonight.", "It helped.\n\nTags: @hard-day, starred") in entries


def test_a_bearable_file_of_sleep_alone_is_a_night_not_an_empty_file():
    """Found by the property test: sleep rows are records too, so such a file is not "no records"."""
    data = b"date,weekday,time of day,category,rating/amount,detail,notes\r\n1st Jan 2012,Sunday,0:00,Sleep,7.5,,\r\n"
    plan = bearable.parse(data)
    assert plan.sleep_count == 1
