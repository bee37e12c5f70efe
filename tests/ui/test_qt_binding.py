"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to None on every call that returns nothing. Python 3.12+
makes None immortal, but on 3.11 the program aborts ("deallocating None") after a few
thousand keystrokes or label updates. This test fails on such a binding.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit


def _none_refs_lost(action, times=2000):
    before = sys.getrefcount(None)
    for _ in range(times):
        action()
    return before - sys.getrefcount(None)


def test_setting_text_keeps_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    assert _none_refs_lost(lambda: label.setText("Saved 12:00:00")) < 200


def test_typing_keeps_none_alive(qtbot):
    entry = QLineEdit()
    qtbot.addWidget(entry)
    assert _none_refs_lost(lambda: qtbot.keyClick(entry, Qt.Key.Key_A)) < 200
