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

