"""Rubric sliders: one anchored 1–5 scale per competency; “not observed” is its own state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.model import Competency, Score
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.palette import colour, set_tone, span
from wi_desktop.ui.rich_text import escape_html

# core's word for a competency not seen (core.rubric.NOT_OBSERVED_LABEL), to translate
NOT_OBSERVED = str(QT_TRANSLATE_NOOP("CompetencyScale", "Not observed"))


class CompetencyScale(QFrame):
    """Name, slider, the anchor text of the chosen level, and a Not observed switch."""

    sig_level_chosen = Signal(str, object)
    """The observer chose a level (int) or “not observed” (None) for a competency key."""

    def __init__(self, competency: Competency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.competency = competency
        self.level: int | None = None
        self.setObjectName("competencyScale")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name_label = QLabel(f"<b>{escape_html(competency.name)}</b>", self)
        self.evidence_label = QLabel(self)
        set_tone(self.evidence_label, "muted")
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(1, competency.levels)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("{competency} score").format(
            competency=competency.name))
        self.slider.setAccessibleDescription(
            self.tr("1 to {levels}; keys 1 to {levels} choose a level and 0 sets not observed. "
                    "The chosen level's behaviour is read below.").format(
                levels=competency.levels))
        self.level_label = QLabel(self)
        self.level_label.setObjectName("levelLabel")
        self.anchor_label = QLabel(self)
        self.anchor_label.setObjectName("anchorLabel")
        self.anchor_label.setWordWrap(True)
        self.anchor_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.anchor_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.not_observed = QCheckBox(self.tr(NOT_OBSERVED), self)
        self.not_observed.setToolTip(
            self.tr("Not seen during the session. This is not a low score."))
        self.not_observed.setAccessibleName(self.tr("{competency} not observed").format(
            competency=competency.name))
        self.not_observed.setAccessibleDescription(self.not_observed.toolTip())
        self._layout()
        self.slider.setValue((competency.levels + 1) // 2)
        self.slider.valueChanged.connect(self._moved)
        self.slider.sliderReleased.connect(self._choose_current)
        self.slider.sliderPressed.connect(self._show_current)
        self.not_observed.toggled.connect(self._not_observed_toggled)
        for control in (self.slider, self.not_observed):
            control.installEventFilter(self)
        self.show_score(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on the focused competency: 1–5 choose that level, 0 “not observed”; from
        not observed, → goes to 1 and ← to the top level (never to a middle one)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        level = self._level_for_key(event)
        if level is False:
            return super().eventFilter(watched, event)
        self._choose(level if isinstance(level, int) else None)
        return True

    def _level_for_key(self, event: QKeyEvent) -> int | None | bool:
        """The level a key asks for (None: not observed), or False: not a scoring key."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Ctrl/Alt+digit belong to the window's shortcuts
        text = event.text()
        if len(text) == 1 and text.isdigit() and text.isascii():
            digit = int(text)
            if digit == 0:
                return None
            return digit if digit <= self.competency.levels else False
        if self.level is None and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            return 1 if event.key() == Qt.Key.Key_Right else self.competency.levels
        return False

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name_label, 0, 0, 1, 2)
        grid.addWidget(self.slider, 1, 0)
        grid.addWidget(self.not_observed, 1, 1)
        grid.addWidget(self.level_label, 2, 0)
        grid.addWidget(self.evidence_label, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.anchor_label, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def show_score(self, level: int | None) -> None:
        """Show a stored level without announcing a change."""
        self.level = level
        blockers = (self.slider.blockSignals(True), self.not_observed.blockSignals(True))
        if level is not None:
            self.slider.setValue(level)
        self.not_observed.setChecked(level is None)
        self.slider.blockSignals(blockers[0])
        self.not_observed.blockSignals(blockers[1])
        self._paint(level)

    def _paint(self, level: int | None) -> None:
        self.slider.setProperty("observed", level is not None)
        grey = f"QSlider::handle {{ background: {colour('unscored').name()}; }}"
        self.slider.setStyleSheet("" if level is not None else grey)
        if level is None:
            self.level_label.setText(f"<i>{self.tr(NOT_OBSERVED)}</i>")
            self.anchor_label.setText(
                span(self.tr("Press 1–{levels} or ←/→ to score, 0 for not observed. Not "
                             "observed is not counted as a low score.").format(
                    levels=self.competency.levels)))
            return
        self.level_label.setText(self.tr("{level} of {levels}").format(
            level=f"<b>{level}</b>", levels=self.competency.levels))
        self.anchor_label.setText(escape_html(self.competency.anchor(level)))

    def _moved(self, value: int) -> None:
        if self.slider.isSliderDown():
            self._paint(value)  # preview while dragging; choose on release
            return
        self._choose(value)

    def _show_current(self) -> None:
        self._paint(self.slider.value())

    def _choose_current(self) -> None:
        self._choose(self.slider.value())

    def _choose(self, level: int | None) -> None:
        if level == self.level:
            self.show_score(level)
            return
        self.show_score(level)
        self.sig_level_chosen.emit(self.competency.key, level)

    def _not_observed_toggled(self, checked: bool) -> None:
        self._choose(None if checked else self.slider.value())

    def set_evidence(self, notes: int, strengths: int, concerns: int) -> None:
        if not notes:
            self.evidence_label.setText(self.tr("no notes yet"))
            return
        parts = [(self.tr("{count} note") if notes == 1
                  else self.tr("{count} notes")).format(count=notes)]
        if strengths:
            parts.append(f"{strengths}+")
        if concerns:
            parts.append(f"{concerns}−")
        self.evidence_label.setText(" · ".join(parts))


class RubricPanel(QWidget):
    """All competencies of the session's frozen rubric."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.scales: dict[str, CompetencyScale] = {}
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(6)
        for competency in context.workspace.competencies:
            scale = CompetencyScale(competency, inner)
            scale.sig_level_chosen.connect(self._save)
            column.addWidget(scale)
            self.scales[competency.key] = scale
        column.addStretch(1)
        scroll = self.scroller = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the scales, shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("<b>" + self.tr("Rubric") + "</b>  "
                         + span(self.tr("1 = lowest, 5 = highest")), self)
        heading.setWordWrap(True)  # a longer language wraps it in a narrow column
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        self.show_scores(context.workspace.scores)
        context.sig_changed.connect(self._changed)

    def set_read_only(self, read_only: bool) -> None:
        """A finalised record: scores are shown, not changed (Session → Amend… reopens)."""
        why = self.tr("The record is finalised: Session → Amend… to change it.") if read_only \
            else ""
        for scale in self.scales.values():
            for control in (scale.slider, scale.not_observed):
                control.setEnabled(not read_only)
                control.setToolTip(why)

    def show_scale(self, key: str) -> None:
        scale = self.scales[key]
        self.scroller.ensureWidgetVisible(scale)
        scale.slider.setFocus()

    def _changed(self, change: Change) -> None:
        """Scores changed here or elsewhere (the Scores & evidence tab)."""
        for score in change.scores:
            self.scales[score.competency_key].show_score(score.level)

    def show_scores(self, scores: dict[str, Score]) -> None:
        for key, scale in self.scales.items():
            score = scores.get(key)
            scale.show_score(score.level if score else None)

    def set_evidence(self, counts: dict[str, tuple[int, int, int]]) -> None:
        for key, scale in self.scales.items():
            scale.set_evidence(*counts.get(key, (0, 0, 0)))

    def _save(self, key: str, level: int | None) -> None:
        services, session_id = self.context.services, self.context.session_id
        if self.context.apply(lambda: services.scoring.set_score(session_id, key, level)) is None:
            self.show_scores(self.context.workspace.scores)  # not saved: show what is held

