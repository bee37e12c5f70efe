"""Copying the write-ahead log back into the data file, off the note-taking path.

In WAL mode SQLite copies the log into the database file ("checkpoints") by itself inside
whichever commit pushes the log past 1,000 pages: every few hundred notes, one Enter took
5–20 ms longer while the window waited. Here the program's own connection never does
that (`wal_autocheckpoint = 0`); a thread with a connection of its own does it every few
seconds instead. A PASSIVE checkpoint waits for nobody and stops nobody: notes keep being
committed while it runs, and SQLite's locks keep the file consistent. Every commit is
still synced to disk before Enter returns; a checkpoint only moves committed pages.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

from wi_desktop.storage.db import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)
EVERY_S = 3.0
AUTO_PAGES = 1000  # SQLite's own default, put back when the thread stops


class Checkpointer:
    """Checkpoints PATH every EVERY_S seconds from its own thread, while it runs."""

    def __init__(self, path: Path, main: sqlite3.Connection, every_s: float = EVERY_S) -> None:
        self.path = path
        self.main = main
        self.every_s = every_s
        self.checkpoints = 0  # how many checkpoints moved pages (for tests and the log)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> bool:
        """Take checkpoints off the main connection; False (nothing changed) if the
        thread's connection cannot be opened."""
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None,
                                   check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
            conn.execute("PRAGMA synchronous = FULL")  # the copied pages are synced too
        except sqlite3.Error as error:
            log.warning("checkpoints stay in the commits: %s", error)
            return False
        self.main.execute("PRAGMA wal_autocheckpoint = 0")
        self._thread = threading.Thread(target=self._run, args=(conn,),
                                        name="wal-checkpoint", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop the thread and let the main connection checkpoint by itself again."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        with contextlib.suppress(sqlite3.Error):
            self.main.execute(f"PRAGMA wal_autocheckpoint = {AUTO_PAGES}")

    def _run(self, conn: sqlite3.Connection) -> None:
        try:
            while not self._stop.wait(self.every_s):
                self.checkpoint_once(conn)
        finally:
            conn.close()

    def checkpoint_once(self, conn: sqlite3.Connection) -> None:
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as error:  # e.g. the disk is full: the next round tries again
            log.warning("checkpoint failed: %s", error)
            return
        if copied > 0:
            self.checkpoints += 1
        if busy:
            log.debug("checkpoint could not finish (%s of %s frames)", copied, frames)
