"""The therapist summary as files: the numbers of the fixture period in the HTML and the PDF text, page numbers,
charts, paper size, file mode, and nothing the person did not choose to share."""

from __future__ import annotations

import io
import re
import stat
from datetime import date
from html.parser import HTMLParser

import pypdf
import pytest
from summary_fixture import END, FORBIDDEN, NOW, START, at, fill

from recoveryjournal.domain.models import EntryKind, JournalEntry
from recoveryjournal.domain.summary import Section, SummaryOptions
from recoveryjournal.domain.summary_sections import DEFAULT_SECTIONS
from recoveryjournal.export.files import ExportError
from recoveryjournal.export.summary_export import (
    LAST_EXPORT_KEY,
    SummaryFormat,
    export_summary,
    make_summary,
    save_summary,
    summary_html,
)
from recoveryjournal.store.summary_data import shareable_entries

TOPICS = "Sleep has been rough.\u202e REVERSED \u202c\x07\n\nMy sister's visit."
EXPECTED = (
    "1 Mar – 14 Mar 2026",
    "Check-ins 4 on 4 of 14 days (previous 14 days: data on 2 days, too few to compare)",
    "3.0 (not compared: previous 14 days: data on 2 days)",
    "5.0 (not compared: previous 14 days: data on 2 days)",
    "6.0 (not compared: previous 14 days: answers on 1 day)",
    "3 answers in order: 4, 6, 8",
    "In the program: 5.5 of 18 hours (target 9 hours a week, over 14 days of this period)",
    "Lapse on 7 Mar — Alcohol",
    "1 day with a craving of 8 or more",
    "2 weeks under the program's hours",
    "7 days in the current stretch · longest 33 days · 71 sober days in all",
    "13 of 14 days sober, 1 day with a lapse",
    "Work stress Emotional 3 6.0",
    "Boredom Emotional 2 5.0",
    "Loneliness Emotional 1 6.0",
    "What was going on: Work party, colleagues drinking",
    "What helped: Left early and called my sponsor",
    "Evening walk 2 2 too few ratings to rank",
    "Call a friend 1 1 too few ratings to rank",
    "Kept 3 of 4 weekly goals",
    "Added trigger “Evenings alone”",
    "CHOSEN-ENTRY-BODY",
    "SHARED-REFLECTION-TEXT: the walk",
    "Sleep has been rough. REVERSED",
    "J. D.",
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(document: str) -> str:
    parser = _Text()
    parser.feed(document)
    return " ".join(" ".join(parser.parts).split())


def pdf_pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def chosen(store):
    ids = fill(store)
    return SummaryOptions(
        START,
        END,
        topics=TOPICS,
        name="J. D.",
        sections=DEFAULT_SECTIONS | {Section.LAPSE_ACCOUNTS},
        entry_ids=frozenset({ids["entry"], ids["private_entry"]}),
        reflection_ids=frozenset({ids["reflection"]}),
    )


def assert_shares_only_what_was_chosen(text: str) -> None:
    for expected in EXPECTED:
        assert expected in text, expected
    for forbidden in FORBIDDEN:
        assert forbidden not in text, forbidden
    assert not re.search("[\u202a-\u202e\u2066-\u2069\x00-\x08]", text)


def test_html_file(store, chosen, tmp_path):
    target = export_summary(store, chosen, tmp_path / "summary.html", SummaryFormat.HTML, NOW)
    document = target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert_shares_only_what_was_chosen(html_text(document))
    assert "\u202e" not in document and "\x07" not in document
    assert document.count('<img src="data:image/svg+xml;base64,') == 3  # "when" needs five check-ins
    assert "Not enough was logged in this period to show this chart." in document
    assert 'lang="en"' in document and "@media print" in document and 'alt="Bar chart of triggers' in document
    assert "http://" not in document.replace("http://www.w3.org", "") and "https://" not in document
    assert store.settings.get(LAST_EXPORT_KEY) == "2026-03-14"


def test_pdf_file(store, chosen, tmp_path):
    target = export_summary(store, chosen, tmp_path / "summary.pdf", SummaryFormat.PDF, NOW)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pages = pdf_pages(target)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "J. D. · Summary for my therapist · 1 Mar – 14 Mar 2026" in text
    assert_shares_only_what_was_chosen(" ".join(pages))
    reader = pypdf.PdfReader(target)
    assert all(not page.images for page in reader.pages), "charts must be vectors, not pictures"
    everything = " ".join(pages)
    assert "Which triggers came up" in everything and "What helps" in everything  # chart text stays text
    drawing = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert drawing.count(b" re") + drawing.count(b" l\n") > 50


def test_sections_left_out_are_absent(store, chosen, tmp_path):
    options = SummaryOptions(START, END, sections=frozenset({Section.GLANCE, Section.TOPICS}), topics="Sleep")
    text = html_text(summary_html(make_summary(store, options, NOW)))
    assert "Check-ins 4" in text and "Sleep" in text
    assert "Work stress" not in text and "Lapses" not in text and "data:image" not in text


def test_journal_text_only_when_asked(store, chosen, tmp_path):
    plain = html_text(summary_html(make_summary(store, SummaryOptions(START, END), NOW)))
    assert "CHOSEN-ENTRY-BODY" not in plain and "UNSELECTED-ENTRY-BODY" not in plain
    every = frozenset(entry.id for entry in shareable_entries(store, START, END))
    asked = html_text(summary_html(make_summary(store, SummaryOptions(START, END, entry_ids=every), NOW)))
    assert "CHOSEN-ENTRY-BODY" in asked and "UNSELECTED-ENTRY-BODY" in asked
    assert "PRIVATE-ENTRY" not in asked and "OUTSIDE-ENTRY-BODY" not in asked


def test_never_replaces_without_confirmation(store, chosen, tmp_path):
    target = tmp_path / "summary.html"
    target.write_text("the person's own file")
    summary = make_summary(store, chosen, NOW)
    with pytest.raises(ExportError, match="already exists"):
        save_summary(store, summary, summary_html(summary), target, SummaryFormat.HTML)
    assert target.read_text() == "the person's own file"
    save_summary(store, summary, summary_html(summary), target, SummaryFormat.HTML, overwrite=True)
    assert "CHOSEN-ENTRY-BODY" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_paper_by_locale(qapp):
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from recoveryjournal.export.pdf import paper_for, render_pdf

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert paper_for(us) == QPageSize.PageSizeId.Letter
    assert paper_for(QLocale(QLocale.Language.Filipino, QLocale.Country.Philippines)) == QPageSize.PageSizeId.Letter
    assert paper_for(germany) == QPageSize.PageSizeId.A4
    letter = render_pdf("<p>x</p>", title="t", header_left="h", header_right="r", footer_note="f", paper=paper_for(us))
    a4 = render_pdf("<p>x</p>", title="t", header_left="h", header_right="r", footer_note="f", paper=paper_for(germany))
    sizes = [pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox for pdf in (letter, a4)]
    assert [(round(box.width), round(box.height)) for box in sizes] == [(612, 792), (595, 842)]


def test_demo_journal_keeps_private_entries_out(demo_store, tmp_path):
    entries = demo_store.journal.recent(limit=1000)
    last = max(entry.created_at.date() for entry in entries)
    every = frozenset(entry.id for entry in shareable_entries(demo_store, last.replace(day=1), last))
    options = SummaryOptions(last.replace(day=1), last, entry_ids=every)
    private = [e for e in entries if e.private and options.start <= e.created_at.date() <= last]
    shared = [e for e in entries if not e.private and options.start <= e.created_at.date() <= last]
    target = export_summary(demo_store, options, tmp_path / "demo.html", SummaryFormat.HTML, NOW)
    text = html_text(target.read_text(encoding="utf-8"))
    assert shared, "the demo month should have entries to share"
    assert all(" ".join(e.body.split())[:40] in text for e in shared)
    assert all(" ".join(e.body.split())[:40] not in text for e in private if e.body.strip())


def test_include_journal_names_entries_by_kind_or_day(store):
    from recoveryjournal.cli import build_parser
    from recoveryjournal.command_error import CommandError
    from recoveryjournal.export.command import chosen_entries

    ids = fill(store)
    notes = store.journal.add(JournalEntry(at("03-06"), body="Ask about evenings", kind=EntryKind.THERAPY_NOTE))
    entries = shareable_entries(store, START, END)

    def chosen(*value: str) -> frozenset[int]:
        args = build_parser().parse_args(
            ["export", "--from", "2026-03-01", "--to", "2026-03-14", "-o", "x.html", *value]
        )
        return chosen_entries(args, entries)

    everything = {entry.id for entry in entries}
    assert ids["private_entry"] not in everything and len(everything) == 3
    assert chosen() == frozenset()
    assert chosen("--include-journal") == everything == chosen("--include-journal", "all")
    assert chosen("--include-journal", "therapy-notes") == {notes}
    assert chosen("--include-journal", "Therapy-Notes, 2026-03-03") == {notes, ids["entry"]}
    for value, message in (
        ("2026-03-05", "nothing to share written on 2026-03-05 (private entries are never shared"),
        ("notes", "'notes' is neither a day (YYYY-MM-DD) nor one of all, entries, session-notes, therapy-notes"),
        ("2026-02-30", "is not a real date"),
    ):
        with pytest.raises(CommandError, match=re.escape(message)):
            chosen("--include-journal", value)


def test_since_my_last_summary_names_questionnaires_taken_since(store):
    from recoveryjournal.domain.measure_models import MeasureResult

    fill(store)

    def taken(day: str, measure: str, total: int, band: str) -> None:
        store.measures.add_result(MeasureResult(measure, at(day), {}, total, band, title=measure.upper()))

    taken("02-20", "phq9", 6, "Mild")  # before the last summary: the comparison
    taken("03-02", "phq9", 9, "Mild")
    taken("03-10", "phq9", 12, "Moderate")
    taken("02-25", "gad7", 5, "Mild")  # before the last summary only: not a change since
    taken("03-12", "audit", 3, "Low risk")
    store.settings.set(LAST_EXPORT_KEY, "2026-02-28")
    since = make_summary(store, SummaryOptions(START, END), NOW).since
    assert since.other == [
        "PHQ9: 12 (Moderate) on 10 Mar; before: 6 (Mild) on 20 Feb",
        "AUDIT: 3 (Low risk) on 12 Mar; the first time",
    ]
    assert "PHQ9: 12 (Moderate) on 10 Mar" in summary_html(make_summary(store, SummaryOptions(START, END), NOW))
    store.settings.set(LAST_EXPORT_KEY, "2026-03-11")
    later = make_summary(store, SummaryOptions(date(2026, 3, 12), date(2026, 3, 14)), NOW).since
    assert later.other == ["AUDIT: 3 (Low risk) on 12 Mar; the first time"]


def test_a_spanish_summary_names_questionnaires_and_their_bands_in_spanish(store):
    from recoveryjournal import i18n
    from recoveryjournal.domain.measure_models import MeasureResult

    fill(store)
    for day, measure, title, total, band in (
        ("02-20", "phq9", "PHQ-9", 6, "Mild"),
        ("03-10", "phq9", "PHQ-9", 3, "Minimal"),
        ("03-11", "gad7", "GAD-7", 7, "Mild"),
        ("03-12", "craving", "Craving (own)", 2, "Mild"),
    ):
        store.measures.add_result(MeasureResult(measure, at(day), {}, total, band, title=title))
    store.settings.set(LAST_EXPORT_KEY, "2026-02-28")
    with i18n.speaking("es"):
        summary = make_summary(store, SummaryOptions(START, END), NOW)
        document = html_text(summary_html(summary))
    assert summary.since.other[0].startswith("PHQ-9: 3 (Mínima)") and "6 (Leve)" in summary.since.other[0]
    assert "Deseo de consumir (propia)" in document and "(Mínima)" in document and "Leve" in document
    assert not any(word in document for word in ("(Minimal)", "(Mild)", "Craving (own)", "Minimal"))
    english = html_text(summary_html(make_summary(store, SummaryOptions(START, END), NOW)))
    assert "PHQ-9: 3 (Minimal)" in english and "Craving (own)" in english  # the journal keeps what was saved


def test_a_spanish_summary_writes_numbers_with_a_decimal_comma(store):
    from recoveryjournal import i18n

    fill(store)
    english = html_text(summary_html(make_summary(store, SummaryOptions(START, END), NOW)))
    with i18n.speaking("es"):
        spanish = html_text(summary_html(make_summary(store, SummaryOptions(START, END), NOW)))
    assert "3.0" in english and "5.0" in english and not re.search(r"\d,\d", english)
    assert "3,0" in spanish and "5,0" in spanish and "5,5" in spanish  # mood, craving, hours in the program
    assert re.findall(r"\d\.\d", spanish) == []


def test_questionnaire_flags_on_page_one_speak_spanish():
    from recoveryjournal import i18n
    from recoveryjournal.domain.measure_models import MeasureResult
    from recoveryjournal.domain.measures import in_current_words
    from recoveryjournal.domain.summary_measures import MeasuresData, measure_flags, measures_section

    saved = [
        MeasureResult("phq9", at("03-02"), {}, 6, "Mild", title="PHQ-9"),
        MeasureResult("phq9", at("03-10"), {}, 12, "Moderate", safety_items=["9"], title="PHQ-9"),
    ]
    with i18n.speaking("es"):
        flags = measure_flags(measures_section(MeasuresData(results=in_current_words(saved)), START, END))
        assert [flag.title for flag in flags] == [
            "Una respuesta que pedía apoyo",
            "PHQ-9 sube de «Leve» a «Moderada»",
        ]
        assert flags[0].why.startswith("Una pregunta sobre la seguridad") and "diagnóstico" in flags[1].why
    english = measure_flags(measures_section(MeasuresData(results=in_current_words(saved)), START, END))
    assert [flag.title for flag in english] == [
        "An answer that called for support",
        "PHQ-9 up from “Mild” to “Moderate”",
    ]
