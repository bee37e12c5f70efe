"""Shared formatting of dates, money and audit values, and small widget builders for the panels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.pay import format_hours, format_money, parse_days_text
from wi_desktop.core.templates import WorkerStatus
from wi_desktop.ui.accessible import describe_field
from wi_desktop.ui.session_model import day_and_month_names

if TYPE_CHECKING:
    from wi_desktop.ui.context import SessionContext

_MONEY = QRegularExpression(r"\d{0,7}([.,]\d{0,2})?")


# words for values ---------------------------------------------------------------
def format_day(day: dt.date) -> str:
    """``Wed 25 Nov 2026``, the day and month named in the program's language."""
    days, months = day_and_month_names()
    return f"{days[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def format_stamp(instant_ms: int) -> str:
    """Local date and time of an instant: ``25 Nov 2026 14:05``."""
    moment = dt.datetime.fromtimestamp(instant_ms / 1000)
    months = day_and_month_names()[1]
    return f"{moment.day} {months[moment.month - 1]} {moment.year} {moment:%H:%M}"


def parse_money(text: str) -> int | None:
    """Cents of an amount typed in currency units (``18``, ``18.5``, ``18,50``); empty: None."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        cents = Decimal(text) * 100
    except InvalidOperation:
        raise ValueError(f"“{text}” is not an amount.") from None
    if cents != cents.to_integral_value() or cents < 0:
        raise ValueError(f"“{text}” is not an amount in whole cents.")
    return int(cents)


def money_text(cents: int | None) -> str:
    return "" if cents is None else f"{Decimal(cents) / 100:.2f}"


def audit_value(field: str, value: str, currency: str, locale: str = "en_US") -> str:
    """A stored audit value (the core keeps str(value)) in words."""
    if not value:  # no correction yet: the hours were those the timers recorded
        return "as timed" if field.startswith("hours_override") else "—"
    if field == "paid":
        return {"True": "Paid", "False": "Unpaid"}.get(value, value)
    if field in ("hourly_rate_cents", "fixed_amount_cents") and value.isdigit():
        return format_money(int(value), currency, locale)
    if field == "hours_override_ms" and value.isdigit():
        return format_hours(int(value))
    if field == "hours_override_days":
        try:
            return ", ".join(f"{format_hours(ms)} on {format_day(day)}"
                             for day, ms in parse_days_text(value))
        except ValueError:
            return value
    if field == "worker_status" and value in {str(s) for s in WorkerStatus}:
        return WorkerStatus(value).label
    return " ".join(value.split())


class FinishedTextEdit(QPlainTextEdit):
    """A multi-line box that says when the observer has left it (Tab moves on)."""

    sig_finished = Signal()
    """Focus left the box: time to save what it holds."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        margins = self.contentsMargins()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * round(
            self.document().documentMargin()) + margins.top() + margins.bottom() + 4)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.sig_finished.emit()

    def set_text_quietly(self, text: str) -> None:
        if self.toPlainText() != text:
            blocked = self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(blocked)


# small builders -------------------------------------------------------------------
def _combo(parent: QWidget, items: list[str]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(items)
    return combo


def _choose(combo: QComboBox, index: int) -> None:
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(index)
    combo.blockSignals(blocked)


def _money_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent, placeholderText="0.00")
    edit.setValidator(QRegularExpressionValidator(_MONEY, edit))
    edit.setMaximumWidth(140)
    return edit


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleDescription("Columns: " + ", ".join(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on; arrows move inside it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in range(len(headers) - 2, len(headers)):  # the wordy ones share the rest
        header.setSectionResizeMode(max(column, 0), QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
    current = [tuple(_cell(table, r, c) for c in range(table.columnCount()))
               for r in range(table.rowCount())]
    if current == rows:
        return  # repainting every second: leave the selection alone
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


def _form(*rows: tuple[str | None, QWidget]) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for label, field in rows:
        if label is None:
            form.addRow(field)
        else:
            form.addRow(label, field)
            describe_field(label, field)
    return form


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _fit_rows(table: QTableWidget, rows: int) -> None:
    height = (table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
              + rows * table.verticalHeader().defaultSectionSize())
    table.setFixedHeight(height)


def _group(title: str, layout: QFormLayout, parent: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    box.setLayout(layout)
    return box


def scrolled(panel: QWidget, inner: QWidget) -> None:
    """PANEL shows INNER in a frameless scroll area filling it."""
    scroll = QScrollArea(panel)
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds, shown
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)


def show_failures_in(label: QLabel, context: SessionContext,
                     dialog: QDialog) -> Callable[[object], None]:
    """While DIALOG is open, the session's failed changes are told in LABEL (not only in
    the status bar behind it). Returns the function that shows one."""
    def show(error: object) -> None:
        label.setText(str(error))
        label.show()

    context.sig_failed.connect(show)
    dialog.finished.connect(lambda _result: context.sig_failed.disconnect(show))
    return show


class FittingScroll(QScrollArea):
    """A scroll area that asks for the whole of its content: on a screen with room the
    window shows everything, and only a small screen makes it scroll."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        width = max(self.viewport().width(), content.minimumSizeHint().width())
        if content.hasHeightForWidth():  # wrapped lines count at this width
            hint.setHeight(content.heightForWidth(width))
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), 120)
