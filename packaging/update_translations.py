"""Bring the translation catalogue up to date with the code: `python packaging/update_translations.py`.

1. `pyside6-lupdate` collects every `self.tr(...)`, `QCoreApplication.translate(...)` and `i18n.translate(...)` in
   recoveryjournal/ into resources/i18n/recoveryjournal_es.ts (new words arrive marked unfinished; words no longer
   in the code are marked vanished) and the count forms ("%n day(s)" → "1 day", "2 days") into
   recoveryjournal_en.ts.
2. Write the Spanish for each unfinished message (Qt Linguist, `pyside6-linguist`, or any text editor) and remove
   its `type="unfinished"`; tests/test_translations.py fails while any is left.
3. Run this script again: `pyside6-lrelease` compiles each .ts into the .qm the window loads.

With `--check` nothing is written: it prints what is missing and exits 1 if a .ts or .qm is behind the code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = {"es": [], "en": ["-pluralonly"]}  # English needs only its count forms; its words are the code's


def tool(name: str) -> str:
    """The Qt tool that ships in the PySide6 wheel, next to the Python that runs this script."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"pyside6-{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def update(folder: Path) -> list[Path]:
    """Refresh the .ts files and compile the .qm files in ``folder``; returns the files written."""
    written = []
    for language, options in LANGUAGES.items():
        ts = folder / f"recoveryjournal_{language}.ts"
        command = [tool("lupdate"), "-extensions", "py", "-locations", "none", "-no-ui-lines", "-silent", *options]
        subprocess.run([*command, str(ROOT / "recoveryjournal"), "-ts", str(ts)], check=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written += [ts, qm]
    return written


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        update(FOLDER)
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        for path in FOLDER.glob("recoveryjournal_*.ts"):
            shutil.copy(path, scratch)
        behind = [
            path.name
            for path in update(Path(scratch))
            if not (FOLDER / path.name).exists() or path.read_bytes() != (FOLDER / path.name).read_bytes()
        ]
    for name in behind:
        print(f"resources/i18n/{name} is behind the code: run python packaging/update_translations.py")
    return 1 if behind else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
