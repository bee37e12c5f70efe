"""Text in a script the computer has no font for shows as glyphs, not empty boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from wi_desktop.ui.fonts import register_fallback_fonts


def _drawn(text: str) -> QImage:
    image = QImage(80, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 20))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_hangul_and_chinese_are_drawn_with_the_bundled_font(qtbot):
    families = register_fallback_fonts()
    assert "Droid Sans Fallback" in families
    box = _drawn("\ue000")  # a private-use character: no font draws it, so a box
    for text in ("한", "中", "あ"):
        assert _drawn(text) != box, text
        assert _drawn(text) != _drawn("\ue000\ue000"), text
    assert register_fallback_fonts() == families  # once
