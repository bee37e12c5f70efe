"""The notes list as the observer sees it: rows painted whole, columns, colours, elision."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from wi_desktop.ui.notes_model import NotesModel
from wi_desktop.ui.palette import colour

CTRL = Qt.KeyboardModifier.ControlModifier


def type_note(qtbot, page, text):
    qtbot.keyClicks(page.notes.entry, text)
    qtbot.keyClick(page.notes.entry, Qt.Key.Key_Return)


def near(colour: QColor, target: QColor, tolerance: int = 60) -> bool:
    return (abs(colour.red() - target.red()) + abs(colour.green() - target.green())
            + abs(colour.blue() - target.blue())) <= tolerance


def painted_cell(page, row: int, column: int) -> tuple[QImage, range, range]:
    """The list as on the screen, and the x and y ranges of one cell in it."""
    view = page.notes.view
    image: QImage = view.viewport().grab().toImage()
    rect = view.visualRect(page.notes.model.index(row, 0))
    left = view.columns.sectionViewportPosition(column)
    right = min(left + view.columns.sectionSize(column), image.width())
    return image, range(left, right), range(rect.top(), rect.bottom())


def cell_colours(page, row: int, column: int) -> list[QColor]:
    """The colours painted inside one cell of the list."""
    image, xs, ys = painted_cell(page, row, column)
    return [image.pixelColor(x, y) for x in xs for y in ys]


def test_rows_show_every_column_with_marks_in_colour(qtbot, page):
    type_note(qtbot, page, "+ Asked where the spare labels are")
    type_note(qtbot, page, "- Lifted with a bent back")
    type_note(qtbot, page, "Paused to read the card")
    qtbot.wait(50)
    strength = cell_colours(page, 0, NotesModel.TEXT)
    concern = cell_colours(page, 1, NotesModel.TEXT)
    neutral = cell_colours(page, 2, NotesModel.TEXT)
    STRENGTH_COLOUR, CONCERN_COLOUR = colour("ok"), colour("error")
    assert sum(near(c, STRENGTH_COLOUR) for c in strength) > 20  # green text
    assert sum(near(c, CONCERN_COLOUR) for c in concern) > 20  # red text
    assert not any(near(c, STRENGTH_COLOUR) or near(c, CONCERN_COLOUR) for c in neutral)
    # every column of a row has ink in it (time, session time, task stay empty without one)
    for column in (NotesModel.TIME, NotesModel.ELAPSED, NotesModel.MARK, NotesModel.TEXT):
        dark = [c for c in cell_colours(page, 0, column) if c.lightness() < 160]
        assert dark, f"column {NotesModel.HEADERS[column]} shows nothing"


def ink_columns(page, row: int, column: int) -> list[int]:
    """The x positions inside a cell where text was painted (dark pixels), left to right."""
    image, xs, ys = painted_cell(page, row, column)
    return [x for x in xs if any(image.pixelColor(x, y).lightness() < 160 for y in ys)]


def test_header_titles_and_resizing_a_column_moves_the_text(qtbot, page):
    view = page.notes.view
    titles = [view.columns.model().headerData(c, Qt.Orientation.Horizontal)
              for c in range(view.columns.count())]
    assert titles == list(NotesModel.HEADERS)
    type_note(qtbot, page, "Checked the label twice")
    qtbot.wait(50)
    before = ink_columns(page, 0, NotesModel.TEXT)
    view.columns.resizeSection(NotesModel.COMPETENCY,
                               view.columns.sectionSize(NotesModel.COMPETENCY) - 60)
    qtbot.wait(50)
    after = ink_columns(page, 0, NotesModel.TEXT)
    assert before and after
    assert before[0] - after[0] == 60  # the note's text moved left with its column


def test_a_long_note_is_cut_with_an_ellipsis_inside_its_column(qtbot, page):
    text = "Explained every step of the pick list to the supervisor " * 8
    type_note(qtbot, page, text)
    type_note(qtbot, page, "Short one")
    qtbot.wait(50)
    view = page.notes.view
    right = (view.columns.sectionViewportPosition(NotesModel.TEXT)
             + view.columns.sectionSize(NotesModel.TEXT))
    right = min(right, view.viewport().width())
    long_ink, short_ink = ink_columns(page, 0, NotesModel.TEXT), ink_columns(page, 1,
                                                                              NotesModel.TEXT)
    assert long_ink[-1] < right - 2  # nothing painted over the column's edge
    assert long_ink[-1] > right - 30  # and the text fills the column up to the ellipsis
    assert short_ink[-1] < right - 100
    shown = view.itemDelegate()._laid_out(page.notes.model.row_texts(0)[NotesModel.TEXT],
                                          right - view.columns.sectionViewportPosition(
                                              NotesModel.TEXT) - 8, view.fontMetrics())
    assert shown.text().endswith("…")
    assert tooltip_over(qtbot, page, 0) == text.strip()
    assert tooltip_over(qtbot, page, 1) == "Short one"  # cut or not, every row has its tip


def tooltip_over(qtbot, page, row: int) -> str:
    """What the tooltip says when the pointer rests on a row."""
    view = page.notes.view
    where = view.visualRect(page.notes.model.index(row, 0)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=1000)
    return QToolTip.text()


def test_ctrl_c_copies_the_whole_note_and_screen_readers_hear_the_row(qtbot, page):
    text = "- Lifted the box with a straight back " + "and twisted while carrying it " * 20
    type_note(qtbot, page, text)
    view = page.notes.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text[2:].strip()
    spoken = page.notes.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "concern, Lifted the box with a straight back" in spoken
    assert spoken.startswith(page.notes.model.row_texts(0)[NotesModel.TIME])


def test_a_bigger_font_lays_the_text_out_again(qtbot, page):
    type_note(qtbot, page, "Explained every step of the pick list to the supervisor " * 4)
    qtbot.wait(50)
    view = page.notes.view
    small = ink_columns(page, 0, NotesModel.TEXT)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    view.setFont(font)
    qtbot.wait(50)
    big = ink_columns(page, 0, NotesModel.TEXT)
    right = min(view.columns.sectionViewportPosition(NotesModel.TEXT)
                + view.columns.sectionSize(NotesModel.TEXT), view.viewport().width())
    assert big[-1] < right - 2  # still cut inside the column, not spilling over
    assert view.rowHeight(0) >= view.fontMetrics().height() + 8 > 0
    assert big != small


def test_selected_row_is_highlighted_and_deleting_it_removes_the_note(qtbot, page, service,
                                                                      session_id):
    type_note(qtbot, page, "first")
    type_note(qtbot, page, "second")
    view = page.notes.view
    view.setFocus()
    view.selectRow(1)
    qtbot.wait(50)
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    assert sum(near(c, highlight, 10) for c in cell_colours(page, 1, NotesModel.TASK)) > 50
    assert not any(near(c, highlight, 10) for c in cell_colours(page, 0, NotesModel.TASK))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [n.text for n in service.notes.notes(session_id)] == ["first"]


def test_clicking_a_row_selects_that_note(qtbot, page):
    type_note(qtbot, page, "first")
    type_note(qtbot, page, "second")
    view = page.notes.view
    rect = view.visualRect(page.notes.model.index(1, 0))
    x = view.columns.sectionViewportPosition(NotesModel.TEXT) + 20  # on the note's text
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, rect.center().y()))
    assert page.notes.selected_note().text == "second"


def test_dragging_a_column_wide_never_pushes_the_notes_out_of_sight(qtbot, page):
    view = page.notes.view
    columns = view.columns
    columns.resizeSection(NotesModel.COMPETENCY, columns.sectionSize(NotesModel.COMPETENCY) + 400)
    qtbot.wait(20)
    note = view.viewport().width() - columns.sectionViewportPosition(NotesModel.TEXT)
    assert note >= 0.4 * view.viewport().width() - 1
    page.resize(1000, 600)  # the smallest window: the note keeps its share there too
    qtbot.wait(50)
    note = view.viewport().width() - columns.sectionViewportPosition(NotesModel.TEXT)
    assert note >= min(160, view.viewport().width()) - 1


def test_home_and_end_go_to_the_first_and_the_newest_note(qtbot, page):
    for text in ("first", "second", "third"):
        type_note(qtbot, page, text)
    view = page.notes.view
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert page.notes.selected_note().text == "third"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert page.notes.selected_note().text == "first"


def test_column_widths_dragged_by_the_observer_come_back_next_time(qtbot, page, service,
                                                                   session_id):
    from wi_desktop.ui.context import SessionContext
    from wi_desktop.ui.workspace import WorkspacePage

    columns = page.notes.view.columns
    columns.resizeSection(NotesModel.TASK, 70)  # as a drag of the header's border does
    qtbot.waitUntil(lambda: service.sessions.setting("notes_column_widths") is not None,
                    timeout=3000)
    again = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(again)
    again.resize(1366, 700)
    again.show()
    qtbot.waitExposed(again)
    assert again.notes.view.columns.sectionSize(NotesModel.TASK) == 70
    service.sessions.remember("notes_column_widths", "not,a,list")  # damaged: the defaults
    third = WorkspacePage(SessionContext(service, session_id))
    qtbot.addWidget(third)
    assert third.notes.view.wanted_widths()[NotesModel.TASK] == 104
