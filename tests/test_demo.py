"""The sample journal: the patterns the insights look for are really in it, and a seed always gives the same data."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import mean

import pytest

from recoveryjournal import paths
from recoveryjournal.demo import write_demo
from recoveryjournal.domain import sobriety
from recoveryjournal.domain.models import EMOTIONS, CheckIn, EntryKind
from recoveryjournal.domain.plan import diff_snapshots
from recoveryjournal.domain.plan_models import PlanSection
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.domain.session_models import SessionKind
from recoveryjournal.store.store import Store

TODAY = date(2026, 11, 24)
START = TODAY - timedelta(days=120)
SOCIAL = {"Party or social event", "Peers who use", "Friday evening"}
STRESS = {"Work pressure", "High stress"}
EVER = (datetime(1970, 1, 2).astimezone(), datetime(2200, 1, 1).astimezone())
# Columns the repositories stamp with the real clock; everything else derives from the seed and ``today``.
WALL_CLOCK = {"checkins": {"created_at", "updated_at"}, "triggers": {"created_at"}, "sleep_logs": {"updated_at"}}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    write_demo(folder, today=TODAY)
    with Store.open(folder) as store:
        yield store


@pytest.fixture(scope="module")
def checkins(demo: Store) -> list[CheckIn]:
    return demo.checkins.between(*EVER)


@pytest.fixture(scope="module")
def names(demo: Store) -> dict[int, str]:
    return {trigger.id: trigger.name for trigger in demo.triggers.list(include_archived=True)}


def share_with(checkins: list[CheckIn], names: dict[int, str], wanted: set[str]) -> float:
    return sum(1 for c in checkins if wanted & {names[t] for t in c.trigger_ids}) / len(checkins)


def dump(folder: Path) -> dict[str, list[tuple]]:
    """Every content table, sorted, without FTS shadow tables and wall-clock stamps."""
    connection = sqlite3.connect(paths.database_path(folder))
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if "_fts" not in row[0] and not row[0].startswith("sqlite_")
        ]
        found = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info([{table}])")]
            kept = [column for column in columns if column not in WALL_CLOCK.get(table, set())]
            rows = connection.execute(f"SELECT {', '.join(f'[{c}]' for c in kept)} FROM [{table}]").fetchall()
            found[table] = sorted(rows, key=repr)
        return found
    finally:
        connection.close()


def test_about_120_days_of_one_to_three_checkins_ending_yesterday(checkins):
    per_day = Counter(c.at.date() for c in checkins)
    assert min(per_day) == START
    assert max(per_day) == TODAY - timedelta(days=1)
    assert len(per_day) == 120
    assert set(per_day.values()) <= {1, 2, 3}
    assert 1.6 < len(checkins) / 120 < 2.6


def test_checkin_values_are_in_range(checkins, names):
    for checkin in checkins:
        assert 1 <= checkin.mood <= 5
        assert 0 <= checkin.craving <= 10
        assert 1 <= len(checkin.emotions) <= 3
        assert set(checkin.emotions) <= set(EMOTIONS)
        assert checkin.substance == ("" if checkin.craving == 0 else checkin.substance)
        assert checkin.substance in {"", "Alcohol", "Cannabis"}
        assert checkin.where and checkin.with_whom
    substances = Counter(c.substance for c in checkins if c.substance)
    assert substances["Alcohol"] > 3 * substances["Cannabis"] > 0
    used = {names[t] for c in checkins for t in c.trigger_ids}
    assert {"Watching the game on TV", "Drive home past the liquor store"} <= used


def test_social_triggers_concentrate_on_friday_evenings(checkins, names):
    fridays = [c for c in checkins if c.at.weekday() == 4]
    others = [c for c in checkins if c.at.weekday() != 4]
    friday_evenings = [c for c in fridays if c.at.hour >= 17]
    assert share_with(fridays, names, SOCIAL) > 2 * share_with(others, names, SOCIAL)
    assert share_with(friday_evenings, names, SOCIAL) > 0.7
    assert share_with(others, names, SOCIAL) < 0.1


def test_stress_triggers_concentrate_early_in_the_work_week(checkins, names):
    early = [c for c in checkins if c.at.weekday() in (0, 1)]
    rest = [c for c in checkins if c.at.weekday() not in (0, 1)]
    assert share_with(early, names, STRESS) > 2 * share_with(rest, names, STRESS)
    assert share_with(early, names, STRESS) > 0.3


def test_risky_moments_carry_higher_cravings(checkins, names):
    social = [c.craving for c in checkins if SOCIAL & {names[t] for t in c.trigger_ids}]
    calm = [c.craving for c in checkins if not c.trigger_ids]
    assert mean(social) > mean(calm) + 1.5


def test_cravings_fall_over_the_program(checkins):
    first = [c.craving for c in checkins if c.at.date() < START + timedelta(days=30)]
    last = [c.craving for c in checkins if c.at.date() >= TODAY - timedelta(days=30)]
    assert mean(last) < mean(first) - 1.5


def test_coping_lowers_cravings_and_is_used_more_as_the_program_goes_on(demo, checkins):
    uses = demo.coping.all_uses()
    assert len(uses) > 60
    drops = [u.craving_before - u.craving_after for u in uses]
    assert min(drops) >= 0
    assert mean(drops) > 1.0
    by_action: dict[int, list[int]] = defaultdict(list)
    for use, drop in zip(uses, drops, strict=True):
        by_action[use.action_id].append(drop)
    means = [mean(values) for values in by_action.values() if len(values) >= 5]
    assert len(means) >= 4
    assert max(means) - min(means) > 1.0, "some tools help more than others"

    linked = [c for c in checkins if c.coping_action_id is not None]
    assert all(c.craving_after is not None and c.craving_after <= c.craving for c in linked)
    assert {u.checkin_id for u in uses if u.checkin_id} == {c.id for c in linked}
    assert any(u.checkin_id is None for u in uses)

    def coping_rate(part: list[CheckIn]) -> float:
        high = [c for c in part if c.craving >= 4]
        return sum(1 for c in high if c.coping_action_id is not None) / len(high)

    halfway = START + timedelta(days=60)
    assert coping_rate([c for c in checkins if c.at.date() >= halfway]) > coping_rate(
        [c for c in checkins if c.at.date() < halfway]
    )


def test_coping_actions_are_not_duplicated_and_go_to_actions_are_favourites(demo):
    actions = demo.coping.actions(include_archived=True)
    folded = Counter(action.name.casefold() for action in actions)
    assert max(folded.values()) == 1
    go_to = demo.plan.action_ids()
    assert len(go_to) >= 3
    by_id = {action.id: action for action in actions}
    assert sum(by_id[action_id].favourite for action_id in go_to) >= 2
    assert any(action.custom for action in actions)


def test_exactly_one_lapse_and_the_recovery_after_it(demo, checkins):
    lapses = demo.lapses.all()
    assert len(lapses) == 1
    lapse = lapses[0]
    lapse_day = lapse.at.date()
    assert 50 <= (lapse_day - START).days <= 60
    assert lapse.substance == "Alcohol"
    assert lapse.context and lapse.what_helped
    assert not re.search(r"fail|dirty|addict", f"{lapse.context} {lapse.what_helped} {lapse.note}", re.I)

    substances = {s.name: s for s in demo.sobriety.all()}
    assert substances["Alcohol"].sober_since == lapse_day + timedelta(days=1)
    assert substances["Alcohol"].tracked_since < START
    assert substances["Cannabis"].sober_since < START
    alcohol = sobriety.status(substances["Alcohol"], lapses, TODAY)
    assert [run.days for run in alcohol.runs] == [
        (lapse_day - substances["Alcohol"].tracked_since).days,
        (TODAY - lapse_day).days - 1,
    ]
    assert alcohol.lapse_days == (lapse_day,)

    entries = demo.journal.between(*EVER)
    after = [e for e in entries if lapse_day < e.created_at.date() <= lapse_day + timedelta(days=3)]
    assert any(e.private for e in after)
    assert any(e.kind == EntryKind.SESSION_NOTE for e in after)

    def mean_craving(first: date, days: int) -> float:
        return mean(c.craving for c in checkins if first <= c.at.date() < first + timedelta(days=days))

    assert mean_craving(lapse_day - timedelta(days=6), 7) > mean_craving(lapse_day - timedelta(days=20), 7)
    assert mean_craving(lapse_day + timedelta(days=1), 14) > mean_craving(TODAY - timedelta(days=14), 14) + 1


def test_journal_entries_read_like_a_person_wrote_them(demo, names):
    entries = demo.journal.between(*EVER)
    assert 30 <= len(entries) <= 60
    assert len(entries) / (120 / 7) >= 2, "a few entries a week"
    assert len({e.title for e in entries}) == len(entries)
    assert len({e.body for e in entries}) == len(entries)
    assert all(len(e.body.split()) >= 15 for e in entries)
    assert not any("lorem" in e.body.lower() for e in entries)
    private = [e for e in entries if e.private]
    assert 3 <= len(private) < len(entries) / 2
    assert sum(1 for e in entries if e.trigger_ids and e.mood) >= 10
    assert sum(1 for e in entries if e.kind == EntryKind.SESSION_NOTE) >= 3
    for entry in entries:
        weekday = entry.created_at.strftime("%A")
        for day_name in ("Monday", "Tuesday", "Friday", "Saturday", "Sunday"):
            if entry.title.startswith(day_name) or entry.title.endswith(day_name):
                assert weekday == day_name, f"{entry.title!r} written on a {weekday}"


def test_reflections_of_every_kind(demo):
    reflections = demo.reflections.between(*EVER)
    kinds = Counter(r.kind for r in reflections)
    assert kinds[ReflectionKind.DAILY] >= 40
    assert kinds[ReflectionKind.PROMPT] >= 8
    assert kinds[ReflectionKind.GRATITUDE] >= 8
    assert kinds[ReflectionKind.WEEKLY_REVIEW] == 1
    daily = [r for r in reflections if r.kind == ReflectionKind.DAILY]
    assert all(1 <= r.rating <= 10 for r in daily)
    assert all(r.prompt_text and r.answer for r in reflections)
    gratitude = next(r for r in reflections if r.kind == ReflectionKind.GRATITUDE)
    assert len(gratitude.data["items"]) == 3
    review = next(r for r in reflections if r.kind == ReflectionKind.WEEKLY_REVIEW)
    assert review.at.date() < TODAY and review.at.weekday() == 6
    assert date.fromisoformat(review.data["week_from"]) == review.at.date() - timedelta(days=6)
    assert review.data["went_well"] and review.data["hardest"]
    assert review.data["triggers"] and review.data["goals"]
    counts = [count for _, count in review.data["triggers"]]
    assert counts == sorted(counts, reverse=True)
    thought = next(r for r in reflections if r.kind == ReflectionKind.THOUGHT_RECORD)
    assert thought.data["balanced"] and 0 <= thought.data["feeling_after_strength"] <= 100


def test_the_plan(demo):
    plan = demo.plan
    assert len(plan.items(PlanSection.TRIGGERS)) >= 4
    assert len(plan.items(PlanSection.WARNING_SIGNS)) >= 4
    assert len(plan.action_ids()) >= 3
    contacts = plan.contacts()
    assert 2 <= len(contacts) <= 3
    assert all(re.fullmatch(r"555-01\d\d", c.phone) for c in contacts)
    goals = plan.goals()
    assert {g.week_start.weekday() for g in goals} == {0}
    assert max(g.week_start for g in goals) == TODAY - timedelta(days=TODAY.weekday())
    assert 0.5 < sum(g.done for g in goals) / len(goals) < 1
    carried = [g for g in goals if g.carried_from_id is not None]
    by_id = {g.id: g for g in goals}
    assert carried and all(by_id[g.carried_from_id].text == g.text for g in carried)
    versions = plan.versions()
    assert 1 <= len(versions) <= 2
    assert versions[-1].snapshot["triggers"] == [item.text for item in plan.items(PlanSection.TRIGGERS)]
    assert [c["name"] for c in versions[-1].snapshot["contacts"]] == [c.name for c in contacts]
    assert versions[-1].changes.splitlines() == diff_snapshots(versions[0].snapshot, versions[-1].snapshot)
    assert "Added contact “Zoë”" in versions[-1].changes


def test_sessions_follow_the_iop_schedule(demo):
    sessions = demo.sessions.all()
    assert max(s.at.date() for s in sessions) < TODAY
    program_end = date.fromisoformat(demo.settings.get("program_end"))
    iop = [s for s in sessions if s.kind == SessionKind.GROUP and s.hours == 3.0]
    assert {s.at.weekday() for s in iop} == {0, 2, 3}
    assert max(s.at.date() for s in iop) <= program_end
    assert (program_end - START).days in range(80, 90)
    weekly_hours: Counter[date] = Counter()
    for session in iop:
        weekly_hours[session.at.date() - timedelta(days=session.at.weekday())] += session.hours
    full_weeks = [hours for week, hours in weekly_hours.items() if START < week < program_end - timedelta(days=7)]
    assert len(full_weeks) >= 10 and mean(full_weeks) >= 8
    for kind in (SessionKind.INDIVIDUAL, SessionKind.SUPPORT_GROUP):
        weeks = {s.at.date() - timedelta(days=s.at.weekday()) for s in sessions if s.kind == kind}
        assert len(weeks) >= 15


def test_settings(demo):
    assert demo.settings.get("program_start") == START.isoformat()
    assert date.fromisoformat(demo.settings.get("program_end")) > START
    assert demo.settings.get("weekly_target_hours") == 9


def test_times_carry_the_local_offset(demo):
    connection = sqlite3.connect(demo.path)
    try:
        for table, column in (("checkins", "at"), ("journal_entries", "created_at"), ("lapses", "at")):
            for (text,) in connection.execute(f"SELECT {column} FROM {table}"):
                moment = datetime.fromisoformat(text)
                assert re.search(r"[+-]\d\d:\d\d$", text)
                assert moment.utcoffset() == moment.replace(tzinfo=None).astimezone().utcoffset()
    finally:
        connection.close()


def test_unicode_is_stored_exactly(demo):
    connection = sqlite3.connect(demo.path)
    try:
        bodies = "\n".join(row[0] for row in connection.execute("SELECT body FROM journal_entries"))
        amount = connection.execute("SELECT amount FROM lapses").fetchone()[0]
    finally:
        connection.close()
    for text in ("Zoë", "café", "🌱", "☕", "—"):
        assert text in bodies
    assert amount == "3–4 beers"


def test_same_seed_and_day_give_the_same_journal(tmp_path):
    write_demo(tmp_path / "a", today=TODAY)
    write_demo(tmp_path / "b", today=TODAY)
    write_demo(tmp_path / "c", today=TODAY, seed=7)
    first, second, other = dump(tmp_path / "a"), dump(tmp_path / "b"), dump(tmp_path / "c")
    assert first["checkins"] and first["journal_entries"]
    assert first == second
    assert first["checkins"] != other["checkins"]


@pytest.mark.parametrize("offset", range(7))
def test_patterns_hold_whatever_weekday_today_is(tmp_path, offset):
    today = TODAY + timedelta(days=offset)
    write_demo(tmp_path / "data", today=today)
    with Store.open(tmp_path / "data") as store:
        checkins = store.checkins.between(*EVER)
        names = {t.id: t.name for t in store.triggers.list(include_archived=True)}
        lapses = store.lapses.all()
    assert len(lapses) == 1 and 50 <= (lapses[0].at.date() - (today - timedelta(days=120))).days <= 60
    fridays = [c for c in checkins if c.at.weekday() == 4]
    assert share_with(fridays, names, SOCIAL) > 2 * share_with([c for c in checkins if c not in fridays], names, SOCIAL)
    early = [c for c in checkins if c.at.weekday() < 2]
    assert share_with(early, names, STRESS) > 2 * share_with([c for c in checkins if c not in early], names, STRESS)
    assert mean(c.craving for c in checkins[-60:]) < mean(c.craving for c in checkins[:60])


def test_default_day_is_today(tmp_path):
    before = date.today()
    write_demo(tmp_path / "data")
    after = date.today()
    with Store.open(tmp_path / "data") as store:
        last = store.checkins.recent(1)[0].at.date()
    assert last in {before - timedelta(days=1), after - timedelta(days=1)}
