"""My plan: the relapse-prevention plan in five steps, each saved as soon as it is changed.

1 triggers and early warning signs (with suggestions from the person's own check-ins), 2 weekly goals, 3 go-to
actions from the coping toolbox, 4 people ready to help, 5 review with a history of what changed. What is typed
and not yet added keeps a draft (``ui.drafts``).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.plan import (
    DEFAULT_HELP_NOW_THRESHOLD,
    DEFAULT_REVIEW_DAYS,
    HELP_NOW_THRESHOLD_KEY,
    REVIEW_DAYS_KEY,
    carry_forward,
    diff_snapshots,
    goals_to_offer,
    plan_completeness,
    plan_snapshot,
    review_status,
    suggest_triggers,
    suggest_warning_signs,
)
from recoveryjournal.domain.plan_models import PlanSection, PlanVersion, SupportContact, WeeklyGoal
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.store.store import Store
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftKeeper
from recoveryjournal.ui.focus import keep_in_place
from recoveryjournal.ui.look import Space, Type, heading, page_heading, page_layout, section
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.record_table import record_table
from recoveryjournal.ui.widgets.scrolling import scroll_into

SUGGESTION_DAYS = 90
CONTACT_DRAFTS = ("contact_name", "contact_relation", "contact_phone", "contact_when_to_call")


def current_snapshot(store: Store, today: date) -> dict:
    """The plan as it stands in the store, in the shape kept with each review."""
    return plan_snapshot(
        [item.text for item in store.plan.items(PlanSection.TRIGGERS)],
        [item.text for item in store.plan.items(PlanSection.WARNING_SIGNS)],
        [action.name for action in plan_actions(store)],
        store.plan.contacts(),
        store.plan.goals(week_start(today, store.settings.week_start())),
    )


def plan_actions(store: Store) -> list:
    """The go-to actions in the plan's order, skipping any that went to the trash."""
    live = {action.id: action for action in store.coping.actions(include_archived=True)}
    return [live[action_id] for action_id in store.plan.action_ids() if action_id in live]


