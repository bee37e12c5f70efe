"""The keyboard shortcuts, as a table built from the live actions."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence

GENERAL = (
    ("Ctrl+N", "New session"),
    ("Ctrl+Q", "Quit"),
    ("Enter", "Save the note line as a note"),
    ("+ / - at the start of a note", "Mark it strength / concern"),
    ("Delete (in the notes list)", "Delete the selected note"),
    ("Typing in the notes list", "Goes to the note line"),
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
