"""Quick check-in: how you feel, how strong the craving is, what set it off — in seconds, by keyboard.

Mood has focus first (keys 1–5), Tab goes to the craving (type a number), Tab to what it is for, Tab to triggers
(type-ahead, Enter adds), then the emotions, and Enter saves: Tab follows the rows as they are drawn. Everything is
written in one transaction, new triggers included. The same dialog edits a check-in.
The text boxes keep a draft as the person types (``ui.drafts``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.models import EMOTIONS, CheckIn, emotion_label
from recoveryjournal.store.errors import NameTakenError
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.daily_care import DailyCare
from recoveryjournal.ui.widgets.flow_layout import FlowLayout
from recoveryjournal.ui.widgets.mood_scale import MoodScale
from recoveryjournal.ui.widgets.scrolling import fit_to_screen
from recoveryjournal.ui.widgets.trigger_picker import TriggerPicker
from recoveryjournal.ui.widgets.when import FUTURE_GRACE, WhenEdit, confirm_future

EMPTY_MESSAGE = QT_TRANSLATE_NOOP(
    "CheckInDialog", "Add at least one thing before saving: your mood (1–5), a craving level, an emotion or a trigger."
)
NOT_NOTED = -1


def craving_spin(name: str, accessible: str) -> QSpinBox:
    """0–10, or "not noted" below zero, so leaving it alone records nothing."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(NOT_NOTED, 10)
    spin.setSpecialValueText(QCoreApplication.translate("Checkin", "Not noted"))
    spin.setValue(NOT_NOTED)
    spin.setAccessibleName(accessible)
    spin.setToolTip(QCoreApplication.translate("Checkin", "0 = no craving, 10 = the strongest you know"))
    spin.setAccessibleDescription(spin.toolTip())  # the scale's ends, for a screen reader too
    return spin


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_NOTED else spin.value()


class CheckInDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, checkin: CheckIn | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.checkin = checkin
        self.setObjectName("checkin_dialog")
        self.setWindowTitle(self.tr("Edit check-in") if checkin else self.tr("Quick check-in"))

        self.when = WhenEdit(checkin.at if checkin else now_local())
        self.when.setObjectName("checkin_when")
        self.when.setAccessibleName(self.tr("When"))

        self.mood = MoodScale()

        self.emotion_buttons: dict[str, QPushButton] = {}
        emotions = QWidget()
        self.emotion_grid = FlowLayout(emotions)  # the chips wrap onto as many lines as the width needs
        for emotion in EMOTIONS:
            self._add_emotion(emotion)

        self.craving = craving_spin("craving", self.tr("Craving, 0 to 10"))
        self.craving_slider = QSlider(Qt.Orientation.Horizontal)
        self.craving_slider.setRange(0, 10)
        self.craving_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the number box beside it takes the keys
        self.craving_slider.setAccessibleName(self.tr("Craving, 0 to 10"))
        self.craving_slider.valueChanged.connect(self.craving.setValue)
        self.craving.valueChanged.connect(lambda value: self.craving_slider.setValue(max(0, value)))
        self.substance = QComboBox()
        self.substance.setObjectName("substance")
        self.substance.setEditable(True)
        self.substance.setAccessibleName(self.tr("Substance the craving is for"))
        self.substance.addItems([substance.name for substance in self.store.sobriety.all()])
        craving_box = QWidget()
        craving_row = QHBoxLayout(craving_box)
        craving_row.setContentsMargins(0, 0, 0, 0)
        craving_box.setFocusProxy(self.craving)
        craving_row.addWidget(self.craving)
        craving_row.addWidget(self.craving_slider, 1)
        craving_row.addWidget(QLabel(self.tr("for")))
        craving_row.addWidget(self.substance)

        self.triggers = TriggerPicker(self.store.triggers)
        self.daily_care = DailyCare(self.store, self.when.moment().date())

        self.more_toggle = QToolButton()
        self.more_toggle.setObjectName("more_details")
        self.more_toggle.setText(self.tr("More details (where, who, what helped)"))
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_toggle.toggled.connect(self._show_more)
        self.more = QWidget()
        more_form = QFormLayout(self.more)
        more_form.setContentsMargins(0, 0, 0, 0)
        self.where = QLineEdit(objectName="where", placeholderText=self.tr("e.g. home, work, on the bus"))
        self.with_whom = QLineEdit(objectName="with_whom", placeholderText=self.tr("e.g. alone, with friends"))
        self.what_happening = QLineEdit(objectName="what_happening", placeholderText=self.tr("What was going on?"))
        self.note = QLineEdit(objectName="note", placeholderText=self.tr("Anything else"))
        self.coping = QComboBox(objectName="coping_action")
        self.coping.addItem(self.tr("None"), None)
        for action in self.store.coping.actions():
            self.coping.addItem(action.name, action.id)
        self.craving_after = craving_spin("craving_after", self.tr("Craving after the coping action, 0 to 10"))
        more_form.addRow(self.tr("Where"), self.where)
        more_form.addRow(self.tr("With whom"), self.with_whom)
        more_form.addRow(self.tr("What was happening"), self.what_happening)
        more_form.addRow(self.tr("Coping action used"), self.coping)
        more_form.addRow(self.tr("Craving after it"), self.craving_after)
        more_form.addRow(self.tr("Note"), self.note)
        self.more.hide()

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlighted-text); background: palette(highlight); padding: 4px;")
        self.message.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(
            self.tr("&Mood"), self.mood
        )  # the rows in the order Tab takes them: mood, craving, triggers, emotions
        form.addRow(self.tr("&Craving"), craving_box)
        form.addRow(self.tr("&Triggers"), self.triggers)
        form.addRow(self.tr("Emotions"), emotions)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.daily_care)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.more_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.more)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_to_screen(self)

        self.save_button.setDefault(True)  # once the button belongs to the dialog, or the dialog will not know
        QWidget.setTabOrder(self.mood, self.craving)
        QWidget.setTabOrder(self.craving, self.substance)
        QWidget.setTabOrder(self.substance, self.triggers.input)
        if checkin is not None:
            self._load(checkin)
        drafts = self.keep_drafts(self.store, "checkin", self.windowTitle(), checkin.id if checkin else None)
        for name, label, box in (
            ("where", self.tr("Where"), self.where),
            ("with_whom", self.tr("With whom"), self.with_whom),
            ("what_happening", self.tr("What was happening"), self.what_happening),
            ("note", self.tr("Note"), self.note),
        ):
            drafts.watch(name, label, box)
        self.mood.setFocus()

    def _add_emotion(self, emotion: str) -> QPushButton:
        """A chip for ``emotion``: the usual ones, then any other the check-in holds (an import's, say), so
        editing it never drops a word the person had."""
        button = QPushButton(emotion_label(emotion))
        button.setObjectName(f"emotion_{emotion}")
        button.setCheckable(True)
        button.setAutoDefault(False)
        self.emotion_grid.addWidget(button)
        self.emotion_buttons[emotion] = button
        return button

    def _load(self, checkin: CheckIn) -> None:
        self.mood.setValue(checkin.mood)
        for emotion in checkin.emotions:
            (self.emotion_buttons.get(emotion) or self._add_emotion(emotion)).setChecked(True)
        self.craving.setValue(NOT_NOTED if checkin.craving is None else checkin.craving)
        if checkin.substance:
            if self.substance.findText(checkin.substance) < 0:
                self.substance.addItem(checkin.substance)
            self.substance.setCurrentText(checkin.substance)
        self.triggers.set_trigger_ids(checkin.trigger_ids)
        self.where.setText(checkin.where)
        self.with_whom.setText(checkin.with_whom)
        self.what_happening.setText(checkin.what_happening)
        self.note.setText(checkin.note)
        if checkin.coping_action_id is not None:
            index = self.coping.findData(checkin.coping_action_id)
            if index < 0:
                self.coping.addItem(
                    self.store.coping.get_action(checkin.coping_action_id).name, checkin.coping_action_id
                )
                index = self.coping.count() - 1
            self.coping.setCurrentIndex(index)
        self.craving_after.setValue(NOT_NOTED if checkin.craving_after is None else checkin.craving_after)
        has_details = any(
            (checkin.where, checkin.with_whom, checkin.what_happening, checkin.note, checkin.coping_action_id)
        )
        self.more_toggle.setChecked(bool(has_details))

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def gathered(self) -> CheckIn:
        """The check-in as the form shows it (new triggers not yet written)."""
        craving = spin_value(self.craving)
        chosen = [emotion for emotion, button in self.emotion_buttons.items() if button.isChecked()]
        kept = [emotion for emotion in self.checkin.emotions if emotion in chosen] if self.checkin else []
        return CheckIn(
            id=self.checkin.id if self.checkin else None,
            at=self.when.moment(),
            mood=self.mood.value(),
            emotions=list(dict.fromkeys([*kept, *chosen])),  # in the order the check-in had them, new ones after
            craving=craving,
            substance=self.substance.currentText().strip() if craving is not None else "",
            trigger_ids=[trigger.id for trigger in self.triggers.chosen() if trigger.id is not None],
            where=self.where.text(),
            with_whom=self.with_whom.text(),
            what_happening=self.what_happening.text(),
            note=self.note.text(),
            coping_action_id=self.coping.currentData(),
            craving_after=spin_value(self.craving_after),
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        refusal = self.when.refusal()
        if refusal:
            self.show_message(refusal)
            self.when.setFocus()
            return
        checkin = self.gathered()
        if checkin.is_empty() and not self.triggers.chosen():
            if self.daily_care.has_answers():
                self._save_daily_care_only(checkin.at.date())
                return
            self.show_message(self.tr(EMPTY_MESSAGE))
            self.mood.setFocus()
            return
        if checkin.at > now_local() + FUTURE_GRACE and not confirm_future(self, checkin.at, "check-in"):
            return
        new_triggers = [trigger for trigger in self.triggers.chosen() if trigger.id is None]

        def write() -> None:
            with self.store.db.atomic():
                checkin.trigger_ids = self.triggers.resolve_ids()
                if checkin.id is None:
                    self.store.checkins.add(checkin)
                else:
                    self.store.checkins.update(checkin)
                self.daily_care.save(checkin.at.date())

        try:
            saved = self.drafts.save_or_keep(write, self)
        except NameTakenError as error:
            saved = False
            self.show_message(
                self.tr(
                    "A trigger called “{name}” is in the trash. Restore it from the Trash page, or give this "
                    "one another name."
                ).format(name=error.name)
            )
        if not saved:
            checkin.id = self.checkin.id if self.checkin else None
            self.triggers.forget_ids(new_triggers)
            return
        self.checkin = checkin
        self.accept()
        self.context.checkin_saved.emit(checkin)
        if new_triggers:
            self.context.notify("triggers")
        self.context.notify("checkins")
        self.context.show_status(self.tr("Check-in saved."))

    def _save_daily_care_only(self, day: date) -> None:
        """Sleep or medication alone is worth keeping, without an empty check-in beside it."""
        with self.store.db.atomic():
            self.daily_care.save(day)
        self.accept()
        self.context.notify("sleep_logs")
        self.context.show_status(self.tr("Sleep and medication saved."))


def open_checkin_dialog(context: AppContext, parent: QWidget | None, checkin: CheckIn | None = None) -> CheckInDialog:
    """Show the dialog without blocking, so every page and the tests stay responsive."""
    dialog = CheckInDialog(context, parent, checkin)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
