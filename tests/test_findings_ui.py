"""Findings on screen, driven like a person: "What stands out" on Insights, the week's finding on Today, and the
"Useful" / "Not true for me" buttons remembered in the journal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recoveryjournal.domain import patterns as p
from recoveryjournal.store.finding_marks import NOT_TRUE, USEFUL


def insights_for_90_days(qtbot, main):
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.current_page_key() == "insights")
    page = main.page("insights")
    page.period_box.setFocus()
    qtbot.keyClick(page.period_box, Qt.Key.Key_Down)  # 30 days → 90 days
    assert page.preset() is p.PeriodPreset.QUARTER
    return page


def card_for(panel, words: str):
    return next(card for card in panel.cards if words in card.text.text())


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_what_stands_out_lists_findings_with_their_numbers_and_opens_the_checkins(qtbot, demo_window):
    page = insights_for_90_days(qtbot, demo_window)
    panel = page.findings
    assert panel.isVisible() and 1 <= len(panel.cards) <= 5
    assert not panel.cards[0].visibleRegion().isEmpty()  # on screen, not squeezed out of sight
    assert "comparisons checked stand out" in panel.summary.text()
    assert "at least 8 check-ins" in panel.rules.text()
    friday = card_for(panel, "Friday evenings")
    assert "out of 10 on average in" in friday.text.text()

    press(qtbot, friday.show_button)
    finding = panel.shown[friday.key]
    assert page.view().key == "when" and page.heatmap_subject() is p.HeatmapSubject.CRAVINGS
    assert page.drill_list.count() == finding.n_in
    assert all("Fri " in page.drill_list.item(row).text() for row in range(page.drill_list.count()))


def test_not_true_for_me_is_never_shown_again(qtbot, demo_window, demo_store):
    page = insights_for_90_days(qtbot, demo_window)
    card = card_for(page.findings, "“Peers who use”")
    key = card.key
    press(qtbot, card.not_true)
    qtbot.waitUntil(lambda: key not in {each.key for each in page.findings.cards})
    assert demo_store.findings.marks()[key].verdict == NOT_TRUE
    page.reload()
    assert key not in {each.key for each in page.findings.cards}
    assert key in {finding.key for finding in page.findings.report.findings}  # still in the data, just not said


def test_useful_is_kept_even_where_the_data_does_not_show_it(qtbot, demo_window, demo_store):
    page = insights_for_90_days(qtbot, demo_window)
    card = card_for(page.findings, "Friday evenings")
    key, headline = card.key, page.findings.shown[card.key].headline
    press(qtbot, card.useful)
    assert demo_store.findings.marks()[key].verdict == USEFUL
    assert card_for(page.findings, "Friday evenings").useful.isChecked()

    page.period_box.setFocus()
    qtbot.keyClick(page.period_box, Qt.Key.Key_Up)
    qtbot.keyClick(page.period_box, Qt.Key.Key_Up)  # the last 7 days: too little to say anything
    assert page.preset() is p.PeriodPreset.WEEK
    kept = card_for(page.findings, "Kept as useful")
    assert kept.key == key and headline in kept.text.text() and not kept.show_button.isVisible()
    press(qtbot, kept.useful)  # taken back
    assert key not in demo_store.findings.marks()
    assert not page.findings.cards


def test_today_shows_one_finding_a_week_that_can_be_hidden_or_followed(qtbot, demo_window, demo_store):
    today = demo_window.page("today")
    box = today.weekly_finding
    qtbot.waitUntil(lambda: box.isVisible())
    weekly = box.weekly
    assert weekly.key and weekly.headline in box.card.text.text()

    press(qtbot, box.card.show_button)
    qtbot.waitUntil(lambda: demo_window.current_page_key() == "insights")
    insights = demo_window.page("insights")
    finding = insights.findings.shown[weekly.key]
    if finding.kind == "coping":  # the check-ins the uses were logged with (a use may stand alone)
        assert 0 < insights.drill_list.count() <= finding.n_in
    elif finding.kind in ("sleep", "session"):  # n counts days; the list holds every check-in of those days
        assert insights.drill_list.count() >= finding.n_in
    else:
        assert insights.drill_list.count() == finding.n_in

    demo_window.show_page("today")
    press(qtbot, box.card.dismiss)
    assert not box.isVisible() and demo_store.findings.weekly().dismissed
    today.refresh()
    assert not box.isVisible()
