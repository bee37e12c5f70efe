"""Automatic backups while running, and the crash handler's promises."""

from __future__ import annotations

import sys

from wi_desktop.crash import CrashHandler
from wi_desktop.storage.backup import list_backups
from wi_desktop.ui.backups import BackupScheduler
from wi_desktop.wiring import Services


def test_backup_when_due_then_not_again_the_same_day(qtbot, repo, service, session_id, clock,
                                                     tmp_path):
    service.notes.add_note(session_id, "in the backup")
    scheduler = BackupScheduler(Services(repo, clock, backup_dir=tmp_path / "backups"))
    with qtbot.waitSignal(scheduler.sig_backed_up, timeout=5000) as first:
        assert scheduler.backup_if_due()  # started on its own thread; told by the signal
    assert first.args[0].note_count == 1 and not scheduler.running
    clock.advance(3600)
    assert not scheduler.backup_if_due()
    clock.advance(24 * 3600)
    with qtbot.waitSignal(scheduler.sig_backed_up, timeout=5000):
        assert scheduler.backup_if_due()
    assert scheduler.backup_now("quit") is not None
    assert [b.reason for b in list_backups(tmp_path / "backups")] == ["quit", "daily", "daily"]


def test_failed_backup_is_reported_in_words(qtbot, repo, clock, tmp_path):
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the backup folder should be")
    scheduler = BackupScheduler(Services(repo, clock, backup_dir=blocker))
    with qtbot.waitSignal(scheduler.sig_failed, timeout=2000) as signal:
        assert scheduler.backup_now("daily") is None
    assert str(blocker) in str(signal.args[0])
    with qtbot.waitSignal(scheduler.sig_failed, timeout=5000) as signal:
        assert scheduler.backup_if_due()  # the same, from the backup thread
    assert str(blocker) in str(signal.args[0]) and not scheduler.running


def test_crash_handler_saves_logs_and_tells_next_start(tmp_path, monkeypatch, capsys):
    handler = CrashHandler(tmp_path / "logs")
    saved = []
    handler.save_callbacks.append(lambda: saved.append(True))
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        handler.handle(*sys.exc_info())
    assert saved == [True]
    report = (tmp_path / "logs" / "crash-report.txt").read_text()
    assert "RuntimeError: boom in a slot" in report
    assert "Everything up to your last change was saved" in capsys.readouterr().err
    notice = handler.take_previous_crash()
    assert notice is not None and "crash-report.txt" in notice
    assert handler.take_previous_crash() is None  # said once


def test_a_failing_save_during_a_crash_is_reported_honestly(tmp_path, capsys, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    handler = CrashHandler(tmp_path / "logs")

    def failing() -> None:
        raise OSError("disk gone")

    handler.save_callbacks.append(failing)
    try:
        raise ValueError("x")
    except ValueError:
        handler.handle(*sys.exc_info())
    assert "up to the last “Saved” time" in capsys.readouterr().err


def test_a_hard_crash_is_told_at_the_next_start(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "faults.log").write_text("Fatal Python error: Bus error\n")
    handler = CrashHandler(logs)
    handler.install()
    try:
        notice = handler.take_previous_crash()
        assert notice is not None and "stopped unexpectedly" in notice
        kept = [p for p in logs.iterdir() if p.name.startswith("fault-")]
        assert kept and "Bus error" in kept[0].read_text()
        assert handler.take_previous_crash() is None
    finally:
        import faulthandler

        faulthandler.disable()
        sys.excepthook = sys.__excepthook__
