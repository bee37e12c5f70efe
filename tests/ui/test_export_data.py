"""File → Export data…: the window writes a table as the file name asks, filtered as chosen."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QDate

from wi_desktop.core.demo import create_demo_session
from wi_desktop.ui.dialogs.export_data import ExportDataDialog

openpyxl = pytest.importorskip("openpyxl")


def test_the_file_menu_offers_it(qtbot, service, monkeypatch):
    from wi_desktop.ui.mainwindow import MainWindow

    opened = []
    monkeypatch.setattr(ExportDataDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(service)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "E&xport data…"]
    action.trigger()
    assert len(opened) == 1


def test_it_writes_the_table_chosen_for_the_role_and_days_chosen(qtbot, service, tmp_path):
    demo = create_demo_session(service)
    role = service.sessions.summary(demo).role_name
    dialog = ExportDataDialog(service)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentIndex(dialog.table.findData("scores"))
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    assert dialog.write(tmp_path / "scores.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "scores.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("session_id", "candidate", "role") and len(rows) > 1
    assert {row[2] for row in rows[1:]} == {role}
    assert "rows written to" in dialog.message.text()
    dialog.until_check.setChecked(True)  # days before any session: an empty table, said so
    dialog.until.setDate(QDate(2000, 1, 1))
    dialog.table.setCurrentIndex(dialog.table.findData("notes"))
    assert dialog.write(tmp_path / "notes")  # no suffix: CSV
    with (tmp_path / "notes.csv").open(encoding="utf-8-sig", newline="") as file:
        assert list(csv.reader(file))[1:] == []
    assert "0 rows written" in dialog.message.text()


def test_a_name_without_a_known_format_is_said_and_nothing_is_written(qtbot, service,
                                                                      tmp_path):
    create_demo_session(service)
    dialog = ExportDataDialog(service)
    qtbot.addWidget(dialog)
    assert not dialog.write(tmp_path / "scores.ods")
    assert "End it with .csv" in dialog.message.text()
    assert list(tmp_path.iterdir()) == [] or all(p.is_dir() for p in tmp_path.iterdir())
