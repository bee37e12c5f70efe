#!/usr/bin/env python3
"""`make bundle`: the one-folder program, packed for a Linux desktop, checked, and tried.

    .venv/bin/python packaging/bundle.py [--out dist] [--no-smoke]

1. PyInstaller builds dist/wi-desktop/ from packaging/wi-desktop.spec (PyInstaller is a
   build tool, installed into the venv here when it is missing).
2. dist/wi-desktop-VERSION-linux-ARCH.tar.gz holds that folder and the files a desktop
   reads, laid out as under ~/.local or /usr: share/applications (the .desktop entry),
   share/icons/hicolor (every size, and the SVG), share/metainfo (AppStream); and
   packaging/install-desktop-entry.sh, which installs them for one user.
3. The .desktop entry and the AppStream file are validated (desktop-file-validate,
   appstreamcli), when those tools are installed (Debian: desktop-file-utils, appstream).
4. The bundle is run as a person would: --version, the window shown and closed offscreen
   on a fresh data folder (which makes the demo session), and a signed export of that
   session checked with `verify`, all from the bundle's own executable.
Any failure stops with a sentence and exit code 1.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "io.github.wi_desktop.WiDesktop"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


class BundleError(Exception):
    """A step failed; the message says which and why."""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from wi_desktop import __version__

    return __version__


def run(command: list[str], *, env: dict[str, str] | None = None, timeout: int = 900,
        what: str) -> str:
    print(f"bundle: {what}", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout,
                          check=False)
    if done.returncode != 0:
        raise BundleError(f"{what} failed (exit {done.returncode}):\n"
                          f"{done.stdout[-2000:]}{done.stderr[-4000:]}")
    return done.stdout


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller"],
            what="installing PyInstaller into this environment")


def build(dist: Path, work: Path) -> Path:
    ensure_pyinstaller()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(HERE / "wi-desktop.spec")],
        what="building the one-folder program with PyInstaller")
    program = dist / "wi-desktop" / "wi-desktop"
    if not program.is_file():
        raise BundleError(f"PyInstaller finished but {program} is not there")
    return program.parent


def desktop_files(share: Path) -> list[Path]:
    """The entry, icons and metadata under SHARE, as a desktop looks for them."""
    made = []
    applications = share / "applications"
    applications.mkdir(parents=True)
    made.append(Path(shutil.copy2(HERE / f"{APP_ID}.desktop", applications)))
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ROOT / "resources" / "icons" / f"wi-desktop-{size}.png",
                     folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "wi-desktop.svg", scalable / f"{APP_ID}.svg")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True)
    made.append(Path(shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", metainfo)))
    return made


def validate(entry: Path, metainfo: Path) -> None:
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(entry)], what=f"validating {entry.name}")
    else:
        print("bundle: desktop-file-validate is not installed: the entry was not validated "
              "(Debian: desktop-file-utils)", file=sys.stderr)
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)],
            what=f"validating {metainfo.name}")
    else:
        print("bundle: appstreamcli is not installed: the metadata was not validated "
              "(Debian: appstream)", file=sys.stderr)


def pack(folder: Path, share: Path, out: Path, name: str) -> Path:
    tarball = out / f"{name}.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(folder, arcname=f"{name}/wi-desktop")
        archive.add(share, arcname=f"{name}/share")
        # the menu entry installer, with what it reads beside it as in a checkout
        for part in ("install-desktop-entry.sh", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
            archive.add(HERE / part, arcname=f"{name}/packaging/{part}")
        archive.add(ROOT / "resources" / "icons", arcname=f"{name}/resources/icons")
    return tarball


def smoke(program: Path) -> None:
    """The bundle does what the program does, with nothing from this checkout."""
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "d"),
                   XDG_CONFIG_HOME=str(home / "c"), XDG_STATE_HOME=str(home / "s"))
        data = home / "data"
        said = run([str(program), "--version"], env=env, timeout=120, what="bundle --version")
        if version() not in said:
            raise BundleError(f"--version said {said.strip()!r}, not {version()}")
        run([str(program), "--data-dir", str(data), "--exit-after-show"], env=env, timeout=120,
            what="bundle --exit-after-show on a fresh data folder (the demo is made)")
        listed = run([str(program), "list", "--data-dir", str(data)], env=env, timeout=120,
                     what="bundle list")
        demo = listed.split("\t", 1)[0].strip()
        if not demo.isdigit():
            raise BundleError(f"no demo session listed: {listed!r}")
        secret = home / "passphrase.txt"
        secret.write_text("a passphrase for the smoke test\n", encoding="utf-8")
        pdf = home / "summary.pdf"
        run([str(program), "export", demo, "--pdf", str(pdf), "--passphrase-file", str(secret),
             "--yes", "--data-dir", str(data)], env=env, timeout=300,
            what="bundle export (a signed summary of the demo)")
        checked = run([str(program), "verify", str(pdf), "--extract", str(home / "r.json")],
                      env=env, timeout=120, what="bundle verify --extract")
        if not checked.startswith("OK") or not (home / "r.json").is_file():
            raise BundleError(f"verify did not hold: {checked!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the bundle and the tarball go (default: dist)")
    parser.add_argument("--no-smoke", action="store_true", help="build and pack only")
    args = parser.parse_args()
    out = args.out.resolve()
    name = f"wi-desktop-{version()}-linux-{platform.machine()}"
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as scratch:
            folder = build(out, Path(scratch) / "work")
            share = Path(scratch) / "share"
            entry, metainfo = desktop_files(share)
            validate(entry, metainfo)
            if not args.no_smoke:
                smoke(folder / "wi-desktop")
            tarball = pack(folder, share, out, name)
    except (BundleError, OSError, subprocess.TimeoutExpired) as error:
        print(f"bundle: {error}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6
    print(f"bundle: {folder} ({size:.0f} MB) and {tarball} "
          f"({tarball.stat().st_size / 1e6:.0f} MB) are ready")
    return 0


if __name__ == "__main__":
    sys.exit(main())
