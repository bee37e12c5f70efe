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


SAMPLES = {"Noto Sans Arabic": "مرحبا", "Noto Sans Hebrew": "שלום", "Noto Sans Devanagari": "नमस्ते",
           "Noto Sans Bengali": "বাংলা", "Noto Sans Tamil": "தமிழ்", "Noto Sans Kannada": "ಕನ್ನಡ",
           "Noto Sans Thai": "ไทย", "Noto Sans Khmer": "ខ្មែរ", "Noto Sans Myanmar": "မြန်မာ",
           "Noto Serif Tibetan": "བོད", "Noto Sans Ethiopic": "አማርኛ", "Wi Han Ext B": "𠀋",
           "Noto Color Emoji": "👍", "Noto Sans Sinhala": "සිංහල"}


def test_every_script_s_font_is_known_to_the_window_and_draws_its_script(qtbot):
    families = register_fallback_fonts()
    box = _drawn("\ue000")
    for family, text in SAMPLES.items():
        assert family in families, family
        assert _drawn(text) != box, family
