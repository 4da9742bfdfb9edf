"""The therapist summary: what a client chooses to bring to a session, computed from plain data.

``build_summary`` is pure: the store gathers a ``SummaryData`` for the period (and the period of the same length just
before it), the person's ``SummaryOptions`` say what to share, and ``now`` is passed in. Privacy is decided here, once,
so every way of showing a summary (HTML, PDF, session review) shows the same thing: private entries are never in a
summary even when their id is chosen; journal text appears only when the person asked for it; the free-text accounts
of lapses and the names of support contacts only when their sections are ticked.

Page one is the brief (flags, what I want to talk about, key numbers, what changed since last time); the rest is
detail. Every figure comes from the function Insights, Today and the Treatment page use for it: check-in, trigger and
coping figures from ``patterns`` over the facts ``store.insights`` loads, streaks from ``sobriety.statuses``,
attendance from ``attendance.weekly_attendance``.

Extension points for other parts of the app: ``SummaryData.extra_flags`` (ready-made ``brief.Flag``s, e.g. a measure
in a worse band or a safety answer), ``SummaryData.extra_changes`` (lines for "Since my last summary", e.g. a new
measure score) and ``SummaryData.findings`` (short sentences for "What stood out").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import fmean

from recoveryjournal.domain import brief, patterns, sobriety
from recoveryjournal.domain.attendance import AttendancePlan, WeekAttendance, weekly_attendance
from recoveryjournal.domain.brief import Flag
from recoveryjournal.domain.clock import local_day
from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.models import JournalEntry, Lapse, Substance, TriggerKind
from recoveryjournal.domain.plan import DEFAULT_HELP_NOW_THRESHOLD, diff_snapshots
from recoveryjournal.domain.plan_models import PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.reflection_models import Reflection
from recoveryjournal.domain.session_models import TreatmentSession
from recoveryjournal.domain.summary_measures import MeasuresData, MeasuresSection, measures_section
from recoveryjournal.domain.summary_sections import (
    BRIEF_SECTIONS,
    DEFAULT_SECTIONS,
    Section,
)
from recoveryjournal.domain.text_hygiene import neutralise
from recoveryjournal.domain.weeks import goal_week, week_start
from recoveryjournal.i18n import translatable, translate

TOP_TRIGGERS = 10
DEFAULT_PERIOD_DAYS = 30


@dataclass(frozen=True)
class SummaryOptions:
    """What the person chose: the period (both days included), the sections, and what to share."""

    start: date
    end: date
    sections: frozenset[Section] = DEFAULT_SECTIONS
    topics: str = ""
    entry_ids: frozenset[int] = frozenset()
    """The journal entries (of any kind) the person ticked; the command line's ``--include-journal`` names them too."""
    reflection_ids: frozenset[int] = frozenset()
    name: str = ""
    brief_only: bool = False
    """Only the brief: one page."""

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
    """Everything the summary may draw on; the loader may include a day either side, ``build_summary`` trims.

    ``facts`` and ``previous_facts`` are what Insights loads for the period and the one before it (``None``: nothing
    logged); sessions cover the whole weeks the period touches, so week rows match the Treatment page."""

    facts: patterns.PatternData | None = None
    previous_facts: patterns.PatternData | None = None
    coping_actions: list[CopingAction] = field(default_factory=list)
    lapses: list[Lapse] = field(default_factory=list)
    substances: list[Substance] = field(default_factory=list)
    sessions: list[TreatmentSession] = field(default_factory=list)
    attendance: AttendancePlan | None = None
    """``None``: no attendance target (only hours are shown)."""
    craving_threshold: int = DEFAULT_HELP_NOW_THRESHOLD
    last_export: date | None = None
    new_triggers: list[tuple[date, str]] = field(default_factory=list)
    """Triggers logged for the first time since ``last_export`` (or in the period): (first day, name)."""
    extra_flags: list[Flag] = field(default_factory=list)
    extra_changes: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    plan_triggers: list[str] = field(default_factory=list)
    plan_warning_signs: list[str] = field(default_factory=list)
    plan_action_ids: list[int] = field(default_factory=list)
    contacts: list[SupportContact] = field(default_factory=list)
    plan_versions: list[PlanVersion] = field(default_factory=list)
    goals: list[WeeklyGoal] = field(default_factory=list)
    week_start: str = "monday"
    """The day the person's weeks start on: week rows and goals count weeks from it."""
    reflections: list[Reflection] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)
    measures: MeasuresData = field(default_factory=MeasuresData)


