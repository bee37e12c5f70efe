"""A backup made from another thread, through its own connection, while the program goes on
writing: the copy holds exactly what was committed when it began. Real files only."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from tests.storage.test_backup import NOW, _add_many_notes, _notes_in
from wi_desktop.storage.backup import (
    PAGES_PER_STEP,
    BackupError,
    BackupInfo,
    backup_data_file,
    connection_file,
)


def test_notes_committed_while_another_thread_backs_up_are_not_half_in_the_copy(
        repo, service, session_id, db_path, tmp_path):
    _add_many_notes(repo, session_id, 20_000)  # several steps of PAGES_PER_STEP pages
    before = _notes_in(db_path)
    steps: list[tuple[int, int]] = []
    copying = threading.Event()
    made: list[BackupInfo] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        copying.set()
        time.sleep(0.01)  # between steps: the program commits meanwhile

    def backup() -> None:
        made.append(backup_data_file(db_path, tmp_path / "backups", NOW, reason="daily",
                                     progress=progress))

    thread = threading.Thread(target=backup)
    thread.start()
    assert copying.wait(10)
    written = 0
    while thread.is_alive() and written < 200:  # the program goes on taking notes
        service.notes.add_note(session_id, f"written during the backup {written}")
        written += 1
    thread.join(30)

    assert made and written > 0
    assert steps[-1][1] > PAGES_PER_STEP  # it took more than one step
    # one pass: a commit between steps never started the copy over
    assert [done for done, _ in steps] == sorted({done for done, _ in steps})
    assert _notes_in(made[0].path) == before  # all that was committed then, and nothing later
    assert made[0].note_count == len(before)
    assert len(repo.notes.load_notes(session_id)) == len(before) + written


def test_the_backup_thread_never_creates_a_missing_data_file(tmp_path):
    missing = tmp_path / "gone.sqlite3"
    with pytest.raises(BackupError, match="not there"):
        backup_data_file(missing, tmp_path / "backups", NOW, reason="daily")
    assert not missing.exists()
    assert not (tmp_path / "backups").exists()


def test_the_data_file_is_read_from_the_connection(repo, db_path):
    assert connection_file(repo.conn) == db_path.resolve()
    memory = sqlite3.connect(":memory:")
    try:
        assert connection_file(memory) is None
    finally:
        memory.close()
