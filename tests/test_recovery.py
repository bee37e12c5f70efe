"""Starting on a damaged file, a read-only folder or a risky folder: words and a way out."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wi_desktop.paths import risky_location

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
ANSWERING = """
import sys
from PySide6.QtWidgets import QFileDialog, QMessageBox
choice = sys.argv[2]
def answer(box):
    print("DIALOG", box.text().replace("\\n", " "), flush=True)
    for button in box.buttons():
        if button.text() == choice:
            button.click()
    return 0
QMessageBox.exec = answer
QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: sys.argv[3])
from wi_desktop.app import main
raise SystemExit(main(["--data-dir", sys.argv[1], "--exit-after-show"]))
"""


def run_answering(data_dir: Path, choice: str, other: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", ANSWERING, str(data_dir), choice, other],
                          env=ENV, capture_output=True, text=True, timeout=90)


def make_data_with_backup(data_dir: Path) -> None:
    first = subprocess.run([sys.executable, "-c", ANSWERING, str(data_dir), "", ""], env=ENV,
                           capture_output=True, text=True, timeout=90)
    assert first.returncode == 0, first.stderr
    from wi_desktop.storage.backup import make_backup
    from wi_desktop.storage.connection import open_data_file

    conn = open_data_file(data_dir / "wi-desktop.sqlite3")
    make_backup(conn, data_dir / "backups", 1_780_000_000_000, reason="daily")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xde\xad" * ((4096 - 100) // 2)  # the schema page, after the header
    path.write_bytes(bytes(data))


def test_damaged_file_is_moved_aside_and_the_backup_restored(tmp_path):
    data_dir = tmp_path / "data"
    make_data_with_backup(data_dir)
    damage(data_dir / "wi-desktop.sqlite3")
    result = run_answering(data_dir, "Restore this backup")
    assert result.returncode == 0, result.stderr
    assert "is damaged" in result.stdout and "newest good backup" in result.stdout
    aside = [p for p in data_dir.iterdir() if ".corrupt-" in p.name]
    assert aside, list(data_dir.iterdir())
    conn = sqlite3.connect(data_dir / "wi-desktop.sqlite3")
    assert conn.execute("SELECT count(*) FROM sessions WHERE is_demo = 1").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_file_without_backup_can_start_empty_or_quit(tmp_path):
    data_dir = tmp_path / "data"
    make_data_with_backup(data_dir)
    shutil.rmtree(data_dir / "backups")
    damage(data_dir / "wi-desktop.sqlite3")
    result = run_answering(data_dir, "Quit")
    assert result.returncode == 2
    assert "No backup was found" in result.stdout
    assert "Traceback" not in result.stderr


def test_read_only_folder_offers_another_folder(tmp_path):
    data_dir = tmp_path / "locked"
    data_dir.mkdir()
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(data_dir)],
                                        capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only folder here")
    try:
        other = tmp_path / "elsewhere"
        other.mkdir()
        result = run_answering(data_dir, "Choose another folder…", str(other))
        assert result.returncode == 0, result.stderr
        assert "cannot be written" in result.stdout and str(data_dir) in result.stdout
        assert (other / "wi-desktop.sqlite3").exists()
        assert "Traceback" not in result.stderr
    finally:
        subprocess.run([chattr, "-i", str(data_dir)], check=True)


@pytest.mark.parametrize("folder", [
    "/home/ana/Dropbox/interviews", "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs",
    "C:/Users/ana/OneDrive/wi", "/home/ana/Google Drive/wi"])
def test_sync_folders_are_flagged(folder):
    assert "cloud-sync" in risky_location(Path(folder), Path("/nonexistent"))


def test_network_mounts_are_flagged_and_local_ones_not(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda1 / ext4 rw 0 0\nserver:/share /mnt/office nfs4 rw 0 0\n")
    assert "nfs4" in risky_location(Path("/mnt/office/interviews"), mounts)
    assert risky_location(Path("/home/ana/interviews"), mounts) is None
