"""Backups: online copies of the live file, checked, rotated, restorable. Real files only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wi_desktop.core.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ForeignDatabaseError,
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)
from wi_desktop.core.model import Note
from wi_desktop.storage.backup import (
    DAY_MS,
    BackupError,
    backup_due,
    backup_name,
    list_backups,
    make_backup,
    prune_backups,
)
from wi_desktop.storage.connection import APPLICATION_ID, connect
from wi_desktop.storage.database import Database, open_database
from wi_desktop.storage.restore import (
    move_aside_corrupt,
    newest_good_backup,
    restore_backup,
    verify_backup,
)

NOW = 1_780_000_000_000
HOUR_MS = 60 * 60 * 1000


@pytest.fixture
def backup_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def _notes_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT text FROM notes ORDER BY id")]
    finally:
        conn.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _add_many_notes(repo: Database, session_id: int, count: int) -> None:
    with repo.transaction():
        for i in range(count):
            repo.notes.insert_note(Note(id=0, session_id=session_id, created_ms=NOW + i,
                                  elapsed_ms=i, text=f"note {i:05d} " + "observed carefully " * 4))


def _damage_middle_page(path: Path) -> None:
    """Overwrite one page in the middle of a database file with garbage."""
    data = path.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = len(data) // page_size
    assert pages > 20, "the file must be big enough that the middle page is a b-tree page"
    middle = pages // 2
    with open(path, "r+b") as handle:
        handle.seek((middle - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


# making a backup ------------------------------------------------------------------------
def test_backup_of_the_live_file_has_every_committed_note_and_nothing_uncommitted(
        repo, service, session_id, db_path, backup_dir):
    for text in ("arrived on time", "asked good questions", "Ünïcödé ✓"):
        service.notes.add_note(session_id, text)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds an uncommitted change
    other.execute("INSERT INTO notes (session_id, created_ms, elapsed_ms, text) "
                  "VALUES (?, 0, 0, 'not committed')", (session_id,))

    info = make_backup(repo.conn, backup_dir, NOW, reason="daily")

    other.execute("ROLLBACK")
    other.close()
    assert _notes_in(info.path) == ["arrived on time", "asked good questions", "Ünïcödé ✓"]
    assert (info.session_count, info.note_count, info.reason) == (1, 3, "daily")
    assert info.created_ms == NOW and info.size_bytes == info.path.stat().st_size
    # the program's connection is untouched and still writes
    service.notes.add_note(session_id, "after the backup")
    assert len(repo.notes.load_notes(session_id)) == 4
    assert repo.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_backup_is_one_checked_file_in_rollback_journal_mode(repo, session_id, backup_dir):
    progress: list[tuple[int, int]] = []
    info = make_backup(repo.conn, backup_dir, NOW, reason="quit",
                       progress=lambda done, total: progress.append((done, total)))

    assert sorted(p.name for p in backup_dir.iterdir()) == [info.path.name]  # no -wal/-shm
    header = info.path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # legacy (rollback journal) read/write versions
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    conn = sqlite3.connect(info.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert sorted(p.name for p in backup_dir.iterdir()) == [info.path.name]
    assert progress and progress[-1][0] == progress[-1][1] > 0


def test_backup_names_are_utc_millisecond_stamps_that_sort_in_time_order():
    instant = int(datetime(2026, 11, 25, 14, 5, 3, 123000, tzinfo=UTC).timestamp() * 1000)
    assert backup_name(instant, "quit") == "wi-desktop-2026-11-25T14-05-03.123Z-quit.sqlite3"
    assert backup_name(instant, "Before restore!") == (
        "wi-desktop-2026-11-25T14-05-03.123Z-before-restore.sqlite3")
    instants = [instant + step for step in (0, 1, 999, 1000, DAY_MS, 400 * DAY_MS)]
    names = [backup_name(i, "daily") for i in instants]
    assert sorted(names) == names


def test_two_backups_in_the_same_millisecond_both_survive(repo, session_id, backup_dir):
    first = make_backup(repo.conn, backup_dir, NOW, reason="manual")
    second = make_backup(repo.conn, backup_dir, NOW, reason="manual")
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert [b.path for b in list_backups(backup_dir)] == [second.path, first.path]


def test_backup_is_refused_while_a_change_is_being_saved(repo, session_id, backup_dir):
    repo.conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BackupError, match="still being saved"):
            make_backup(repo.conn, backup_dir, NOW, reason="daily")
    finally:
        repo.conn.execute("ROLLBACK")


def test_a_cancelled_backup_leaves_nothing_behind(repo, session_id, backup_dir):
    _add_many_notes(repo, session_id, 2000)

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        make_backup(repo.conn, backup_dir, NOW, reason="quit", progress=cancel)
    assert list(backup_dir.iterdir()) == []


# damage ---------------------------------------------------------------------------------
def test_a_damaged_data_file_gives_a_backup_that_fails_its_check_and_is_discarded(
        repo, session_id, db_path, backup_dir):
    _add_many_notes(repo, session_id, 2000)
    good = make_backup(repo.conn, backup_dir, NOW, reason="daily")
    repo.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo.close()
    _damage_middle_page(db_path)

    conn = connect(db_path)
    try:
        with pytest.raises(CorruptDatabaseError, match="integrity check") as info:
            make_backup(conn, backup_dir, NOW + DAY_MS, reason="daily")
    finally:
        conn.close()
    assert "damaged" in str(info.value) and "Restore" in info.value.hint
    assert sorted(p.name for p in backup_dir.iterdir()) == [good.path.name]  # no temp left
    assert newest_good_backup(backup_dir) == verify_backup(good.path)


def test_a_damaged_backup_is_caught_by_the_integrity_check_and_not_restored(
        repo, service, session_id, db_path, backup_dir):
    _add_many_notes(repo, session_id, 2000)
    first = make_backup(repo.conn, backup_dir, NOW, reason="daily")
    second = make_backup(repo.conn, backup_dir, NOW + DAY_MS, reason="daily")
    service.notes.add_note(session_id, "newer than any backup")
    repo.close()
    _damage_middle_page(second.path)
    before = _files(db_path.parent)

    with pytest.raises(BackupError, match="integrity check") as info:
        verify_backup(second.path)
    assert "damaged" in info.value.message
    with pytest.raises(BackupError, match="damaged.*integrity check") as info:
        restore_backup(second.path, db_path, now_ms=NOW + 2 * DAY_MS)
    assert "unchanged" in info.value.hint
    assert _files(db_path.parent) == before
    assert newest_good_backup(backup_dir) is not None
    assert newest_good_backup(backup_dir).path == first.path  # type: ignore[union-attr]


# rotation and listing -------------------------------------------------------------------
def test_rotation_keeps_exactly_the_seven_newest(repo, session_id, backup_dir):
    made = [make_backup(repo.conn, backup_dir, NOW + day * DAY_MS, reason="daily").path
            for day in range(10)]
    junk = backup_dir / "my-own-copy.sqlite3"
    junk.write_bytes(b"keep me")

    deleted = prune_backups(backup_dir)

    assert deleted == made[:3]
    assert [b.path for b in list_backups(backup_dir)] == made[:2:-1]
    assert junk.read_bytes() == b"keep me"
    assert prune_backups(backup_dir) == []
    with pytest.raises(ValueError):
        prune_backups(backup_dir, keep=0)


def test_prune_removes_temp_files_left_by_an_interrupted_backup(backup_dir):
    backup_dir.mkdir()
    stale = backup_dir / ".wi-desktop-backup-abc123.tmp"
    fresh = backup_dir / ".wi-desktop-backup-def456.tmp"
    stale.write_bytes(b"half a copy")
    fresh.write_bytes(b"a copy being written")
    os.utime(stale, (0, 0))
    prune_backups(backup_dir)
    assert not stale.exists() and fresh.exists()


def test_backup_due_daily_with_a_fake_now(repo, session_id, backup_dir):
    assert backup_due(backup_dir, NOW)  # no folder yet
    backup_dir.mkdir()
    assert backup_due(backup_dir, NOW)  # empty folder
    make_backup(repo.conn, backup_dir, NOW, reason="daily")
    assert not backup_due(backup_dir, NOW)
    assert not backup_due(backup_dir, NOW + 23 * HOUR_MS)
    assert backup_due(backup_dir, NOW + DAY_MS)
    assert backup_due(backup_dir, NOW + 2 * HOUR_MS, every_ms=HOUR_MS)
    assert backup_due(backup_dir, NOW - HOUR_MS)  # the clock was set back


def test_list_ignores_junk_and_temp_files_and_reports_unreadable_backups(
        repo, service, session_id, backup_dir):
    service.notes.add_note(session_id, "one")
    good = make_backup(repo.conn, backup_dir, NOW, reason="quit")
    (backup_dir / "notes.txt").write_text("not a backup")
    (backup_dir / "wi-desktop-yesterday.sqlite3").write_bytes(b"wrong name")
    (backup_dir / "wi-desktop-2026-13-45T99-99-99.000Z-daily.sqlite3").write_bytes(b"bad date")
    (backup_dir / ".wi-desktop-backup-x1y2.tmp").write_bytes(b"temp")
    (backup_dir / f"{good.path.name}-wal").write_bytes(b"side file")
    (backup_dir / backup_name(NOW - DAY_MS, "daily")).mkdir()  # a folder named like one
    garbage = backup_dir / backup_name(NOW - 2 * DAY_MS, "daily")
    garbage.write_bytes(b"garbage " * 100)

    listed = list_backups(backup_dir)

    assert [b.path for b in listed] == [good.path, garbage]
    assert (listed[0].session_count, listed[0].note_count, listed[0].readable) == (1, 1, True)
    assert (listed[1].session_count, listed[1].note_count, listed[1].readable) == (
        None, None, False)
    assert listed[1].size_bytes == 800
    assert list_backups(backup_dir / "missing") == []


# restoring ------------------------------------------------------------------------------
def test_restore_brings_back_the_old_content_and_sets_the_current_file_aside(
        repo, service, session_id, db_path, backup_dir):
    service.notes.add_note(session_id, "in the backup")
    backup = make_backup(repo.conn, backup_dir, NOW, reason="daily")
    service.notes.add_note(session_id, "after the backup")
    repo.close()  # the caller closes its connection before restoring
    previous = _files(db_path.parent)
    assert list(previous) == [db_path.name]

    aside = restore_backup(backup.path, db_path, now_ms=NOW + HOUR_MS)

    assert aside is not None
    assert aside.name == "wi-desktop.sqlite3.before-restore-2026-05-28T21-26-40.000Z"
    assert aside.read_bytes() == previous[db_path.name]
    assert db_path.read_bytes() == backup.path.read_bytes()
    assert backup.path.exists()  # the backup itself stays
    assert sorted(p.name for p in db_path.parent.iterdir() if p.is_file()) == sorted(
        [db_path.name, aside.name])  # no temp file left
    assert _notes_in(aside) == ["in the backup", "after the backup"]
    reopened = open_database(db_path)
    try:
        assert [n.text for n in reopened.notes.load_notes(session_id)] == ["in the backup"]
        assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reopened.close()


def test_restore_sets_aside_a_crashed_file_together_with_its_wal(
        repo, service, session_id, db_path, backup_dir, tmp_path):
    backup = make_backup(repo.conn, backup_dir, NOW, reason="daily")
    repo.conn.execute("PRAGMA wal_autocheckpoint = 0")
    service.notes.add_note(session_id, "only in the WAL")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for side in ("", "-wal"):  # what a crash leaves on disk
        shutil.copyfile(f"{db_path}{side}", crashed / f"{db_path.name}{side}")
    target = crashed / db_path.name
    previous = _files(crashed)

    aside = restore_backup(backup.path, target, now_ms=NOW)

    assert aside is not None
    assert aside.read_bytes() == previous[db_path.name]
    assert Path(f"{aside}-wal").read_bytes() == previous[f"{db_path.name}-wal"]
    assert not Path(f"{target}-wal").exists()
    assert "only in the WAL" in _notes_in(aside)  # the set-aside file opens with its WAL
    assert _notes_in(target) == []


@pytest.mark.parametrize(("make", "error", "words"), [
    (lambda p: p.write_text("my shopping list\n" * 20), ForeignFileError, "not a SQLite"),
    (lambda p: p.write_bytes(b""), BackupError, "empty"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE recipes (name TEXT)").connection
     .commit(), ForeignDatabaseError, "another program"),
    (lambda p: sqlite3.connect(p).executescript(
        f"PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 999;"),
     NewerSchemaError, "newer version"),
])
def test_restoring_a_file_that_is_not_a_usable_backup_is_refused_and_changes_nothing(
        repo, service, session_id, db_path, tmp_path, make, error, words):
    service.notes.add_note(session_id, "keep me")
    repo.close()
    chosen = tmp_path / "chosen.sqlite3"
    make(chosen)
    chosen_before = chosen.read_bytes()
    before = _files(db_path.parent)

    with pytest.raises(error, match=words) as info:
        restore_backup(chosen, db_path)

    assert isinstance(info.value, StorageError)
    assert "unchanged" in info.value.hint
    assert _files(db_path.parent) == before
    assert chosen.read_bytes() == chosen_before


def test_restoring_a_missing_backup_is_refused(repo, session_id, db_path, tmp_path):
    repo.close()
    before = _files(db_path.parent)
    with pytest.raises(BackupError, match="missing or empty"):
        restore_backup(tmp_path / "nowhere.sqlite3", db_path)
    assert _files(db_path.parent) == before


def test_a_corrupt_data_file_is_moved_aside_and_the_newest_good_backup_restored(
        repo, service, session_id, db_path, backup_dir):
    service.notes.add_note(session_id, "saved in time")
    make_backup(repo.conn, backup_dir, NOW, reason="quit")
    repo.close()
    db_path.write_bytes(db_path.read_bytes()[:4096] + b"\x00garbage" * 512)
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(b"leftover")
    damaged = db_path.read_bytes()

    aside = move_aside_corrupt(db_path, NOW + HOUR_MS)

    assert aside.name == "wi-desktop.sqlite3.corrupt-2026-05-28T21-26-40.000Z"
    assert aside.read_bytes() == damaged
    assert Path(f"{aside}-wal").read_bytes() == b"leftover"
    assert not db_path.exists() and not wal.exists()
    best = newest_good_backup(backup_dir)
    assert best is not None
    assert restore_backup(best.path, db_path) is None  # nothing left to set aside
    assert _notes_in(db_path) == ["saved in time"]
    with pytest.raises(StorageError, match="does not exist"):
        move_aside_corrupt(db_path.with_name("missing.sqlite3"), NOW)


# unwritable folders and a full disk -----------------------------------------------------
def test_a_file_where_the_backup_folder_should_be_is_reported_in_words(
        repo, session_id, backup_dir):
    backup_dir.write_bytes(b"someone's file")
    with pytest.raises(BackupError, match="is a file, not a folder") as info:
        make_backup(repo.conn, backup_dir, NOW, reason="daily")
    assert "data is safe" in info.value.hint
    assert backup_dir.read_bytes() == b"someone's file"
    assert backup_due(backup_dir, NOW) and list_backups(backup_dir) == []


def test_an_unwritable_backup_folder_is_a_read_only_error(repo, session_id, backup_dir):
    backup_dir.mkdir()
    if os.geteuid() != 0:
        backup_dir.chmod(0o500)
        undo = [lambda: backup_dir.chmod(0o700)]
    else:  # root writes anywhere: the immutable attribute stops even root (ext4, xfs, btrfs)
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(backup_dir)],
                                            capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder unwritable here")
        undo = [lambda: subprocess.run([chattr, "-i", str(backup_dir)], check=True)]
    try:
        with pytest.raises(ReadOnlyError, match="cannot be written") as info:
            make_backup(repo.conn, backup_dir, NOW, reason="daily")
        assert "data is safe" in info.value.hint
        assert list(backup_dir.iterdir()) == []
    finally:
        for step in undo:
            step()


ENOSPC_CHILD = textwrap.dedent("""
    import os, subprocess, sys
    from pathlib import Path
    source, folder = Path(sys.argv[1]), Path(sys.argv[2])
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        print("SKIP", mounted.stderr.decode().strip())
        sys.exit(0)
    from wi_desktop.storage.backup import make_backup
    from wi_desktop.storage.connection import connect
    conn = connect(source)
    try:
        make_backup(conn, folder, 1_780_000_000_000, reason="quit")
        print("NO ERROR")
    except Exception as exc:
        print(type(exc).__name__, sorted(os.listdir(folder)), str(exc))
""")


def test_a_full_disk_during_backup_is_a_disk_full_error_and_leaves_nothing(
        repo, session_id, db_path, backup_dir):
    """ENOSPC for real: a 64 KiB tmpfs in a private mount namespace (needs root)."""
    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None:
        pytest.skip("a private tmpfs needs root and unshare")
    _add_many_notes(repo, session_id, 2000)  # ~300 KiB: does not fit in 64 KiB
    repo.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_dir.mkdir()
    child = subprocess.run(
        [unshare, "--mount", "--propagation", "private", sys.executable, "-c", ENOSPC_CHILD,
         str(db_path), str(backup_dir)],
        capture_output=True, text=True, timeout=30,
        cwd=Path(__file__).resolve().parents[2],
    )
    if child.returncode != 0 and "unshare" in child.stderr:
        pytest.skip(f"no private mount namespace here: {child.stderr.strip()}")
    if child.stdout.startswith("SKIP"):
        pytest.skip(f"cannot mount a tmpfs here: {child.stdout}")
    assert child.stdout.startswith(f"{DiskFullError.__name__} [] There is no space left"), (
        child.stdout + child.stderr)
    assert list(backup_dir.iterdir()) == []  # the mount was private to the child
