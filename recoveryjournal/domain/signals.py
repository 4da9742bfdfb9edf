"""What stands out in a person's own recent data on a given day, each with a plain-language reason.

The prompt engine reads these signals to choose today's question and to say why it asks. Everything here is pure:
the store gathers the records (``store/reflection_data.py``) and passes ``now`` in, so day boundaries test exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean
from typing import TYPE_CHECKING

from recoveryjournal.domain import dates
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.day_parts import time_of_day
from recoveryjournal.domain.milestones import milestones
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance
from recoveryjournal.domain.numbers import decimals, half_up
from recoveryjournal.domain.plan import DEFAULT_REVIEW_DAYS, coping_effectiveness, review_status
from recoveryjournal.domain.plan_models import WeeklyGoal
from recoveryjournal.domain.sobriety import statuses
from recoveryjournal.domain.weeks import day_of_week, goal_week, week_start
from recoveryjournal.i18n import translatable, translate

if TYPE_CHECKING:
    from recoveryjournal.domain.findings import WeeklyFinding

RECENT_DAYS = 7
BASELINE_DAYS = 28
WINDOW_DAYS = RECENT_DAYS + BASELINE_DAYS
HIGH_CRAVING = 7
AWAY_DAYS = 3
LAPSE_DAYS = 14
MILESTONE_BEHIND = 2
MILESTONE_AHEAD = 3
NEW_START_WEEKS = 4
NOTABLE = 0.5
"""A signal at least this strong "stands out"; weaker ones only nudge the choice between prompts."""

SIGNAL_LABELS: dict[str, str] = {
    "mood_down": translatable("Signals", "Mood lower than usual this week"),
    "mood_up": translatable("Signals", "Mood better than usual this week"),
    "craving_up": translatable("Signals", "Cravings stronger than usual this week"),
    "craving_down": translatable("Signals", "Cravings easing this week"),
    "high_craving": translatable("Signals", "A strong craving this week"),
    "trigger_spike": translatable("Signals", "A trigger showing up more than usual"),
    "away": translatable("Signals", "A few days since the last check-in or entry"),
    "recent_lapse": translatable("Signals", "A lapse in the last two weeks"),
    "milestone_reached": translatable("Signals", "A sobriety milestone just reached"),
    "milestone_near": translatable("Signals", "A sobriety milestone coming up"),
    "plan_review_due": translatable("Signals", "Plan due for a review"),
    "goals_due": translatable("Signals", "Weekly goals to set or finish"),
    "coping_worked": translatable("Signals", "A coping action that helped"),
    "coping_untried": translatable("Signals", "Coping ideas not tried yet"),
    "morning": translatable("Signals", "Morning"),
    "afternoon": translatable("Signals", "Afternoon"),
    "evening": translatable("Signals", "Evening"),
    "night": translatable("Signals", "Night"),
    "new_start": translatable("Signals", "The first weeks of the program"),
    "hard_day": translatable("Signals", "A time that tends to be harder, by your own check-ins"),
    "trigger_pattern": translatable("Signals", "A trigger that goes with stronger cravings, by your own check-ins"),
    "coping_pattern": translatable("Signals", "A coping tool that goes with a bigger drop in craving"),
    "quiet": translatable("Signals", "Nothing in particular stands out"),
}

_COUNT_WORDS = {1: translatable("Signals", "once"), 2: translatable("Signals", "twice")}
_NUMBER_WORDS = (
    translatable("Signals", "no"),
    translatable("Signals", "one"),
    translatable("Signals", "two"),
    translatable("Signals", "three"),
    translatable("Signals", "four"),
    translatable("Signals", "five"),
    translatable("Signals", "six"),
    translatable("Signals", "seven"),
    translatable("Signals", "eight"),
    translatable("Signals", "nine"),
    translatable("Signals", "ten"),
)


def times(count: int) -> str:
    """'once', 'twice', 'four times', '12 times' — how a person would say it."""
    if count in _COUNT_WORDS:
        return translate("Signals", _COUNT_WORDS[count])
    return translate("Signals", "{number} times").format(number=number_word(count))


def number_word(count: int) -> str:
    return translate("Signals", _NUMBER_WORDS[count]) if 0 <= count < len(_NUMBER_WORDS) else str(count)


@dataclass
class SignalInputs:
    """The plain data the signals need; ``checkins``, ``entries`` and ``coping_uses`` cover ``WINDOW_DAYS``."""

    now: datetime
    checkins: list[CheckIn] = field(default_factory=list)
    entries: list[JournalEntry] = field(default_factory=list)
    trigger_names: dict[int, str] = field(default_factory=dict)
    coping_uses: list[CopingUse] = field(default_factory=list)
    coping_actions: list[CopingAction] = field(default_factory=list)
    coping_used_ids: set[int] = field(default_factory=set)
    last_activity: datetime | None = None
    lapses: list[Lapse] = field(default_factory=list)
    substances: list[Substance] = field(default_factory=list)
    plan_reviewed_at: datetime | None = None
    plan_review_days: int = DEFAULT_REVIEW_DAYS
    weekly_goals: list[WeeklyGoal] = field(default_factory=list)
    """This week's goals (``store.plan.goals`` of the week holding ``now``)."""
    week_start: str = "monday"
    program_start: date | None = None
    finding: WeeklyFinding | None = None
    """This week's finding in the person's data (see ``domain.findings``), unless they set it aside."""


