"""Today: the page the app opens on — sober days, today's check-ins, the latest entries and one big check-in button.

Lists here are live records: Enter or double-click edits, Delete moves to the trash (Ctrl+Z brings it back).
The reflection issue puts its prompt in ``reflection_slot`` through ``set_reflection_widget``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

# No ``Qt`` namespace before the first paint: its first use creates ~100 enum types (~17 ms).
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates, milestones
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.milestones import Milestone
from recoveryjournal.domain.models import CheckIn, JournalEntry, Lapse, Substance, emotion_label, mood_label
from recoveryjournal.domain.sobriety import SobrietyStatus, statuses
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import Type, heading, page_heading, page_layout, sized
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.columns import Columns
from recoveryjournal.ui.widgets.scrolling import scroll_into

CELEBRATED_KEY = "milestones/celebrated"
"""Journal setting: the ``celebration_key`` of every milestone Today has celebrated, so none is celebrated twice."""

if TYPE_CHECKING:  # Qt passes one to keyPressEvent; importing its type costs ~2.5 ms at start
    from PySide6.QtGui import QKeyEvent


def days_text(days: int) -> str:
    return QCoreApplication.translate("Today", "%n day(s)", "", days)


def checkin_line(checkin: CheckIn, trigger_names: dict[int, str]) -> str:
    """How it was on the first line; what came with it (emotions, triggers, coping) on a second, when there is any."""
    first = [f"{checkin.at:%H:%M}"]
    if checkin.mood is not None:
        first.append(
            QCoreApplication.translate("Today", "Mood {mood} · {label}").format(
                mood=checkin.mood, label=mood_label(checkin.mood)
            )
        )
    if checkin.craving is not None:
        craving = (
            QCoreApplication.translate("Today", "Craving {craving}/10 for {substance}")
            if checkin.substance
            else QCoreApplication.translate("Today", "Craving {craving}/10")
        )
        first.append(craving.format(craving=checkin.craving, substance=checkin.substance))
    second = []
    if checkin.emotions:
        second.append(", ".join(emotion_label(emotion) for emotion in checkin.emotions))
    names = [trigger_names[trigger_id] for trigger_id in checkin.trigger_ids if trigger_id in trigger_names]
    if names:
        second.append(QCoreApplication.translate("Today", "Triggers: {names}").format(names=", ".join(names)))
    if checkin.craving_after is not None:
        second.append(
            QCoreApplication.translate("Today", "after coping {craving_after}/10").format(
                craving_after=checkin.craving_after
            )
        )
    return "\n".join("  —  ".join(parts) for parts in (first, second) if parts)


def entry_line(entry: JournalEntry) -> str:
    title = (
        entry.title.strip() or (entry.body.strip().splitlines() or [QCoreApplication.translate("Today", "Untitled")])[0]
    )
    title = title if len(title) <= 70 else title[:69] + "…"
    line = QCoreApplication.translate("Today", "{date}  —  {title}  (%n word(s))", "", entry.word_count)
    return line.format(date=dates.weekday_day_month(entry.created_at.date()), title=title)


def lapse_line(lapse: Lapse) -> str:
    return f"{dates.weekday_short_date(lapse.at.date())}  —  {lapse.substance}" + (
        f" ({lapse.amount})" if lapse.amount else ""
    )


class RecordList(QListWidget):
    """A list of records: Enter or double-click asks to edit, Delete asks to move to the trash."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, name: str, accessible: str, deletable: bool = True, single_lines: bool = True) -> None:
        super().__init__()
        self.deletable = deletable
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        # Long lines run out of sight (the whole text is the tooltip) rather than wrap: measuring wrapped heights cost
        # Today's start ~1.5 ms. Records of one line each are all the same height, which spares measuring them. The
        # policy by name: Qt's enum namespace costs the start ~15 ms.
        self.setUniformItemSizes(single_lines)
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setSpacing(3)
        self.setAlternatingRowColors(True)
        self._ids: list[int] = []  # row i shows record _ids[i]
        self.itemActivated.connect(self._activated)

    def set_records(self, lines: list[tuple[int, str]]) -> None:
        self.clear()
        self._ids = [record_id for record_id, _text in lines]
        for _record_id, text in lines:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.addItem(item)
        self.setVisible(bool(lines))
        shown = range(min(len(lines), 6))  # more than six scroll
        rows = sum(self.sizeHintForRow(row) + 2 * self.spacing() for row in shown)
        self.setFixedHeight(rows + 2 * self.frameWidth())

    def current_id(self) -> int | None:
        row = self.currentRow()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _activated(self, item: QListWidgetItem) -> None:
        self.edit_requested.emit(self._ids[self.row(item)])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
            self.edit_requested.emit(self.current_id())
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.deletable and self.current_id():
            self.delete_requested.emit(self.current_id())
        else:
            super().keyPressEvent(event)


