"""File → Restore from a backup, as the user does it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from wi_desktop.app import open_services, restorer
from wi_desktop.paths import app_paths
from wi_desktop.storage.shelf import BackupShelf
from wi_desktop.ui.dialogs.restore import RestoreDialog
from wi_desktop.ui.mainwindow import MainWindow


def test_restore_brings_back_the_backup_and_keeps_the_current_file(qtbot, tmp_path,
                                                                   new_session, monkeypatch):
    paths = app_paths(tmp_path / "data")
    service = open_services(paths)
    session_id = service.sessions.create_session(new_session)
    service.notes.add_note(session_id, "in the backup")
    service.backups.make_now("daily", 1_780_000_000_000)
    service.notes.add_note(session_id, "written after the backup")
    window = MainWindow(service)
    qtbot.addWidget(window)
    replaced = []
    window.sig_services_replaced.connect(replaced.append)
    window.restore_handler = restorer(paths, window)
    told = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))

    def choose_first(dialog: RestoreDialog) -> int:
        assert dialog.is_checking  # even a small backup is read beside the window
        qtbot.waitUntil(lambda: not dialog.is_checking, timeout=10_000)
        assert "1 session, 1 note" in dialog.table.item(0, 2).text()
        dialog.restore_button.click()
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose_first)
    window.restore_backup()
    restored = window.services
    assert restored is not service and replaced == [restored]  # announced once
    assert [n.text for n in restored.notes.notes(session_id)] == ["in the backup"]
    assert "kept as" in told[0]
    aside = [p for p in paths.data_dir.iterdir() if ".before-restore-" in p.name]
    assert aside
    assert window.session_list.model.rowCount() == 1


def test_no_backups_says_so(qtbot, tmp_path):
    dialog = RestoreDialog(BackupShelf(None, tmp_path / "none"), lambda path: None)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.table.rowCount() == 0


def test_a_data_file_that_cannot_be_reopened_after_a_restore_closes_the_program_in_words(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from wi_desktop import app as app_module
    from wi_desktop.core.errors import StorageError

    paths = app_paths(tmp_path / "data")
    service = open_services(paths)
    window = MainWindow(service)
    qtbot.addWidget(window)
    told, quits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(1))

    def refuse(*_a, **_k):
        raise StorageError("The data file could not be opened.")

    monkeypatch.setattr(app_module, "open_services", refuse)
    app_module.reopen(paths, window)
    assert quits == [1] and "start it again" in told[0]
    assert window.unattended  # nobody is asked about a running task on the way out
    service.close()
