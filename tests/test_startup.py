"""Startup loads only what the first window needs."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("reportlab", "pyhanko", "cryptography", "jsonschema", "sqlite_utils",
         "PySide6.QtNetwork")  # QtNetwork: the single-instance server listens after the window


def test_start_to_window_imports_nothing_heavy(tmp_path):
    data_dir = tmp_path / "data"
    script = (
        "import gc, sys\n"
        "import PySide6.QtCore\n"
        "from wi_desktop.app import main\n"
        "runs = []\n"
        "def starting():\n"
        "    frame = sys._getframe(1)\n"
        "    while frame and frame.f_code.co_name != 'open_window':\n"
        "        frame = frame.f_back\n"
        "    return frame is not None\n"
        "gc.callbacks.append(lambda phase, info: starting() and runs.append(phase))\n"
        f"code = main(['--data-dir', {str(data_dir)!r}, '--exit-after-show'])\n"
        "assert code == 0, code\n"
        # what the start makes stays alive: no collection runs until the window's loop
        # collects, and collection is left on as it was found
        "print('COLLECTIONS', runs, gc.isenabled())\n"
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print('LOADED', loaded)\n"
        # the first use of PySide6.QtCore.Qt builds its ~110 Python enums (~40 ms): the
        # session list and the main window are built without it
        "print('QT NAMESPACE BUILT', 'Qt' in vars(PySide6.QtCore))\n"
        # classes PySide6 builds with many enums, not needed to show the first window
        "import PySide6.QtWidgets\n"
        "print('EXTRA CLASSES', [n for n in ('QMessageBox', 'QFileDialog') "
        "if n in vars(PySide6.QtWidgets)])\n"
        # PySide6's import hook no longer reads (and keeps) the source of each module the
        # window imports
        "import linecache\n"
        "print('SOURCES READ', sorted(f.rsplit('/', 1)[-1] for f in linecache.cache "
        "if f.endswith(('mainwindow.py', 'session_list.py', 'wiring.py'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # the first run creates and migrates the file (sqlite-utils is allowed then); time the second
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                            capture_output=True, text=True, timeout=60)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr
    assert "QT NAMESPACE BUILT False" in result.stdout, result.stdout + result.stderr
    assert "EXTRA CLASSES []" in result.stdout, result.stdout + result.stderr
    assert "COLLECTIONS [] True" in result.stdout, result.stdout + result.stderr
    assert "SOURCES READ []" in result.stdout, result.stdout + result.stderr


def test_pyside_still_learns_which_modules_use_it(tmp_path, monkeypatch):
    """The quick answer to PySide6's import hook is the answer it would have found."""
    import linecache

    import PySide6.QtCore  # noqa: F401  (the hook exists once PySide6 is imported)

    from wi_desktop.qt_imports import answer_quickly

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # put back
    assert answer_quickly() and answer_quickly()  # twice: installed once
    (tmp_path / "quick_with_qt.py").write_text("from PySide6 import QtCore\n")
    (tmp_path / "quick_without.py").write_text("import json\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    exec("import quick_with_qt, quick_without")  # through __import__, where the hook is
    assert feature.pyside_feature_dict["quick_with_qt"] == 0  # uses PySide6: features apply
    assert feature.pyside_feature_dict["quick_without"] == -1  # ignored by the hook
    assert not [f for f in linecache.cache if "quick_" in f]  # the sources were not kept


def test_version_and_help_need_no_display(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "wi_desktop", "--help"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert "--data-dir" in out.stdout
    assert "--open ID" in out.stdout
    assert "--exit-after-show" in out.stdout  # scripts that time the start rely on it


def test_a_foreign_data_file_is_reported_in_words_and_left_alone(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    foreign = data_dir / "wi-desktop.sqlite3"
    foreign.write_bytes(b"PK\x03\x04 a zip file, not ours" * 10)
    before = foreign.read_bytes()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "from PySide6.QtWidgets import QMessageBox\n"
        "def answer(box):\n"
        "    print('DIALOG', box.windowTitle(), '|', box.text().replace('\\n', ' '))\n"
        "    [b for b in box.buttons() if b.text() == 'Quit'][0].click()\n"
        "    return 0\n"
        "QMessageBox.exec = answer\n"
        "from wi_desktop.app import main\n"
        f"raise SystemExit(main(['--data-dir', {str(data_dir)!r}, '--exit-after-show']))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2
    assert "DIALOG Not a Working Interview Observer file" in result.stdout
    assert "Choose another folder" in result.stdout
    assert "Traceback" not in result.stderr
    assert foreign.read_bytes() == before


def test_the_workspace_is_read_while_the_list_shows(tmp_path):
    """Start-up reads none of the workspace's modules; a moment later, while the observer
    looks at the list, they are read a module a tick, so the first session opens at once."""
    data_dir = tmp_path / "data"
    script = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wi_desktop.app import open_services\n"
        "from wi_desktop.paths import app_paths\n"
        "from wi_desktop.ui.mainwindow import PRELOAD_MODULES, MainWindow\n"
        "app = QApplication([])\n"
        f"services = open_services(app_paths(__import__('pathlib').Path({str(data_dir)!r})))\n"
        "window = MainWindow(services)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print('AT START', [m for m in PRELOAD_MODULES if m in sys.modules])\n"
        "window.preload_workspace()\n"
        "end = time.monotonic() + 10\n"
        "while time.monotonic() < end and 'wi_desktop.ui.workspace' not in sys.modules:\n"
        "    app.processEvents()\n"
        "print('LATER', all(m in sys.modules for m in PRELOAD_MODULES))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, check=True,
                            capture_output=True, text=True, timeout=60)
    assert "AT START []" in result.stdout, result.stdout + result.stderr
    assert "LATER True" in result.stdout, result.stdout + result.stderr
