"""The main window: the session list or one open session, menus and the saved indicator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from wi_desktop.core.errors import InvalidTransition, WiError
from wi_desktop.ui.main_menus import build_menus, fill_session_menu
from wi_desktop.ui.screen_fit import fit_to_screen
from wi_desktop.ui.session_list import SessionListPage

if TYPE_CHECKING:  # loaded when first needed: the first window is the session list
    from PySide6.QtGui import QCloseEvent  # an event class at start-up costs ~4 ms of enums

    from wi_desktop.core.template_library import TemplateLibrary
    from wi_desktop.ui.search_window import SearchDialog
    from wi_desktop.ui.workspace import WorkspacePage
    from wi_desktop.wiring import Services

APP_TITLE = "Working Interview Observer"
LAST_OBSERVER_KEY = "last_observer_name"
LAST_TEMPLATE_KEY = "last_role_template"
TOLD_MS = 6000  # how long a word in the status bar stays
GEOMETRY_KEY = "window_geometry"
PRELOAD_MODULES = ("wi_desktop.ui.context",
                   "wi_desktop.ui.notes_model", "wi_desktop.ui.notes_view",
                   "wi_desktop.ui.tag_bar", "wi_desktop.ui.notes_panel",
                   "wi_desktop.ui.timer_panel", "wi_desktop.ui.rubric_panel",
                   "wi_desktop.ui.workspace")
"""What opening a session needs, in the order it is read: one a tick, while the list shows."""
PRELOAD_GAP_MS = 30


class MainWindow(QMainWindow):
    """Shows the session list, or the workspace of the open session."""

    sig_closing_data = Signal()
    """The data file is about to be closed (a restore): work reading it must end now."""
    sig_services_replaced = Signal(object)
    """Another data file's Services are in use from now on (after a restore)."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 list_first: bool = True) -> None:
        """LIST_FIRST: the list of sessions is made now (else when first shown: a window
        opened straight on a session, by --open, does without it until then)."""
        super().__init__(parent)
        self.services = services
        self.unattended = False  # set when quitting for a script: no question is asked
        self.restore_handler: Callable[[Path], Path | None] | None = None
        self.workspace: WorkspacePage | None = None
        self.search_dialog: SearchDialog | None = None  # File → Search, kept once opened
        self.setWindowTitle(APP_TITLE)
        fit_to_screen(self, QSize(1280, 720))  # a small screen: no larger than its room
        self.setMinimumSize(640, 400)
        self.pages = QStackedWidget(self)
        self._session_list: SessionListPage | None = None
        self.setCentralWidget(self.pages)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.saved_label.setText(self.tr("✔ All changes saved"))
        self._failed_shown: bool | None = None
        self.session_menu = QMenu(self.tr("&Session"), self)
        self.colours_menu: QMenu | None = None  # View → Colours and Language, once built
        self.language_menu: QMenu | None = None
        build_menus(self)
        if list_first:
            self.session_list.focus_default()  # taken when the window is shown

    @property
    def session_list(self) -> SessionListPage:
        """The first page, made the first time it is needed."""
        if self._session_list is None:
            page = self._session_list = SessionListPage(self.services, self)
            page.sig_open_session.connect(self.open_session)
            page.sig_new_session.connect(self.new_session)
            self.pages.insertWidget(0, page)
        return self._session_list

    def apply_saved_colours(self) -> None:
        """The colours chosen in View → Colours (the system's unless one was chosen)."""
        from wi_desktop.ui.palette import apply_saved_scheme

        apply_saved_scheme(self.services)

    # pages ---------------------------------------------------------------
    def preload_workspace(self) -> None:
        """Read the workspace's modules while the observer is still looking at the list, a
        module a tick (none takes more than a frame but the first use of Qt's namespace),
        so that the first session opens as fast as the next."""
        import importlib
        import sys

        waiting = [name for name in PRELOAD_MODULES if name not in sys.modules]
        if not waiting or self.workspace is not None:
            return  # all read, or a session is open already (it read them)
        importlib.import_module(waiting[0])
        if len(waiting) > 1:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(PRELOAD_GAP_MS, self.preload_workspace)

    def open_session_at(self, session_id: int, note_id: int = 0) -> None:
        """Open SESSION_ID (from a search) with NOTE_ID selected in its notes."""
        self.open_session(session_id)
        if note_id and self.workspace is not None:
            self.workspace.show_note(note_id)

    def open_session(self, session_id: int) -> None:
        from wi_desktop.ui.context import SessionContext
        from wi_desktop.ui.workspace import WorkspacePage

        try:
            context = SessionContext(self.services, session_id, self)
        except WiError as error:
            self.show_error(error)
            return
        self._close_workspace()
        context.sig_saved.connect(self.show_saved)
        context.sig_told.connect(lambda text: self.statusBar().showMessage(text, TOLD_MS))
        context.sig_failed.connect(self.show_failure)
        page = WorkspacePage(context, self)
        page.sig_close_requested.connect(self.show_list)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.workspace = page
        fill_session_menu(self, page)
        session = context.workspace.session
        self.setWindowTitle(f"{session.candidate_name} — {session.role_name} — {APP_TITLE}")

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        self.workspace.flush()
        self.pages.removeWidget(self.workspace)
        self.workspace.context.deleteLater()
        self.workspace.deleteLater()
        self.workspace = None
        self.session_menu.clear()
        self.session_menu.setEnabled(False)

    def show_list(self) -> None:
        closed = self.workspace.context.session_id if self.workspace is not None else None
        self._close_workspace()
        self.setWindowTitle(APP_TITLE)
        self.session_list.refresh(select_id=closed)  # Enter reopens the session just left
        self.pages.setCurrentWidget(self.session_list)
        self.session_list.focus_default()

    def new_session(self) -> None:
        from wi_desktop.ui.dialogs.new_session import NewSessionDialog

        observer = self.services.sessions.setting(LAST_OBSERVER_KEY) or ""
        roles = sorted({s.role_name for s in self.services.sessions.list_sessions()})
        try:
            dialog = NewSessionDialog(self, default_observer=observer, role_names=roles,
                                      library=self.template_library(),
                                      default_template=self.services.sessions.setting(
                                          LAST_TEMPLATE_KEY))
        except WiError as error:
            self.show_error(error)
            return
        if not dialog.exec() or dialog.accepted_session is None:
            return
        new, template = dialog.accepted_session, getattr(dialog, "chosen_template", None)
        try:
            session_id = self.services.sessions.create_session(new, template=template)
            self.services.sessions.remember(LAST_OBSERVER_KEY, new.observer_name)
            self.services.sessions.remember(LAST_TEMPLATE_KEY, template.name if template else "")
        except WiError as error:
            self.show_error(error)
            return
        self.show_saved()
        self.open_session(session_id)

    def template_library(self) -> TemplateLibrary:
        return self.services.templates

    def edit_templates(self) -> None:
        from wi_desktop.ui.dialogs.template_editor import TemplateEditorDialog

        try:
            dialog = TemplateEditorDialog(self.template_library(), self)
        except WiError as error:
            self.show_error(error)
            return
        dialog.exec()

    def edit_business(self) -> None:
        from wi_desktop.ui.dialogs.business import BusinessDialog

        if BusinessDialog(self.services.business, self).exec():
            self.show_saved()

    def open_demo(self) -> None:
        from wi_desktop.core.demo import create_demo_session

        try:
            demo = self.services.sessions.demo_session_id()
            session_id = demo if demo is not None else create_demo_session(self.services)
        except WiError as error:
            self.show_error(error)
            return
        self.open_session(session_id)

    # feedback ------------------------------------------------------------
    def show_saved(self) -> None:
        from wi_desktop.ui.palette import set_tone

        now_s = self.services.clock.now_ms() / 1000
        stamp = dt.datetime.fromtimestamp(now_s).strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("✔ Saved {time}").format(time=stamp))
        if self._failed_shown is not False:  # restyle only when the state changes: it is slow
            self._failed_shown = False
            self.saved_label.setStyleSheet("padding: 0 6px;")
            set_tone(self.saved_label, "ok")
            self.saved_label.setToolTip(
                self.tr("Every change is written to the data file as you make it."))

    def show_failure(self, error: WiError) -> None:
        """A write that failed is shown in red until the next one succeeds; an action the
        session's state refuses (it is finalised, a task is not running) is explained in
        the plain colours: nothing was lost, there is only a way to go."""
        from wi_desktop.ui.palette import ALARM_STYLE, set_tone

        if isinstance(error, InvalidTransition):
            if self._failed_shown is not True:  # a write that failed stays in red
                self._failed_shown = None  # the next save restyles the label
                self.saved_label.setText(f"ℹ {error.message}")
                self.saved_label.setStyleSheet("padding: 0 6px;")
                set_tone(self.saved_label, None)
            self.statusBar().showMessage(f"{error.message} {error.hint}".strip(), 10_000)
            return
        else:
            self._failed_shown = True
            self.saved_label.setText(f"⚠ {error.heading}: {error.message}")
            self.saved_label.setStyleSheet(f"{ALARM_STYLE} padding: 0 6px;")
        self.saved_label.setToolTip(error.hint or error.message)
        self.statusBar().showMessage(error.hint, 10_000)

    def show_error(self, error: WiError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, error.heading, f"{error.message}\n\n{error.hint}".strip())

    def show_shortcuts(self) -> None:
        from wi_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.workspace.actions_by_name if self.workspace else {}, self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from wi_desktop import __version__
        from wi_desktop.ui.rich_text import escape_html

        QMessageBox.about(self, self.tr("About {program}").format(program=APP_TITLE), (
            f"<b>{APP_TITLE}</b> {escape_html(__version__)}<br>" + self.tr(
                "Time tasks, take live notes and score an anchored rubric during a working "
                "interview. Everything stays in one file on this computer.")))

    def restore_backup(self) -> None:
        """Choose a backup; the app swaps the data file and hands back fresh services."""
        if self.services.backups.folder is None or self.restore_handler is None:
            return
        from wi_desktop.ui.dialogs.restore import RestoreDialog

        self._close_workspace()
        RestoreDialog(self.services.backups, self.restore_handler, self).exec()
        self.show_list()

    def replace_services(self, services: Services) -> None:
        """Use another data file's services (after a restore): the one place they change,
        announced once by sig_services_replaced."""
        self._close_workspace()
        self.services = services
        if self._session_list is not None:
            self._session_list.services = services
        self.sig_services_replaced.emit(services)
        self.show_list()

    def show_notice(self, title: str, text: str) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QMessageBox

        QTimer.singleShot(0, lambda: QMessageBox.information(self, title, text))

    def flush(self) -> None:
        """Write anything pending (the note line's draft) now."""
        if self.workspace is not None:
            self.workspace.flush()

    def restore_geometry(self) -> None:
        """Open where and as large as the window was last closed (Qt keeps it on a screen
        that is there now)."""
        import base64
        import binascii

        try:
            saved = self.services.sessions.setting(GEOMETRY_KEY)
        except WiError:
            return
        if saved:  # bytes, not a QByteArray: its class builds two enums at start
            try:
                self.restoreGeometry(base64.b64decode(saved))
            except (binascii.Error, ValueError):
                return  # a setting from elsewhere: the default place is fine
            # (Qt keeps a window saved on a larger screen inside this one)

    def _remember_geometry(self) -> None:
        import base64

        text = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        try:
            self.services.sessions.remember(GEOMETRY_KEY, text)
        except WiError as error:  # not worth a word on the way out; the log has it
            import logging

            logging.getLogger(__name__).warning("window place not kept: %s", error)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_quit_with_running_task():
            event.ignore()
            return
        self.flush()
        self._remember_geometry()
        super().closeEvent(event)

    def _may_quit_with_running_task(self) -> bool:
        """A running timer keeps counting while the program is closed: ask what to do."""
        page = self.workspace
        running = page.context.workspace.running_task() if page is not None else None
        if page is None or running is None or self.unattended:
            return True  # unattended: the task keeps running, as when the answer is "keep"
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A task is still running"),
                          self.tr("“{task}” is still running. Its time keeps counting while "
                                  "the program is closed, and it is right when you come "
                                  "back.").format(task=running.title),
                          parent=self)
        pause = box.addButton(self.tr("Pause it and quit"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep it running and quit"),
                             QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(pause)  # Enter stops paid time, never lets it run on unseen
        box.exec()
        if box.clickedButton() is pause:
            services, session_id = page.context.services, page.context.session_id
            return page.context.apply(
                lambda: services.sessions.pause_task(session_id, running.id)) is not None
        return box.clickedButton() is keep
