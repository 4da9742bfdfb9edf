"""Full-text search over journal entries and reflection answers (FTS5), combined with filters.

The person's words never reach FTS5 as syntax: every word and phrase is quoted, so a stray ``"``, ``NEAR(`` or ``*``
can only ever be searched for, never raise. Ranking (bm25), limits and snippets all happen inside SQLite.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from recoveryjournal.domain.models import EntryKind
from recoveryjournal.domain.search import MARK_END, MARK_START, HitKind, Privacy, SearchFilters, SearchHit
from recoveryjournal.store.rows import as_bool, iso, moment

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_TERMS = 32
SNIPPET_WORDS = 24
PREVIEW_CHARS = 200
# A quoted phrase (closing quote optional, ``*`` after it for a prefix) or a bare word.
TERM = re.compile(r'"([^"]*)"?(\*?)|([^\s"]+)')
WORD_CATEGORIES = ("L", "N", "M")
SYMBOL_CATEGORIES = ("So", "Sk", "Co", "Cf")
# The full-text query runs once and the shown ids filter its rows (CROSS JOIN keeps it outermost, and ``+`` stops
# SQLite handing each id to FTS5, which would run the whole query again per id: 3x slower for 50 hits).
ENTRY_SNIPPETS = """
    SELECT 'entry', e.id, e.created_at, highlight(journal_entries_fts, 0, :start_mark, :end_mark),
        snippet(journal_entries_fts, 1, :start_mark, :end_mark, '…', {words}), e.private, e.mood, e.kind
    FROM journal_entries_fts CROSS JOIN journal_entries e ON e.id = journal_entries_fts.rowid
    WHERE journal_entries_fts MATCH :query AND +journal_entries_fts.rowid IN ({ids})
"""
REFLECTION_SNIPPETS = """
    SELECT 'reflection', r.id, r.at, highlight(reflections_fts, 0, :start_mark, :end_mark),
        snippet(reflections_fts, 1, :start_mark, :end_mark, '…', {words}), 0, NULL, NULL
    FROM reflections_fts CROSS JOIN reflections r ON r.id = reflections_fts.rowid
    WHERE reflections_fts MATCH :query AND +reflections_fts.rowid IN ({ids})
