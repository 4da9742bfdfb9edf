"""Findings as a person sees them: a headline, its numbers, a way to the check-ins behind it, and what they think of it.

``FindingsPanel`` is the "What stands out" list at the top of Insights, ``FindingCard`` one finding and
``WeeklyFindingBox`` Today's finding of the week. "Not true for me" and "Useful" are remembered in the journal
(``store.findings``): a finding marked not true is never shown again; a useful one is kept, still listed in the words
it had when the data of a later period no longer shows it.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.findings import Finding, Report, WeeklyFinding, rules_text
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.finding_marks import NOT_TRUE, USEFUL, Mark
from recoveryjournal.store.findings import weekly_finding
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.focus import keep_in_place
from recoveryjournal.ui.look import heading

NOT_TRUE_TEXT = QT_TRANSLATE_NOOP("FindingRow", "Not true for me")
MIN_HEIGHT = 56
"""Pixels the list keeps on Insights however small the window: about one finding, scrolled."""
USEFUL_TEXT = QT_TRANSLATE_NOOP("FindingRow", "Useful")


def finding_text(headline: str, detail: str) -> str:
    """The headline in bold and its numbers under it, the person's own words (trigger names) escaped."""
    return f"<b>{html.escape(headline)}</b><br>{html.escape(detail)}"


class FindingCard(QFrame):
    """One finding with its buttons: show the check-ins behind it, useful, not true for me (and, on Today, dismiss)."""

    show_requested = Signal(str)
    marked = Signal(str, str)
    """``(key, verdict)``; an empty verdict takes a "useful" mark back."""
    dismissed = Signal(str)

    def __init__(
        self,
        key: str,
        headline: str,
        detail: str,
        verdict: str = "",
        can_show: bool = True,
        dismissable: bool = False,
        kept_on: str = "",
    ) -> None:
        super().__init__()
        self.key = key
        self.setObjectName("finding")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(finding_text(headline, detail) + (f"<br><i>{html.escape(kept_on)}</i>" if kept_on else ""))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(headline)
        self.text.setAccessibleDescription(detail)
        self.show_button = QPushButton(self.tr("Show me"), objectName="finding_show")
        self.show_button.setToolTip(self.tr("Open the chart and list the check-ins behind this"))
        self.show_button.setVisible(can_show)
        self.show_button.clicked.connect(lambda: self.show_requested.emit(self.key))
        self.useful = QPushButton(QCoreApplication.translate("FindingRow", USEFUL_TEXT), objectName="finding_useful")
        self.useful.setCheckable(True)
        self.useful.setChecked(verdict == USEFUL)
        self.useful.setToolTip(self.tr("Keep this one: it stays in the list"))
        self.useful.toggled.connect(lambda on: self.marked.emit(self.key, USEFUL if on else ""))
        self.not_true = QPushButton(
            QCoreApplication.translate("FindingRow", NOT_TRUE_TEXT), objectName="finding_not_true"
        )
        self.not_true.setToolTip(self.tr("It does not fit your experience: it will not be shown again"))
        self.not_true.clicked.connect(lambda: self.marked.emit(self.key, NOT_TRUE))
        self.dismiss = QPushButton(self.tr("Hide for this week"), objectName="finding_dismiss")
        self.dismiss.setVisible(dismissable)
        self.dismiss.clicked.connect(lambda: self.dismissed.emit(self.key))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.show_button, self.useful, self.not_true, self.dismiss):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self.text)
        column.addLayout(buttons)


