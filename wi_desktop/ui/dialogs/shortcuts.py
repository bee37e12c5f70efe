"""The keyboard shortcuts, as a table built from the live actions."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wi_desktop.ui.screen_fit import fit_to_screen

GENERAL = (
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "New session"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the note line as a note"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / - at the start of a note")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark it strength / concern"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete (in the notes list)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected note"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Typing in the notes list")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Goes to the note line"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "1 – 5 (on a competency)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Score that level"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "0 (on a competency)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Not observed"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "← / → (on a competency)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog",
                           "One level down / up; from not observed: the top / 1"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "↑ / ↓ (in the Scores tab)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "The competency above / below"))),
)


def shortcuts_html(actions: dict[str, QAction]) -> str:
    rows = [(QCoreApplication.translate("ShortcutsDialog", keys),
             QCoreApplication.translate("ShortcutsDialog", what)) for keys, what in GENERAL]
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
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.text = QTextBrowser(self)
        self.text.setHtml(shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 480))
