"""The therapist summary: what a client chooses to bring to a session, computed from plain data.

``build_summary`` is pure: the store gathers a ``SummaryData`` for the period (and the period of the same length just
before it), the person's ``SummaryOptions`` say what to share, and ``now`` is passed in. Privacy is decided here, once,
so every way of showing a summary (HTML, PDF, session review) shows the same thing: private entries are never in a
summary even when their id is chosen; journal text appears only when the person asked for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from statistics import fmean

from recoveryjournal.domain import patterns, sobriety
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance, Trigger, TriggerKind
from recoveryjournal.domain.plan import diff_snapshots, week_start
from recoveryjournal.domain.plan_models import PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection, ReflectionKind
from recoveryjournal.domain.session_models import TreatmentSession
from recoveryjournal.domain.text_hygiene import neutralise

TOP_TRIGGERS = 10
DEFAULT_PERIOD_DAYS = 30


class Section(StrEnum):
    """The parts of a summary a person can leave out; the cover is always there."""

    GLANCE = "glance"
    CHARTS = "charts"
    TRIGGERS = "triggers"
    LAPSES = "lapses"
    COPING = "coping"
    PLAN = "plan"
    GOALS = "goals"
    SHARED = "shared"
    TOPICS = "topics"

    @property
    def label(self) -> str:
        return SECTION_LABELS[self]


SECTION_LABELS = {
    Section.GLANCE: "At a glance",
    Section.CHARTS: "Charts",
    Section.TRIGGERS: "Top triggers",
    Section.LAPSES: "Lapses",
    Section.COPING: "Coping tools",
    Section.PLAN: "My plan",
    Section.GOALS: "Weekly goals",
    Section.SHARED: "Reflections and entries I chose",
    Section.TOPICS: "What I want to talk about",
}

ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose: the period (both days included), the sections, and what to share."""

    start: date
    end: date
    sections: frozenset[Section] = ALL_SECTIONS
    topics: str = ""
    include_journal: bool = False
    entry_ids: frozenset[int] = frozenset()
    reflection_ids: frozenset[int] = frozenset()
    name: str = ""

    def __post_init__(self) -> None:
        patterns.Period(self.start, self.end)  # raises ValueError when the period ends before it starts

    @property
    def period(self) -> patterns.Period:
        return patterns.Period(self.start, self.end)

    @property
    def days(self) -> int:
        return self.period.days

    @property
    def previous(self) -> tuple[date, date]:
        """The period of the same length just before this one, for comparisons."""
        before = self.period.previous()
        return before.start, before.end


def default_period(today: date, last_export: date | None) -> tuple[date, date]:
    """Since the last export (the day after it), else the last 30 days, ending today."""
    if last_export is not None and last_export < today:
        return last_export + timedelta(days=1), today
    return today - timedelta(days=DEFAULT_PERIOD_DAYS - 1), today


@dataclass
class SummaryData:
    """Everything the summary may draw on; the loader may include a day either side, ``build_summary`` trims."""

    checkins: list[CheckIn] = field(default_factory=list)
    previous_checkins: list[CheckIn] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    coping_actions: list[CopingAction] = field(default_factory=list)
    coping_uses: list[CopingUse] = field(default_factory=list)
    lapses: list[Lapse] = field(default_factory=list)
    substances: list[Substance] = field(default_factory=list)
    sessions: list[TreatmentSession] = field(default_factory=list)
    weekly_target_hours: float | None = None
    plan_triggers: list[str] = field(default_factory=list)
    plan_warning_signs: list[str] = field(default_factory=list)
    plan_action_ids: list[int] = field(default_factory=list)
    contacts: list[SupportContact] = field(default_factory=list)
    plan_versions: list[PlanVersion] = field(default_factory=list)
    goals: list[WeeklyGoal] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)
    previous_reflections: list[Reflection] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """A mean for this period against the previous one; either may be missing."""

    current: float | None
    previous: float | None

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True)
class SoberLine:
    substance: str
    current_days: int
    longest_days: int
    total_days: int
    sober_days_in_period: int
    lapse_days_in_period: int


@dataclass(frozen=True)
class Glance:
    sober: list[SoberLine]
    checkins: int
    previous_checkins: int
    mood: Change
    craving: Change
    doing: Change
    doing_ratings: list[tuple[date, int]]
    session_count: int
    hours: float
    target_hours: float | None


@dataclass(frozen=True)
class TriggerRow:
    name: str
    kind: str
    count: int
    mean_craving: float | None


@dataclass(frozen=True)
class LapseItem:
    at: datetime
    substance: str
    amount: str
    context: str
    what_helped: str
    note: str


@dataclass(frozen=True)
class CopingRow:
    name: str
    uses: int
    rated: int
    mean_drop: float | None
    """Mean craving drop (before − after) over the ``rated`` uses with both ratings."""


@dataclass(frozen=True)
class PlanChange:
    at: datetime
    lines: list[str]


@dataclass(frozen=True)
class ContactLine:
    """A support contact without the phone number: the number is a third party's, and the therapist can ask."""

    name: str
    relation: str
    when_to_call: str