def _section(title: str, intro: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = section(title)
    layout = QVBoxLayout(box)
    text = QLabel(intro)
    text.setWordWrap(True)
    text.setObjectName("hint")
    layout.addWidget(text)
    return box, layout


class TextList(QWidget):
    """A short list of lines the person writes: add with Enter, edit in place with a double-click, remove."""

    edited = Signal(list)

    def __init__(self, noun: str, plural: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self.list = QListWidget()
        self.list.setAccessibleName(plural)
        self.list.setMaximumHeight(110)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self.entry.setAccessibleName(self.tr("New {noun}").format(noun=noun))
        self.add_button = QPushButton(self.tr("Add {noun}").format(noun=noun))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.entry.returnPressed.connect(self._add_typed)
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.itemChanged.connect(lambda _item: self._emit())

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count()) if self.list.item(row).text().strip()]

    def set_texts(self, texts: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for text in texts:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def add(self, text: str) -> None:
        if text.strip() and text.strip().casefold() not in {t.strip().casefold() for t in self.texts()}:
            self.set_texts([*self.texts(), text])
            self._emit()

    def _add_typed(self) -> None:
        self.add(self.entry.text())
        self.entry.clear()

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._emit()

    def _emit(self) -> None:
        self.edited.emit(self.texts())


class WrappingButton(QPushButton):
    """A flat button whose words wrap onto the next line where the page is narrow (a long suggestion at 200 % text),
    instead of being cut or pushing a sideways scroll bar onto the page."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(Space.TIGHT, Space.TIGHT, Space.TIGHT, Space.TIGHT)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class Suggestions(QWidget):
    """Suggestions from the person's own data, one flat button each; a click hands its text to ``chosen``."""

    chosen = Signal(str)

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.column.addWidget(self.heading)

    def set_suggestions(self, suggestions: list[tuple[str, str]]) -> None:
        """``(label, text to add)`` pairs; the section hides itself when there is nothing to suggest."""
        for button in self.buttons():
            self.column.removeWidget(button)
            button.deleteLater()
        for label, text in suggestions:
            button = WrappingButton("+ " + label)
            button.setToolTip(self.tr("Add “{text}” to your plan").format(text=text))
            button.clicked.connect(lambda _=False, chosen=text: self.chosen.emit(chosen))
            self.column.addWidget(button)
        keep_in_place(self)
        self.setVisible(bool(suggestions))

    def buttons(self) -> list[QPushButton]:
        return [self.column.itemAt(index).widget() for index in range(1, self.column.count())]


class PlanPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.clock = now_local  # which week it is; a test may set another clock
        self._loading = False
        self._editing_contact: int | None = None

        body = QWidget()
        column = page_layout(QVBoxLayout(body))
        heading = page_heading(page_title("plan"))
        self.banner = QLabel()
        self.banner.setObjectName("planBanner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        column.addWidget(heading)
        column.addWidget(self.banner)
        column.addWidget(self._build_triggers())
        column.addWidget(self._build_goals())
        column.addWidget(self._build_actions())
        column.addWidget(self._build_contacts())
        column.addWidget(self._build_review())
        column.addStretch(1)
        scroll_into(self, body, page_title("plan"))
        self.drafts = DraftKeeper(self.store, "plan", self.tr("My plan"), parent=self)
        self.drafts.watch("trigger", self.tr("A new trigger"), self.triggers.entry)
        self.drafts.watch("warning_sign", self.tr("A new warning sign"), self.warning_signs.entry)
        self.drafts.watch("goal", self.tr("A new goal"), self.goal_entry)
        for field, edit in self.contact_fields.items():
            self.drafts.watch(
                f"contact_{field}", self.tr("Person to call: {edit}").format(edit=edit.accessibleName().lower()), edit
            )
        context.changed.connect(self._on_changed)

    # --- building ------------------------------------------------------------------------------------------------

    def _build_triggers(self) -> QGroupBox:
        box, layout = _section(
            self.tr("1 · Triggers and early warning signs"),
            self.tr("What tends to set off a craving, and the small signs that tell you a hard patch is starting."),
        )
        self.triggers = TextList(
            self.tr("trigger"), self.tr("Triggers"), self.tr("A trigger in your own words, e.g. payday")
        )
        self.warning_signs = TextList(
            self.tr("warning sign"), self.tr("Warning signs"), self.tr("e.g. skipping meals, not answering calls")
        )
        self.suggestions = Suggestions(
            self.tr("From your check-ins in the last {SUGGESTION_DAYS} days — click one to add it:").format(
                SUGGESTION_DAYS=SUGGESTION_DAYS
            )
        )
        self.sign_suggestions = Suggestions(
            self.tr("Feelings that often come with your strongest cravings — click to add:")
        )
        layout.addWidget(heading(self.tr("Your top triggers"), Type.LABEL))
        layout.addWidget(self.triggers)
        layout.addWidget(self.suggestions)
        layout.addWidget(heading(self.tr("Early warning signs"), Type.LABEL))
        layout.addWidget(self.warning_signs)
        layout.addWidget(self.sign_suggestions)
        self.suggestions.chosen.connect(self.triggers.add)
        self.sign_suggestions.chosen.connect(self.warning_signs.add)
        self.triggers.edited.connect(lambda texts: self._save_items(PlanSection.TRIGGERS, texts))
        self.warning_signs.edited.connect(lambda texts: self._save_items(PlanSection.WARNING_SIGNS, texts))
        return box

    def _build_goals(self) -> QGroupBox:
        box, layout = _section(
            self.tr("2 · Goals for this week"),
            self.tr("A few clear, small goals. Tick them off as you go; unfinished ones can carry on."),
        )
        self.week_label = QLabel()
        self.goals = QListWidget()
        self.goals.setAccessibleName(self.tr("This week's goals"))
        self.goals.setMaximumHeight(110)
        self.goal_entry = QLineEdit()
        self.goal_entry.setPlaceholderText(self.tr("A goal for this week, e.g. go to two meetings"))
        self.goal_entry.setAccessibleName(self.tr("New goal"))
        self.add_goal_button = QPushButton(self.tr("Add goal"))
        self.remove_goal_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.goal_entry, 1)
        row.addWidget(self.add_goal_button)
        row.addWidget(self.remove_goal_button)
        self.carry_label = QLabel()
        self.carry_label.setWordWrap(True)
        self.carry_button = QPushButton(self.tr("Carry them into this week"))
        layout.addWidget(self.week_label)
        layout.addWidget(self.goals)
        layout.addLayout(row)
        layout.addWidget(self.carry_label)
        layout.addWidget(self.carry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.goal_entry.returnPressed.connect(self._add_goal)
        self.add_goal_button.clicked.connect(self._add_goal)
        self.remove_goal_button.clicked.connect(self._remove_goal)
        self.goals.itemChanged.connect(self._goal_ticked)
        self.carry_button.clicked.connect(self._carry_goals)
        return box

    def _build_actions(self) -> QGroupBox:
        box, layout = _section(
            self.tr("3 · My go-to actions"),
            self.tr("At least three things from your coping toolbox that help you cool off when a craving hits."),
        )
        self.actions_status = QLabel()
        self.actions_status.setWordWrap(True)
        self.actions = QListWidget()
        self.actions.setAccessibleName(self.tr("Go-to actions"))
        self.actions.setMaximumHeight(110)
        self.action_choice = QComboBox()
        self.action_choice.setAccessibleName(self.tr("Coping tool to add"))
        self.add_action_button = QPushButton(self.tr("Add to my plan"))
        self.remove_action_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.addWidget(self.action_choice, 1)
        row.addWidget(self.add_action_button)
        row.addWidget(self.remove_action_button)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 10)
        self.threshold.setAccessibleName(self.tr("Craving that opens Need help now"))
        self.threshold.setToolTip(self.tr("Craving 0 = none, 10 = the strongest you know"))
        self.threshold.setAccessibleDescription(self.threshold.toolTip())
        threshold_row = QHBoxLayout()
        threshold_text = QLabel(self.tr("Open “Need help now” on its own after a check-in with a craving of"))
        threshold_text.setWordWrap(True)  # wraps on a narrow page instead of scrolling it sideways
        threshold_row.addWidget(threshold_text, 1)
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(QLabel(self.tr("or more")))
        layout.addWidget(self.actions_status)
        layout.addWidget(self.actions)
        layout.addLayout(row)
        layout.addLayout(threshold_row)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.add_action_button.clicked.connect(self._add_action)
        self.remove_action_button.clicked.connect(self._remove_action)
        return box

    def _build_contacts(self) -> QGroupBox:
        box, layout = _section(
            self.tr("4 · People ready to help"), self.tr("Who you can call, their number, and when to call them.")
        )
        self.contacts = record_table(
            [self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("When to call")],
            self.tr("Support contacts"),
        )
        self.contacts.setMaximumHeight(160)
        self.contact_fields = {
            "name": QLineEdit(),
            "relation": QLineEdit(),
            "phone": QLineEdit(),
            "when_to_call": QLineEdit(),
        }
        placeholders = {
            "name": self.tr("e.g. Sam"),
            "relation": self.tr("e.g. sponsor, sister, counsellor"),
            "phone": "e.g. 555 0101",
            "when_to_call": self.tr("e.g. any time, evenings, before a party"),
        }
        form = QFormLayout()
        for (field, edit), label in zip(
            self.contact_fields.items(),
            (self.tr("Name"), self.tr("Relation"), self.tr("Phone"), self.tr("When to call")),
            strict=True,
        ):
            edit.setPlaceholderText(placeholders[field])
            edit.setAccessibleName(label)
            form.addRow(label, edit)
        self.save_contact_button = QPushButton(self.tr("Add person"))
        self.new_contact_button = QPushButton(self.tr("New"))
        self.delete_contact_button = QPushButton(self.tr("Delete"))
        row = QHBoxLayout()
        row.addWidget(self.save_contact_button)
        row.addWidget(self.new_contact_button)
        row.addWidget(self.delete_contact_button)
        row.addStretch(1)
        layout.addWidget(self.contacts)
        layout.addLayout(form)
        layout.addLayout(row)
        self.contacts.itemSelectionChanged.connect(self._contact_selected)
        self.save_contact_button.clicked.connect(self._save_contact)
        self.new_contact_button.clicked.connect(self._new_contact)
        self.delete_contact_button.clicked.connect(self._delete_contact)
        return box

    def _build_review(self) -> QGroupBox:
        box, layout = _section(
            self.tr("5 · Review"),
            self.tr(
                "Look over your plan now and then. Each review keeps a copy, so you can see how your plan has grown."
            ),
        )
        self.review_label = QLabel()
        self.review_label.setWordWrap(True)
        self.review_days = QSpinBox()
        self.review_days.setRange(1, 365)
        self.review_days.setSuffix(self.tr(" days"))
        self.review_days.setAccessibleName(self.tr("Remind me to review after"))
        self.review_button = QPushButton(self.tr("Mark as reviewed"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Remind me after")))
        row.addWidget(self.review_days)
        row.addStretch(1)
        row.addWidget(self.review_button)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Review history"))
        self.history.setMaximumHeight(120)
        self.history_detail = QPlainTextEdit()
        self.history_detail.setReadOnly(True)
        self.history_detail.setAccessibleName(self.tr("What changed at this review"))
        self.history_detail.setMaximumHeight(120)
        layout.addWidget(self.review_label)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("<b>History</b> — pick a review to see what changed")))
        layout.addWidget(self.history)
        layout.addWidget(self.history_detail)
        self.review_days.valueChanged.connect(self._review_days_changed)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.history.currentRowChanged.connect(self._show_version)
        return box

    # --- refreshing ----------------------------------------------------------------------------------------------

    def today(self) -> date:
        return local_day(self.clock())

    def refresh(self) -> None:
        self._loading = True
        try:
            today = self.today()
            self.triggers.set_texts([item.text for item in self.store.plan.items(PlanSection.TRIGGERS)])
            self.warning_signs.set_texts([item.text for item in self.store.plan.items(PlanSection.WARNING_SIGNS)])
            self._refresh_suggestions(today)
            self._refresh_goals(today)
            self._refresh_actions()
            self._refresh_contacts()
            self._refresh_review(today)
            self._refresh_banner(today)
        finally:
            self._loading = False

    def _on_changed(self, what: str) -> None:
        if self.isVisible() and what in {"checkins", "coping_actions", "coping_uses", "triggers", "settings"}:
            self.refresh()

    def _refresh_banner(self, today: date) -> None:
        result = plan_completeness(current_snapshot(self.store, today))
        lines = [result.message, *result.hints]
        self.banner.setText("\n".join(lines))
        self.banner.setProperty("complete", result.complete)
        self.actions_status.setText(
            self.tr("{plan_actions} go-to actions. ").format(plan_actions=len(plan_actions(self.store)))
            + ("" if result.complete else result.message)
        )

    def _refresh_suggestions(self, today: date) -> None:
        now = now_local()
        checkins = self.store.checkins.between(now - timedelta(days=SUGGESTION_DAYS), now + timedelta(minutes=1))
        triggers = suggest_triggers(self.store.triggers.list(), checkins, exclude=self.triggers.texts())
        self.suggestions.set_suggestions(
            [
                (
                    (self.tr("Often: {label}") if s.reason == "often" else self.tr("Strong cravings: {label}")).format(
                        label=s.label
                    ),
                    s.name,
                )
                for s in triggers
            ]
        )
        signs = suggest_warning_signs(checkins, exclude=self.warning_signs.texts())
        self.sign_suggestions.set_suggestions([(s.label, s.text) for s in signs])

    def suggestion_buttons(self) -> list[QPushButton]:
        return self.suggestions.buttons()

    def _refresh_goals(self, today: date) -> None:
        week = week_start(today, self.store.settings.week_start())
        self.week_label.setText(self.tr("Week starting {dates}").format(dates=dates.weekday_day_month_long(week)))
        self.goals.blockSignals(True)
        self.goals.clear()
        for goal in self.store.plan.goals(week):
            item = QListWidgetItem(goal.text + (self.tr(" (carried over)") if goal.carried_from_id else ""))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, goal)
            self.goals.addItem(item)
        self.goals.blockSignals(False)
        offered = goals_to_offer(self.store.plan.goals(), week, self.store.settings.week_start())
        self._offered = offered
        self.carry_label.setVisible(bool(offered))
        self.carry_button.setVisible(bool(offered))
        if offered:
            texts = "; ".join(f"“{goal.text}”" for goal in offered)
            self.carry_label.setText(self.tr("Not finished last time, and that's okay: {texts}.").format(texts=texts))

    def _refresh_actions(self) -> None:
        chosen = plan_actions(self.store)
        self.actions.clear()
        for action in chosen:
            item = QListWidgetItem(action.name)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(action.description)
            self.actions.addItem(item)
        self.threshold.blockSignals(True)
        self.threshold.setValue(int(self.store.settings.get(HELP_NOW_THRESHOLD_KEY, DEFAULT_HELP_NOW_THRESHOLD)))
        self.threshold.blockSignals(False)
        chosen_ids = {action.id for action in chosen}
        self.action_choice.clear()
        for action in self.store.coping.actions():
            if action.id not in chosen_ids:
                self.action_choice.addItem(action.name, action.id)

    def _refresh_contacts(self) -> None:
        self.contacts.blockSignals(True)
        self.contacts.setRowCount(0)
        for contact in self.store.plan.contacts():
            row = self.contacts.rowCount()
            self.contacts.insertRow(row)
            for column, field in enumerate(("name", "relation", "phone", "when_to_call")):
                item = QTableWidgetItem(getattr(contact, field))
                item.setData(Qt.ItemDataRole.UserRole, contact)
                self.contacts.setItem(row, column, item)
        self.contacts.fit_columns()
        self.contacts.blockSignals(False)
        if not self.drafts.changed(*CONTACT_DRAFTS):  # a person being typed in stays
            self._new_contact()

    def _refresh_review(self, today: date) -> None:
        every = int(self.store.settings.get(REVIEW_DAYS_KEY, DEFAULT_REVIEW_DAYS))
        self.review_days.blockSignals(True)
        self.review_days.setValue(every)
        self.review_days.blockSignals(False)
        versions = self.store.plan.versions()
        last = local_day(versions[-1].reviewed_at) if versions else None
        status = review_status(last, every, today)
        prefix = self.tr("Last reviewed on {dates}. ").format(dates=dates.long_date(last)) if last else ""
        self.review_label.setText(prefix + status.message)
        self.history.blockSignals(True)
        self.history.clear()
        for version in reversed(versions):
            first = version.changes.splitlines()[0] if version.changes else ""
            when = version.reviewed_at
            item = QListWidgetItem(f"{dates.long_date(when.date())}, {dates.clock(when)} — {first}")
            item.setData(Qt.ItemDataRole.UserRole, version)
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.history_detail.clear()
        if versions:
            self.history.setCurrentRow(0)

    # --- saving --------------------------------------------------------------------------------------------------

    def _save_items(self, section: PlanSection, texts: list[str]) -> None:
        if self._loading:
            return
        self.store.plan.set_items(section, texts)
        self.context.notify("plan_items")
        self._refresh_suggestions(self.today())
        self._refresh_banner(self.today())

    def _this_week(self) -> date:
        """The first day of this week, as the person's week starts (Settings → Dates)."""
        return week_start(self.today(), self.store.settings.week_start())

    def _add_goal(self) -> None:
        text = self.goal_entry.text()
        if not text.strip():
            return
        self.store.plan.add_goal(WeeklyGoal(week_start=self._this_week(), text=text))
        self.goal_entry.clear()
        self.context.notify("weekly_goals")
        self._refresh_goals(self.today())

    def _remove_goal(self) -> None:
        item = self.goals.currentItem()
        if item is not None:
            self.store.plan.delete_goal(item.data(Qt.ItemDataRole.UserRole).id)
            self.context.notify("weekly_goals")
            self._refresh_goals(self.today())

    def _goal_ticked(self, item: QListWidgetItem) -> None:
        goal: WeeklyGoal = item.data(Qt.ItemDataRole.UserRole)
        goal.done = item.checkState() == Qt.CheckState.Checked
        self.store.plan.update_goal(goal)
        self.context.notify("weekly_goals")
        if goal.done:
            self.context.show_status(self.tr("Goal done: {text}. Well done.").format(text=goal.text))

    def _carry_goals(self) -> None:
        week = self._this_week()
        with self.store.db.atomic():
            for goal in self._offered:
                self.store.plan.add_goal(carry_forward(goal, week))
        self.context.notify("weekly_goals")
        self._refresh_goals(self.today())

    def _add_action(self) -> None:
        action_id = self.action_choice.currentData()
        if action_id is None:
            return
        self.store.plan.set_action_ids([*self.store.plan.action_ids(), action_id])
        self.context.notify("plan_actions")
        self._refresh_actions()
        self._refresh_banner(self.today())

    def _remove_action(self) -> None:
        item = self.actions.currentItem()
        if item is None:
            return
        removed = item.data(Qt.ItemDataRole.UserRole)
        self.store.plan.set_action_ids([i for i in self.store.plan.action_ids() if i != removed])
        self.context.notify("plan_actions")
        self._refresh_actions()
        self._refresh_banner(self.today())

    def _threshold_changed(self, value: int) -> None:
        self.store.settings.set(HELP_NOW_THRESHOLD_KEY, value)

    def _contact_selected(self) -> None:
        rows = self.contacts.selectionModel().selectedRows()
        if not rows:
            return
        contact: SupportContact = self.contacts.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self._editing_contact = contact.id
        for field, edit in self.contact_fields.items():
            edit.setText(getattr(contact, field))
        self.drafts.rebase(*CONTACT_DRAFTS)
        self.save_contact_button.setText(self.tr("Save changes"))
        self.delete_contact_button.setEnabled(True)

    def _new_contact(self) -> None:
        self._editing_contact = None
        self.contacts.clearSelection()
        for edit in self.contact_fields.values():
            edit.clear()
        self.drafts.rebase(*CONTACT_DRAFTS)
        self.save_contact_button.setText(self.tr("Add person"))
        self.delete_contact_button.setEnabled(False)

    def _save_contact(self) -> None:
        values = {field: edit.text() for field, edit in self.contact_fields.items()}
        if not values["name"].strip():
            self.contact_fields["name"].setFocus()
            self.context.show_status(self.tr("Add a name so you know who to call."))
            return
        if self._editing_contact is None:
            position = len(self.store.plan.contacts())
            self.store.plan.add_contact(SupportContact(position=position, **values))
        else:
            current = next(c for c in self.store.plan.contacts() if c.id == self._editing_contact)
            self.store.plan.update_contact(SupportContact(id=current.id, position=current.position, **values))
        self.drafts.rebase(*CONTACT_DRAFTS)
        self.context.notify("support_contacts")
        self._refresh_contacts()
        self._refresh_banner(self.today())

    def _delete_contact(self) -> None:
        if self._editing_contact is not None:
            self.store.plan.delete_contact(self._editing_contact)
            self.context.notify("support_contacts")
            self.context.show_status(self.tr("Contact moved to the trash; you can restore it from there."))
            self._refresh_contacts()
            self._refresh_banner(self.today())

    def _review_days_changed(self, value: int) -> None:
        self.store.settings.set(REVIEW_DAYS_KEY, value)
        self._refresh_review(self.today())

    def mark_reviewed(self) -> PlanVersion:
        """Keep a copy of the plan as it stands, with what changed since the last review."""
        versions = self.store.plan.versions()
        snapshot = current_snapshot(self.store, self.today())
        changes = diff_snapshots(versions[-1].snapshot if versions else None, snapshot)
        version = PlanVersion(reviewed_at=now_local(), snapshot=snapshot, changes="\n".join(changes))
        self.store.plan.add_version(version)
        self.context.notify("plan_versions")
        self.context.show_status(self.tr("Plan reviewed. A copy is kept in its history."))
        self._refresh_review(self.today())
        return version

    def _show_version(self, row: int) -> None:
        item = self.history.item(row)
        if item is None:
            self.history_detail.clear()
            return
        version: PlanVersion = item.data(Qt.ItemDataRole.UserRole)
        self.history_detail.setPlainText("\n".join(f"• {line}" for line in version.changes.splitlines()))
