"""The house plan's layering, enforced: the core never loads Qt, and start-up never loads matplotlib."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import recoveryjournal

PACKAGE = Path(recoveryjournal.__file__).parent


def modules_in(subpackage: str) -> list[str]:
    folder = PACKAGE / subpackage
    return [f"recoveryjournal.{subpackage}.{info.name}" for info in pkgutil.iter_modules([str(folder)])]


def loaded_after_importing(modules: list[str]) -> set[str]:
    code = "import sys\n" + "".join(f"import {name}\n" for name in modules) + "print('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_domain_store_and_charts_never_import_qt():
    modules = modules_in("domain") + modules_in("store") + modules_in("charts")
    assert modules
    loaded = loaded_after_importing(modules)
    assert not any(name.split(".")[0] == "PySide6" for name in loaded)


def test_domain_and_store_never_import_matplotlib():
    loaded = loaded_after_importing(modules_in("domain") + modules_in("store"))
    assert "matplotlib" not in loaded


def test_only_paths_imports_appdirs():
    importers = []
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "appdirs" for name in names):
                importers.append(source.relative_to(PACKAGE).as_posix())
    assert importers == ["paths.py"]


def test_only_store_speaks_sql():
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        relative = source.relative_to(PACKAGE).as_posix()
        if relative.startswith("store/"):
            continue
        text = source.read_text(encoding="utf-8")
        if ".execute(" in text or "import sqlite3" in text or "import sqlcipher3" in text:
            offenders.append(relative)
    assert offenders == []
