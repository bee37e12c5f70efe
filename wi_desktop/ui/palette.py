"""The one place colours live: the program's tones (saved, error, running, muted…) in a
light and a dark version, each readable on its background (contrast ≥ 4.5:1, checked by
tests/ui/test_palette.py), and the choice of scheme: the system's, light or dark.

A widget is given a tone (`set_tone`), not a colour: its palette takes the tone's colour
for the scheme in force, and changes with it. Code that paints (models, delegates) asks
`colour(tone)` when it paints.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

if TYPE_CHECKING:
    from wi_desktop.wiring import Services

Scheme = Literal["system", "light", "dark"]
SCHEMES: tuple[Scheme, ...] = ("system", "light", "dark")
SCHEME_KEY = "colour_scheme"

# tone: (on light, on dark)
TONES: dict[str, tuple[str, str]] = {
    "ok": ("#18733a", "#6fd38f"),         # saved, a strength
    "error": ("#b3261e", "#ff8a80"),      # not saved, a concern, an overrun
    "running": ("#1565c0", "#82b8ff"),    # the running task
    "warning": ("#8a4b00", "#ffb95c"),    # scored with no evidence
    "unscored": ("#44546a", "#b4c0d0"),   # not scored yet
    "muted": ("#5f6368", "#a8adb3"),      # hints beside a heading
}
# the signature's paper: white with blue-black ink in either scheme, as on the PDF
PAPER, INK, GUIDE = "#ffffff", "#14264f", "#8a94a6"
# a write that failed: white on red in either scheme (contrast 6.2:1)
ALARM_STYLE = "color: #ffffff; background: #b3261e; font-weight: bold;"
BACKGROUNDS = ("#ffffff", "#1e1f22")  # what the tones are read on (base and window, darkest)
WINDOWS = ("#efefef", "#2b2d31")

_toned: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()
_state = {"forced": False}  # the dark palette set here, not by the style


def is_dark() -> bool:
    """Is the scheme in force dark? (The window's own palette says so.)"""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    window = app.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colour(tone: str) -> QColor:
    """TONE's colour in the scheme in force."""
    light, dark = TONES[tone]
    return QColor(dark if is_dark() else light)


def span(text: str, tone: str = "muted") -> str:
    """TEXT (already escaped) in TONE, for rich text."""
    return f"<span style='color:{colour(tone).name()}'>{text}</span>"


def set_tone(widget: QWidget, tone: str | None) -> None:
    """WIDGET's text in TONE (None: the palette's own text colour), now and after the
    scheme changes."""
    if tone is None:
        _toned.pop(widget, None)
        widget.setPalette(QPalette())
        return
    _toned[widget] = tone
    _paint(widget, tone)


def _paint(widget: QWidget, tone: str) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(role, colour(tone))
    widget.setPalette(palette)


def apply_scheme(choice: str) -> None:
    """Follow the system (SYSTEM), or force LIGHT or DARK; toned widgets follow."""
    from PySide6.QtCore import Qt

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        choice, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(wanted)  # Qt ≥ 6.8: the style's own light or dark palette
    if isinstance(app, QApplication):
        if choice == "dark" and not is_dark():
            app.setPalette(dark_palette())  # a style with no dark palette of its own
            _state["forced"] = True
        elif choice != "dark" and _state["forced"]:
            app.setPalette(app.style().standardPalette())  # the scheme's own again
            _state["forced"] = False
    repaint_toned()


SCHEME_NAMES = {"system": "As the &system", "light": "&Light", "dark": "&Dark"}


def fill_scheme_menu(menu: QMenu, services: Services) -> None:
    """View → Colours: the system's, light or dark; the choice is kept with the data."""
    from PySide6.QtGui import QActionGroup

    menu.clear()
    group = QActionGroup(menu)
    chosen = services.sessions.setting(SCHEME_KEY) or "system"
    for scheme in SCHEMES:
        action = menu.addAction(SCHEME_NAMES[scheme])
        action.setCheckable(True)
        action.setChecked(scheme == chosen)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, s=scheme: choose_scheme(services, s))


def apply_saved_scheme(services: Services) -> None:
    """At start: the scheme chosen in View → Colours, or the system's, followed as it
    switches between light and dark."""
    from wi_desktop.core.errors import WiError

    try:
        chosen = services.sessions.setting(SCHEME_KEY)
    except WiError:
        chosen = None
    if chosen in ("light", "dark"):
        apply_scheme(chosen)
        return
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: repaint_toned())


def choose_scheme(services: Services, scheme: str) -> None:
    services.sessions.remember(SCHEME_KEY, scheme)
    apply_scheme(scheme)


def repaint_toned() -> None:
    """Every toned widget in the scheme now in force (those Qt has deleted are let go)."""
    from shiboken6 import isValid

    for widget, tone in list(_toned.items()):
        if isValid(widget):
            _paint(widget, tone)
        else:
            _toned.pop(widget, None)


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, WINDOWS[1]), (roles.WindowText, "#e8e8e8"),
                        (roles.Base, BACKGROUNDS[1]), (roles.AlternateBase, "#26282c"),
                        (roles.Text, "#e8e8e8"), (roles.Button, "#33363b"),
                        (roles.ButtonText, "#e8e8e8"), (roles.Highlight, "#3d6fb6"),
                        (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#33363b"),
                        (roles.ToolTipText, "#e8e8e8"), (roles.PlaceholderText, "#a8adb3"),
                        (roles.Link, "#82b8ff"), (roles.Mid, "#4a4d52"),
                        (roles.Dark, "#151618"), (roles.Light, "#45484e")):
        palette.setColor(role, QColor(value))
    return palette


def contrast(foreground: str, background: str) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    def luminance(name: str) -> float:
        colour = QColor(name)
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928
                            else ((value + 0.055) / 1.055) ** 2.4)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