@dataclass(frozen=True)
class Signal:
    name: str
    reason: str
    weight: float

    @property
    def notable(self) -> bool:
        return self.weight >= NOTABLE


@dataclass(frozen=True)
class TriggerRise:
    name: str
    recent: int
    usual_per_week: float


@dataclass(frozen=True)
class CopingResult:
    name: str
    uses: int
    mean_drop: float | None


@dataclass(frozen=True)
class Milestone:
    substance: str
    label: str
    on: date
    days_away: int
    """0 = today, negative = reached that many days ago, positive = still to come."""


@dataclass
class Signals:
    """Everything the engine and the weekly review need to know about one day, numbers included."""

    day: date
    time_of_day: str
    active: dict[str, Signal] = field(default_factory=dict)
    mood_recent: float | None = None
    mood_before: float | None = None
    craving_recent: float | None = None
    craving_before: float | None = None
    high_cravings: int = 0
    trigger: TriggerRise | None = None
    days_since_activity: int | None = None
    lapse_days_ago: int | None = None
    milestone: Milestone | None = None
    days_since_plan_review: int | None = None
    goals_open: int = 0
    goals_total: int = 0
    coping_worked: list[CopingResult] = field(default_factory=list)
    coping_untried: list[str] = field(default_factory=list)
    weeks_in_program: int | None = None

    def has(self, name: str) -> bool:
        return name in self.active

    @property
    def notable(self) -> list[Signal]:
        """The signals that stand out, strongest first."""
        found = [signal for signal in self.active.values() if signal.notable]
        return sorted(found, key=lambda signal: (-signal.weight, signal.name))

    @property
    def quiet(self) -> bool:
        return not self.notable


def trigger_counts(
    checkins: list[CheckIn], entries: list[JournalEntry], names: dict[int, str], start: date, end: date
) -> Counter[str]:
    """How often each trigger was logged on check-ins and entries from ``start`` up to (not including) ``end``."""
    counts: Counter[str] = Counter()
    for at, trigger_ids in [(c.at, c.trigger_ids) for c in checkins] + [(e.created_at, e.trigger_ids) for e in entries]:
        if start <= at.date() < end:
            counts.update(names[trigger_id] for trigger_id in trigger_ids if trigger_id in names)
    return counts


def coping_results(uses: list[CopingUse], actions: list[CopingAction], start: date, end: date) -> list[CopingResult]:
    """Coping actions used in the period, with how much the craving fell on average (before − after), best first."""
    names = {action.id: action.name for action in actions}
    stats = coping_effectiveness(use for use in uses if start <= use.at.date() < end and use.action_id in names)
    results = [CopingResult(names[action_id], tool.uses, tool.mean_drop) for action_id, tool in stats.items()]
    return sorted(results, key=lambda r: (-(r.mean_drop or 0), -r.uses, r.name))


