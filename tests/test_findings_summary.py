"""The therapist summary's brief carries the period's top three findings, as the person would let them be shared."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from recoveryjournal.domain.summary import Section, SummaryOptions, build_summary
from recoveryjournal.domain.summary_sections import ALL_SECTIONS
from recoveryjournal.export.summary_render import render_html
from recoveryjournal.store.finding_marks import NOT_TRUE
from recoveryjournal.store.findings import period_report
from recoveryjournal.store.summary_data import load_summary_data


def summary_of(store, sections=ALL_SECTIONS):
    today = date.today()
    options = SummaryOptions(today - timedelta(days=89), today, sections=frozenset(sections))
    return build_summary(load_summary_data(store, options), options, datetime.now().astimezone())


def test_the_brief_names_the_top_three_findings_with_their_numbers(demo_store):
    summary = summary_of(demo_store)
    # One definition: the same findings, in the same order and words, as Insights shows for the period.
    insights = period_report(demo_store, summary.options.period).findings[:3]
    assert summary.findings == [f"{finding.headline}. {finding.detail}" for finding in insights]
    html = render_html(summary, {})
    brief = html[: html.index('id="glance"')]
    assert "What stood out" in brief
    for finding in insights:
        assert finding.headline.split("“")[0] in brief
        assert finding.detail.split("“")[0].split(";")[0] in brief


def test_findings_follow_what_the_person_chose_to_share(demo_store):
    summary = summary_of(demo_store)
    assert any("when you note" in line for line in summary.findings)
    first = period_report(demo_store, summary.options.period).findings[0]
    demo_store.findings.mark(first.key, NOT_TRUE, first.headline, first.detail, datetime.now().astimezone())
    assert not any(line.startswith(first.headline) for line in summary_of(demo_store).findings)
    without_triggers = summary_of(demo_store, ALL_SECTIONS - {Section.TRIGGERS})
    assert without_triggers.findings and not any("when you note" in line for line in without_triggers.findings)
