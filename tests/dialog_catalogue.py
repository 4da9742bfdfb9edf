"""Every dialog and extra window of the app, built on a journal, for the checks that look at all of them at once
(they fit the screen, they are readable in light and dark)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWidget


def dialog_factories(window) -> dict[str, Callable[[], QWidget]]:
    """Name → a function that builds the dialog over ``window`` (a ``MainWindow``)."""
    from recoveryjournal.domain.draft_models import Draft, DraftField
    from recoveryjournal.domain.reflection_models import ReflectionKind
    from recoveryjournal.store.backup import BackupInfo
    from recoveryjournal.ui.crisis import CountryDialog, journal_crisis_lines
    from recoveryjournal.ui.dialogs.checkin import CheckInDialog
    from recoveryjournal.ui.dialogs.data_export import DataExportDialog
    from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog
    from recoveryjournal.ui.dialogs.import_data import ImportDialog
    from recoveryjournal.ui.dialogs.lapse import LapseDialog
    from recoveryjournal.ui.dialogs.measure import MeasureDialog
    from recoveryjournal.ui.dialogs.passphrase import (
        LockSettingsDialog,
        RecoveryKeyDialog,
        SetPassphraseDialog,
        UnlockDialog,
    )
    from recoveryjournal.ui.dialogs.recovered import RecoveredDialog
    from recoveryjournal.ui.dialogs.reflection_prompts import MyPromptsDialog
    from recoveryjournal.ui.dialogs.reflection_short import ShortReflectionDialog
    from recoveryjournal.ui.dialogs.reflection_thought import ThoughtRecordDialog
    from recoveryjournal.ui.dialogs.reflection_weekly import WeeklyReviewDialog
    from recoveryjournal.ui.dialogs.restore import RestoreDialog
    from recoveryjournal.ui.dialogs.settings import SettingsDialog
    from recoveryjournal.ui.dialogs.substance import SubstanceDialog
    from recoveryjournal.ui.help_now import HelpNowPanel
    from recoveryjournal.ui.shortcuts import ShortcutsDialog
    from recoveryjournal.ui.welcome import WelcomeWizard
    from recoveryjournal.ui.widgets.due_measures import current_catalogue

    context = window.context
    store = context.store
    draft = Draft(
        key="checkin",
        kind="checkin",
        label="Check-in",
        fields=[DraftField(name="note", label="Note", text="Rough afternoon, but I called Sam.")],
        updated_at=datetime(2026, 11, 20, 18, 5).astimezone(),
    )
    backup = BackupInfo(
        path=store.folder / "backups" / "journal-2026-11-20.sqlite3",
        taken_at=datetime(2026, 11, 20, 21, 0).astimezone(),
        label="20 Nov 2026, 21:00",
        ok=True,
        counts={"checkins": 120, "journal_entries": 34},
    )
    return {
        "check-in": lambda: CheckInDialog(context, window),
        "lapse": lambda: LapseDialog(context, window),
        "substance": lambda: SubstanceDialog(context, window),
        "export summary": lambda: ExportSummaryDialog(context, window),
        "export data": lambda: DataExportDialog(context, window),
        "import": lambda: ImportDialog(context, window),
        "recovered drafts": lambda: RecoveredDialog(window, [draft]),
        "country": lambda: CountryDialog(store, window),
        "unlock": lambda: UnlockDialog(store.folder, window),
        "set passphrase": lambda: SetPassphraseDialog("Protect your journal with a passphrase", window),
        "recovery key": lambda: RecoveryKeyDialog("K7QF-2M9X-PL4D-8HZT-W3NB-6CJR", window),
        "lock after": lambda: LockSettingsDialog(10, window),
        "restore": lambda: RestoreDialog([backup], window),
        "thought record": lambda: ThoughtRecordDialog(context, window),
        "gratitude": lambda: ShortReflectionDialog(context, ReflectionKind.GRATITUDE, window),
        "my prompts": lambda: MyPromptsDialog(context, window),
        "weekly review": lambda: WeeklyReviewDialog(context, window),
        "measure": lambda: MeasureDialog(context, current_catalogue(store).get("phq9"), window),
        "help now": lambda: HelpNowPanel(context, lambda: journal_crisis_lines(store)),
        "settings": lambda: SettingsDialog(context, window),
        "keyboard shortcuts": lambda: ShortcutsDialog(window),
        "welcome": lambda: WelcomeWizard(context, window),
    }


def session_review(window) -> QWidget:
    """Session review of the default period, as the export dialog opens it (without hiding ``window``)."""
    from recoveryjournal.domain.clock import now_local
    from recoveryjournal.domain.summary import SummaryOptions, default_period
    from recoveryjournal.export.summary_charts import chart_svgs
    from recoveryjournal.export.summary_export import last_export, make_summary
    from recoveryjournal.ui.review_mode import ReviewWindow

    store = window.context.store
    now = now_local()
    start, end = default_period(now.date(), last_export(store))
    summary = make_summary(store, SummaryOptions(start, end), now)
    return ReviewWindow(window.context, summary, chart_svgs(summary))
