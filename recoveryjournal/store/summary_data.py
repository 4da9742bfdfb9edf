"""Gathering the plain data a therapist summary needs for a period and the period of the same length before it.

Queries are widened by a day on each side because stored times keep the offset the person had when they wrote them;
``domain.summary`` then keeps exactly the records whose own calendar day falls inside the period.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.attendance import DEFAULT_TARGET_HOURS, TARGET_KEY
from recoveryjournal.domain.plan_models import PlanSection
from recoveryjournal.domain.summary import SummaryData, SummaryOptions

if TYPE_CHECKING:
    from recoveryjournal.store.store import Store

MARGIN = timedelta(days=1)


def period_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Local-time query bounds for a period of whole days, widened by a day each side."""
    local = datetime.now().astimezone().tzinfo
    return (
        datetime.combine(start, time(), tzinfo=local) - MARGIN,
        datetime.combine(end + timedelta(days=1), time(), tzinfo=local) + MARGIN,
    )


def load_summary_data(store: Store, options: SummaryOptions) -> SummaryData:
    """Everything ``build_summary`` may use for ``options``' period; private entries are never read."""
    start, end = period_bounds(options.start, options.end)
    previous_start, previous_end = period_bounds(*options.previous)
    return SummaryData(
        checkins=store.checkins.between(start, end),
        previous_checkins=store.checkins.between(previous_start, previous_end),
        triggers=store.triggers.list(include_archived=True),
        coping_actions=store.coping.actions(include_archived=True),
        coping_uses=store.coping.uses_between(start, end),
        lapses=store.lapses.all(),
        substances=store.sobriety.all(),
        sessions=store.sessions.between(start, end),
        weekly_target_hours=store.settings.get(TARGET_KEY, DEFAULT_TARGET_HOURS),
        plan_triggers=[item.text for item in store.plan.items(PlanSection.TRIGGERS)],
        plan_warning_signs=[item.text for item in store.plan.items(PlanSection.WARNING_SIGNS)],
        plan_action_ids=store.plan.action_ids(),
        contacts=store.plan.contacts(),
        plan_versions=store.plan.versions(),
        goals=store.plan.goals(),
        reflections=store.reflections.between(start, end),
        previous_reflections=store.reflections.between(previous_start, previous_end),
        entries=store.journal.between(start, end, include_private=False),
    )
