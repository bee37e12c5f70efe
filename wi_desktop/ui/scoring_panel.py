"""Scores & evidence: each competency's anchored scale beside the notes that back it up,
with the computed composite and the observer's recommendation."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.model import Competency, Note, Polarity, Score, Task
from wi_desktop.core.rubric import Composite, Recommendation
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.notes_model import CONCERN_COLOUR, NotesModel
from wi_desktop.ui.rubric_panel import CompetencyScale

log = logging.getLogger(__name__)

# mnemonics avoid the menu bar's letters (File, Session, Help)
RECOMMENDATION_BUTTONS = (
    (Recommendation.STRONG_NO, "Strong n&o"),
    (Recommendation.NO, "&No"),
    (Recommendation.YES, "&Yes"),
    (Recommendation.STRONG_YES, "Stron&g yes"),
    (Recommendation.NO_DECISION, "No &decision"),
)
COMPOSITE_TIP = ("The weighted mean of the scored competencies, computed by a fixed formula; "
                 "it cannot be typed. A competency marked “not observed” is left out, "
                 "not counted as a low score.")
EVIDENCE_HINT = ("Notes tagged to this competency count as evidence automatically. "
                 "Remove any that do not back up the score; link other notes that do.")
SCALE_STYLE = """
QFrame#competencyScale { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#competencyScale[selected="true"] { border: 2px solid palette(highlight); }
"""
CHOSEN_STYLE = """QPushButton:checked { background: palette(highlight); border-radius: 3px;
    color: palette(highlighted-text); border: 1px solid palette(dark); padding: 4px 8px; }"""


@dataclass(frozen=True)
class RecordSnapshot:
    """What the scoring view shows, read from the data file in one go."""

    tasks: tuple[Task, ...]
    scores: dict[str, Score]
    notes: list[Note]
    evidence: dict[str, list[Note]]
    composite: Composite
    recommendation: Recommendation
    finalised_ms: int | None


def format_instant(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


class CompositeBar(QFrame):
    """The computed composite beside the recommendation the observer chooses."""

    sig_recommendation_chosen = Signal(object)
    """The observer clicked a recommendation (a Recommendation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composite_text = ""
        self.composite_label = QLabel(self)
        self.composite_label.setWordWrap(True)
        self.composite_label.setToolTip(COMPOSITE_TIP)
        self.status_label = QLabel(self)
        self.status_label.hide()
        self.setStyleSheet(CHOSEN_STYLE)
        self.group = QButtonGroup(self)
        self.buttons: dict[Recommendation, QPushButton] = {}
        for recommendation, text in RECOMMENDATION_BUTTONS:
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setToolTip(f"Recommend: {recommendation.label}. Your call, not computed.")
            button.clicked.connect(
                lambda _checked=False, r=recommendation: self.sig_recommendation_chosen.emit(r))
            self.group.addButton(button)
            self.buttons[recommendation] = button
        segments = _box(QHBoxLayout(), *self.buttons.values())
        segments.setSpacing(0)
        composite = _box(QVBoxLayout(), _caption("Composite score (computed)", self),
                         self.composite_label, self.status_label, 1)
        chooser = _box(QVBoxLayout(), _caption("Your recommendation", self), segments, 1)
        for column in (composite, chooser):
            column.setSpacing(2)
        row = _box(QHBoxLayout(self), (composite, 1), chooser)
        row.setContentsMargins(4, 2, 4, 6)
        row.setSpacing(24)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_record(self, composite: Composite, names: dict[str, str],
                    recommendation: Recommendation, finalised_ms: int | None) -> None:
        self.composite_text = text = composite.describe(names)
        number = (f"{composite.value:.2f} of {composite.scale_max}"
                  if composite.value is not None else "")
        if number and text.startswith(number):  # the number large, then the plain words
            text = (f"<span style='font-size:x-large'><b>{number}</b></span> "
                    f"{_escape(text[len(number):].strip())}")
        self.composite_label.setText(text)
        self.buttons[recommendation].setChecked(True)
        for button in self.buttons.values():
            button.setEnabled(finalised_ms is None)
        self.status_label.setVisible(finalised_ms is not None)
        if finalised_ms is not None:
            self.status_label.setText(f"<b>Finalised {format_instant(finalised_ms)}.</b> "
                                      "The record can no longer be changed.")


class NoteTextFilter(QSortFilterProxyModel):
    """Keeps the notes whose whole text contains every typed word (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt ≥ 6.10 deprecates invalidateFilter
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange()
        else:
            self._words = text.casefold().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        note = model.data(model.index(source_row, 0, source_parent), NotesModel.NoteRole)
        text = note.text.casefold() if note else ""
        return all(word in text for word in self._words)


class EvidencePane(QWidget):
    """The notes backing one competency, and the session's other notes to link from."""

    sig_link_requested = Signal(str, list, bool)
    """Link (True) or unlink (False) the note ids (list) as evidence for a competency key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.competency: Competency | None = None
        self.read_only = False
        self.title = QLabel(self)
        self.evidence_model = NotesModel(self)
        self.evidence_view = _notes_view(self.evidence_model, self)
        self.remove_button = QPushButton("&Remove from evidence", self)
        self.others_model = NotesModel(self)
        self.others_proxy = NoteTextFilter(self)
        self.others_proxy.setSourceModel(self.others_model)
        self.others_view = _notes_view(self.others_proxy, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Type words from a note to find it")
        self.filter_edit.setClearButtonEnabled(True)
        self.link_button = QPushButton("&Link as evidence", self)
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
        hint = _caption(EVIDENCE_HINT, self)
        hint.setWordWrap(True)
        linked = QWidget(self)
        _box(QVBoxLayout(linked), self.title, hint, (self.evidence_view, 1),
             _box(QHBoxLayout(), 1, self.remove_button)).setContentsMargins(0, 0, 0, 0)
        add_box = QGroupBox("Add evidence from the session's other notes", self)
        find_label = QLabel("F&ind:", add_box)
        find_label.setBuddy(self.filter_edit)
        _box(QVBoxLayout(add_box), _box(QHBoxLayout(), find_label, (self.filter_edit, 1)),
             (self.others_view, 1), _box(QHBoxLayout(), (self.others_count, 1),
                                         self.link_button)).setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(linked)
        splitter.addWidget(add_box)
        _box(QVBoxLayout(self), splitter).setContentsMargins(0, 0, 0, 0)

    def show_evidence(self, competency: Competency, evidence: list[Note], notes: list[Note],
                      tasks: tuple[Task, ...], competencies: tuple[Competency, ...]) -> None:
        same = self.competency is not None and self.competency.key == competency.key
        self.competency = competency
        linked_ids = {n.id for n in evidence}
        others = [n for n in notes if n.id not in linked_ids]
        for model, view, shown in ((self.evidence_model, self.evidence_view, evidence),
                                   (self.others_model, self.others_view, others)):
            kept = _selected_ids(view) if same else set()
            model.set_context(tasks, competencies)
            model.set_notes(shown)
            _select_ids(view, kept)
        self.title.setText(f"<b>Evidence for {_escape(competency.name)}</b> · "
                           f"{_count(len(evidence), 'note')}")
        self._filter(self.filter_edit.text())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.others_proxy.set_text(text)
        shown, total = self.others_proxy.rowCount(), self.others_model.rowCount()
        self.others_count.setText(f"{shown} of {total} other notes match" if text.strip()
                                  else _count(total, "other note"))
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
        if not _selected_ids(self.others_view) and self.others_proxy.rowCount() == 1:
            self.others_view.selectRow(0)
        self.link_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ↓ in the search line goes into the list of matches
        if (watched is self.filter_edit and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and self.others_proxy.rowCount()):
            self.others_view.setFocus()
            if not _selected_ids(self.others_view):
                self.others_view.selectRow(0)
            return True
        return super().eventFilter(watched, event)


class ScoringPanel(QWidget):
    """Scores with their evidence, the composite and the recommendation, for one session."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.competencies = context.workspace.competencies
        self.names = {c.key: c.name for c in self.competencies}
        self.selected_key = self.competencies[0].key if self.competencies else ""
        self.snapshot: RecordSnapshot | None = None
        self.composite_bar = CompositeBar(self)
        self.evidence = EvidencePane(self)
        self.scales: dict[str, CompetencyScale] = {}
        self._scale_of: dict[QObject, str] = {}
        self.scale_area = QScrollArea(self)
        self._build()
        self.composite_bar.sig_recommendation_chosen.connect(self._save_recommendation)
        self.evidence.sig_link_requested.connect(self._save_links)
        context.sig_notes_changed.connect(self._changed)
        context.sig_record_changed.connect(self._changed)
        self.refresh()

    def _build(self) -> None:
        inner = QWidget(self)
        inner.setStyleSheet(SCALE_STYLE)
        column = _box(QVBoxLayout(inner))
        column.setContentsMargins(0, 0, 6, 0)
        for competency in self.competencies:
            scale = CompetencyScale(competency, inner)
            scale.evidence_label.hide()  # the evidence count sits next to the name here
            scale.sig_level_chosen.connect(self._save_score)
            for part in (scale, scale.slider, scale.not_observed):
                part.installEventFilter(self)
                self._scale_of[part] = competency.key
            column.addWidget(scale)
            self.scales[competency.key] = scale
        column.addStretch(1)
        self.scale_area.setWidget(inner)
        self.scale_area.setWidgetResizable(True)
        self.scale_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scale_area.setFrameShape(QFrame.Shape.NoFrame)
        left = QWidget(self)
        left.setMinimumWidth(380)
        _box(QVBoxLayout(left), QLabel(
            "<b>Competencies</b> <span style='color:gray'>· ↑/↓ choose · ←/→ score · "
            "1 = lowest</span>", left), (self.scale_area, 1)).setContentsMargins(0, 0, 0, 0)
        self.evidence.setMinimumWidth(420)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.evidence)
        splitter.setSizes([540, 800])
        _box(QVBoxLayout(self), self.composite_bar, (splitter, 1)).setContentsMargins(8, 6, 8, 6)

    # reading -------------------------------------------------------------
    def _load(self) -> RecordSnapshot | None:
        service, record, sid = self.context.service, self.context.record, self.context.session_id
        try:
            workspace = service.workspace(sid)
            return RecordSnapshot(
                tasks=workspace.tasks, scores=workspace.scores, notes=service.notes(sid),
                evidence=record.evidence(sid), composite=record.composite(sid),
                recommendation=record.recommendation(sid),
                # the core offers no "is finalised" query yet; read the session's facts
                finalised_ms=record.repo.load_facts(sid).finalised_ms)
        except WiError as error:
            log.warning("could not read the record: %s", error)
            self.context.sig_failed.emit(error)
            return None

    def refresh(self) -> None:
        """Show what the data file holds now."""
        snapshot = self.snapshot = self._load() or self.snapshot
        if snapshot is None:
            return
        read_only = snapshot.finalised_ms is not None
        for key, scale in self.scales.items():
            score = snapshot.scores.get(key)
            scale.show_score(score.level if score else None)
            _show_count(scale, snapshot.evidence.get(key, []))
            scale.slider.setEnabled(not read_only)
            scale.not_observed.setEnabled(not read_only)
            # read-only sliders take no focus, so the frames carry ↑/↓ instead
            scale.setFocusPolicy(Qt.FocusPolicy.StrongFocus if read_only
                                 else Qt.FocusPolicy.NoFocus)
        self.composite_bar.show_record(snapshot.composite, self.names,
                                       snapshot.recommendation, snapshot.finalised_ms)
        self.evidence.set_read_only(read_only)
        self._show_selected()

    def _changed(self) -> None:
        if self.isVisible():  # a hidden tab catches up when it is shown
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # selection -----------------------------------------------------------
    def select(self, key: str) -> None:
        """Make a competency the current one, scroll to it and show its evidence."""
        if key not in self.scales:
            return
        self.selected_key = key
        self._show_selected()
        if self.scale_area.isVisible():  # before the first layout the geometry is not real
            self.scale_area.ensureWidgetVisible(self.scales[key], 0, 8)

    def _show_selected(self) -> None:
        for key, scale in self.scales.items():
            if scale.property("selected") != (key == self.selected_key):
                scale.setProperty("selected", key == self.selected_key)
                scale.style().unpolish(scale)  # re-read the [selected] style rule
                scale.style().polish(scale)
        if self.snapshot is not None and self.selected_key in self.scales:
            snapshot, key = self.snapshot, self.selected_key
            self.evidence.show_evidence(self.scales[key].competency,
                                        snapshot.evidence.get(key, []), snapshot.notes,
                                        snapshot.tasks, self.competencies)

    def select_relative(self, step: int) -> None:
        keys = list(self.scales)
        index = keys.index(self.selected_key) if self.selected_key in keys else 0
        key = keys[max(0, min(len(keys) - 1, index + step))]
        self.select(key)
        scale = self.scales[key]
        (scale.slider if scale.slider.isEnabled() else scale).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = self._scale_of.get(watched)
        kind = event.type()
        if key is not None and key != self.selected_key and kind in (
                QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self.select(key)
        elif (key is not None and isinstance(event, QKeyEvent)
              and kind == QEvent.Type.KeyPress
              and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
              and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.select_relative(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True  # ↑/↓ choose the competency; ←/→ move the score
        return super().eventFilter(watched, event)

    # writing -------------------------------------------------------------
    def _save_score(self, key: str, level: int | None) -> None:
        service, session_id = self.context.service, self.context.session_id
        self.selected_key = key
        self._after(self.context.attempt(lambda: service.set_score(session_id, key, level)))

    def _save_recommendation(self, recommendation: Recommendation) -> None:
        record, session_id = self.context.record, self.context.session_id
        self._after(self.context.attempt(
            lambda: record.set_recommendation(session_id, recommendation)))

    def _save_links(self, key: str, note_ids: list[int], included: bool) -> None:
        record, session_id = self.context.record, self.context.session_id

        def link_all() -> None:
            for note_id in note_ids:
                record.link_evidence(session_id, key, note_id, included)

        self.context.attempt(link_all)
        self._after(True)  # even after a failure some links may have been saved

    def _after(self, saved: bool) -> None:
        if saved:
            self.context.sig_record_changed.emit()  # every view of the record refreshes
        else:
            self.refresh()  # not saved: show what the file holds


def _show_count(scale: CompetencyScale, evidence: list[Note]) -> None:
    strengths = sum(n.polarity is Polarity.STRENGTH for n in evidence)
    concerns = sum(n.polarity is Polarity.CONCERN for n in evidence)
    marks = "".join(f" · {n}{mark}" for n, mark in ((strengths, "+"), (concerns, "−")) if n)
    text = _count(len(evidence), "evidence note") + marks if evidence else "no evidence"
    colour = "gray"
    if scale.level is not None and not evidence:  # what finalising will warn about
        text, colour = "no evidence for this score", CONCERN_COLOUR.name()
    scale.name_label.setText(f"<b>{_escape(scale.competency.name)}</b>&nbsp;&nbsp; "
                             f"<span style='color:{colour}'>{text}</span>")


def _notes_view(model: QSortFilterProxyModel | NotesModel, parent: QWidget) -> QTableView:
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
    model, selection = view.model(), view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount() if ids else 0):
        if model.index(row, 0).data(NotesModel.NoteRole).id in ids:
            selection.select(model.index(row, 0), flags)


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
    label.setStyleSheet("color: gray;")
    return label


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
