"""Copying the write-ahead log back into the data file, off the note-taking path.

In WAL mode SQLite copies the log into the database file ("checkpoints") by itself inside
whichever commit pushes the log past 1,000 pages: every few hundred notes, one Enter took
5–20 ms longer while the window waited. Here a thread with a connection of its own does it
every few seconds instead, and the program's connection only would if the log ever grew
to 10,000 pages (the thread stopped working). A PASSIVE checkpoint waits for nobody and
stops nobody: notes keep being committed while it runs, and SQLite's locks keep the file
consistent. Every commit is still synced to disk before Enter returns; a checkpoint only
moves committed pages.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from pathlib import Path

from wi_desktop.storage.connection import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)
EVERY_S = 3.0
AUTO_PAGES = 1000  # SQLite's own default, put back when the thread stops
BACKSTOP_PAGES = 10_000  # if the thread stops working, commits checkpoint at ~40 MB of log


class Checkpointer:
    """Checkpoints PATH every EVERY_S seconds from its own thread, while it runs."""

    def __init__(self, path: Path, main: sqlite3.Connection, every_s: float = EVERY_S) -> None:
        self.path = path
        self.main = main
        self.every_s = every_s
        self.checkpoints = 0  # how many checkpoints moved pages (for tests and the log)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None
        self._warned = False

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
        # not 0: should the thread die, commits still keep the log from growing for ever
        self.main.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
        self._conn = conn
        self._thread = threading.Thread(target=self._run, args=(conn,),
                                        name="wal-checkpoint", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        """Stop the thread (a checkpoint under way is interrupted: the log keeps what it
        has not copied yet) and let the main connection checkpoint by itself again."""
        self._stop.set()
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.interrupt()  # safe from another thread
        if self._thread is not None:
            self._thread.join(timeout=10)
            if self._thread.is_alive():
                log.error("the checkpoint thread did not stop; its connection stays open")
            self._thread = None
        with contextlib.suppress(sqlite3.Error):
            self.main.execute(f"PRAGMA wal_autocheckpoint = {AUTO_PAGES}")

    def _run(self, conn: sqlite3.Connection) -> None:
        try:
            while not self._stop.wait(self.every_s):
                self.checkpoint_once(conn)
        except Exception:  # never silently: the log says why checkpoints stopped
            log.exception("the checkpoint thread stopped; commits checkpoint by themselves")
        finally:
            self._conn = None
            conn.close()

    def checkpoint_once(self, conn: sqlite3.Connection) -> None:
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as error:  # e.g. the disk is full: the next round tries again
            if not self._warned and not self._stop.is_set():
                log.warning("checkpoint failed (trying again every %s s): %s",
                            self.every_s, error)
                self._warned = True
            return
        self._warned = False
        if copied > 0:
            self.checkpoints += 1
        if busy:
            log.debug("checkpoint could not finish (%s of %s frames)", copied, frames)
