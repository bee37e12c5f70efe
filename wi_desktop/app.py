"""Wiring: arguments, logging, paths, the data file, then the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wi_desktop import __version__
from wi_desktop.arguments import parse_args
from wi_desktop.core.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    ForeignFileError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
    WiError,
)
from wi_desktop.paths import AppPaths, app_paths
from wi_desktop.qt_imports import answer_quickly  # read before Qt: its hook never sees it

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from wi_desktop.ui.backups import BackupScheduler
    from wi_desktop.ui.mainwindow import MainWindow
    from wi_desktop.ui.quit_signals import QuitOnSignals
    from wi_desktop.wiring import Services

log = logging.getLogger("wi_desktop")
DEMO_CREATED_KEY = "demo_created"


LOG_MAX_BYTES = 1_000_000
LISTEN_AFTER_MS = 300
PRELOAD_AFTER_MS = 1500
"""The workspace's modules are read this long after the list shows (the first backup check
and the single-instance server come first)."""


def setup_logging(paths: AppPaths) -> None:
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        log_file = paths.log_dir / "wi-desktop.log"
        # rotate once at start (logging.handlers costs ~12 ms of start-up to import)
        if log_file.exists() and log_file.stat().st_size > LOG_MAX_BYTES:
            os.replace(log_file, log_file.with_suffix(".log.1"))
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()  # an unwritable log folder must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def missing_display_libraries() -> list[str]:
    """Debian packages Qt's X11 plugin needs but the system lacks (checked before Qt loads)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return []
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return []
    import ctypes.util

    needed = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0",
              "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1"}
    return [package for library, package in needed.items()
            if ctypes.util.find_library(library) is None]


def open_services(paths: AppPaths, *, background_checkpoints: bool = False) -> Services:
    """Open (or create) the data folder and its file, and wire its services. The window
    asks for BACKGROUND_CHECKPOINTS: no note's commit then waits for SQLite's checkpoint."""
    from wi_desktop.wiring import open_services as wire

    make_data_dir(paths)
    return wire(paths, background_checkpoints=background_checkpoints)


def ensure_demo(services: Services) -> int | None:
    """On the very first run, add the demo session; return its id if there is one."""
    sessions = services.sessions
    demo = sessions.demo_session_id()
    if demo is not None:
        return demo
    if sessions.setting(DEMO_CREATED_KEY):
        return None  # the user deleted it: respect that
    from wi_desktop.core.demo import create_demo_session

    with services.batch():
        session_id = create_demo_session(services)
        sessions.remember(DEMO_CREATED_KEY, "1")
    return session_id


def _register_fonts() -> None:
    from wi_desktop.ui.fonts import register_fallback_fonts
    register_fallback_fonts()


COMMANDS = ("list", "export", "verify", "certificate", "record", "import", "table",
            "search")  # as cli.py


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if len(arguments) > 2 and arguments[0] == "--data-dir" and arguments[2] in COMMANDS:
        arguments = [arguments[2], *arguments[:2], *arguments[3:]]  # git's order, too
    if arguments and arguments[0] in COMMANDS:
        from wi_desktop import cli

        return cli.main(arguments)
    collecting = gc.isenabled()
    gc.disable()  # what the start makes stays alive: collecting it is wasted (~3 ms)
    try:  # the window's event loop collects, on its own thread (ui/collector.py)
        return open_window(argv)
    finally:
        if collecting:
            gc.enable()


def english_system() -> bool:
    """The environment asks for English, or for a language not shipped."""
    from wi_desktop.languages.catalogue import SOURCE, chosen_language, environment_languages

    return chosen_language(None, environment_languages()) == SOURCE


