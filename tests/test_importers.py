"""Importers from other apps, on realistic sample files and on broken ones: what they create, what they report."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from recoveryjournal.domain.data_import import ImportFileError, ImportPlan, Known, built, fingerprint, kind_of, when
from recoveryjournal.export.importers import base, bearable, daylio, dayone, jrnl

DATA = Path(__file__).parent / "data"


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def wall_clock(moment: datetime) -> tuple[date, time]:
    return moment.date(), moment.time()


# --- Daylio -------------------------------------------------------------------------------------------------------


def test_daylio_current_header_makes_checkins_and_entries_with_mapped_moods():
    plan = daylio.parse(read("daylio_current.csv"), {"calm-ish": 4})
    assert len(plan.checkins) == 5
    assert len(plan.entries) == 3
    first = min(plan.checkins, key=lambda checkin: checkin.at)
    assert wall_clock(first.at) == (date(2024, 5, 15), time(18, 0))
    assert first.mood == 1
    moods = {checkin.at.date(): checkin.mood for checkin in plan.checkins if checkin.at.hour > 12}
    assert moods == {date(2024, 5, 18): 5, date(2024, 5, 17): 2, date(2024, 5, 16): 4, date(2024, 5, 15): 1}
    latest = max(plan.checkins, key=lambda checkin: checkin.at)
    assert latest.what_happening == "friends, walk, good meal"
    meeting = next(entry for entry in plan.entries if entry.title == "Meeting went well")
    assert meeting.body == "Shared for the first time.\nFelt lighter afterwards, and called Sam."
    assert meeting.mood == 5
    urge = next(entry for entry in plan.entries if entry.created_at.date() == date(2024, 5, 17))
    assert urge.body == "Strong urge after work, used the urge-surfing audio.\nIt passed in about 20 minutes."
    assert "Café on the corner — she asked how I'm doing 💚" in [entry.body for entry in plan.entries]
    assert plan.problems == []


def test_daylio_times_carry_the_local_offset():
    plan = daylio.parse(read("daylio_current.csv"))
    for checkin in plan.checkins:
        assert checkin.at.utcoffset() == checkin.at.astimezone().utcoffset()


def test_daylio_custom_label_without_a_level_keeps_the_word_and_is_asked_for():
    plan = daylio.parse(read("daylio_current.csv"))
    assert plan.problems == []
    custom = next(checkin for checkin in plan.checkins if checkin.at.date() == date(2024, 5, 16))
    assert (custom.mood, custom.what_happening, custom.note) == (None, "family", "Daylio mood: “calm-ish”")
    assert ("calm-ish", None, "unknown") in [(mood.label, mood.level, mood.how) for mood in plan.moods]


def test_daylio_moods_are_listed_once_in_order_with_their_levels_and_the_exact_map():
    plan = daylio.parse(read("daylio_current.csv"), {"calm-ish": 4})
    assert [(mood.label, mood.level, mood.how) for mood in plan.moods] == [
        ("rad", 5, "Daylio's"),
        ("meh", 3, "Daylio's"),
        ("bad", 2, "Daylio's"),
        ("calm-ish", 4, "yours"),
        ("awful", 1, "Daylio's"),
    ]
    assert plan.mood_map() == "rad=5,meh=3,bad=2,calm-ish=4,awful=1"


def test_daylio_person_can_remap_default_labels():
    plan = daylio.parse(read("daylio_current.csv"), {"rad": 4, "calm-ish": 3})
    assert max(plan.checkins, key=lambda checkin: checkin.at).mood == 4


def test_daylio_old_header_with_year_and_day_month():
    plan = daylio.parse(read("daylio_old.csv"))
    assert sorted(wall_clock(checkin.at) for checkin in plan.checkins) == [
        (date(2018, 5, 16), time(23, 41)),
        (date(2018, 5, 17), time(22, 21)),
        (date(2018, 5, 18), time(23, 54)),
    ]
    assert sorted(entry.body for entry in plan.entries) == ["Did nothing today.", "Went to a party, left early"]
    assert all(entry.title == "" for entry in plan.entries)
    stressed = next(checkin for checkin in plan.checkins if checkin.at.day == 17)
    assert (stressed.mood, stressed.what_happening) == (3, "cook, stressed")


def test_daylio_with_scales_and_without_note_title():
    plan = daylio.parse(read("daylio_scales.csv"))
    assert [(entry.title, entry.body) for entry in plan.entries] == [("", "Chair at the meeting")]
    assert sorted(checkin.mood for checkin in plan.checkins) == [4, 5]
    assert plan.problems == []


def test_daylio_with_byte_order_mark_reads_the_first_column():
    plan = daylio.parse(read("daylio_bom.csv"))
    assert [entry.body for entry in plan.entries] == ["Morning walk by the river"]


def test_daylio_bad_dates_and_times_are_reported_by_line_and_skipped():
    plan = daylio.parse(read("daylio_bad_dates.csv"))
    assert [problem.where for problem in plan.problems] == ["line 2", "line 3", "line 4"]
    assert "2024-02-30" in plan.problems[0].message
    assert "noon-ish" in plan.problems[2].message
    assert [entry.body for entry in plan.entries] == ["A good morning"]


def test_daylio_unterminated_quote_fails_the_whole_file_at_its_line():
    with pytest.raises(ImportFileError) as caught:
        daylio.parse(read("daylio_unterminated.csv"))
    assert caught.value.problem.where == "line 2"
    assert "never closed" in caught.value.problem.message


def test_daylio_wrong_header_names_the_missing_columns():
    with pytest.raises(ImportFileError, match="full_date or year"):
        daylio.parse(read("daylio_wrong_header.csv"))


def test_daylio_mood_levels_outside_one_to_five_are_refused():
    with pytest.raises(ImportFileError, match="1 to 5"):
        daylio.parse(read("daylio_current.csv"), {"rad": 7})


def mixed_daylio(rows: int) -> bytes:
    """Rows of every shape: check-in only, entry only, both, a mood with no level, nothing but a time, a bad date."""
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for number in range(rows):
        day = f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}" if number % 97 else "2024-13-01"
        mood = ("rad", "", "zen", "good", "")[number % 5]
        activities = ("walk | friends", "", "", "meeting", "")[number % 5]
        note = ("", "A hard evening<br>it passed", "", f"Note {number}", "")[number % 5] if number % 7 else ""
        lines.append(f'{day},,,{number % 24}:{number % 60:02d},{mood},{activities},,"{note}"')
    return ("\n".join(lines) + "\n").encode()


def plan_fields(plan: ImportPlan) -> tuple:
    return (
        plan.counts(),
        plan.entries,
        plan.checkins,
        plan.problems,
        plan.problem_count,
        plan.moods,
        plan.already,
        plan.changed,
        plan.changed_count,
        plan.preview(),
    )


def test_a_daylio_plan_counts_without_building_what_it_does_not_keep_and_matches_a_full_read():
    data = mixed_daylio(400)
    full = daylio.parse(data)
    earlier = [*full.checkins[:20], *full.entries[:10]]

    def known() -> Known:
        return Known((fingerprint(daylio.NAME, record), f"{kind_of(record)} {when(record)}") for record in earlier)

    for before in (Known, known):
        counted = ImportPlan.of(daylio.NAME, daylio.read(base.Source.of_bytes(data)), before(), keep=7)
        one_by_one = ImportPlan.of(daylio.NAME, built(daylio.read(base.Source.of_bytes(data))), before(), keep=7)
        assert plan_fields(counted) == plan_fields(one_by_one)
        assert len(counted.checkins) == len(counted.entries) == 7
    assert ImportPlan.of(daylio.NAME, daylio.read(base.Source.of_bytes(data)), keep=7).counts() == full.counts()
    assert full.counts() == {"journal entries": 136, "check-ins": 237, "nights of sleep": 0}
    assert full.problem_count > 0 and any(mood.how == "unknown" for mood in full.moods)


# --- jrnl ---------------------------------------------------------------------------------------------------------


def test_jrnl_entries_keep_title_body_and_time():
    plan = jrnl.parse(read("jrnl.json"))
    assert [(entry.title, wall_clock(entry.created_at)) for entry in plan.entries] == [
        ("Ninety days.", (date(2024, 3, 10), time(21, 12))),
        ("Rough afternoon.", (date(2024, 3, 11), time(17, 40))),
        ("שבוע טוב — a good week", (date(2024, 3, 14), time(8, 5))),
    ]
    assert plan.entries[0].body.endswith("Called my @sponsor after.\n\nTags: starred")
    assert plan.checkins == [] and plan.problems == []


def test_jrnl_bad_entries_are_reported_by_number():
    plan = jrnl.parse(read("jrnl_bad_entries.json"))
    assert [entry.title for entry in plan.entries] == ["Fine"]
    assert [problem.where for problem in plan.problems] == ["entry 2", "entry 3", "entry 4", "entry 5"]
    assert "“title” should be text" in plan.problems[2].message


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("jrnl_nan.json", "NaN"),
        ("jrnl_duplicate_keys.json", "'title' appears twice"),
        ("jrnl_truncated.json", "not valid JSON"),
    ],
)
def test_jrnl_broken_files_fail_with_a_message(name, message):
    with pytest.raises(ImportFileError, match=message):
        jrnl.parse(read(name))


def test_json_nesting_beyond_the_limit_is_refused_and_very_deep_nesting_does_not_crash(tmp_path):
    shallow = '{"entries": []' + ', "x": ' + "[" * 70 + "]" * 70 + "}"
    with pytest.raises(ImportFileError, match="nested far too deeply"):
        jrnl.parse(shallow.encode())
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(ImportFileError, match="nested far too deeply"):
        jrnl.parse(deep.read_bytes())


def test_json_infinity_and_huge_numbers_are_refused():
    with pytest.raises(ImportFileError, match="Infinity"):
        jrnl.parse(b'{"entries": [], "x": Infinity}')
    with pytest.raises(ImportFileError, match="too large"):
        jrnl.parse(b'{"entries": [], "x": 1e999}')
    with pytest.raises(ImportFileError, match="cannot be read"):
        jrnl.parse(b'{"entries": [], "x": ' + b"9" * 5000 + b"}")


def test_json_that_is_not_a_jrnl_export_says_so():
    with pytest.raises(ImportFileError, match="no list of “entries”"):
        jrnl.parse(b"[1, 2, 3]")


def test_non_utf8_file_names_its_line():
    with pytest.raises(ImportFileError) as caught:
        daylio.parse(b"full_date,time,mood\n2024-05-18,9:00 am,good\n2024-05-19,9:00 am,caf\xe9\n")
    assert caught.value.problem.where == "line 3"
    assert "UTF-8" in caught.value.problem.message


# --- Day One ------------------------------------------------------------------------------------------------------


def test_dayone_bare_json_keeps_the_writers_time_zone_title_and_tags():
    plan = dayone.parse(read("dayone.json"))
    first, second = plan.entries
    assert first.created_at.isoformat() == "2024-04-01T21:30:00-04:00"
    assert first.title == "Sixty days"
    assert first.body == (
        "Sat with the craving instead of running from it. It peaked and went.\n\nTomorrow: call Dana."
        "\n\nTags: recovery, cravings"
    )
    assert second.created_at.isoformat() == "2024-04-05T20:05:30+02:00"
    assert (second.title, second.body) == ("", "Walked along the Spree after group. Quiet evening.\n\nTags: starred")
    assert second.created_at.utcoffset() == timedelta(hours=2)


def test_dayone_zip_reads_the_journal_inside_and_ignores_photos():
    assert dayone.parse(read("dayone.zip")).entries == dayone.parse(read("dayone.json")).entries


def test_dayone_truncated_zip_fails_clearly():
    with pytest.raises(ImportFileError, match="zip file is damaged or incomplete"):
        dayone.parse(read("dayone_truncated.zip"))


def test_dayone_bad_dates_and_unknown_zone_are_handled_per_entry():
    document = (
        b'{"metadata": {"version": "1.0"}, "entries": ['
        b'{"creationDate": "yesterday", "text": "a"},'
        b'{"creationDate": "2024-04-02T01:30:00", "text": "b"},'
        b'{"creationDate": "2024-04-02T01:30:00Z", "timeZone": "Mars/Olympus", "text": "c"}]}'
    )
    plan = dayone.parse(document)
    assert [problem.where for problem in plan.problems] == ["entry 1", "entry 2"]
    assert [entry.body for entry in plan.entries] == ["c"]


# --- Bearable -----------------------------------------------------------------------------------------------------


def test_bearable_groups_rows_by_day_and_time_of_day():
    plan = bearable.parse(read("bearable.csv"))
    by_time = {wall_clock(checkin.at): checkin for checkin in plan.checkins}
    morning = by_time[(date(2024, 5, 18), time(9))]
    assert morning.mood == 4  # 7 on Bearable's 0–10 scale
    assert morning.what_happening == "Mood 7/10; Energy: 3; Symptom: Anxiety (2)"
    assert morning.note == "Before the appointment"
    assert by_time[(date(2024, 5, 18), time(19))].mood == 5
    assert by_time[(date(2024, 5, 18), time(19))].what_happening == "Mood 9/10; Factors: Socialising"
    assert (date(2024, 5, 18), time(12)) not in by_time
    assert [(night.day, night.hours) for night in plan.sleep] == [(date(2024, 5, 18), 7.5)]
    assert by_time[(date(2024, 5, 19), time(13))].mood == 2
    assert [(entry.title, entry.body) for entry in plan.entries] == [
        ("", "Good day overall. Went to the meeting, then coffee with J."),
        ("Gratitude", "My sister's call"),
    ]
    assert plan.problems == []


def test_bearable_bad_rows_are_reported_and_good_rows_kept():
    plan = bearable.parse(read("bearable_bad.csv"))
    assert [problem.where for problem in plan.problems] == ["line 2", "line 3", "line 4"]
    assert "skipped" in plan.problems[0].message and "skipped" in plan.problems[1].message
    assert "“teatime” is not one Bearable uses; put at midday" in plan.problems[2].message
    assert [(checkin.at.hour, checkin.mood) for checkin in plan.checkins] == [(12, 3), (19, 4)]


# --- shared readers -----------------------------------------------------------------------------------------------


def test_csv_rows_with_the_wrong_number_of_cells_fail_at_their_line():
    with pytest.raises(ImportFileError) as caught:
        base.read_csv("a,b\n1,2\n3\n")
    assert caught.value.problem.where == "line 3"


def test_csv_line_numbers_count_line_breaks_inside_quoted_cells():
    _, rows = base.read_csv('a,b\n1,"two\nlines"\n\n3,4\n')
    assert [row.line for row in rows] == [2, 5]


def test_decode_cleans_nul_characters():
    assert base.decode(b"\xef\xbb\xbfa\x00b") == "ab"


def test_json_with_byte_order_mark_reads_the_same():
    assert jrnl.parse(b"\xef\xbb\xbf" + read("jrnl.json")).entries == jrnl.parse(read("jrnl.json")).entries
