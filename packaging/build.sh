#!/usr/bin/env bash
# Builds the one-folder app dist/recoveryjournal/ with PyInstaller (pip install ".[dev]" first) and prints its
# version and size. PYTHON is the interpreter that has PyInstaller (default: python3); DIST and WORK choose the
# output and scratch folders (default: dist and build).
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
dist="${DIST:-dist}"
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "${WORK:-build}" \
    packaging/recoveryjournal.spec
app="$dist/recoveryjournal/recoveryjournal"
# A Windows build has no console, so it prints nothing there.
version="$("$app" --version 2>/dev/null || true)"
echo "Built $dist/recoveryjournal/ (${version:-version not printed}, $(du -sh "$dist/recoveryjournal" | cut -f1))"