"""


def build_match(text: str) -> str | None:
    """Turn what the person typed into a safe FTS5 query; ``None`` when nothing in it can be searched.

    Words and "quoted phrases" must all appear; a trailing ``*`` searches by prefix (``recov*``). An emoji alone
    also finds it with a skin tone or variation selector attached.
    """
    terms = []
    for phrase, phrase_star, word in TERM.findall(text.replace("\x00", " ")):
        if word:
            prefix = word.endswith("*")
            phrase = word.rstrip("*")
        else:
            prefix = bool(phrase_star)
        if not _searchable(phrase):
            continue
        prefix = prefix or _only_symbols(phrase)
        terms.append('"' + phrase.replace('"', '""') + '"' + ("*" if prefix else ""))
        if len(terms) == MAX_TERMS:
            break
    return " ".join(terms) or None


def _searchable(text: str) -> bool:
    return any(
        unicodedata.category(char)[0] in WORD_CATEGORIES or unicodedata.category(char) in ("So", "Co") for char in text
    )


def _only_symbols(text: str) -> bool:
    return all(
        unicodedata.category(char) in SYMBOL_CATEGORIES or unicodedata.category(char)[0] == "M" for char in text.strip()
    )


class SearchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self,
        text: str,
        filters: SearchFilters | None = None,
        limit: int = 50,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[SearchHit]:
        """Entries and reflections matching ``text`` and ``filters``, best match first (or newest first).

        With no searchable words this lists the entries that pass the filters, newest first, which is how the
        journal page browses ten years of writing a page at a time.
        """
        filters = filters or SearchFilters()
        query = build_match(text)
        if query is None:
            return self._browse(filters, limit, offset)
        params: dict[str, Any] = {"query": query}
        entry_where = self._entry_filters(filters, params)
        score = "0" if newest_first else "bm25(journal_entries_fts, 4.0, 1.0)"
        parts = [
            f"""
            SELECT 'entry' AS kind, e.id AS id, e.created_at AS at, {score} AS score
            FROM journal_entries_fts JOIN journal_entries e ON e.id = journal_entries_fts.rowid
            WHERE journal_entries_fts MATCH :query AND {entry_where}
            """
        ]
        if not filters.entry_only:
            reflection_where = self._date_filters("r.at", filters, params)
            score = "0" if newest_first else "bm25(reflections_fts, 1.0, 2.0)"
            parts.append(
                f"""
                SELECT 'reflection', r.id, r.at, {score}
                FROM reflections_fts JOIN reflections r ON r.id = reflections_fts.rowid
                WHERE reflections_fts MATCH :query AND {reflection_where}
                """
            )
        order = "at DESC, id DESC" if newest_first else "score, at DESC"
        params.update(limit=limit, offset=offset)
        sql = " UNION ALL ".join(parts) + f" ORDER BY {order} LIMIT :limit OFFSET :offset"
        found = [(HitKind(kind), record_id) for kind, record_id, _at, _score in self.db.execute(sql, params)]
        return self._with_snippets(found, query)

    def _with_snippets(self, found: list[tuple[HitKind, int]], query: str) -> list[SearchHit]:
        """Highlight only the hits that will be shown: snippets are the costly part of a search."""
        hits: dict[tuple[HitKind, int], SearchHit] = {}
        for kind, sql in ((HitKind.ENTRY, ENTRY_SNIPPETS), (HitKind.REFLECTION, REFLECTION_SNIPPETS)):
            ids = [record_id for hit_kind, record_id in found if hit_kind is kind]
            if not ids:
                continue
            params = {"query": query, "start_mark": MARK_START, "end_mark": MARK_END}
            params.update({f"id{index}": record_id for index, record_id in enumerate(ids)})
            marks = ", ".join(f":id{index}" for index in range(len(ids)))
            for row in self.db.execute(sql.format(ids=marks, words=SNIPPET_WORDS), params):
                hits[(kind, row[1])] = self._hit(row)
        return [hits[key] for key in found if key in hits]

    def match_span(self, kind: HitKind, record_id: int, text: str) -> tuple[str, int, int] | None:
        """Where the first match lies in one record: ``(column, start, end)`` as string indexes, or ``None``.

        The column is "title" or "body" for entries, "prompt_text" or "answer" for reflections; the body or
        answer is preferred, since that is where the cursor should go.
        """
        query = build_match(text)
        if query is None:
            return None
        table, columns = (
            ("journal_entries_fts", ("title", "body"))
            if kind is HitKind.ENTRY
            else ("reflections_fts", ("prompt_text", "answer"))
        )
        row = self.db.execute(
            f"SELECT highlight({table}, 0, :s, :e), highlight({table}, 1, :s, :e) FROM {table} "
            f"WHERE {table} MATCH :query AND rowid = :id",
            {"s": MARK_START, "e": MARK_END, "query": query, "id": record_id},
        ).fetchone()
        if row is None:
            return None
        for column, marked in ((columns[1], row[1]), (columns[0], row[0])):
            start = (marked or "").find(MARK_START)
            if start >= 0:
                end = marked.find(MARK_END, start)
                return column, start, end - 1
        return None

    def _browse(self, filters: SearchFilters, limit: int, offset: int) -> list[SearchHit]:
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        where = self._entry_filters(filters, params)
        sql = f"""
            SELECT 'entry', e.id, e.created_at, e.title, substr(e.body, 1, {PREVIEW_CHARS}), e.private, e.mood, e.kind
            FROM journal_entries e WHERE {where}
            ORDER BY e.created_at DESC, e.id DESC LIMIT :limit OFFSET :offset
        """
        return [self._hit(row) for row in self.db.execute(sql, params)]

    def _entry_filters(self, filters: SearchFilters, params: dict[str, Any]) -> str:
        clauses = [self._date_filters("e.created_at", filters, params)]
        if filters.trigger_ids:
            names = []
            for index, trigger_id in enumerate(filters.trigger_ids):
                params[f"trigger{index}"] = trigger_id
                names.append(f":trigger{index}")
            clauses.append(f"e.id IN (SELECT entry_id FROM entry_triggers WHERE trigger_id IN ({', '.join(names)}))")
        if filters.mood is not None:
            params["mood"] = filters.mood
            clauses.append("e.mood = :mood")
        if filters.privacy is Privacy.PRIVATE:
            clauses.append("e.private = 1")
        elif filters.privacy is Privacy.NOT_PRIVATE:
            clauses.append("e.private = 0")
        return " AND ".join(clauses)

    @staticmethod
    def _date_filters(column: str, filters: SearchFilters, params: dict[str, Any]) -> str:
        table = column.split(".")[0]
        clauses = [f"{table}.deleted_at IS NULL"]
        if filters.start is not None:
            params["start"] = iso(filters.start)
            clauses.append(f"{column} >= :start")
        if filters.end is not None:
            params["end"] = iso(filters.end)
            clauses.append(f"{column} < :end")
        return " AND ".join(clauses)

    @staticmethod
    def _hit(row: tuple) -> SearchHit:
        kind, record_id, at, title, snippet, private, mood, entry_kind = row
        return SearchHit(
            kind=HitKind(kind),
            record_id=record_id,
            at=moment(at),
            title=title or "",
            snippet=snippet or "",
            private=as_bool(private),
            mood=mood,
            entry_kind=EntryKind(entry_kind) if entry_kind else None,
        )
