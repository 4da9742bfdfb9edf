"""The lean rows behind the Insights views, read in a handful of indexed queries per period.

Local days come straight from the stored text: ``2026-03-01T23:30:00-05:00`` starts with the day the person lived,
so a period is the half-open text range ``[start, day after end)`` on the indexed ``at`` column. Trigger names and
kinds always come from the triggers table (a rename shows everywhere; a merge has already moved the links), and
anything in the trash is left out: trashed check-ins, entries and coping uses, and links to trashed triggers.
Private journal entries are left out too, so every figure here is one the person could share, and Insights, the
therapist summary and session review show the same numbers (the summary loads its facts through ``load``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.models import MOOD_LABELS, mood_label
from recoveryjournal.domain.patterns import (
    CheckInFact,
    CopingFact,
    DayStat,
    DrillItem,
    EntryFact,
    Matches,
    PatternData,
    Period,
    RatingFact,
    TriggerInfo,
    YearCalendar,
    calendar_span,
    year_calendar,
)
from recoveryjournal.i18n import translate
from recoveryjournal.store.rows import moment
from recoveryjournal.store.settings import SettingsRepo

if TYPE_CHECKING:
    from sqlite_utils import Database

CHUNK = 900
SNIPPET = 120


def _bounds(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), (period.end + timedelta(days=1)).isoformat()


def _ids(text: str | None) -> tuple[int, ...]:
    return tuple(sorted({int(part) for part in text.split(",")})) if text else ()


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET else flat[: SNIPPET - 1].rstrip() + "…"


class InsightsRepo:
    def __init__(self, db: Database, settings: SettingsRepo) -> None:
        self.db = db
        self.settings = settings

    def first_day(self) -> date | None:
        """The local day of the first thing logged, where "everything" begins."""
        sql = """
            SELECT MIN(day) FROM (
                SELECT MIN(at) AS day FROM checkins WHERE deleted_at IS NULL
                UNION ALL SELECT MIN(created_at) FROM journal_entries WHERE deleted_at IS NULL
                UNION ALL SELECT MIN(at) FROM lapses WHERE deleted_at IS NULL
                UNION ALL SELECT MIN(at) FROM treatment_sessions WHERE deleted_at IS NULL
                UNION ALL SELECT MIN(at) FROM reflections WHERE deleted_at IS NULL
            )
        """
        first = self.db.execute(sql).fetchone()[0]
        return date.fromisoformat(first[:10]) if first else None

    def load(self, period: Period) -> PatternData:
        """Every fact the period views need, plus trigger counts for the period before, for comparison."""
        lo, hi = _bounds(period)
        return PatternData(
            period=period,
            triggers=self._triggers(),
            checkins=self._checkins(lo, hi),
            entries=self._entries(lo, hi),
            coping=self._coping(lo, hi),
            coping_names=dict(self.db.execute("SELECT id, name FROM coping_actions").fetchall()),
            lapses=self._moments("lapses", lo, hi),
            sessions=self._moments("treatment_sessions", lo, hi),
            ratings=[
                RatingFact(moment(at), rating)
                for at, rating in self.db.execute(
                    "SELECT at, rating FROM reflections WHERE deleted_at IS NULL AND kind = 'daily' "
                    "AND rating IS NOT NULL AND at >= ? AND at < ? ORDER BY at",
                    [lo, hi],
                )
            ],
            previous_trigger_counts=self.trigger_totals(period.previous()),
            previous_days=self.checkin_days(period.previous()),
            first_day=self.settings.week_start(),
        )

    def first_logged(self, period: Period) -> list[tuple[date, str]]:
        """Triggers logged (on a check-in or a not-private entry) for the first time ever within ``period``."""
        lo, hi = _bounds(period)
        sql = """
            SELECT t.name, MIN(x.at) AS first FROM (
                SELECT ct.trigger_id AS tid, c.at AS at FROM checkins c JOIN checkin_triggers ct ON ct.checkin_id = c.id
                WHERE c.deleted_at IS NULL
                UNION ALL
                SELECT et.trigger_id, e.created_at FROM journal_entries e JOIN entry_triggers et ON et.entry_id = e.id
                WHERE e.deleted_at IS NULL AND e.private = 0
            ) x JOIN triggers t ON t.id = x.tid AND t.deleted_at IS NULL
            GROUP BY x.tid HAVING first >= :lo AND first < :hi ORDER BY first
        """
        return [(date.fromisoformat(first[:10]), name) for name, first in self.db.execute(sql, {"lo": lo, "hi": hi})]

    def checkin_days(self, period: Period) -> int:
        """Days of ``period`` with at least one check-in: how well a period is covered."""
        lo, hi = _bounds(period)
        sql = "SELECT COUNT(DISTINCT substr(at, 1, 10)) FROM checkins WHERE deleted_at IS NULL AND at >= ? AND at < ?"
        return self.db.execute(sql, [lo, hi]).fetchone()[0]

    def trigger_totals(self, period: Period) -> dict[int, int]:
        """Check-ins plus (not private) entries per trigger in ``period``, counted in SQL."""
        lo, hi = _bounds(period)
        sql = """
            SELECT trigger_id, COUNT(*) FROM (
                SELECT ct.trigger_id FROM checkins c JOIN checkin_triggers ct ON ct.checkin_id = c.id
                WHERE c.deleted_at IS NULL AND c.at >= :lo AND c.at < :hi
                UNION ALL
                SELECT et.trigger_id FROM journal_entries e JOIN entry_triggers et ON et.entry_id = e.id
                WHERE e.deleted_at IS NULL AND e.private = 0 AND e.created_at >= :lo AND e.created_at < :hi
            ) JOIN triggers t ON t.id = trigger_id AND t.deleted_at IS NULL
            GROUP BY trigger_id
        """
        return dict(self.db.execute(sql, {"lo": lo, "hi": hi}).fetchall())

    def calendar(self, end: date, today: date) -> YearCalendar:
        """The year grid ending with the week of ``end``: check-ins and mean mood per day, lapses, sober days."""
        first_day = self.settings.week_start()
        lo, hi = _bounds(calendar_span(end, first_day))
        stats = [
            DayStat(date.fromisoformat(day), count, mood)
            for day, count, mood in self.db.execute(
                "SELECT substr(at, 1, 10) AS day, COUNT(*), AVG(mood) FROM checkins "
                "WHERE deleted_at IS NULL AND at >= ? AND at < ? GROUP BY day",
                [lo, hi],
            )
        ]
        lapse_days = [when.date() for when in self._moments("lapses", lo, hi)]
        start = self.db.execute(
            "SELECT MIN(COALESCE(tracked_since, sober_since)) FROM substances WHERE deleted_at IS NULL AND tracked = 1"
        ).fetchone()[0]
        return year_calendar(end, today, stats, lapse_days, date.fromisoformat(start) if start else None, first_day)

    def describe(self, matches: Matches) -> list[DrillItem]:
        """The drill-down list for matched check-ins and entries, newest first."""
        names = {info.id: info.name for info in self._triggers().values()}
        items = [*self._describe_checkins(matches.checkin_ids, names), *self._describe_entries(matches.entry_ids)]
        items.sort(key=lambda item: item.at, reverse=True)
        return items

    def _triggers(self) -> dict[int, TriggerInfo]:
        rows = self.db.execute("SELECT id, name, kind FROM triggers WHERE deleted_at IS NULL")
        return {tid: TriggerInfo(tid, name, kind) for tid, name, kind in rows}

    def _checkins(self, lo: str, hi: str) -> list[CheckInFact]:
        sql = """
            SELECT c.id, c.at, c.mood, c.craving, group_concat(t.id) FROM checkins c
            LEFT JOIN checkin_triggers ct ON ct.checkin_id = c.id
            LEFT JOIN triggers t ON t.id = ct.trigger_id AND t.deleted_at IS NULL
            WHERE c.deleted_at IS NULL AND c.at >= ? AND c.at < ?
            GROUP BY c.id ORDER BY c.at
        """
        return [
            CheckInFact(cid, moment(at), mood, craving, _ids(links))
            for cid, at, mood, craving, links in self.db.execute(sql, [lo, hi])
        ]

    def _entries(self, lo: str, hi: str) -> list[EntryFact]:
        sql = """
            SELECT e.id, e.created_at, group_concat(t.id) FROM journal_entries e
            JOIN entry_triggers et ON et.entry_id = e.id
            JOIN triggers t ON t.id = et.trigger_id AND t.deleted_at IS NULL
            WHERE e.deleted_at IS NULL AND e.private = 0 AND e.created_at >= ? AND e.created_at < ?
            GROUP BY e.id ORDER BY e.created_at
        """
        return [EntryFact(eid, moment(at), _ids(links)) for eid, at, links in self.db.execute(sql, [lo, hi])]

    def _coping(self, lo: str, hi: str) -> list[CopingFact]:
        sql = """
            SELECT u.action_id, u.at, u.craving_before, u.craving_after, u.checkin_id FROM coping_uses u
            LEFT JOIN checkins c ON c.id = u.checkin_id
            WHERE u.deleted_at IS NULL AND u.at >= ? AND u.at < ?
              AND (u.checkin_id IS NULL OR c.deleted_at IS NULL)
            ORDER BY u.at
        """
        return [
            CopingFact(action_id, moment(at), before, after, checkin_id)
            for action_id, at, before, after, checkin_id in self.db.execute(sql, [lo, hi])
        ]

    def _moments(self, table: str, lo: str, hi: str) -> list:
        rows = self.db.execute(
            f"SELECT at FROM [{table}] WHERE deleted_at IS NULL AND at >= ? AND at < ? ORDER BY at", [lo, hi]
        )
        return [moment(at) for (at,) in rows]

    def _chunks(self, sql: str, ids: list[int]):
        for index in range(0, len(ids), CHUNK):
            part = ids[index : index + CHUNK]
            yield from self.db.execute(sql.format(marks=",".join("?" * len(part))), part)

    def _describe_checkins(self, ids: list[int], names: dict[int, str]) -> list[DrillItem]:
        sql = """
            SELECT c.id, c.at, c.mood, c.craving, c.note, c.what_happening, group_concat(ct.trigger_id)
            FROM checkins c LEFT JOIN checkin_triggers ct ON ct.checkin_id = c.id
            WHERE c.id IN ({marks}) GROUP BY c.id
        """
        items = []
        for cid, at, mood, craving, note, happening, links in self._chunks(sql, ids):
            parts = []
            if mood is not None:
                shown = (mood_label(mood) if mood in MOOD_LABELS else str(mood)).lower()
                parts.append(translate("Insights", "mood {mood}").format(mood=shown))
            if craving is not None:
                parts.append(translate("Insights", "craving {craving}/10").format(craving=craving))
            triggers = sorted((names[tid] for tid in _ids(links) if tid in names), key=str.casefold)
            if triggers:
                parts.append(", ".join(triggers))
            words = "; ".join(parts) if parts else translate("Insights", "no ratings")
            headline = translate("Insights", "Check-in — {words}").format(words=words)
            items.append(DrillItem("checkin", cid, moment(at), headline, _snippet(note or happening or "")))
        return items

    def _describe_entries(self, ids: list[int]) -> list[DrillItem]:
        sql = "SELECT id, created_at, title, body, private FROM journal_entries WHERE id IN ({marks})"
        items = []
        for eid, at, title, body, private in self._chunks(sql, ids):
            name = title.strip() or translate("Insights", "untitled")
            if private:
                headline = translate("Insights", "Journal entry — {name} (private)").format(name=name)
            else:
                headline = translate("Insights", "Journal entry — {name}").format(name=name)
            items.append(DrillItem("entry", eid, moment(at), headline, _snippet(body or "")))
        return items
