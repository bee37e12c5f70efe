"""When did the candidate do it? A stamp entered after the work began is entered as a past
time, and the record says it was entered afterwards, by whom."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QFormLayout, QLineEdit, QWidget

from wi_desktop.ui.dialogs.form_dialog import allow_ok, lay_out_form


class PastStampDialog(QDialog):
    """The moment (no later than now, no earlier than the session was planned) and who is
    entering it; OK once both are there."""

    def __init__(self, what: str, earliest_ms: int, now_ms: int, observer: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When was it?"))
        self.when = QDateTimeEdit(QDateTime.fromMSecsSinceEpoch(now_ms), self)
        self.when.setMinimumDateTime(QDateTime.fromMSecsSinceEpoch(earliest_ms))
        self.when.setMaximumDateTime(QDateTime.fromMSecsSinceEpoch(now_ms))
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setAccessibleName(self.tr("When the candidate did it"))
        self.who = QLineEdit(observer, self)
        self.who.setAccessibleName(self.tr("Entered by"))
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("Entered &by:"), self.who)
        self.buttons = lay_out_form(
            self, self.tr("The work has begun, so {what} is entered afterwards. Say when it "
                          "was; the record will show the time you give, that it was entered "
                          "afterwards, and by whom.").format(what=what), form, 460)
        self.who.textChanged.connect(
            lambda text: allow_ok(self.buttons, bool(text.strip())))
        self.when.setFocus()

    def answer(self) -> tuple[int, str]:
        return int(self.when.dateTime().toMSecsSinceEpoch()), self.who.text().strip()


def ask_past_stamp(parent: QWidget, what: str, earliest_ms: int, now_ms: int,
                   observer: str) -> tuple[int, str] | None:
    """(the moment, who entered it), or None when the observer cancelled."""
    dialog = PastStampDialog(what, earliest_ms, now_ms, observer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


