"""User text inside Qt's rich text (labels that also show bold or colour): shown as
written, never read as markup. Kept apart from widgets.py so that the first workspace
loads nothing more for it."""

from __future__ import annotations


def escape_html(text: str) -> str:
    """TEXT with &, < and > escaped (what html.escape(text, quote=False) gives)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def isolated(text: str) -> str:
    """Typed TEXT set apart for the bidi algorithm (FIRST STRONG ISOLATE … POP
    DIRECTIONAL ISOLATE): an Arabic name at the start of a line of our words no longer
    turns the whole line right to left, nor do its neighbours move around it."""
    return f"\u2068{text}\u2069"
