"""Small builders and the error style shared by the sign and amend dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from wi_desktop.ui.palette import set_tone

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases
    from wi_desktop.wiring import Services



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
    set_tone(label, "error")
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
    from PySide6.QtCore import QCoreApplication

    from wi_desktop.core.record_diff import changes_since_signed, shortened, value
    from wi_desktop.core.speech import say
    from wi_desktop.ui.rich_text import escape_html

    translate = QCoreApplication.translate

    if not cases.finalising.amendments(session_id):
        return ""
    found = changes_since_signed(cases, session_id, cases.clock.now_ms())
    if found is None:
        return ""
    version, changes = found
    if not changes:
        return translate("SignDialog", "An amendment of version {version}: nothing in the "
                         "record has changed yet.").format(version=version)
    lines = [f"{escape_html(c.label(say))}: {escape_html(shortened(value(c.old, say), 60))}"
             f" → {escape_html(shortened(value(c.new, say), 60))}"
             for c in changes[:SHOWN_CHANGES]]
    if len(changes) > SHOWN_CHANGES:
        lines.append(translate("SignDialog", "and {count} more, all listed in the summary")
                     .format(count=len(changes) - SHOWN_CHANGES))
    return (translate("SignDialog", "An amendment of version {version}. Changed since:")
            .format(version=version) + "<br>&nbsp;&nbsp;• " + "<br>&nbsp;&nbsp;• ".join(lines))


class AmendmentReader(QThread):
    """Works out what an amended record changes on a thread of its own, over a connection
    of its own (comparing a long session's record takes a noticeable moment), and hands
    the text over once (sig_read). It belongs to the application, not to the dialog, so a
    dialog closed meanwhile never waits for it nor destroys it running; it deletes itself
    when done."""

    sig_read = Signal(str)

    def __init__(self, services: Services, session_id: int) -> None:
        super().__init__(QCoreApplication.instance())
        self.data_file, self.clock, self.session_id = (
            services.data_file, services.clock, session_id)
        self.finished.connect(self.deleteLater)

    def run(self) -> None:
        from wi_desktop.core.errors import WiError
        from wi_desktop.wiring import open_file_services

        text = ""
        if self.data_file is not None:
            try:
                services = open_file_services(self.data_file, self.clock)
                try:
                    text = amendment_text(services, self.session_id)
                finally:
                    services.close()
            except WiError:  # the dialog works without it: the summary lists the changes
                text = ""
        self.sig_read.emit(text)