class StreakCard(QFrame):
    """One tracked substance: the current run big, longest and the days sober in all beside it, and the next
    milestone. Right after a lapse the big number is the days sober in all and the card speaks of starting again:
    those days still count. A milestone reached lately is celebrated here, quietly, once (``celebrate``)."""

    def __init__(
        self, substance: Substance, status: SobrietyStatus, today: date, celebrate: Milestone | None = None
    ) -> None:
        super().__init__()
        self.substance = substance
        self.setObjectName("streak_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        starting_again = status.last_lapse is not None and status.current_days == 0
        shown = status.total_days if starting_again else status.current_days
        self.current = QLabel(str(shown), objectName="current_days")
        sized(self.current, Type.FIGURE, bold=True)
        if starting_again:
            what = QLabel(self.tr("day(s) sober in all", "", shown))
            self.current.setAccessibleName(
                self.tr("{days} sober in all, starting again without {name}").format(
                    days=days_text(shown), name=substance.name
                )
            )
        else:
            what = QLabel(self.tr("day(s) free from {name}", "", shown).format(name=substance.name))
            self.current.setAccessibleName(
                self.tr("{current_days} without {name}").format(current_days=days_text(shown), name=substance.name)
            )
        what.setObjectName("streak_words")
        what.setProperty("textFormat", "PlainText")  # the name as typed, never as markup; Qt's enum costs a start
        self.words = what
        if starting_again:  # the days in all are the big number already
            details = self.tr("Longest: {longest_days}").format(longest_days=days_text(status.longest_days))
        else:
            details = self.tr("Longest: {longest_days}   ·   {total_days} sober in all").format(
                longest_days=days_text(status.longest_days), total_days=days_text(status.total_days)
            )
        self.details = QLabel(details, objectName="streak_details")
        if starting_again:
            note = self.tr(
                "Starting again with {name}. Every day before this one still counts; tomorrow is day one."
            ).format(name=substance.name)
        elif celebrate is not None:
            note = self.tr("{label} free from {name}, reached {date}. {reflection}").format(
                label=celebrate.label,
                name=substance.name,
                date=dates.weekday_day_month(celebrate.on),
                reflection=celebrate.reflection,
            )
        else:
            upcoming = milestones.next_milestone(status.current.start, today)
            note = self.tr("Next milestone: {label}, on {date}").format(
                label=upcoming.label, date=dates.weekday_day_month(upcoming.on)
            )
        self.milestone = QLabel(note, objectName="milestone")
        self.milestone.setProperty("textFormat", "PlainText")
        self.celebrating = celebrate is not None and not starting_again
        if self.celebrating:
            bold = QFont(self.milestone.font())
            bold.setBold(True)
            self.milestone.setFont(bold)
        # Only a celebration or a new start is long enough to wrap; a wrapping label costs every layout pass more.
        self.milestone.setWordWrap(self.celebrating or starting_again)
        self.edit = QToolButton(objectName="edit_substance")
        self.edit.setText(self.tr("Edit…"))
        self.edit.setToolTip(self.tr("Change the name or start date for {name}").format(name=substance.name))
        top = QHBoxLayout()
        top.addWidget(self.current)
        top.addLayout(pushed(what, down=True), 1)
        top.addLayout(pushed(self.edit, down=False))
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.details)
        column.addWidget(self.milestone)


