"""The package metadata stays in step with the source tree."""

from __future__ import annotations

import os
import runpy
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

import recoveryjournal

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "recoveryjournal").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    found.add("recoveryjournal.resources")
    assert found == listed


def test_resources_ship_inside_the_package():
    from importlib import resources

    names = {item.name for item in resources.files("recoveryjournal.resources").iterdir()}
    assert "triggers.toml" in names


def test_version_matches_metadata():
    assert recoveryjournal.__version__.count(".") == 2


PACKAGING = ROOT / "packaging"
METAINFO = PACKAGING / "io.github.recoveryjournal.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """``install-linux.sh`` staged into a folder (DESTDIR) for the prefix /opt/rj, with a stand-in for the bundle."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "recoveryjournal").write_text(f"#!/bin/sh\necho recoveryjournal {recoveryjournal.__version__}\n")
    (bundle / "recoveryjournal").chmod(0o755)
    stage = tmp_path / "stage"
    env = {**os.environ, "DESTDIR": str(stage), "PREFIX": "/opt/rj", "BUNDLE": str(bundle)}
    done = subprocess.run(
        ["bash", str(PACKAGING / "install-linux.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert f"Installed Recovery Journal {recoveryjournal.__version__} in /opt/rj" in done.stdout
    return stage / "opt" / "rj"


def test_the_linux_install_puts_everything_where_desktops_look(installed):
    share = installed / "share"
    app = installed / "lib" / "recoveryjournal" / "recoveryjournal"
    assert (installed / "bin" / "recoveryjournal").resolve() == app.resolve()
    entry = (share / "applications" / "recoveryjournal.desktop").read_text()
    assert "Exec=/opt/rj/bin/recoveryjournal\n" in entry and "Icon=recoveryjournal\n" in entry
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    for size in ICON_SIZES:
        assert png_size(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "recoveryjournal.png") == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "recoveryjournal.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "recoveryjournal.svg"
    ).read_bytes()


def test_the_linux_uninstall_removes_what_was_installed(installed, tmp_path):
    env = {**os.environ, "DESTDIR": str(tmp_path / "stage"), "PREFIX": "/opt/rj"}
    subprocess.run(["bash", str(PACKAGING / "install-linux.sh"), "--uninstall"], env=env, check=True, text=True)
    assert [path for path in installed.rglob("*") if not path.is_dir()] == []


@pytest.mark.parametrize(
    ("tool", "arguments", "installed_file"),
    [
        ("desktop-file-validate", [], "share/applications/recoveryjournal.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"share/metainfo/{METAINFO.name}"),
    ],
)
def test_the_installed_desktop_files_validate(installed, tool, arguments, installed_file):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    done = subprocess.run([tool, *arguments, str(installed / installed_file)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


def test_the_metainfo_names_this_version_and_shipped_screenshots():
    component = ElementTree.parse(METAINFO).getroot()
    newest = component.find("releases/release")
    assert newest.get("version") == recoveryjournal.__version__
    images = [image.text for image in component.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://"), url
        assert png_size(ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1])[0] >= 1000  # read in software centres
    assert component.find("launchable").text == "recoveryjournal.desktop"


def test_the_app_names_the_desktop_entry_that_is_installed(qtbot):
    from recoveryjournal.ui.app import application

    assert application().desktopFileName() + ".desktop" == "recoveryjournal.desktop"
    assert (PACKAGING / "recoveryjournal.desktop").exists()


def test_every_icon_size_is_rendered():
    assert runpy.run_path(str(PACKAGING / "render_icons.py"))["SIZES"] == ICON_SIZES
    assert len([path for path in (PACKAGING / "icons").iterdir() if path.is_dir()]) == len(ICON_SIZES)
    for size in ICON_SIZES:
        assert png_size(PACKAGING / "icons" / f"{size}x{size}" / "recoveryjournal.png") == (size, size)


def test_the_windows_icon_holds_every_size_up_to_256_as_rendered():
    """The .ico the spec gives the Windows executable: one entry per size (256 written as 0), each the same PNG."""
    data = (PACKAGING / "icons" / "recoveryjournal.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _colours, _zero, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        size = width or 256
        assert height == width
        png = PACKAGING / "icons" / f"{size}x{size}" / "recoveryjournal.png"
        assert data[offset : offset + length] == png.read_bytes()
        sizes.append(size)
    assert tuple(sizes) == tuple(size for size in ICON_SIZES if size <= 256)
    assert "recoveryjournal.ico" in (PACKAGING / "recoveryjournal.spec").read_text(encoding="utf-8")


def test_the_macos_icon_holds_every_size_with_its_retina_entries():
    """The .icns the spec gives the macOS bundle: a chunk per PNG entry with the size its type stands for; those the
    PNG folders have are those PNGs, the 1024 is rendered for it alone. Pillow reads it as an icon (a second reader)."""
    from PIL import Image

    path = PACKAGING / "icons" / "recoveryjournal.icns"
    data = path.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = runpy.run_path(str(PACKAGING / "render_icons.py"))["ICNS_TYPES"]
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        png = data[offset + 8 : offset + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n", kind
        size = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        found[kind] = size[0]
        assert size[0] == size[1]
        folder = PACKAGING / "icons" / f"{size[0]}x{size[0]}" / "recoveryjournal.png"
        if size[0] in ICON_SIZES:
            assert png == folder.read_bytes()
        offset += length
    assert offset == len(data)
    assert found == expected
    standard = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    assert standard.items() <= found.items()
    with Image.open(path) as image:
        assert image.format == "ICNS" and image.size == (1024, 1024)
    assert "recoveryjournal.icns" in (PACKAGING / "recoveryjournal.spec").read_text(encoding="utf-8")