def compute_signals(data: SignalInputs) -> Signals:
    """The signals for the day of ``data.now``."""
    today = data.now.date()
    signals = Signals(day=today, time_of_day=time_of_day(data.now))
    add = signals.active.__setitem__
    tod = signals.time_of_day
    add(tod, Signal(tod, f"It's {'night-time' if tod == 'night' else 'the ' + tod}.", 0.1))
    _trends(data, signals, today)
    _trigger_rise(data, signals, today)
    _activity(data, signals, today)
    _lapse(data, signals, today)
    _milestone(data, signals, today)
    _plan_and_goals(data, signals, today)
    _coping(data, signals, today)
    _program(data, signals, today)
    _finding(data, signals, today)
    if signals.quiet:
        add("quiet", Signal("quiet", "Things look steady lately.", 0.2))
    return signals


def _window(day: date, today: date) -> str | None:
    age = (today - day).days
    if 0 <= age < RECENT_DAYS:
        return "recent"
    if RECENT_DAYS <= age < WINDOW_DAYS:
        return "before"
    return None


def _split(values: list[tuple[date, int]], today: date) -> tuple[list[int], list[int]]:
    recent = [value for day, value in values if _window(day, today) == "recent"]
    before = [value for day, value in values if _window(day, today) == "before"]
    return recent, before


def _trends(data: SignalInputs, signals: Signals, today: date) -> None:
    moods = [(c.at.date(), c.mood) for c in data.checkins if c.mood is not None]
    cravings = [(c.at.date(), c.craving) for c in data.checkins if c.craving is not None]
    mood_recent, mood_before = _split(moods, today)
    craving_recent, craving_before = _split(cravings, today)
    add = signals.active.__setitem__
    if len(mood_recent) >= 2 and len(mood_before) >= 3:
        signals.mood_recent, signals.mood_before = mean(mood_recent), mean(mood_before)
        change = signals.mood_recent - signals.mood_before
        numbers = translate("Signals", "{recent} out of 5 this week, against {before} in the weeks before").format(
            recent=decimals(signals.mood_recent), before=decimals(signals.mood_before)
        )
        if change <= -0.5:
            add(
                "mood_down",
                Signal(
                    "mood_down",
                    translate("Signals", "Your mood has been lower lately: {numbers}.").format(numbers=numbers),
                    min(0.9, 0.6 + -change / 5),
                ),
            )
        elif change >= 0.5:
            add(
                "mood_up",
                Signal(
                    "mood_up",
                    translate("Signals", "Your mood has lifted lately: {numbers}.").format(numbers=numbers),
                    0.5,
                ),
            )
    if len(craving_recent) >= 2 and len(craving_before) >= 3:
        signals.craving_recent, signals.craving_before = mean(craving_recent), mean(craving_before)
        change = signals.craving_recent - signals.craving_before
        numbers = translate("Signals", "{recent} out of 10 this week, against {before} in the weeks before").format(
            recent=decimals(signals.craving_recent), before=decimals(signals.craving_before)
        )
        if change >= 1:
            add(
                "craving_up",
                Signal(
                    "craving_up",
                    translate("Signals", "Your cravings have been stronger: {numbers}.").format(numbers=numbers),
                    min(0.9, 0.6 + change / 20),
                ),
            )
        elif change <= -1:
            add(
                "craving_down",
                Signal(
                    "craving_down",
                    translate("Signals", "Your cravings have eased: {numbers}.").format(numbers=numbers),
                    0.5,
                ),
            )
    high = [c for c in data.checkins if c.craving is not None and c.craving >= HIGH_CRAVING]
    high = [c for c in high if _window(c.at.date(), today) == "recent"]
    signals.high_cravings = len(high)
    if high:
        strongest = max(c.craving for c in high)
        reason = translate(
            "Signals", "You noted a strong craving (up to {strongest} out of 10) {times} in the last seven days."
        ).format(strongest=strongest, times=times(len(high)))
        add("high_craving", Signal("high_craving", reason, 0.8))


