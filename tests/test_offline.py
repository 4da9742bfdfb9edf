"""Offline, provably: no module imports networking code, and every flow runs with socket creation blocked."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

import recoveryjournal

NETWORK_MODULES = {"socket", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "urllib3", "ftplib"}
NETWORK_MODULES |= {"smtplib", "xmlrpc.client", "PySide6.QtNetwork", "PySide6.QtWebEngineWidgets"}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_no_module_imports_networking_code():
    package = Path(recoveryjournal.__file__).parent
    offenders = {
        f"{path.relative_to(package)}: {name}"
        for path in package.rglob("*.py")
        for name in imported_modules(path)
        if name in NETWORK_MODULES
    }
    assert not offenders


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("Recovery Journal tried to open a network socket")

    monkeypatch.setattr(socket.socket, "__init__", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_every_page_backup_restore_and_encryption_work_offline(no_sockets, qtbot, data_dir, tmp_path):
    from recoveryjournal.opening import open_journal
    from recoveryjournal.store import backup, crypto, encryption
    from recoveryjournal.ui.context import AppContext
    from recoveryjournal.ui.main_window import MainWindow
    from recoveryjournal.ui.pages import PAGES

    store = open_journal(data_dir)
    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key)
        qtbot.waitUntil(lambda spec=spec: window.stack.currentWidget() is window.page(spec.key))
    window.backup_action.trigger()
    saved = backup.backup_files(data_dir)[0]
    window.close()
    store.close()
    from recoveryjournal.cli import main

    summary = tmp_path / "summary.html"
    assert (
        main(["--data-dir", str(data_dir), "export", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(summary)])
        == 0
    )
    assert summary.exists()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    backup.restore(data_dir, saved, None)
    encryption.encrypt(data_dir, "offline passphrase", crypto.Kdf(time_cost=1, memory_cost=8192, parallelism=1))
    key = crypto.unlock(data_dir, "offline passphrase")
    store = open_journal(data_dir, key)
    backup.back_up(store)
    store.close()
