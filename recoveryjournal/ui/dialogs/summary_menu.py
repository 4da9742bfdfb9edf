"""The File menu's summary entries. Kept apart from the dialog so the summary code loads when first used, not at
start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install_summary_actions(window) -> None:
    """File menu: export the summary (Ctrl+E) and session review (Ctrl+Shift+R; Ctrl+R is the journal's reading
    view), placed above "Back up now"."""

    def export_summary() -> None:
        from recoveryjournal.ui.dialogs.export_summary import open_export_dialog

        open_export_dialog(window.context, window)

    def review() -> None:
        from recoveryjournal.ui.review_mode import start_review

        start_review(window)

    export = window.add_action(
        window.file_menu,
        QCoreApplication.translate("SummaryMenu", "Export summary for my &therapist…"),
        export_summary,
        "Ctrl+E",
    )
    session = window.add_action(
        window.file_menu, QCoreApplication.translate("SummaryMenu", "Session &review…"), review, "Ctrl+Shift+R"
    )
    for action in (export, session):
        window.file_menu.removeAction(action)
        window.file_menu.insertAction(window.backup_action, action)
    window.file_menu.insertSeparator(window.backup_action)
    window.export_summary_action, window.session_review_action = export, session
