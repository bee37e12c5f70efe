"""SIGTERM, SIGHUP and SIGINT quit the way closing the window does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wi_desktop.ui.mainwindow import MainWindow
from wi_desktop.ui.quit_signals import QUIT_SIGNALS, quit_on_signals

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")


@pytest.mark.parametrize("number", QUIT_SIGNALS, ids=lambda n: signal.Signals(n).name)
def test_a_quit_signal_closes_the_window_keeping_the_draft(qtbot, service, session_id,
                                                           number):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(session_id)
    page = window.workspace
    page.context.services.sessions.start_task(session_id, page.context.workspace.tasks[0].id)
    qtbot.keyClicks(page.notes.entry, "half a thought")
    watcher = quit_on_signals(window)
    assert watcher is not None
    try:
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    finally:
        watcher.uninstall()
    assert service.sessions.workspace(session_id).draft == "half a thought"
    assert window.unattended  # nobody was asked anything
    assert signal.getsignal(number) is not watcher  # handed back


def test_kill_term_of_the_running_program_quits_with_a_backup_and_no_lock(tmp_path: Path):
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    program = subprocess.Popen([sys.executable, "-m", "wi_desktop", "--data-dir", str(data)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        log = data / "logs" / "wi-desktop.log"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the first backup is made 1 s after the start
            if list((data / "backups").glob("*")) and log.exists():
                break
            time.sleep(0.1)
        time.sleep(0.5)
        sent = time.monotonic()
        program.send_signal(signal.SIGTERM)
        code = program.wait(timeout=10)
        took = time.monotonic() - sent
    finally:
        if program.poll() is None:
            program.kill()
    assert code == 0, program.stderr.read().decode() if program.stderr else ""
    assert took < 2.0
    assert "quitting on signal SIGTERM" in log.read_text(encoding="utf-8")
    assert [path for path in (data / "backups").iterdir() if "quit" in path.name]
    assert not [path for path in data.iterdir() if path.suffix == ".lock"]
