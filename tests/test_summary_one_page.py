"""Page one stays one page however much there is to say: long lists are capped with a pointer to "Page one in full"
(page 2), the brief-only PDF has exactly one page on A4 and Letter, and the full PDF's details start on page two."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pypdf
import pytest

from recoveryjournal.domain.attendance import AttendancePlan
from recoveryjournal.domain.brief import Flag, FlagKind
from recoveryjournal.domain.models import Lapse, Substance
from recoveryjournal.domain.patterns import CheckInFact, PatternData, Period
from recoveryjournal.domain.plan_models import PlanVersion
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.domain.summary import SummaryData, SummaryOptions, build_summary
from recoveryjournal.domain.summary_sections import ALL_SECTIONS
from recoveryjournal.export.summary_render import in_full_heading, render_html

IN_FULL_HEADING = in_full_heading()

TZ = timezone(timedelta(hours=1))
START, END = date(2026, 1, 5), date(2026, 3, 29)
NOW = datetime(2026, 4, 2, 9, 0, tzinfo=TZ)
SUBSTANCES = ["Alcohol", "Cannabis", "Nicotine", "Cocaine", "Gambling", "Benzodiazepines"]
TOPIC = "The evenings after work, when the craving comes back and I sit in the car outside the shop for a long time. "


def at(day: date, hour: int = 20) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


def crowded(brief_only: bool = False) -> object:
    """Twelve weeks built to raise every flag many times: 40 days with a craving of 9, six substances and 13 lapses,
    gaps, a falling mood, short program weeks, three measure flags and a safety answer, three findings, a long topics
    text, fifteen new triggers, seven plan reviews and six measure changes."""
    days = Period(START, END).each_day()
    checkins = [
        CheckInFact(index + 1, at(day), 4 if index < 40 else 2, 9 if index % 2 == 0 else 3)
        for index, day in enumerate(days)
        if index % 9 not in (4, 5, 6)
    ]
    measures = [
        Flag(FlagKind.MEASURE, f"{name} in a worse band", "The score moved up a band.", ("3 Mar — 17",))
        for name in ("PHQ-9", "GAD-7", "AUDIT")
    ]
    safety = Flag(FlagKind.SAFETY, "A safety answer on 12 Mar", "Question 9 was answered above zero.", ("12 Mar",))
    finding = (
        "Cravings tend to run about 2.9 points higher on Friday evenings: 6.7 out of 10 on average in 13 check-ins on "
        "Friday evenings, 3.8 in 170 check-ins at other times; the difference is likely between 2.4 and 3.5 points."
    )
    data = SummaryData(
        facts=PatternData(Period(START, END), checkins=checkins),
        substances=[Substance(name, START + timedelta(days=5 * i), id=i + 1) for i, name in enumerate(SUBSTANCES)],
        lapses=[Lapse(at(START + timedelta(days=3 + 6 * i)), SUBSTANCES[i % 6], id=i + 1) for i in range(13)],
        sessions=[TreatmentSession(at(day, 10), SessionKind.GROUP, 1.0) for day in days[::7]],
        attendance=AttendancePlan(9.0, START, END),
        craving_threshold=7,
        new_triggers=[(START + timedelta(days=i), f"A trigger with a long name, number {i}") for i in range(15)],
        extra_flags=[*measures, safety],
        extra_changes=[f"PHQ-9 score {10 + i} on {i + 1} Mar" for i in range(6)],
        findings=[finding] * 3,
        plan_versions=[
            PlanVersion(at(START + timedelta(days=10 * i)), {"triggers": [f"T{j}" for j in range(i + 2)]})
            for i in range(7)
        ],
    )
    options = SummaryOptions(START, END, ALL_SECTIONS, topics=TOPIC * 20, name="J. D.", brief_only=brief_only)
    return build_summary(data, options, NOW)


def pdf_pages(summary, paper=None) -> list[str]:
    from recoveryjournal.export.pdf import ensure_gui_application, render_pdf
    from recoveryjournal.export.summary_export import summary_html

    ensure_gui_application()
    pdf = render_pdf(
        summary_html(summary), title="t", header_left="", header_right="", footer_note="", paper=paper,
        one_page=summary.options.brief_only,
    )  # fmt: skip
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def squeezed(text: str) -> str:
    return text.replace(" ", "")  # text drawn smaller to fit comes out with stray spaces


def test_page_one_caps_its_lists_and_says_where_the_rest_is():
    summary = crowded()
    assert len(summary.flags) == 9 and len(summary.glance.sober) == 6
    document = render_html(summary, {})
    page_one, details = document.split(IN_FULL_HEADING)
    assert "13 lapses" in page_one and 'and 10 more — see <a href="#in-full">page 2</a>' in page_one
    assert "Also flagged:" in page_one and "and 2 more flags" in page_one
    assert "Sober from Nicotine" in page_one and "Sober from Cocaine" not in page_one
    assert "Continued — see" in page_one and page_one.count(TOPIC.strip()[:40]) == 3
    assert "And 12 more changes — see" in page_one
    assert "1 hour a week on average over 12 weeks" in page_one  # not "1 hours"
    # everything page one left out is in full on page 2, before the first detail section
    assert details.index("Sober from Benzodiazepines") < details.index('id="charts"')
    last_lapse = START + timedelta(days=3 + 6 * 12)
    assert f"{last_lapse.day} Mar — Alcohol" in details and details.count(TOPIC.strip()[:40]) == 20
    assert "A trigger with a long name, number 14" in details and "PHQ-9 score 15 on 6 Mar" in details

    brief = render_html(crowded(brief_only=True), {})
    assert IN_FULL_HEADING not in brief and "and 10 more — in the full summary" in brief


def test_a_calm_period_is_not_shortened():
    calm = build_summary(SummaryData(), SummaryOptions(START, END, topics="Sleep"), NOW)
    assert IN_FULL_HEADING not in render_html(calm, {}) and "see page" not in render_html(calm, {})


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_the_brief_is_one_page_however_crowded(qapp, paper):
    from PySide6.QtGui import QPageSize

    pages = pdf_pages(crowded(brief_only=True), getattr(QPageSize.PageSizeId, paper))
    assert len(pages) == 1
    assert all(word in squeezed(pages[0]) for word in ("13lapses", "Whatstoodout", "Keynumbers", "Sincemylast"))


def test_the_full_summary_keeps_page_one_to_page_one(qapp):
    pages = pdf_pages(crowded())
    assert "Sincemylastsummary" in squeezed(pages[0]) and IN_FULL_HEADING not in pages[0]
    assert squeezed(pages[1]).startswith(squeezed(IN_FULL_HEADING)) and "Page 2 of" in pages[1]
    assert "How I've been" not in pages[0] and all("Page one in full" not in page for page in pages[2:])
