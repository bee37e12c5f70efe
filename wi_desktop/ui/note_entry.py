"""The note line: Enter commits it, a leading "+ " or "- " marks it, undo and redo reach the
notes when it is empty, and a long or many-line paste opens a roomy box instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from wi_desktop.core.model import Polarity
from wi_desktop.ui.accessible import describe

PREFIX_MARKS = {"+ ": Polarity.STRENGTH, "- ": Polarity.CONCERN, "− ": Polarity.CONCERN}


def split_mark(text: str) -> tuple[str, Polarity | None]:
    """A leading "+ " or "- " marks strength or concern, as a quick alternative to hotkeys."""
    for prefix, polarity in PREFIX_MARKS.items():
        if text.startswith(prefix):
            return text[len(prefix):], polarity
    return text, None


LONG_PASTE = 2000  # longer (or multi-line) pasted text opens a roomy box instead


class NoteEntry(QLineEdit):
    """The note line. Enter commits; undo/redo go to the notes when the line is empty."""

    sig_commit = Signal()
    """The observer pressed Enter to commit the line as a note."""
    sig_to_list = Signal()
    """↑ pressed: the observer wants the newest note in the list (Esc there comes back)."""
    sig_long_paste = Signal(str)
    """Pasted text too long or multi-line for one line; carries the line as it would be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        describe(self, self.tr("Note"), self.tr(
            "Type what you see and press Enter to save it as a note, stamped with the time "
            "and the running task. Ctrl+1 to 6 tag a competency, Ctrl+Plus marks a strength "
            "and Ctrl+Minus a concern. ↑ goes to the newest note; Esc there comes back."))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            is_history_key = (event.matches(QKeySequence.StandardKey.Undo)
                              or event.matches(QKeySequence.StandardKey.Redo))
            if is_history_key and not self.text():
                event.ignore()  # let the window's Undo/Redo act on notes
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_commit.emit()
            return
        if event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.sig_to_list.emit()  # a line has no line above: ↑ goes to the notes
            return
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_elsewhere():
            return
        super().keyPressEvent(event)

    def _paste_elsewhere(self) -> bool:
        """A one-line box would flatten the lines and relayout a huge line on every key."""
        pasted = QApplication.clipboard().text()
        if len(pasted) <= LONG_PASTE and "\n" not in pasted:
            return False
        text, start = self.text(), self.cursorPosition()
        if self.hasSelectedText():
            start = self.selectionStart()
            text = text[:start] + text[start + len(self.selectedText()):]
        self.sig_long_paste.emit(text[:start] + pasted + text[start:])
        return True
