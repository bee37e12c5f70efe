"""The live workspace of one session: header and clock, tasks, notes, rubric."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wi_desktop.core.changes import Change
from wi_desktop.core.clock import format_duration
from wi_desktop.core.errors import WiError
from wi_desktop.core.model import Polarity, Workspace
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.notes_panel import NotesPanel
from wi_desktop.ui.rich_text import escape_html, isolated
from wi_desktop.ui.rubric_panel import RubricPanel
from wi_desktop.ui.timer_panel import TimerPanel
from wi_desktop.ui.workspace_actions import ACTIONS
from wi_desktop.ui.workspace_tabs import (
    AGREEMENTS,
    PAY,
    SCORES,
    TAB_TIPS,
    TAB_TITLES,
    describe_header,
    make_panel,
    remember_sizes,
    set_editable,
    size_observe_columns,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from wi_desktop.export.documents import DocumentKind
    from wi_desktop.ui.agreements_panel import AgreementsPanel
    from wi_desktop.ui.pay_panel import PayPanel
    from wi_desktop.ui.scoring_panel import ScoringPanel

TICK_MS = 250  # repaint only; the time itself comes from stored instants
SPLITTER_KEY = "observe_splitter"
INDEX_AFTER_MS = 2000  # new notes go into the text index after this long without another


class WorkspacePage(QWidget):
    """One open session. Owns its shortcuts, which act while focus is inside it."""

    sig_close_requested = Signal()
    """The observer wants to go back to the list of sessions."""

    def __init__(self, context: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        if context.parent() is None:  # a context nobody owns goes with its page
            context.setParent(self)
        # new notes go into the text index once the observer pauses, off Enter's path
        self._index_timer = QTimer(self)
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEX_AFTER_MS)
        self._index_timer.timeout.connect(context.index_text)
        self._index_timer.start()  # notes a previous run left waiting, if any
        self.can_sign = context.services.key_dir is not None  # the observers' keys are there
        self.header = QLabel(self)
        self.header.setObjectName("sessionHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)  # a long name or role wraps; it never widens the window
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("sessionClock")
        self.end_button = QPushButton(self.tr("End session…"), self)
        self.final_banner = QLabel(self)  # the record is finalised, and how to change it
        self.final_banner.setObjectName("finalBanner")
        self.final_banner.setStyleSheet(
            "QLabel#finalBanner { background: palette(alternate-base); color: palette(text);"
            " border: 1px solid palette(mid); border-radius: 3px; padding: 3px 8px; }")
        self.final_banner.hide()
        self.back_button = QPushButton(self.tr("← Sessions"), self)
        self.timers = TimerPanel(context, self)
        self.notes = NotesPanel(context, self)
        self.rubric = RubricPanel(context, self)
        self.tabs = QTabWidget(self)
        self._panels: dict[int, QWidget] = {}  # the tabs behind Observe, made when first shown
        self.actions_by_name: dict[str, QAction] = {}
        self._shown_finalised = False
        self._build()
        self._make_actions()
        self.notes.sig_history_changed.connect(self._update_history_actions)
        self._update_history_actions()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        context.sig_changed.connect(self._changed)
        self._show_session(context.workspace)
        self._update_evidence()

    def _build(self) -> None:
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock_label.setFont(font)
        for button in (self.end_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_button.clicked.connect(self.end_session)
        self.back_button.clicked.connect(self.sig_close_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.header, 1)
        top.addWidget(self.clock_label)
        top.addWidget(self.end_button)
        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for panel, minimum in ((self.timers, 230), (self.notes, 360), (self.rubric, 270)):
            panel.setMinimumWidth(minimum)
            splitter.addWidget(panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        size_observe_columns(self.context, SPLITTER_KEY, splitter)
        self.tabs.addTab(splitter, self.tr(TAB_TITLES[0]))
        for title in TAB_TITLES[1:]:  # an empty page until the tab is first shown
            self.tabs.addTab(QWidget(self), self.tr(title))
        self.tabs.setDocumentMode(True)
        describe_header(self.back_button, self.clock_label, self.end_button, self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.final_banner)
        layout.addWidget(self.tabs, 1)

    def _action(self, name: str, text: str, keys: list[str],
                handler: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _make_actions(self) -> None:
        t, n, tab = self.timers, self.notes, self.tabs.setCurrentIndex
        does: dict[str, Callable[[], object]] = {
            "toggle": t.toggle_selected, "finish": t.finish_selected,
            "prev": lambda: t.select_relative(-1), "next": lambda: t.select_relative(1),
            "focus": self.focus_note_line, "undo": n.undo, "redo": n.redo,
            "edit": n.edit_selected, "strength": lambda: n.mark(Polarity.STRENGTH),
            "concern": lambda: n.mark(Polarity.CONCERN), "end": self.end_session,
            "finalise": self.finalise, "sign": lambda: self.sign("summary"),
            "sign_letter": lambda: self.sign("letter"), "amend": self.amend,
            "observe": lambda: tab(0), "review": lambda: tab(1), "pay": lambda: tab(2),
            "agreements": lambda: tab(3), "close": self.sig_close_requested.emit}
        for name, words, keys in ACTIONS:
            self._action(name, self.tr(words), list(keys), does[name])
        delete = QAction(self.tr("Delete selected note"), n.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(n.delete_selected)
        n.view.addAction(delete)
        self.actions_by_name["delete"] = delete
        for index, competency in enumerate(self.context.workspace.competencies[:9]):
            number = competency.hotkey or index + 1
            name = competency.name.replace("&", "&&")  # a name's "&" is text, not a mnemonic
            self._action(f"tag{number}", self.tr("Tag: {competency}").format(competency=name),
                         [f"Ctrl+{number}"], partial(n.tag, competency))
            self._action(f"score{number}", self.tr("Score: {competency}").format(
                competency=name), [f"Alt+{number}"], partial(self.focus_score, competency.key))

    # refresh -------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        if change.notes_added or change.notes_edited:
            self._index_timer.start()  # again: from this note on
        if change.session is not None:
            self._show_session(self.context.workspace)
        if change.notes_changed:
            self._update_evidence()

    def _show_session(self, workspace: Workspace) -> None:
        session = workspace.session
        typed = [session.candidate_name, session.role_name, session.location]
        name, role, location = (isolated(escape_html(text)) for text in typed)
        parts = [f"<b>{name}</b>", role, *([location] if session.location else [])]
        parts.append(self.tr("observer: {name}").format(
            name=isolated(escape_html(session.observer_name))))
        self.header.setText("\u200e" + " · ".join(parts))  # our words lead: left to right
        self.end_button.setEnabled(session.ended_ms is None and session.finalised_ms is None)
        finalised = session.finalised_ms is not None
        self.notes.set_read_only(finalised)
        self.rubric.set_read_only(finalised)
        self.timers.setEnabled(not finalised)
        self.final_banner.setVisible(finalised)
        if session.finalised_ms is not None:
            import datetime as dt

            when = dt.datetime.fromtimestamp(session.finalised_ms / 1000).strftime(
                "%a %d %b %Y, %H:%M")
            self.final_banner.setText(self.tr(
                "<b>Finalised {when}.</b> This record can be read and signed, not changed. "
                "To change it: Session → Amend finalised record…").format(when=when))
        if finalised != self._shown_finalised:
            self._shown_finalised = finalised
            if PAY in self._panels:
                self._set_editable(self.pay, not finalised)
                if not finalised:
                    self.pay.refresh()  # amended: each control back to its own state
            if AGREEMENTS in self._panels:
                self._set_editable(self.agreements, not finalised)
                if not finalised:
                    self.agreements.refresh()
        for name in ("toggle", "finish", "end", "finalise"):
            self.actions_by_name[name].setEnabled(not finalised)
        self.actions_by_name["amend"].setEnabled(finalised)
        for name in ("sign", "sign_letter"):
            self.actions_by_name[name].setEnabled(self.can_sign)
        self.tick()

    def _update_history_actions(self) -> None:
        """Undo and Redo say what they would do (in the Session menu), or are off."""
        history = self.context.history
        for name, can, label in (("undo", history.can_undo(), history.undo_label()),
                                 ("redo", history.can_redo(), history.redo_label())):
            action = self.actions_by_name[name]
            words = {"undo": (self.tr("Undo"), self.tr("Undo {action}")),
                     "redo": (self.tr("Redo"), self.tr("Redo {action}"))}[name]
            action.setText(words[1].format(action=label) if can else words[0])
            action.setEnabled(can)

    def _update_evidence(self) -> None:
        self.rubric.set_evidence(self.notes.model.evidence_counts())

    def tick(self) -> None:
        session = self.context.workspace.session
        elapsed = format_duration(session.elapsed_ms(self.context.now_ms()))
        state = QCoreApplication.translate("SessionStatus", session.status.label)
        self.clock_label.setText(f"{elapsed}" if session.started_ms else "0:00")
        self.clock_label.setToolTip(self.tr("Session clock ({state})").format(state=state))
        self.timers.tick()

    def end_session(self) -> None:
        if self.context.workspace.session.ended_ms is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("End session"),
            self.tr("End this session? Any running task is paused and the session clock stops. "
                    "You can still add notes and scores."))
        if answer == QMessageBox.StandardButton.Yes:
            services, session_id = self.context.services, self.context.session_id
            self.context.apply(lambda: services.sessions.end_session(session_id))

    def focus_note_line(self) -> None:
        """Esc from anywhere: the Observe tab comes forward with the note line focused (the
        line is never given the keys while another tab hides it)."""
        if self.tabs.currentIndex() != 0:
            self.tabs.setCurrentIndex(0)
        self.notes.focus_entry()

    def show_note(self, note_id: int) -> bool:
        """The Observe tab with NOTE_ID selected in the notes (a search's Enter)."""
        self.tabs.setCurrentIndex(0)
        return self.notes.select_note(note_id)

    def focus_score(self, key: str) -> None:
        """Alt+N: the competency's slider, in the Scores tab if that is showing."""
        if self.tabs.currentIndex() == SCORES:
            self.scoring.select(key)
            self.scoring.scales[key].slider.setFocus()
            return
        self.tabs.setCurrentIndex(0)
        self.rubric.show_scale(key)

    def finalise(self) -> None:
        from wi_desktop.ui.dialogs.finalise import FinaliseDialog

        self.notes.flush()
        dialog = FinaliseDialog(self.context, self)
        dialog.exec()  # a finalisation is published by the dialog
        if dialog.chosen_competency == "@tasks":
            self.tabs.setCurrentIndex(0)
            self.timers.view.setFocus()
        elif dialog.chosen_competency == "@pay":
            self.tabs.setCurrentIndex(PAY)
        elif dialog.chosen_competency == "@agreements":
            self.tabs.setCurrentIndex(AGREEMENTS)
        elif dialog.chosen_competency:
            self.tabs.setCurrentIndex(SCORES)
            self.scoring.select(dialog.chosen_competency)

    def sign(self, kind: DocumentKind = "summary") -> None:
        """Finalise if needed, then sign and save the summary or the letter."""
        from wi_desktop.ui.dialogs.sign import SignDialog

        if not self.can_sign:
            return
        self.flush()
        try:
            dialog = SignDialog(self.context, self.context.services.keys, self, kind=kind)
        except WiError as error:
            self.context.sig_failed.emit(error)
            return
        dialog.exec()
        # the signing thread may have finalised the record, even if signing then failed
        self.context.publish(self.context.services.sessions.timers(self.context.session_id))
        if dialog.signed_file is not None:  # written and recorded: a success to show
            self.context.sig_saved.emit()
        if dialog.chosen_competency:
            self.tabs.setCurrentIndex(SCORES)
            self.scoring.select(dialog.chosen_competency)

    def amend(self) -> None:

        from wi_desktop.ui.dialogs.amend import AmendDialog

        AmendDialog(self.context, self).exec()  # the amendment is published by the dialog

    # the tabs behind Observe, made when first shown ----------------------------
    @property
    def scoring(self) -> ScoringPanel:
        from wi_desktop.ui.scoring_panel import ScoringPanel

        panel = self._panel(SCORES)
        assert isinstance(panel, ScoringPanel)
        return panel

    @property
    def pay(self) -> PayPanel:
        from wi_desktop.ui.pay_panel import PayPanel

        panel = self._panel(PAY)
        assert isinstance(panel, PayPanel)
        return panel

    @property
    def agreements(self) -> AgreementsPanel:
        from wi_desktop.ui.agreements_panel import AgreementsPanel

        panel = self._panel(AGREEMENTS)
        assert isinstance(panel, AgreementsPanel)
        return panel

    def _panel(self, index: int) -> QWidget:
        """The panel of a tab, made the first time it is asked for (a session opens with
        Observe alone built: the other tabs cost neither time nor memory until shown)."""
        panel = self._panels.get(index)
        if panel is not None:
            return panel
        panel = make_panel(index, self.context, self)
        self._panels[index] = panel
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, self.tr(TAB_TITLES[index]))
        self.tabs.setTabToolTip(index, self.tr(TAB_TIPS[index]))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        if index in (PAY, AGREEMENTS) and self._shown_finalised:
            self._set_editable(panel, False)
        return panel

    def _set_editable(self, panel: QWidget, editable: bool) -> None:
        keep = tuple(w for w in (getattr(panel, "briefing_button", None),) if w is not None)
        set_editable(panel, editable, keep=keep)

    def _tab_changed(self, index: int) -> None:
        if index > 0:
            self._panel(index)  # made now if this is its first showing
        if index == 0:
            QTimer.singleShot(0, self.notes.focus_entry)

    def flush(self) -> None:
        remember_sizes(self.context, SPLITTER_KEY, self.splitter.sizes())
        self.notes.flush()
        self._index_timer.stop()  # the session is left (or the file closed): index now
        self.context.index_text()
        if AGREEMENTS in self._panels:
            self.agreements.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.notes.focus_entry)
