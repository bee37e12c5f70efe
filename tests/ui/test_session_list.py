"""The session list: newest first, opened by keyboard, created with Ctrl+N, deleted after asking."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from wi_desktop.core.errors import DiskFullError
from wi_desktop.core.model import SessionStatus, SessionSummary
from wi_desktop.ui.session_list import SessionListPage
from wi_desktop.ui.session_model import Column, SessionListModel, format_created


def _local_ms(*parts: int) -> int:
    """An instant given as local wall-clock time, so expected texts hold in any time zone."""
    return round(datetime(*parts).timestamp() * 1000)


def _cells(page: SessionListPage, column: Column) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _show(qtbot, page: SessionListPage) -> SessionListPage:
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def three_sessions(service, new_session, clock) -> list[int]:
    """Jordan, then Sam a day later, then Ana a day after that."""
    ids = []
    for name in ("Jordan Lee", "Sam Ortiz", "Ana Novak"):
        ids.append(service.sessions.create_session(replace(new_session, candidate_name=name)))
        clock.advance(24 * 3600)
    return ids


@pytest.fixture
def list_page(qtbot, service, three_sessions) -> SessionListPage:
    return _show(qtbot, SessionListPage(service))


def test_model_passes_qt_model_checks(qtmodeltester):
    model = SessionListModel()
    model.set_sessions([
        SessionSummary(1, "Ana Novak", "Line cook", 1_780_000_000_000,
                       SessionStatus.IN_PROGRESS, 4),
        SessionSummary(2, "Alex Rivera (demo)", "Café barista", 1_779_000_000_000,
                       SessionStatus.ENDED, 12, is_demo=True),
    ])
    qtmodeltester.check(model)
    model.set_sessions([])
    qtmodeltester.check(model)


def test_date_is_local_day_and_time():
    assert format_created(_local_ms(2026, 11, 25, 14, 5)) == "Wed 25 Nov 2026, 14:05"
    assert format_created(_local_ms(2027, 1, 3, 9, 0)) == "Sun 3 Jan 2027, 09:00"


def test_list_shows_sessions_newest_first_with_their_details(qtbot, service, new_session,
                                                             clock):
    clock.set(_local_ms(2026, 11, 24, 9, 30))
    service.sessions.create_session(replace(new_session, candidate_name="Older One"))
    clock.set(_local_ms(2026, 11, 25, 14, 5))
    newest = service.sessions.create_session(replace(new_session, candidate_name="Newer One"))
    service.sessions.start_task(newest, service.sessions.workspace(newest).tasks[0].id)
    service.notes.add_note(newest, "Checked the pick list twice")

    page = _show(qtbot, SessionListPage(service))

    titles = page.table.horizontalHeader().model()  # what the header shows
    headers = [titles.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Candidate", "Role", "Date", "Status", "Notes", "Composite",
                       "Recommendation"]
    assert _cells(page, Column.CANDIDATE) == ["Newer One", "Older One"]
    assert _cells(page, Column.ROLE) == ["Warehouse associate"] * 2
    assert _cells(page, Column.DATE) == ["Wed 25 Nov 2026, 14:05", "Tue 24 Nov 2026, 09:30"]
    assert _cells(page, Column.STATUS) == ["In progress", "Not started"]
    assert _cells(page, Column.NOTES) == ["1", "0"]
    assert page.table.isVisible() and not page.empty_label.isVisible()


def test_first_row_is_selected_and_the_table_has_the_focus(list_page):
    assert list_page.selected_session().candidate_name == "Ana Novak"
    assert list_page.table.hasFocus()
    assert list_page.open_button.isEnabled() and list_page.delete_button.isEnabled()


def test_enter_opens_the_selected_session(qtbot, list_page, three_sessions):
    with qtbot.waitSignal(list_page.sig_open_session, timeout=1000) as blocker:
        qtbot.keyClick(list_page.table, Qt.Key.Key_Return)
    assert blocker.args == [three_sessions[2]]

    qtbot.keyClick(list_page.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(list_page.sig_open_session, timeout=1000) as blocker:
        qtbot.keyClick(list_page.table, Qt.Key.Key_Enter)
    assert blocker.args == [three_sessions[1]]


def test_double_click_and_open_button_open_the_session(qtbot, list_page, three_sessions):
    table = list_page.table
    last = table.visualRect(table.model().index(2, Column.CANDIDATE)).center()
    with qtbot.waitSignal(list_page.sig_open_session, timeout=1000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=last)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=last)
    assert blocker.args == [three_sessions[0]]

    with qtbot.waitSignal(list_page.sig_open_session, timeout=1000) as blocker:
        qtbot.mouseClick(list_page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [three_sessions[0]]


def test_the_button_asks_for_a_new_session(qtbot, list_page):
    assert list_page.new_button.text().replace("&", "") == "New session…"
    with qtbot.waitSignal(list_page.sig_new_session, timeout=1000):
        qtbot.mouseClick(list_page.new_button, Qt.MouseButton.LeftButton)


def test_no_sessions_shows_a_friendly_pointer_to_new_session(qtbot, service):
    page = _show(qtbot, SessionListPage(service))
    assert page.empty_label.isVisible()
    assert not page.table.isVisible()
    assert "No working interviews yet" in page.empty_label.text()
    assert "New session" in page.empty_label.text()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.new_button.hasFocus()


def test_refresh_keeps_the_selected_session(qtbot, list_page, service, new_session,
                                            three_sessions):
    qtbot.keyClick(list_page.table, Qt.Key.Key_Down)
    assert list_page.selected_session().id == three_sessions[1]

    service.sessions.create_session(replace(new_session, candidate_name="Newest Arrival"))
    list_page.refresh()

    assert _cells(list_page, Column.CANDIDATE)[0] == "Newest Arrival"
    assert list_page.selected_session().id == three_sessions[1]


def test_refresh_can_select_a_given_session(list_page, service, new_session):
    created = service.sessions.create_session(replace(new_session, candidate_name="Just Made"))
    list_page.refresh(select_id=created)
    assert list_page.selected_session().candidate_name == "Just Made"


def test_delete_asks_naming_the_candidate_then_removes(qtbot, list_page, monkeypatch, service):
    asked = []

    def answer_yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.keyClick(list_page.table, Qt.Key.Key_Delete)

    assert len(asked) == 1 and "Ana Novak" in asked[0]
    assert _cells(list_page, Column.CANDIDATE) == ["Sam Ortiz", "Jordan Lee"]
    assert [s.candidate_name for s in service.sessions.list_sessions()] == ["Sam Ortiz",
                                                                            "Jordan Lee"]
    assert list_page.selected_session().candidate_name == "Sam Ortiz"


def test_delete_answered_no_keeps_the_session(qtbot, list_page, monkeypatch, service):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.No)
    qtbot.mouseClick(list_page.delete_button, Qt.MouseButton.LeftButton)
    assert len(service.sessions.list_sessions()) == 3
    assert _cells(list_page, Column.CANDIDATE)[0] == "Ana Novak"


def test_deleting_the_last_session_shows_the_empty_state(qtbot, service, session_id,
                                                         monkeypatch):
    page = _show(qtbot, SessionListPage(service))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.empty_label.isVisible()
    assert service.sessions.list_sessions() == []


def test_a_failure_is_shown_in_words(qtbot, list_page, monkeypatch, service):
    def disk_full(session_id):
        raise DiskFullError("The session could not be deleted.",
                            hint="Free some space, then try again.")

    shown = []
    monkeypatch.setattr(service.sessions, "delete_session", disk_full)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *args: shown.append((title, text)))

    qtbot.keyClick(list_page.table, Qt.Key.Key_Delete)

    assert shown == [("The disk is full",
                      "The session could not be deleted.\n\nFree some space, then try again.")]
    assert len(_cells(list_page, Column.CANDIDATE)) == 3


def test_table_is_read_only_and_unsorted(list_page):
    table = list_page.table
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    assert not list_page.table.isSortingEnabled()
    assert list_page.table.alternatingRowColors()


def test_qt_values_spelled_out_for_a_fast_start_are_qt_s_own():
    from wi_desktop.ui import session_model as page

    role, align = Qt.ItemDataRole, Qt.AlignmentFlag
    assert role.ToolTipRole.value == page.TOOLTIP_ROLE
    assert role.TextAlignmentRole.value == page.TEXT_ALIGNMENT_ROLE
    assert role.UserRole.value == page.SESSION_ID_ROLE
    assert (align.AlignLeft | align.AlignVCenter).value == page.ALIGN_LEFT_MIDDLE
    assert (align.AlignRight | align.AlignVCenter).value == page.ALIGN_RIGHT_MIDDLE
    assert align.AlignCenter.value == page.ALIGN_CENTER
    view = QAbstractItemView
    assert view.SelectionBehavior.SelectRows.value == page.SELECT_ROWS
    assert view.SelectionMode.SingleSelection.value == page.SINGLE_SELECTION
    assert view.SelectionMode.ExtendedSelection.value == page.EXTENDED_SELECTION
    assert view.EditTrigger.NoEditTriggers.value == page.NO_EDIT_TRIGGERS


def test_columns_are_aligned_and_the_demo_explains_itself(qtbot, service):
    from wi_desktop.app import ensure_demo

    ensure_demo(service)
    page = _show(qtbot, SessionListPage(service))
    model = page.table.model()
    role, align = Qt.ItemDataRole, Qt.AlignmentFlag
    notes = model.index(0, Column.NOTES).data(role.TextAlignmentRole)
    assert Qt.AlignmentFlag(notes) == align.AlignRight | align.AlignVCenter
    header = page.table.horizontalHeader().model().headerData(
        Column.CANDIDATE, Qt.Orientation.Horizontal, role.TextAlignmentRole)
    assert Qt.AlignmentFlag(header) == align.AlignLeft | align.AlignVCenter
    assert "example" in model.index(0, Column.CANDIDATE).data(role.ToolTipRole)
    assert page.empty_label.alignment() == align.AlignCenter


def test_a_refresh_while_hidden_never_takes_the_focus(qtbot, service, three_sessions):
    """Behind an open session the observer is typing: the list must not take the keys."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    typing = QLineEdit(window)
    page = SessionListPage(service, window)
    layout.addWidget(typing)
    layout.addWidget(page)
    page.hide()
    _show(qtbot, window)
    typing.setFocus()
    qtbot.waitUntil(typing.hasFocus)
    page.refresh()
    qtbot.keyClicks(typing, "abc")
    assert typing.hasFocus() and typing.text() == "abc"


