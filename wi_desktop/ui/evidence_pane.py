"""The evidence pane: the notes backing one competency, and the others to link from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.model import Competency, Note
from wi_desktop.core.note_filter import NoteFilter
from wi_desktop.ui.accessible import describe
from wi_desktop.ui.notes_model import NotesModel, NotesProxy
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.rich_text import escape_html

EVIDENCE_HINT = str(QT_TRANSLATE_NOOP(
    "EvidencePane", "Notes tagged to this competency count as evidence automatically. Remove "
    "any that do not back up the score; link other notes that do."))


class EvidencePane(QWidget):
    """The notes backing one competency, and the session's other notes to link from."""

    sig_link_requested = Signal(str, list, bool)
    """Link (True) or unlink (False) the note ids (list) as evidence for a competency key."""

    def __init__(self, notes: NotesModel, parent: QWidget | None = None) -> None:
        """NOTES: the open session's notes model, which both lists show parts of."""
        super().__init__(parent)
        self.competency: Competency | None = None
        self.read_only = False
        self.title = QLabel(self)
        self.evidence_model = NotesProxy(notes, self)
        self.evidence_view = _notes_view(self.evidence_model, self)
        self.remove_button = QPushButton(self.tr("&Remove from evidence"), self)
        self.remove_button.setToolTip(self.tr(
            "The selected notes stop counting as evidence for this competency; the notes "
            "themselves stay (Delete)"))
        describe(self.evidence_view, self.tr("Evidence"), self.tr(
            "The notes that back up the chosen competency's score. Delete removes the "
            "selected ones from the evidence."))
        self.others_model = NotesProxy(notes, self)  # the other notes that match the filter
        self._others = NoteFilter(())
        self._kept_others: set[int] = set()
        self.others_view = _notes_view(self.others_model, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Type words from a note to find it"))
        self.filter_edit.setClearButtonEnabled(True)
        self.link_button = QPushButton(self.tr("&Link as evidence"), self)
        self.link_button.setToolTip(self.tr("The selected notes count as evidence for this "
                                            "competency (Enter)"))
        describe(self.others_view, self.tr("Other notes"), self.tr(
            "The session's notes that are not evidence for this competency yet, narrowed by "
            "the words typed above. Enter links the selected ones as evidence."))
        describe(self.filter_edit, self.tr("Find notes"), self.tr(
            "Type words from a note to narrow the list of other notes below."))
        self.others_count = QLabel(self)
        self._connect()
        self._layout()

    def _connect(self) -> None:
        self.remove_button.clicked.connect(lambda: self._request(self.evidence_view, False))
        self.link_button.clicked.connect(self.link_selected)
        for view in (self.evidence_view, self.others_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.others_view.doubleClicked.connect(lambda _index: self.link_selected())
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._link_from_filter)
        self.filter_edit.installEventFilter(self)
        _view_action(self.evidence_view, QKeySequence(QKeySequence.StandardKey.Delete),
                     lambda: self._request(self.evidence_view, False))
        for key in ("Return", "Enter"):
            _view_action(self.others_view, QKeySequence(key), self.link_selected)

    def _layout(self) -> None:
        hint = _caption(self.tr(EVIDENCE_HINT), self)
        hint.setWordWrap(True)
        linked = QWidget(self)
        _box(QVBoxLayout(linked), self.title, hint, (self.evidence_view, 1),
             _box(QHBoxLayout(), 1, self.remove_button)).setContentsMargins(0, 0, 0, 0)
        add_box = QGroupBox(self.tr("Add evidence from the session's other notes"), self)
        find_label = QLabel(self.tr("F&ind:"), add_box)
        find_label.setBuddy(self.filter_edit)
        _box(QVBoxLayout(add_box), _box(QHBoxLayout(), find_label, (self.filter_edit, 1)),
             (self.others_view, 1), _box(QHBoxLayout(), (self.others_count, 1),
                                         self.link_button)).setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(linked)
        splitter.addWidget(add_box)
        _box(QVBoxLayout(self), splitter).setContentsMargins(0, 0, 0, 0)

    def show_evidence(self, competency: Competency, evidence: list[Note],
                      notes: list[Note]) -> None:
        same = self.competency is not None and self.competency.key == competency.key
        self.competency = competency
        linked_ids = {n.id for n in evidence}
        self._others = NoteFilter(notes, [row for row, note in enumerate(notes)
                                          if note.id not in linked_ids])
        kept = _selected_ids(self.evidence_view) if same else set()
        self.evidence_model.set_ids({note.id for note in evidence})
        _select_ids(self.evidence_view, kept)
        self._kept_others = _selected_ids(self.others_view) if same else set()
        count = len(evidence)
        self.title.setText(self.tr("<b>Evidence for {competency}</b> · {notes}").format(
            competency=escape_html(competency.name),
            notes=(self.tr("{count} note") if count == 1 else self.tr("{count} notes")).format(
                count=count)))
        self._filter(self.filter_edit.text())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _filter(self, text: str) -> None:
        kept = self._kept_others or _selected_ids(self.others_view)
        self._kept_others = set()
        self.others_model.set_rows(self._others.matching(text))
        _select_ids(self.others_view, kept)
        shown, total = self.others_model.rowCount(), len(self._others.rows)
        self.others_count.setText(
            self.tr("{shown} of {total} other notes match").format(shown=shown, total=total)
            if text.strip() else (self.tr("{count} other note") if total == 1
                                  else self.tr("{count} other notes")).format(count=total))
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.read_only
        self.remove_button.setEnabled(writable and bool(_selected_ids(self.evidence_view)))
        self.link_button.setEnabled(writable and bool(_selected_ids(self.others_view)))

    def link_selected(self) -> None:
        self._request(self.others_view, True)

    def _request(self, view: QTableView, included: bool) -> None:
        ids = sorted(_selected_ids(view))
        if ids and self.competency is not None and not self.read_only:
            self.sig_link_requested.emit(self.competency.key, ids, included)

    def _link_from_filter(self) -> None:
        if not _selected_ids(self.others_view) and self.others_model.rowCount() == 1:
            self.others_view.selectRow(0)
        self.link_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.FocusIn:
            self._others.prepare()  # the first key then finds at once
        # ↓ in the search line goes into the list of matches
        if (watched is self.filter_edit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.others_model.rowCount()):
            self.others_view.setFocus()
            if not _selected_ids(self.others_view):
                self.others_view.selectRow(0)
            return True
        return super().eventFilter(watched, event)


def _notes_view(model: NotesProxy, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    widths = {NotesModel.TIME: 66, NotesModel.ELAPSED: 58, NotesModel.COMPETENCY: 120,
              NotesModel.MARK: 26}
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    view.hideColumn(NotesModel.TASK)
    view.horizontalHeader().setSectionResizeMode(NotesModel.TEXT,
                                                 QHeaderView.ResizeMode.Stretch)
    return view


def _view_action(view: QTableView, keys: QKeySequence, handler: Callable[[], object]) -> None:
    action = QAction(view)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: handler())
    view.addAction(action)


def _selected_ids(view: QTableView) -> set[int]:
    return {int(index.data(NotesModel.NoteRole).id)
            for index in view.selectionModel().selectedRows()}


def _select_ids(view: QTableView, ids: set[int]) -> None:
    if not ids:
        return
    model = view.model()
    chosen = QItemSelection()
    for row, note in enumerate(model.notes() if isinstance(model, NotesProxy) else []):
        if note.id in ids:
            chosen.select(model.index(row, 0), model.index(row, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(chosen, flags)


BoxItem = QWidget | QLayout | int | tuple[QWidget | QLayout, int]


def _box(layout: QBoxLayout, *items: BoxItem) -> QBoxLayout:
    """Fill a box layout: widgets or layouts, each optionally (item, stretch); an int is
    a stretch."""
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
            continue
        child, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(child, QLayout):
            layout.addLayout(child, stretch)
        else:
            layout.addWidget(child, stretch)
    return layout


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    set_tone(label, "muted")
    return label


