"""Small builders and the error style shared by the sign and amend dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases

ERROR_STYLE = "color: #b3261e;"


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at their natural width, left-aligned."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def _secret(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field



SHOWN_CHANGES = 6


def amendment_text(cases: UseCases, session_id: int) -> str:
    """For an amended record, what the new version will change, as rich text; "" otherwise."""
    from wi_desktop.core.record_diff import changes_since_signed, shortened
    from wi_desktop.ui.rich_text import escape_html

    if not cases.finalising.amendments(session_id):
        return ""
    found = changes_since_signed(cases, session_id, cases.clock.now_ms())
    if found is None:
        return ""
    version, changes = found
    if not changes:
        return f"An amendment of version {version}: nothing in the record has changed yet."
    lines = [f"{escape_html(c.what)}: {escape_html(shortened(c.old, 60))} → "
             f"{escape_html(shortened(c.new, 60))}" for c in changes[:SHOWN_CHANGES]]
    if len(changes) > SHOWN_CHANGES:
        lines.append(f"and {len(changes) - SHOWN_CHANGES} more, all listed in the summary")
    return (f"An amendment of version {version}. Changed since:<br>&nbsp;&nbsp;• "
            + "<br>&nbsp;&nbsp;• ".join(lines))
