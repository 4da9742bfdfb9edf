"""The packaged app: ``packaging/build.sh`` builds the PyInstaller bundle from this checkout once per run, and the
bundle is run headless through ``self-test`` (start on the sample journal, every page, the therapist PDF and HTML, the
data export and import, quit).

PyInstaller comes with the test extra; where it is missing the tests skip, except in CI, where they fail.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recoveryjournal import __version__
from recoveryjournal.ui.pages import PAGES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
BUILD_TIMEOUT = 1800  # ~1 minute on an idle 2-core machine; generous for a busy one
RUN_TIMEOUT = 600


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The folder holding ``dist/recoveryjournal`` and PyInstaller's ``build`` folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is not installed, but the test extra installs it")
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    work = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(work / "dist"), "WORK": str(work / "build")}
    built = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    print(built.stdout.strip().splitlines()[-1])  # "Built … (recoveryjournal X.Y.Z, N M)": shown with pytest -s
    return work


def run_app(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    env.pop("DISPLAY", None)
    app = bundle / "dist" / "recoveryjournal" / "recoveryjournal"
    return subprocess.run([str(app), *args], env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)


def test_the_bundle_starts_writes_the_summary_round_trips_data_and_quits(bundle, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "out"
    result = run_app(bundle, "self-test", str(out), home=tmp_path / "home")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert f"opened {len(PAGES)} pages" in result.stdout
    assert "self-test: passed" in result.stdout
    reader = PdfReader(out / "summary.pdf")
    assert len(reader.pages) >= 2
    assert "Summary for my therapist" in " ".join(reader.pages[0].extract_text().split())
    assert (out / "summary.html").read_text(encoding="utf-8").count("data:image/svg+xml") >= 3
    assert (out / "imported-json" / "journal.sqlite3").exists()


def test_the_bundle_reports_the_version(bundle, tmp_path):
    result = run_app(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"recoveryjournal {__version__}"


def test_every_module_of_the_app_is_in_the_bundle(bundle):
    """Pages load by module name and most modules on first use, which the freezer cannot see: the spec lists them."""
    toc = ast.literal_eval((bundle / "build" / "recoveryjournal" / "PYZ-00.toc").read_text())
    archived = {entry[0] for entry in toc[1]}
    package = ROOT / "recoveryjournal"
    source = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert source - archived == set()
    assert {spec.module for spec in PAGES} <= archived
    backends = {name.rsplit(".", 1)[1] for name in archived if name.startswith("matplotlib.backends.backend_")}
    assert {"backend_agg", "backend_svg", "backend_qtagg"} <= backends
    assert not backends & {"backend_tkagg", "backend_gtk4agg", "backend_wxagg", "backend_webagg", "backend_pgf"}


def test_the_bundle_leaves_out_what_the_app_never_loads(bundle):
    qt = next((bundle / "dist" / "recoveryjournal").rglob("plugins")).parent
    plugins = {path.relative_to(qt / "plugins").as_posix() for path in (qt / "plugins").rglob("*") if path.is_file()}
    kinds = {name.split("/")[0] for name in plugins}
    assert {"platforms", "iconengines", "imageformats", "platforminputcontexts", "printsupport"} <= kinds
    assert not kinds & {"tls", "networkinformation", "egldeviceintegrations", "generic"}
    assert not any("gtk3" in name or "eglfs" in name or "vnc" in name for name in plugins)
    formats = {Path(name).stem.removeprefix("lib") for name in plugins if name.startswith("imageformats/")}
    assert formats == {"qsvg"}  # PNG is built into Qt; the icon is SVG
    # Of Qt's own translations only those of the app's languages, for its standard buttons (packaging/hooks)
    assert {path.name for path in (qt / "translations").iterdir()} == {"qtbase_es.qm"}
