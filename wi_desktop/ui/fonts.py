"""The fonts shipped with the program, made known to Qt, so that text in a script the
computer has no font for (on a bare Linux: most scripts but Latin, Greek and Cyrillic, and
emoji) shows as glyphs in the window, as it does in the PDF, instead of empty boxes. They
are the documents' fonts (resources/fonts), but DejaVu: the window keeps the desktop's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from wi_desktop.paths import resource_dir

_registered: list[str] = []


def fallback_files() -> list[Path]:
    """The bundled font files the window adds to the desktop's own."""
    return sorted(path for path in (resource_dir() / "fonts").glob("*.ttf")
                  if not path.name.startswith("DejaVu"))


def register_fallback_fonts() -> list[str]:
    """Add the bundled fallback fonts to the application (once); returns their families.
    Called after the first window is painted (about 8 ms: the files are mapped, not read)."""
    if not _registered:
        for path in fallback_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)
