#!/usr/bin/env bash
# Builds a standalone folder with PyInstaller (install the dev extra first: pip install -e ".[dev]" pyinstaller).
set -euo pipefail
cd "$(dirname "$0")/.."
pyinstaller --noconfirm packaging/recoveryjournal.spec
echo "Built dist/recoveryjournal/"
