"""Every window fits a 1024×600 laptop and a 1920×1080 screen at 200 % (960×540 logical):
the main window at each of its pages, every dialog and the template editor can be made as
small as the room such a screen leaves (its panel and a title bar taken off), and a window
never opens larger than the screen it is on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, QSize

from wi_desktop.app import ensure_demo
from wi_desktop.core.model import Departure
from wi_desktop.ui.context import SessionContext
from wi_desktop.ui.mainwindow import MainWindow
from wi_desktop.ui.screen_fit import SMALLEST_ROOM, effective_minimum, fit_to_screen


def fits(widget) -> QSize:
    smallest = effective_minimum(widget)
    assert smallest.width() <= SMALLEST_ROOM.width(), (type(widget).__name__, smallest)
    assert smallest.height() <= SMALLEST_ROOM.height(), (type(widget).__name__, smallest)
    return smallest


@pytest.fixture
def demo(service):
    return SessionContext(service, ensure_demo(service))


def test_the_main_window_fits_on_the_list_and_on_every_tab_of_a_session(qtbot, service,
                                                                        demo):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    fits(window)
    window.open_session(demo.session_id)
    tabs = window.workspace.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        fits(window)


def dialogs(service, demo, tmp_path):
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.export.keys import ObserverKeyStore
    from wi_desktop.storage.shelf import BackupShelf
    from wi_desktop.ui.compare_window import CompareWindow
    from wi_desktop.ui.dialogs.amend import AmendDialog
    from wi_desktop.ui.dialogs.briefing import BriefingDialog
    from wi_desktop.ui.dialogs.business import BusinessDialog
    from wi_desktop.ui.dialogs.compare_sign import CompareSignDialog
    from wi_desktop.ui.dialogs.correct_hours import HoursDialog
    from wi_desktop.ui.dialogs.departures import DeparturesDialog
    from wi_desktop.ui.dialogs.edit_note import EditNoteDialog
    from wi_desktop.ui.dialogs.export_data import ExportDataDialog
    from wi_desktop.ui.dialogs.finalise import FinaliseDialog
    from wi_desktop.ui.dialogs.new_session import NewSessionDialog
    from wi_desktop.ui.dialogs.past_stamp import PastStampDialog
    from wi_desktop.ui.dialogs.restore import RestoreDialog
    from wi_desktop.ui.dialogs.shortcuts import ShortcutsDialog
    from wi_desktop.ui.dialogs.sign import SignDialog
    from wi_desktop.ui.dialogs.template_editor import TemplateEditorDialog

    def comparison():  # the demo beside a second candidate for its role
        other = service.sessions.create_session(NewSession(
            "Jo Park", demo.workspace.session.role_name, "", "Sam Okafor",
            (PlannedTask("Serve", 10),)))
        return service.comparison.compare([demo.session_id, other])

    hours = service.pay.pay_view(demo.session_id).hours
    departures = [Departure("dropped", "Check the stock room", 15, None),
                  Departure("changed", "Lift and carry", 10, 20),
                  Departure("added", "Answer the phone", None, 5)]
    now = service.clock.now_ms()
    return {
        "new session": lambda: NewSessionDialog(library=service.templates,
                                                role_names=["Warehouse associate"]),
        "template editor": lambda: TemplateEditorDialog(service.templates),
        "departures": lambda: DeparturesDialog(departures, "Warehouse associate", {}),
        "edit note": lambda: EditNoteDialog("Lifted with bent knees " * 40),
        "briefing": lambda: BriefingDialog(demo),
        "finalise": lambda: FinaliseDialog(demo),
        "sign": lambda: SignDialog(demo, ObserverKeyStore(tmp_path / "keys"),
                                   default_folder=tmp_path),
        "amend": lambda: AmendDialog(demo),
        "correct hours": lambda: HoursDialog(hours, dt.date.today()),
        "past stamp": lambda: PastStampDialog("the consent", now - 3_600_000, now, "Pat Kim"),
        "restore": lambda: RestoreDialog(BackupShelf(None, tmp_path / "none"), lambda p: None),
        "shortcuts": lambda: ShortcutsDialog({}),
        "business": lambda: BusinessDialog(service.business),
        "export data": lambda: ExportDataDialog(service),
        "compare": lambda: CompareWindow(service, comparison()),
        "sign comparison": lambda: CompareSignDialog(service, comparison()),
    }


NAMES = ["new session", "template editor", "departures", "edit note", "briefing",
         "finalise", "sign", "amend", "correct hours", "past stamp", "restore", "shortcuts",
         "business", "export data", "compare", "sign comparison"]


@pytest.mark.parametrize("name", NAMES)
def test_every_dialog_can_be_as_small_as_a_1024_by_600_screen_allows(qtbot, service, demo,
                                                                     tmp_path, name):
    dialog = dialogs(service, demo, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fits(dialog)
    # and on such a screen it opens no larger than the room there is
    small = QRect(0, 28, 1024, 572)
    given = fit_to_screen(dialog, dialog.size().expandedTo(QSize(1400, 900)), small)
    assert given.width() <= 1024 and given.height() <= 572


def test_a_window_opens_no_larger_than_its_screen_and_on_it(qtbot, service):
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    room = QRect(0, 28, 1024, 572)
    window.move(600, 400)  # as if last closed on a larger screen
    size = fit_to_screen(window, QSize(1280, 720), room)
    assert size.width() <= 1024 and size.height() <= 572
    qtbot.waitUntil(lambda: window.frameGeometry().top() >= room.top())
    frame = window.frameGeometry()
    assert room.contains(frame.topLeft()) and frame.right() <= room.right() + 1


def test_on_a_small_screen_the_notes_get_the_room_the_side_columns_do_not_need(qtbot,
                                                                            service, demo):
    from wi_desktop.ui.workspace_tabs import OBSERVE_SIDES, observe_columns

    window = MainWindow(service)
    qtbot.addWidget(window)
    window.resize(952, 508)  # 1920×1080 at 200 %, less a title bar
    window.show()
    qtbot.waitExposed(window)
    window.open_session(demo.session_id)
    splitter = window.workspace.splitter
    qtbot.waitUntil(lambda: splitter.sizes()[0] == OBSERVE_SIDES[0][0])
    tasks, notes, rubric = splitter.sizes()
    assert (tasks, rubric) == (230, 270)  # each side at its least
    assert notes >= 380 and notes == max(splitter.sizes())
    wide = observe_columns(1350)  # a 1366 px laptop: the sides a share, the notes the rest
    assert wide[1] > wide[0] and wide[1] > wide[2] and wide[2] <= OBSERVE_SIDES[1][2]
