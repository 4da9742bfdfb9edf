"""Need help now: a calm window on top of everything, one click or F1 away, that walks through three small steps.

Pause and breathe (a 60-second paced-breathing guide), notice where you are and what you feel (saved as a check-in),
do one quick thing from the plan — with the person's own contacts and crisis line always in view. It also opens on
its own after a check-in whose craving is at or above the person's threshold. Esc closes it and returns the person to
where they were. ``HelpDesk`` is the one place every request for help goes through.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.coping_models import CopingAction, CopingUse
from recoveryjournal.domain.crisis import DEFAULT_CODE, CrisisLine, lines_to_show, own_line
from recoveryjournal.domain.crisis import SETTING_KEY as CRISIS_KEY
from recoveryjournal.domain.models import CheckIn
from recoveryjournal.domain.plan import DEFAULT_HELP_NOW_THRESHOLD, HELP_NOW_THRESHOLD_KEY
from recoveryjournal.ui import theme
from recoveryjournal.ui.announce import announce
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import (
    chosen_country,
    country_box,
    journal_crisis_lines,
    remember_country,
    start_crisis_lines,
    system_locale,
)
from recoveryjournal.ui.focus import keep_in_place
from recoveryjournal.ui.look import Space, Type, heading, points
from recoveryjournal.ui.pages.plan import plan_actions
from recoveryjournal.ui.widgets.scrolling import scroll_into


def help_now_style() -> str:
    """A calm sea-green tint over the theme in use, with white (or, in dark, base-coloured) steps."""
    c = theme.colours()
    title, breath = points(Type.SECTION), points(Type.FIGURE)
    return f"""
#helpNow {{ background: {c.calm_background}; }}
#helpNow QLabel {{ color: {c.calm_text}; }}
#helpNow QFrame#step QLabel {{ color: {c.text}; }}
#helpNow QFrame#step QLabel#stepTitle {{ font-size: {title}pt; font-weight: 600; color: {c.calm_title}; }}
#helpNow QFrame#step QLabel#breathWord {{ font-size: {breath}pt; color: {c.calm_title}; }}
#helpNow QFrame#step {{ background: {c.calm_panel}; border: 1px solid {c.calm_border}; border-radius: 10px; }}
"""


def help_now_threshold(context: AppContext) -> int:
    return int(context.store.settings.get(HELP_NOW_THRESHOLD_KEY, DEFAULT_HELP_NOW_THRESHOLD))


class BreathCircle(QWidget):
    """A circle that grows on the in-breath and shrinks on the out-breath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_level(self, level: float) -> None:
        self.level = max(0.0, min(1.0, level))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        biggest = min(self.width(), self.height()) / 2 - 4
        radius = biggest * (0.35 + 0.65 * self.level)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        c = theme.colours()
        painter.setBrush(QColor(c.calm_circle_ring))
        painter.drawEllipse(centre, biggest, biggest)
        painter.setBrush(QColor(c.calm_circle))
        painter.drawEllipse(centre, radius, radius)