@dataclass(frozen=True)
class PlanView:
    triggers: list[str]
    warning_signs: list[str]
    actions: list[str]
    contacts: list[ContactLine]
    last_reviewed: datetime | None
    changes: list[PlanChange]


@dataclass(frozen=True)
class GoalLine:
    week_start: date
    text: str
    done: bool


@dataclass(frozen=True)
class SharedItem:
    """A reflection or journal entry the person chose to share."""

    kind: str
    at: datetime
    title: str
    text: str


@dataclass(frozen=True)
class ChartSpec:
    """A chart to draw for the period; the export layer turns ``key`` into a picture with the Insights builders."""

    key: str
    title: str
    description: str


CHARTS = (
    ChartSpec("triggers", "Which triggers", "How often each trigger was logged in the period, by kind."),
    ChartSpec("when", "When", "Triggers by weekday and time of day."),
    ChartSpec("trend", "How I've been", "Mood and craving through the period, with a 7-day rolling mean."),
    ChartSpec("helps", "What helps", "Coping tools ranked by how much craving fell after using them."),
)


@dataclass(frozen=True)
class Summary:
    options: SummaryOptions
    made_at: datetime
    glance: Glance
    charts: tuple[ChartSpec, ...]
    patterns: patterns.PatternData
    """What the charts are drawn from: check-ins, coping, lapses, sessions and ratings of the period (no entries)."""
    triggers: list[TriggerRow]
    lapses: list[LapseItem]
    coping: list[CopingRow]
    plan: PlanView
    goals: list[GoalLine]
    shared: list[SharedItem]
    topics: str

    @property
    def name(self) -> str:
        return neutralise(self.options.name.strip())

    @property
    def start(self) -> date:
        return self.options.start

    @property
    def end(self) -> date:
        return self.options.end

    def has(self, section: Section) -> bool:
        return section in self.options.sections

    @property
    def sections(self) -> list[Section]:
        """The included sections in reading order."""
        return [section for section in Section if self.has(section)]

    @property
    def goals_kept(self) -> tuple[int, int]:
        return sum(goal.done for goal in self.goals), len(self.goals)


def _within(moment: datetime, start: date, end: date) -> bool:
    return start <= local_day(moment) <= end


