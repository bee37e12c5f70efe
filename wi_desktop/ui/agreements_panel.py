"""What is agreed with the candidate and said back to them: the confidentiality/IP
agreement, consent to notes, what happens to the work, the task briefing, the debrief
answers, and the feedback the candidate receives."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.agreements import STAMP_WORDS, Agreements, DebriefAnswer, Feedback
from wi_desktop.core.changes import Change
from wi_desktop.core.pay import WorkProduct
from wi_desktop.ui.accessible import describe_field
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.dialogs.briefing import BriefingDialog
from wi_desktop.ui.palette import set_tone
from wi_desktop.ui.widgets import FinishedTextEdit, format_stamp, scrolled

FEEDBACK_SAVE_MS = 1000  # typed feedback reaches the file a second after typing stops
WORK_PRODUCT_CHOICES: tuple[WorkProduct | None, ...] = (None, *WorkProduct)
FEEDBACK_BOXES = (("strengths", str(QT_TRANSLATE_NOOP("AgreementsPanel", "Strengths"))),
                  ("growth_areas", str(QT_TRANSLATE_NOOP("AgreementsPanel", "Growth areas"))),
                  ("next_steps", str(QT_TRANSLATE_NOOP("AgreementsPanel", "Next steps"))))
SHARED_NOTE = str(QT_TRANSLATE_NOOP(
    "AgreementsPanel", "Shared with the candidate in the feedback letter; internal notes are "
    "never included."))
# core's words for what happens to the work (core.pay.WorkProduct.label), to translate
WORK_WORDS = (str(QT_TRANSLATE_NOOP("AgreementsPanel", "Returned to the candidate")),
              str(QT_TRANSLATE_NOOP("AgreementsPanel", "Deleted")),
              str(QT_TRANSLATE_NOOP("AgreementsPanel", "Kept by the employer and paid for")))


def confirm_take_back(parent: QWidget, what: str) -> bool:
    """Ask before a recorded moment is removed (a module function: tests answer it)."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("AgreementsPanel", "Take back this record?"),
        QCoreApplication.translate(
            "AgreementsPanel", "Remove “{what}” from this session's record?\n\nDo this only "
            "if the button was pressed by mistake. A note in the timeline will say that it was "
            "taken back, and the candidate can be asked again.").format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class StampButton(QWidget):
    """A button that records the moment the candidate did something, then shows it; a
    stamp pressed by mistake can be taken back until the record is finalised."""

    sig_stamp = Signal(str)
    """The observer pressed the button; carries the Agreements field to stamp."""
    sig_take_back = Signal(str)
    """The observer asked to remove the stamp; carries the Agreements field."""

    def __init__(self, field: str, action: str, done: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.done = done
        self.button = QPushButton(action, self)
        self.button.setToolTip(self.tr("{action}: stamped with the time now").format(
            action=action))
        self.label = QLabel(self)
        self.label.setObjectName("stampLabel")
        self.label.setWordWrap(True)  # a longer language wraps it rather than widen the tab
        self.take_back = QPushButton(self.tr("Take back…"), self)
        self.take_back.setToolTip(self.tr("Remove this record if the button was pressed by "
                                          "mistake; the notes keep a line saying so"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.take_back)
        self.button.clicked.connect(lambda: self.sig_stamp.emit(self.field))
        self.take_back.clicked.connect(lambda: self.sig_take_back.emit(self.field))
        self.take_back.hide()

    def show_stamp(self, instant_ms: int | None, *, possible: bool = True) -> None:
        """Once recorded, the moment stays and the button is done."""
        self.button.setEnabled(possible and instant_ms is None)
        self.label.setText("" if instant_ms is None
                           else f"✔ {self.done} {format_stamp(instant_ms)}")
        self.take_back.setVisible(instant_ms is not None)


class AgreementsPanel(QWidget):
    """Agreements, briefing, debrief answers and feedback of the open session."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._agreements = Agreements()
        self._feedback = Feedback()
        self._debrief: dict[int, DebriefAnswer] = {}
        self.debrief_boxes: dict[int, FinishedTextEdit] = {}
        self.feedback_boxes: dict[str, FinishedTextEdit] = {}
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_SAVE_MS)
        self._feedback_timer.timeout.connect(self.save_feedback)
        self._make_widgets()
        self._build()
        self.refresh()
        context.sig_changed.connect(self._changed)

    def _make_widgets(self) -> None:
        self.agreement_title = QLabel(self, wordWrap=True)
        self.agreement_text = QTextBrowser(self)
        self.agreement_text.setMinimumHeight(120)
        self.agreement_text.setAccessibleName(self.tr("Confidentiality/IP agreement"))
        self.agreement_text.setAccessibleDescription(self.tr(
            "The agreement's text, as the candidate reads it; arrows and Page Down scroll "
            "it, Tab moves on."))
        self.accepted = StampButton("confidentiality_accepted_ms",
                                    self.tr("Candidate accepted"), self.tr("Accepted"), self)
        self.consent_text = QLabel(self, wordWrap=True)
        self.consent = StampButton("consent_given_ms", self.tr("Consent given"),
                                   self.tr("Consent given"), self)
        self.work_combo = QComboBox(self)  # its longest choice is cut when short of room
        self.work_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.work_combo.setMinimumContentsLength(14)
        self.work_combo.addItems([self.tr("Not decided"),
                                  *(self.tr(w.label) for w in WorkProduct)])
        self.work_note = FinishedTextEdit(2, self)
        self.work_note.setPlaceholderText(
            self.tr("e.g. the sample tray is photographed, then cleared"))
        self.briefing_button = QPushButton(self.tr("Show task briefing…"), self)
        self.briefing_button.setToolTip(self.tr("The briefing read to the candidate, to show, "
                                                "print or save as PDF"))
        self.acknowledged = StampButton("briefing_acknowledged_ms",
                                        self.tr("Candidate acknowledged"),
                                        self.tr("Acknowledged"), self)
        for stamp in (self.accepted, self.consent, self.acknowledged):
            stamp.sig_stamp.connect(self.stamp)
            stamp.sig_take_back.connect(self.take_back)
        self.work_combo.currentIndexChanged.connect(
            lambda i: self._save_agreements(work_product=WORK_PRODUCT_CHOICES[i]))
        self.work_note.sig_finished.connect(
            lambda: self._save_agreements(work_product_note=self.work_note.toPlainText()))
        self.briefing_button.clicked.connect(self.show_briefing)

    def _build(self) -> None:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        left = QVBoxLayout()
        left.addWidget(self._agreements_group(inner))
        left.addStretch(1)
        right = QVBoxLayout()  # in the order of the day: before, after
        right.addWidget(self._briefing_group(inner))
        right.addWidget(self._debrief_group(inner))
        right.addWidget(self._feedback_group(inner))
        right.addStretch(1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scrolled(self, inner)

    def _agreements_group(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Agreements"), parent)
        column = QVBoxLayout(box)
        column.addWidget(self.agreement_title)
        column.addWidget(self.agreement_text)
        column.addWidget(self.accepted)
        column.addSpacing(6)
        column.addWidget(QLabel("<b>" + self.tr("Consent to notes") + "</b>", box))
        column.addWidget(self.consent_text)
        column.addWidget(self.consent)
        column.addSpacing(6)
        form = QFormLayout()
        form.addRow(self.tr("The work produced is:"), self.work_combo)
        form.addRow(self.tr("Note:"), self.work_note)
        describe_field(self.tr("What happens to the work produced"), self.work_combo)
        describe_field(self.tr("Note on the work produced"), self.work_note)
        column.addLayout(form)
        return box

    def _briefing_group(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Task briefing"), parent)
        column = QVBoxLayout(box)
        column.addWidget(QLabel(self.tr("The tasks, their time boxes and instructions, as given "
                                        "to the candidate in advance."), box, wordWrap=True))
        row = QHBoxLayout()  # the button alone: a longer language still fits the column
        row.addWidget(self.briefing_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.acknowledged)
        return box

    def _feedback_group(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Feedback for the candidate"), parent)
        form = QFormLayout(box)
        note = QLabel(self.tr(SHARED_NOTE), box, wordWrap=True)
        set_tone(note, "muted")
        form.addRow(note)
        for name, title in FEEDBACK_BOXES:
            edit = FinishedTextEdit(3, box)
            edit.setAccessibleName(self.tr("Feedback: {title}").format(title=self.tr(title)))
            edit.textChanged.connect(self._feedback_timer.start)  # restart: debounce
            edit.sig_finished.connect(self.save_feedback)
            form.addRow(self.tr("{title}:").format(title=self.tr(title)), edit)
            describe_field(title, edit)
            self.feedback_boxes[name] = edit
        return box

    def _debrief_group(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Debrief questions"), parent)
        column = QVBoxLayout(box)
        answers = self.context.services.agreements.debrief(self.context.session_id)
        if not answers:
            column.addWidget(QLabel(self.tr("No debrief questions in this session's role "
                                            "template."),
                                    box, wordWrap=True))
        for answer in answers:
            column.addWidget(QLabel(f"<b>{answer.position + 1}.</b> "
                                    f"{_escape(answer.question)}", box, wordWrap=True))
            edit = FinishedTextEdit(2, box)
            edit.setAccessibleName(self.tr("Answer to question {number}").format(
                number=answer.position + 1))
            edit.setPlaceholderText(self.tr("The candidate's answer, in brief"))
            edit.setAccessibleDescription(answer.question)
            edit.sig_finished.connect(lambda p=answer.position: self.save_answer(p))
            column.addWidget(edit)
            self.debrief_boxes[answer.position] = edit
        return box

    # showing what is stored -------------------------------------------------
    def refresh(self) -> None:
        services, session_id = self.context.services, self.context.session_id
        self._show_agreements(services.agreements.agreements(session_id))
        self._feedback = services.agreements.feedback(session_id)
        for name, edit in self.feedback_boxes.items():
            edit.set_text_quietly(getattr(self._feedback, name))
        self._debrief = {a.position: a for a in services.agreements.debrief(session_id)}
        for position, edit in self.debrief_boxes.items():
            stored = self._debrief.get(position)
            edit.set_text_quietly(stored.answer if stored else "")

    def _changed(self, change: Change) -> None:
        """Agreements, feedback or debrief answers changed (here or elsewhere)."""
        if change.agreements is not None:
            self._show_agreements(change.agreements)
        if change.feedback is not None:
            self._feedback = change.feedback
            for name, edit in self.feedback_boxes.items():
                if not edit.hasFocus():  # never under the observer's hands
                    edit.set_text_quietly(getattr(change.feedback, name))
        for answer in change.debrief:
            self._debrief[answer.position] = answer
            edit = self.debrief_boxes[answer.position]
            if not edit.hasFocus():
                edit.set_text_quietly(answer.answer)

    def _show_agreements(self, agreements: Agreements) -> None:
        self._agreements = agreements
        has_text = bool(agreements.confidentiality_text.strip())
        self.agreement_title.setText(_agreement_title(agreements.confidentiality_version,
                                                      has_text))
        self.agreement_text.setPlainText(agreements.confidentiality_text)
        self.agreement_text.setVisible(has_text)
        self.accepted.show_stamp(agreements.confidentiality_accepted_ms, possible=has_text)
        self.consent_text.setText(_escape(agreements.consent_text) or
                                  "<i>" + self.tr("No consent text in this session's role "
                                                  "template.") + "</i>")
        self.consent.show_stamp(agreements.consent_given_ms,
                                possible=bool(agreements.consent_text.strip()))
        self.acknowledged.show_stamp(agreements.briefing_acknowledged_ms)
        blocked = self.work_combo.blockSignals(True)
        self.work_combo.setCurrentIndex(WORK_PRODUCT_CHOICES.index(agreements.work_product))
        self.work_combo.blockSignals(blocked)
        self.work_note.set_text_quietly(agreements.work_product_note)

    # changing it --------------------------------------------------------------
    def stamp(self, field: str) -> None:
        """Record the moment the candidate accepted, consented or acknowledged: now, before
        the work; once it has begun, the observer says when it was (entered afterwards,
        and marked so with who entered it)."""
        services, session_id = self.context.services, self.context.session_id
        session = self.context.workspace.session
        if session.started_ms is None:
            self._after(self.context.apply(
                lambda: services.agreements.record_now(session_id, field)))
            return
        from wi_desktop.ui.dialogs.past_stamp import ask_past_stamp

        answer = ask_past_stamp(self, STAMP_WORDS[field], session.created_ms,
                                self.context.now_ms(), session.observer_name)
        if answer is not None:
            at_ms, who = answer
            self._after(self.context.apply(lambda: services.agreements.record_at(
                session_id, field, at_ms, entered_by=who)))

    def take_back(self, field: str) -> None:
        """Remove a stamp pressed by mistake, after saying what is removed."""
        stamp = next(s for s in (self.accepted, self.consent, self.acknowledged)
                     if s.field == field)
        if not confirm_take_back(self, stamp.label.text().lstrip("✔ ")):
            return
        services, session_id = self.context.services, self.context.session_id
        # the agreements and the timeline's note saying so come back as one change
        self._after(self.context.apply(lambda: services.agreements.clear_stamp(session_id, field)))

    def _save_agreements(self, **changes: object) -> None:
        if all(getattr(self._agreements, k) == v for k, v in changes.items()):
            return
        services, session_id = self.context.services, self.context.session_id
        self._after(self.context.apply(
            lambda: services.agreements.update_agreements(session_id, **changes)))

    def _after(self, change: Change | None) -> None:
        if change is None:  # refused: show what the file holds
            self._show_agreements(self._agreements)

    def save_feedback(self) -> None:
        """Write the feedback boxes that differ from the file (debounced, and on leaving)."""
        self._feedback_timer.stop()
        changes = {name: edit.toPlainText() for name, edit in self.feedback_boxes.items()
                   if edit.toPlainText() != getattr(self._feedback, name)}
        if not changes:
            return
        services, session_id = self.context.services, self.context.session_id
        self.context.apply(lambda: services.agreements.update_feedback(session_id, **changes))

    def save_answer(self, position: int) -> None:
        text = self.debrief_boxes[position].toPlainText()
        stored = self._debrief.get(position)
        if stored is None or stored.answer == text:
            return
        services, session_id = self.context.services, self.context.session_id
        self.context.apply(lambda: services.agreements.answer_debrief(session_id, position, text))

    def flush(self) -> None:
        """Write what is typed but not yet saved (on leaving the session or quitting)."""
        self.save_feedback()
        for position in self.debrief_boxes:
            self.save_answer(position)
        if self.work_note.toPlainText() != self._agreements.work_product_note:
            self._save_agreements(work_product_note=self.work_note.toPlainText())

    def show_briefing(self) -> None:
        dialog = BriefingDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()


def _agreement_title(version: str, has_text: bool) -> str:
    translate = QCoreApplication.translate
    title = "<b>" + translate("AgreementsPanel", "Confidentiality and IP agreement") + "</b>"
    if not has_text:
        return title + " — " + translate(
            "AgreementsPanel", "none in this session's role template; record a written "
            "agreement on paper.")
    return title + " — " + translate("AgreementsPanel", "version {version}").format(
        version=_escape(version)) if version.strip() else title


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
