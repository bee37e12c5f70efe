"""The tabs of a session's workspace behind Observe (Scores & evidence, Pay, Agreements &
feedback): made the first time they are shown, and turned read-only with the record."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.ui.context import SessionContext

TAB_TITLES = ("&Observe", "Scores && e&vidence", "&Pay", "&Agreements && feedback")
SCORES, PAY, AGREEMENTS = 1, 2, 3


def make_panel(index: int, context: SessionContext, parent: QWidget) -> QWidget:
    """The panel of tab INDEX (its module is read only now)."""
    if index == SCORES:
        from wi_desktop.ui.scoring_panel import ScoringPanel

        return ScoringPanel(context, parent)
    if index == PAY:
        from wi_desktop.ui.pay_panel import PayPanel

        return PayPanel(context, parent)
    from wi_desktop.ui.agreements_panel import AgreementsPanel

    return AgreementsPanel(context, parent)


def set_editable(panel: QWidget, editable: bool, keep: tuple[QWidget, ...] = ()) -> None:
    """A finalised record can be read, not changed: inputs read-only, controls disabled."""
    edits: list[QLineEdit | QPlainTextEdit | QTextEdit] = [
        *panel.findChildren(QLineEdit), *panel.findChildren(QPlainTextEdit),
        *panel.findChildren(QTextEdit)]
    for edit in edits:
        edit.setReadOnly(not editable)
    controls: list[QWidget] = [
        *panel.findChildren(QAbstractButton), *panel.findChildren(QComboBox),
        *panel.findChildren(QAbstractSpinBox)]
    for control in controls:
        if control not in keep:
            control.setEnabled(editable)



def remembered_sizes(context: SessionContext, key: str, count: int) -> list[int] | None:
    """The widths of a splitter's COUNT parts as the observer last left them."""
    try:
        saved = context.services.sessions.setting(key) or ""
    except WiError:
        return None
    parts = saved.split(",")
    try:
        sizes = [int(p) for p in parts]
    except ValueError:  # not ours: the default widths do
        return None
    if len(sizes) != count or not all(0 < size <= 10_000 for size in sizes):
        return None
    return sizes


def remember_sizes(context: SessionContext, key: str, sizes: list[int]) -> None:
    """Keep a splitter's widths for the next session (only when they changed)."""
    if not sizes or not all(sizes):
        return
    text = ",".join(str(size) for size in sizes)
    try:
        kept = context.services.sessions.setting(key)
    except WiError:
        kept = None
    if text != kept:
        context.attempt(lambda: context.services.sessions.remember(key, text))
