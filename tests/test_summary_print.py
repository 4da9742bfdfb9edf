"""Print that works: every series stays apart in grey, no heading ends a page, characters no font has print as words,
date axes read naturally, and session review draws its charts as vectors."""

from __future__ import annotations

import html as html_module
import io
import re
from datetime import date, timedelta
from itertools import combinations

import pypdf
import pytest
from summary_fixture import END, NOW, START, fill

from recoveryjournal.charts.palette import KIND_HATCHES, LIGHT, SERIES_STYLES, grey_level, kind_colour
from recoveryjournal.charts.trend import build_daily_series, date_ticks
from recoveryjournal.charts.triggers import build_trigger_counts
from recoveryjournal.domain import patterns
from recoveryjournal.domain.summary import SummaryOptions
from recoveryjournal.domain.summary_sections import ALL_SECTIONS
from recoveryjournal.export.summary_export import SummaryFormat, document_bytes, make_summary, summary_html
from recoveryjournal.store.summary_data import shareable_entries

GREY_APART = 0.2
"""Two fills or lines at least this far apart in lightness (0–1) read as different greys on paper."""


def apart(first: tuple[float, str, str], second: tuple[float, str, str]) -> bool:
    """(grey level, style, mark): different if the greys are far apart or the drawn style or mark differs."""
    return abs(first[0] - second[0]) >= GREY_APART or first[1:] != second[1:]


def test_trigger_kinds_stay_apart_in_grey():
    looks = {kind: (grey_level(kind_colour(LIGHT, kind)), KIND_HATCHES[kind], "") for kind in KIND_HATCHES}
    # The colours alone pair up: blue and green, orange and purple print as near greys.
    assert abs(looks["emotional"][0] - looks["environmental"][0]) < GREY_APART
    for first, second in combinations(looks.values(), 2):
        assert apart(first, second)


def test_trigger_chart_bars_and_legend_carry_the_hatches(demo_store):
    counts = patterns.trigger_counts(demo_store.insights.load(patterns.preset_period("90d", date.today())))
    figure = build_trigger_counts(counts)
    ax = figure.axes[0]
    bars = [patch for container in ax.containers for patch in container]
    looks = {(round(grey_level(bar.get_facecolor()), 2), bar.get_hatch() or "") for bar in bars}
    kinds = {row.kind for row in counts.rows[: len(bars)]}
    assert len(looks) == len(kinds) >= 3
    legend = figure.legends[0]
    assert {handle.get_hatch() or "" for handle in legend.legend_handles if hasattr(handle, "get_hatch")} >= {
        KIND_HATCHES[kind] for kind in kinds
    }


def test_mood_craving_and_rating_lines_stay_apart_in_grey(demo_store):
    data = patterns.daily_series(demo_store.insights.load(patterns.preset_period("30d", date.today())))
    assert data.has_rating
    figure = build_daily_series(data)
    lines = {
        line.get_gid(): (grey_level(line.get_color()), str(line.get_linestyle()), str(line.get_marker()))
        for ax in figure.axes
        for line in ax.lines
        if (line.get_gid() or "").endswith("-mean")
    }
    assert set(lines) == {"mood-mean", "craving-mean", "rating-mean"}
    # Mood (blue) and craving (vermillion) print as nearly the same grey: the line styles keep them apart.
    assert abs(lines["mood-mean"][0] - lines["craving-mean"][0]) < GREY_APART
    assert len({style for _, style, _ in lines.values()}) == 3
    for first, second in combinations(lines.values(), 2):
        assert apart(first, second)
    keys = [handle for handle in figure.legends[0].legend_handles][:3]
    assert [(key.get_linestyle(), key.get_marker()) for key in keys] == [
        SERIES_STYLES[name] for name in ("mood", "craving", "rating")
    ]


def test_date_ticks_read_naturally():
    november = [date(2026, 11, 2) + timedelta(days=offset) for offset in range(30)]
    ticks, labels = date_ticks(november)
    assert labels == ["2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"]
    assert all(day.weekday() == 0 for day in ticks)
    quarter = [date(2026, 9, 3) + timedelta(days=offset) for offset in range(90)]
    assert date_ticks(quarter)[1] == ["Oct 2026", "Nov", "Dec"]
    decade = [date(2026, 1, 1) + timedelta(days=offset) for offset in range(3653)]
    assert date_ticks(decade)[1] == ["2026", "2028", "2030", "2032", "2034", "2036"]


def test_characters_no_font_has_print_as_their_names():
    from recoveryjournal.export.pdf import printable

    nothing = lambda character: False  # noqa: E731 - a font that has no glyph at all
    assert (
        printable("Felt 🙂 then ❤️ — 5 − 3 ok", nothing)
        == "Felt [slightly smiling face] then [heavy black heart] — 5 − 3 ok"
    )
    assert printable("👍🏽 thanks", nothing) == "[thumbs up sign] thanks"
    assert printable("plain text, café", nothing) == "plain text, café"


