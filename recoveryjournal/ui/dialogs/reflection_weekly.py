"""The weekly review: what went well, the hardest moment, the week's triggers and helpful coping from the person's own
data, progress on this week's goals, and an offer to adjust the plan. Saved as one reflection with a readable answer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.clock import now_local
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.reflection_models import ReflectionKind
from recoveryjournal.domain.signals import RECENT_DAYS, coping_results, times, trigger_counts
from recoveryjournal.domain.weeks import week_start
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.daily_question import answer_box, structured_reflection
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

TITLE = QT_TRANSLATE_NOOP("WeeklyReview", "Weekly review")


def render_weekly(data: dict) -> str:
    """The review as plain text, so full-text search finds it alongside the journal."""
    lines = [
        QCoreApplication.translate("ReflectionWeekly", "What went well: {went_well}").format(
            went_well=data["went_well"]
        ),
        QCoreApplication.translate("ReflectionWeekly", "Hardest moment: {hardest}").format(hardest=data["hardest"]),
    ]
    if data["triggers"]:
        lines.append(
            QCoreApplication.translate("ReflectionWeekly", "Triggers this week: ")
            + ", ".join(f"{name} ({count})" for name, count in data["triggers"])
        )
    if data["coping"]:
        lines.append(QCoreApplication.translate("ReflectionWeekly", "Coping that helped: ") + ", ".join(data["coping"]))
    if data["goals"]:
        goals = ", ".join(f"{goal['text']} ({'done' if goal['done'] else 'open'})" for goal in data["goals"])
        lines.append(QCoreApplication.translate("ReflectionWeekly", "Goals: {goals}").format(goals=goals))
    if data["plan_change"]:
        lines.append(
            QCoreApplication.translate("ReflectionWeekly", "Plan changes: {plan_change}").format(
                plan_change=data["plan_change"]
            )
        )
    return "\n".join(lines)


class WeeklyReviewDialog(DraftDialog):
    plan_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self.now = now or now_local()
        self.setObjectName("weekly_review_dialog")
        self.setWindowTitle(QCoreApplication.translate("WeeklyReview", TITLE))
        self.setMinimumWidth(560)
        today = self.now.date()
        self.first_day = today - timedelta(days=RECENT_DAYS - 1)
        start = datetime.combine(self.first_day, datetime.min.time(), tzinfo=self.now.tzinfo)
        end = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=self.now.tzinfo)

        names = {trigger.id: trigger.name for trigger in self.store.triggers.list(include_archived=True)}
        counts = trigger_counts(
            self.store.checkins.between(start, end),
            self.store.journal.between(start, end),
            names,
            self.first_day,
            end.date(),
        )
        self.triggers = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        results = coping_results(
            self.store.coping.uses_between(start, end), self.store.coping.actions(True), self.first_day, end.date()
        )
        self.coping = [r for r in results if r.mean_drop is not None and r.mean_drop > 0]
        self.goals = self.store.plan.goals(week_start(today, self.store.settings.week_start()))

        intro = QLabel(
            self.tr(
                "A look back at the last seven days ({dates} – {dates2}). There are no right answers; a "
                "few honest words are enough."
            ).format(dates=dates.day_month(self.first_day), dates2=dates.day_month(today))
        )
        intro.setWordWrap(True)
        self.went_well = answer_box("went_well", self.tr("What went well this week, even something small?"), 70)
        self.hardest = answer_box(
            "hardest", self.tr("What was the hardest moment, and how did you get through it?"), 70
        )

        trigger_text = (
            ", ".join(f"{name} ({times(count)})" for name, count in self.triggers)
            if self.triggers
            else self.tr("No triggers logged this week.")
        )
        self.trigger_list = QLabel(trigger_text)
        self.trigger_list.setObjectName("week_triggers")
        self.trigger_list.setWordWrap(True)
        self.trigger_list.setTextFormat(Qt.TextFormat.PlainText)
        coping_text = (
            "\n".join(
                self.tr("• {name}: craving fell by {decimals} on average ({times})").format(
                    name=r.name, decimals=decimals(r.mean_drop), times=times(r.uses)
                )
                for r in self.coping
            )
            if self.coping
            else self.tr(
                "No coping with a craving drop logged this week. Noting the craving after a tool shows what helps."
            )
        )
        self.coping_list = QLabel(coping_text)
        self.coping_list.setObjectName("week_coping")
        self.coping_list.setWordWrap(True)
        self.coping_list.setTextFormat(Qt.TextFormat.PlainText)

        self.goal_list = QListWidget()
        self.goal_list.setObjectName("week_goals")
        self.goal_list.setAccessibleName(self.tr("This week's goals: check the ones you met"))
        for goal in self.goals:
            item = QListWidgetItem(goal.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal.done else Qt.CheckState.Unchecked)
            self.goal_list.addItem(item)
        self.goal_list.setMaximumHeight(24 * max(2, len(self.goals)) + 8)
        self.no_goals = QLabel(self.tr("No goals set for this week. Your plan is a good place to set one to three."))
        self.no_goals.setWordWrap(True)
        self.goal_list.setVisible(bool(self.goals))
        self.no_goals.setVisible(not self.goals)

        self.plan_change = answer_box(
            "plan_change", self.tr("Is there anything you'd like to change in your plan?"), 60
        )
        self.open_plan = QPushButton(self.tr("Save and open my plan"))
        self.open_plan.setObjectName("open_plan")
        self.open_plan.setAutoDefault(False)
        self.open_plan.setVisible(_has_plan_page())
        self.open_plan.clicked.connect(self._to_plan)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_weekly")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("What went well"), self.went_well)
        form.addRow(self.tr("Hardest moment"), self.hardest)
        form.addRow(self.tr("Triggers this week"), self.trigger_list)
        form.addRow(self.tr("Coping that helped"), self.coping_list)
        goals_box = QVBoxLayout()
        goals_box.addWidget(self.goal_list)
        goals_box.addWidget(self.no_goals)
        form.addRow(self.tr("This week's goals"), goals_box)
        form.addRow(self.tr("Your plan"), self.plan_change)
        form.addRow("", self.open_plan)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self)
        drafts = self.keep_drafts(self.store, "weekly_review", QCoreApplication.translate("WeeklyReview", TITLE))
        drafts.watch("went_well", self.tr("What went well"), self.went_well)
        drafts.watch("hardest", self.tr("Hardest moment"), self.hardest)
        drafts.watch("plan_change", self.tr("Changes to my plan"), self.plan_change)
        self.went_well.setFocus()

    def gathered(self) -> dict:
        return {
            "week_from": self.first_day.isoformat(),
            "went_well": self.went_well.toPlainText(),
            "hardest": self.hardest.toPlainText(),
            "triggers": [[name, count] for name, count in self.triggers],
            "coping": [r.name for r in self.coping],
            "goals": [
                {"text": goal.text, "done": self.goal_list.item(i).checkState() == Qt.CheckState.Checked}
                for i, goal in enumerate(self.goals)
            ],
            "plan_change": self.plan_change.toPlainText(),
        }

    def has_words(self) -> bool:
        return any(box.toPlainText().strip() for box in (self.went_well, self.hardest, self.plan_change))

    def _to_plan(self) -> None:
        """Keep what was written, then hand over to the My plan page."""
        if self.has_words():
            self.save()
            if self.isVisible():  # the journal refused the review: it stays here, kept as a draft
                return
        else:
            self.reject()
        self.plan_requested.emit()

    def save(self) -> None:
        if not self.has_words():
            self.message.setText(self.tr("Write a few words in at least one box before saving."))
            self.message.show()
            return
        data = self.gathered()
        answer = render_weekly(data)
        self.reflection = structured_reflection(ReflectionKind.WEEKLY_REVIEW, "weekly-review", TITLE, answer, data)
        if not self.drafts.save_or_keep(lambda: self._write(data), self):
            return
        self.context.notify("reflections")
        if self.goals:
            self.context.notify("weekly_goals")
        self.context.show_status(self.tr("Weekly review saved."))
        self.accept()

    def _write(self, data: dict) -> None:
        with self.store.db.atomic():
            for goal, state in zip(self.goals, data["goals"], strict=True):
                if goal.done != state["done"]:
                    goal.done = state["done"]
                    self.store.plan.update_goal(goal)
            self.store.reflections.add(self.reflection)


def _has_plan_page() -> bool:
    from recoveryjournal.ui.pages import PAGES

    return any(spec.key == "plan" for spec in PAGES)
