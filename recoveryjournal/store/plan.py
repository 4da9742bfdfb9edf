"""The relapse-prevention plan: its lists, go-to actions, weekly goals, support contacts and review history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recoveryjournal.domain.plan_models import PlanItem, PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.weeks import goal_keys
from recoveryjournal.store.rows import (
    as_bool,
    day,
    day_text,
    from_json,
    iso,
    json_text,
    live,
    moment,
    select,
    soft_delete,
)

if TYPE_CHECKING:
    from datetime import date

    from recoveryjournal.store.db import Database


class PlanRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self, section: PlanSection) -> list[PlanItem]:
        rows = select(self.db, "plan_items", live("section = ?"), [str(section)], order_by="position, id")
        return [
            PlanItem(id=r["id"], section=PlanSection(r["section"]), text=r["text"], position=r["position"])
            for r in rows
        ]

    def set_items(self, section: PlanSection, texts: list[str]) -> None:
        """Replace a section's list; the old lines go to the trash so nothing is lost."""
        with self.db.atomic():
            for item in self.items(section):
                soft_delete(self.db, "plan_items", item.id)
            for position, text in enumerate(texts):
                self.db["plan_items"].insert({"section": str(section), "text": text, "position": position})

    def action_ids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT coping_action_id FROM plan_actions ORDER BY position, id")]

    def set_action_ids(self, action_ids: list[int]) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM plan_actions")
            for position, action_id in enumerate(dict.fromkeys(action_ids)):
                self.db["plan_actions"].insert({"coping_action_id": action_id, "position": position})

    def add_goal(self, goal: WeeklyGoal) -> int:
        with self.db.atomic():
            goal.id = self.db["weekly_goals"].insert(self._goal_columns(goal)).last_pk
        return goal.id

    def update_goal(self, goal: WeeklyGoal) -> None:
        with self.db.atomic():
            self.db["weekly_goals"].update(goal.id, self._goal_columns(goal))

    def goals(self, week: date | None = None) -> list[WeeklyGoal]:
        """Every goal, or those of the week starting on ``week``: each kept under the first day its week had when it
        was set, so goals set before the week start changed still belong to the week they were set for
        (``weeks.goal_keys``); nothing stored is re-keyed."""
        if week is None:
            rows = select(self.db, "weekly_goals", live(), order_by="week_start, id")
        else:
            first, last = (day_text(key) for key in goal_keys(week))
            rows = select(self.db, "weekly_goals", live("week_start BETWEEN ? AND ?"), [first, last], order_by="id")
        return [
            WeeklyGoal(
                id=r["id"],
                week_start=day(r["week_start"]),
                text=r["text"],
                done=as_bool(r["done"]),
                carried_from_id=r["carried_from_id"],
            )
            for r in rows
        ]

    def delete_goal(self, goal_id: int) -> None:
        soft_delete(self.db, "weekly_goals", goal_id)

    def add_contact(self, contact: SupportContact) -> int:
        with self.db.atomic():
            contact.id = self.db["support_contacts"].insert(self._contact_columns(contact)).last_pk
        return contact.id

    def update_contact(self, contact: SupportContact) -> None:
        with self.db.atomic():
            self.db["support_contacts"].update(contact.id, self._contact_columns(contact))

    def contacts(self) -> list[SupportContact]:
        rows = select(self.db, "support_contacts", live(), order_by="position, id")
        return [
            SupportContact(
                id=r["id"],
                name=r["name"],
                relation=r["relation"] or "",
                phone=r["phone"] or "",
                when_to_call=r["when_to_call"] or "",
                position=r["position"],
            )
            for r in rows
        ]

    def delete_contact(self, contact_id: int) -> None:
        soft_delete(self.db, "support_contacts", contact_id)

    def add_version(self, version: PlanVersion) -> int:
        with self.db.atomic():
            version.id = (
                self.db["plan_versions"]
                .insert(
                    {
                        "reviewed_at": iso(version.reviewed_at),
                        "snapshot": json_text(version.snapshot),
                        "changes": version.changes,
                    }
                )
                .last_pk
            )
        return version.id

    def versions(self) -> list[PlanVersion]:
        return [
            PlanVersion(
                id=r["id"],
                reviewed_at=moment(r["reviewed_at"]),
                snapshot=from_json(r["snapshot"], {}),
                changes=r["changes"],
            )
            for r in select(self.db, "plan_versions", order_by="reviewed_at, id")
        ]

    @staticmethod
    def _goal_columns(goal: WeeklyGoal) -> dict:
        return {
            "week_start": day_text(goal.week_start),
            "text": goal.text,
            "done": int(goal.done),
            "carried_from_id": goal.carried_from_id,
        }

    @staticmethod
    def _contact_columns(contact: SupportContact) -> dict:
        return {
            "name": contact.name,
            "relation": contact.relation,
            "phone": contact.phone,
            "when_to_call": contact.when_to_call,
            "position": contact.position,
        }
