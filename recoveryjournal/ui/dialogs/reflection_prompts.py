"""My prompts: write your own questions, hide ones that don't fit, and share prompt packs as TOML files.

A pack is checked whole before anything is saved: one bad prompt rejects the file, and the message gives its line
and what is wrong, so a therapist's pack either arrives complete or not at all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recoveryjournal.domain.prompt_catalogue import (
    CATEGORIES,
    MAX_COOLDOWN,
    Prompt,
    ResourceError,
    category_label,
    default_prompts,
    from_custom,
    new_prompt_id,
    parse_prompts,
    prompts_to_toml,
    to_custom,
)
from recoveryjournal.domain.signals import SIGNAL_LABELS
from recoveryjournal.ui.context import AppContext
from recoveryjournal.ui.drafts import DraftDialog
from recoveryjournal.ui.widgets.daily_question import HIDDEN_KEY, answer_box, catalogue, hidden_prompts
from recoveryjournal.ui.widgets.scrolling import fit_to_screen

PACK_FILTER = QT_TRANSLATE_NOOP("PromptsDialog", "Prompt packs (*.toml);;All files (*)")
ID_ROLE = Qt.ItemDataRole.UserRole


class MyPromptsDialog(DraftDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.store
        self._loading = False
        self.setObjectName("my_prompts_dialog")
        self.setWindowTitle(self.tr("My prompts"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("My prompts"))
        self.tabs.addTab(self._write_tab(), self.tr("Write your own"))
        self.tabs.addTab(self._hide_tab(), self.tr("Show or hide"))
        self.tabs.addTab(self._share_tab(), self.tr("Share a pack"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(620, 560))
        self.keep_drafts(self.store, "my_prompts", self.tr("My prompts")).watch(
            "new_prompt_text", self.tr("Your question"), self.new_text
        )
        self.reload()

    # --- write your own ------------------------------------------------------------------------------------------

    def _write_tab(self) -> QWidget:
        page = QWidget()
        self.new_text = answer_box(
            "new_prompt_text", self.tr("Your question, e.g. “What does a good evening look like?”"), 60
        )
        self.category = QComboBox(objectName="new_prompt_category")
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        self.cooldown = QSpinBox(objectName="new_prompt_cooldown")
        self.cooldown.setRange(0, MAX_COOLDOWN)
        self.cooldown.setValue(7)
        self.cooldown.setSuffix(self.tr(" days"))
        self.cooldown.setToolTip(self.tr("How long before the question may come back (0 = any day)"))
        self.signals = QListWidget(objectName="new_prompt_signals")
        for name, label in SIGNAL_LABELS.items():
            item = QListWidgetItem(QCoreApplication.translate("Signals", label))
            item.setData(ID_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.signals.addItem(item)
        self.add_button = QPushButton(self.tr("Add my prompt"), objectName="add_prompt")
        self.add_button.setEnabled(False)
        self.new_text.textChanged.connect(lambda: self.add_button.setEnabled(bool(self.new_text.toPlainText().strip())))
        self.add_button.clicked.connect(self.add_prompt)
        self.own_list = QListWidget(objectName="own_prompts")
        self.own_list.setAccessibleName(self.tr("Prompts you wrote"))
        self.remove_button = QPushButton(self.tr("Remove"), objectName="remove_prompt")
        self.remove_button.clicked.connect(self.remove_selected)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.new_text)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Ask again after"), self.cooldown)
        form.addRow(self.tr("Best when (optional)"), self.signals)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Your prompts and imported ones")))
        layout.addWidget(self.own_list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def add_prompt(self) -> None:
        text = self.new_text.toPlainText().strip()
        if not text:
            return
        taken = {prompt.id for prompt in catalogue(self.store)}
        signals = [
            self.signals.item(row).data(ID_ROLE)
            for row in range(self.signals.count())
            if self.signals.item(row).checkState() == Qt.CheckState.Checked
        ]
        prompt = Prompt(
            new_prompt_id(text, taken), text, self.category.currentData(), tuple(signals), self.cooldown.value()
        )
        if not self.drafts.save_or_keep(
            lambda: self.store.reflections.save_custom_prompt(to_custom(prompt, "own")), self
        ):
            return
        self.new_text.clear()
        for row in range(self.signals.count()):
            self.signals.item(row).setCheckState(Qt.CheckState.Unchecked)
        self._changed("custom_prompts", self.tr("Your prompt was added. It will come up when it fits."))

    def remove_selected(self) -> None:
        item = self.own_list.currentItem()
        if item is None:
            return
        self.store.reflections.delete_custom_prompt(item.data(ID_ROLE))
        self._changed("custom_prompts", self.tr("Prompt removed."))

    # --- show or hide --------------------------------------------------------------------------------------------

    def _hide_tab(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr("Untick a question that doesn't fit you; it won't be asked again. Tick it to bring it back.")
        )
        note.setWordWrap(True)
        self.all_list = QListWidget(objectName="all_prompts")
        self.all_list.setAccessibleName(self.tr("Every prompt: uncheck one to hide it"))
        self.all_list.itemChanged.connect(self._visibility_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.all_list)
        return page

    def _visibility_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        hidden = hidden_prompts(self.store)
        prompt_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            hidden.discard(prompt_id)
        else:
            hidden.add(prompt_id)
        self.store.settings.set(HIDDEN_KEY, sorted(hidden))
        self.context.notify("settings")

    # --- share a pack --------------------------------------------------------------------------------------------

    def _share_tab(self) -> QWidget:
        page = QWidget()
        note = QLabel(
            self.tr(
                "A prompt pack is a small text file (.toml) of questions. A therapist or friend can give you one, and "
                "you can share the prompts you wrote. Nothing else from your journal goes into it."
            )
        )
        note.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a pack…"), objectName="import_pack")
        self.export_button = QPushButton(self.tr("Export my prompts…"), objectName="export_pack")
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.pack_message = QLabel(objectName="pack_message")
        self.pack_message.setWordWrap(True)
        self.pack_message.setTextFormat(Qt.TextFormat.PlainText)
        self.pack_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.pack_message)
        layout.addStretch(1)
        return page

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a prompt pack"),
            str(Path.home()),
            QCoreApplication.translate("PromptsDialog", PACK_FILTER),
        )
        if path:
            self.import_pack(Path(path))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my prompts"),
            str(Path.home() / "my-prompts.toml"),
            QCoreApplication.translate("PromptsDialog", PACK_FILTER),
        )
        if path:
            self.export_pack(Path(path))

    def import_pack(self, path: Path) -> bool:
        """Read, check and save a whole pack; on any problem nothing is saved and the reason is shown."""
        try:
            text = path.read_text(encoding="utf-8")
            shipped = {prompt.id for prompt in default_prompts()}
            prompts = parse_prompts(text, path.name, "pack", taken=shipped)
        except (OSError, UnicodeDecodeError) as error:
            return self._pack_result(self.tr("That file could not be read: {error}").format(error=error), ok=False)
        except ResourceError as error:
            return self._pack_result(self.tr("Nothing was imported. {error}").format(error=error), ok=False)
        with self.store.db.atomic():
            for prompt in prompts:
                self.store.reflections.save_custom_prompt(to_custom(prompt, "pack"))
        self._changed(
            "custom_prompts",
            self.tr("Imported {prompts} prompts from {name}.").format(prompts=len(prompts), name=path.name),
        )
        return self._pack_result(
            self.tr("Imported {prompts} prompts from {name}.").format(prompts=len(prompts), name=path.name), ok=True
        )

    def export_pack(self, path: Path) -> bool:
        prompts = [from_custom(custom) for custom in self.store.reflections.custom_prompts()]
        if not prompts:
            return self._pack_result(
                self.tr("You haven't written or imported any prompts yet, so there is nothing to export."), False
            )
        try:
            path.write_text(prompts_to_toml(prompts, self.tr("Prompts from Recovery Journal")), encoding="utf-8")
        except OSError as error:
            return self._pack_result(self.tr("The pack could not be written: {error}").format(error=error), ok=False)
        return self._pack_result(
            self.tr("Exported {prompts} prompts to {path}.").format(prompts=len(prompts), path=path), ok=True
        )

    def _pack_result(self, message: str, ok: bool) -> bool:
        self.pack_message.setText(message)
        self.pack_message.setStyleSheet(
            "" if ok else "color: palette(highlighted-text); background: palette(highlight); padding: 4px;"
        )
        return ok

    # --- shared ----------------------------------------------------------------------------------------------------

    def _changed(self, what: str, message: str) -> None:
        self.context.notify(what)
        self.context.show_status(message)
        self.reload()

    def reload(self) -> None:
        self._loading = True
        self.own_list.clear()
        for custom in self.store.reflections.custom_prompts():
            where = self.tr("imported") if custom.source == "pack" else self.tr("yours")
            item = QListWidgetItem(f"{custom.text}  ({category_label(custom.category)}, {where})")
            item.setData(ID_ROLE, custom.prompt_id)
            self.own_list.addItem(item)
        self.remove_button.setEnabled(self.own_list.count() > 0)
        hidden = hidden_prompts(self.store)
        self.all_list.clear()
        for prompt in catalogue(self.store):
            item = QListWidgetItem(f"{prompt.text}  ({category_label(prompt.category)})")
            item.setData(ID_ROLE, prompt.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if prompt.id in hidden else Qt.CheckState.Checked)
            self.all_list.addItem(item)
        self._loading = False
