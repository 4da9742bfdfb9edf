"""The relapse-prevention plan as plain data: suggestions from the person's own log, completeness, reviews and goals.

Nothing here reads the clock or the database: the page passes in what the store returned and today's date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from statistics import fmean

from recoveryjournal.domain import dates
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.models import CheckIn, Trigger, emotion_label
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.plan_models import SupportContact, WeeklyGoal
from recoveryjournal.domain.weeks import goal_week
from recoveryjournal.i18n import translatable, translate

MIN_ACTIONS = 3
DEFAULT_REVIEW_DAYS = 30
REVIEW_DAYS_KEY = "plan_review_days"
HELP_NOW_THRESHOLD_KEY = "help_now_threshold"
DEFAULT_HELP_NOW_THRESHOLD = 8
CONTACT_FIELDS = ("name", "relation", "phone", "when_to_call")
CONTACT_FIELD_LABELS = {
    "name": translatable("Plan", "name"),
    "relation": translatable("Plan", "relation"),
    "phone": translatable("Plan", "phone"),
    "when_to_call": translatable("Plan", "when to call"),
}
LIST_LABELS = {
    "triggers": translatable("Plan", "trigger"),
    "warning_signs": translatable("Plan", "warning sign"),
    "actions": translatable("Plan", "go-to action"),
}


# --- step 1: triggers suggested from the data -------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerSuggestion:
    trigger_id: int
    name: str
    count: int
    mean_craving: float | None
    reason: str

    @property
    def label(self) -> str:
        text = translate("Plan", "{name} — logged %n time(s)", None, self.count).format(name=self.name)
        if self.mean_craving is not None:
            text += translate("Plan", ", craving {craving} on average").format(craving=decimals(self.mean_craving))
        return text


def suggest_triggers(
    triggers: Iterable[Trigger],
    checkins: Iterable[CheckIn],
    exclude: Iterable[str] = (),
    limit: int = 5,
    min_cravings: int = 2,
) -> list[TriggerSuggestion]:
    """The triggers logged most often, then those with the highest mean craving (rated at least ``min_cravings``
    times), skipping names already in the plan. Each comes with its count so the person sees why."""
    by_id = {trigger.id: trigger for trigger in triggers if not trigger.archived}
    skip = {text.strip().casefold() for text in exclude}
    counts: dict[int, int] = defaultdict(int)
    cravings: dict[int, list[int]] = defaultdict(list)
    for checkin in checkins:
        for trigger_id in dict.fromkeys(checkin.trigger_ids):
            if trigger_id not in by_id:
                continue
            counts[trigger_id] += 1
            if checkin.craving is not None:
                cravings[trigger_id].append(checkin.craving)
    candidates = [tid for tid in counts if by_id[tid].name.strip().casefold() not in skip]

    def mean(tid: int) -> float | None:
        return fmean(cravings[tid]) if cravings[tid] else None

    often = sorted(candidates, key=lambda tid: (-counts[tid], by_id[tid].name.casefold()))[:limit]
    rated = [tid for tid in candidates if len(cravings[tid]) >= min_cravings and tid not in often]
    strong = sorted(rated, key=lambda tid: (-fmean(cravings[tid]), -counts[tid], by_id[tid].name.casefold()))[:limit]
    return [TriggerSuggestion(tid, by_id[tid].name, counts[tid], mean(tid), "often") for tid in often] + [
        TriggerSuggestion(tid, by_id[tid].name, counts[tid], mean(tid), "craving") for tid in strong
    ]


POSITIVE_EMOTIONS = frozenset({"hopeful", "calm", "grateful", "proud", "content"})
STRONG_CRAVING = 6


@dataclass(frozen=True)
class WarningSignSuggestion:
    text: str
    count: int

    @property
    def label(self) -> str:
        return translate("Plan", "{text} — on %n check-in(s) with a strong craving", None, self.count).format(
            text=self.text
        )


def suggest_warning_signs(
    checkins: Iterable[CheckIn], exclude: Iterable[str] = (), limit: int = 3, strong: int = STRONG_CRAVING
) -> list[WarningSignSuggestion]:
    """Hard feelings that keep turning up when the craving is strong (``strong`` or more): often an early sign."""
    skip = {text.strip().casefold() for text in exclude}
    counts: dict[str, int] = defaultdict(int)
    for checkin in checkins:
        if checkin.craving is None or checkin.craving < strong:
            continue
        for emotion in dict.fromkeys(checkin.emotions):
            if emotion.casefold() not in POSITIVE_EMOTIONS:
                counts[translate("Plan", "Feeling {emotion}").format(emotion=emotion_label(emotion).casefold())] += 1
    ranked = sorted((text for text in counts if text.casefold() not in skip), key=lambda t: (-counts[t], t))
    return [WarningSignSuggestion(text, counts[text]) for text in ranked[:limit]]


# --- step 2: weekly goals ---------------------------------------------------------------------------------------


def goals_to_offer(goals: Iterable[WeeklyGoal], this_week: date, first: str) -> list[WeeklyGoal]:
    """Unfinished goals from the most recent earlier week that has goals, not yet carried into ``this_week``; weeks
    start on ``first`` (see ``weeks.goal_week``: a goal set under the other week start still finds its week)."""
    weeks = [(goal_week(goal.week_start, first), goal) for goal in goals]
    carried = {goal.carried_from_id for week, goal in weeks if week == this_week}
    earlier = [week for week, _goal in weeks if week < this_week]
    if not earlier:
        return []
    last_week = max(earlier)
    return [goal for week, goal in weeks if week == last_week and not goal.done and goal.id not in carried]


def carry_forward(goal: WeeklyGoal, this_week: date) -> WeeklyGoal:
    """A fresh, unticked copy of ``goal`` for ``this_week`` that remembers where it came from."""
    return replace(goal, id=None, week_start=this_week, done=False, carried_from_id=goal.id)


# --- step 3: completeness ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Completeness:
    complete: bool
    message: str
    hints: tuple[str, ...] = ()


def plan_completeness(snapshot: dict) -> Completeness:
    """The plan is complete once it has at least three go-to actions; other empty steps are gentle hints."""
    missing = MIN_ACTIONS - len(snapshot.get("actions", []))
    hints = []
    if not snapshot.get("triggers"):
        hints.append(translate("Plan", "Name a few of your triggers, so you can see them coming."))
    if not snapshot.get("warning_signs"):
        hints.append(translate("Plan", "Note the early warning signs that tell you a hard patch is starting."))
    if not snapshot.get("contacts"):
        hints.append(translate("Plan", "Add someone you can call when things get hard."))
    if missing > 0:
        message = translate(
            "Plan",
            "Your plan is not complete yet: add %n more go-to action(s). Having at least {least} gives you a choice "
            "when a craving hits.",
            None,
            missing,
        ).format(least=MIN_ACTIONS)
        return Completeness(False, message, tuple(hints))
    return Completeness(True, translate("Plan", "Your plan has everything it needs. Keep it close."), tuple(hints))


# --- step 5: review, snapshots and what changed -----------------------------------------------------------------


def plan_snapshot(
    triggers: Iterable[str],
    warning_signs: Iterable[str],
    actions: Iterable[str],
    contacts: Iterable[SupportContact],
    goals: Iterable[WeeklyGoal] = (),
) -> dict:
    """The plan as it stands, as JSON-ready data to keep with a review."""
    return {
        "triggers": list(triggers),
        "warning_signs": list(warning_signs),
        "actions": list(actions),
        "contacts": [{field: getattr(contact, field) for field in CONTACT_FIELDS} for contact in contacts],
        "goals": [{"text": goal.text, "done": goal.done} for goal in goals],
    }


def diff_snapshots(old: dict | None, new: dict) -> list[str]:
    """What changed between two reviews, one plain sentence per change."""
    if old is None:
        return [translate("Plan", "First review: the plan as it stood.")]
    lines: list[str] = []
    for key, label in LIST_LABELS.items():
        lines += _list_changes(old.get(key, []), new.get(key, []), translate("Plan", label))
    lines += _contact_changes(old.get("contacts", []), new.get("contacts", []))
    lines += _goal_changes(old.get("goals", []), new.get("goals", []))
    return lines or [translate("Plan", "No changes since the last review.")]


def _list_changes(old: list[str], new: list[str], label: str) -> list[str]:
    before = {text.casefold() for text in old}
    after = {text.casefold() for text in new}
    added, removed = translate("Plan", "Added {item} “{text}”"), translate("Plan", "Removed {item} “{text}”")
    return [added.format(item=label, text=text) for text in new if text.casefold() not in before] + [
        removed.format(item=label, text=text) for text in old if text.casefold() not in after
    ]


def _contact_changes(old: list[dict], new: list[dict]) -> list[str]:
    before = {contact["name"].casefold(): contact for contact in old}
    after = {contact["name"].casefold(): contact for contact in new}
    lines = []
    for key, contact in after.items():
        if key not in before:
            lines.append(translate("Plan", "Added contact “{name}”").format(name=contact["name"]))
            continue
        changed = [
            translate("Plan", CONTACT_FIELD_LABELS[f])
            for f in CONTACT_FIELDS[1:]
            if before[key].get(f, "") != contact.get(f, "")
        ]
        if changed:
            lines.append(
                translate("Plan", "Updated contact “{name}”: {fields}").format(
                    name=contact["name"], fields=", ".join(changed)
                )
            )
    lines += [
        translate("Plan", "Removed contact “{name}”").format(name=contact["name"])
        for key, contact in before.items()
        if key not in after
    ]
    return lines


def _goal_changes(old: list[dict], new: list[dict]) -> list[str]:
    before = {goal["text"].casefold(): goal for goal in old}
    lines = []
    for goal in new:
        previous = before.get(goal["text"].casefold())
        if previous is None:
            new_goal = (
                translate("Plan", "New goal “{text}” (done)")
                if goal["done"]
                else translate("Plan", "New goal “{text}”")
            )
            lines.append(new_goal.format(text=goal["text"]))
        elif goal["done"] and not previous["done"]:
            lines.append(translate("Plan", "Goal done: “{text}”").format(text=goal["text"]))
    return lines


@dataclass(frozen=True)
class ReviewStatus:
    last_review: date | None
    next_review: date | None
    due: bool
    message: str


def review_status(last_review: date | None, every_days: int, today: date) -> ReviewStatus:
    """When the plan was last looked at and whether a gentle reminder is due."""
    if last_review is None:
        return ReviewStatus(
            None,
            None,
            True,
            translate("Plan", "You haven't reviewed your plan yet. A review saves how it stands today."),
        )
    next_review = last_review + timedelta(days=every_days)
    days = (today - last_review).days
    if today >= next_review:
        message = translate(
            "Plan", "It has been {days} days since your last review — a good moment to look over your plan."
        ).format(days=days)
        return ReviewStatus(last_review, next_review, True, message)
    return ReviewStatus(
        last_review,
        next_review,
        False,
        translate("Plan", "Next review around {day}.").format(day=dates.long_date(next_review)),
    )


# --- the coping toolbox -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolStats:
    action_id: int
    uses: int = 0
    rated: int = 0
    mean_drop: float | None = None
    last_used: datetime | None = None


def coping_effectiveness(uses: Iterable[CopingUse]) -> dict[int, ToolStats]:
    """How often each tool was used and how much craving fell (before − after), over uses with both ratings."""
    grouped: dict[int, list[CopingUse]] = defaultdict(list)
    for use in uses:
        grouped[use.action_id].append(use)
    stats = {}
    for action_id, group in grouped.items():
        drops = [u.craving_before - u.craving_after for u in group if None not in (u.craving_before, u.craving_after)]
        stats[action_id] = ToolStats(
            action_id=action_id,
            uses=len(group),
            rated=len(drops),
            mean_drop=fmean(drops) if drops else None,
            last_used=max(u.at for u in group),
        )
    return stats


def untried_ideas(
    actions: Iterable[CopingAction], stats: dict[int, ToolStats], today: date, limit: int = 3
) -> list[CopingAction]:
    """Ideas from the catalogue never used yet; the choice turns with the day so different ones come up."""
    untried = sorted(
        (a for a in actions if not a.archived and not a.custom and stats.get(a.id, ToolStats(a.id)).uses == 0),
        key=lambda action: action.name.casefold(),
    )
    if not untried:
        return []
    start = today.toordinal() % len(untried)
    rotated = untried[start:] + untried[:start]
    return rotated[:limit]
