"""The buttons under the note line: the competency and the mark the next note will carry."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from wi_desktop.core.model import Competency, Polarity


def short_name(name: str, limit: int = 10) -> str:
    """A competency's name short enough for its tag button ("Communication & …" → "Comm.")."""
    if len(name) <= limit:
        return name
    first = name.split(" & ")[0].split(" ")[0]
    return first if len(first) <= limit else first[:4] + "."


class TagBar(QWidget):
    """Buttons for the tag and mark the next note will carry (mirrors the hotkeys)."""

    sig_changed = Signal()
    """The pending competency or mark changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._competency_buttons: dict[str, QToolButton] = {}
        self._labels: dict[QToolButton, tuple[str, str]] = {}  # button → (full, compact)
        self.strength = self._button(self.tr("+ Strength"), self.tr("Mark as a strength (Ctrl++)"),
                                     "+")
        self.concern = self._button(self.tr("− Concern"), self.tr("Mark as a concern (Ctrl+−)"),
                                    "−")
        self.strength.setObjectName("strengthButton")
        self.concern.setObjectName("concernButton")
        self.strength.toggled.connect(lambda on: self._exclusive(on, self.concern))
        self.concern.toggled.connect(lambda on: self._exclusive(on, self.strength))

    @staticmethod
    def _exclusive(on: bool, other: QToolButton) -> None:
        """A note is a strength or a concern, not both."""
        if on:
            other.setChecked(False)

    def _button(self, text: str, tip: str, compact: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        self._labels[button] = (text, compact)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep hands in the note line
        button.toggled.connect(self.sig_changed)
        self._layout.addWidget(button)
        return button

    def set_competencies(self, competencies: tuple[Competency, ...]) -> None:
        for button in self._competency_buttons.values():
            self._labels.pop(button, None)
            button.deleteLater()
        self._competency_buttons = {}
        for index, comp in enumerate(competencies):
            number = comp.hotkey or index + 1
            short = short_name(comp.name)
            tip = self.tr("Tag to {competency} (Ctrl+{number})").format(competency=comp.name,
                                                                         number=number)
            button = self._button(f"{number} {short}", tip, str(number))
            button.toggled.connect(lambda on, key=comp.key: self._only(key) if on else None)
            self._layout.insertWidget(index, button)
            self._competency_buttons[comp.key] = button

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons' hotkey numbers and marks: names are cut to fit, so a
        longer language never widens the notes column."""
        buttons = list(self._labels)
        if not buttons:
            return super().minimumSizeHint()
        metrics = buttons[0].fontMetrics()
        spacing = self._layout.spacing() * (len(buttons) - 1)
        width = sum(metrics.horizontalAdvance(short) + 16 for _full, short in self._labels.values())
        return QSize(width + spacing, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Names on the buttons when they fit; when the window is narrower, each button's
        name is cut to an equal share of the room ("1 Techn…"), never below its hotkey
        number or mark (the tooltips name them in full)."""
        buttons = list(self._labels)
        if not buttons:
            return
        spacing = self._layout.spacing() * (len(buttons) - 1)
        padding = 16  # a tool button's frame and margins around its text
        metrics = buttons[0].fontMetrics()
        full = sum(metrics.horizontalAdvance(self._labels[b][0]) + padding for b in buttons)
        if full + spacing <= self.width():
            for button, (text, _short) in self._labels.items():
                button.setText(text)
            return
        share = (self.width() - spacing) // len(buttons) - padding
        for button, (text, short) in self._labels.items():
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(share, 0))
            kept = cut if len(cut.rstrip("…").rstrip()) > len(short) else short
            button.setText(kept)

    def _only(self, key: str) -> None:
        for other_key, button in self._competency_buttons.items():
            if other_key != key:
                button.setChecked(False)

    def toggle_competency(self, key: str) -> None:
        button = self._competency_buttons.get(key)
        if button is not None:
            button.setChecked(not button.isChecked())

    def competency(self) -> str | None:
        return next((k for k, b in self._competency_buttons.items() if b.isChecked()), None)

    def polarity(self) -> Polarity:
        if self.strength.isChecked():
            return Polarity.STRENGTH
        if self.concern.isChecked():
            return Polarity.CONCERN
        return Polarity.NEUTRAL

    def toggle_polarity(self, polarity: Polarity) -> None:
        button = self.strength if polarity is Polarity.STRENGTH else self.concern
        button.setChecked(not button.isChecked())

    def reset(self) -> None:
        for button in [*self._competency_buttons.values(), self.strength, self.concern]:
            button.setChecked(False)
