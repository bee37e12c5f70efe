"""Run the real program in this process and drive it from stdin, one command a line.

    python tests/e2e/driver.py --data-dir DIR [--session ID]

The program is started through ``wi_desktop.app.main`` itself (argument parsing,
logging, data file, demo session, main window, event loop); the driver only adds
a hook that runs once the event loop is up. The hook opens a session (``--session``,
else the oldest non-demo session, else a new one created through the use cases),
prints ``ready SESSION_ID`` and then serves commands. Every answer is one line on
stdout, flushed at once:

    note TEXT    type TEXT into the note line, press Enter  -> ack NOTE_ID (committed)
    enter        press Enter on the note line               -> ack NOTE_ID | ack none
    type TEXT    type TEXT without Enter, do not wait       -> ack typed
    draft TEXT   type TEXT, wait until the draft is stored  -> ack draft WAITED_MS
    start        Ctrl+Space on the note line                -> ack STATE TASK_TITLE
    state        what the window shows                      -> state {json}
    ping                                                    -> ack pong
    quit         close the window as a user would           -> ack quit, later: exit RC

Failures answer ``err ...``; a program that cannot start answers ``fail ...``.
Keys go through QTest into the widgets, so shortcuts, the Enter handler and the
draft timer run exactly as for a person. The Qt event loop keeps running between
commands (timers tick), because stdin is read by a thread and handed over through
a queue that a QTimer polls. End of stdin closes the window, so a vanished test
leaves no orphan behind.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import re
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from wi_desktop import app as wi_app  # noqa: E402
from wi_desktop.core.model import NewSession, PlannedTask  # noqa: E402
from wi_desktop.ui.mainwindow import MainWindow  # noqa: E402

POLL_MS = 10
DRAFT_TIMEOUT_S = 3.0
E2E_SESSION = NewSession(
    candidate_name="Noa Ben-David",
    role_name="Line cook",
    location="Kitchen 1",
    observer_name="E2E driver",
    tasks=(PlannedTask("Prep the mise en place", 20), PlannedTask("Cook two covers", 30)),
)
_out_lock = threading.Lock()


def emit(line: str) -> None:
    """One protocol line on stdout, flushed (the test reads with a timeout)."""
    with _out_lock:
        sys.stdout.write(line.replace("\n", " ") + "\n")
        sys.stdout.flush()


def type_text(widget: object, text: str) -> None:
    """Key presses for every character, as a keyboard (or an IME commit) would send.

    QTest.keyClicks only knows ASCII (any other character aborts in qasciikey.cpp),
    so other characters go as a key event carrying the whole code point as its text.
    """
    for run in re.findall(r"[ -~]+|[^ -~]", text):
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, run,
                               Qt.KeyboardModifier.NoModifier)


def plain(label_text: str) -> str:
    """The visible text of a rich-text label, e.g. '1:05 <span>of 20:00</span>' -> '1:05'."""
    return re.sub(r"<[^>]*>", "", label_text.split("<", 1)[0]).strip()


def modal_text() -> str | None:
    """Title and text of a modal dialog in front of the window (keys would go there)."""
    modal = QApplication.activeModalWidget()
    if modal is None:
        return None
    text = modal.text() if isinstance(modal, QMessageBox) else ""
    return f"{modal.windowTitle()}: {text}".strip()


class Driver(QObject):
    def __init__(self, app: QApplication, session_id: int | None) -> None:
        super().__init__()
        self.app = app
        self.wanted_session = session_id
        self.window: MainWindow | None = None
        self.session_id = 0
        self.commands: queue.Queue[str | None] = queue.Queue()
        self.busy = False
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.pump)

    # start-up -------------------------------------------------------------
    def attach(self) -> None:
        """Runs once app.main() has shown the window and entered the event loop."""
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            boxes = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QMessageBox) and w.isVisible()]
            emit("fail no main window" + "".join(f": {b.text()}" for b in boxes))
            self.app.exit(70)
            return
        window = self.window = windows[0]
        service = window.services
        session_id = self.wanted_session
        if session_id is None:
            own = sorted(s.id for s in service.sessions.list_sessions() if not s.is_demo)
            if not own:  # as an observer prepares it: briefing and agreements first
                created = service.sessions.create_session(E2E_SESSION)
                service.agreements.record_all_now(
                    created, service.agreements.missing_before_work(created))
                own = [created]
            session_id = own[0]
        window.open_session(session_id)
        if window.workspace is None or window.workspace.context.session_id != session_id:
            emit(f"fail session {session_id} did not open")
            self.app.exit(71)
            return
        self.session_id = session_id
        window.activateWindow()
        QTest.qWaitForWindowExposed(window, 5000)
        self.page.notes.focus_entry()
        threading.Thread(target=self._read_stdin, name="stdin", daemon=True).start()
        self.poll.start()
        emit(f"ready {session_id}")

    def _read_stdin(self) -> None:
        # os.read, not sys.stdin: a daemon thread blocked inside a buffered reader holds
        # its lock, and the interpreter aborts at exit ("could not acquire lock for stdin")
        pending = b""
        while chunk := os.read(0, 65536):
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for raw in lines:
                self.commands.put(raw.decode("utf-8").rstrip("\r"))
        self.commands.put(None)

    @property
    def page(self):  # type: ignore[no-untyped-def]
        assert self.window is not None and self.window.workspace is not None
        return self.window.workspace

    # commands -------------------------------------------------------------
    def pump(self) -> None:
        """Serve queued commands back to back, as fast as a burst arrives, letting the
        event loop run between them (timers, repaints). Never re-entered: the waits in
        some commands run nested event loops, in which this poll fires again."""
        if self.busy:
            return
        self.busy = True
        try:
            while self.poll.isActive():
                try:
                    line = self.commands.get_nowait()
                except queue.Empty:
                    return
                self.serve(line)
                QApplication.processEvents()
        finally:
            self.busy = False

    def serve(self, line: str | None) -> None:
        if line is None:  # end of stdin: the test is gone, quit as a user would
            self.poll.stop()
            if self.window is not None:
                self.close_window()
            return
        word, _, rest = line.partition(" ")
        handler = getattr(self, f"cmd_{word}", None)
        try:
            emit(handler(rest) if handler else f"err unknown command {word!r}")
        except Exception as error:  # an answer, not a dead driver
            emit(f"err {type(error).__name__}: {error}")

    def _press_enter(self) -> str:
        notes = self.page.notes
        before = {n.id for n in notes.model.notes()}
        QTest.keyClick(notes.entry, Qt.Key.Key_Return)
        added = [n for n in notes.model.notes() if n.id not in before]
        if not added:
            return "ack none"
        if len(added) > 1 or notes.entry.text():
            raise RuntimeError(f"unexpected commit: {added!r}, line {notes.entry.text()!r}")
        # the id came back from the committed transaction; check it really is in the file
        stored = self.page.context.services.notes.note(added[0].id)
        return f"ack {stored.id}"

    def cmd_note(self, text: str) -> str:
        type_text(self.page.notes.entry, text)
        answer = self._press_enter()
        if answer == "ack none":
            return f"err not committed; saved indicator: {self.window.saved_label.text()}"
        return answer

    def cmd_enter(self, _rest: str) -> str:
        return self._press_enter()

    def cmd_type(self, text: str) -> str:
        type_text(self.page.notes.entry, text)
        return "ack typed"

    def cmd_draft(self, text: str) -> str:
        entry = self.page.notes.entry
        type_text(entry, text)
        typed = time.monotonic()
        sessions, session_id = self.page.context.services.sessions, self.session_id
        while sessions.workspace(session_id).draft != entry.text():
            if time.monotonic() - typed > DRAFT_TIMEOUT_S:
                return f"err draft not stored after {DRAFT_TIMEOUT_S} s"
            QTest.qWait(POLL_MS)  # the event loop runs: the draft timer can fire
        return f"ack draft {round((time.monotonic() - typed) * 1000)}"

    def cmd_start(self, _rest: str) -> str:
        QTest.keyClick(self.page.notes.entry, Qt.Key.Key_Space,
                       Qt.KeyboardModifier.ControlModifier)
        task = self.page.timers.selected_task()
        if task is None:
            return "err no task selected"
        if modal_text():
            return f"err a dialog is open: {modal_text()}"
        return f"ack {task.state.label} {task.title}"

    def cmd_state(self, _rest: str) -> str:
        page = self.page
        timers, notes = page.timers, page.notes
        selected = timers.selected_task()
        running = page.context.workspace.running_task()
        return "state " + json.dumps({
            "session_id": self.session_id,
            "selected_task": selected.title if selected else None,
            "selected_state": selected.state.label if selected else None,
            "running_task": running.title if running else None,
            "running_task_id": running.id if running else None,
            "time_text": plain(timers.current_time.text()),
            "time_html": timers.current_time.text(),
            "session_clock": page.clock_label.text(),
            "notes": notes.model.rowCount(),
            "note_ids": [n.id for n in notes.model.notes()],
            "count_label": notes.count_label.text(),
            "entry": notes.entry.text(),
            "entry_has_focus": notes.entry.hasFocus(),
            "saved_label": self.window.saved_label.text() if self.window else "",
            "window_title": self.window.windowTitle() if self.window else "",
            "modal": modal_text(),
            "now_ms": page.context.now_ms(),
        }, ensure_ascii=False)

    def cmd_ping(self, _rest: str) -> str:
        return "ack pong"

    def cmd_quit(self, _rest: str) -> str:
        self.poll.stop()
        assert self.window is not None
        QTimer.singleShot(0, self.close_window)  # closeEvent flushes, last window quits
        return "ack quit"

    def close_window(self) -> None:
        """Close as a user would; with a task running, answer "keep it running"."""
        QTimer.singleShot(100, self.answer_quit_question)
        assert self.window is not None
        self.window.close()

    @staticmethod
    def answer_quit_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            for button in box.buttons():
                if button.text() == "Keep it running and quit":
                    button.click()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--session", type=int)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    app = QApplication.instance() or QApplication(sys.argv[:1])  # app.main() reuses it
    driver = Driver(app, args.session)  # type: ignore[arg-type]
    QTimer.singleShot(0, driver.attach)
    code = wi_app.main(["--data-dir", str(args.data_dir)])
    emit(f"exit {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
