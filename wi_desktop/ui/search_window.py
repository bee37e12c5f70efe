"""Search every session (Ctrl+Shift+F): the notes, names, roles, feedback and debrief answers
of every session, found as you type, whatever the accents and the case; narrowed by role,
days, observer, tag and mark; the matches grouped by session with the words shown in bold.
Enter (or a double click) opens the session with that note selected."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.folding import find_spans
from wi_desktop.core.model import Polarity
from wi_desktop.core.search import NoteHit, SearchFilter, SearchResults
from wi_desktop.ui.accessible import describe
from wi_desktop.ui.counts import notes_counted, sessions_counted
from wi_desktop.wiring import Services

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # (session id, note id or 0)
WORDS_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 150
MARKS = {1: "+", -1: "−"}


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def shown_with_words(text: str, words: tuple[str, ...]) -> str:
    """TEXT as rich text, the words found in bold (the rest escaped: typed text is data)."""
    spans = find_spans(text, list(words))
    out, at = [], 0
    for start, end in spans:
        out += [escape(text[at:start]), "<b>", escape(text[start:end]), "</b>"]
        at = end
    out.append(escape(text[at:]))
    return "".join(out)


class BoldWordsDelegate(QStyledItemDelegate):
    """Draws a result with the matched words in bold (only the rows on screen)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        words = index.data(WORDS_ROLE)
        if not words:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(1)
        document.setHtml(shown_with_words(" ".join(text.split()), tuple(words)))
        painter.save()
        painter.translate(option.rect.left() + 2, option.rect.top())
        painter.setClipRect(0, 0, option.rect.width() - 2, option.rect.height())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchResultsView(QTreeView):
    sig_open = Signal(int, int)
    """Open session (first) with note (second; 0: none) selected."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)

    def open_current(self) -> None:
        where = self.currentIndex().data(NOTE_ROLE)
        if where:
            self.sig_open.emit(int(where[0]), int(where[1]))


class SearchDialog(QDialog):
    sig_open = Signal(int, int)
    """Open session (first) with note (second; 0: none) selected."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Search every session"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr(
            "Words of a note, a name, a role, feedback or an answer (any accents, any case)"))
        self.query.setClearButtonEnabled(True)
        describe(self.query, self.tr("Search"), self.tr(
            "Every word must be found; part of a word finds it too. ↓ goes to the results."))
        self.role = self._combo(self.tr("Every role"), self.tr("Role"))
        self.observer = self._combo(self.tr("Every observer"), self.tr("Observer"))
        self.tag = self._combo(self.tr("Every tag"), self.tr("Tag"))
        self.mark = self._combo(self.tr("Strengths and concerns"), self.tr("Mark"))
        self.mark.addItem(self.tr("Strengths only"), int(Polarity.STRENGTH))
        self.mark.addItem(self.tr("Concerns only"), int(Polarity.CONCERN))
        self._fill_choices()
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since = QDateEdit(QDate.currentDate().addMonths(-3), self)
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for check, day in ((self.since_check, self.since), (self.until_check, self.until)):
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            day.setEnabled(False)
            check.toggled.connect(day.setEnabled)
            check.toggled.connect(self._search_soon)
            day.dateChanged.connect(self._search_soon)
            describe(check, check.text(), self.tr("Only sessions of the days chosen beside"))
            describe(day, self.tr("Day"), self.tr("A day, as year-month-day"))
        self.model = QStandardItemModel(self)
        self.results = SearchResultsView(self)
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setUniformRowHeights(True)
        self.results.setItemDelegate(BoldWordsDelegate(self.results))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.doubleClicked.connect(lambda _index: self.results.open_current())
        self.results.sig_open.connect(self.sig_open)
        describe(self.results, self.tr("Results"), self.tr(
            "The sessions found, each with its notes found; Enter opens the session at that "
            "note"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._search_soon)
        for combo in (self.role, self.observer, self.tag, self.mark):
            combo.currentIndexChanged.connect(self._search_soon)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        # the choices, then the days, on rows of their own: one row was wider than a
        # 1024-pixel screen
        for row in ((self.role, self.observer, self.tag, self.mark),
                    (self.since_check, self.since, self.until_check, self.until)):
            filters = QHBoxLayout()
            for widget in row:
                filters.addWidget(widget)
            filters.addStretch(1)
            layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(900, 560)
        self.last: SearchResults | None = None

    def _combo(self, every: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(every, None)
        describe(combo, name, every)
        return combo

    def _fill_choices(self) -> None:
        roles, observers, competencies = self.services.search.choices()
        for combo, values in ((self.role, roles), (self.observer, observers),
                              (self.tag, competencies)):
            for value in values:
                combo.addItem(value, value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus() and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))
            return
        super().keyPressEvent(event)

    def _search_soon(self) -> None:
        self._timer.start()

    def where(self) -> SearchFilter:
        mark = self.mark.currentData()
        return SearchFilter(
            role=self.role.currentData() or "", observer=self.observer.currentData() or "",
            competency=self.tag.currentData() or "",
            polarity=Polarity(int(mark)) if mark is not None else None,
            since=self.since.date().toString("yyyy-MM-dd") if self.since_check.isChecked()
            else "",
            until=self.until.date().toString("yyyy-MM-dd") if self.until_check.isChecked()
            else "")

    def search(self) -> None:
        self._timer.stop()
        try:
            results = self.services.search.search(self.query.text(), self.where())
        except WiError as error:
            self.status.setText(str(error))
            return
        self.show_results(results)

    def show_results(self, results: SearchResults) -> None:
        self.last = results
        self.model.clear()
        words = list(results.words)
        for group in results.sessions:
            top = QStandardItem(f"{group.candidate} · {group.role} · {group.day} · "
                                f"{group.observer}")
            top.setData((group.session_id, 0), NOTE_ROLE)
            top.setData(words if group.session_matched else None, WORDS_ROLE)
            for note in group.notes:
                top.appendRow(self._note_item(note, words))
            self.model.appendRow(top)
        self.results.expandAll()
        self.status.setText(self._said(results))

    def _said(self, results: SearchResults) -> str:
        """What was found, in words: the notes and their sessions, then the sessions found
        by their own words only."""
        if not results.words:
            return self.tr("Nothing found.") if results.query.strip() else ""
        if not results.sessions:
            return self.tr("Nothing found.")
        by_own_words = sum(1 for group in results.sessions if not group.notes)
        said = []
        if results.note_count:
            said.append(self.tr("{notes} in {sessions}.").format(
                notes=notes_counted(results.note_count),
                sessions=sessions_counted(len(results.sessions) - by_own_words)))
        if by_own_words:
            said.append((self.tr("Also {sessions} whose name, role, feedback or answers hold "
                                 "the words.") if said else
                         self.tr("{sessions} whose name, role, feedback or answers hold the "
                                 "words.")).format(sessions=sessions_counted(by_own_words)))
        if results.more:
            said.append(self.tr("Only the newest {notes} notes are shown: add a word or a "
                                "filter to find fewer.").format(notes=results.note_count))
        return " ".join(said)

    def _note_item(self, note: NoteHit, words: list[str]) -> QStandardItem:
        parts = [_clock(note.elapsed_ms)]
        if note.task:
            parts.append(note.task)
        if note.competency:
            parts.append(note.competency)
        mark = MARKS.get(note.polarity, "")
        item = QStandardItem(f"{'  ·  '.join(parts)}  {mark}  {note.text}")
        item.setData((note.session_id, note.note_id), NOTE_ROLE)
        item.setData(words, WORDS_ROLE)
        item.setToolTip(note.text[:2000])
        return item
