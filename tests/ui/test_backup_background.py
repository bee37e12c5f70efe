"""Backups of a large data file happen beside the window, not in it: the event loop keeps
turning while one is made, and the restore dialog opens at once while it checks them."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

import wi_desktop.storage.shelf as shelf
from wi_desktop.core.clock import FakeClock
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.storage.backup import backup_data_file, backup_name, list_backups
from wi_desktop.storage.database import open_database
from wi_desktop.storage.shelf import BackupShelf
from wi_desktop.ui.backups import BackupScheduler
from wi_desktop.ui.dialogs.restore import RestoreDialog
from wi_desktop.wiring import Services

NOTES = 100_000  # half a year of busy observing: ~15 MB, a backup of it takes ~0.1 s
SESSIONS = 100
NOW = 1_780_000_000_000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "wi-desktop.sqlite3"
    repo = open_database(path)
    service = Services(repo, FakeClock())
    ids = [service.sessions.create_session(NewSession("Jordan Lee", "Associate", "Dock 2",
                                                      "Pat Kim",
                                             (PlannedTask("Pick an order", 10),)))
           for _ in range(SESSIONS)]
    repo.conn.execute("BEGIN")
    repo.conn.executemany(
        "INSERT INTO notes (session_id, created_ms, elapsed_ms, text) VALUES (?, ?, ?, ?)",
        ((ids[i % SESSIONS], NOW + i, i, f"note {i:06d} " + "observed carefully " * 4)
         for i in range(NOTES)))
    repo.conn.execute("COMMIT")
    repo.close()
    return path


@pytest.fixture
def big_repo(big_file: Path):
    repo = open_database(big_file)
    yield repo
    repo.close()


def test_the_window_keeps_turning_while_a_large_backup_is_made(qtbot, big_repo, clock,
                                                               tmp_path, monkeypatch):
    threads: set[int] = set()

    def watched(*args, **kwargs):  # the real backup, noting which thread copies the pages
        return backup_data_file(*args, **kwargs,
                                progress=lambda done, total: threads.add(threading.get_ident()))

    monkeypatch.setattr(shelf.backup, "backup_data_file", watched)
    scheduler = BackupScheduler(Services(big_repo, clock, backup_dir=tmp_path / "backups"))
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(30)
    longest_each: list[float] = []
    for _attempt in range(3):  # best of three: a busy machine's own hiccups are not the backup's
        with qtbot.waitSignal(scheduler.sig_backed_up, timeout=30_000) as done:
            started = time.perf_counter()
            assert scheduler.backup_if_due()
        ended = time.perf_counter()
        assert done.args[0].note_count == NOTES
        assert threads and threading.get_ident() not in threads
        # made on the window's thread, this backup would hold the window still for two
        # frames or more:
        assert ended - started > 0.032
        beats = [started] + [t for t in ticks if started < t < ended] + [ended]
        longest_each.append(max(b - a for a, b in zip(beats, beats[1:], strict=False)))
        if longest_each[-1] < 0.016:
            break
        clock.advance(24 * 3600)
    timer.stop()
    assert min(longest_each) < 0.016, f"the window stood still for {longest_each} s"


def test_one_backup_at_a_time_and_quit_waits_for_the_one_under_way(qtbot, repo, service,
                                                                   session_id, clock, tmp_path):
    service.notes.add_note(session_id, "in both backups")
    scheduler = BackupScheduler(Services(repo, clock, backup_dir=tmp_path / "backups"))
    told: list[str] = []
    scheduler.sig_backed_up.connect(lambda info: told.append(info.reason))

    assert scheduler.backup_if_due() and scheduler.running
    assert not scheduler.backup_in_background("manual")  # skipped: one is under way
    assert not scheduler.backup_if_due()
    clock.advance(1)
    quit_backup = scheduler.backup_now("quit")  # waits for the daily one, then makes its own

    assert quit_backup is not None and quit_backup.note_count == 1
    assert told == ["daily", "quit"] and not scheduler.running
    qtbot.wait(50)  # the daily one's thread ending later tells nothing twice
    assert told == ["daily", "quit"]
    assert [b.reason for b in list_backups(tmp_path / "backups")] == ["quit", "daily"]


def test_after_a_restore_the_backups_follow_the_new_connection(qtbot, repo, service,
                                                               session_id, clock, tmp_path):
    service.notes.add_note(session_id, "in the old file")
    scheduler = BackupScheduler(Services(repo, clock, backup_dir=tmp_path / "backups"))
    other_file = tmp_path / "restored.sqlite3"
    other = open_database(other_file)
    try:
        # what the window announces once a restore has reopened the file
        scheduler.use_services(Services(other, clock, backup_dir=tmp_path / "backups"))
        with qtbot.waitSignal(scheduler.sig_backed_up, timeout=5000) as done:
            assert scheduler.backup_in_background("manual")
        assert (done.args[0].session_count, done.args[0].note_count) == (0, 0)
    finally:
        other.close()


def _three_big_backups(big_file: Path, backup_dir: Path) -> None:
    made = backup_data_file(big_file, backup_dir, NOW, reason="daily")
    for day in (1, 2):
        shutil.copyfile(made.path, backup_dir / backup_name(NOW + day * 86_400_000, "daily"))


def test_the_restore_dialog_opens_at_once_and_checks_large_backups_beside_it(
        qtbot, big_file, tmp_path):
    backup_dir = tmp_path / "backups"
    _three_big_backups(big_file, backup_dir)

    dialog = RestoreDialog(BackupShelf(None, backup_dir), lambda path: None)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.is_checking and dialog.checking.isVisible()
    assert "Checking backups" in dialog.checking.text()
    assert dialog.table.rowCount() == 3 and not dialog.restore_button.isEnabled()
    assert dialog.table.item(0, 2).text() == "checking…"
    assert dialog.table.item(0, 3).text().endswith("MB")  # the size is known from the name
    qtbot.waitUntil(lambda: not dialog.is_checking, timeout=30_000)
    assert not dialog.checking.isVisible() and dialog.restore_button.isEnabled()
    from PySide6.QtCore import QLocale

    notes = QLocale().toString(NOTES)  # grouped as the window's language writes numbers
    for row in range(3):
        assert dialog.table.item(row, 2).text() == f"{SESSIONS} sessions, {notes} notes"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0


def test_closing_the_restore_dialog_while_it_checks_stops_the_check(qtbot, big_file, tmp_path):
    backup_dir = tmp_path / "backups"
    _three_big_backups(big_file, backup_dir)
    dialog = RestoreDialog(BackupShelf(None, backup_dir), lambda path: None)
    qtbot.addWidget(dialog)
    assert dialog.is_checking
    dialog.reject()
    assert not dialog.is_checking
    qtbot.wait(50)  # nothing arrives afterwards for a dialog that is gone
    assert not dialog.restore_button.isEnabled()
