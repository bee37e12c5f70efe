"""Edit a note's text in a roomy box (notes can run to several lines)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.ui.screen_fit import fit_to_screen


class EditNoteDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None, *,
                 title: str = "Edit note") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setAccessibleDescription(self.tr("Change the note; Ctrl+Enter saves it"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Check the note, then press Ctrl+Enter to save it."),
                                self))
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 260))
        self.editor.setFocus()
        # the cursor at the end, nothing selected: a first key adds, it never replaces
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_note_text(parent: QWidget, text: str, *, title: str = "Edit note") -> str | None:
    """The edited text, or None when the observer cancelled or left it empty."""
    dialog = EditNoteDialog(text, parent, title=title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    edited = dialog.text()
    return edited if edited.strip() else None