def open_window(argv: list[str] | None) -> int:
    """The program as a window: the data folder, its services, the window, its loop."""
    args = parse_args(argv)
    missing = missing_display_libraries()
    if missing:
        print("Qt needs these system packages to open a window:\n"
              f"  sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 3
    paths = app_paths(args.data_dir)
    setup_logging(paths)
    log.info("starting %s with data in %s", __version__, paths.data_dir)
    from wi_desktop.crash import CrashHandler

    crash_handler = CrashHandler(paths.log_dir)
    crash_handler.install()

    from PySide6.QtWidgets import QApplication
    answer_quickly()  # before the window's modules are imported
    from wi_desktop.ui.collector import collect_on_gui_thread

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("wi-desktop")
    app.setApplicationDisplayName("Working Interview Observer")
    app.setDesktopFileName("io.github.wi_desktop.WiDesktop")
    collector = collect_on_gui_thread(app)  # cycles are never collected on a worker thread
    app.setWindowIcon(window_icon())
    from wi_desktop.ui.single_instance import InstanceGuard

    guard = InstanceGuard(paths.data_dir)
    services: Services | None = None
    if not english_system():  # what goes wrong with the data is said in that language
        from wi_desktop.languages.install import install_language

        install_language(app, None)
    try:
        make_data_dir(paths)
        if not guard.acquire():
            return already_running(paths)
        try:
            services = open_services(paths, background_checkpoints=True)
        except CorruptDatabaseError as damaged:
            from wi_desktop.ui import startup
            from wi_desktop.wiring import folder_backups

            if not startup.recover_corrupt(folder_backups(paths), damaged):
                return 2
            services = open_services(paths, background_checkpoints=True)
        demo_id = ensure_demo(services)
    except (ReadOnlyError, ForeignFileError, ForeignDatabaseError, NewerSchemaError) as error:
        # the file stays as it is; the way out is another folder
        log.error("cannot use the data folder: %s", error)
        if services is not None:
            services.close()  # opened before the refusal (e.g. making the demo)
        guard.release()
        from wi_desktop.ui import startup

        other = startup.choose_other_folder(error)
        if other is None:
            return 2
        return open_window([*(argv or sys.argv[1:]), "--data-dir", str(other)])
    except WiError as error:
        log.error("cannot open data: %s", error)
        print(f"{error.heading}: {error}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, error.heading, f"{error.message}\n\n{error.hint}".strip())
        return 2 if isinstance(error, StorageError) else 1

    from wi_desktop.languages.install import install_language
    from wi_desktop.ui.mainwindow import MainWindow

    install_language(app, services)  # before the first window: its words are read now
    window = MainWindow(services, list_first=args.open is None)
    window.restore_geometry()
    window.apply_saved_colours()
    crash_handler.save_callbacks.append(window.flush)
    backups: list[BackupScheduler] = []
    window.restore_handler = restorer(paths, window)
    guard.sig_activate_requested.connect(lambda: bring_to_front(window))
    if args.open is not None:  # straight to the session: the list is made when first shown
        open_asked(window, services, args.open)
        if window.workspace is None:
            window.show_list()
    window.show()
    from PySide6.QtCore import QTimer

    # other copies started on this folder find us from now on (the lock already stops
    # them); QtNetwork loads once the first window is painted, not before
    QTimer.singleShot(LISTEN_AFTER_MS, guard.listen)
    signals: list[QuitOnSignals] = []  # log-out, kill, Ctrl+C: quit as the window's close does
    QTimer.singleShot(LISTEN_AFTER_MS, lambda: signals.extend(watch_quit_signals(window)))
    if not args.exit_after_show:
        QTimer.singleShot(1000, lambda: backups.append(start_backups(window)))
        QTimer.singleShot(PRELOAD_AFTER_MS, window.preload_workspace)
        QTimer.singleShot(PRELOAD_AFTER_MS, _register_fonts)
    previous_crash = crash_handler.take_previous_crash()
    if previous_crash:
        window.show_notice(app.translate("Startup", "Stopped unexpectedly last time"),
                           previous_crash)
    from wi_desktop.paths import risky_location

    risk = risky_location(paths.data_dir)
    if risk:
        window.show_notice(app.translate("Startup", "Your data folder may not be safe"),
                           risk + "\n\n" + app.translate(
            "Startup", "Move it to a local folder, or start the program with --data-dir "
            "pointing at one. Backups are kept in the data folder too."))
    if args.open is None and args.demo and demo_id is not None:
        window.open_session(demo_id)
    elif args.open is None and args.demo:
        window.open_demo()
    if args.exit_after_show:
        QTimer.singleShot(0, lambda: quit_once_shown(app, window))
    try:
        code = int(app.exec())
        window.flush()
        for scheduler in backups:
            scheduler.backup_now("quit")
        window.services.close()
        return code
    finally:
        for watcher in signals:
            watcher.uninstall()
        collector.stop()
        guard.release()


ICON_SIZES = (16, 32, 48, 64, 128, 256)


def window_icon() -> QIcon:
    """The program's icon at the sizes a desktop asks for, from the PNGs drawn from its SVG
    (packaging/render_icons.py): reading SVG would load Qt's SVG plugin before the window."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from wi_desktop.paths import resource_dir

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_dir() / "icons" / f"wi-desktop-{size}.png"), QSize(size, size))
    return icon


def watch_quit_signals(window: MainWindow) -> list[QuitOnSignals]:
    from wi_desktop.ui.quit_signals import quit_on_signals

    watcher = quit_on_signals(window)
    return [] if watcher is None else [watcher]


def open_asked(window: MainWindow, services: Services, session_id: int) -> None:
    """--open ID: that session's workspace, or a word on why not (the list stays)."""
    from wi_desktop.core.errors import NotFound

    try:
        services.sessions.summary(session_id)
    except NotFound:
        print(f"There is no session {session_id} in this data folder "
              "(see: wi-desktop list).", file=sys.stderr)
        from PySide6.QtCore import QCoreApplication

        window.show_notice(QCoreApplication.translate("Startup", "No such session"),
                           QCoreApplication.translate(
            "Startup", "There is no session {number} in this data folder. The list shows "
            "the sessions there are.").format(number=session_id))
        return
    window.open_session(session_id)


def quit_once_shown(app: QCoreApplication, window: MainWindow) -> None:
    """--exit-after-show: quit once the window is on screen, with an open session's
    workspace as the observer first sees it (its newest notes; the older notes of a long
    session, and a tab behind another, are read just after, when they are needed)."""
    window.unattended = True  # nobody is there to answer "a task is still running"
    app.quit()


def restorer(paths: AppPaths, window: MainWindow) -> Callable[[Path], Path | None]:
    """What File → Restore does: swap the data file for a backup (on a thread of its own,
    the window waiting) and reopen it; the window announces the new services once."""

    def restore(backup: Path) -> Path | None:
        from wi_desktop.ui.backups import wait_for
        from wi_desktop.wiring import folder_backups

        window.flush()
        window.sig_closing_data.emit()  # a backup in flight reads the file being replaced
        window.services.close()
        try:  # the current file is kept aside, never deleted
            return wait_for(lambda: folder_backups(paths).restore(backup),
                            "Restoring the backup…", window)
        finally:  # reopen whichever file is now in place
            reopen(paths, window)

    return restore


def reopen(paths: AppPaths, window: MainWindow) -> None:
    """Give the window the services of the data file now in place; if it cannot be opened,
    say so and quit (the next start offers the recovery a damaged file gets)."""
    try:
        window.replace_services(open_services(paths, background_checkpoints=True))
    except WiError as error:
        log.error("cannot reopen the data file after a restore: %s", error)
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.critical(window, error.heading, f"{error.message}\n\nThe program will close; "
                             "start it again to open or recover your data.")
        window.unattended = True
        QApplication.quit()


def start_backups(window: MainWindow) -> BackupScheduler:
    """Automatic backups, started once the window is up (nothing at start waits for them);
    they follow the window's services through a restore."""
    from wi_desktop.ui.backups import BackupScheduler

    scheduler = BackupScheduler(window.services, window)
    scheduler.sig_failed.connect(window.show_failure)
    window.sig_closing_data.connect(scheduler.finish_running)
    window.sig_services_replaced.connect(scheduler.use_services)
    scheduler.backup_if_due()
    scheduler.start()
    return scheduler


def make_data_dir(paths: AppPaths) -> None:
    from wi_desktop.storage.connection import translate_os_error

    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, paths.data_dir) from exc


def already_running(paths: AppPaths) -> int:
    """A second copy on the same data: say so, offer to show the first one, and quit."""
    from PySide6.QtWidgets import QMessageBox

    from wi_desktop.ui.single_instance import ask_running_copy_to_activate

    box = QMessageBox(QMessageBox.Icon.Information, "Already open",
                      "Working Interview Observer is already open with the data in "
                      f"“{paths.data_dir}”.\n\nOnly one copy can use the same data at a time, "
                      "so that no note is ever written twice or lost.")
    front = box.addButton("Bring it to the front", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(front)
    box.exec()
    if box.clickedButton() is front:
        ask_running_copy_to_activate(paths.data_dir)
    print(f"Already open with the data in {paths.data_dir}.", file=sys.stderr)
    return 4


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