def _trigger_rise(data: SignalInputs, signals: Signals, today: date) -> None:
    recent_start = today - timedelta(days=RECENT_DAYS - 1)
    recent = trigger_counts(data.checkins, data.entries, data.trigger_names, recent_start, today + timedelta(days=1))
    before = trigger_counts(
        data.checkins, data.entries, data.trigger_names, today - timedelta(days=WINDOW_DAYS - 1), recent_start
    )
    candidates = []
    for name, count in recent.items():
        usual = before[name] / (BASELINE_DAYS / RECENT_DAYS)
        if count >= 3 and count >= 2 * usual:
            candidates.append((count - usual, count, name, usual))
    if not candidates:
        return
    rise, count, name, usual = max(candidates, key=lambda c: (c[0], c[1], c[2]))
    signals.trigger = TriggerRise(name, count, usual)
    if usual < 0.25:
        usual_text = translate("Signals", "you hardly logged it in the weeks before")
    else:
        usual_text = translate("Signals", "about {times} a week before").format(
            times=times(max(1, int(half_up(usual, 0))))
        )
    reason = translate("Signals", "You logged '{name}' {times} this week, more than usual ({usual}).").format(
        name=name, times=times(count), usual=usual_text
    )
    signals.active["trigger_spike"] = Signal("trigger_spike", reason, min(0.85, 0.6 + rise / 20))


def _activity(data: SignalInputs, signals: Signals, today: date) -> None:
    if data.last_activity is None:
        return
    days = (today - data.last_activity.date()).days
    signals.days_since_activity = days
    if days >= AWAY_DAYS:
        reason = translate("Signals", "It's been {days} days since you last checked in or wrote. Welcome back.").format(
            days=days
        )
        signals.active["away"] = Signal("away", reason, 0.6)


def _lapse(data: SignalInputs, signals: Signals, today: date) -> None:
    past = [lapse for lapse in data.lapses if lapse.at.date() <= today]
    if not past:
        return
    latest = max(past, key=lambda lapse: lapse.at)
    days = (today - latest.at.date()).days
    if days >= LAPSE_DAYS:
        return
    signals.lapse_days_ago = days
    when = (
        translate("Signals", "today")
        if days == 0
        else translate("Signals", "yesterday")
        if days == 1
        else translate("Signals", "{days} days ago").format(days=days)
    )
    reason = translate(
        "Signals", "You noted a lapse {when}. A lapse is information, and you're still here, still writing."
    ).format(when=when)
    signals.active["recent_lapse"] = Signal("recent_lapse", reason, 1.0)


def _milestone(data: SignalInputs, signals: Signals, today: date) -> None:
    found: list[Milestone] = []
    for streak in statuses(data.substances, data.lapses, today):
        for milestone in milestones(streak.current.start):
            days_away = (milestone.on - today).days
            if days_away > MILESTONE_AHEAD:
                break
            if days_away >= -MILESTONE_BEHIND:
                found.append(Milestone(streak.substance, milestone.label, milestone.on, days_away))
    if not found:
        return
    milestone = min(found, key=lambda m: (abs(m.days_away), m.days_away > 0, m.substance))
    signals.milestone = milestone
    without = translate("Signals", "{milestone} without {substance}").format(
        milestone=milestone.label, substance=milestone.substance.lower()
    )
    if milestone.days_away <= 0:
        when = {0: translate("Signals", "today"), -1: translate("Signals", "yesterday")}.get(
            milestone.days_away,
            translate("Signals", "on {weekday}").format(weekday=dates.weekday_name(milestone.on.weekday())),
        )
        reason = translate("Signals", "You reached {without} {when}.").format(without=without, when=when)
        signals.active["milestone_reached"] = Signal("milestone_reached", reason, 0.9)
    else:
        when = (
            translate("Signals", "tomorrow")
            if milestone.days_away == 1
            else translate("Signals", "in {days} days").format(days=milestone.days_away)
        )
        reason = translate("Signals", "You'll reach {without} {when}.").format(without=without, when=when)
        signals.active["milestone_near"] = Signal("milestone_near", reason, 0.7)