class BreathingGuide(QWidget):
    """Paced breathing for one minute: in for 4 seconds, out for 6, with a countdown.

    Time advances in steps of ``STEP`` seconds on a ``QTimer``; ``set_tick_interval`` makes it run faster in tests.
    """

    STEP = 0.1
    finished = Signal()

    def __init__(self, inhale: float = 4, exhale: float = 6, total: float = 60, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inhale, self.exhale, self.total = inhale, exhale, total
        self.elapsed = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(int(self.STEP * 1000))
        self.timer.timeout.connect(self._tick)
        self.circle = BreathCircle()
        self.word = QLabel()
        self.word.setObjectName("breathWord")
        self.word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restart_button = QPushButton(self.tr("Breathe again"))
        self.restart_button.clicked.connect(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.circle)
        layout.addWidget(self.word)
        layout.addWidget(self.countdown)
        layout.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignCenter)
        self._show()

    def set_tick_interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)

    def start(self) -> None:
        self.elapsed = 0.0
        self._show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def phase(self) -> str:
        if self.elapsed >= self.total:
            return "done"
        return "in" if self.elapsed % (self.inhale + self.exhale) < self.inhale else "out"

    def _tick(self) -> None:
        self.elapsed = round(self.elapsed + self.STEP, 6)
        self._show()
        if self.elapsed >= self.total:
            self.timer.stop()
            self.finished.emit()

    def _show(self) -> None:
        position = self.elapsed % (self.inhale + self.exhale)
        phase = self.phase()
        if phase == "done":
            self.circle.set_level(0.0)
            self.word.setText(self.tr("Well done"))
            self.countdown.setText(self.tr("Notice how your body feels now."))
            return
        if phase == "in":
            self.circle.set_level(position / self.inhale)
            self.word.setText(self.tr("Breathe in… {math}").format(math=math.ceil(self.inhale - position)))
        else:
            out = position - self.inhale
            self.circle.set_level(1 - out / self.exhale)
            self.word.setText(self.tr("…and out… {math}").format(math=math.ceil(self.exhale - out)))
        left = math.ceil(self.total - self.elapsed)
        self.countdown.setText(self.tr("{left}:{left2:02d} left").format(left=left // 60, left2=left % 60))


def _step(title: str, intro: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("step")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(Space.PAGE, Space.PAGE, Space.PAGE, Space.PAGE)
    heading = QLabel(title)
    heading.setObjectName("stepTitle")
    heading.setWordWrap(True)
    text = QLabel(intro)
    text.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(text)
    return frame, layout


class HelpNowPanel(QFrame):
    """The help-now window: a top-level window of its own, so no dialog can sit on top of it (``HelpDesk`` opens it).

    ``context`` is the open journal (``None`` before it is unlocked); ``crisis_lines`` says which lines to show. While
    the app is locked, or before the journal is open, it is *private*: the breathing guide and the crisis line only,
    none of the person's plan, people or notes.
    """

    closed = Signal()

    def __init__(self, context: AppContext | None, crisis_lines: Callable[[], list[CrisisLine]]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.store = context.store if context is not None else None
        self._crisis_lines = crisis_lines
        self.craving: int | None = None
        self.private = context is None
        self.setObjectName("helpNow")
        self.setWindowTitle(self.tr("Need help now — Recovery Journal"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app open on its own
        theme.follow(self, lambda: self.setStyleSheet(help_now_style()))
        self.setAccessibleName(self.tr("Need help now"))
        self.setMinimumSize(640, 480)

        title = heading(self.tr("You're not alone. One step at a time."), Type.PAGE)
        title.setWordWrap(True)
        self.close_button = QPushButton(self.tr("I'm okay for now — close"))
        self.close_button.setToolTip(self.tr("Close and go back to where you were (Esc)"))
        self.close_button.clicked.connect(self.close_panel)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

        breathe, breathe_layout = _step(self.tr("1 · Pause and breathe"), self.tr("Follow the circle for one minute."))
        self.breathing = BreathingGuide()
        breathe_layout.addWidget(self.breathing)

        self.notice_step, notice_layout = _step(
            self.tr("2 · Notice"), self.tr("Where are you, and what are you feeling right now? One line is enough.")
        )
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Where I am and what I feel"))
        self.note.setPlaceholderText(self.tr("e.g. at home after work, restless, thinking about the weekend"))
        self.save_note_button = QPushButton(self.tr("Save as a check-in"))
        self.note_status = QLabel()
        self.note_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_note_button)
        notice_layout.addLayout(row)
        notice_layout.addWidget(self.note_status)
        self.note.returnPressed.connect(self.save_note)
        self.save_note_button.clicked.connect(self.save_note)

        self.act_step, act_layout = _step(
            self.tr("3 · Do one thing"), self.tr("Pick one of your go-to actions and do it now.")
        )
        self.actions_box = QWidget()
        self.actions_layout = QGridLayout(self.actions_box)
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.action_status = QLabel()
        self.action_status.setWordWrap(True)
        act_layout.addWidget(self.actions_box)
        act_layout.addWidget(self.action_status)
        self.private_note = QLabel(
            self.tr("Your plan and the people you can call show here again once your journal is unlocked.")
        )
        self.private_note.setWordWrap(True)

        self.people_step, people_layout = _step(self.tr("People you can call"), "")
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        people_layout.addWidget(self.people)
        crisis, crisis_layout = _step(
            self.tr("Crisis line"), self.tr("If you might hurt yourself or someone else, call now.")
        )
        self.crisis = QLabel(objectName="helpNowCrisis")
        self.crisis.setWordWrap(True)
        self.crisis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_crisis_button = QPushButton(self.tr("Change my crisis line"))
        crisis_layout.addWidget(self.crisis)
        crisis_layout.addWidget(self.edit_crisis_button, 0, Qt.AlignmentFlag.AlignLeft)
        crisis_layout.addWidget(self._build_crisis_editor())
        self.edit_crisis_button.clicked.connect(self._toggle_crisis_editor)

        side = QVBoxLayout()
        side.addWidget(self.people_step)
        side.addWidget(crisis)
        side.addStretch(1)
        main = QVBoxLayout()
        main.addWidget(breathe)
        main.addWidget(self.notice_step)
        main.addWidget(self.act_step)
        main.addWidget(self.private_note)
        main.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(main, 3)
        columns.addLayout(side, 2)
        body = QWidget()
        body.setObjectName("helpNowBody")
        body.setStyleSheet("#helpNowBody { background: transparent; }")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(Space.COLUMN, Space.PAGE, Space.COLUMN, Space.PAGE)
        body_layout.addLayout(top)
        body_layout.addLayout(columns)
        scroll = scroll_into(self, body, self.tr("Need help now"))
        scroll.setStyleSheet(
            "QScrollArea { background: transparent; } QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.close_panel, Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).setWhatsThis(self.tr("Close “Need help now” and go back to where you were"))
        self._show_private_parts()

    def _build_crisis_editor(self) -> QWidget:
        self.crisis_editor = QWidget()
        form = QFormLayout(self.crisis_editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.crisis_country = country_box(chosen_country(self.store) if self.store is not None else DEFAULT_CODE)
        self.crisis_name = QLineEdit()
        self.crisis_name.setAccessibleName(self.tr("Crisis line name"))
        self.crisis_name.setPlaceholderText(self.tr("e.g. Samaritans"))
        self.crisis_number = QLineEdit()
        self.crisis_number.setAccessibleName(self.tr("Crisis line number"))
        self.crisis_number.setPlaceholderText(self.tr("The number to call or text"))
        self.save_crisis_button = QPushButton(self.tr("Save"))
        self.reset_crisis_button = QPushButton(self.tr("Use the default"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_crisis_button)
        buttons.addWidget(self.reset_crisis_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Country"), self.crisis_country)
        form.addRow(QLabel(self.tr("Or your own line:")))
        form.addRow(self.tr("Name"), self.crisis_name)
        form.addRow(self.tr("Number"), self.crisis_number)
        form.addRow(buttons)
        self.crisis_editor.hide()
        self.save_crisis_button.clicked.connect(self._save_crisis_line)
        self.reset_crisis_button.clicked.connect(self._reset_crisis_line)
        return self.crisis_editor

    # --- opening and closing -------------------------------------------------------------------------------------

    def open_panel(self, craving: int | None = None) -> None:
        self.craving = craving
        self.note.clear()
        self.note_status.clear()
        self.action_status.clear()
        self.crisis_editor.hide()
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.breathing.start()
        (self.close_button if self.private else self.note).setFocus()
        announce(self, self.tr("Need help now is open. Esc or “I'm okay for now” takes you back."), assertive=True)

    def close_panel(self) -> None:
        if self.isVisible():
            self.hide()
        self.breathing.stop()
        self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's own close button works like "I'm okay for now"."""
        self.breathing.stop()
        super().closeEvent(event)
        self.closed.emit()

    def set_private(self, private: bool) -> None:
        """Hide (or show again) everything of the person's but the crisis line: the app was locked (or unlocked)."""
        self.private = private or self.context is None
        self._show_private_parts()
        self.refresh()

    def _show_private_parts(self) -> None:
        for part in (self.notice_step, self.act_step, self.people_step, self.edit_crisis_button):
            part.setVisible(not self.private)
        if self.private:
            self.crisis_editor.hide()
        self.private_note.setVisible(self.private)

    def refresh(self) -> None:
        if not self.private:
            self._refresh_actions()
            self._refresh_people()
        self._refresh_crisis()

    def crisis_lines(self) -> list[CrisisLine]:
        return self._crisis_lines()

    def _refresh_actions(self) -> None:
        while self.actions_layout.count():
            self.actions_layout.takeAt(0).widget().deleteLater()
        actions = plan_actions(self.store)
        if not actions:
            actions = sorted(self.store.coping.actions(), key=lambda a: (not a.favourite, a.name.casefold()))[:3]
            self.action_status.setText(self.tr("Your plan has no go-to actions yet; here are a few from your toolbox."))
        for index, action in enumerate(actions):
            button = QPushButton(action.name)
            button.setToolTip(action.description)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, chosen=action: self.use_action(chosen))
            self.actions_layout.addWidget(button, index // 2, index % 2)
        keep_in_place(self.actions_box)  # Tab: step 3's actions before the people and the crisis line beside them

    def action_buttons(self) -> list[QPushButton]:
        return [self.actions_layout.itemAt(i).widget() for i in range(self.actions_layout.count())]

    def _refresh_people(self) -> None:
        contacts = self.store.plan.contacts()
        if not contacts:
            self.people.setText(
                self.tr("Add people you can call in My plan, step 4, so they are here when you need them.")
            )
            return
        lines = []
        for contact in contacts:
            extra = ", ".join(part for part in (contact.relation, contact.when_to_call) if part.strip())
            lines.append(
                f"<p><b>{_escape(contact.name)}</b>{' — ' + _escape(extra) if extra else ''}"
                f"<br><span style='font-size:{points(Type.SECTION)}pt'>"
                f"{_escape(contact.phone) or QCoreApplication.translate('HelpNow', 'no number saved')}</span></p>"
            )
        self.people.setText("".join(lines))

    def _refresh_crisis(self) -> None:
        parts = []
        for line in self.crisis_lines():
            size = points(Type.SECTION)
            number = f"<br><span style='font-size:{size}pt'><b>{_escape(line.number)}</b></span>" if line.number else ""
            note = f"<br>{_escape(line.note)}" if line.note else ""
            parts.append(f"<p><b>{_escape(line.name)}</b>{number}{note}</p>")
        self.crisis.setText("".join(parts))

    # --- actions -------------------------------------------------------------------------------------------------

    def save_note(self) -> None:
        text = self.note.text()
        if not text.strip():
            self.note.setFocus()
            return
        checkin = CheckIn(at=now_local(), note=text)
        self.store.checkins.add(checkin)
        self.note.clear()
        self.note_status.setText(self.tr("Saved as a check-in. Noticing is a real step."))
        self.context.notify("checkins")
        self.context.checkin_saved.emit(checkin)

    def use_action(self, action: CopingAction) -> None:
        self.store.coping.add_use(CopingUse(action_id=action.id, at=now_local(), craving_before=self.craving))
        self.action_status.setText(
            self.tr("“{name}” — go and do it now. This panel will be here when you're back.").format(name=action.name)
        )
        self.context.notify("coping_uses")

    def _toggle_crisis_editor(self) -> None:
        showing = not self.crisis_editor.isVisible()
        if showing:
            own = own_line(self.store.settings.get(CRISIS_KEY))
            self.crisis_name.setText(own.name if own else "")
            self.crisis_number.setText(own.number if own else "")
            self.crisis_country.setCurrentIndex(max(0, self.crisis_country.findData(chosen_country(self.store))))
        self.crisis_editor.setVisible(showing)

    def _save_crisis_line(self) -> None:
        remember_country(self.store, self.crisis_country.currentData())
        line = CrisisLine(name=self.crisis_name.text().strip(), number=self.crisis_number.text().strip())
        self.store.settings.set(CRISIS_KEY, line.as_setting() if own_line(line.as_setting()) else None)
        self.crisis_editor.hide()
        self._refresh_crisis()
        self.context.notify("settings")

    def _reset_crisis_line(self) -> None:
        self.store.settings.set(CRISIS_KEY, None)
        self.crisis_editor.hide()
        self._refresh_crisis()
        self.context.notify("settings")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HELP_KEY = Qt.Key.Key_F1


def is_help_key(event: QEvent) -> bool:
    """F1 pressed (not released): the one key that asks for help from anywhere."""
    return event.type() == QEvent.Type.KeyPress and event.key() == HELP_KEY


class HelpDesk(QObject):
    """Help-now for the whole app, one rule in one place: F1 from any window (the main window, any dialog, session
    review, the unlock dialog, the lock screen) and every "need help" button end in ``request``.

    ``request`` opens the help-now window on top of the window the person is in — a top-level window of its own, made
    a transient child of that window, so a modal dialog neither blocks nor covers it — or, when it is open already,
    brings it to the front. Closing it returns the person to that window and the very field they were typing in.
    There is one desk per application (``help_desk()``); the open journal attaches its context, the lock makes it
    private.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.context: AppContext | None = None
        self.folder: Path | None = None
        self.home: QWidget | None = None  # the main window, where help returns when the person's window is gone
        self.locked = False
        self._panel: HelpNowPanel | None = None
        self._return_to: QWidget | None = None
        self._return_focus: QWidget | None = None
        app.installEventFilter(self)

    # --- what help shows -----------------------------------------------------------------------------------------

    def attach(self, context: AppContext | None, folder: Path | None = None, home: QWidget | None = None) -> None:
        """Show help for this journal from now on (``context=None``: the journal in ``folder`` is not open yet)."""
        if context is not self.context:
            self._drop_panel()
        self.context = context
        self.folder = Path(context.store.folder) if context is not None else folder
        self.home = home
        if home is not None:
            home.destroyed.connect(lambda *_: self._forget(context))

    def _forget(self, context: AppContext | None) -> None:
        if self.context is context:
            self.attach(None, self.folder)

    def _drop_panel(self) -> None:
        if self._panel is not None and shiboken6.isValid(self._panel):
            self._panel.hide()
            self._panel.deleteLater()
        self._panel = None

    def crisis_lines(self) -> list[CrisisLine]:
        if self.context is not None:
            return journal_crisis_lines(self.context.store)
        if self.folder is not None:
            return start_crisis_lines(self.folder)
        return lines_to_show(None, system_locale())

    @property
    def panel(self) -> HelpNowPanel:
        if self._panel is None:
            self._panel = HelpNowPanel(self.context, self.crisis_lines)
            self._panel.set_private(self.locked)
            self._panel.closed.connect(self._go_back)
        return self._panel

    def is_open(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    def owns(self, watched: QObject) -> bool:
        """Whether ``watched`` is the help-now window or inside it (the lock lets it be used)."""
        panel = self._panel
        return isinstance(watched, QWidget) and panel is not None and (watched is panel or panel.isAncestorOf(watched))

    def set_locked(self, locked: bool) -> None:
        """While the app is locked help shows only the breathing guide and the crisis line."""
        self.locked = locked
        if self._panel is not None:
            self._panel.set_private(locked)

    # --- asking for help -----------------------------------------------------------------------------------------

    def request(self, craving: int | None = None) -> HelpNowPanel:
        """Open help on top of where the person is, or bring the open one to the front."""
        for popup in iter(QApplication.activePopupWidget, None):
            popup.close()
        where = self._where_the_person_is()
        panel = self.panel
        if where is not None:  # asked from help itself: it stays where it is
            self._return_to, self._return_focus = where, QApplication.focusWidget()
            self._place_over(where)
        if panel.isVisible():
            if craving is not None:
                panel.craving = craving
            panel.show()
            panel.raise_()
            panel.activateWindow()
        else:
            panel.open_panel(craving)
        return panel

    def _where_the_person_is(self) -> QWidget | None:
        """The window the person is in (``None`` when it is the help window itself)."""
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        if active is None or not active.isVisible():
            active = self.home if self.home is not None and self.home.isVisible() else None
        return None if active is None or self.owns(active) else active

    def _place_over(self, window: QWidget) -> None:
        """Make help a transient child of ``window``: kept above it, and not blocked when it is modal."""
        panel = self.panel
        panel.winId()
        panel.windowHandle().setTransientParent(window.windowHandle())
        if panel.isVisible():
            return
        screen = window.screen().availableGeometry()
        size = QSize(min(1000, screen.width() - 40), min(720, screen.height() - 40))
        panel.resize(size.expandedTo(panel.minimumSize()))
        centre = window.frameGeometry().center()
        panel.move(centre.x() - panel.width() // 2, max(screen.top(), centre.y() - panel.height() // 2))

    def _go_back(self) -> None:
        """Back to the window the person asked from, with the cursor where it was."""
        window, focus = self._return_to, self._return_focus
        self._return_to = self._return_focus = None
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return
        window.raise_()
        window.activateWindow()
        if focus is not None and shiboken6.isValid(focus) and focus.window() is window:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def after_checkin(self, context: AppContext, checkin: object) -> None:
        craving = getattr(checkin, "craving", None)
        if craving is not None and craving >= help_now_threshold(context) and not self.is_open():
            self.request(craving)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_help_key(event):
            self.request()
            return True
        if event.type() == QEvent.Type.WindowBlocked and watched is self._panel:
            self._stay_above_the_new_dialog()
        return False

    def _stay_above_the_new_dialog(self) -> None:
        """A dialog opened over the window help belongs to would block help too: help moves above the dialog."""
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not self.owns(dialog):
            self._place_over(dialog)


def help_desk() -> HelpDesk:
    """The application's one help desk, made (and F1 made to work everywhere) on first use."""
    global _desk
    if _desk is None or not shiboken6.isValid(_desk):
        _desk = HelpDesk(QApplication.instance())
    return _desk


_desk: HelpDesk | None = None


def install_help_now(window: QMainWindow, context: AppContext) -> HelpDesk:
    """Attach ``window``'s journal to the help desk, put "Need help now" (F1) at the top of its Help menu, and open
    help after a high-craving check-in. ``window`` is the main window, with ``help_menu`` and ``add_action``."""
    desk = help_desk()
    desk.attach(context, home=window)
    context.help_now_requested.connect(desk.request)
    context.checkin_saved.connect(lambda checkin: desk.after_checkin(context, checkin))
    action = window.add_action(
        window.help_menu, QCoreApplication.translate("HelpNow", "Need help now"), lambda: desk.request(), "F1"
    )
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown in the menu; F1 itself goes to the desk
    first = window.help_menu.actions()[0]
    if first is not action:
        window.help_menu.removeAction(action)
        window.help_menu.insertAction(first, action)
    return desk