@dataclass(frozen=True)
class Change:
    """A mean for this period against the previous one; either may be missing, and a previous period with too few
    days of data is not compared (``comparable`` is False, ``delta`` None)."""

    current: float | None
    previous: float | None
    comparable: bool = True

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None or not self.comparable:
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
    open_days: int = 0
    """Days of the period not over yet (today, and any still to come): neither sober nor lapse days so far."""


@dataclass(frozen=True)
class Attendance:
    """Treatment and support in the period, by phase: hours against the program's target on program days, and
    sessions against the person's aftercare aim after the program."""

    sessions: int
    hours: float
    program_days: int
    program_hours: float
    program_target: float | None
    aftercare_days: int
    aftercare_sessions: int
    aftercare_target: float | None
    hours_per_week: float | None
    weeks: list[WeekAttendance]
    """Weeks the period touches, oldest first — the same rows the Treatment page shows."""


@dataclass(frozen=True)
class Glance:
    sober: list[SoberLine]
    checkins: int
    previous_checkins: int
    checkin_days: int
    previous_days: int
    counted_days: int
    """Days of the period up to today."""
    comparable: bool
    mood: Change
    craving: Change
    doing: Change
    doing_ratings: list[tuple[date, int]]
    previous_rating_days: int
    attendance: Attendance

    @property
    def session_count(self) -> int:
        return self.attendance.sessions

    @property
    def hours(self) -> float:
        return self.attendance.hours


@dataclass(frozen=True)
class TriggerRow:
    name: str
    kind: str
    count: int
    mean_craving: float | None
    previous: int | None = None
    """Times in the period before; ``None`` when that period has too few days of data to compare."""

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.count - self.previous


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
    ranked: bool = True
    """Rated often enough (``patterns.MIN_RATED_TO_RANK``) to be ranked by its drop."""


@dataclass(frozen=True)
class PlanChange:
    at: datetime
    lines: list[str]


@dataclass(frozen=True)
class ContactLine:
    """A support contact without the phone number: the number is a third party's, and the therapist can ask. Shown
    only when the person ticks the contacts section."""

    name: str
    relation: str
    when_to_call: str


@dataclass(frozen=True)
class PlanView:
    triggers: list[str]
    warning_signs: list[str]
    actions: list[str]
    contacts: list[ContactLine]
    """Empty unless the person ticked the contacts section; ``contact_count`` says how many there are."""
    last_reviewed: datetime | None
    changes: list[PlanChange]
    contact_count: int = 0


@dataclass(frozen=True)
class GoalLine:
    week_start: date
    text: str
    done: bool


@dataclass(frozen=True)
class SharedItem:
    """A reflection, journal entry, set of session notes or therapy notes the person chose to share."""

    kind: str
    """``"reflection"`` or an ``EntryKind`` value (``"entry"``, ``"session_note"``, ``"therapy_note"``)."""
    at: datetime
    title: str
    text: str

    @property
    def label(self) -> str:
        return translate("Summary", SHARED_LABELS.get(self.kind, SHARED_LABELS["entry"]))


SHARED_LABELS = {
    "reflection": translatable("Summary", "Reflection"),
    "entry": translatable("Summary", "Journal entry"),
    "session_note": translatable("Summary", "Session notes (written in session review)"),
    "therapy_note": translatable("Summary", "Therapy notes"),
}
UNTITLED = {
    "entry": translatable("Summary", "Journal entry"),
    "session_note": translatable("Summary", "Session notes"),
    "therapy_note": translatable("Summary", "Therapy notes"),
}


@dataclass(frozen=True)
class SinceLast:
    """What changed since the last exported summary (or within the period, when there was none)."""

    since: date | None
    """The day after the last summary's period ended; ``None`` when no summary was made before."""
    plan_changes: list[PlanChange]
    new_triggers: list[str]
    other: list[str]

    @property
    def empty(self) -> bool:
        return not (self.plan_changes or self.new_triggers or self.other)


