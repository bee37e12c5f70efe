"""The packaging files agree with each other and with the program: .desktop entry, AppStream
metainfo, icon renders, PyInstaller spec and the per-user install script. No network."""

from __future__ import annotations

import configparser
import datetime as dt
import importlib.util
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from types import ModuleType

import pytest

import wi_desktop
from wi_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.wi_desktop.WiDesktop"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC_FILE = PACKAGING / "wi-desktop.spec"
INSTALL_SCRIPT = PACKAGING / "install-desktop-entry.sh"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _render_icons_module() -> ModuleType:
    # Loaded by path: a top-level "packaging" name would clash with the PyPI package.
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, after checking signature and chunk CRC."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG signature"
    length, chunk_type = struct.unpack(">I4s", data[8:16])
    assert chunk_type == b"IHDR" and length == 13
    body = data[16 : 16 + length]
    (crc,) = struct.unpack(">I", data[16 + length : 20 + length])
    assert zlib.crc32(b"IHDR" + body) == crc, "IHDR CRC mismatch"
    width, height, bit_depth, colour_type = struct.unpack(">IIBB", body[:10])
    assert bit_depth == 8 and colour_type == 6, "expected 8-bit RGBA"
    assert data.endswith(b"IEND\xaeB`\x82"), "PNG is truncated"
    return width, height


# --- the .desktop entry ------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Working Interview Observer"
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key].strip()
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Keywords"].endswith(";")


def test_desktop_entry_names_the_icon_and_the_program() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID == DESKTOP_FILE.stem
    scripts = _pyproject()["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] == entry["Exec"].split()[0]
    assert entry["StartupWMClass"] == paths.APP_NAME


# --- the AppStream metainfo ---------------------------------------------------------------


def test_metainfo_identifies_the_application() -> None:
    root = _metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.findtext("summary", "").strip()
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == _pyproject()["project"]["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") in _pyproject()["project"]["scripts"]
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_description_says_it_works_offline() -> None:
    description = _metainfo().find("description")
    assert description is not None
    assert len(description.findall("p")) >= 2 and description.findall("ul/li")
    text = " ".join(description.itertext()).lower()
    assert "offline" in text


def test_newest_metainfo_release_is_the_program_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "no <release> in the metainfo"
    newest = releases[0]
    assert newest.get("version") == wi_desktop.__version__
    dates = [dt.date.fromisoformat(release.get("date", "")) for release in releases]
    assert dates == sorted(dates, reverse=True), "releases must be listed newest first"


# --- the icon ------------------------------------------------------------------------------


def test_svg_icon_is_a_square_svg_that_qt_can_draw() -> None:
    svg = ICONS / "wi-desktop.svg"
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(svg)).isValid()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_exists_in_each_size(size: int) -> None:
    png = ICONS / f"wi-desktop-{size}.png"
    assert png.is_file(), f"{png.name} missing: run packaging/render_icons.py"
    assert _png_size(png.read_bytes()) == (size, size)


def test_icon_sizes_agree_across_render_script_and_installer() -> None:
    assert tuple(_render_icons_module().SIZES) == ICON_SIZES
    script = INSTALL_SCRIPT.read_text(encoding="utf-8")
    assert f'SIZES="{" ".join(map(str, ICON_SIZES))}"' in script


def test_windows_ico_holds_every_size_as_png() -> None:
    data = (ICONS / "wi-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    found = []
    for index in range(count):
        entry = data[6 + 16 * index : 22 + 16 * index]
        side, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", entry)
        width, height = _png_size(data[offset : offset + length])
        assert width == height == (side or 256)
        found.append(width)
    assert sorted(found) == list(ICON_SIZES)


# --- the PyInstaller spec ------------------------------------------------------------------


def test_spec_bundles_resources_and_names_the_executable() -> None:
    text = SPEC_FILE.read_text(encoding="utf-8")
    compile(text, str(SPEC_FILE), "exec")  # valid Python, whatever PyInstaller injects
    assert '(str(RESOURCES), "resources")' in text
    assert 'RESOURCES = ROOT / "resources"' in text
    assert 'name="wi-desktop"' in text
    for unused in ('"QtQuick"', '"QtQml"', '"QtWebEngineCore"', '"tkinter"'):
        assert unused in text, f"{unused} should be among the spec's excludes"
    assert "wi-desktop.ico" in text and (ICONS / "wi-desktop.ico").is_file()
    launcher = PACKAGING / "launcher.py"
    assert f'"{launcher.name}"' in text
    assert "from wi_desktop.app import main" in launcher.read_text(encoding="utf-8")


# --- the wheel ----------------------------------------------------------------------------


def test_wheel_configuration_ships_every_package_and_the_resources() -> None:
    setuptools_config = _pyproject()["tool"]["setuptools"]
    packages = setuptools_config.get("packages")
    if not isinstance(packages, list):
        pytest.skip("pyproject does not map resources/ into wheels yet: see packaging/README.md")
    assert setuptools_config.get("package-dir", {}).get("wi_desktop.resources") == "resources"
    assert "wi_desktop.resources" in packages
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "wi_desktop").rglob("__init__.py")
    }
    assert on_disk <= set(packages), f"not listed in pyproject: {sorted(on_disk - set(packages))}"


# --- the per-user install script -----------------------------------------------------------


def _run_installer(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        ["bash", str(INSTALL_SCRIPT), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_install_script_installs_idempotently_and_uninstalls(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    program = tmp_path / "bundle" / "wi-desktop"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    installed = [
        data_home / "applications" / DESKTOP_FILE.name,
        data_home / "metainfo" / METAINFO_FILE.name,
        data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
        *(data_home / f"icons/hicolor/{n}x{n}/apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]
    for _ in range(2):
        result = _run_installer(data_home, "--exec", str(program))
        assert result.returncode == 0, result.stderr
        assert all(path.is_file() for path in installed)
    entry = (data_home / "applications" / DESKTOP_FILE.name).read_text(encoding="utf-8")
    assert f"\nExec={program}\n" in entry and f"\nTryExec={program}\n" in entry
    assert f"\nIcon={APP_ID}\n" in entry
    png = data_home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    assert png.read_bytes() == (ICONS / "wi-desktop-48.png").read_bytes()

    result = _run_installer(data_home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not any(path.exists() for path in installed)


# --- the official validators, when installed -----------------------------------------------


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line.lstrip().startswith(("E:", "W:"))]
    assert not problems, output
