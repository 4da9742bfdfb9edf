"""A real app process for the crash tests of forms: open the main window on a data folder, open forms (dialogs,
session review, the plan page), type into a text box of each and stay running until killed. Prints READY after the
last keystroke; it never waits for the drafts themselves.

Usage: python tests/form_typing_app.py DATA_DIR FORM[,FORM…] TEXT [--close-on-terminate] [--steady]
Each FORM is a key of ``FORMS`` and gets ``words(TEXT, FORM)`` typed. With ``--close-on-terminate``, SIGTERM ends
the session as the app does (``ui.app.close_on_terminate``) instead of killing it. With ``--steady`` the one FORM gets
TEXT typed over and over without a pause, as ``journal_typing_app.py --steady`` does in the journal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app_process import run_typing_app
from journal_typing_app import type_steadily
from PySide6.QtTest import QTest

from recoveryjournal.domain.reflection_models import ReflectionKind


def checkin(window):
    from recoveryjournal.ui.dialogs.checkin import open_checkin_dialog

    dialog = open_checkin_dialog(window.context, window)
    dialog.more_toggle.setChecked(True)
    return dialog.note


def lapse(window):
    from recoveryjournal.ui.dialogs.lapse import open_lapse_dialog

    return open_lapse_dialog(window.context, window).context_text


def summary(window):
    from recoveryjournal.ui.dialogs.export_summary import open_export_dialog

    return open_export_dialog(window.context, window).topics


def substance(window):
    from recoveryjournal.ui.dialogs.substance import open_substance_dialog

    return open_substance_dialog(window.context, window).name


def session_notes(window):
    from recoveryjournal.ui.review_mode import start_review

    return start_review(window).notes


FORMS = {
    "checkin": checkin,
    "lapse": lapse,
    "summary": summary,
    "substance": substance,
    "session_notes": session_notes,
    "thought_record": lambda window: window.show_page("reflect").open_thought_record().boxes["thought"],
    "weekly_review": lambda window: window.show_page("reflect").open_weekly_review().went_well,
    "gratitude": lambda window: window.show_page("reflect").open_short(ReflectionKind.GRATITUDE).lines[0],
    "my_prompts": lambda window: window.show_page("reflect").open_my_prompts().new_text,
    "plan": lambda window: window.show_page("plan").contact_fields["when_to_call"],
    "daily_question": lambda window: window.show_page("reflect").daily.words,
}


def words(text: str, form: str) -> str:
    return f"{text} ({form})"


def main() -> None:
    folder, forms, text = Path(sys.argv[1]), sys.argv[2].split(","), sys.argv[3]

    def type_into(window) -> None:
        for form in forms:
            box = FORMS[form](window)
            box.setFocus()
            if "--steady" in sys.argv[4:]:
                type_steadily(box, text)
            else:
                QTest.keyClicks(box, words(text, form))

    run_typing_app(folder, type_into, "--close-on-terminate" in sys.argv[4:])


if __name__ == "__main__":
    main()
