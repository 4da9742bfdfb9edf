"""Findings kept in the journal: "not true for me" and "useful" marks, the week's finding, and the demo's findings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from recoveryjournal.domain.findings import Report, WeeklyFinding, weekly_choice
from recoveryjournal.domain.patterns import Period
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.finding_marks import NOT_TRUE, USEFUL
from recoveryjournal.store.findings import period_report, recent_report, weekly_finding
from recoveryjournal.store.store import Store

TZ = timezone(timedelta(hours=-5))


def test_marks_are_remembered_across_opening_the_journal_again(data_dir, store):
    at = datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
    store.findings.mark("weekday:4:craving", NOT_TRUE, "Cravings tend to run higher on Fridays", "6.1 against 3.9.", at)
    store.findings.mark("coping:2:drop", USEFUL, "“Walk” goes with a bigger drop", "4 against 1.5.", at)
    store.close()
    with Store.open(data_dir) as again:
        marks = again.findings.marks()
        assert again.findings.not_true() == {"weekday:4:craving"}
        assert marks["coping:2:drop"].verdict == USEFUL
        assert marks["coping:2:drop"].headline == "“Walk” goes with a bigger drop"
        assert marks["coping:2:drop"].marked_at == at
        again.findings.mark("coping:2:drop", NOT_TRUE, "“Walk” goes with a bigger drop", "4 against 1.5.", at)
        assert again.findings.not_true() == {"weekday:4:craving", "coping:2:drop"}
        again.findings.unmark("weekday:4:craving")
        assert set(again.findings.marks()) == {"coping:2:drop"}


def test_a_mark_is_one_of_two_words(store):
    import pytest

    with pytest.raises(ValueError):
        store.findings.mark("x", "wrong", "", "", datetime(2026, 1, 1, tzinfo=TZ))


def test_the_demo_persons_findings_read_true(demo_store):
    """The demo story: Friday evenings are hard, being around peers who use goes with strong cravings, calling the
    sponsor helps most. Its findings over the last 90 days say those things, and nothing the story does not hold."""
    today = date.today()
    report = period_report(demo_store, Period(today - timedelta(days=89), today))
    headlines = [finding.headline for finding in report.findings]
    assert any("higher on Friday evenings" in text for text in headlines), headlines
    assert any("higher when you note “Peers who use”" in text for text in headlines), headlines
    assert any(text.startswith("“Call your sponsor” goes with a drop in craving") for text in headlines), headlines
    # A trigger named "Friday evening" ticked on Friday evenings is the same check-ins: said once.
    assert len({(f.outcome, f.n_in, f.mean_in) for f in report.findings}) == len(report.findings)
    assert all(finding.p < 0.03 and finding.low * finding.high > 0 for finding in report.findings)


def test_the_week_finding_stays_all_week_without_being_written_and_hiding_it_is_remembered(demo_store):
    today = date.today()
    week = week_start(today, "monday")
    first = weekly_finding(demo_store, today)
    surest = [f.key for f in recent_report(demo_store, week - timedelta(days=1)).findings[:3]]
    assert first.key in surest and not first.dismissed
    changes = demo_store.db.conn.total_changes
    assert weekly_finding(demo_store, week + timedelta(days=6)) == first  # the same on Sunday
    assert demo_store.db.conn.total_changes == changes  # worked out, not written down
    demo_store.findings.set_weekly(replace(first, dismissed=True))
    assert weekly_finding(demo_store, today).dismissed
    assert not weekly_finding(demo_store, today + timedelta(days=7)).dismissed


def test_weekly_choice_takes_the_surest_in_turn_and_skips_what_the_person_set_aside(demo_store):
    findings = recent_report(demo_store, date.today()).findings
    weeks = [date(2026, 11, 30) + timedelta(days=7 * n) for n in range(3)]
    assert {weekly_choice(findings, set(), week).key for week in weeks} == {f.key for f in findings[:3]}
    assert all(weekly_choice(findings, {findings[0].key}, week) in findings[1:4] for week in weeks)
    assert weekly_choice(findings, {each.key for each in findings}, weeks[0]) is None
    assert weekly_choice(Report([], 0, 0).findings, set(), weeks[0]) is None


def test_an_empty_journal_has_nothing_to_say(store):
    today = date(2026, 12, 2)
    assert weekly_finding(store, today) == WeeklyFinding(date(2026, 11, 30), "", "", "")
    assert recent_report(store, today).checked == 0
