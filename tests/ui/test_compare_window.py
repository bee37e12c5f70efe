"""Comparing candidates through the window: several selected in the list, or all for a
role; one column each, sorted by any row's title; the chart saved as PNG and SVG; the
comparison signed as a PDF that verifies."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from wi_desktop.core.rubric import Recommendation
from wi_desktop.ui.compare_window import CompareWindow
from wi_desktop.ui.session_list import SessionListPage


@pytest.fixture
def page(qtbot, service, new_session, clock):
    made = []
    for name, level in (("Ana Novak", 5), ("Bo Lind", 2), ("Cy Ray", None)):
        sid = service.sessions.create_session(replace(new_session, candidate_name=name))
        if level is not None:
            service.scoring.set_score(sid, "technical", level)
        made.append(sid)
        clock.advance(3600)
    service.scoring.set_recommendation(made[0], Recommendation.YES)
    page = SessionListPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def select_rows(page: SessionListPage, *rows: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def compared(qtbot, page: SessionListPage) -> CompareWindow:
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    window = page.compare_window
    assert isinstance(window, CompareWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.chart.pixmap() is not None
                    and not window.chart.pixmap().isNull())
    return window


def headers(window: CompareWindow) -> list[str]:
    model = window.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def cell(window: CompareWindow, row_title: str, column: int) -> str:
    model = window.model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    return model.index(rows.index(row_title), column).data()


def test_two_selected_are_compared_best_composite_first(qtbot, page):
    select_rows(page, 0, 2)  # Cy (newest) and Ana
    assert page.compare_button.isEnabled() and not page.open_button.isEnabled()
    window = compared(qtbot, page)
    assert headers(window) == ["Ana Novak", "Cy Ray"]
    assert cell(window, "Composite", 0) == "5.00" and cell(window, "Composite", 1) == "—"
    assert cell(window, "Technical skills", 0).startswith("5 of 5")
    assert cell(window, "Recommendation", 0) == "Yes"
    assert "0" not in cell(window, "Problem solving", 1).split("·")[0]  # never a 0 score


def test_a_single_note_is_counted_as_one_note(qtbot, page, service):
    ana = next(s.id for s in service.sessions.list_sessions() if s.candidate_name == "Ana Novak")
    service.notes.add_note(ana, "Torqued every bolt to spec", competency_key="technical")
    page.refresh()
    select_rows(page, 0)
    window = compared(qtbot, page)
    column = headers(window).index("Ana Novak")
    assert cell(window, "Technical skills", column) == "5 of 5 · 1 note"
    rows = [window.model.headerData(r, Qt.Orientation.Vertical)
            for r in range(window.model.rowCount())]
    tip = window.model.index(rows.index("Technical skills"), column).data(
        Qt.ItemDataRole.ToolTipRole)
    assert tip == "1 note backs this score up"


def test_one_selected_compares_everyone_for_its_role_and_rows_sort(qtbot, page):
    select_rows(page, 0)
    window = compared(qtbot, page)
    assert headers(window) == ["Ana Novak", "Bo Lind", "Cy Ray"]
    header = window.table.verticalHeader()
    row = [window.model.headerData(r, Qt.Orientation.Vertical)
           for r in range(window.model.rowCount())].index("Technical skills")
    y = header.sectionViewportPosition(row) + header.sectionSize(row) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert window.sorted_by is not None and window.sorted_by[0] == "Technical skills"
    assert headers(window) == ["Ana Novak", "Bo Lind", "Cy Ray"]  # highest first
    QTest.qWait(QApplication.doubleClickInterval() + 50)  # a second click, not a double
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert headers(window) == ["Bo Lind", "Ana Novak", "Cy Ray"]  # lowest first; none last


def test_the_chart_is_saved_as_png_and_as_svg(qtbot, page, monkeypatch, tmp_path):
    select_rows(page, 0)
    window = compared(qtbot, page)
    for name in ("chart.png", "chart.svg"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, n=name, **k: (str(tmp_path / n), ""))
        qtbot.mouseClick(window.save_chart_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.width() > 500
    assert b"Ana Novak" in (tmp_path / "chart.svg").read_bytes()


def test_the_comparison_is_signed_as_a_pdf_that_verifies(qtbot, page, monkeypatch, tmp_path):
    from wi_desktop.export.signing import verify_pdf
    from wi_desktop.ui.dialogs.compare_sign import CompareSignDialog

    select_rows(page, 0)
    window = compared(qtbot, page)
    shown: list[CompareSignDialog] = []

    def run(dialog: CompareSignDialog) -> int:
        shown.append(dialog)
        keys, where = dialog.key_box, dialog.destination
        assert "&" in where.choose_button.text()  # Alt and a letter reach the file's choice
        where.path_edit.setText(str(tmp_path / "hiring.pdf"))
        dialog.start()  # no passphrase: said, nothing signed
        assert "passphrase" in keys.error.text() and dialog.worker is None
        keys.passphrase.setText("correct horse battery")
        assert not keys.passphrase_again.isHidden()  # no key yet: made now, so asked twice
        keys.passphrase_again.setText("correct horse batterz")
        dialog.start()
        assert "differ" in keys.error.text() and dialog.worker is None
        keys.passphrase_again.setText("correct horse battery")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.signed_path is not None, timeout=20_000)
        return 1

    monkeypatch.setattr(CompareSignDialog, "exec", run)
    qtbot.mouseClick(window.sign_button, Qt.MouseButton.LeftButton)
    assert shown and verify_pdf(tmp_path / "hiring.pdf").ok
    assert "signed and saved" in window.notice.text()


def test_from_an_open_session_ctrl_shift_k_compares_everyone_for_its_role(qtbot, service,
                                                                          page):
    from wi_desktop.ui.mainwindow import MainWindow

    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(page.model.session_at(0).id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.workspace.notes.entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    shown = window.session_list.compare_window
    assert isinstance(shown, CompareWindow)
    qtbot.addWidget(shown)
    assert headers(shown) == ["Ana Novak", "Bo Lind", "Cy Ray"]


def test_signing_never_replaces_a_file_unasked_nor_hangs_on_a_bug(qtbot, page, monkeypatch,
                                                                  tmp_path):
    from wi_desktop.ui.dialogs import compare_sign
    from wi_desktop.ui.dialogs.compare_sign import CompareSignDialog

    select_rows(page, 0)
    window = compared(qtbot, page)
    dialog = CompareSignDialog(window.services, window.comparison, window)
    qtbot.addWidget(dialog)
    kept = tmp_path / "earlier.pdf"
    kept.write_bytes(b"an earlier signed comparison")
    dialog.destination.path_edit.setText(str(kept))
    dialog.key_box.passphrase.setText("correct horse battery")
    dialog.key_box.passphrase_again.setText("correct horse battery")
    dialog.start()  # typed, not chosen in the system's dialog (which asks): refused
    assert dialog.worker is None and kept.read_bytes() == b"an earlier signed comparison"
    assert "already exists" in dialog.destination.error.text()

    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(compare_sign, "sign_comparison", broken)
    dialog.destination.path_edit.setText(str(tmp_path / "new.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert "Something unexpected went wrong" in dialog.status.text()
    dialog.reject()  # and it closes
    assert not dialog.isVisible() and not (tmp_path / "new.pdf").exists()


def test_a_failure_to_read_the_role_s_sessions_is_said_in_words(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wi_desktop.core.errors import DiskFullError

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(title))

    def failing(role: str) -> list[int]:
        raise DiskFullError("There is no space left on the disk.", hint="Free some space.")

    monkeypatch.setattr(page.services.comparison, "sessions_of_role", failing)
    select_rows(page, 0)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert page.compare_window is None and said == ["The disk is full"]