@dataclass(frozen=True)
class ChartSpec:
    """A chart to draw for the period; the export layer turns ``key`` into a picture with the Insights builders."""

    key: str
    title: str
    description: str


CHARTS = (
    ChartSpec(
        "triggers",
        translatable("Summary chart", "Which triggers"),
        translatable(
            "Summary chart",
            "How often each trigger was ticked on a check-in or tagged on a journal entry (private entries are not "
            "counted), by kind.",
        ),
    ),
    ChartSpec(
        "when",
        translatable("Summary chart", "When"),
        translatable("Summary chart", "Triggers ticked on check-ins, by weekday and time of day."),
    ),
    ChartSpec(
        "trend",
        translatable("Summary chart", "How I've been"),
        translatable("Summary chart", "Mood and craving from check-ins through the period, with a 7-day mean."),
    ),
    ChartSpec(
        "helps",
        translatable("Summary chart", "What helps"),
        translatable(
            "Summary chart",
            "Coping tools ranked by how much craving fell after using them (ranked only from {rated} or more uses "
            "rated before and after).",
        ),
    ),
)


def charts() -> tuple[ChartSpec, ...]:
    """The summary's charts, their titles and descriptions in the current language."""
    return tuple(
        ChartSpec(
            spec.key,
            translate("Summary chart", spec.title),
            translate("Summary chart", spec.description).format(rated=patterns.MIN_RATED_TO_RANK),
        )
        for spec in CHARTS
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
    flags: list[Flag] = field(default_factory=list)
    since: SinceLast = SinceLast(None, [], [], [])
    findings: list[str] = field(default_factory=list)
    measures: MeasuresSection | None = None

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
        if self.options.brief_only and section not in BRIEF_SECTIONS:
            return False
        return section in self.options.sections

    @property
    def sections(self) -> list[Section]:
        """The included sections in reading order (only the brief's when ``brief_only``)."""
        return [section for section in Section if self.has(section)]

    @property
    def goals_kept(self) -> tuple[int, int]:
        return sum(goal.done for goal in self.goals), len(self.goals)


def _within(moment: datetime, start: date, end: date) -> bool:
    return start <= local_day(moment) <= end


def _mean(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return fmean(present) if present else None


def _facts(data: patterns.PatternData | None, period: patterns.Period) -> patterns.PatternData:
    return data if data is not None else patterns.PatternData(period=period)


def _sober_lines(data: SummaryData, start: date, end: date, today: date) -> list[SoberLine]:
    """Streaks as of the end of the period (or today, if sooner) and the sober days that fell inside it. Today is
    not over, so it counts as neither a sober day nor a lapse day yet (``open_days``)."""
    as_of = min(end + timedelta(days=1), today)
    open_days = max(0, (end - max(start, today)).days + 1)
    lines = []
    for status in sobriety.statuses(data.substances, data.lapses, as_of):
        in_period = 0
        for run in status.runs:
            first, last = max(run.start, start), min(run.end, end)
            in_period += max(0, (last - first).days + 1)
        lapses = sum(start <= day <= end for day in status.lapse_days)
        lines.append(
            SoberLine(
                status.substance,
                status.current_days,
                status.longest_days,
                status.total_days,
                in_period,
                lapses,
                open_days,
            )
        )
    return lines


def _attendance(data: SummaryData, options: SummaryOptions, today: date) -> Attendance:
    """Hours and sessions of the period by phase, and the week rows the Treatment page shows for its weeks."""
    plan = data.attendance or AttendancePlan(0.0, first_day=data.week_start)
    sessions = [item for item in data.sessions if _within(item.at, options.start, options.end)]
    phases = [plan.phase(day) for day in options.period.each_day()]
    program_days, aftercare_days = phases.count("program"), phases.count("aftercare")
    in_program = [item for item in sessions if plan.phase(local_day(item.at)) == "program"]
    aftercare = [item for item in sessions if plan.phase(local_day(item.at)) == "aftercare"]
    weeks = weekly_attendance(data.sessions, plan.hours_per_week, through=options.end, plan=plan, since=options.start)
    first_week = week_start(options.start, plan.first_day)
    shown = sorted(
        (week for week in weeks if first_week <= week.week_start <= options.end), key=lambda week: week.week_start
    )
    aim = plan.aftercare_per_week
    has_target = data.attendance is not None
    return Attendance(
        sessions=len(sessions),
        hours=sum(item.hours for item in sessions),
        program_days=program_days,
        program_hours=sum(item.hours for item in in_program),
        program_target=plan.hours_per_week * program_days / 7 if has_target and program_days else None,
        aftercare_days=aftercare_days,
        aftercare_sessions=len(aftercare),
        aftercare_target=aim * aftercare_days / 7 if aim is not None and aftercare_days else None,
        hours_per_week=plan.hours_per_week if has_target else None,
        weeks=shown,
    )


def _glance(data: SummaryData, options: SummaryOptions, today: date) -> Glance:
    period = options.period
    facts = _facts(data.facts, period)
    before = _facts(data.previous_facts, period.previous())
    current, previous = patterns.checkin_stats(facts), patterns.checkin_stats(before)
    comparable = patterns.enough_coverage(previous.days, period.days)
    ratings = sorted(facts.ratings, key=lambda rating: rating.at)
    previous_ratings = before.ratings
    rating_days = len({rating.at.date() for rating in previous_ratings})
    ratings_comparable = patterns.enough_coverage(rating_days, period.days)
    return Glance(
        sober=_sober_lines(data, options.start, options.end, today),
        checkins=current.count,
        previous_checkins=previous.count,
        checkin_days=current.days,
        previous_days=previous.days,
        counted_days=max(0, (min(options.end, today) - options.start).days + 1),
        comparable=comparable,
        mood=Change(current.mood, previous.mood, comparable),
        craving=Change(current.craving, previous.craving, comparable),
        doing=Change(_mean(r.rating for r in ratings), _mean(r.rating for r in previous_ratings), ratings_comparable),
        doing_ratings=[(local_day(r.at), r.rating) for r in ratings],
        previous_rating_days=rating_days,
        attendance=_attendance(data, options, today),
    )


def _trigger_rows(facts: patterns.PatternData) -> list[TriggerRow]:
    """The most logged triggers of the period — exactly Insights' "Which triggers" counts — with the mean craving on
    the check-ins where each was present."""
    cravings = {row.trigger_id: row.mean for row in patterns.trigger_cravings(facts).rows}
    kinds = {kind.value: kind.label for kind in TriggerKind}
    counts = patterns.trigger_counts(facts)
    return [
        TriggerRow(
            row.name,
            kinds.get(row.kind, row.kind),
            row.count,
            cravings.get(row.trigger_id),
            row.previous if counts.comparable else None,
        )
        for row in counts.rows
        if row.count
    ][:TOP_TRIGGERS]


def _coping_rows(facts: patterns.PatternData) -> list[CopingRow]:
    return [
        CopingRow(row.name, row.uses, row.rated, row.mean_drop, row.ranked)
        for row in patterns.coping_effects(facts).rows
    ]


def _changes(versions: list[PlanVersion]) -> list[PlanChange]:
    return [
        PlanChange(version.reviewed_at, _version_changes(versions[index - 1] if index else None, version))
        for index, version in enumerate(versions)
    ]


def _plan_view(data: SummaryData, options: SummaryOptions) -> PlanView:
    start, end = options.start, options.end
    actions = {action.id: action.name for action in data.coping_actions}
    versions = sorted(data.plan_versions, key=lambda version: version.reviewed_at)
    reviewed = [version for version in versions if local_day(version.reviewed_at) <= end]
    contacts = [ContactLine(c.name, c.relation, c.when_to_call) for c in data.contacts]
    return PlanView(
        triggers=list(data.plan_triggers),
        warning_signs=list(data.plan_warning_signs),
        actions=[actions[action_id] for action_id in data.plan_action_ids if action_id in actions],
        contacts=contacts if Section.CONTACTS in options.sections and not options.brief_only else [],
        last_reviewed=reviewed[-1].reviewed_at if reviewed else None,
        changes=[change for change in _changes(reviewed) if _within(change.at, start, end)],
        contact_count=len(contacts),
    )


def _since(data: SummaryData, options: SummaryOptions, plan: PlanView) -> SinceLast:
    """Plan reviews and triggers added since the last summary (the day after its period ended), or within this
    period when there was no summary before; ``extra_changes`` come from other parts of the app."""
    if data.last_export is None:
        return SinceLast(None, plan.changes, [name for at, name in data.new_triggers], list(data.extra_changes))
    since = data.last_export + timedelta(days=1)
    versions = sorted(data.plan_versions, key=lambda version: version.reviewed_at)
    changes = [change for change in _changes(versions) if since <= local_day(change.at) <= max(options.end, since)]
    return SinceLast(since, changes, [name for at, name in data.new_triggers], list(data.extra_changes))


def _version_changes(before: PlanVersion | None, version: PlanVersion) -> list[str]:
    """What a review changed: from the snapshots when both are there, else the note kept with the review."""
    if version.snapshot and (before is None or before.snapshot):
        return diff_snapshots(before.snapshot if before else None, version.snapshot)
    return [line for line in version.changes.splitlines() if line.strip()] or [translate("Summary", "Reviewed.")]


def _shared(data: SummaryData, options: SummaryOptions) -> list[SharedItem]:
    """Only what the person chose. Private entries never, whatever the options say."""
    items = [
        SharedItem("reflection", item.at, item.prompt_text or translate("Summary", "Reflection"), item.answer)
        for item in data.reflections
        if item.id in options.reflection_ids and _within(item.at, options.start, options.end)
    ]
    items += [
        SharedItem(str(item.kind), item.created_at, item.title or translate("Summary", UNTITLED[item.kind]), item.body)
        for item in data.entries
        if not item.private and item.id in options.entry_ids and _within(item.created_at, options.start, options.end)
    ]
    return sorted(items, key=lambda item: item.at)


def _flags(data: SummaryData, options: SummaryOptions, facts: patterns.PatternData, glance: Glance, today: date):
    period = options.period
    lapses = [
        brief.LapseFact(local_day(item.at), item.substance)
        for item in sorted(data.lapses, key=lambda lapse: lapse.at)
        if _within(item.at, options.start, options.end)
    ]
    return brief.ordered(
        [
            brief.lapse_flag(lapses),
            *data.extra_flags,
            brief.craving_flag(facts.checkins, data.craving_threshold),
            brief.trend_flag(facts.checkins, period, today),
            brief.attendance_flag(glance.attendance.weeks, period, today) if data.attendance else None,
            brief.gaps_flag(facts.checkins, period, today),
        ]
    )


def build_summary(data: SummaryData, options: SummaryOptions, now: datetime) -> Summary:
    """The whole summary for ``options``; ``now`` is when it was made (and bounds the sobriety counts)."""
    start, end = options.start, options.end
    today = now.date()
    facts = _facts(data.facts, options.period)
    lapses = [
        LapseItem(item.at, item.substance, item.amount, item.context, item.what_helped, item.note)
        for item in sorted(data.lapses, key=lambda lapse: lapse.at)
        if _within(item.at, start, end)
    ]
    goals = [
        GoalLine(week, goal.text, goal.done)
        for week, goal in sorted(
            ((goal_week(goal.week_start, data.week_start), goal) for goal in data.goals),
            key=lambda pair: (pair[0], pair[1].id or 0),
        )
        if week_start(start, data.week_start) <= week <= end
    ]
    glance = _glance(data, options, today)
    plan = _plan_view(data, options)
    return Summary(
        options=options,
        made_at=now,
        glance=glance,
        charts=charts(),
        patterns=facts,
        triggers=_trigger_rows(facts),
        lapses=lapses,
        coping=_coping_rows(facts),
        plan=plan,
        goals=goals,
        shared=_shared(data, options),
        topics=options.topics.strip(),
        flags=_flags(data, options, facts, glance, today),
        since=_since(data, options, plan),
        findings=list(data.findings),
        measures=measures_section(data.measures, start, end),
    )
