"""Finalise the record: see what is missing, acknowledge it, then close the record for good."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.errors import WiError
from wi_desktop.core.model import Task, TaskState
from wi_desktop.core.rubric import Composite, FinaliseWarning, Recommendation
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.palette import colour, set_tone, span
from wi_desktop.ui.rich_text import escape_html
from wi_desktop.ui.scoring_panel import format_instant
from wi_desktop.ui.screen_fit import fit_to_screen
from wi_desktop.ui.widgets import show_failures_in

EXPLANATION = str(QT_TRANSLATE_NOOP(
    "FinaliseDialog", "Finalising closes this record: the scores, evidence, recommendation, "
    "pay and feedback can no longer be changed. Signing comes next."))
KeyRole = Qt.ItemDataRole.UserRole + 1


class FinaliseDialog(QDialog):
    """Lists what to check before finalising; finalises only once the warnings were seen.

    After it closes: ``finalised_ms`` is the instant the record was finalised (or None),
    ``chosen_competency`` the competency to go back to (or None)."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.finalised_ms: int | None = None
        self.chosen_competency: str | None = None
        self.warnings: list[FinaliseWarning] = []
        self.setWindowTitle(self.tr("Finalise the record"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.list_title = QLabel(self)
        self.warning_list = QListWidget(self)
        self.warning_list.setObjectName("finaliseWarnings")
        self.warning_list.setWordWrap(True)
        self.warning_list.setAccessibleName(self.tr("Warnings before finalising"))
        self.warning_list.setAccessibleDescription(self.tr(
            "What is missing from the record; Enter on one goes to where it is mended"))
        self.reviewed = QCheckBox(self.tr("I have &reviewed these warnings"), self)
        self.reviewed.setToolTip(self.tr("Finalise with these gaps on purpose; the record "
                                         "notes it"))
        self.done_paused_button = QPushButton(
            self.tr("&Mark paused tasks done (when last paused)"), self)
        self.done_paused_button.setToolTip(
            self.tr("Each paused task is marked done at the moment it was last paused: its "
                    "time worked stays as timed."))
        self.done_paused_button.clicked.connect(self.finish_paused_tasks)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.back_button = QPushButton(self.tr("&Go back"), self)
        self.finalise_button = QPushButton(self.tr("&Finalise"), self)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.finalise_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button.setDefault(True)
        self.finalise_button.setAutoDefault(False)  # Enter never finalises by accident
        self.back_button.clicked.connect(self.go_back)
        self.finalise_button.clicked.connect(self.finalise)
        self.reviewed.toggled.connect(self._update_button)
        self.warning_list.itemDoubleClicked.connect(lambda _item: self.go_back())
        self._show_error = show_failures_in(self.error_label, context, self)
        self._layout()
        self._load()
        fit_to_screen(self, QSize(640, 440))

    def _layout(self) -> None:
        session = self.context.workspace.session
        heading = QLabel(self.tr("<b>Finalise the record of {candidate}</b> · {role}").format(
            candidate=escape_html(session.candidate_name),
            role=escape_html(session.role_name)), self)
        self.explanation = QLabel(self.tr(EXPLANATION), self)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.summary_label)
        layout.addSpacing(6)
        layout.addWidget(self.list_title)
        layout.addWidget(self.warning_list, 1)
        layout.addWidget(self.done_paused_button)
        layout.addWidget(self.reviewed)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def paused_tasks(self) -> list[Task]:
        return [t for t in self.context.workspace.tasks if t.state is TaskState.PAUSED]

    def finish_paused_tasks(self) -> None:
        """Mark every paused task done at its last pause, then show what is left."""
        services, sid = self.context.services, self.context.session_id
        for task_id in [task.id for task in self.paused_tasks()]:
            if self.context.apply(partial(services.sessions.finish_task, sid, task_id)) is None:
                break
        self.warning_list.clear()
        self.reviewed.setChecked(False)
        self._load()

    def _load(self) -> None:
        services, sid = self.context.services, self.context.session_id
        try:
            self.warnings = services.finalising.finalise_warnings(sid)
            composite = services.scoring.composite(sid)
            recommendation = services.scoring.recommendation(sid)
            scores = self.context.workspace.scores  # kept up to date by published changes
            already = services.finalising.finalised_ms(sid)
        except WiError as error:
            self._show_error(error)
            self.finalise_button.setEnabled(False)
            self.reviewed.hide()
            return
        names = {c.key: c.name for c in self.context.workspace.competencies}
        self._show_summary(composite, names, recommendation, already)
        scored = {key for key, score in scores.items() if score.level is not None}
        for warning in self.warnings:
            self._add_item(warning.message, warning.competency_key,
                           no_evidence=warning.competency_key in scored
                           or warning.competency_key.startswith("@"))
        if recommendation is Recommendation.NO_DECISION:
            self._add_item(self.tr("No recommendation has been chosen (it stays “No "
                                   "decision”)."),
                           None, no_evidence=True)
        self.warning_list.setCurrentRow(0)
        self.done_paused_button.setVisible(already is None and bool(self.paused_tasks()))
        self._show_state(already)

    def _show_summary(self, composite: Composite, names: dict[str, str],
                      recommendation: Recommendation, already: int | None) -> None:
        lines = [self.tr("<b>Composite:</b> {composite}").format(
                     composite=escape_html(composite.describe(names))),
                 self.tr("<b>Recommendation:</b> {choice}").format(
                     choice=escape_html(recommendation.label))]
        if recommendation is Recommendation.NO_DECISION:
            lines[1] = span(lines[1], "warning")
        if already is not None:
            lines.append(self.tr("<b>This record was finalised {when}.</b>").format(
                when=format_instant(already)))
        self.summary_label.setText("<br>".join(lines))

    def _add_item(self, message: str, key: str | None, *, no_evidence: bool) -> None:
        kind = (QStyle.StandardPixmap.SP_MessageBoxWarning if no_evidence
                else QStyle.StandardPixmap.SP_MessageBoxInformation)
        item = QListWidgetItem(self.style().standardIcon(kind), message)
        item.setForeground(QBrush(colour("warning" if no_evidence else "unscored")))
        item.setData(KeyRole, key)
        self.warning_list.addItem(item)

    def _show_state(self, already: int | None) -> None:
        count = self.warning_list.count()
        self.warning_list.setVisible(count > 0)
        self.list_title.setVisible(count > 0)
        self.list_title.setText((
            self.tr("<b>Please check this before finalising ({count}):</b> double-click it to "
                    "go back to it.") if count == 1 else
            self.tr("<b>Please check these before finalising ({count}):</b> double-click one "
                    "to go back to it.")).format(count=count))
        self.reviewed.setVisible(count > 0 and already is None)
        self.finalise_button.setText(self.tr("&Finalise anyway") if count
                                     else self.tr("&Finalise"))
        if not count:
            self.summary_label.setText(self.summary_label.text() + "<br>" + self.tr(
                "✓ Every competency is scored and backed by evidence."))
        self._update_button()
        if already is not None:
            self.finalise_button.setEnabled(False)

    def _update_button(self) -> None:
        needs_review = self.warning_list.count() > 0
        self.finalise_button.setEnabled(not needs_review or self.reviewed.isChecked())

    def selected_competency(self) -> str | None:
        item = self.warning_list.currentItem()
        key = item.data(KeyRole) if item is not None else None
        return str(key) if key else None

    def go_back(self) -> None:
        """Close without finalising, naming the competency the observer wants to look at."""
        self.chosen_competency = self.selected_competency()
        self.reject()

    def finalise(self) -> None:
        services, sid = self.context.services, self.context.session_id
        warnings = list(self.warnings)
        self.error_label.hide()
        change = self.context.apply(
            lambda: services.finalising.finalise(sid, acknowledged=warnings))
        if change is None or change.session is None:  # e.g. the record changed meanwhile:
            self.warning_list.clear()                  # show what is true now
            self.reviewed.setChecked(False)
            self._load()
            return
        self.finalised_ms = change.session.finalised_ms
        self.accept()

