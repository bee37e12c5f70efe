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
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+F")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Search every session"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F (in the list of sessions)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Narrow the list to the sessions holding words"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+K")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog",
                           "Compare the selected candidates (one selected: all for its role)"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the note line as a note"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / - at the start of a note")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Mark it strength / concern"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete (in the notes list)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the selected note"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "↑ (on the note line)")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "The newest note in the list; Esc comes back"))),
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


IN_A_SESSION = (
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+1…9")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Tag the note to that competency"))),
    (str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+1…9")),
     str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to that competency's score"))),
)


def shortcuts_html(actions: dict[str, QAction]) -> str:
    """The shortcuts: the general keys, then those of the open session's actions; with no
    session open, those a session has, from its table of actions."""
    translate = QCoreApplication.translate
    rows = [(translate("ShortcutsDialog", keys), translate("ShortcutsDialog", what))
            for keys, what in GENERAL]
    if not actions:
        from wi_desktop.ui.workspace_actions import ACTIONS

        rows.append(("", "<b>" + html.escape(translate("ShortcutsDialog", "In a session"))
                     + "</b>"))
        for _name, words, sequences in ACTIONS:
            shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                              for k in sequences)
            if shown:
                rows.append((shown, html.escape(_plain(translate("WorkspacePage", words)))))
        rows += [(translate("ShortcutsDialog", keys), html.escape(
            translate("ShortcutsDialog", what))) for keys, what in IN_A_SESSION]
        return _table(rows)
    rows = [(keys, html.escape(what)) for keys, what in rows]
    for action in actions.values():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        if keys:
            rows.append((keys, html.escape(_plain(action.text()))))
    return _table(rows)


def _plain(text: str) -> str:
    """An action's words without its shortcut letter's "&" ("&&" is a written "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _table(rows: list[tuple[str, str]]) -> str:
    """ROWS (keys, words already escaped) as the dialog's table."""
    body = "".join(f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{t}</td></tr>"
                   for k, t in rows)
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
