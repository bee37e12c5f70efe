"""Checkpoints from a thread: commits never copy the log, the thread does, the file stays
whole, and without the thread SQLite's own checkpoints come back."""

from __future__ import annotations

import sqlite3
import time

from wi_desktop.storage.checkpoint import Checkpointer
from wi_desktop.storage.database import open_database


def test_commits_leave_the_log_to_the_thread_which_copies_it(db_path, repo, service,
                                                            session_id):
    assert repo.checkpoint_in_background(every_s=0.05)
    assert repo.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    for i in range(700):  # ~1,400 pages: past the 1,000 where a commit would checkpoint
        service.notes.add_note(session_id, f"note {i} " + "x" * 200)
    deadline = time.monotonic() + 10
    while repo.checkpointer.checkpoints == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert repo.checkpointer.checkpoints >= 1
    other = sqlite3.connect(db_path)  # what a reader of the file sees
    assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 700
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    other.close()
    repo.close()
    assert repo.checkpointer is None
    again = open_database(db_path)
    assert len(again.notes.load_notes(session_id)) == 700
    again.close()


def test_without_the_thread_sqlite_checkpoints_by_itself_again(db_path, repo):
    checkpointer = Checkpointer(db_path, repo.conn, every_s=60)
    assert checkpointer.start()
    assert repo.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    started = time.monotonic()
    checkpointer.stop()  # the thread sleeps between rounds: it must not wait its minute
    assert time.monotonic() - started < 2
    assert repo.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_thread_that_cannot_open_the_file_leaves_things_as_they_were(tmp_path, repo):
    missing = tmp_path / "no such folder" / "data.sqlite3"
    checkpointer = Checkpointer(missing, repo.conn)
    assert not checkpointer.start()
    assert repo.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_thread_that_dies_is_logged_and_commits_still_bound_the_log(db_path, repo, caplog,
                                                                     monkeypatch):
    checkpointer = Checkpointer(db_path, repo.conn, every_s=0.01)

    def broken(conn):
        raise RuntimeError("a bug in the checkpoint round")

    monkeypatch.setattr(checkpointer, "checkpoint_once", broken)
    with caplog.at_level("ERROR"):
        assert checkpointer.start()
        deadline = time.monotonic() + 5
        while checkpointer._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
    assert "checkpoint thread stopped" in caplog.text
    # the backstop: SQLite's own checkpoints still keep the log from growing without end
    assert repo.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000
    checkpointer.stop()


def test_after_an_import_the_next_notes_reuse_the_log_instead_of_growing_it(
        db_path, repo, service, session_id):
    """A commit that makes the log file longer costs about twice one that writes over
    space it already has: a large transaction is checkpointed at once, so the notes
    typed right after an import start the log over instead of lengthening it."""
    from dataclasses import replace

    assert repo.checkpoint_in_background(every_s=3600)  # the thread's round never comes
    template = service.notes.note(service.notes.add_note(session_id, "first").note.id)
    service.notes.import_notes(session_id, [
        replace(template, text=f"imported {i} " + "y" * 100) for i in range(2000)])
    log = db_path.with_name(db_path.name + "-wal")
    size = log.stat().st_size
    assert size > 500_000  # the import went through the log
    for i in range(20):
        service.notes.add_note(session_id, f"typed after the import {i}")
    assert log.stat().st_size == size  # written over its start, not added at its end
    assert len(repo.notes.load_notes(session_id)) == 2021
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT count(*) FROM notes").fetchone()[0] == 2021
    other.close()