def pushed(widget: QWidget, down: bool) -> QVBoxLayout:
    """``widget`` at the bottom (``down``) or top of its row: a stretch takes the rest, no alignment enum needed."""
    column = QVBoxLayout()
    if down:
        column.addStretch(1)
    column.addWidget(widget)
    if not down:
        column.addStretch(1)
    return column


class TodayPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store

        self.heading = page_heading("")
        self.quick_checkin = QPushButton(self.tr("Quick check-in   (Ctrl+K)"), objectName="quick_checkin")
        self.quick_checkin.setMinimumHeight(48)
        bold = QFont(self.quick_checkin.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * Type.SECTION)
        self.quick_checkin.setFont(bold)
        self.quick_checkin.setToolTip(self.tr("How you feel, any craving and what set it off — in a few seconds"))
        self.quick_checkin.clicked.connect(self.open_checkin)
        self.log_lapse = QPushButton(self.tr("Log a lapse…"), objectName="log_lapse")
        self.log_lapse.clicked.connect(self.open_lapse)
        self.add_substance = QPushButton(self.tr("Start tracking a substance…"), objectName="add_substance")
        self.add_substance.clicked.connect(lambda: self.edit_substance())

        self.streaks = QWidget(objectName="streaks")
        self.streak_layout = QVBoxLayout(self.streaks)
        self.streak_layout.setContentsMargins(0, 0, 0, 0)
        self.no_streaks = QLabel(
            self.tr(
                "Track a substance to see your sober days here: how long this run is, your longest, and your total."
            ),
            objectName="no_streaks",
        )

        self._celebrating: dict[str, Milestone] = {}  # milestones this page has celebrated, by celebration key
        self.checkins = RecordList("today_checkins", self.tr("Today's check-ins"), single_lines=False)
        self.checkins.edit_requested.connect(self.edit_checkin)
        self.checkins.delete_requested.connect(self.delete_checkin)
        self.no_checkins = QLabel(self.tr("No check-ins yet today. One takes a few seconds."), objectName="no_checkins")
        self.entries = RecordList("latest_entries", self.tr("Latest journal entries"), deletable=False)
        self.entries.edit_requested.connect(self.open_entry)
        self.no_entries = QLabel(
            self.tr("Nothing written yet. The {page} page (Ctrl+2) is there whenever you want to write.").format(
                page=page_title("journal")
            ),
            objectName="no_entries",
        )
        self.lapses = RecordList("recent_lapses", self.tr("Lapses"))
        self.lapses.edit_requested.connect(self.edit_lapse)
        self.lapses.delete_requested.connect(self.delete_lapse)
        self.lapses_title = heading(self.tr("Lapses"))

        self.reflection_slot = QFrame(objectName="reflection_slot")
        self.reflection_layout = QVBoxLayout(self.reflection_slot)
        self.reflection_layout.setContentsMargins(0, 0, 0, 0)
        self.reflection_slot.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.quick_checkin, 2)
        actions.addWidget(self.log_lapse, 1)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Sober days")))
        left.addWidget(self.streaks)
        left.addWidget(self.no_streaks)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_substance)
        add_row.addStretch(1)
        left.addLayout(add_row)
        left.addWidget(heading(self.tr("Today's check-ins")))
        left.addWidget(self.checkins)
        left.addWidget(self.no_checkins)
        left.addStretch(1)
        self.weekly_finding = None
        right = self.right = QVBoxLayout()
        right.addWidget(self.reflection_slot)
        self.due_slot = QVBoxLayout()  # the questionnaires due, added by ``finish_setup``
        right.addLayout(self.due_slot)
        right.addWidget(heading(self.tr("Latest journal entries")))
        right.addWidget(self.entries)
        right.addWidget(self.no_entries)
        right.addWidget(self.lapses_title)
        right.addWidget(self.lapses)
        right.addStretch(1)
        self.columns = Columns(left, right, stretch=(3, 2))

        content = QWidget()
        page = page_layout(QVBoxLayout(content))
        page.addWidget(self.heading)
        page.addLayout(actions)
        page.addWidget(self.columns)
        scroll_into(self, content, page_title("today"))

        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        # A coarse timer may fire up to 5% (an hour) off; by name, because Qt's enum namespace costs the start ~15 ms.
        self.midnight.setProperty("timerType", "PreciseTimer")
        self.midnight.timeout.connect(self._new_day)
        context.changed.connect(lambda _what: self.refresh())
        if not getattr(parent, "deferring_setup", False):  # a window that starts in two phases calls finish_setup
            self.finish_setup()

    def finish_setup(self) -> None:
        """Add the day's reflection question and the questionnaires due; the first paint does without both."""
        from recoveryjournal.ui.widgets.daily_question import DailyQuestion
        from recoveryjournal.ui.widgets.due_measures import DueMeasures

        self.add_weekly_finding()
        self.set_reflection_widget(DailyQuestion(self.context))
        self.due_measures = DueMeasures(self.context, self)  # a parent first: shown alone it would be a window
        self.due_slot.addWidget(self.due_measures)
        self.follow_reading_order()

    def add_weekly_finding(self) -> None:
        """This week's finding in the person's data, above the day's question (picked first, so the question may
        build on it); it loads the findings engine."""
        from recoveryjournal.ui.widgets.findings import WeeklyFindingBox

        self.weekly_finding = WeeklyFindingBox(self.context)
        self.right.insertWidget(0, self.weekly_finding)
        self.weekly_finding.refresh(now_local().date())

    def set_reflection_widget(self, widget: QWidget) -> None:
        """Show ``widget`` (the day's reflection prompt) in its place on Today, replacing any earlier one."""
        while self.reflection_layout.count():
            old = self.reflection_layout.takeAt(0).widget()
            if old is not None and old is not widget:
                old.deleteLater()
        self.reflection_layout.addWidget(widget)
        self.reflection_slot.show()

    def _new_day(self) -> None:
        """Midnight: new counts, unless the journal has been closed meanwhile (a window outliving its journal)."""
        if not self.context.store.closed:
            self.refresh()

    def refresh(self) -> None:
        now = now_local()
        today = now.date()
        title = dates.weekday_day_month_long(now.date())
        self.heading.setText(title[:1].upper() + title[1:])
        tomorrow = datetime.combine(today + timedelta(days=1), datetime.min.time()).astimezone()
        self.midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)  # a new day: new counts
        all_lapses = self.store.lapses.all()
        self._show_streaks(today, all_lapses)
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        self._show_checkins(start, start + timedelta(days=1))
        entries = self.store.journal.recent(5)
        self.entries.set_records([(entry.id, entry_line(entry)) for entry in entries])
        self.no_entries.setVisible(not entries)
        latest = list(reversed(all_lapses))[:5]
        self.lapses.set_records([(lapse.id, lapse_line(lapse)) for lapse in latest])
        self.lapses_title.setVisible(bool(latest))
        if self.weekly_finding is not None:
            self.weekly_finding.refresh(today)
        # After every part has redrawn (those that listen to the journal redraw after this page): Tab then follows
        # the left column, then the right one. At start, once the window is set up: Tab is not pressed before the first
        # paint, and the helpers load Qt's namespace of enums (~250 types, a tenth of a second on a slow laptop).
        when_set_up = getattr(self.window(), "when_set_up", None)
        if callable(when_set_up):
            when_set_up(lambda: QTimer.singleShot(0, self, self.follow_reading_order))
        else:
            QTimer.singleShot(0, self, self.follow_reading_order)

    def follow_reading_order(self) -> None:
        from recoveryjournal.ui.focus import set_reading_order

        set_reading_order(
            (
                self.quick_checkin,
                self.log_lapse,
                self.streaks,
                self.add_substance,
                self.checkins,
                self.weekly_finding,
                self.reflection_slot,
                getattr(self, "due_measures", None),
                self.entries,
                self.lapses,
            )
        )

    def _show_streaks(self, today: date, lapses: list[Lapse]) -> None:
        while self.streak_layout.count():
            old = self.streak_layout.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        substances = self.store.sobriety.all()
        celebrated = set(self.store.settings.get(CELEBRATED_KEY, []))
        for substance, status in zip(substances, statuses(substances, lapses, today), strict=True):
            card = StreakCard(substance, status, today, self._celebration(substance, status, today, celebrated))
            card.edit.clicked.connect(lambda _=False, chosen=substance: self.edit_substance(chosen))
            self.streak_layout.addWidget(card)
        self.no_streaks.setVisible(not substances)
        self.no_streaks.setWordWrap(not substances)  # even hidden, a wrapping label costs every layout pass
        self.add_substance.setText(
            self.tr("Track another substance…") if substances else self.tr("Start tracking a substance…")
        )

    def _celebration(
        self, substance: Substance, status: SobrietyStatus, today: date, celebrated: set[str]
    ) -> Milestone | None:
        """A milestone reached lately and never celebrated is remembered as celebrated the first time Today shows
        it (so the next start does not repeat it), and stays on the card while the app runs."""
        found = milestones.to_celebrate(substance.name, status.current.start, today, celebrated)
        if found is not None:
            key = milestones.celebration_key(substance.name, found)
            celebrated.add(key)
            self.store.settings.set(CELEBRATED_KEY, sorted(celebrated))
            self._celebrating[key] = found
        done = milestones.reached(status.current.start, today)
        latest = milestones.celebration_key(substance.name, done[-1]) if done else None
        return self._celebrating.get(latest)

    def _show_checkins(self, start: datetime, end: datetime) -> None:
        names = {trigger.id: trigger.name for trigger in self.store.triggers.list(include_archived=True)}
        found = sorted(self.store.checkins.between(start, end), key=lambda checkin: checkin.at, reverse=True)
        self.checkins.set_records([(checkin.id, checkin_line(checkin, names)) for checkin in found])
        self.no_checkins.setVisible(not found)

    def streak_cards(self) -> list[StreakCard]:
        return [self.streak_layout.itemAt(index).widget() for index in range(self.streak_layout.count())]

    # The dialogs load on first use: none of them is needed to show the page.

    def edit_substance(self, substance: Substance | None = None) -> None:
        from recoveryjournal.ui.dialogs.substance import open_substance_dialog

        open_substance_dialog(self.context, self, substance)

    def open_checkin(self) -> None:
        from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

        open_checkin_dialog(self.context, self.window())

    def open_lapse(self) -> None:
        from recoveryjournal.ui.dialogs.lapse import open_lapse_dialog

        open_lapse_dialog(self.context, self.window())

    def edit_checkin(self, checkin_id: int) -> None:
        from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

        open_checkin_dialog(self.context, self.window(), self.store.checkins.get(checkin_id))

    def delete_checkin(self, checkin_id: int) -> None:
        checkin = self.store.checkins.get(checkin_id)
        self.store.checkins.delete(checkin_id)
        when = f"{dates.weekday_day_month(checkin.at.date())} {dates.clock(checkin.at)}"
        self.context.undo.push("checkins", checkin_id, self.tr("Check-in {when}").format(when=when))
        self.context.notify("checkins")
        self.context.show_status(self.tr("Check-in moved to the trash. Ctrl+Z brings it back."))

    def edit_lapse(self, lapse_id: int) -> None:
        from recoveryjournal.ui.dialogs.lapse import open_lapse_dialog

        open_lapse_dialog(self.context, self.window(), self.store.lapses.get(lapse_id))

    def delete_lapse(self, lapse_id: int) -> None:
        from recoveryjournal.ui.dialogs.lapse import recount_all

        lapse = self.store.lapses.get(lapse_id)
        with self.store.db.atomic():
            self.store.lapses.delete(lapse_id)
            recount_all(self.store)
        self.context.undo.push("lapses", lapse_id, self.tr("Lapse {lapse_line}").format(lapse_line=lapse_line(lapse)))
        self.context.notify("lapses")
        self.context.show_status(self.tr("Lapse moved to the trash. Ctrl+Z brings it back."))

    def open_entry(self, entry_id: int) -> None:
        """Hand the entry to the Journal page when it is there to show it."""
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if not callable(show_page):
            return
        try:
            page = show_page("journal")
        except (KeyError, ValueError):
            return
        open_entry = getattr(page, "open_entry", None)
        if callable(open_entry):
            open_entry(entry_id)
