"""Generated Daylio and Bearable files, with random moods, languages, header shapes, clock formats and parts of the
day: no row is ever lost. Each row becomes a record a person can find, at the time the row gives."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoveryjournal.domain.month_names import MONTHS
from recoveryjournal.export.importers import bearable, daylio

FEELINGS = st.sampled_from(["Anxious", "Calm", "Meh", "Great", "lonely", "Tired"])
WORDS = st.text(st.sampled_from("abcdefghij klmnoþ,;:'\"-ąéß💚"), min_size=1, max_size=12).filter(str.strip)
MOODS = st.sampled_from(["rad", "good", "meh", "bad", "awful", "Depressed", "zen", "tak sobie", "genial", "ok"])
DAYS = st.dates(date(2012, 1, 1), date(2025, 12, 31))
CLOCKS = st.times().map(lambda clock: clock.replace(second=0, microsecond=0))


def written_clock(clock: time, style: int) -> str:
    if style == 0:
        return clock.strftime("%H:%M")
    half = "pm" if clock.hour >= 12 else "am"
    hour = clock.hour % 12 or 12
    return f"{hour}:{clock.minute:02d} {half}" if style == 1 else f"{hour}:{clock.minute:02d} {half[0]}. m."


def csv_text(rows: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@st.composite
def daylio_files(draw) -> tuple[bytes, list[tuple[datetime, str, str]]]:
    shape = draw(st.sampled_from(["current", "headerless", "old"]))
    language = draw(st.sampled_from(sorted(MONTHS)))
    rows, expected = [], []
    for _ in range(draw(st.integers(1, 12))):
        day, clock, mood = draw(DAYS), draw(CLOCKS), draw(MOODS)
        note = draw(st.one_of(st.just(""), WORDS))
        activities = " | ".join(draw(st.lists(WORDS.map(lambda word: word.replace("|", "")), max_size=3)))
        written = written_clock(clock, draw(st.integers(0, 2)))
        if shape == "old":
            month = MONTHS[language][day.month - 1].split()[-1]
            rows.append([str(day.year), f"{day.day} {month}", "", written, mood, activities, note])
        else:
            rows.append([day.isoformat(), "", "", written, mood, activities, "", note])
        expected.append((datetime.combine(day, clock), mood, note.strip()))
    header = {
        "current": [["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]],
        "headerless": [],
        "old": [["year", "date", "weekday", "time", "mood", "activities", "note"]],
    }[shape]
    return csv_text(header + rows), expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(daylio_files())
def test_no_daylio_row_is_lost(generated):
    content, expected = generated
    plan = daylio.parse(content)
    assert plan.problems == []
    assert sorted(checkin.at.replace(tzinfo=None) for checkin in plan.checkins) == sorted(at for at, _, _ in expected)
    assert sorted(entry.body for entry in plan.entries) == sorted(note for _, _, note in expected if note)
    for checkin in plan.checkins:
        assert checkin.mood is not None or checkin.note.startswith("Daylio mood: “")


PARTS = {"am": time(9), "mid": time(13), "pm": time(19), "pre": time(22)}
CATEGORIES = [
    "Mood",
    "Symptom",
    "Factors",
    "Meds/Supplements",
    "Energy",
    "Gratitudes",
    "Sleep",
    "Sleep factors",
    "Food Diary",
    "Notes",
    "Bowel movements",
]


def written_day(day: date) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return (
        f"{day.day}{suffix} {day.strftime('%b')} {day.year}" if day.month != 9 else f"{day.day}{suffix} Sept {day.year}"
    )


@st.composite
def bearable_files(draw) -> tuple[bytes, list[tuple[datetime, str, str, str]]]:
    rows, expected = [["date", "weekday", "time of day", "category", "rating/amount", "detail", "notes"]], []
    for _ in range(draw(st.integers(1, 15))):
        day, category = draw(DAYS), draw(st.sampled_from(CATEGORIES))
        if draw(st.booleans()):
            label = draw(st.sampled_from(sorted(PARTS)))
            clock = PARTS[label]
        else:
            clock = draw(CLOCKS)
            label = f"{clock.hour}:{clock.minute:02d}"
        rating = str(draw(st.integers(1, 10))) if category in ("Mood", "Energy", "Sleep") else ""
        detail = draw(FEELINGS if category == "Mood" else WORDS).replace("|", "")
        detail = "" if category in ("Energy", "Sleep") else detail
        rows.append([written_day(day), day.strftime("%A"), label, category, rating, detail, ""])
        expected.append((datetime.combine(day, clock), category, rating, detail.strip()))
    return csv_text(rows), expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bearable_files())
def test_no_bearable_row_is_lost(generated):
    content, expected = generated
    plan = bearable.parse(content)
    assert plan.problems == []
    checkins = {checkin.at.replace(tzinfo=None): checkin for checkin in plan.checkins}
    entries = [(entry.created_at.replace(tzinfo=None), entry.title, entry.body) for entry in plan.entries]
    nights = {(night.day, night.hours) for night in plan.sleep}
    for at, category, rating, detail in expected:
        if category == "Gratitudes":
            assert any(
                when.date() == at.date() and title == "Gratitude" and detail in body.split("\n")
                for when, title, body in entries
            )
        elif category == "Notes":
            assert (at, "", detail) in entries
        elif category == "Sleep" and (at.date(), float(rating)) in nights:
            continue
        elif category == "Mood":
            assert f"Mood {rating}/10" in checkins[at].what_happening
            assert detail.casefold() in checkins[at].emotions or detail in checkins[at].emotions
        else:
            assert f"{category}: " in checkins[at].what_happening
            assert (detail or rating) in checkins[at].what_happening
