"""Gathering the plain data a therapist summary needs for a period and the period of the same length before it.

Check-ins, triggers, coping uses and ratings come from ``store.insights.load``: the very facts the Insights page
draws, so both show the same numbers. Other queries are widened by a day on each side because stored times keep the
offset the person had when they wrote them; ``domain.summary`` then keeps exactly the records whose own calendar day
falls inside the period. Sessions cover the whole weeks the period touches, for the week-by-week attendance.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from recoveryjournal.domain.attendance import AttendancePlan
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.findings import brief_lines
from recoveryjournal.domain.measures import in_current_words
from recoveryjournal.domain.patterns import Period
from recoveryjournal.domain.plan import DEFAULT_HELP_NOW_THRESHOLD, HELP_NOW_THRESHOLD_KEY
from recoveryjournal.domain.plan_models import PlanSection
from recoveryjournal.domain.summary import Section, SummaryData, SummaryOptions
from recoveryjournal.domain.summary_measures import MeasuresData, measure_changes, measure_flags, measures_section
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.findings import period_report
from recoveryjournal.store.rows import period_bounds

if TYPE_CHECKING:
    from recoveryjournal.domain.models import JournalEntry
    from recoveryjournal.domain.patterns import PatternData
    from recoveryjournal.store.store import Store

LAST_EXPORT_KEY = "last_summary_export"


def shareable_entries(store: Store, start: date, end: date) -> list[JournalEntry]:
    """The entries of any kind the person may tick to share for a period: never a private one. The export dialog
    lists them and ``--include-journal`` picks from them, so both offer the same."""
    low, high = period_bounds(start, end)
    return [
        entry
        for entry in store.journal.between(low, high, include_private=False)
        if start <= local_day(entry.created_at) <= end
    ]


def last_export(store: Store) -> date | None:
    """The last day of the period of the last summary the person saved."""
    value = store.settings.get(LAST_EXPORT_KEY)
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


BRIEF_KINDS = {"trigger": Section.TRIGGERS, "coping": Section.COPING}
"""Findings about triggers or coping tools go into the brief only when the person shares those sections."""


def load_summary_data(store: Store, options: SummaryOptions) -> SummaryData:
    """Everything ``build_summary`` may use for ``options``' period; private entries are never read."""
    start, end = period_bounds(options.start, options.end)
    first = store.settings.week_start()
    first_week = week_start(options.start, first)
    last_week = week_start(options.end, first) + timedelta(days=6)
    exported = last_export(store)
    if exported is not None and exported >= options.end:
        exported = None  # the same period (or an older one) again: "since" means within the period
    since = exported + timedelta(days=1) if exported is not None else options.start
    measures = load_measures_data(store, start, end)
    facts = store.insights.load(options.period)
    return SummaryData(
        facts=facts,
        previous_facts=store.insights.load(options.period.previous()),
        coping_actions=store.coping.actions(include_archived=True),
        lapses=store.lapses.all(),
        substances=store.sobriety.all(),
        sessions=store.sessions.between(*period_bounds(first_week, last_week)),
        attendance=AttendancePlan.from_settings(store.settings.get),
        craving_threshold=int(store.settings.get(HELP_NOW_THRESHOLD_KEY, DEFAULT_HELP_NOW_THRESHOLD)),
        last_export=exported,
        new_triggers=store.insights.first_logged(Period(min(since, options.end), options.end)),
        plan_triggers=[item.text for item in store.plan.items(PlanSection.TRIGGERS)],
        plan_warning_signs=[item.text for item in store.plan.items(PlanSection.WARNING_SIGNS)],
        plan_action_ids=store.plan.action_ids(),
        contacts=store.plan.contacts(),
        plan_versions=store.plan.versions(),
        goals=store.plan.goals(),
        week_start=first,
        reflections=store.reflections.between(start, end),
        entries=store.journal.between(start, end, include_private=False),
        measures=measures,
        extra_flags=measure_flags(measures_section(measures, options.start, options.end)),
        extra_changes=measure_changes(in_current_words(store.measures.results()), min(since, options.end), options.end),
        findings=summary_findings(store, options, facts),
    )


def load_measures_data(store: Store, start: datetime, end: datetime) -> MeasuresData:
    first, last = start.date(), end.date()
    return MeasuresData(
        results=in_current_words(store.measures.results_between(start, end)),
        sleep=store.measures.sleep(first, last),
        medications=store.measures.medications(include_inactive=True),
        doses=store.measures.doses(first, last),
    )


def summary_findings(store: Store, options: SummaryOptions, facts: PatternData) -> list[str]:
    """The brief's "What stood out": the period's top findings as Insights shows them, without those the person
    marked not true for them, nor triggers or coping tools when those sections are left out."""
    left_out = {kind for kind, section in BRIEF_KINDS.items() if section not in options.sections}
    report = period_report(store, options.period, facts)
    return brief_lines(report.without(store.findings.not_true()), left_out)
