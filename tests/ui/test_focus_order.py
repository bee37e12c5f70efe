"""The order Tab walks the window in, as a keyboard user meets it: every stop once, each one
named for a screen reader, nothing that only holds other stops (a scroll area), no table
that keeps Tab for its cells, the order as the screen reads, and Shift+Tab the way back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QTabBar, QWidget

from wi_desktop.app import ensure_demo
from wi_desktop.ui.mainwindow import MainWindow


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def walk(start: QWidget, key: Qt.Key = Qt.Key.Key_Tab, limit: int = 80) -> list[QWidget]:
    """The stops from START until Tab (or Shift+Tab) comes back to it."""
    app = QApplication.instance()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    app.processEvents()
    assert app.focusWidget() is start
    stops = [start]
    modifier = (Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab
                else Qt.KeyboardModifier.NoModifier)
    for _ in range(limit):
        QTest.keyClick(app.focusWidget(), key, modifier)
        app.processEvents()
        here = app.focusWidget()
        if here is start:
            return stops
        assert here not in stops, f"Tab is caught in a loop at {type(here).__name__}"
        stops.append(here)
    last = [spoken_name(stop) for stop in stops[-5:]]
    raise AssertionError(f"Tab never came back to {spoken_name(start)!r}: {last}")


def names(stops: list[QWidget]) -> list[str]:
    return [spoken_name(stop) for stop in stops]


@pytest.fixture
def window(qtbot, service):
    demo = ensure_demo(service)
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.demo_id = demo
    return window


def tab_stops(window, index: int):
    """The demo session's page, and the checked stops of its tab INDEX from the tab bar."""
    window.open_session(window.demo_id)
    page = window.workspace
    page.tabs.setCurrentIndex(index)
    QTest.qWait(50)  # a tab shown puts the focus in it a moment later
    stops = walk(page.tabs.tabBar())
    check_stops(stops)
    return page, stops


def check_stops(stops: list[QWidget]) -> None:
    for stop in stops:
        assert stop.isVisible(), type(stop).__name__
        assert not isinstance(stop, QScrollArea), "a scroll area is a stop of its own"
        assert isinstance(stop, QTabBar) or spoken_name(stop), \
            f"{type(stop).__name__} has no name a screen reader can say"


def test_the_search_box_its_choices_the_list_then_its_buttons(window):
    table = window.session_list.table
    assert table.hasFocus()  # Enter opens the session selected
    page = window.session_list
    bar = page.filters
    stops = walk(bar.search)
    check_stops(stops)
    assert stops == [bar.search, bar.role, bar.status, bar.period, bar.recommendation,
                     bar.observer, table, page.new_button, page.compare_button,
                     page.delete_button, page.open_button]


def test_observing_from_the_note_line_round_the_tab_and_back(window):
    window.open_session(window.demo_id)
    page = window.workspace
    stops = walk(page.notes.entry)
    check_stops(stops)
    spoken = names(stops)
    assert spoken[:2] == ["Note", "Notes of this session"]
    competencies = [c.name for c in page.context.workspace.competencies]
    expected = [part for name in competencies
                for part in (f"{name} score", f"{name} not observed")]
    assert spoken[2:2 + len(expected)] == expected
    assert isinstance(stops[2 + len(expected)], QTabBar)
    assert spoken[-1] == "Tasks"
    back = walk(page.notes.entry, Qt.Key.Key_Backtab)
    assert back == [stops[0], *reversed(stops[1:])]  # Shift+Tab: the same way back


def test_scores_read_from_the_recommendation_down_the_scales_to_the_evidence(window):
    page, stops = tab_stops(window, 1)
    spoken = names(stops)
    competencies = [c.name for c in page.context.workspace.competencies]
    assert spoken[1].replace("&", "") == "Strong no"  # the first of the five: arrows choose
    assert spoken[2:4] == [f"{competencies[0]} score", f"{competencies[0]} not observed"]
    assert spoken[-3:] == ["Evidence", "Find notes", "Other notes"]


def test_pay_goes_down_the_left_column_then_the_right_then_the_audit_trail(window):
    page, stops = tab_stops(window, 2)
    from wi_desktop.ui.pay_panel import PayPanel

    pay = page.findChild(PayPanel)
    order = [pay.paid_combo, pay.basis_combo, pay.rate_edit, pay.currency_combo,
             pay.status_combo, pay.status_basis_edit, pay.days_table, pay.correct_button,
             pay.date_edit, pay.method_edit, pay.address_edit, pay.occupation_edit,
             pay.audit_table]
    assert [stop for stop in stops if stop in order] == order
    assert stops[-1] is pay.audit_table  # and Tab leaves it: its cells do not keep Tab


def test_agreements_and_feedback_every_field_once_in_order(window):
    page, stops = tab_stops(window, 3)
    spoken = names(stops)
    answers = [n for n in spoken if n.startswith("Answer to question")]
    assert answers == sorted(answers) and answers
    assert spoken[-3:] == ["Feedback: Strengths", "Feedback: Growth areas",
                           "Feedback: Next steps"]
