"""Colours: one palette module, tones readable in light and dark (WCAG contrast ≥ 4.5:1),
View → Colours switches at once and is kept with the data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from wi_desktop.ui import palette
from wi_desktop.ui.mainwindow import MainWindow

UI = Path(palette.__file__).resolve().parent


@pytest.fixture(autouse=True)
def _light_again():
    yield
    palette.apply_scheme("light")


@pytest.mark.parametrize("tone", sorted(palette.TONES))
@pytest.mark.parametrize("scheme", [0, 1], ids=["light", "dark"])
def test_every_tone_reads_on_both_backgrounds_of_its_scheme(tone, scheme):
    foreground = palette.TONES[tone][scheme]
    for background in (palette.BACKGROUNDS[scheme], palette.WINDOWS[scheme]):
        assert palette.contrast(foreground, background) >= 4.5, (tone, scheme, background)


def test_the_dark_palette_s_own_text_reads_and_the_alarm_badge_too():
    dark = palette.dark_palette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            assert palette.contrast(dark.color(role).name(), dark.color(ground).name()) >= 4.5
    assert palette.contrast("#ffffff", "#b3261e") >= 4.5


def test_no_colour_is_written_outside_the_palette_module():
    """Hex colours, named greys and QColor literals live in ui/palette.py only."""
    import re

    written = re.compile(r"#[0-9a-fA-F]{6}\b|color:\s*(gray|grey|white|black)\b")
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "palette.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and written.search(node.value):
                found.append(f"{path.name}:{node.lineno}")
    assert not found


def test_view_colours_switches_toned_text_at_once_and_is_kept(qtbot, service):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    label = QLabel("Saved", window)
    palette.set_tone(label, "ok")
    light = label.palette().color(QPalette.ColorRole.WindowText).name()
    assert light == palette.TONES["ok"][0]
    window.colours_menu.aboutToShow.emit()
    names = [action.text() for action in window.colours_menu.actions()]
    assert names == ["As the &system", "&Light", "&Dark"]
    assert window.colours_menu.actions()[0].isChecked()
    window.colours_menu.actions()[2].trigger()
    assert palette.is_dark()
    app = QApplication.instance()
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == palette.TONES["ok"][1]
    assert service.sessions.setting(palette.SCHEME_KEY) == "dark"
    window.colours_menu.aboutToShow.emit()
    assert window.colours_menu.actions()[2].isChecked()
    # the next start opens dark
    palette.apply_scheme("light")
    assert not palette.is_dark()
    window.apply_saved_colours()
    assert palette.is_dark()
    window.colours_menu.actions()[1].trigger()
    assert not palette.is_dark()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == light


def test_a_toned_widget_qt_has_deleted_is_let_go_when_the_scheme_changes(qtbot):
    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Not saved", parent)
    palette.set_tone(label, "error")
    delete(label)  # as when a dialog holding it closes
    palette.apply_scheme("dark")  # no error
    assert palette.is_dark()
