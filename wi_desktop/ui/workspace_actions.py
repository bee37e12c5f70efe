"""The workspace's actions: their words and keys (what F1 and the Session menu show), apart
from what each does. The words are marked for translation here, in the page's context."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ACTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("toggle", str(QT_TRANSLATE_NOOP("WorkspacePage", "Start / pause / resume task")),
     ("Ctrl+Space",)),
    ("finish", str(QT_TRANSLATE_NOOP("WorkspacePage", "Finish task")), ("Ctrl+Shift+Space",)),
    ("prev", str(QT_TRANSLATE_NOOP("WorkspacePage", "Previous task")), ("Alt+Up",)),
    ("next", str(QT_TRANSLATE_NOOP("WorkspacePage", "Next task")), ("Alt+Down",)),
    ("focus", str(QT_TRANSLATE_NOOP("WorkspacePage", "Go to note line")), ("Esc", "Ctrl+L")),
    ("undo", str(QT_TRANSLATE_NOOP("WorkspacePage", "Undo")), ("Ctrl+Z",)),
    ("redo", str(QT_TRANSLATE_NOOP("WorkspacePage", "Redo")), ("Ctrl+Shift+Z", "Ctrl+Y")),
    ("edit", str(QT_TRANSLATE_NOOP("WorkspacePage", "Edit selected note…")), ("F2",)),
    ("strength", str(QT_TRANSLATE_NOOP("WorkspacePage", "Mark strength (+)")),
     ("Ctrl++", "Ctrl+=")),
    ("concern", str(QT_TRANSLATE_NOOP("WorkspacePage", "Mark concern (−)")), ("Ctrl+-",)),
    ("end", str(QT_TRANSLATE_NOOP("WorkspacePage", "End session…")), ("Ctrl+E",)),
    ("finalise", str(QT_TRANSLATE_NOOP("WorkspacePage", "Finalise…")), ("Ctrl+Shift+E",)),
    ("sign", str(QT_TRANSLATE_NOOP("WorkspacePage", "Sign and save summary…")),
     ("Ctrl+Shift+S",)),
    ("sign_letter", str(QT_TRANSLATE_NOOP("WorkspacePage", "Sign and save feedback letter…")),
     ("Ctrl+Shift+L",)),
    ("amend", str(QT_TRANSLATE_NOOP("WorkspacePage", "Amend finalised record…")), ()),
    ("observe", str(QT_TRANSLATE_NOOP("WorkspacePage", "Observe tab")), ("F5",)),
    ("review", str(QT_TRANSLATE_NOOP("WorkspacePage", "Scores && evidence tab")), ("F6",)),
    ("pay", str(QT_TRANSLATE_NOOP("WorkspacePage", "Pay tab")), ("F7",)),
    ("agreements", str(QT_TRANSLATE_NOOP("WorkspacePage", "Agreements && feedback tab")),
     ("F8",)),
    ("close", str(QT_TRANSLATE_NOOP("WorkspacePage", "Back to sessions")), ("Ctrl+W",)),
)