class FindingsPanel(QFrame):
    """ "What stands out": the period's findings, surest and largest first, and the useful ones kept from before."""

    show_requested = Signal(object)
    """The ``Finding`` whose chart and check-ins to show."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("what_stands_out")
        self.report: Report | None = None
        self.shown: dict[str, Finding] = {}
        self.cards: list[FindingCard] = []
        self.title = heading(self.tr("What stands out"))
        self.summary = QLabel()
        self.summary.setObjectName("findings_summary")
        self.summary.setToolTip(rules_text())
        self.toggle = QPushButton(self.tr("Hide"), objectName="findings_toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggled)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        top.addWidget(self.toggle)
        self.body = QWidget()
        self.rows = QVBoxLayout(self.body)
        self.rows.setContentsMargins(0, 0, 0, 0)
        context.changed.connect(self._on_changed)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("What stands out"))
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(MIN_HEIGHT)  # Insights' splitter gives the chart the height; the person can drag
        self.scroll = scroll
        self.rules = QLabel(rules_text())
        self.rules.setObjectName("findings_rules")
        self.rules.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.scroll)
        # Inside the list (after the findings), so nothing above the chart changes height once the page has its width.
        self.rows.addWidget(self.rules)

    def _on_toggled(self, hidden: bool) -> None:
        self.toggle.setText(self.tr("Show") if hidden else self.tr("Hide"))
        self.scroll.setVisible(not hidden)

    def _on_changed(self, what: str) -> None:
        if what == "finding_marks" and self.report is not None:
            self._fill()

    def set_report(self, report: Report) -> None:
        self.report = report
        self._fill()

    def _fill(self) -> None:
        for card in self.cards:
            self.rows.removeWidget(card)
            card.deleteLater()
        self.cards = []
        marks = self.context.store.findings.marks()
        findings = self.report.without(key for key, mark in marks.items() if mark.verdict == NOT_TRUE)
        self.shown = {finding.key: finding for finding in findings}
        for finding in findings:
            verdict = marks[finding.key].verdict if finding.key in marks else ""
            self._add(FindingCard(finding.key, finding.headline, finding.detail, verdict))
        kept = [mark for mark in marks.values() if mark.verdict == USEFUL and mark.key not in self.shown]
        for mark in kept:
            self._add(self._kept_card(mark))
        self.summary.setText(self._summary_text(len(findings), len(kept)))
        keep_in_place(self)

    def _kept_card(self, mark: Mark) -> FindingCard:
        kept_on = self.tr("Kept as useful on {dates}; this period's data does not show it.").format(
            dates=dates.short_date(mark.marked_at.date())
        )
        return FindingCard(mark.key, mark.headline, mark.detail, USEFUL, can_show=False, kept_on=kept_on)

    def _add(self, card: FindingCard) -> None:
        card.show_requested.connect(lambda key: self.show_requested.emit(self.shown[key]))
        card.marked.connect(self.mark)
        self.rows.insertWidget(len(self.cards), card)
        card.show()  # added to a shown list, Qt would show it only later: its height is needed now
        self.cards.append(card)

    def _summary_text(self, shown: int, kept: int) -> str:
        checked = self.report.checked if self.report else 0
        if not checked:
            return self.tr("Not enough logged in this period to compare anything yet.")
        if not shown:
            text = self.tr("Nothing stands clear of chance in this period ({checked} comparisons checked).").format(
                checked=checked
            )
        else:
            text = self.tr("{shown} of {checked} comparisons checked stand out in this period.").format(
                shown=shown, checked=checked
            )
        return text + (self.tr(" {kept} kept from before.").format(kept=kept) if kept else "")

    def mark(self, key: str, verdict: str) -> None:
        """Remember what the person said; a finding not true for them leaves the list at once."""
        mark_finding(self.context, key, verdict, self.shown.get(key) or self.context.store.findings.marks().get(key))


def mark_finding(context: AppContext, key: str, verdict: str, finding: Finding | Mark | None) -> None:
    """Keep (or take back, with an empty ``verdict``) what the person said about a finding, in its words."""
    store = context.store
    if verdict and finding is not None:
        store.findings.mark(key, verdict, finding.headline, finding.detail, now_local())
    elif not verdict:
        store.findings.unmark(key)
    if verdict == NOT_TRUE:
        context.show_status(QCoreApplication.translate("Findings", "Thanks — that one won't be shown again."))
    elif verdict == USEFUL:
        context.show_status(QCoreApplication.translate("Findings", "Kept: it stays in “What stands out”."))
    context.notify("finding_marks")


class WeeklyFindingBox(QFrame):
    """Today's "This week in your data": one finding a week from the last 90 days, which the person can hide."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("weekly_finding")
        self.weekly: WeeklyFinding | None = None
        self.card: FindingCard | None = None
        self.title = heading(self.tr("This week in your data"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.title)
        self.hide()

        context.changed.connect(self._on_changed)

    def _on_changed(self, what: str) -> None:
        if what == "finding_marks" and self.weekly is not None:
            self.refresh(self.weekly.week, again=True)

    def refresh(self, today: date, again: bool = False) -> None:
        """Show this week's finding; within the same week only ``again`` (after a mark) reads it anew."""
        store = self.context.store
        if self.weekly is not None and self.weekly.week == week_start(today, store.settings.week_start()) and not again:
            return
        weekly = weekly_finding(store, today)
        self.weekly = weekly
        if self.card is not None:
            self.column.removeWidget(self.card)
            self.card.deleteLater()
            self.card = None
        if not weekly.key or weekly.dismissed or weekly.key in store.findings.not_true():
            self.hide()
            return
        mark = store.findings.marks().get(weekly.key)
        self.card = FindingCard(
            weekly.key, weekly.headline, weekly.detail, mark.verdict if mark else "", dismissable=True
        )
        self.card.show_requested.connect(self.show_in_insights)
        self.card.marked.connect(self.mark)
        self.card.dismissed.connect(self.dismiss)
        self.column.addWidget(self.card)
        self.show()

    def show_in_insights(self, key: str) -> None:
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page("insights").show_finding_key(key)

    def mark(self, key: str, verdict: str) -> None:
        mark_finding(self.context, key, verdict, self.weekly)

    def dismiss(self, _key: str) -> None:
        if self.weekly is not None:
            self.context.store.findings.set_weekly(replace(self.weekly, dismissed=True))
        self.hide()
        self.context.show_status(self.tr("Hidden until next week."))
