"""What a screen reader says of a control: its name (what it is) and its description (what
it does, or what goes in it), and the announcements of what just happened (a note saved).

A field in a form is named by its label; the description comes from the words the field
already shows a sighted user (its tooltip or placeholder, or a choice's options). A control
with no label gets its name and description where it is made (`describe`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def describe(widget: QWidget, name: str, description: str) -> None:
    """WIDGET's accessible NAME and DESCRIPTION."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def describe_field(label: str, field: QWidget) -> None:
    """A form's FIELD, named by its LABEL (without the colon), described by what it shows:
    its tooltip, its placeholder, or for a choice its options."""
    if not field.accessibleName():
        field.setAccessibleName(label.replace("&", "").rstrip(":?").strip())
    if field.accessibleDescription():
        return
    description = field.toolTip()
    if not description and isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit):
        description = field.placeholderText()
    if not description and isinstance(field, QComboBox):
        choices = [field.itemText(index) for index in range(field.count())]
        description = QCoreApplication.translate("Accessible", "One of: {choices}").format(
            choices=", ".join(choices)) if choices else ""
    if not description:
        description = QCoreApplication.translate(
            "Accessible", "{field}, saved as you leave the field").format(
                field=field.accessibleName())
    field.setAccessibleDescription(description)


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say MESSAGE now (a note saved), without moving the focus."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


def describe_forms(root: QWidget) -> None:
    """Every labelled field of every form under ROOT, named by its label (describe_field)."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            shown = label.widget() if label is not None else None
            widget = field.widget() if field is not None else None
            if isinstance(shown, QLabel) and widget is not None and shown.text():
                describe_field(shown.text(), widget)
