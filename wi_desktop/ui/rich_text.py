"""User text inside Qt's rich text (labels that also show bold or colour): shown as
written, never read as markup. Kept apart from widgets.py so that the first workspace
loads nothing more for it."""

from __future__ import annotations


def escape_html(text: str) -> str:
    """TEXT with &, < and > escaped (what html.escape(text, quote=False) gives)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
