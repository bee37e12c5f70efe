"""The fonts shipped with the program, made known to Qt, so that text in a script the
computer has no font for (Chinese, Japanese, Korean on a bare Linux) shows as glyphs in the
window, as it does in the PDF, instead of empty boxes."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from wi_desktop.paths import resource_dir

FALLBACK_FILES = ("DroidSansFallback.ttf",)
_registered: list[str] = []


def register_fallback_fonts() -> list[str]:
    """Add the bundled fallback fonts to the application (once); returns their families.
    Called after the first window is painted: reading 3 MB of font must not delay it."""
    if not _registered:
        for name in FALLBACK_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_dir() / "fonts" / name))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)
