"""The main window: from the list into a session and back, demo, saved indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wi_desktop.app import ensure_demo
from wi_desktop.core.errors import DiskFullError
from wi_desktop.ui.mainwindow import MainWindow


def make_window(qtbot, service):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_enter_in_the_list_opens_the_session_workspace(qtbot, service, session_id):
    window = make_window(qtbot, service)
    qtbot.waitUntil(window.session_list.table.hasFocus)  # the list takes focus when shown
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_Return)
    assert window.workspace is not None
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.context.session_id == session_id
    assert "Jordan Lee" in window.windowTitle()
    assert window.session_menu.isEnabled()
    texts = [a.text() for a in window.session_menu.actions()]
    assert "Start / pause / resume task" in texts


def test_saved_indicator_shows_the_commit_time(qtbot, service, session_id, clock):
    window = make_window(qtbot, service)
    window.open_session(session_id)
    entry = window.workspace.notes.entry
    qtbot.keyClicks(entry, "On time")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert window.saved_label.text().startswith("✔ Saved ")
    assert len(window.saved_label.text().split()[-1]) == len("12:00:00")


def test_failure_turns_the_indicator_into_a_warning_in_words(qtbot, service, session_id):
    window = make_window(qtbot, service)
    window.open_session(session_id)
    window.workspace.context.sig_failed.emit(DiskFullError("There is no space left."))
    assert "The disk is full" in window.saved_label.text()
    assert "background" in window.saved_label.styleSheet()


def test_back_to_list_flushes_the_draft_and_refreshes(qtbot, service, session_id):
    window = make_window(qtbot, service)
    window.open_session(session_id)
    qtbot.waitUntil(window.workspace.notes.entry.hasFocus)  # the note line takes focus
    qtbot.keyClicks(window.workspace.notes.entry, "half")
    qtbot.keyClick(window.workspace.notes.entry, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.session_list
    assert service.sessions.workspace(session_id).draft == "half"


def test_demo_is_created_once_and_opens(qtbot, repo, service):
    demo_id = ensure_demo(service)
    assert ensure_demo(service) == demo_id
    window = make_window(qtbot, service)
    window.open_demo()
    assert window.workspace.context.session_id == demo_id
    assert window.workspace.notes.model.rowCount() >= 10


def test_a_deleted_demo_is_not_recreated_at_start(service):
    demo_id = ensure_demo(service)
    service.sessions.delete_session(demo_id)
    assert ensure_demo(service) is None


def test_new_session_dialog_creates_and_opens(qtbot, service, monkeypatch):
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.ui.dialogs import new_session

    planned = NewSession("Ana Ruiz", "Dental assistant", "Room 2", "Dr Chen",
                         (PlannedTask("Set up a tray", 10),))

    class Accepting:
        def __init__(self, *args, **kwargs):
            self.accepted_session = planned

        def exec(self):
            return 1

    monkeypatch.setattr(new_session, "NewSessionDialog", Accepting)
    window = make_window(qtbot, service)
    window.new_session()
    assert window.workspace is not None
    assert window.workspace.context.workspace.session.candidate_name == "Ana Ruiz"
    assert service.sessions.setting("last_observer_name") == "Dr Chen"


def test_session_menu_signs_through_the_sign_dialog(qtbot, service, session_id, tmp_path,
                                                    monkeypatch):
    from wi_desktop.ui.dialogs.sign import SignDialog

    window = make_window(qtbot, service)
    window.open_session(session_id)
    opened = []
    monkeypatch.setattr(SignDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    texts = {a.text(): a for a in window.session_menu.actions()}
    assert not texts["Amend finalised record…"].isEnabled()  # nothing to amend yet
    texts["Sign and save summary…"].trigger()
    assert len(opened) == 1


def test_quitting_with_a_task_running_asks_and_can_pause_it(qtbot, service, session_id,
                                                            monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wi_desktop.core.model import TaskState

    window = make_window(qtbot, service)
    window.open_session(session_id)
    task = service.sessions.workspace(session_id).tasks[0]
    window.workspace.context.apply(lambda: service.sessions.start_task(session_id,
                                                                                  task.id))
    asked = []

    def answer(box: QMessageBox, choice: str) -> int:
        asked.append(box.text())
        assert box.defaultButton().text() == "Pause it and quit"  # what Enter does
        next(b for b in box.buttons() if b.text() == choice).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Cancel"))
    assert not window.close()  # cancelled: still open, still running
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answer(box, "Pause it and quit"))
    assert window.close()
    assert "Pick an order" in asked[0]
    assert service.sessions.workspace(session_id).task(task.id).state is TaskState.PAUSED


def test_f1_lists_every_shortcut_from_the_list_and_in_a_session(qtbot, service, session_id,
                                                                 monkeypatch):
    from wi_desktop.ui.dialogs.shortcuts import ShortcutsDialog

    shown = []

    def record(dialog: ShortcutsDialog) -> int:
        shown.append((dialog.windowTitle(), dialog.text.toPlainText(), dialog.size()))
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", record)
    window = make_window(qtbot, service)
    window.show_shortcuts()  # from the list: the general keys
    window.open_session(session_id)
    help_action = next(a for a in window.menuBar().actions() if "Help" in a.text())
    f1 = next(a for a in help_action.menu().actions() if "Keyboard" in a.text())
    assert f1.shortcut().toString() == "F1"
    f1.trigger()
    (title, general, _), (_, in_session, size) = shown
    assert title == "Keyboard shortcuts"
    assert "Ctrl+N" in general
    # from the list too, a session's keys: the observer learns them before the candidate comes
    assert "In a session" in general and "Ctrl+Space" in general
    assert "Start / pause / resume task" in general and "Ctrl+Shift+S" in general
    assert "Ctrl+1…9" in general and "Alt+1…9" in general
    assert "Ctrl+Space" in in_session and "Start / pause / resume task" in in_session
    assert "Ctrl+Shift+S" in in_session
    assert size.height() <= 600  # fits a 1366×768 laptop; the list scrolls


def test_the_demo_deleted_by_the_user_comes_back_from_the_file_menu(qtbot, service):
    demo_id = ensure_demo(service)
    service.sessions.delete_session(demo_id)
    window = make_window(qtbot, service)
    file_menu = next(a for a in window.menuBar().actions() if "File" in a.text()).menu()
    next(a for a in file_menu.actions() if "demo" in a.text()).trigger()
    assert window.workspace is not None
    again = window.workspace.context.workspace.session
    assert again.is_demo and [s.id for s in service.sessions.list_sessions()] == [again.id]
    assert window.workspace.notes.model.rowCount() >= 10


def test_a_session_that_is_gone_is_reported_in_words(qtbot, service, session_id,
                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: told.append((title, text)))
    window = make_window(qtbot, service)
    service.sessions.delete_session(session_id)  # e.g. deleted while the list was showing
    window.open_session(session_id)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.session_list
    assert told and f"Session {session_id}" in told[0][1]


def test_role_templates_open_from_the_file_menu(qtbot, service, monkeypatch):
    from wi_desktop.ui.dialogs import template_editor

    opened = []
    monkeypatch.setattr(template_editor.TemplateEditorDialog, "exec",
                        lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window = make_window(qtbot, service)
    file_menu = next(a for a in window.menuBar().actions() if "File" in a.text()).menu()
    next(a for a in file_menu.actions() if "templates" in a.text()).trigger()
    assert opened and "template" in opened[0].lower()


def test_ctrl_n_plans_a_new_session_from_the_list_and_from_inside_a_session(
        qtbot, service, session_id, monkeypatch):
    from wi_desktop.ui.dialogs import new_session

    asked = []

    class Cancelled:
        def __init__(self, *args, **kwargs):
            asked.append(kwargs.get("default_observer"))
            self.accepted_session = None

        def exec(self):
            return 0

    monkeypatch.setattr(new_session, "NewSessionDialog", Cancelled)
    window = make_window(qtbot, service)
    window.activateWindow()
    qtbot.waitUntil(window.session_list.table.hasFocus)
    qtbot.keyClick(window.session_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    window.open_session(session_id)
    qtbot.keyClick(window.workspace.notes.entry, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    assert window.workspace is not None  # cancelled: the open session stays


def test_back_to_the_list_selects_the_session_just_left(qtbot, service, session_id, new_session):
    from dataclasses import replace

    other = service.sessions.create_session(replace(new_session, candidate_name="Sam Ortiz"))
    window = make_window(qtbot, service)
    window.open_session(session_id)  # the older one; the list had the newest selected
    window.show_list()
    assert window.session_list.selected_session().id == session_id != other


def test_deleting_a_note_says_how_to_bring_it_back(qtbot, service, session_id):
    window = make_window(qtbot, service)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts act in the active window
    window.open_session(session_id)
    notes = window.workspace.notes
    qtbot.keyClicks(notes.entry, "Dropped the scanner")
    qtbot.keyClick(notes.entry, Qt.Key.Key_Return)
    notes.view.setFocus()
    notes.view.selectRow(0)
    qtbot.keyClick(notes.view, Qt.Key.Key_Delete)
    assert service.notes.notes(session_id) == []
    assert window.statusBar().currentMessage() == "Note deleted. Ctrl+Z brings it back."


def test_quitting_for_a_script_asks_nothing_and_keeps_the_task_running(qtbot, service,
                                                                       session_id):
    window = make_window(qtbot, service)
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    window.open_session(session_id)
    window.unattended = True  # as --exit-after-show sets it
    assert window._may_quit_with_running_task()
    assert service.sessions.workspace(session_id).running_task() is not None


def test_the_window_and_the_observe_columns_open_as_they_were_left(qtbot, service,
                                                                   session_id):
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen().availableGeometry()
    first = make_window(qtbot, service)
    # on the test's small virtual screen, as large as it allows with a frame around it
    size = (min(1100, screen.width() - 40), min(650, screen.height() - 40))
    first.resize(*size)
    first.move(screen.x() + 7, screen.y() + 5)
    kept = (first.width(), first.height(), first.x(), first.y())
    first.open_session(session_id)
    first.workspace.splitter.setSizes([250, 560, 290])
    sizes = first.workspace.splitter.sizes()
    first.close()
    second = MainWindow(service)
    qtbot.addWidget(second)
    second.restore_geometry()
    # the small virtual screen of the tests moves and widens windows as it likes; the
    # height it leaves alone (the default is 720)
    assert second.height() == kept[1] == 650
    second.show()
    second.open_session(session_id)
    assert second.workspace.splitter.sizes() == sizes
