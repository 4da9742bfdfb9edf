"""Coping toolbox: the ideas that ship with the app and the person's own tools, each with how often it was used and
how much the craving fell when it was, favourites first, and a few untried ideas to consider."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.coping_models import CopingAction, CopingUse, category_label
from recoveryjournal.domain.numbers import decimals
from recoveryjournal.domain.plan import ToolStats, coping_effectiveness, untried_ideas
from recoveryjournal.store.errors import database_errors
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import page_heading, page_layout, section
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.columns import Columns
from recoveryjournal.ui.widgets.record_table import fill_rows, record_table
from recoveryjournal.ui.widgets.scrolling import scroll_into

COLUMNS = (
    QT_TRANSLATE_NOOP("ToolboxPage", "Favourite"),
    QT_TRANSLATE_NOOP("ToolboxPage", "Tool"),
    QT_TRANSLATE_NOOP("ToolboxPage", "Kind"),
    QT_TRANSLATE_NOOP("ToolboxPage", "Used"),
    QT_TRANSLATE_NOOP("ToolboxPage", "Craving when used"),
    QT_TRANSLATE_NOOP("ToolboxPage", "In my plan"),
)


def change_text(stats: ToolStats) -> str:
    """How the craving moved, in words: a fall is good news, a rise is just information."""
    if stats.mean_drop is None:
        return "—"
    rated = QCoreApplication.translate("Toolbox", " ({rated} rated)").format(rated=stats.rated)
    if stats.mean_drop > 0:
        return QCoreApplication.translate("Toolbox", "fell by {decimals}{rated}").format(
            decimals=decimals(stats.mean_drop), rated=rated
        )
    if stats.mean_drop < 0:
        return QCoreApplication.translate("Toolbox", "rose by {decimals}{rated}").format(
            decimals=decimals(-stats.mean_drop), rated=rated
        )
    return QCoreApplication.translate("Toolbox", "no change{rated}").format(rated=rated)


def _sort_key(action: CopingAction, stats: ToolStats) -> tuple:
    drop = stats.mean_drop if stats.mean_drop is not None else float("-inf")
    return (not action.favourite, -drop, -stats.uses, action.name.casefold())


class ToolboxPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        heading = page_heading(page_title("toolbox"))
        intro = QLabel(
            self.tr(
                "Things that help you ride out a craving. Star your favourites; the numbers come from your check-ins."
            )
        )
        intro.setWordWrap(True)

        self.table = record_table([self.tr(name) for name in COLUMNS], self.tr("Coping tools"), stretch=1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.add_to_plan_button = QPushButton(self.tr("Add to my plan"))
        self.used_button = QPushButton(self.tr("I used it just now"))
        self.delete_button = QPushButton(self.tr("Remove from toolbox"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_to_plan_button)
        buttons.addWidget(self.used_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.untried = QLabel()
        self.untried.setWordWrap(True)
        untried_box = section(self.tr("Ideas you haven't tried yet"))
        QVBoxLayout(untried_box).addWidget(self.untried)

        own_box = section(self.tr("Add your own tool"))
        form = QFormLayout(own_box)
        self.own_name = QLineEdit()
        self.own_name.setAccessibleName(self.tr("Tool name"))
        self.own_name.setPlaceholderText(self.tr("e.g. Play with the dog"))
        self.own_category = QComboBox()
        self.own_category.setEditable(True)
        self.own_category.setAccessibleName(self.tr("Kind of tool"))
        self.own_description = QLineEdit()
        self.own_description.setAccessibleName(self.tr("How it helps"))
        self.own_description.setPlaceholderText(self.tr("A few words on how to do it or why it helps"))
        self.add_own_button = QPushButton(self.tr("Add tool"))
        form.addRow(self.tr("Name"), self.own_name)
        form.addRow(self.tr("Kind"), self.own_category)
        form.addRow(self.tr("How it helps"), self.own_description)
        form.addRow(self.add_own_button)

        body = QWidget()
        layout = page_layout(QVBoxLayout(body))
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.description)
        layout.addLayout(buttons)
        untried_column, own_column = QVBoxLayout(), QVBoxLayout()
        untried_column.addWidget(untried_box)
        own_column.addWidget(own_box)
        layout.addWidget(Columns(untried_column, own_column))
        scroll_into(self, body, page_title("toolbox"))

        self.table.itemChanged.connect(self._favourite_toggled)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_to_plan_button.clicked.connect(self._add_to_plan)
        self.used_button.clicked.connect(self._log_use)
        self.delete_button.clicked.connect(self._delete)
        self.add_own_button.clicked.connect(self._add_own)
        self.own_name.returnPressed.connect(self._add_own)
        context.changed.connect(self._on_changed)

    def refresh(self) -> None:
        actions = self.store.coping.actions()
        stats = coping_effectiveness(self.store.coping.all_uses())
        in_plan = set(self.store.plan.action_ids())
        selected = self.selected_action()
        rows = sorted(actions, key=lambda a: _sort_key(a, stats.get(a.id, ToolStats(a.id))))
        self.table.blockSignals(True)
        fill_rows(self.table, [self._cells(action, stats, in_plan) for action in rows], rows)
        self.table.blockSignals(False)
        self._reselect(selected)
        self._selection_changed()
        ideas = untried_ideas(actions, stats, local_day(now_local()))
        self.untried.setText(
            "".join(f"<p><b>{a.name}</b> — {a.description}</p>" for a in ideas)
            or self.tr("You have tried every idea in the toolbox. Add your own below.")
        )
        categories = sorted({action.category for action in actions if action.category}, key=str.casefold)
        current = self.own_category.currentText()
        self.own_category.clear()
        self.own_category.addItems(categories)
        self.own_category.setCurrentText(current or "mine")

    def _cells(self, action: CopingAction, stats: dict, in_plan: set[int]) -> list[QTableWidgetItem]:
        tool = stats.get(action.id, ToolStats(action.id))
        star = QTableWidgetItem("★" if action.favourite else "")
        star.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        star.setCheckState(Qt.CheckState.Checked if action.favourite else Qt.CheckState.Unchecked)
        star.setToolTip(self.tr("Favourite"))
        cells = [
            QTableWidgetItem(self.tr("{name} (mine)").format(name=action.name) if action.custom else action.name),
            QTableWidgetItem(category_label(action.category)),
            QTableWidgetItem(self.tr("never") if tool.uses == 0 else f"{tool.uses}×"),
            QTableWidgetItem(change_text(tool)),
            QTableWidgetItem(self.tr("yes") if action.id in in_plan else ""),
        ]
        for item in cells:
            item.setToolTip(action.description)
        return [star, *cells]

    def _on_changed(self, what: str) -> None:
        if self.isVisible() and what in {"checkins", "coping_actions", "coping_uses", "plan_actions"}:
            self.refresh()

    def row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole).name == name:
                return row
        return -1

    def selected_action(self) -> CopingAction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _reselect(self, action: CopingAction | None) -> None:
        if action is not None and (row := self.row_of(action.name)) >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        action = self.selected_action()
        for button in (self.add_to_plan_button, self.used_button, self.delete_button):
            button.setEnabled(action is not None)
        if action is None:
            self.description.setText(self.tr("Pick a tool to see how it works."))
            return
        self.description.setText(f"<b>{action.name}</b>: {action.description or self.tr('no description yet.')}")
        self.add_to_plan_button.setEnabled(action.id not in self.store.plan.action_ids())

    def _favourite_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        action: CopingAction = item.data(Qt.ItemDataRole.UserRole)
        action.favourite = item.checkState() == Qt.CheckState.Checked
        self.store.coping.update_action(action)
        self.context.notify("coping_actions")
        self.refresh()

    def _add_to_plan(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.store.plan.set_action_ids([*self.store.plan.action_ids(), action.id])
            self.context.show_status(self.tr("“{name}” is now one of your go-to actions.").format(name=action.name))
            self.context.notify("plan_actions")
            self.refresh()

    def _log_use(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.store.coping.add_use(CopingUse(action_id=action.id, at=now_local()))
            self.context.show_status(self.tr("Noted: you used “{name}”.").format(name=action.name))
            self.context.notify("coping_uses")
            self.refresh()

    def _delete(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        self.store.coping.delete_action(action.id)
        self.store.plan.set_action_ids([i for i in self.store.plan.action_ids() if i != action.id])
        self.context.show_status(
            self.tr("“{name}” moved to the trash; you can restore it from there.").format(name=action.name)
        )
        self.context.notify("coping_actions")
        self.refresh()

    def _add_own(self) -> None:
        name = self.own_name.text().strip()
        if not name:
            self.own_name.setFocus()
            return
        if self.store.coping.action_by_name(name) is not None:
            self.context.show_status(self.tr("“{name}” is already in your toolbox.").format(name=name))
            self._reselect(self.store.coping.action_by_name(name))
            return
        action = CopingAction(
            name=name,
            category=self.own_category.currentText().strip(),
            description=self.own_description.text(),
            custom=True,
        )
        try:
            self.store.coping.add_action(action)
        except database_errors() as error:
            if "unique" not in str(error).lower():
                raise
            self.context.show_status(
                self.tr("“{name}” is in the trash: restore it from there, or choose another name.").format(name=name)
            )
            return
        self.own_name.clear()
        self.own_description.clear()
        self.context.notify("coping_actions")
        self.refresh()
        self._reselect(action)