def _mean(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return fmean(present) if present else None


def _daily_ratings(reflections: Iterable[Reflection], start: date, end: date) -> list[Reflection]:
    """The "How am I really doing?" answers (daily reflections rated 1–10) in the period, oldest first."""
    return sorted(
        (
            item
            for item in reflections
            if item.kind == ReflectionKind.DAILY and item.rating is not None and _within(item.at, start, end)
        ),
        key=lambda item: item.at,
    )


def _sober_lines(data: SummaryData, start: date, end: date, today: date) -> list[SoberLine]:
    """Streaks as of the end of the period (or today, if sooner) and the sober days that fell inside it."""
    as_of = min(end + timedelta(days=1), today)
    lines = []
    for status in sobriety.statuses(data.substances, data.lapses, as_of):
        in_period = 0
        for run in status.runs:
            first, last = max(run.start, start), min(run.end, end)
            in_period += max(0, (last - first).days + 1)
        lapses = sum(start <= day <= end for day in status.lapse_days)
        lines.append(
            SoberLine(status.substance, status.current_days, status.longest_days, status.total_days, in_period, lapses)
        )
    return lines


def _glance(data: SummaryData, options: SummaryOptions, today: date) -> Glance:
    start, end = options.start, options.end
    previous_start, previous_end = options.previous
    checkins = [item for item in data.checkins if _within(item.at, start, end)]
    previous = [item for item in data.previous_checkins if _within(item.at, previous_start, previous_end)]
    ratings = _daily_ratings(data.reflections, start, end)
    previous_ratings = _daily_ratings(data.previous_reflections, previous_start, previous_end)
    sessions = [item for item in data.sessions if _within(item.at, start, end)]
    target = None if data.weekly_target_hours is None else data.weekly_target_hours * options.days / 7
    return Glance(
        sober=_sober_lines(data, start, end, today),
        checkins=len(checkins),
        previous_checkins=len(previous),
        mood=Change(_mean(c.mood for c in checkins), _mean(c.mood for c in previous)),
        craving=Change(_mean(c.craving for c in checkins), _mean(c.craving for c in previous)),
        doing=Change(_mean(r.rating for r in ratings), _mean(r.rating for r in previous_ratings)),
        doing_ratings=[(local_day(r.at), r.rating) for r in ratings],
        session_count=len(sessions),
        hours=sum(item.hours for item in sessions),
        target_hours=target,
    )


def pattern_data(data: SummaryData, options: SummaryOptions) -> patterns.PatternData:
    """The Insights input for the period. Journal entries are left out: their trigger tags are not the client's to
    share unless they chose the entry, and the counts then match the check-in based table."""
    period = options.period
    previous = period.previous()
    checkins = [item for item in data.checkins if _within(item.at, options.start, options.end)]
    before = [item for item in data.previous_checkins if _within(item.at, previous.start, previous.end)]
    return patterns.PatternData(
        period=period,
        triggers={t.id: patterns.TriggerInfo(t.id, t.name, str(t.kind)) for t in data.triggers},
        checkins=[
            patterns.CheckInFact(c.id or 0, c.at, c.mood, c.craving, tuple(dict.fromkeys(c.trigger_ids)))
            for c in checkins
        ],
        coping=[
            patterns.CopingFact(u.action_id, u.at, u.craving_before, u.craving_after, u.checkin_id)
            for u in data.coping_uses
            if _within(u.at, options.start, options.end)
        ],
        coping_names={action.id: action.name for action in data.coping_actions},
        lapses=[lapse.at for lapse in data.lapses if _within(lapse.at, options.start, options.end)],
        sessions=[session.at for session in data.sessions if _within(session.at, options.start, options.end)],
        ratings=[
            patterns.RatingFact(r.at, r.rating) for r in _daily_ratings(data.reflections, period.start, period.end)
        ],
        previous_trigger_counts=dict(Counter(tid for c in before for tid in set(c.trigger_ids))),
    )


def _trigger_rows(facts: patterns.PatternData) -> list[TriggerRow]:
    """The most logged triggers of the period with the mean craving on the check-ins where each was present."""
    cravings = {row.trigger_id: row.mean for row in patterns.trigger_cravings(facts).rows}
    kinds = {kind.value: kind.label for kind in TriggerKind}
    return [
        TriggerRow(row.name, kinds.get(row.kind, row.kind), row.count, cravings.get(row.trigger_id))
        for row in patterns.trigger_counts(facts).rows
        if row.count
    ][:TOP_TRIGGERS]


def _coping_rows(facts: patterns.PatternData) -> list[CopingRow]:
    return [CopingRow(row.name, row.uses, row.rated, row.mean_drop) for row in patterns.coping_effects(facts).rows]


def _plan_view(data: SummaryData, start: date, end: date) -> PlanView:
    actions = {action.id: action.name for action in data.coping_actions}
    versions = sorted(data.plan_versions, key=lambda version: version.reviewed_at)
    reviewed = [version for version in versions if local_day(version.reviewed_at) <= end]
    return PlanView(
        triggers=list(data.plan_triggers),
        warning_signs=list(data.plan_warning_signs),
        actions=[actions[action_id] for action_id in data.plan_action_ids if action_id in actions],
        contacts=[ContactLine(c.name, c.relation, c.when_to_call) for c in data.contacts],
        last_reviewed=reviewed[-1].reviewed_at if reviewed else None,
        changes=[
            PlanChange(version.reviewed_at, _version_changes(reviewed[index - 1] if index else None, version))
            for index, version in enumerate(reviewed)
            if _within(version.reviewed_at, start, end)
        ],
    )


def _version_changes(before: PlanVersion | None, version: PlanVersion) -> list[str]:
    """What a review changed: from the snapshots when both are there, else the note kept with the review."""
    if version.snapshot and (before is None or before.snapshot):
        return diff_snapshots(before.snapshot if before else None, version.snapshot)
    return [line for line in version.changes.splitlines() if line.strip()] or ["Reviewed."]


def _shared(data: SummaryData, options: SummaryOptions) -> list[SharedItem]:
    """Only what the person chose. Private entries never, whatever the options say."""
    items = [
        SharedItem("reflection", item.at, item.prompt_text or "Reflection", item.answer)
        for item in data.reflections
        if item.id in options.reflection_ids and _within(item.at, options.start, options.end)
    ]
    items += [
        SharedItem("entry", item.created_at, item.title or "Journal entry", item.body)
        for item in data.entries
        if not item.private
        and (options.include_journal or item.id in options.entry_ids)
        and _within(item.created_at, options.start, options.end)
    ]
    return sorted(items, key=lambda item: item.at)


def build_summary(data: SummaryData, options: SummaryOptions, now: datetime) -> Summary:
    """The whole summary for ``options``; ``now`` is when it was made (and bounds the sobriety counts)."""
    start, end = options.start, options.end
    facts = pattern_data(data, options)
    lapses = [
        LapseItem(item.at, item.substance, item.amount, item.context, item.what_helped, item.note)
        for item in sorted(data.lapses, key=lambda lapse: lapse.at)
        if _within(item.at, start, end)
    ]
    goals = [
        GoalLine(goal.week_start, goal.text, goal.done)
        for goal in sorted(data.goals, key=lambda goal: (goal.week_start, goal.id or 0))
        if week_start(start) <= goal.week_start <= end
    ]
    return Summary(
        options=options,
        made_at=now,
        glance=_glance(data, options, now.date()),
        charts=CHARTS,
        patterns=facts,
        triggers=_trigger_rows(facts),
        lapses=lapses,
        coping=_coping_rows(facts),
        plan=_plan_view(data, start, end),
        goals=goals,
        shared=_shared(data, options),
        topics=options.topics.strip(),
    )
