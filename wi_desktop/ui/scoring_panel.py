"""Scores & evidence: each competency's anchored scale beside the notes that back it up,
with the computed composite and the observer's recommendation."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.errors import WiError
from wi_desktop.core.model import Note, Polarity
from wi_desktop.core.rubric import Composite, Recommendation, composite_score, evidence_for
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.evidence_pane import EvidencePane, _box, _caption
from wi_desktop.ui.palette import span
from wi_desktop.ui.rich_text import escape_html
from wi_desktop.ui.rubric_panel import CompetencyScale

log = logging.getLogger(__name__)

# mnemonics avoid the menu bar's letters (File, Session, Help)
RECOMMENDATION_BUTTONS = (
    (Recommendation.STRONG_NO, str(QT_TRANSLATE_NOOP("CompositeBar", "Strong n&o"))),
    (Recommendation.NO, str(QT_TRANSLATE_NOOP("CompositeBar", "&No"))),
    (Recommendation.YES, str(QT_TRANSLATE_NOOP("CompositeBar", "&Yes"))),
    (Recommendation.STRONG_YES, str(QT_TRANSLATE_NOOP("CompositeBar", "Stron&g yes"))),
    (Recommendation.NO_DECISION, str(QT_TRANSLATE_NOOP("CompositeBar", "No &decision"))),
)
COMPOSITE_TIP = str(QT_TRANSLATE_NOOP(
    "CompositeBar", "The weighted mean of the scored competencies, computed by a fixed "
    "formula; it cannot be typed. A competency marked “not observed” is left out, not counted "
    "as a low score."))
SCALE_STYLE = """
QFrame#competencyScale { border: 1px solid palette(mid); border-radius: 4px; }
QFrame#competencyScale[selected="true"] { border: 2px solid palette(mid);
    background: palette(alternate-base); }
