"""The pay panel over a real data file: the total follows rate and timers, corrections need
a reason and leave an audit row, refusals are shown in words and the field reverts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from wi_desktop.core.model import NewSession
from wi_desktop.core.pay import MS_PER_HOUR, PayBasis
from wi_desktop.core.templates import WorkerStatus, load_shipped_templates
from wi_desktop.ui import pay_panel
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.correct_hours import HoursDialog, parse_hours
from wi_desktop.ui.pay_panel import PayPanel
from wi_desktop.ui.widgets import audit_value, parse_money

UNPAID, PAID = 2, 1
FIXED = 1


@pytest.fixture
def context(service, session_id):
    return SessionContext(service, session_id)


@pytest.fixture
def panel(qtbot, context):
    widget = PayPanel(context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def stored(context):
    return context.services.pay.pay_view(context.session_id).pay


def enter(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def start_first_task(context):
    service, sid = context.services, context.session_id
    context.workspace = service.sessions.start_task(sid,
                                                    service.sessions.workspace(sid).tasks[0].id)


def audit_rows(panel):
    table = panel.audit_table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_paid_and_rate_give_the_total_owed_stored_in_cents(qtbot, panel, context, clock):
    start_first_task(context)
    clock.advance(2 * 3600)
    panel.paid_combo.setCurrentIndex(PAID)
    enter(qtbot, panel.rate_edit, "18.50")
    pay = stored(context)
    assert (pay.paid, pay.hourly_rate_cents) == (True, 1850)
    assert panel.owed_label.text() == "$37.00"
    assert panel.owed_detail.text() == "$18.50 an hour × 2 h 00 min"
    assert panel.rate_edit.text() == "18.50"


def test_total_repaints_while_the_session_clock_runs(qtbot, panel, context, clock):
    start_first_task(context)
    panel.paid_combo.setCurrentIndex(PAID)
    enter(qtbot, panel.rate_edit, "20")
    clock.advance(90 * 60)
    qtbot.waitUntil(lambda: panel.owed_label.text() == "$30.00", timeout=2500)
    assert panel.session_label.text().startswith("1.50 h")


def test_fixed_amount_replaces_the_rate(qtbot, panel, context):
    panel.paid_combo.setCurrentIndex(PAID)
    panel.basis_combo.setCurrentIndex(FIXED)
    assert panel.fixed_edit.isVisible() and not panel.rate_edit.isVisible()
    enter(qtbot, panel.fixed_edit, "150")
    pay = stored(context)
    assert (pay.basis, pay.fixed_amount_cents) == (PayBasis.FIXED, 15000)
    assert panel.owed_label.text() == "$150.00"


def test_currency_changes_how_the_total_is_written(qtbot, panel, context):
    panel.paid_combo.setCurrentIndex(PAID)
    panel.basis_combo.setCurrentIndex(FIXED)
    enter(qtbot, panel.fixed_edit, "80")
    panel.currency_combo.setCurrentText("EUR")
    assert stored(context).currency == "EUR"
    assert panel.owed_label.text() == "€80.00"


def test_correcting_hours_needs_a_reason_and_leaves_an_audit_row(qtbot, panel, context, clock,
                                                                 monkeypatch):
    start_first_task(context)
    clock.advance(3 * 3600)
    today = dt.datetime.fromtimestamp(clock.now_ms() / 1000).date()
    dialog = HoursDialog(context.services.pay.pay_view(context.session_id).hours, today, panel)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    [day_edit] = dialog.day_edits  # one day: one field, holding what is paid now
    assert not dialog.total.isVisibleTo(dialog)  # no total of one day
    assert day_edit.text() == "3:00"
    day_edit.setText("2:30")
    assert not ok.isEnabled()
    assert "why" in dialog.problem.text().lower()
    dialog.reason_edit.setText("Timer left running over lunch")
    assert ok.isEnabled()
    assert dialog.value() == ([(today, int(2.5 * MS_PER_HOUR))], "Timer left running over lunch")

    monkeypatch.setattr(pay_panel, "ask_hours_correction",
                        lambda parent, hours, day: ([(today, int(2.5 * MS_PER_HOUR))],
                                                    "Timer left running"))
    with qtbot.waitSignal(context.sig_changed, timeout=1000):
        panel.correct_button.click()
    assert stored(context).hours_override_ms == 2.5 * MS_PER_HOUR
    rows = {row[2]: row for row in audit_rows(panel)}
    when, who, field, change, why = rows["Hours (corrected)"]
    assert (who, change, why) == ("Pat Kim", "as timed → 2.50 h", "Timer left running")
    assert rows["Hours each day (corrected)"][3].startswith("as timed → 2.50 h on ")
    assert panel.paid_hours_label.text().startswith("<b>2.50 h</b>")


def test_a_session_over_midnight_is_corrected_day_by_day(qtbot, panel, context, clock):
    late = dt.datetime.combine(dt.date(2026, 11, 25), dt.time(22, 0))
    clock.set(int(late.timestamp() * 1000))
    start_first_task(context)
    clock.advance(3 * 3600)
    context.services.sessions.end_session(context.session_id)
    hours = context.services.pay.pay_view(context.session_id).hours
    dialog = HoursDialog(hours, dt.date(2026, 11, 25), panel)
    qtbot.addWidget(dialog)
    assert [edit.text() for edit in dialog.day_edits] == ["2:00", "1:00"]
    dialog.day_edits[1].setText("0:30")
    dialog.reason_edit.setText("Half an hour break after midnight")
    assert dialog.total.text() == "2.50 h"
    context.services.pay.correct_hours(context.session_id, dialog.value()[0],
                                 changed_by="Pat Kim", reason=dialog.value()[1])
    panel.refresh()
    days = [[panel.days_table.item(r, c).text() for c in range(3)]
            for r in range(panel.days_table.rowCount())]
    assert days == [["Wed 25 Nov 2026", "2.00 h", "2.00 h"],
                    ["Thu 26 Nov 2026", "1.00 h", "0.50 h"]]
    dialog.day_edits[0].setText("25")
    assert "24 hours" in dialog.problem.text()


def test_hours_without_a_reason_are_not_saved(panel, context, monkeypatch):
    asked = []
    monkeypatch.setattr(pay_panel, "ask_reason", lambda parent, prompt: asked.append(prompt))
    assert not panel.save({"hours_override_ms": MS_PER_HOUR})
    assert asked and "Hours (corrected): as timed → 1.00 h" in asked[0]
    assert stored(context).hours_override_ms is None


def test_changing_an_entered_value_asks_why_and_cancel_reverts(qtbot, panel, context,
                                                               monkeypatch):
    enter(qtbot, panel.rate_edit, "18")
    failures = []
    context.sig_failed.connect(failures.append)
    monkeypatch.setattr(pay_panel, "ask_reason", lambda parent, prompt: None)
    enter(qtbot, panel.rate_edit, "20")
    assert stored(context).hourly_rate_cents == 1800
    assert panel.rate_edit.text() == "18.00"
    assert failures == []

    monkeypatch.setattr(pay_panel, "ask_reason", lambda parent, prompt: "Agreed $20 by phone")
    enter(qtbot, panel.rate_edit, "20")
    assert stored(context).hourly_rate_cents == 2000
    assert audit_rows(panel)[-1][1:] == ["Pat Kim", "Hourly rate", "$18.00 → $20.00",
                                         "Agreed $20 by phone"]
    assert audit_rows(panel)[0][1:] == ["Pat Kim", "Hourly rate", "— → $18.00",
                                        "first entry"]


def test_unpaid_without_a_reason_is_refused_in_words(qtbot, panel, context):
    panel.paid_combo.setCurrentIndex(UNPAID)
    assert panel.reason_edit.isVisible() and panel.reason_hint.isVisible()
    assert stored(context).paid is None  # nothing saved until the reason is given
    with qtbot.waitSignal(context.sig_failed, timeout=1000) as failed:
        qtbot.keyClick(panel.reason_edit, Qt.Key.Key_Return)
    assert "Unpaid time needs a stated reason" in failed.args[0].message
    assert stored(context).paid is None
    assert panel.paid_combo.currentText() == "Not decided"

    panel.paid_combo.setCurrentIndex(UNPAID)
    enter(qtbot, panel.reason_edit, "Observation only, no productive work")
    pay = stored(context)
    assert (pay.paid, pay.unpaid_reason) == (False, "Observation only, no productive work")
    assert panel.owed_label.text() == "$0.00"
    assert not panel.reason_hint.isVisible()


def test_a_bad_payment_date_is_shown_and_reverted(qtbot, panel, context):
    with qtbot.waitSignal(context.sig_failed, timeout=1000) as failed:
        enter(qtbot, panel.date_edit, "30/11/2026")
    assert "2026-11-30" in failed.args[0].message
    assert panel.date_edit.text() == ""
    enter(qtbot, panel.date_edit, "2026-11-30")
    assert stored(context).payment_date == "2026-11-30"


def test_worker_status_and_payroll_fields_persist(qtbot, panel, context):
    panel.status_combo.setCurrentIndex(2)
    panel.status_basis_edit.setFocus()
    qtbot.keyClicks(panel.status_basis_edit, "Own tools, own hours, invoices us")
    panel.occupation_edit.setFocus()  # leaving the box saves it
    qtbot.waitUntil(lambda: stored(context).worker_status_basis != "", timeout=1000)
    enter(qtbot, panel.occupation_edit, "Dental assistant")
    pay = stored(context)
    assert pay.worker_status == WorkerStatus.CONTRACTOR
    assert pay.worker_status_basis == "Own tools, own hours, invoices us"
    again = PayPanel(context)
    qtbot.addWidget(again)
    assert again.status_combo.currentText() == "Independent contractor"
    assert again.status_basis_edit.toPlainText() == "Own tools, own hours, invoices us"
    assert again.occupation_edit.text() == "Dental assistant"


def test_hours_each_day_split_at_local_midnight(qtbot, service, clock):
    clock.set(int(dt.datetime(2026, 11, 25, 23, 0).timestamp() * 1000))
    template = load_shipped_templates()[0]
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"), template=template)
    context = SessionContext(service, sid)
    start_first_task(context)
    clock.advance(2 * 3600)
    panel = PayPanel(context)
    qtbot.addWidget(panel)
    table = panel.days_table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows == [("Wed 25 Nov 2026", "1.00 h"), ("Thu 26 Nov 2026", "1.00 h")]
    assert panel.occupation_edit.text() == template.name  # the template's default


def test_typed_amounts_and_hours_are_parsed_exactly():
    assert parse_money("18,5") == 1850
    assert parse_money("0.07") == 7
    assert parse_money("  ") is None
    with pytest.raises(ValueError):
        parse_money(".")
    assert parse_hours("2:30") == parse_hours("2.5") == parse_hours("2,5") == 9_000_000
    for bad in ("2:75", "two", "-1", ""):
        with pytest.raises(ValueError):
            parse_hours(bad)
    assert audit_value("paid", "False", "USD") == "Unpaid"
    assert audit_value("worker_status", "employee", "USD") == "Employee for the day"
    assert audit_value("candidate_address", "1 Main St\nSpringfield", "USD") == \
        "1 Main St Springfield"


def test_changing_the_paid_decision_later_is_a_correction(qtbot, panel, context, monkeypatch):
    panel.paid_combo.setCurrentIndex(PAID)
    prompts = []
    monkeypatch.setattr(pay_panel, "ask_reason",
                        lambda parent, prompt: prompts.append(prompt) or "Trial shift only")
    panel.paid_combo.setCurrentIndex(UNPAID)
    enter(qtbot, panel.reason_edit, "Observation only")
    assert "Paid?: Paid → Unpaid" in prompts[0]
    pay = stored(context)
    assert (pay.paid, pay.unpaid_reason) == (False, "Observation only")
    assert audit_rows(panel)[-1][2:] == ["Reason unpaid", "— → Observation only",
                                         "Trial shift only"]


def test_a_finalised_session_refuses_changes_and_shows_the_stored_value(qtbot, panel, context):
    record, sid = context.services, context.session_id
    record.finalising.finalise(sid, acknowledged=record.finalising.finalise_warnings(sid))
    with qtbot.waitSignal(context.sig_failed, timeout=1000) as failed:
        enter(qtbot, panel.method_edit, "Cash")
    assert "finalised" in failed.args[0].message
    assert panel.method_edit.text() == ""
    assert stored(context).payment_method == ""


def test_the_total_says_what_is_missing(qtbot, panel):
    assert panel.owed_label.text() == "$0.00"
    assert "Decide whether this time is paid" in panel.owed_detail.text()
    panel.paid_combo.setCurrentIndex(PAID)
    assert panel.owed_detail.text() == "Enter the hourly rate."


def test_a_template_session_opens_with_its_defaults(qtbot, service):
    template = next(t for t in load_shipped_templates() if t.name == "Dental assistant")
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"), template=template)
    panel = PayPanel(SessionContext(service, sid))
    qtbot.addWidget(panel)
    expected = "Paid" if template.agreements.paid else "Unpaid"
    assert panel.paid_combo.currentText() == expected
    assert panel.status_combo.currentText() == template.agreements.worker_status.label
    assert panel.audit_table.rowCount() == 0  # defaults are not entries by anyone


def test_the_hours_dialog_says_what_is_wrong_with_the_hours(qtbot, panel, context):
    dialog = HoursDialog(context.services.pay.pay_view(context.session_id).hours,
                         dt.date(2026, 11, 25), panel)
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("Forgot to stop the timer")
    dialog.day_edits[0].setText("2:75")
    assert "h:mm" in dialog.problem.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_total_corrected_before_days_were_kept_is_shown_in_the_dialog(qtbot, panel):
    from wi_desktop.core.pay import Hours

    day1, day2 = dt.date(2026, 11, 25), dt.date(2026, 11, 26)
    older = Hours(session_ms=9 * MS_PER_HOUR, task_ms=0,
                  per_day=((day1, 5 * MS_PER_HOUR), (day2, 4 * MS_PER_HOUR)),
                  override_ms=6 * MS_PER_HOUR)
    dialog = HoursDialog(older, day1, panel)
    qtbot.addWidget(dialog)
    earlier = dialog.findChild(type(dialog.total), "earlierTotal")
    assert earlier is not None and "6.00 h in all" in earlier.text()


def test_hours_corrected_before_the_timers_ran_keep_their_day(qtbot, panel, context, clock):
    record, sid = context.services, context.session_id
    first_day = dt.datetime.fromtimestamp(clock.now_ms() / 1000).date()
    record.pay.correct_hours(sid, [(first_day, MS_PER_HOUR)], changed_by="Pat Kim",
                         reason="Paid an hour of induction")
    clock.advance(24 * 3600)  # the tasks are run the next day
    start_first_task(context)
    clock.advance(2 * 3600)
    panel.refresh()
    rows = [[panel.days_table.item(r, c).text() for c in range(3)]
            for r in range(panel.days_table.rowCount())]
    assert [r[1:] for r in rows] == [["—", "1.00 h"], ["2.00 h", "—"]]
    hours = record.pay.pay_view(sid).hours
    dialog = HoursDialog(hours, first_day, panel)
    qtbot.addWidget(dialog)
    assert [edit.text() for edit in dialog.day_edits] == ["1:00", "2:00"]


def test_a_correction_can_be_dropped_to_pay_the_timed_hours_again(qtbot, panel, context,
                                                                  clock, monkeypatch):
    start_first_task(context)
    clock.advance(3 * 3600)
    today = dt.datetime.fromtimestamp(clock.now_ms() / 1000).date()
    record, sid = context.services, context.session_id
    record.pay.correct_hours(sid, [(today, 2 * MS_PER_HOUR)], changed_by="Pat Kim",
                         reason="Lunch break")
    hours = record.pay.pay_view(sid).hours
    dialog = HoursDialog(hours, today, panel)
    qtbot.addWidget(dialog)
    assert dialog.timed_button.isVisibleTo(dialog)
    dialog.timed_button.click()  # no reason yet: asked for one, nothing happens
    assert "why" in dialog.problem.text().lower() and not dialog.back_to_timed
    dialog.reason_edit.setText("The break was paid after all")
    dialog.timed_button.click()
    assert dialog.value() == (None, "The break was paid after all")
    monkeypatch.setattr(pay_panel, "ask_hours_correction", lambda *a: dialog.value())
    panel.correct_button.click()
    pay = stored(context)
    assert pay.hours_override_ms is None and pay.hours_override_days == ""
    assert record.pay.pay_view(sid).hours.paid_ms == 3 * MS_PER_HOUR
    assert audit_rows(panel)[-1][4] == "The break was paid after all"


def test_money_in_the_tab_reads_as_in_the_documents_for_the_business_locale(
        qtbot, service, session_id):
    from wi_desktop.core.business import Business

    service.business.set_business(Business(name="Café Nord", currency="EUR", locale="de_DE"))
    service.pay.update_pay(session_id, {"paid": True, "hourly_rate_cents": 123456,
                                        "currency": "EUR"}, changed_by="Pat Kim")
    widget = PayPanel(SessionContext(service, session_id))
    qtbot.addWidget(widget)
    assert widget.owed_detail.text().startswith("1.234,56\xa0€ an hour")  # as Babel writes it


def test_the_pay_tab_s_worker_statuses_are_core_s_own_in_its_order():
    """ui/pay_words spells the statuses out for the translators: they stay core's."""
    from wi_desktop.core.templates import WorkerStatus
    from wi_desktop.ui.pay_words import STATUS_CHOICES

    assert [(value, text) for value, text in STATUS_CHOICES[1:]] == [
        (str(status), status.label) for status in WorkerStatus]
