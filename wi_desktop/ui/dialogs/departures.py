"""Why this candidate's plan departs from the role template: one short reason for each task
dropped, time box changed or task added. Structured interviews are comparable only when
the differences are on record; the reasons go into the session and its signed summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from wi_desktop.core.model import Departure
from wi_desktop.core.sessions import MAX_REASON_LENGTH
from wi_desktop.ui.dialogs.form_dialog import allow_ok, lay_out_form


class DeparturesDialog(QDialog):
    """A line for each departure; OK once every one has its reason."""

    def __init__(self, departures: Sequence[Departure], template_name: str,
                 known: dict[tuple[str, str], str], parent: QWidget | None = None) -> None:
        """KNOWN: reasons typed before for a departure (kind, task), offered again."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why does this plan differ from the template?"))
        self.departures = list(departures)
        self.edits: list[QLineEdit] = []
        form = QFormLayout()
        for departure in self.departures:
            edit = QLineEdit(known.get((departure.kind, departure.task), ""), self)
            edit.setMaxLength(MAX_REASON_LENGTH)
            edit.setPlaceholderText(self.tr("e.g. the forklift is out of service today"))
            edit.setAccessibleName(self.tr("Reason: {change}").format(change=departure.describe()))
            edit.textChanged.connect(self._update_ok)
            label = QLabel(departure.describe(), self)
            label.setWordWrap(True)
            form.addRow(label, edit)
            self.edits.append(edit)
        self.buttons = lay_out_form(
            self, self.tr("This plan departs from “{template}”. Say why for each change, in a "
                          "few words: the reasons are kept with the session and printed in its "
                          "summary, so that candidates stay comparable.").format(
                template=template_name), form, 620)
        self._update_ok()
        if self.edits:
            self.edits[0].setFocus()

    def _update_ok(self) -> None:
        allow_ok(self.buttons, all(edit.text().strip() for edit in self.edits))

    def with_reasons(self) -> tuple[Departure, ...]:
        return tuple(replace(d, reason=edit.text().strip())
                     for d, edit in zip(self.departures, self.edits, strict=True))


def ask_reasons(parent: QWidget, departures: Sequence[Departure], template_name: str,
                known: dict[tuple[str, str], str]) -> tuple[bool, tuple[Departure, ...]]:
    """Whether the observer gave every reason (OK), and the departures with the reasons
    typed so far (kept for the next time, even when they went back to the plan)."""
    dialog = DeparturesDialog(departures, template_name, known, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.with_reasons()
