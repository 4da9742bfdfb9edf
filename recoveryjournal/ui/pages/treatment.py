"""Treatment: sessions attended and hours per week against the program's target, the program's dates, the aftercare
plan, and the substances tracked with their streaks and milestones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain import dates
from recoveryjournal.domain.attendance import (
    AFTERCARE_KEY,
    AFTERCARE_LABELS,
    AFTERCARE_TARGET_KEY,
    PROGRAM_END_KEY,
    PROGRAM_START_KEY,
    TARGET_DAYS,
    TARGET_KEY,
    Aftercare,
    AttendancePlan,
    program_message,
    setting_date,
    week_of,
    weekly_attendance,
)
from recoveryjournal.domain.clock import local_day, now_local
from recoveryjournal.domain.milestones import next_milestone, reached
from recoveryjournal.domain.numbers import short
from recoveryjournal.domain.session_models import SessionKind, TreatmentSession
from recoveryjournal.domain.sobriety import statuses
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.look import page_heading, page_layout, section
from recoveryjournal.ui.pages import page_title
from recoveryjournal.ui.widgets.date_field import DateField, DateTimeField
from recoveryjournal.ui.widgets.record_table import fill_rows, record_table
from recoveryjournal.ui.widgets.scrolling import scroll_into

KIND_LABELS = {
    **{kind: kind.label for kind in SessionKind},
    SessionKind.SUPPORT_GROUP: QT_TRANSLATE_NOOP("TreatmentPage", "Support group (AA, NA, SMART…)"),
}
WEEKS_SHOWN = 12


def _day_text(value: date) -> str:
    return dates.weekday_short_date(value)


def _hours(value: float) -> str:
    return short(value, 2)


class TreatmentPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        body = QWidget()
        column = page_layout(QVBoxLayout(body))
        column.addWidget(page_heading(page_title("treatment")))
        column.addWidget(self._build_sobriety())
        column.addWidget(self._build_sessions())
        column.addWidget(self._build_weeks())
        column.addWidget(self._build_program())
        column.addWidget(self._build_aftercare())
        column.addStretch(1)
        scroll_into(self, body, page_title("treatment"))
        context.changed.connect(self._on_changed)

    # --- building ------------------------------------------------------------------------------------------------

    def _build_sobriety(self) -> QGroupBox:
        box = section(self.tr("Sobriety"))
        layout = QVBoxLayout(box)
        self.substances = record_table(
            [
                self.tr("Substance"),
                self.tr("Sober since"),
                self.tr("Current"),
                self.tr("Longest"),
                self.tr("Total sober days"),
                self.tr("Next milestone"),
            ],
            self.tr("Substances"),
        )
        self.substances.setMaximumHeight(140)
        self.milestones = QLabel()
        self.milestones.setWordWrap(True)
        self.add_substance_button = QPushButton(self.tr("Track a substance…"))
        self.edit_substance_button = QPushButton(self.tr("Edit…"))
        row = QHBoxLayout()
        row.addWidget(self.add_substance_button)
        row.addWidget(self.edit_substance_button)
        row.addStretch(1)
        layout.addWidget(self.substances)
        layout.addWidget(self.milestones)
        layout.addLayout(row)
        self.substances.itemSelectionChanged.connect(self._show_milestones)
        self.add_substance_button.clicked.connect(lambda: self._open_substance(None))
        self.edit_substance_button.clicked.connect(self._edit_substance)
        return box

    def _build_sessions(self) -> QGroupBox:
        box = section(self.tr("Sessions"))
        layout = QVBoxLayout(box)
        self.session_when = DateTimeField(name="session_when")
        self._when_shown = ""  # the time the page last put in the field itself
        self.session_when.setAccessibleName(self.tr("When"))
        self.session_kind = QComboBox()
        self.session_kind.setAccessibleName(self.tr("Kind of session"))
        for kind, label in KIND_LABELS.items():
            self.session_kind.addItem(QCoreApplication.translate("TreatmentPage", label), kind)
        self.session_hours = QDoubleSpinBox()
        self.session_hours.setRange(0.25, 12)
        self.session_hours.setSingleStep(0.25)
        self.session_hours.setValue(1.5)
        self.session_hours.setSuffix(" h")
        self.session_hours.setAccessibleName(self.tr("Hours"))
        self.session_title = QLineEdit()
        self.session_title.setAccessibleName(self.tr("Name or note"))
        self.session_title.setPlaceholderText(self.tr("Optional, e.g. Tuesday evening group"))
        self.log_session_button = QPushButton(self.tr("Log session"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.session_title.setMinimumWidth(320)
        form.addRow(self.tr("When"), self.session_when)
        form.addRow(self.tr("Kind"), self.session_kind)
        form.addRow(self.tr("Hours"), self.session_hours)
        form.addRow(self.tr("Name"), self.session_title)
        form.addRow(self.log_session_button)
        self.sessions = record_table(
            [self.tr("When"), self.tr("Kind"), self.tr("Hours"), self.tr("Name")], self.tr("Sessions")
        )
        self.sessions.setMaximumHeight(180)
        self.delete_session_button = QPushButton(self.tr("Delete session"))
        self.no_sessions = QLabel(
            self.tr("No sessions logged yet. Fill in when and what kind above, then press Log session.")
        )
        self.no_sessions.setObjectName("no_sessions")
        self.no_sessions.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.no_sessions)
        layout.addWidget(self.sessions)
        layout.addWidget(self.delete_session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.log_session_button.clicked.connect(self._log_session)
        self.session_title.returnPressed.connect(self._log_session)
        self.delete_session_button.clicked.connect(self._delete_session)
        return box

    def _build_weeks(self) -> QGroupBox:
        low, high = TARGET_DAYS
        box = section(self.tr("Hours per week"))
        layout = QVBoxLayout(box)
        self.this_week = QLabel()
        self.this_week.setObjectName("thisWeek")
        self.this_week.setWordWrap(True)
        self.target = QDoubleSpinBox()
        self.target.setRange(0.5, 60)
        self.target.setSingleStep(0.5)
        self.target.setSuffix(self.tr(" hours"))
        self.target.setAccessibleName(self.tr("Weekly target"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("My program's weekly target:")))
        row.addWidget(self.target)
        spread = QLabel(
            self.tr("usually spread across {low}–{high} days, between the program's dates").format(low=low, high=high)
        )
        spread.setWordWrap(True)  # a narrow page (200 % text on 1280×720) wraps it instead of scrolling sideways
        row.addWidget(spread, 1)
        self.aftercare_aim = QDoubleSpinBox()
        self.aftercare_aim.setRange(0, 21)
        self.aftercare_aim.setSingleStep(1)
        self.aftercare_aim.setDecimals(0)
        self.aftercare_aim.setSpecialValueText(self.tr("not set"))
        self.aftercare_aim.setAccessibleName(self.tr("Aftercare aim: sessions or meetings a week"))
        aim_row = QHBoxLayout()
        aim_row.addWidget(QLabel(self.tr("After the program, my aim:")))
        aim_row.addWidget(self.aftercare_aim)
        aim_unit = QLabel(self.tr("sessions or meetings a week"))
        aim_unit.setWordWrap(True)
        aim_row.addWidget(aim_unit, 1)
        self.weeks = record_table(
            [self.tr("Week of"), self.tr("Hours"), self.tr("Days"), self.tr("Target")], self.tr("Hours per week")
        )
        self.weeks.setMaximumHeight(200)
        layout.addWidget(self.this_week)
        layout.addLayout(row)
        layout.addLayout(aim_row)
        layout.addWidget(self.weeks)
        self.target.valueChanged.connect(self._target_changed)
        self.aftercare_aim.valueChanged.connect(self._aftercare_aim_changed)
        return box

    def _build_program(self) -> QGroupBox:
        box = section(self.tr("Program"))
        layout = QVBoxLayout(box)
        self.program_set = {}
        self.program_dates = {}
        form = QFormLayout()
        for key, label in ((PROGRAM_START_KEY, self.tr("Starts")), (PROGRAM_END_KEY, self.tr("Ends"))):
            check = QCheckBox()
            check.setAccessibleName(self.tr("Program {label} date is set").format(label=label.lower()))
            edit = DateField(name=key)
            edit.setAccessibleName(self.tr("Program {label}").format(label=label.lower()))
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(edit)
            row.addStretch(1)
            form.addRow(label, row)
            check.toggled.connect(lambda _on, k=key: self._program_changed(k))
            edit.committed.connect(lambda k=key: self._program_changed(k))
            self.program_set[key] = check
            self.program_dates[key] = edit
        self.program_status = QLabel()
        self.program_status.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(self.program_status)
        return box

    def _build_aftercare(self) -> QGroupBox:
        box = section(self.tr("Aftercare plan"))
        layout = QVBoxLayout(box)
        intro = QLabel(self.tr("The support that carries on once the program ends."))
        intro.setWordWrap(True)
        form = QFormLayout()
        placeholders = {
            "therapy": self.tr("e.g. every other Tuesday with my counsellor"),
            "groups": self.tr("e.g. SMART Recovery on Thursdays, AA on Sundays"),
            "sponsor": self.tr("e.g. Sam, call at least twice a week"),
            "check_ins": self.tr("e.g. a check-in here every evening, weekly review on Sundays"),
        }
        self.aftercare = {}
        for field, words in AFTERCARE_LABELS.items():
            label = QCoreApplication.translate("Attendance", words)
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(placeholders[field])
            edit.editingFinished.connect(self._save_aftercare)
            form.addRow(label, edit)
            self.aftercare[field] = edit
        layout.addWidget(intro)
        layout.addLayout(form)
        return box

    # --- refreshing ----------------------------------------------------------------------------------------------

    def today(self) -> date:
        return local_day(now_local())

    def refresh(self) -> None:
        today = self.today()
        self._refresh_sobriety(today)
        self._refresh_sessions(today)
        self._refresh_program(today)
        aftercare = Aftercare.from_setting(self.store.settings.get(AFTERCARE_KEY))
        for field, edit in self.aftercare.items():
            edit.setText(getattr(aftercare, field))
        if self.session_when.edit.text() in ("", self._when_shown):  # a time the person typed stays
            self.session_when.set_value(now_local())
            self._when_shown = self.session_when.edit.text()

    def _on_changed(self, what: str) -> None:
        if self.isVisible() and what in {"substances", "lapses", "treatment_sessions", "settings"}:
            self.refresh()

    def _refresh_sobriety(self, today: date) -> None:
        found = statuses(self.store.sobriety.all(), self.store.lapses.all(), today)
        rows = []
        for status in found:
            coming = next_milestone(status.current.start, today)
            rows.append(
                [
                    status.substance,
                    _day_text(status.current.start),
                    _days(status.current_days),
                    _days(status.longest_days),
                    _days(status.total_days),
                    self.tr("{label} on {day_text}").format(label=coming.label, day_text=_day_text(coming.on)),
                ]
            )
        fill_rows(self.substances, rows, found)
        self.edit_substance_button.setEnabled(bool(found))
        if found:
            self.substances.selectRow(0)
        else:
            self.milestones.setText(self.tr("Track a substance to see your streaks and milestones here."))

    def _show_milestones(self) -> None:
        rows = self.substances.selectionModel().selectedRows()
        if not rows:
            return
        status = self.substances.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        done = reached(status.current.start, self.today())
        if not done:
            self.milestones.setText(
                self.tr("{substance}: your first milestone is one day away.").format(substance=status.substance)
            )
            return
        items = ", ".join(f"{m.label} ({_day_text(m.on)})" for m in done)
        self.milestones.setText(
            self.tr("Milestones reached for {substance}: {items}.").format(substance=status.substance, items=items)
        )

    def _refresh_sessions(self, today: date) -> None:
        sessions = self.store.sessions.all()
        latest = sessions[::-1][:50]
        fill_rows(
            self.sessions,
            [
                [
                    f"{_day_text(local_day(s.at))}, {s.at:%H:%M}",
                    QCoreApplication.translate("TreatmentPage", KIND_LABELS[s.kind]),
                    _hours(s.hours),
                    s.title,
                ]
                for s in latest
            ],
            latest,
        )
        self.delete_session_button.setEnabled(bool(latest))
        self.no_sessions.setVisible(not latest)
        self.sessions.setVisible(bool(latest))
        plan = AttendancePlan.from_settings(self.store.settings.get)
        for box, value in ((self.target, plan.hours_per_week), (self.aftercare_aim, plan.aftercare_per_week or 0)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        weeks = weekly_attendance(sessions, plan.hours_per_week, through=today, plan=plan)
        current = week_of(weeks, today, plan)
        self.this_week.setText(self.tr("<b>This week:</b> {summary}.").format(summary=current.summary))
        shown = weeks[:WEEKS_SHOWN]
        fill_rows(
            self.weeks,
            [[_day_text(w.week_start), _hours(w.hours), str(w.days), w.status] for w in shown],
            shown,
        )

    def _refresh_program(self, today: date) -> None:
        values = {key: setting_date(self.store.settings.get(key)) for key in self.program_set}
        for key, value in values.items():
            check, edit = self.program_set[key], self.program_dates[key]
            check.blockSignals(True)
            edit.blockSignals(True)
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            if edit.date() != (value or today):  # never rewrites a date being typed
                edit.set_date(value or today)
            check.blockSignals(False)
            edit.blockSignals(False)
        self.program_status.setText(program_message(values[PROGRAM_START_KEY], values[PROGRAM_END_KEY], today))

    # --- saving --------------------------------------------------------------------------------------------------

    def _log_session(self) -> None:
        typed = self.session_when.value()
        if typed is None:
            self.session_when.setFocus()
            self.context.show_status(
                self.session_when.problem_text() or self.tr("Type when the session was, e.g. 15 Oct 2026 14:30.")
            )
            return
        at = typed.astimezone()
        session = TreatmentSession(
            at=at,
            kind=self.session_kind.currentData(),
            hours=self.session_hours.value(),
            title=self.session_title.text(),
        )
        self.store.sessions.add(session)
        self.session_title.clear()
        self.context.show_status(
            self.tr("{kind} logged: {hours} hours.").format(
                kind=QCoreApplication.translate("TreatmentPage", KIND_LABELS[session.kind]), hours=_hours(session.hours)
            )
        )
        self.context.notify("treatment_sessions")
        self._refresh_sessions(self.today())

    def _delete_session(self) -> None:
        rows = self.sessions.selectionModel().selectedRows()
        if not rows:
            return
        session = self.sessions.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        self.store.sessions.delete(session.id)
        self.context.show_status(self.tr("Session moved to the trash; you can restore it from there."))
        self.context.notify("treatment_sessions")
        self._refresh_sessions(self.today())

    def _target_changed(self, value: float) -> None:
        self.store.settings.set(TARGET_KEY, value)
        self._refresh_sessions(self.today())

    def _aftercare_aim_changed(self, value: float) -> None:
        self.store.settings.set(AFTERCARE_TARGET_KEY, value or None)
        self._refresh_sessions(self.today())

    def _program_changed(self, key: str) -> None:
        check, edit = self.program_set[key], self.program_dates[key]
        edit.setEnabled(check.isChecked())
        if check.isChecked() and edit.date() is None:
            return  # the field says the text is not a date yet; nothing is saved until it is
        value = edit.date().isoformat() if check.isChecked() else None
        if value == self.store.settings.get(key):
            return
        self.store.settings.set(key, value)
        self._refresh_program(self.today())
        self._refresh_sessions(self.today())

    def _save_aftercare(self) -> None:
        aftercare = Aftercare(**{field: edit.text() for field, edit in self.aftercare.items()})
        if aftercare.as_setting() != Aftercare.from_setting(self.store.settings.get(AFTERCARE_KEY)).as_setting():
            self.store.settings.set(AFTERCARE_KEY, aftercare.as_setting())
            self.context.show_status(self.tr("Aftercare plan saved."))

    def _open_substance(self, substance) -> None:
        from recoveryjournal.ui.dialogs.substance import open_substance_dialog

        self.substance_dialog = open_substance_dialog(self.context, self, substance)

    def _edit_substance(self) -> None:
        rows = self.substances.selectionModel().selectedRows()
        if rows:
            name = self.substances.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole).substance
            self._open_substance(next(s for s in self.store.sobriety.all() if s.name == name))


def _days(count: int) -> str:
    return (
        QCoreApplication.translate("Treatment", "1 day")
        if count == 1
        else QCoreApplication.translate("Treatment", "{count} days").format(count=count)
    )
