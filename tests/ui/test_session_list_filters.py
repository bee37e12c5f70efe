"""The session list narrowed and ordered as a person asks: the search box as you type (names,
roles, notes), role, status, days, recommendation and observer; the composite and the
recommendation as columns, "—" for nothing scored; sorted by any column's title."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from wi_desktop.core.rubric import Recommendation
from wi_desktop.ui.session_list import SessionListPage
from wi_desktop.ui.session_model import Column

DAY_S = 24 * 3600


def cells(page: SessionListPage, column: Column) -> list[str]:
    model = page.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def names(page: SessionListPage) -> list[str]:
    return cells(page, Column.CANDIDATE)


@pytest.fixture
def people(service, new_session, clock):
    """Four candidates on four days, two roles and two observers; Ana scored and a yes,
    Sam scored lower and a no, Jordan finalised-free and unscored, Kim ended."""
    made = {}
    for name, role, observer in (("Jordan Lee", "Warehouse associate", "Pat Kim"),
                                 ("Sam Ortiz", "Warehouse associate", "Lou Diaz"),
                                 ("Ana Novak", "Dental assistant", "Pat Kim"),
                                 ("Kim Sato", "Dental assistant", "Lou Diaz")):
        made[name] = service.sessions.create_session(replace(
            new_session, candidate_name=name, role_name=role, observer_name=observer))
        clock.advance(DAY_S)
    ana, sam, kim = made["Ana Novak"], made["Sam Ortiz"], made["Kim Sato"]
    service.scoring.set_score(ana, "technical", 5)
    service.scoring.set_score(ana, "communication", 4)
    service.scoring.set_recommendation(ana, Recommendation.STRONG_YES)
    service.scoring.set_score(sam, "technical", 2)
    service.scoring.set_recommendation(sam, Recommendation.NO)
    service.notes.add_note(sam, "Drove the forklift carefully around the racks")
    task = service.sessions.workspace(kim).tasks[0]
    service.sessions.start_task(kim, task.id)
    service.sessions.end_session(kim)
    return made


@pytest.fixture
def page(qtbot, service, people) -> SessionListPage:
    page = SessionListPage(service)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.search_keys is not None)  # set up after the first paint
    return page


def type_words(qtbot, page: SessionListPage, words: str) -> None:
    page.filters.search.setFocus()
    QTest.keyClicks(page.filters.search, words)
    qtbot.waitUntil(lambda: not page.filters.pause.isActive())


def test_composite_and_recommendation_are_columns_with_nothing_scored_as_a_dash(page):
    assert names(page) == ["Kim Sato", "Ana Novak", "Sam Ortiz", "Jordan Lee"]  # newest first
    composite = dict(zip(names(page), cells(page, Column.COMPOSITE), strict=True))
    assert composite == {"Kim Sato": "—", "Ana Novak": "4.50", "Sam Ortiz": "2.00",
                         "Jordan Lee": "—"}
    recommendation = dict(zip(names(page), cells(page, Column.RECOMMENDATION), strict=True))
    assert recommendation["Ana Novak"] == "Strong yes"
    assert recommendation["Sam Ortiz"] == "No"
    assert recommendation["Jordan Lee"] == "No decision"


def test_the_composite_follows_every_score_and_weight_in_the_same_transaction(
        page, service, people):
    ana = people["Ana Novak"]
    service.scoring.set_score(ana, "communication", None)  # not observed: left out, not 0
    page.refresh()
    assert dict(zip(names(page), cells(page, Column.COMPOSITE), strict=True))["Ana Novak"] \
        == "5.00"
    service.scoring.set_score(ana, "technical", None)
    page.refresh()
    assert dict(zip(names(page), cells(page, Column.COMPOSITE), strict=True))["Ana Novak"] \
        == "—"


def test_the_search_box_narrows_the_list_as_you_type(qtbot, page):
    type_words(qtbot, page, "forkl")  # a word begun, in a note
    assert names(page) == ["Sam Ortiz"]
    assert page.filters.count_label.text() == "1 of 4 sessions"
    assert page.filters.clear_button.isVisible()
    page.filters.search.clear()
    qtbot.waitUntil(lambda: not page.filters.pause.isActive())
    assert len(names(page)) == 4
    type_words(qtbot, page, "novak")  # a candidate's name, any case
    assert names(page) == ["Ana Novak"]
    page.filters.search.selectAll()
    type_words(qtbot, page, "DENTAL")  # a role
    assert names(page) == ["Kim Sato", "Ana Novak"]


def test_each_choice_narrows_the_list_and_they_add_up(qtbot, page):
    bar = page.filters
    bar.role.setCurrentText("Dental assistant")
    assert names(page) == ["Kim Sato", "Ana Novak"]
    bar.observer.setCurrentText("Pat Kim")
    assert names(page) == ["Ana Novak"]
    bar.clear_button.click()
    qtbot.waitUntil(lambda: len(names(page)) == 4)
    assert not bar.clear_button.isVisible()
    bar.status.setCurrentIndex(3)  # Ended
    assert names(page) == ["Kim Sato"]
    bar.status.setCurrentIndex(0)
    bar.recommendation.setCurrentIndex(1)  # Strong yes
    assert names(page) == ["Ana Novak"]
    bar.recommendation.setCurrentIndex(5)  # No decision: none chosen yet
    assert names(page) == ["Kim Sato", "Jordan Lee"]


def test_a_range_of_days_shows_the_sessions_planned_on_them(qtbot, page, clock):
    from PySide6.QtCore import QDate

    bar = page.filters
    bar.period.setCurrentText("Between…")
    assert bar.since is not None and bar.until is not None and bar.since.isVisible()
    oldest = dt.datetime.fromtimestamp(page.model.all_sessions()[-1].created_ms / 1000)
    first = QDate(oldest.year, oldest.month, oldest.day)  # Jordan's day
    bar.since.setDate(first.addDays(1))
    bar.until.setDate(first.addDays(2))
    assert names(page) == ["Ana Novak", "Sam Ortiz"]
    bar.period.setCurrentText("Last 7 days")
    assert len(names(page)) == 4 and not bar.since.isVisible()


def test_a_column_s_title_sorts_by_it_and_again_the_other_way(qtbot, page):
    header = page.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + 5
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(Column.COMPOSITE)
    assert cells(page, Column.COMPOSITE) == ["—", "—", "2.00", "4.50"]
    assert header.sortIndicatorSection() == Column.COMPOSITE
    click(Column.COMPOSITE)
    assert cells(page, Column.COMPOSITE)[:2] == ["4.50", "2.00"]  # best first; unscored last
    click(Column.CANDIDATE)
    assert names(page) == ["Ana Novak", "Jordan Lee", "Kim Sato", "Sam Ortiz"]
    click(Column.RECOMMENDATION)
    assert cells(page, Column.RECOMMENDATION)[-1] == "Strong yes"
    click(Column.NOTES)
    assert cells(page, Column.NOTES)[-1] == "1"
    for column in (Column.ROLE, Column.DATE, Column.STATUS):
        click(column)
        assert header.sortIndicatorSection() == column
    selected = page.selected_session()
    assert selected is not None  # the selection stays with its session


def test_keys_ctrl_f_to_the_box_down_to_the_list_and_esc_to_clear(qtbot, page):
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filters.search.hasFocus()
    type_words(qtbot, page, "ortiz")
    QTest.keyClick(page.filters.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.selected_session().candidate_name == "Sam Ortiz"
    page.filters.search.setFocus()
    QTest.keyClick(page.filters.search, Qt.Key.Key_Escape)
    assert page.filters.search.text() == ""
    qtbot.waitUntil(lambda: len(names(page)) == 4)


def test_what_is_chosen_stays_when_the_list_is_read_again(qtbot, page, service, people):
    page.filters.role.setCurrentText("Dental assistant")
    service.notes.add_note(people["Ana Novak"], "Sterilised the tray")
    page.refresh()
    assert names(page) == ["Kim Sato", "Ana Novak"]
    assert page.filters.role.currentText() == "Dental assistant"


def test_when_nothing_matches_the_list_says_so_and_offers_to_clear(qtbot, page):
    type_words(qtbot, page, "zzqx")
    assert page.stack.currentWidget() is page.no_match_label
    assert "Clear filters" in page.no_match_label.text()
    page.no_match_label.linkActivated.emit("clear")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.table)
    assert len(names(page)) == 4


def test_a_role_no_longer_there_goes_back_to_all_and_the_list_follows(qtbot, page, service,
                                                                      people):
    page.filters.role.setCurrentText("Dental assistant")
    assert names(page) == ["Kim Sato", "Ana Novak"]
    for name in ("Kim Sato", "Ana Novak"):
        service.sessions.delete_session(people[name])
    page.refresh()
    assert page.filters.role.currentIndex() == 0  # "All roles"
    assert names(page) == ["Sam Ortiz", "Jordan Lee"]