QFrame#competencyScale[selected="true"][focused="true"] { border: 2px solid palette(highlight); }
"""  # the highlight's frame only where the keyboard is: the chosen one keeps a quiet frame
CHOSEN_STYLE = """QPushButton:checked { background: palette(highlight); border-radius: 3px;
    color: palette(highlighted-text); border: 1px solid palette(dark); padding: 4px 8px; }"""


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
        self.composite_label.setToolTip(self.tr(COMPOSITE_TIP))
        self.status_label = QLabel(self)
        self.status_label.hide()
        self.setStyleSheet(CHOSEN_STYLE)
        self.group = QButtonGroup(self)
        self.buttons: dict[Recommendation, QPushButton] = {}
        for recommendation, text in RECOMMENDATION_BUTTONS:
            button = QPushButton(self.tr(text), self)
            button.setCheckable(True)
            button.setToolTip(self.tr("Recommend: {choice}. Your call, not computed.").format(
                choice=self.tr(text).replace("&", "")))
            button.clicked.connect(
                lambda _checked=False, r=recommendation: self.sig_recommendation_chosen.emit(r))
            self.group.addButton(button)
            self.buttons[recommendation] = button
        segments = _box(QHBoxLayout(), *self.buttons.values())
        segments.setSpacing(0)
        composite = _box(QVBoxLayout(), _caption(self.tr("Composite score (computed)"), self),
                         self.composite_label, self.status_label, 1)
        chooser = _box(QVBoxLayout(), _caption(self.tr("Your recommendation"), self), segments, 1)
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
                    f"{escape_html(text[len(number):].strip())}")
        self.composite_label.setText(text)
        self.buttons[recommendation].setChecked(True)
        for button in self.buttons.values():
            button.setEnabled(finalised_ms is None)
        self.status_label.setVisible(finalised_ms is not None)
        if finalised_ms is not None:
            self.status_label.setText(self.tr(
                "<b>Finalised {when}.</b> The record can no longer be changed.").format(
                when=format_instant(finalised_ms)))


class ScoringPanel(QWidget):
    """Scores with their evidence, the composite and the recommendation, for one session."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.competencies = context.workspace.competencies
        self.names = {c.key: c.name for c in self.competencies}
        self.selected_key = self.competencies[0].key if self.competencies else ""
        self.links: dict[tuple[str, int], bool] = {}  # evidence chosen by hand
        self.recommendation = Recommendation.NO_DECISION
        self.evidence_of: dict[str, list[Note]] = {}
        self._loaded = False
        self._evidence_stale = True
        self.composite_bar = CompositeBar(self)
        self.evidence = EvidencePane(context.notes_model, self)
        self._stale = False
        self.scales: dict[str, CompetencyScale] = {}
        self._scale_of: dict[QObject, str] = {}
        self.scale_area = QScrollArea(self)
        self._build()
        self.composite_bar.sig_recommendation_chosen.connect(self._save_recommendation)
        self.evidence.sig_link_requested.connect(self._save_links)
        context.sig_changed.connect(self._changed)
        self._stale = True  # read and worked out when first shown: a tab behind another
        # costs the opening of a session nothing (20,000 notes: 35 ms of evidence)

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
        self.scale_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the scales
        left = QWidget(self)
        left.setMinimumWidth(380)
        _box(QVBoxLayout(left), QLabel(
            "<b>" + self.tr("Competencies") + "</b> "
            + span(self.tr("· ↑/↓ choose · 1–5 or ←/→ score · 0 not observed")),
            left),
             (self.scale_area, 1)).setContentsMargins(0, 0, 0, 0)
        self.evidence.setMinimumWidth(420)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.evidence)
        splitter.setSizes([540, 800])
        _box(QVBoxLayout(self), self.composite_bar, (splitter, 1)).setContentsMargins(8, 6, 8, 6)
        # as it reads: the recommendation at the top, the scales down the left, then the
        # evidence, the search above the other notes and those notes
        stops: list[QWidget] = []
        stops += [button for button in self.composite_bar.buttons.values()
                  if button.focusPolicy() & Qt.FocusPolicy.TabFocus][:1]
        for scale in self.scales.values():
            stops += [scale.slider, scale.not_observed]
        stops += [self.evidence.evidence_view, self.evidence.filter_edit,
                  self.evidence.others_view]
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # reading -------------------------------------------------------------
    def _load(self) -> bool:
        """Read what the session's shared state does not hold: the evidence chosen by hand
        and the recommendation (once; later changes arrive as published changes)."""
        services, sid = self.context.services, self.context.session_id
        try:
            self.links = services.scoring.links(sid)
            self.recommendation = services.scoring.recommendation(sid)
        except WiError as error:
            log.warning("could not read the record: %s", error)
            self.context.sig_failed.emit(error)
            return False
        self._loaded = self._evidence_stale = True
        return True

    def refresh(self) -> None:
        """Show the record: read what is not held yet, and work out what changed."""
        if not self._loaded and not self._load():
            return
        if self._evidence_stale:  # from the one notes model: no notes read again
            self._evidence_stale = False
            notes = self.context.notes_model.notes()
            self.evidence_of = {c.key: evidence_for(c.key, notes, self.links)
                                for c in self.competencies}
        workspace = self.context.workspace
        finalised_ms = workspace.session.finalised_ms
        read_only = finalised_ms is not None
        for key, scale in self.scales.items():
            score = workspace.scores.get(key)
            scale.show_score(score.level if score else None)
            _show_count(scale, self.evidence_of.get(key, []))
            scale.slider.setEnabled(not read_only)
            scale.not_observed.setEnabled(not read_only)
            # read-only sliders take no focus, so the frames carry ↑/↓ instead
            scale.setFocusPolicy(Qt.FocusPolicy.StrongFocus if read_only
                                 else Qt.FocusPolicy.NoFocus)
        self.composite_bar.show_record(composite_score(self.competencies, workspace.scores),
                                       self.names, self.recommendation, finalised_ms)
        self.evidence.set_read_only(read_only)
        self._show_selected()

    def _changed(self, change: Change) -> None:
        for key, note_id, choice in change.links:
            if choice is None:
                self.links.pop((key, note_id), None)
            else:
                self.links[(key, note_id)] = choice
        if change.evidence_changed:
            self._evidence_stale = True
        if change.recommendation is not None:
            self.recommendation = change.recommendation
        if not (change.evidence_changed or change.scores or change.session is not None
                or change.recommendation is not None):
            return  # nothing this tab shows
        if self.isVisible():
            self.refresh()
        else:  # a hidden tab catches up when it is shown
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
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
            _restyle(scale, "selected", key == self.selected_key)
        if self._loaded and self.selected_key in self.scales:
            key = self.selected_key
            self.evidence.show_evidence(self.scales[key].competency,
                                        self.evidence_of.get(key, []),
                                        self.context.notes_model.notes())

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
        if key is not None and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            _restyle(self.scales[key], "focused", kind == QEvent.Type.FocusIn)
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
        services, session_id = self.context.services, self.context.session_id
        self.selected_key = key
        self._after(self.context.apply(
            lambda: services.scoring.set_score(session_id, key, level)))

    def _save_recommendation(self, recommendation: Recommendation) -> None:
        services, session_id = self.context.services, self.context.session_id
        self._after(self.context.apply(
            lambda: services.scoring.set_recommendation(session_id, recommendation)))

    def _save_links(self, key: str, note_ids: list[int], included: bool) -> None:
        services, session_id = self.context.services, self.context.session_id
        self._after(self.context.apply(
            lambda: services.scoring.link_evidence(session_id, key, note_ids, included)))

    def _after(self, change: Change | None) -> None:
        if change is None:
            self.refresh()  # not saved: show what the file holds


def _show_count(scale: CompetencyScale, evidence: list[Note]) -> None:
    strengths = sum(n.polarity is Polarity.STRENGTH for n in evidence)
    concerns = sum(n.polarity is Polarity.CONCERN for n in evidence)
    marks = "".join(f" · {n}{mark}" for n, mark in ((strengths, "+"), (concerns, "−")) if n)
    translate, count = QCoreApplication.translate, len(evidence)
    text = ((translate("ScoringPanel", "{count} evidence note") if count == 1
             else translate("ScoringPanel", "{count} evidence notes")).format(count=count)
            + marks) if evidence else translate("ScoringPanel", "no evidence")
    tone = "muted"
    if scale.level is not None and not evidence:  # what finalising will warn about
        text, tone = translate("ScoringPanel", "no evidence for this score"), "error"
    scale.name_label.setText(f"<b>{escape_html(scale.competency.name)}</b>&nbsp;&nbsp; "
                             f"{span(text, tone)}")


def _restyle(scale: QWidget, name: str, value: bool) -> None:
    """Set a property the style sheet reads, and have the style read it again."""
    if scale.property(name) != value:
        scale.setProperty(name, value)
        scale.style().unpolish(scale)
        scale.style().polish(scale)
