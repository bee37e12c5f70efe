"""The shape of a small question dialog: a few words, a form, OK and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from wi_desktop.ui.accessible import describe_forms
from wi_desktop.ui.screen_fit import fit_to_screen


def lay_out_form(dialog: QDialog, intro: str, form: QFormLayout, width: int) -> QDialogButtonBox:
    """Put INTRO (wrapped), FORM and OK/Cancel in DIALOG, WIDTH wide; returns the buttons."""
    words = QLabel(intro, dialog)
    words.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(words)
    layout.addLayout(form)
    layout.addWidget(buttons)
    fit_to_screen(dialog, QSize(width, dialog.sizeHint().height()))
    describe_forms(dialog)
    return buttons


def allow_ok(buttons: QDialogButtonBox, allowed: bool) -> None:
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setEnabled(allowed)
