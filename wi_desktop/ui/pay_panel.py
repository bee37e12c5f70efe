"""Pay for the interview: paid or not, basis and rate, hours from the timers, the total owed,
payroll fields and worker status, each change kept in an audit trail (who, when, why)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import format_duration
from wi_desktop.core.errors import ReasonRequired, ValidationError, WiError
from wi_desktop.core.pay import (
    PayAuditEntry,
    PayBasis,
    PayRecord,
    PayView,
    amount_owed_cents,
    format_hours,
    format_money,
    hours_worked,
)
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.correct_hours import ask_hours_correction, ask_reason
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.pay_words import (
    CURRENCIES,
    PAID_CHOICES,
    STATUS_CHOICES,
    correction_question,
    field_words,
    owed_words,
    words,
)
from wi_desktop.ui.widgets import (
    FinishedTextEdit,
    _choose,
    _combo,
    _fill,
    _fit_rows,
    _form,
    _group,
    _money_edit,
    _table,
    audit_value,
    format_day,
    format_stamp,
    money_text,
    parse_money,
    scrolled,
)

TICK_MS = 1000  # repaint only; hours and the total come from the core

def asks_for_reason(error: WiError) -> bool:
    """The core refused a correction only because it came without a reason."""
    return isinstance(error, ReasonRequired)


class _ReasonNeeded:
    """The core asked for a reason: not a failure yet, a question for the observer."""


class PayPanel(QWidget):
    """Pay, hours, payroll facts and worker status of the open session."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.money_locale = context.services.business.business().locale  # money as the documents
        self._pay = PayRecord()
        self._audit: list[PayAuditEntry] = []
        self._saving = False
        self._make_widgets()
        self._build()
        self._connect()
        self.refresh()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()

    def _make_widgets(self) -> None:
        self.paid_combo = _combo(self, [words(text) for _, text in PAID_CHOICES])
        self.reason_edit = QLineEdit(
            self, placeholderText=self.tr("Required, e.g. observation only"))
        self.reason_hint = QLabel(self.tr("Unpaid time needs a reason. Nothing is saved until "
                                          "you give one and press Enter."), self, wordWrap=True)
        set_tone(self.reason_hint, "error")
        self.basis_combo = _combo(self, [self.tr("Hourly"), self.tr("Fixed amount")])
        self.rate_edit = _money_edit(self)
        self.fixed_edit = _money_edit(self)
        self.currency_combo = _combo(self, list(CURRENCIES))
        self.owed_label = QLabel(self)
        self.owed_label.setObjectName("owedTotal")
        self.owed_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.owed_detail = QLabel(self, wordWrap=True)
        self.session_label = QLabel(self)
        self.tasks_label = QLabel(self)
        self.paid_hours_label = QLabel(self)
        self.days_table = _table(self, [self.tr("Date"), self.tr("Hours on the clock"),
                                        self.tr("Hours paid")])
        self.days_table.setAccessibleName(self.tr("Hours by day"))
        self.correct_button = QPushButton(self.tr("Correct hours…"), self)
        self.correct_button.setToolTip(self.tr("Set each day's paid hours, with a reason"))
        self.date_edit = QLineEdit(self, placeholderText=self.tr("YYYY-MM-DD, e.g. 2026-11-30"))
        self.method_edit = QLineEdit(
            self, placeholderText=self.tr("e.g. bank transfer with payroll"))
        self.address_edit = FinishedTextEdit(3, self)
        self.occupation_edit = QLineEdit(self)
        self.status_combo = _combo(self, [words(text) for _, text in STATUS_CHOICES])
        self.status_basis_edit = FinishedTextEdit(3, self)
        self.status_basis_edit.setPlaceholderText(
            self.tr("e.g. works under our direction, with our equipment, for one day"))
        self.audit_table = _table(self, [self.tr("When"), self.tr("Who"), self.tr("Field"),
                                         self.tr("Old → new"), self.tr("Why")])
        self.audit_table.setAccessibleName(self.tr("Audit trail"))

    def _build(self) -> None:
        terms = _form((self.tr("Paid?"), self.paid_combo),
                      (self.tr("Reason unpaid:"), self.reason_edit), (None, self.reason_hint),
                      (self.tr("Basis:"), self.basis_combo),
                      (self.tr("Hourly rate:"), self.rate_edit),
                      (self.tr("Fixed amount:"), self.fixed_edit),
                      (self.tr("Currency:"), self.currency_combo))
        self._terms = terms
        hours = _form((self.tr("Session clock:"), self.session_label),
                      (self.tr("Time on tasks:"), self.tasks_label),
                      (self.tr("Paid hours:"), self.paid_hours_label), (None, self.days_table),
                      (None, self.correct_button))
        owed = _form((None, self.owed_label), (None, self.owed_detail))
        payroll = _form((self.tr("Payment date:"), self.date_edit),
                        (self.tr("Payment method:"), self.method_edit),
                        (self.tr("Candidate address:"), self.address_edit),
                        (self.tr("Occupation:"), self.occupation_edit))
        status = _form((self.tr("Worker status:"), self.status_combo),
                       (self.tr("Basis for this status:"), self.status_basis_edit))
        self.audit_table.setMinimumHeight(150)
        inner = QWidget(self)
        grid = QGridLayout(inner)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, groups in ((left, ((self.tr("Pay"), terms), (self.tr("Total owed"), owed),
                                       (self.tr("Worker status"), status))),
                               (right, ((self.tr("Hours worked"), hours),
                                        (self.tr("Payroll record"), payroll)))):
            for title, form in groups:
                column.addWidget(_group(title, form, inner))
            column.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(_group(self.tr("Audit trail"), _form((None, self.audit_table)), inner),
                       1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        scrolled(self, inner)
        chain = (self.paid_combo, self.reason_edit, self.basis_combo, self.rate_edit,
                 self.fixed_edit, self.currency_combo, self.status_combo,
                 self.status_basis_edit, self.days_table, self.correct_button, self.date_edit,
                 self.method_edit, self.address_edit, self.occupation_edit, self.audit_table)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # down the left column, then the right

    def _connect(self) -> None:
        self.paid_combo.currentIndexChanged.connect(self._paid_chosen)
        self.reason_edit.editingFinished.connect(self._reason_finished)
        self.basis_combo.currentIndexChanged.connect(
            lambda i: self.save({"basis": (PayBasis.HOURLY, PayBasis.FIXED)[i]}))
        self.currency_combo.currentIndexChanged.connect(
            lambda: self.save({"currency": self.currency_combo.currentText()}))
        self.status_combo.currentIndexChanged.connect(
            lambda i: self.save({"worker_status": STATUS_CHOICES[i][0]}))
        for edit, name in ((self.rate_edit, "hourly_rate_cents"),
                           (self.fixed_edit, "fixed_amount_cents")):
            edit.editingFinished.connect(lambda e=edit, n=name: self._money_finished(n, e))
        for line, name in ((self.date_edit, "payment_date"), (self.method_edit,
                           "payment_method"), (self.occupation_edit, "occupation")):
            line.editingFinished.connect(lambda e=line, n=name: self.save({n: e.text().strip()}))
        for box, name in ((self.address_edit, "candidate_address"),
                          (self.status_basis_edit, "worker_status_basis")):
            box.sig_finished.connect(
                lambda b=box, n=name: self.save({n: b.toPlainText().strip()}))
        self.correct_button.clicked.connect(self.correct_hours)
        self.context.sig_changed.connect(self._changed)

    def _changed(self, change: Change) -> None:
        if change.pay is not None:
            self._pay = change.pay
            self._audit.extend(change.pay_audit)
            self._show_held()
        elif change.timers_changed:
            self.tick()  # a timer started or stopped: the hours moved

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.audit_table.scrollToBottom()  # newest last, and in sight
        self.tick()

    # showing what is stored -------------------------------------------------
    def refresh(self) -> None:
        """Read the stored record and show it (on opening, and when an amendment reopens
        the record); later changes arrive as published changes."""
        view = self.context.services.pay.pay_view(self.context.session_id)
        self._pay, self._audit = view.pay, list(view.audit)
        self._show_held()

    def _show_held(self) -> None:
        """Show the record as last stored: after a change, or to undo a refused edit."""
        workspace, pay = self.context.workspace, self._pay
        hours = hours_worked(workspace.session, workspace.tasks, self.context.now_ms(), pay)
        view = PayView(pay, hours, amount_owed_cents(pay, hours), tuple(self._audit))
        self._show_terms(pay)
        self._show_payroll(pay)
        self._show_hours(view)
        self._show_audit(view)

    def tick(self) -> None:
        """Repaint hours and the total while the session clock runs: from the timers the
        window already holds and the pay record last read, without reading the file."""
        if not self.isVisible() or self._saving:
            return
        workspace, pay = self.context.workspace, self._pay
        hours = hours_worked(workspace.session, workspace.tasks, self.context.now_ms(), pay)
        self._show_hours(PayView(pay, hours, amount_owed_cents(pay, hours), ()))

    def _show_terms(self, pay: PayRecord) -> None:
        _choose(self.paid_combo, [v for v, _ in PAID_CHOICES].index(pay.paid))
        _choose(self.basis_combo, 1 if pay.basis is PayBasis.FIXED else 0)
        if self.currency_combo.findText(pay.currency) < 0:
            self.currency_combo.addItem(pay.currency)
        _choose(self.currency_combo, self.currency_combo.findText(pay.currency))
        self.reason_edit.setText(pay.unpaid_reason)
        self.rate_edit.setText(money_text(pay.hourly_rate_cents))
        self.fixed_edit.setText(money_text(pay.fixed_amount_cents))
        self._show_rows(pay.paid)

    def _show_rows(self, paid: bool | None) -> None:
        fixed = self.basis_combo.currentIndex() == 1
        self._terms.setRowVisible(self.reason_edit, paid is False)
        self._terms.setRowVisible(self.reason_hint, paid is False and not self._pay.unpaid_reason)
        self._terms.setRowVisible(self.rate_edit, not fixed)
        self._terms.setRowVisible(self.fixed_edit, fixed)

    def _show_payroll(self, pay: PayRecord) -> None:
        self.date_edit.setText(pay.payment_date)
        self.method_edit.setText(pay.payment_method)
        self.address_edit.set_text_quietly(pay.candidate_address)
        self.occupation_edit.setText(pay.occupation)
        statuses = [value for value, _ in STATUS_CHOICES]
        _choose(self.status_combo, statuses.index(pay.worker_status)
                if pay.worker_status in statuses else 0)
        self.status_basis_edit.set_text_quietly(pay.worker_status_basis)

    def _show_hours(self, view: PayView) -> None:
        hours, pay = view.hours, view.pay
        self.session_label.setText(f"{format_hours(hours.session_ms)}  "
                                   f"({format_duration(hours.session_ms)})")
        self.tasks_label.setText(f"{format_hours(hours.task_ms)}  "
                                 f"({format_duration(hours.task_ms)})")
        source = (self.tr("corrected by hand; see the audit trail")
                  if hours.override_ms is not None else self.tr("from the session clock"))
        self.paid_hours_label.setText(f"<b>{format_hours(hours.paid_ms)}</b> ({source})")
        timed, paid = dict(hours.per_day), dict(hours.paid_per_day)
        days = sorted(set(timed) | set(paid))
        _fill(self.days_table, [(format_day(day),
                                 format_hours(timed[day]) if day in timed else "—",
                                 format_hours(paid[day]) if day in paid else "—")
                                for day in days])
        _fit_rows(self.days_table, max(1, min(3, len(days))))
        self.owed_label.setText(format_money(view.owed_cents, pay.currency, self.money_locale))
        self.owed_detail.setText(owed_words(pay, hours, self.money_locale))

    def _show_audit(self, view: PayView) -> None:
        currency, locale = view.pay.currency, self.money_locale
        rows = [(format_stamp(e.changed_ms), e.changed_by, field_words(e.field),
                 f"{audit_value(e.field, e.old_value, currency, locale)} → "
                 f"{audit_value(e.field, e.new_value, currency, locale)}", e.reason)
                for e in view.audit]
        _fill(self.audit_table, rows)
        self.audit_table.scrollToBottom()

    # changing it --------------------------------------------------------------
    def _paid_chosen(self, index: int) -> None:
        paid = PAID_CHOICES[index][0]
        reason = self.reason_edit.text().strip()
        if paid is False and not reason:
            self._show_rows(False)  # ask for the required reason in place first
            self._terms.setRowVisible(self.reason_hint, True)
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save({"paid": paid, "unpaid_reason": reason} if paid is False else {"paid": paid})

    def _reason_finished(self) -> None:
        reason = self.reason_edit.text().strip()
        if PAID_CHOICES[self.paid_combo.currentIndex()][0] is False and self._pay.paid is not False:
            self.save({"paid": False, "unpaid_reason": reason})  # empty: the core says why not
        elif self._pay.paid is False:
            self.save({"unpaid_reason": reason})

    def _money_finished(self, name: str, edit: QLineEdit) -> None:
        try:
            cents = parse_money(edit.text())
        except ValueError as error:
            refusal = ValidationError(str(error))
            self.context.run(lambda: _raise(refusal))
            self._show_held()
            return
        self.save({name: cents})

    def correct_hours(self) -> None:
        """Ask for the paid hours of each day and why; both go into the audit trail."""
        context = self.context
        session, pay = context.workspace.session, self._pay
        hours = hours_worked(session, context.workspace.tasks, context.now_ms(), pay)
        session_day = dt.datetime.fromtimestamp(session.created_ms / 1000).date()
        answer = ask_hours_correction(self, hours, session_day)
        if answer is None:
            return
        days, reason = answer
        services, who = context.services, session.observer_name
        if days is None:
            context.apply(lambda: services.pay.clear_hours_correction(
                context.session_id, changed_by=who, reason=reason))
        else:
            context.apply(lambda: services.pay.correct_hours(
                context.session_id, days, changed_by=who, reason=reason))

    def save(self, changes: dict[str, Any], reason: str = "") -> bool:
        """Commit CHANGES. When the core calls them a correction, ask why and try again;
        whatever happens, the fields then show what the data file holds."""
        if self._saving:
            return False
        if all(getattr(self._pay, name) == value for name, value in changes.items()):
            self._show_rows(self._pay.paid)
            return True
        self._saving = True
        try:
            result = self.context.run(lambda: self._write(changes, reason))
            if isinstance(result, _ReasonNeeded):
                given = ask_reason(self, self._reason_prompt(changes))
                result = self.context.run(lambda: self._write(changes, given)) if given else None
        finally:
            self._saving = False
        if isinstance(result, Change):
            self.context.publish(result)
            return True
        self._show_held()  # refused or cancelled: the fields show what the file holds
        return False

    def _write(self, changes: dict[str, Any], reason: str) -> Change | _ReasonNeeded:
        try:
            return self.context.services.pay.update_pay(
                self.context.session_id, changes, reason=reason,
                changed_by=self.context.workspace.session.observer_name)
        except ValidationError as error:
            if reason or not asks_for_reason(error):
                raise
            return _ReasonNeeded()

    def _reason_prompt(self, changes: dict[str, Any]) -> str:
        currency, locale = changes.get("currency", self._pay.currency), self.money_locale
        lines = [f"{field_words(name)}: "
                 f"{audit_value(name, _stored(getattr(self._pay, name)), currency, locale)} → "
                 f"{audit_value(name, _stored(value), currency, locale)}"
                 for name, value in changes.items() if getattr(self._pay, name) != value]
        return correction_question(lines)


# small builders -------------------------------------------------------------------
def _stored(value: object) -> str:
    return "" if value is None else str(value)


def _raise(error: WiError) -> None:
    raise error
