"""Where sqlcipher3 is not installed (``pip install .`` leaves it out where it has no ready-made build), the app
works unencrypted and the passphrase dialogs say why encryption is not there.

The missing package is simulated the way Python sees it: its import fails (``sys.modules`` entry ``None`` in the
process, or a ``sitecustomize`` that refuses it in a child process).
"""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest
from blocked_imports import env_blocking
from packaging.requirements import Requirement
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from recoveryjournal import paths
from recoveryjournal.opening import open_journal
from recoveryjournal.store import crypto, encryption
from recoveryjournal.ui.dialogs.passphrase import SetPassphraseDialog, UnlockDialog
from recoveryjournal.ui.first_run import OFFER_KEY, PENDING, offer_passphrase

FAST = crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1)


@pytest.fixture
def no_sqlcipher(monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)


def test_the_passphrase_dialog_explains_that_encryption_is_not_available(qtbot, window, no_sqlcipher):
    window.set_passphrase_action.trigger()  # File → Passphrase and lock → Set or change passphrase…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SetPassphraseDialog))
    dialog = QApplication.activeModalWidget()
    text = dialog.findChild(QLabel, "unavailable").text()
    assert "Encryption is not available" in text
    assert "Windows, macOS, and Linux on x86-64 or ARM64" in text
    assert f"{platform.system()} on {platform.machine()}" in text  # names this computer
    assert not [field for field in dialog.findChildren(QLineEdit) if field.isVisible()]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not paths.is_encrypted(window.context.store.folder)


def test_an_encrypted_journal_is_left_alone_with_an_explanation(qtbot, data_dir, monkeypatch):
    open_journal(data_dir).close()
    encryption.encrypt(data_dir, "the right words", FAST)
    before = paths.database_path(data_dir).read_bytes()
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    dialog = UnlockDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "cannot open encrypted journals" in dialog.message.text()
    assert not dialog.passphrase.isEnabled() and not dialog.unlock_button.isEnabled()
    assert dialog.focusWidget() is dialog.quit_button
    qtbot.keyClick(dialog.quit_button, Qt.Key.Key_Space)
    assert dialog.result() == UnlockDialog.DialogCode.Rejected and dialog.key is None
    assert paths.database_path(data_dir).read_bytes() == before


def test_a_new_journal_is_not_offered_a_passphrase_it_cannot_have(qtbot, window, no_sqlcipher):
    window.context.store.settings.set(OFFER_KEY, PENDING)
    assert offer_passphrase(window) is None
    assert window.context.store.settings.get(OFFER_KEY) == PENDING  # offered once encryption is there


def test_the_app_works_without_sqlcipher3(tmp_path):
    """A real child process that cannot import sqlcipher3: sample journal, a summary from it, the data export."""
    env = env_blocking(tmp_path / "site", "sqlcipher3")
    folder = tmp_path / "journal"

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "recoveryjournal", *args], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("demo-data", str(folder))
    run(
        "export", "--from", "2000-01-01", "--to", "2100-12-31", "-o", str(tmp_path / "s.pdf"), "--data-dir", str(folder)
    )
    run("export-data", "--format", "json", "-o", str(tmp_path / "all.json"), "--data-dir", str(folder))
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert "sqlcipher3" not in run("--version")


@pytest.mark.parametrize(
    ("system", "machine", "python", "installed"),
    [
        ("linux", "x86_64", "3.11", True),
        ("linux", "aarch64", "3.14", True),
        ("darwin", "arm64", "3.12", True),
        ("darwin", "x86_64", "3.11", True),
        ("win32", "AMD64", "3.13", True),
        ("win32", "ARM64", "3.12", True),
        ("win32", "x86", "3.11", True),
        ("linux", "armv7l", "3.11", False),
        ("linux", "ppc64le", "3.11", False),
        ("linux", "riscv64", "3.12", False),
        ("freebsd14", "amd64", "3.11", False),
        ("linux", "x86_64", "3.15", False),
    ],
)
def test_sqlcipher3_is_required_only_where_it_has_wheels(system, machine, python, installed):
    import tomllib

    from test_packaging import ROOT

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    requirement = next(Requirement(text) for text in dependencies if text.startswith("sqlcipher3"))
    environment = {
        "sys_platform": system,
        "platform_machine": machine,
        "python_version": python,
        "platform_python_implementation": "CPython",
    }
    assert requirement.marker.evaluate(environment) is installed
