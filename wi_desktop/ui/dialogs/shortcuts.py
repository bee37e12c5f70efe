"""The keyboard shortcuts, as a table built from the live actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wi_desktop.ui.screen_fit import fit_to_screen

GENERAL = (
    ("Ctrl+N", "New session"),
    ("Ctrl+Q", "Quit"),
    ("Enter", "Save the note line as a note"),
    ("+ / - at the start of a note", "Mark it strength / concern"),
    ("Delete (in the notes list)", "Delete the selected note"),
    ("Typing in the notes list", "Goes to the note line"),
    ("1 – 5 (on a competency)", "Score that level"),
    ("0 (on a competency)", "Not observed"),
    ("← / → (on a competency)", "One level down / up; from not observed: the top / 1"),
    ("↑ / ↓ (in the Scores tab)", "The competency above / below"),
)


def shortcuts_html(actions: dict[str, QAction]) -> str:
    rows = list(GENERAL)
    for action in actions.values():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        if keys:
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((keys, text))
    body = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td>"
                   f"<td>{html.escape(t)}</td></tr>" for k, t in rows)
    return f"<table>{body}</table>"


class ShortcutsDialog(QDialog):
    """The shortcuts in a box that scrolls, sized to fit a laptop screen."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.text = QTextBrowser(self)
        self.text.setHtml(shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 480))
