"""The session's notes as a list that paints each row in one go from cached, laid-out text.

Qt's item delegate lays out every cell's text anew on each paint: about 50 µs a cell on a
modest laptop, so repainting the ~25 visible rows (six cells each) after every note took
7–13 ms, most of a 60 Hz frame, on top of the commit itself. Here the table shows a single
stretched column whose delegate draws the whole row from `QStaticText` kept per (text,
width); a separate header above it carries the column titles and widths. Everything else
(the model, selection, keyboard, scrolling, tooltips) is Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.model import Polarity
from wi_desktop.ui.notes_model import (
    TOOLTIP_CHARS,
    NotesModel,
    short_text,
)
from wi_desktop.ui.palette import colour

PADDING = 4  # px each side of a column's text, as Qt's own cells have
NOTE_SHARE = 0.4  # the note's own text keeps at least this share of the list's width
MIN_NOTE_WIDTH = 160
MIN_SQUEEZED = 48  # the task and competency columns give way down to this
MIN_SQUEEZED_HARD = 24  # and further, in a narrow window with a wide font, before the note
SQUEEZED_FIRST = (NotesModel.TASK, NotesModel.COMPETENCY)
MAX_CACHED_TEXTS = 4000  # laid-out strings kept; cleared when full (a screen shows ~150)

_Index = QModelIndex | QPersistentModelIndex


class NotesView(QTableView):
    """The list of notes; typing a letter here goes to the note line.

    `columns` is the header with the titles and widths; put `frame` (header above list)
    where the list belongs."""

    sig_widths_chosen = Signal()
    """The observer dragged a column to a new width (see `wanted_widths`)."""
    sig_painted = Signal()
    """The list has been painted: what it holds is on screen."""

    def __init__(self, entry: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry = entry
        self.frame = QFrame(parent)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.columns = QHeaderView(Qt.Orientation.Horizontal, self.frame)
        self.columns.setHighlightSections(False)
        self.columns.setSectionsClickable(False)
        self.columns.setStretchLastSection(True)  # the note's text takes what is left
        self.columns.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Compet…", not "ompetenc"
        # Qt's own floor follows the font (38 px with Noto Sans): the ± column and the
        # squeezed ones could not be as narrow as meant, and the note lost the difference
        self.columns.setMinimumSectionSize(MIN_SQUEEZED_HARD)
        self.columns.sectionResized.connect(self._column_resized)
        self._fitting = False
        self._preferred: dict[int, int] = {}
        self._corner = QWidget(self.frame)  # above the scrollbar: the header stops beside it
        self._corner.setFixedWidth(0)
        top = QHBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.columns, 1)
        top.addWidget(self._corner)
        layout = QVBoxLayout(self.frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self, 1)
        self.verticalScrollBar().rangeChanged.connect(self._scrollbar_changed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_row_height()
        self._painter = RowPainter(self)
        self.setItemDelegate(self._painter)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.columns.setModel(model)
        if model is None:
            return
        self.columns.setFixedHeight(self.columns.sizeHint().height())  # else square-ish
        for column in range(1, model.columnCount()):
            self.setColumnHidden(column, True)  # the first column's delegate draws them all
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return
        key = event.key()
        if key == Qt.Key.Key_Escape and self.state() != self.State.EditingState:
            self._entry.setFocus(Qt.FocusReason.ShortcutFocusReason)  # back to the note line
            self._entry.deselect()
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.model() is not None:
            rows = self.model().rowCount()  # one column shows: Home/End go to the ends
            if rows:
                self.selectRow(0 if key == Qt.Key.Key_Home else rows - 1)
            return
        text = event.text()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.ShiftModifier)
        if plain and text and text.isprintable() and self.state() != self.State.EditingState:
            self._entry.setFocus()
            self._entry.insert(text)
            return
        super().keyPressEvent(event)

    def copy_selected(self) -> None:
        """Ctrl+C: the selected notes' whole text (Qt would copy the one cell it shows)."""
        model = self.model()
        if not isinstance(model, NotesModel):
            return
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        if rows:
            QApplication.clipboard().setText("\n".join(model.note_at(r).text for r in rows))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # text laid out in the old font is stale
            self._painter.forget_texts()
            self._fit_row_height()

    def _fit_row_height(self) -> None:
        """One line of the font with a little air."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._show_note_tip(event)
        return super().viewportEvent(event)

    def _show_note_tip(self, event: QHelpEvent) -> bool:
        """Over a row, its note's text: the list may show only its start."""
        model, index = self.model(), self.indexAt(event.pos())
        if not isinstance(model, NotesModel) or not index.isValid():
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(),
                          short_text(model.note_at(index.row()).text, TOOLTIP_CHARS),
                          self.viewport(), self.visualRect(index))
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def set_column_widths(self, widths: dict[int, int]) -> None:
        """The widths the columns take when there is room (the note takes the rest)."""
        for column, width in widths.items():
            self.columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._preferred[column] = width
        self.fit_columns()

    def _scrollbar_changed(self, _low: int, high: int) -> None:
        self._corner.setFixedWidth(self.verticalScrollBar().sizeHint().width() if high > 0
                                   else 0)

    def wanted_widths(self) -> dict[int, int]:
        """The widths the columns take when there is room, as set or dragged."""
        return dict(self._preferred)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != NotesModel.TEXT:
            # dragged by the observer: wanted from now on, as far as the note keeps its share
            header = self.columns
            others = sum(header.sectionSize(c) for c in range(header.count())
                         if c not in (column, NotesModel.TEXT))
            self._preferred[column] = max(min(new, self._room() - others),
                                          min(new, MIN_SQUEEZED))
            self.fit_columns()
            self.sig_widths_chosen.emit()
        self.viewport().update()

    def _room(self) -> int:
        """Width the columns other than the note may take together."""
        width = self.viewport().width()
        return width - max(MIN_NOTE_WIDTH, round(width * NOTE_SHARE))

    def fit_columns(self) -> None:
        """Each column at its wanted width, except that the task and competency columns
        give way so that the note's own text keeps a readable share of the list."""
        header = self.columns
        if self._fitting or header.count() <= NotesModel.TEXT:
            return
        sizes = {c: self._preferred.get(c, header.sectionSize(c))
                 for c in range(header.count()) if c != NotesModel.TEXT}
        excess = sum(sizes.values()) - self._room()
        for floor in (MIN_SQUEEZED, MIN_SQUEEZED_HARD):
            for column in SQUEEZED_FIRST:
                give = min(max(excess, 0), max(0, sizes[column] - floor))
                sizes[column] -= give
                excess -= give
        self._fitting = True
        try:
            for column, size in sizes.items():
                if header.sectionSize(column) != size:
                    header.resizeSection(column, size)
        finally:
            self._fitting = False

    def paintEvent(self, event: QPaintEvent) -> None:
        header, right = self.columns, self.viewport().width()
        spans = []
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                x = header.sectionViewportPosition(column)
                spans.append((column, x, min(header.sectionSize(column), right - x)))
        self._painter.columns = spans
        super().paintEvent(event)
        self.sig_painted.emit()


