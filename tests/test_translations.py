"""The catalogue (resources/i18n): in step with the code, Spanish complete, and one source for Qt and pure Python."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from recoveryjournal import i18n

ROOT = Path(__file__).resolve().parent.parent
NAMED = re.compile(r"\{[^{}]*\}")  # the {name} placeholders filled after translating


def messages(language: str) -> list[tuple[str, ElementTree.Element]]:
    """(context, message) for every message of the catalogue still used by the code."""
    root = ElementTree.parse(i18n.FOLDER / f"recoveryjournal_{language}.ts").getroot()
    return [
        (context.findtext("name"), message)
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]


def forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    return [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]


def test_the_catalogue_is_in_step_with_the_code():
    """Every translatable text in the code is in the .ts files and the .qm files are compiled from them: a new
    text needs `python packaging/update_translations.py` (then its Spanish)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert update_translations.main(["--check"]) == 0


def test_every_text_has_a_finished_spanish_translation_with_the_same_placeholders():
    unfinished, mismatched = [], []
    for context, message in messages("es"):
        source = message.findtext("source")
        translations = forms(message)
        if message.find("translation").get("type") == "unfinished" or not all(translations):
            unfinished.append(f"{context}: {source!r}")
            continue
        expected = set(NAMED.findall(source))
        if message.get("numerus") == "yes" and len(translations) != 2:
            mismatched.append(f"{context}: {source!r} needs two forms (one, other)")
        for text in translations:
            if set(NAMED.findall(text)) != expected:
                mismatched.append(f"{context}: {source!r} → {text!r}")
        # A count form may say "one" in words ("el día anterior"); the form for other numbers shows the number.
        if "%n" in source and "%n" not in translations[-1]:
            mismatched.append(f"{context}: {source!r} → {translations[-1]!r} lacks %n")
    assert unfinished == [], "no Spanish yet:\n" + "\n".join(unfinished)
    assert mismatched == [], "placeholders differ:\n" + "\n".join(mismatched)


def test_english_count_forms_are_finished():
    missing = [message.findtext("source") for _context, message in messages("en") if not all(forms(message))]
    assert missing == []


@pytest.fixture
def spanish(qapp):
    from recoveryjournal.ui.translation import install_language

    install_language(qapp, "es")
    yield qapp
    install_language(qapp, "en")


def test_the_window_and_the_pure_python_function_read_the_same_catalogue(spanish):
    """Qt's translator (the .qm) and ``i18n.translate`` (the .ts) give the same words for every message."""
    from PySide6.QtCore import QCoreApplication

    assert i18n.current_language() == "es"
    differ = []
    for context, message in messages("es"):
        source, disambiguation = message.findtext("source"), message.findtext("comment")
        counts = (1, 3) if message.get("numerus") == "yes" else (-1,)
        for n in counts:
            ours = i18n.translate(context, source, disambiguation, n)
            qt = QCoreApplication.translate(context, source, disambiguation, n)
            if ours != qt:
                differ.append(f"{context}: {source!r}: {ours!r} != {qt!r}")
    assert differ == []
    assert len(messages("es")) > 0


def test_the_language_setting_chooses_the_language(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es_MX.UTF-8")
    assert i18n.choose("system") == "es"
    assert i18n.choose(None) == "es"
    assert i18n.choose("en") == "en"
    monkeypatch.setenv("LANGUAGE", "de_DE")
    assert i18n.choose("system") == "en"


def test_counts_take_the_form_of_their_number_in_each_language():
    assert i18n.translate("Summary", "%n day(s)", None, 1) == "1 day"
    assert i18n.translate("Summary", "%n day(s)", None, 3) == "3 days"
    with i18n.speaking("es") as language:
        assert language == "es"
        assert i18n.translate("Summary", "%n day(s)", None, 1) == "1 día"
        assert i18n.translate("Brief", "%n lapse(s)", None, 0) == "0 deslices"
    assert i18n.current_language() == "en"


def test_the_window_speaks_spanish_when_chosen(spanish, qtbot, context):
    """The language the journal keeps (Settings) is put into effect as the window is set up (ui.preferences)."""
    from PySide6.QtWidgets import QPushButton

    from recoveryjournal.ui.dialogs.checkin import CheckInDialog
    from recoveryjournal.ui.main_window import MainWindow

    context.store.settings.set(i18n.SETTING, "es")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.help_now_button.text() == "Necesito ayuda ahora"
    assert window.findChild(QPushButton, "quick_checkin").text().startswith("Registro rápido")
    dialog = CheckInDialog(context, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Registro rápido"
    assert {button.text() for button in dialog.emotion_buttons.values()} >= {"ansiedad", "calma", "gratitud"}


def test_the_export_dialog_makes_the_summary_in_the_language_chosen_for_it(qtbot, window, store):
    from PySide6.QtCore import Qt

    from recoveryjournal.ui.dialogs.export_summary import ExportSummaryDialog

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryDialog) is not None)
    dialog = window.findChild(ExportSummaryDialog)
    assert "Summary for my therapist" in dialog.preview.toPlainText()
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English → Español
    assert dialog.summary_language() == "es"
    shown = dialog.preview.toPlainText()
    assert "Resumen para mi terapeuta" in shown and "Cifras clave" in shown
    assert "Summary for my therapist" not in shown and "Key numbers" not in shown
    assert 'lang="es"' in dialog.document
    assert i18n.current_language() == "en"  # the window keeps its language


def test_prompts_and_coping_ideas_come_in_spanish_with_what_they_are_for_unchanged():
    from recoveryjournal.domain.coping_catalogue import default_coping_actions
    from recoveryjournal.domain.prompt_catalogue import default_prompts

    english, ideas = default_prompts(), default_coping_actions()
    with i18n.speaking("es"):
        spanish, ideas_es = default_prompts(), default_coping_actions()
    assert [prompt.id for prompt in spanish] == [prompt.id for prompt in english]
    untranslated = [es.id for en, es in zip(english, spanish, strict=True) if es.text == en.text]
    assert untranslated == []  # every shipped prompt has its Spanish
    assert all(len(es.follow_ups) == len(en.follow_ups) for en, es in zip(english, spanish, strict=True))
    assert [(es.category, es.signals) for es in spanish] == [(en.category, en.signals) for en in english]
    assert [idea.category for idea in ideas_es] == [idea.category for idea in ideas]
    assert not {idea.name for idea in ideas} & {idea.name for idea in ideas_es}
    assert "Respiración pausada" in {idea.name for idea in ideas_es}
    from recoveryjournal.domain.catalogue import default_triggers

    triggers = default_triggers()
    with i18n.speaking("es"):
        triggers_es = default_triggers()
    assert [trigger.kind for trigger in triggers_es] == [trigger.kind for trigger in triggers]
    assert not {trigger.name for trigger in triggers} & {trigger.name for trigger in triggers_es}


def test_a_broken_translation_file_is_named_with_its_entry_and_field(tmp_path):
    from recoveryjournal.domain.resources import ResourceError, language_words

    (tmp_path / "coping_es.toml").write_text('[[action]]\nof = "Go for a walk"\nnombre = "Caminar"\n', "utf-8")
    with pytest.raises(ResourceError, match=r"coping_es.toml, action 1 \('Go for a walk'\): unknown field 'nombre'"):
        language_words("coping.toml", "es", "action", "of", ("name", "description"), folder=tmp_path)
    assert language_words("coping.toml", "en", "action", "of", ("name",), folder=tmp_path) == {}