def test_a_long_list_shows_a_screenful_first_then_every_session_newest_first(
        qtbot, service, new_session):
    from wi_desktop.ui.session_list import FIRST_ROWS, SAMPLED_ROWS

    assert FIRST_ROWS >= SAMPLED_ROWS  # the columns are sized from rows already read
    ids = [service.sessions.create_session(new_session) for _ in range(FIRST_ROWS + 15)]
    page = SessionListPage(service)
    assert page.model.rowCount() == FIRST_ROWS  # what the first window shows, no more
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    _show(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the observer moves before the rest arrive
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ids))  # read after the first paint
    assert page.model.row_of(ids[0]) == len(ids) - 1
    shown = [page.model.session_at(row).id for row in range(page.model.rowCount())]
    assert shown == sorted(ids, reverse=True)  # newest first, none twice
    assert resets == []  # added below, not rebuilt
    assert page.selected_session().id == ids[-2] and page.table.hasFocus()  # left as it was
    page.refresh()
    assert page.model.rowCount() == len(ids)


def test_the_session_list_model_passes_qt_model_checks(qtmodeltester, service, new_session):
    from wi_desktop.ui.session_model import SessionListModel

    for name in ("Ana", "Ben", "Chen"):
        service.sessions.create_session(replace(new_session, candidate_name=name))
    model = SessionListModel()
    model.set_sessions(service.sessions.list_sessions(limit=2))
    qtmodeltester.check(model, force_py=True)
    model.set_sessions(service.sessions.list_sessions())  # the rest, below (the tester,
    # still connected, checks every change from here on)
    assert [model.session_at(row).candidate_name for row in range(3)] == ["Chen", "Ben", "Ana"]
    newest = service.sessions.create_session(replace(new_session, candidate_name="Dara"))
    model.set_sessions(service.sessions.list_sessions())  # a new one at the top
    assert model.session_at(0).id == newest