def _plan_and_goals(data: SignalInputs, signals: Signals, today: date) -> None:
    last_review = data.plan_reviewed_at.date() if data.plan_reviewed_at else None
    review = review_status(last_review, data.plan_review_days, today)
    if last_review is not None:
        signals.days_since_plan_review = (today - last_review).days
    # With no review yet, a new journal is not nagged: the reminder waits until the program is a month old.
    settled = last_review is not None or (
        data.program_start is not None and (today - data.program_start).days >= DEFAULT_REVIEW_DAYS
    )
    if review.due and settled:
        signals.active["plan_review_due"] = Signal("plan_review_due", review.message, 0.55)
    this_week = week_start(today, data.week_start)
    goals = [goal for goal in data.weekly_goals if goal_week(goal.week_start, data.week_start) == this_week]
    signals.goals_total = len(goals)
    signals.goals_open = sum(not goal.done for goal in goals)
    weekday = day_of_week(today, data.week_start)
    if not goals and weekday <= 1:
        reason = translate("Signals", "It's the start of the week and no goals are set for it yet.")
        signals.active["goals_due"] = Signal("goals_due", reason, 0.5)
    elif signals.goals_open and weekday >= 4:
        to_go = translate("Signals", "%n day(s)", None, 7 - weekday)
        if len(goals) == 1:
            reason = translate("Signals", "This week's goal is still open, with {to_go} to go.")
        elif signals.goals_open == 1:
            reason = translate("Signals", "{open} of this week's {total} goals is still open, with {to_go} to go.")
        else:
            reason = translate("Signals", "{open} of this week's {total} goals are still open, with {to_go} to go.")
        reason = reason.format(
            open=number_word(signals.goals_open).capitalize(), total=number_word(len(goals)), to_go=to_go
        )
        signals.active["goals_due"] = Signal("goals_due", reason, 0.5)


def _coping(data: SignalInputs, signals: Signals, today: date) -> None:
    results = coping_results(
        data.coping_uses, data.coping_actions, today - timedelta(days=WINDOW_DAYS - 1), today + timedelta(days=1)
    )
    signals.coping_worked = [r for r in results if r.mean_drop is not None and r.mean_drop >= 2]
    if signals.coping_worked:
        best = signals.coping_worked[0]
        reason = translate(
            "Signals", "'{name}' helped lately: your craving fell by {drop} points on average ({uses})."
        ).format(name=best.name, drop=decimals(best.mean_drop), uses=translate("Signals", "%n use(s)", None, best.uses))
        signals.active["coping_worked"] = Signal("coping_worked", reason, 0.4)
    signals.coping_untried = sorted(
        action.name for action in data.coping_actions if action.id not in data.coping_used_ids and not action.archived
    )
    if signals.coping_untried:
        reason = translate("Signals", "There are ideas in your toolbox you haven't tried yet, like '{name}'.").format(
            name=signals.coping_untried[0]
        )
        signals.active["coping_untried"] = Signal("coping_untried", reason, 0.2)


def _program(data: SignalInputs, signals: Signals, today: date) -> None:
    if data.program_start is None or data.program_start > today:
        return
    signals.weeks_in_program = (today - data.program_start).days // 7
    if signals.weeks_in_program < NEW_START_WEEKS:
        week = signals.weeks_in_program + 1
        reason = translate("Signals", "You're in week {week} of your program.").format(week=week)
        signals.active["new_start"] = Signal("new_start", reason, 0.2)


def _finding(data: SignalInputs, signals: Signals, today: date) -> None:
    """The week's finding, when it bears on today: a weekday or time of day that tends to be harder, a trigger that
    goes with stronger cravings, a coping tool that goes with a bigger drop."""
    found = data.finding
    if found is None or not found.key or found.dismissed:
        return
    kind, *rest = found.key.split(":")
    hard = (rest[-1] == "craving" and found.effect > 0) or (rest[-1] == "mood" and found.effect < 0)
    said = found.headline[:1].lower() + found.headline[1:] if found.headline[:1].isupper() else found.headline
    reason = translate("Signals", "Your check-ins of the last 90 days show a pattern: {pattern}.").format(pattern=said)
    if hard and kind in ("weekday", "slot", "part"):
        on_day = kind == "part" or int(rest[0]) == today.weekday()
        at_time = kind == "weekday" or rest[-2] == signals.time_of_day
        if on_day and at_time:
            signals.active["hard_day"] = Signal("hard_day", reason, 0.65)
    elif hard and kind == "trigger":
        signals.active["trigger_pattern"] = Signal("trigger_pattern", reason, 0.5)
    elif kind == "coping" and found.effect > 0:
        signals.active["coping_pattern"] = Signal("coping_pattern", reason, 0.45)
