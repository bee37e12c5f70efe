"""Two copies on one data folder: the second says so within a second and can raise the first;
a lock left by a killed copy is reclaimed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
SECOND_COPY = """
import sys, time
from PySide6.QtWidgets import QMessageBox
def answer(box):
    print("DIALOG", box.text().replace("\\n", " "), flush=True)
    box.defaultButton().click()
    return 0
QMessageBox.exec = answer
from wi_desktop.app import main
started = time.monotonic()
code = main(["--data-dir", sys.argv[1]])
print("ELAPSED", time.monotonic() - started, flush=True)
raise SystemExit(code)
"""


def start_first(data_dir: Path, settle_s: float = 1.0) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "wi_desktop", "--data-dir", str(data_dir)],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = data_dir / "logs" / "wi-desktop.log"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if (data_dir / "wi-desktop.lock").exists() and log.exists() and (
                data_dir / "wi-desktop.sqlite3").exists():
            time.sleep(settle_s)  # let it reach the event loop
            return proc
        time.sleep(0.1)
    proc.kill()
    pytest.fail("the first copy did not start")


def came_to_front(data_dir: Path, within_s: float = 5) -> bool:
    """The first copy logs that another copy asked it to come to the front."""
    log = data_dir / "logs" / "wi-desktop.log"
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if "another copy asked this window to come to the front" in log.read_text():
            return True
        time.sleep(0.1)
    return False


def test_second_copy_says_so_and_brings_the_first_to_front(tmp_path):
    data_dir = tmp_path / "data"
    first = start_first(data_dir)
    try:
        second = subprocess.run([sys.executable, "-c", SECOND_COPY, str(data_dir)], env=ENV,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 4, second.stderr
        assert "DIALOG Working Interview Observer is already open" in second.stdout
        assert str(data_dir) in second.stdout
        elapsed = float(second.stdout.split("ELAPSED")[1].split()[0])
        assert elapsed < 1.0
        assert came_to_front(data_dir)
        assert first.poll() is None  # the first copy is untouched
    finally:
        first.kill()
        first.wait()


def test_a_second_copy_started_at_once_still_brings_the_first_to_front(tmp_path):
    """The first copy answers other copies a moment after its window shows; a second one
    started in that moment keeps trying instead of giving up."""
    data_dir = tmp_path / "data"
    first = start_first(data_dir, settle_s=0)
    try:
        second = subprocess.run([sys.executable, "-c", SECOND_COPY, str(data_dir)], env=ENV,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 4, second.stderr
        assert came_to_front(data_dir)
    finally:
        first.kill()
        first.wait()


def test_lock_of_a_killed_copy_is_reclaimed(tmp_path):
    data_dir = tmp_path / "data"
    first = start_first(data_dir)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert (data_dir / "wi-desktop.lock").exists()
    again = subprocess.run([sys.executable, "-m", "wi_desktop", "--data-dir", str(data_dir),
                            "--exit-after-show"], env=ENV, capture_output=True, text=True,
                           timeout=60)
    assert again.returncode == 0, again.stderr
