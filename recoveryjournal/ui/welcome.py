"""The welcome on a brand-new journal: a few short steps, each skippable, each reachable again from Settings.

What the app is for and the privacy promise; what is tracked and since when; the treatment program; the country
and crisis line; one person to call; three go-to actions; a check-in reminder; the passphrase offer. "Next" saves
the step into the same records and settings the rest of the app uses (substances, ``program_start``/``_end``,
``weekly_target_hours``, ``crisis_country``/``crisis_line``, the plan's contacts and go-to actions,
``reminders/checkin_time``); "Skip this step" saves nothing; "Skip the rest" ends the welcome there.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recoveryjournal.domain import reminders
from recoveryjournal.domain.attendance import DEFAULT_TARGET_HOURS, PROGRAM_END_KEY, PROGRAM_START_KEY, TARGET_KEY
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.coping_models import CopingAction
from recoveryjournal.domain.crisis import COUNTRY_KEY, CrisisLine, own_line
from recoveryjournal.domain.crisis import SETTING_KEY as CRISIS_KEY
from recoveryjournal.domain.models import Substance
from recoveryjournal.domain.plan_models import SupportContact
from recoveryjournal.store.errors import NameTakenError
from recoveryjournal.ui import first_run
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.crisis import chosen_country, country_box, remember_country
from recoveryjournal.ui.widgets.date_field import DateField, TimeField
from recoveryjournal.ui.widgets.scrolling import screen_room

DONE = "done"
GO_TO_ACTIONS = 3
SKIP_STEP = QWizard.WizardButton.CustomButton1
SKIP_REST = QWizard.WizardButton.CustomButton2


def step_titles() -> dict[str, str]:
    """Each step's title, by its key: the welcome's pages and the buttons in Settings → Welcome steps."""
    return {
        "about": QCoreApplication.translate("WelcomeWizard", "Welcome to Recovery Journal"),
        "tracking": QCoreApplication.translate("WelcomeWizard", "What you are tracking"),
        "program": QCoreApplication.translate("WelcomeWizard", "Your treatment program"),
        "crisis": QCoreApplication.translate("WelcomeWizard", "Your crisis line"),
        "person": QCoreApplication.translate("WelcomeWizard", "One person to call"),
        "actions": QCoreApplication.translate("WelcomeWizard", "Three go-to actions"),
        "reminder": QCoreApplication.translate("WelcomeWizard", "A daily check-in reminder"),
        "passphrase": QCoreApplication.translate("WelcomeWizard", "Protect your journal?"),
    }


def _text(parent: QWidget, text: str, name: str = "") -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Step(QWizardPage):
    """A step: ``save()`` keeps what was entered (returns ``False`` to stay, with a message) unless skipped."""

    key = ""

    def __init__(self, context: AppContext, intro: str) -> None:
        super().__init__()
        self.context = context
        self.store = context.store
        self.setObjectName(f"welcome_{self.key}")
        self.setTitle(step_titles()[self.key])
        self.problem = _text(self, "", f"{self.key}_problem")
        self.problem.hide()
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(_text(self, intro))
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def save(self) -> bool:
        return True

    def say(self, text: str) -> bool:
        self.problem.setText(text)
        self.problem.show()
        return False

    def validatePage(self) -> bool:
        wizard = self.wizard()
        if wizard is not None and wizard.skipping:
            return True
        self.problem.hide()
        if not self.save():
            return False
        self.context.notify("settings")
        return True


class AboutStep(Step):
    key = "about"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr(
                "A private place to check in with yourself, notice what sets cravings off, reflect, and keep your "
                "own relapse-prevention plan close at hand."
            ),
        )
        self.form.addRow(
            _text(
                self,
                self.tr(
                    "Your journal stays on this computer only. The app never connects to the internet, and nothing "
                    "you write is sent anywhere. It gives no medical advice."
                ),
                "privacy_promise",
            )
        )
        self.form.addRow(
            _text(self, self.tr("A few short steps follow. Skip any of them: each is in Settings → Welcome steps."))
        )


class TrackingStep(Step):
    key = "tracking"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr(
                "Name what you are stepping away from and the day you started, to see your days add up. Add as many "
                "as you like; a lapse later never erases the days before it."
            ),
        )
        self.name = QLineEdit(objectName="tracking_name")
        self.name.setPlaceholderText(self.tr("e.g. Alcohol"))
        self.since = DateField(now_local().date(), name="tracking_since")
        self.since.setAccessibleName(self.tr("Sober since"))
        self.add_button = QPushButton(self.tr("&Add"), objectName="tracking_add")
        self.add_button.clicked.connect(self.add)
        self.added = QListWidget(objectName="tracking_added")
        self.added.setMaximumHeight(90)
        self.form.addRow(self.tr("&What"), self.name)
        self.form.addRow(self.tr("&Since"), self.since)
        self.form.addRow("", self.add_button)
        self.form.addRow(self.tr("Tracking"), self.added)
        for substance in self.store.sobriety.all():
            self.added.addItem(substance.name)

    def add(self) -> bool:
        name = self.name.text().strip()
        if not name:
            return True
        start = self.since.date()
        if start is None:
            return self.say(self.tr("Type the day you started, e.g. 15 Oct 2026, or pick it on the calendar."))
        try:
            self.store.sobriety.add(Substance(name=name, sober_since=start, tracked_since=start))
        except NameTakenError:
            return self.say(self.tr("“{name}” is already tracked. Choose another name.").format(name=name))
        self.added.addItem(name)
        self.name.clear()
        self.problem.hide()
        self.context.notify("substances")
        return True

    def save(self) -> bool:
        return self.add()


class ProgramStep(Step):
    key = "program"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("If you are in a program, its dates and weekly hours let the Treatment page keep count for you."),
        )
        self.start = DateField(name="program_start")
        self.start.setAccessibleName(self.tr("Program starts"))
        self.end = DateField(name="program_end")
        self.end.setAccessibleName(self.tr("Program ends"))
        self.hours = QDoubleSpinBox(objectName="program_hours")
        self.hours.setRange(0.5, 60)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(float(self.store.settings.get(TARGET_KEY, DEFAULT_TARGET_HOURS)))
        self.hours.setSuffix(self.tr(" hours"))
        self.form.addRow(self.tr("&Starts"), self.start)
        self.form.addRow(self.tr("&Ends (if you know)"), self.end)
        self.form.addRow(self.tr("&Weekly hours"), self.hours)

    def save(self) -> bool:
        start, end = self.start.date(), self.end.date()
        for field, day in ((self.start, start), (self.end, end)):
            if not field.is_empty() and day is None:
                field.setFocus()
                return self.say(self.tr("Type the date as 15 Oct 2026 or 2026-10-15, or leave it empty."))
        if start and end and end < start:
            return self.say(self.tr("The end comes before the start: check the two dates."))
        for key, day in ((PROGRAM_START_KEY, start), (PROGRAM_END_KEY, end)):
            if day is not None:
                self.store.settings.set(key, day.isoformat())
        if start is not None:
            self.store.settings.set(TARGET_KEY, self.hours.value())
        return True


class CrisisStep(Step):
    key = "crisis"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr(
                "Where do you live? “Need help now” (F1), the lock screen and the lapse log show a crisis line for "
                "your country. Nothing is looked up online. If you have your own line, add it too."
            ),
        )
        self.country = country_box(chosen_country(self.store))
        own = own_line(self.store.settings.get(CRISIS_KEY))
        self.line_name = QLineEdit(own.name if own else "", objectName="welcome_line_name")
        self.line_number = QLineEdit(own.number if own else "", objectName="welcome_line_number")
        self.form.addRow(self.tr("&Country"), self.country)
        self.form.addRow(self.tr("Your own line's &name"), self.line_name)
        self.form.addRow(self.tr("Its n&umber"), self.line_number)

    def save(self) -> bool:
        remember_country(self.store, self.country.currentData())
        line = CrisisLine(name=self.line_name.text().strip(), number=self.line_number.text().strip())
        if own_line(line.as_setting()) is not None:
            self.store.settings.set(CRISIS_KEY, line.as_setting())
        return True


class PersonStep(Step):
    key = "person"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("Someone you can reach when it gets hard: a friend, a sponsor, family. They join My plan."),
        )
        self.name = QLineEdit(objectName="person_name")
        self.relation = QLineEdit(objectName="person_relation")
        self.relation.setPlaceholderText(self.tr("e.g. sponsor"))
        self.phone = QLineEdit(objectName="person_phone")
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Who they are to you"), self.relation)
        self.form.addRow(self.tr("&Phone"), self.phone)

    def save(self) -> bool:
        name = self.name.text().strip()
        if not name:
            return True
        contact = SupportContact(name=name, relation=self.relation.text().strip(), phone=self.phone.text().strip())
        contact.position = len(self.store.plan.contacts())
        self.store.plan.add_contact(contact)
        self.name.clear()
        self.context.notify("support_contacts")
        return True


class ActionsStep(Step):
    key = "actions"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr(
                "Three things you can do when a craving comes: pick from the coping toolbox or type your own. They "
                "show first in “Need help now”."
            ),
        )
        names = [action.name for action in self.store.coping.actions()]
        self.choices: list[QComboBox] = []
        for number in range(1, GO_TO_ACTIONS + 1):
            box = QComboBox(objectName=f"action_{number}")
            box.setEditable(True)
            box.addItem("")
            box.addItems(names)
            box.setCurrentIndex(0)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.form.addRow(f"&{number}.", box)
            self.choices.append(box)

    def save(self) -> bool:
        ids = list(self.store.plan.action_ids())
        for box in self.choices:
            name = box.currentText().strip()
            if not name:
                continue
            action = self.store.coping.action_by_name(name)
            if action is None:
                action = CopingAction(name=name, category=self.tr("My own"), custom=True)
                self.store.coping.add_action(action)
            ids.append(action.id)
        self.store.plan.set_action_ids(ids)
        self.context.notify("plan_actions")
        return True


class ReminderStep(Step):
    key = "reminder"

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            context,
            self.tr("A gentle reminder while the app is open, on days without a check-in. Change it any time."),
        )
        at = reminders.parse_time(self.store.settings.get(reminders.CHECKIN_TIME_KEY, ""))
        self.on = QCheckBox(self.tr("&Remind me at"), objectName="reminder_on")
        self.on.setChecked(at is not None)
        self.at = TimeField(at or time(20, 0))
        self.at.setObjectName("reminder_time")
        self.at.setAccessibleName(self.tr("Check-in reminder time"))
        self.form.addRow(self.on, self.at)

    def save(self) -> bool:
        if not self.on.isChecked():
            self.store.settings.set(reminders.CHECKIN_TIME_KEY, "")
            return True
        moment = self.at.time()
        if moment is None:
            return self.say(self.tr("Type the time as hours and minutes, e.g. 20:30."))
        self.store.settings.set(reminders.CHECKIN_TIME_KEY, reminders.time_text(moment))
        return True


class PassphraseStep(Step):
    key = "passphrase"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context, first_run.offer_text())
        self.form.addRow(_text(self, first_run.offer_informative()))
        self.set_now = QRadioButton(self.tr("&Set a passphrase when I finish"), objectName="passphrase_set")
        self.not_now = QRadioButton(self.tr("&Not now"), objectName="passphrase_not_now")
        self.not_now.setChecked(True)
        self.form.addRow(self.set_now)
        self.form.addRow(self.not_now)

    def save(self) -> bool:
        self.wizard().chose_passphrase = self.set_now.isChecked()
        return True


STEPS = (AboutStep, TrackingStep, ProgramStep, CrisisStep, PersonStep, ActionsStep, ReminderStep, PassphraseStep)


class WelcomeWizard(QWizard):
    """All the steps (the first start) or some of them (from Settings): ``keys`` names them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, keys: tuple[str, ...] | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("welcome_wizard")
        self.setWindowTitle(self.tr("Welcome"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)  # "Skip the rest" (and Esc) end the welcome
        self.setButtonText(SKIP_STEP, self.tr("S&kip this step"))
        self.setButtonText(SKIP_REST, self.tr("Skip the &rest"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.button(SKIP_STEP).setObjectName("skip_step")
        self.button(SKIP_REST).setObjectName("skip_rest")
        self.customButtonClicked.connect(self._custom)
        self.skipping = False
        self.chose_passphrase = False
        self.steps: dict[str, Step] = {}
        for step in STEPS:
            if keys is None or step.key in keys:
                if step is PassphraseStep and not _can_offer_passphrase(context):
                    continue
                page = step(context)
                self.steps[step.key] = page
                self.addPage(page)
        room = screen_room(self)
        metrics = self.fontMetrics()  # grows with the text size, never past the screen
        self.setMinimumSize(QSize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 18).boundedTo(room))
        self.resize(QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 26).boundedTo(room))

    def _custom(self, which: int) -> None:
        if which == SKIP_STEP.value:
            self.skip_step()
        elif which == SKIP_REST.value:
            self.skip_rest()

    def skip_step(self) -> None:
        self.skipping = True
        try:
            if self.currentId() == self.pageIds()[-1]:
                self.accept()
            else:
                self.next()
        finally:
            self.skipping = False

    def skip_rest(self) -> None:
        self.skipping = True
        try:
            self.accept()
        finally:
            self.skipping = False

    def accept(self) -> None:
        page = self.currentPage()
        if not self.skipping and isinstance(page, Step) and not page.validatePage():
            return
        super().accept()


def _can_offer_passphrase(context: AppContext) -> bool:
    from recoveryjournal.store.cipher import unavailable

    return context.store.key is None and unavailable() is None


def open_welcome(window, keys: tuple[str, ...] | None = None, parent: QWidget | None = None) -> WelcomeWizard:
    """The welcome over ``parent`` (else ``window``); at the first start (all steps) its ending answers the first-run
    questions."""
    wizard = WelcomeWizard(window.context, parent or window, keys)
    store = window.context.store
    if keys is None:

        def ended() -> None:
            store.settings.set(first_run.WELCOME_KEY, DONE)
            if store.settings.get(COUNTRY_KEY) == first_run.PENDING:  # skipped: the computer's country
                store.settings.set(COUNTRY_KEY, None)
            if store.settings.get(first_run.OFFER_KEY) == first_run.PENDING and "passphrase" in wizard.steps:
                first_run.answer_offer(window, wizard.chose_passphrase)

        wizard.finished.connect(ended)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