class RowPainter(QStyledItemDelegate):
    """Draws a whole row of a NotesModel from the strings the model keeps per row."""

    def __init__(self, view: NotesView) -> None:
        super().__init__(view)
        self.columns: list[tuple[int, int, int]] = []  # (column, x, width), set per paint
        self._texts: dict[tuple[str, int], QStaticText] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = index.model()
        if not isinstance(model, NotesModel):  # only ever shows notes; never guess
            super().paint(painter, option, index)
            return
        row, rect, palette = index.row(), option.rect, option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.Highlight))
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.AlternateBase))
        plain = palette.color(QPalette.ColorRole.HighlightedText if selected
                              else QPalette.ColorRole.Text)
        marked = plain
        if not selected:
            polarity = model.note_at(row).polarity
            if polarity is Polarity.STRENGTH:
                marked = colour("ok")
            elif polarity is Polarity.CONCERN:
                marked = colour("error")
        texts = model.row_texts(row)
        metrics = option.fontMetrics
        top = rect.y() + (rect.height() - metrics.height()) // 2
        if len(self._texts) > MAX_CACHED_TEXTS:
            self._texts.clear()
        for column, x, width in self.columns:
            text = texts[column]
            if not text or width <= 2 * PADDING:
                continue
            static = self._laid_out(text, width - 2 * PADDING, metrics)
            left = x + PADDING
            if column == NotesModel.MARK:
                left = x + (width - round(static.size().width())) // 2
            painter.setPen(marked if column in (NotesModel.MARK, NotesModel.TEXT) else plain)
            painter.drawStaticText(left, top, static)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.rect = QRect(rect)
            focus.palette = palette
            focus.state = option.state
            style = option.widget.style() if option.widget else None
            if style is not None:
                style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter,
                                    option.widget)

    def forget_texts(self) -> None:
        self._texts.clear()

    def _laid_out(self, text: str, width: int, metrics: QFontMetrics) -> QStaticText:
        key = (text, width)
        static = self._texts.get(key)
        if static is None:
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            static.setTextFormat(Qt.TextFormat.PlainText)
            self._texts[key] = static
        return static