def page_lines(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Each page's text lines as (height from the bottom of the page, text), from pypdf's text positions."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                found.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], " ".join(text.split())))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def headings_of(document: str) -> set[str]:
    return {
        " ".join(html_module.unescape(re.sub("<[^>]+>", "", text)).split())
        for text in re.findall(r"<h[1-3][^>]*>(.*?)</h[1-3]>", document, re.S)
    }


@pytest.mark.slow
def test_no_heading_ends_a_page(demo_store, qapp):
    today = date.today()
    for days in (30, 90):
        start = today - timedelta(days=days - 1)
        every = frozenset(entry.id for entry in shareable_entries(demo_store, start, today))
        options = SummaryOptions(start, today, sections=ALL_SECTIONS, entry_ids=every, topics="Sleep")
        summary = make_summary(demo_store, options, NOW)
        document = summary_html(summary)
        headings = headings_of(document)
        pages = page_lines(document_bytes(summary, document, SummaryFormat.PDF))
        assert len(pages) > 3
        for number, lines in enumerate(pages[:-1], start=1):
            footer = min(height for height, _ in lines)
            body = [(height, text) for height, text in lines if height > footer + 20]
            last = min(body)[1]
            assert last not in headings, f"page {number} of the {days}-day summary ends with the heading {last!r}"


def test_the_layout_engine_keeps_headings_with_their_text(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from recoveryjournal.export.pdf import keep_headings_with_content, stranded_headings

    document = QTextDocument()
    document.setDocumentMargin(0)  # as in the PDF
    filler = "".join(f"<p>Line {n}</p>" for n in range(60))
    document.setHtml(filler + "<h2>Coping tools</h2><p>Walk</p>" + filler + "<h3>Lapses</h3><p>None</p>")
    heading = document.findBlockByNumber(60)
    top = document.documentLayout().blockBoundingRect(heading).top()
    line = heading.layout().lineAt(0)
    # A page that ends just below the heading's line: the paragraph after it must go to the next page.
    height = top + line.y() + line.height() + 2
    document.setPageSize(QSizeF(500, height))
    assert stranded_headings(document, height) == ["Coping tools"]
    keep_headings_with_content(document, height)
    assert stranded_headings(document, height) == []


def test_a_chart_keeps_its_description(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    from recoveryjournal.export.pdf import keep_headings_with_content, stranded_headings

    document = QTextDocument()
    document.setDocumentMargin(0)
    filler = "".join(f"<p>Line {n}</p>" for n in range(40))
    document.setHtml(
        f'{filler}<p>When triggers come up, by weekday.</p><p><img src="chart" width="300" height="300"></p>'
    )
    description = document.findBlockByNumber(40)
    height = document.documentLayout().blockBoundingRect(description).bottom() + 40  # the chart cannot fit below it
    document.setPageSize(QSizeF(500, height))
    assert stranded_headings(document, height) == ["When triggers come up, by weekday."]
    keep_headings_with_content(document, height)
    assert stranded_headings(document, height) == []


def test_pdf_keeps_emoji_as_words_and_the_brief_is_one_page(store, qapp):
    fill(store)
    options = SummaryOptions(START, END, topics="Sleep 🙂", brief_only=True)
    summary = make_summary(store, options, NOW)
    pdf = document_bytes(summary, summary_html(summary), SummaryFormat.PDF)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    words = text.replace(" ", "")  # text drawn scaled down to fit comes out with stray spaces
    assert "Flags" in words and "Keynumbers" in words and "Toptriggers" not in words
    assert "\ufffd" not in text and ("🙂" in text or "[slightly smiling face]" in text)


def test_session_review_paints_charts_as_vectors(qtbot, window, demo_store):
    from recoveryjournal.export.pdf import SVG_OBJECT
    from recoveryjournal.ui.review_mode import start_review

    today = date.today()
    summary = make_summary(demo_store, SummaryOptions(today - timedelta(days=29), today), NOW)
    review = start_review(window, summary)
    qtbot.waitExposed(review)
    while review.current_heading() != "Charts":
        review.show_section(review.index + 1)
    document = review.page.document()
    objects, images = 0, 0
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            objects += char_format.objectType() == SVG_OBJECT
            images += char_format.isImageFormat()
            iterator += 1
        block = block.next()
    assert objects >= 3 and images == 0
    review.close()


def test_the_calendar_subtitle_stops_at_today():
    from recoveryjournal.charts.calendar import build_year_calendar

    today = date(2026, 11, 26)  # a Thursday: the calendar's last column runs to Sunday 29 November
    calendar = patterns.year_calendar(today, today, [patterns.DayStat(today, 2, 4.0)], [], date(2026, 1, 1))
    assert calendar.end == date(2026, 11, 29) and calendar.shown_end == today
    subtitle = build_year_calendar(calendar).axes[0].get_title(loc="left")
    assert "– 26 Nov 2026" in subtitle and "29 Nov" not in subtitle
