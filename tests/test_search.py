"""Full-text search on a real journal file: phrases, prefixes, Unicode, filters, the trash and hostile input."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoveryjournal.domain.models import JournalEntry, Trigger, TriggerKind
from recoveryjournal.domain.reflection_models import Reflection
from recoveryjournal.domain.search import HitKind, Privacy, SearchFilters, marked_parts, plain
from recoveryjournal.store.search import build_match

TZ = timezone(timedelta(hours=-5))


def at(day: int, hour: int = 20) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=TZ)


def add(store, day: int, title: str, body: str, **extra) -> int:
    return store.journal.add(JournalEntry(created_at=at(day), title=title, body=body, **extra))


def titles(hits) -> list[str]:
    return [plain(hit.title) for hit in hits]


@pytest.fixture
def journal(store):
    add(store, 1, "Rough morning", "Woke up anxious and the craving was strong after the phone call.")
    add(store, 2, "Meeting", "Went to my meeting and talked about recovery with my sponsor.")
    add(store, 3, "Evening walk", "A long walk helped. The phone call from my brother went fine.")
    return store


def test_plain_words_must_all_appear(journal):
    assert set(titles(journal.search.search("phone call"))) == {"Rough morning", "Evening walk"}
    assert titles(journal.search.search("phone sponsor")) == []


def test_phrase_matches_words_in_order_only(journal):
    add(journal, 4, "Mixed", "The call about the phone bill.")
    assert set(titles(journal.search.search('"phone call"'))) == {"Rough morning", "Evening walk"}
    assert set(titles(journal.search.search("call phone"))) == {"Rough morning", "Evening walk", "Mixed"}


def test_prefix_search(journal):
    assert titles(journal.search.search("recov*")) == ["Meeting"]
    assert titles(journal.search.search("recov")) == []
    assert set(titles(journal.search.search('"phone ca"*'))) == {"Rough morning", "Evening walk"}


def test_snippet_highlights_the_match(journal):
    [hit] = journal.search.search("sponsor")
    assert ("sponsor", True) in marked_parts(hit.snippet)
    assert "my meeting" in plain(hit.snippet)


def test_title_matches_rank_above_body_matches(journal):
    add(journal, 5, "Walk", "Short one.")
    hits = journal.search.search("walk")
    assert titles(hits)[0] in {"Walk", "Evening walk"}
    assert any(highlighted for _text, highlighted in marked_parts(hits[0].title))


@pytest.mark.parametrize(
    ("body", "query"),
    [
        ("Felt 😊 after the meeting", "😊"),
        ("Love ❤️ this group", "❤"),
        ("Thumbs 👍🏽 from my sponsor", "👍"),
        ("Un café au lait, très calme", "cafe"),
        ("Un cafe sans rien", "café"),
        ("Decomposed cafe\u0301 here", "café"),
        ("Ångström and naïve", "naive"),
        ("שלום עולם, יום טוב", "שלום"),
        ("مرحبا بالعالم اليوم", "بالعالم"),
        ("आज मैं नमस्ते कहता हूँ", "नमस्ते"),
        ("Zalgo t\u0336e\u0336x\u0336t", "t\u0336e\u0336x\u0336t"),
    ],
)
def test_unicode_is_found(store, body, query):
    entry_id = add(store, 1, "", body)
    hits = store.search.search(query)
    assert [hit.record_id for hit in hits] == [entry_id]
    assert store.journal.get(entry_id).body == body


def test_rtl_prefix_and_snippet(store):
    add(store, 1, "עברית", "היום הלכתי לפגישה והרגשתי טוב")
    [hit] = store.search.search("לפגי*")
    assert ("לפגישה", True) in marked_parts(hit.snippet)


def test_trashed_entries_are_not_found_until_restored(journal):
    [hit] = journal.search.search("sponsor")
    journal.journal.delete(hit.record_id)
    assert journal.search.search("sponsor") == []
    assert hit.record_id not in [h.record_id for h in journal.search.search("")]
    journal.trash.restore("journal_entries", hit.record_id)
    assert [h.record_id for h in journal.search.search("sponsor")] == [hit.record_id]


def test_edits_are_searchable_at_once(journal):
    [hit] = journal.search.search("sponsor")
    journal.journal.save_text(hit.record_id, "Meeting", "Talked with my mentor instead.")
    assert journal.search.search("sponsor") == []
    assert [h.record_id for h in journal.search.search("mentor")] == [hit.record_id]


def test_reflection_answers_are_searched_with_the_journal(journal):
    reflection_id = journal.reflections.add(
        Reflection(at=at(4), prompt_text="What helped today?", answer="Calling my sponsor before the party.")
    )
    hits = journal.search.search("sponsor")
    assert {(hit.kind, hit.record_id) for hit in hits} >= {(HitKind.REFLECTION, reflection_id)}
    assert len(hits) == 2
    journal.reflections.delete(reflection_id)
    assert [hit.kind for hit in journal.search.search("sponsor")] == [HitKind.ENTRY]


@pytest.fixture
def filtered(store):
    stress = store.triggers.add(Trigger("Work stress", TriggerKind.ENVIRONMENTAL))
    party = store.triggers.add(Trigger("Parties", TriggerKind.SOCIAL))
    ids = {
        "a": add(store, 1, "a", "craving today", mood=2, trigger_ids=[stress]),
        "b": add(store, 5, "b", "craving again", mood=4, private=True, trigger_ids=[party]),
        "c": add(store, 9, "c", "craving gone", mood=4, trigger_ids=[stress, party]),
        "d": add(store, 12, "d", "no cravings mentioned", mood=2, private=True),
    }
    store.reflections.add(Reflection(at=at(6), prompt_text="Craving?", answer="A craving in the evening"))
    return store, ids, stress, party


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (SearchFilters(), {"a", "b", "c", "R"}),
        (SearchFilters(start=at(5, 0)), {"b", "c", "R"}),
        (SearchFilters(start=at(2, 0), end=at(9, 0)), {"b", "R"}),
        (SearchFilters(mood=4), {"b", "c"}),
        (SearchFilters(privacy=Privacy.PRIVATE), {"b"}),
        (SearchFilters(privacy=Privacy.NOT_PRIVATE), {"a", "c", "R"}),
        (SearchFilters(mood=4, privacy=Privacy.NOT_PRIVATE), {"c"}),
        (SearchFilters(start=at(2, 0), mood=2), set()),
    ],
)
def test_filter_combinations(filtered, filters, expected):
    store, _ids, _stress, _party = filtered
    hits = store.search.search("craving", filters)
    assert {plain(hit.title) if hit.kind is HitKind.ENTRY else "R" for hit in hits} == expected


def test_trigger_filter_alone_and_combined(filtered):
    store, _ids, stress, party = filtered
    assert set(titles(store.search.search("craving", SearchFilters(trigger_ids=(stress,))))) == {"a", "c"}
    assert set(titles(store.search.search("craving", SearchFilters(trigger_ids=(stress, party))))) == {"a", "b", "c"}
    both = SearchFilters(trigger_ids=(party,), privacy=Privacy.NOT_PRIVATE, start=at(2, 0))
    assert titles(store.search.search("craving", both)) == ["c"]


def test_filters_without_words_browse_newest_first(filtered):
    store, _ids, _stress, _party = filtered
    assert titles(store.search.search("")) == ["d", "c", "b", "a"]
    assert titles(store.search.search("  ", SearchFilters(mood=2))) == ["d", "a"]
    assert titles(store.search.search("", limit=2, offset=1)) == ["c", "b"]


def test_newest_first_ordering(filtered):
    store, *_ = filtered
    hits = store.search.search("craving", newest_first=True)
    assert [hit.at for hit in hits] == sorted((hit.at for hit in hits), reverse=True)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "NEAR(",
        "NEAR(a b",
        "*",
        "**",
        "a OR",
        "OR",
        "AND NOT",
        "(",
        ")",
        "^",
        "-",
        ":",
        "title:x",
        "{a b}",
        '"unterminated phrase',
        "a + b",
        "col:*",
        "\\",
        "'",
        "%",
        "x\x00y",
    ],
)
def test_fts_syntax_in_the_search_box_never_raises(journal, query):
    journal.search.search(query)
    journal.search.search(query, SearchFilters(mood=3), newest_first=True)


def test_syntax_words_are_searched_as_words(store):
    add(store, 1, "Near", "I was near the bar OR the shop")
    assert len(store.search.search("NEAR(")) == 1
    assert len(store.search.search("OR")) == 1
    assert build_match("*") is None
    assert build_match('"') is None


@given(st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_any_text_builds_a_valid_query(text):
    import sqlite3

    from recoveryjournal.store.schema import FTS_TOKENIZE

    conn = sqlite3.connect(":memory:")
    tokenize = conn.execute("SELECT quote(?)", [FTS_TOKENIZE]).fetchone()[0]
    conn.execute(f"CREATE VIRTUAL TABLE f USING fts5(t, tokenize={tokenize})")
    conn.execute("INSERT INTO f VALUES (?)", [text])
    query = build_match(text)
    if query is not None:
        conn.execute("SELECT * FROM f WHERE f MATCH ?", [query]).fetchall()


def test_match_span_points_into_the_body(journal):
    [hit] = journal.search.search("sponsor")
    body = journal.journal.get(hit.record_id).body
    column, start, end = journal.search.match_span(HitKind.ENTRY, hit.record_id, "sponsor")
    assert column == "body"
    assert body[start:end] == "sponsor"


def test_match_span_after_emoji_and_in_title(store):
    entry_id = add(store, 1, "Gratitude list", "🌱🌱 small steps, then gratitude")
    column, start, end = store.search.match_span(HitKind.ENTRY, entry_id, "gratitude")
    assert (column, store.journal.get(entry_id).body[start:end]) == ("body", "gratitude")
    title_only = add(store, 2, "Sunrise", "nothing here")
    assert store.search.match_span(HitKind.ENTRY, title_only, "sunrise")[:2] == ("title", 0)
    assert store.search.match_span(HitKind.ENTRY, title_only, "absent") is None


@pytest.mark.slow
def test_top_fifty_with_snippets_and_paging_on_ten_years(store):
    words = [
        "calm",
        "craving",
        "meeting",
        "sponsor",
        "walk",
        "phone",
        "family",
        "work",
        "tired",
        "hopeful",
        "lonely",
        "grateful",
        "sleep",
        "anger",
    ]
    start = datetime(2016, 1, 1, 21, tzinfo=TZ)
    rows = [
        {
            "created_at": (start + timedelta(hours=8 * index)).isoformat(),
            "updated_at": (start + timedelta(hours=8 * index)).isoformat(),
            "title": f"Day {index}",
            "body": " ".join(words[(index * 7 + k) % len(words)] for k in range(120)),
            "private": index % 5 == 0,
            "mood": index % 5 + 1,
            "kind": "entry",
        }
        for index in range(3 * 365 * 10)
    ]
    store.db["journal_entries"].insert_all(rows, batch_size=1000)
    for query in ("craving", "spons*", '"phone family"', "calm walk"):
        hits = store.search.search(query, limit=50)
        assert len(hits) == 50
        assert all(hit.snippet for hit in hits)
    filtered = SearchFilters(mood=3, privacy=Privacy.NOT_PRIVATE, start=datetime(2020, 1, 1, tzinfo=TZ))
    assert len(store.search.search("craving", filtered)) == 50
    assert len(store.search.search("", limit=100, offset=5000)) == 100
