"""Child processes running the real program: start, talk to (always with a timeout), kill."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "driver.py"
DATA_FILE = "wi-desktop.sqlite3"
START_TIMEOUT_S = 30.0  # a cold start of PySide6 on a loaded CI machine
ANSWER_TIMEOUT_S = 10.0
PROTOCOL_WORDS = ("ready", "ack", "err", "fail", "state", "exit")
_EOF = object()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"
    env.pop("QT_QPA_PLATFORMTHEME", None)
    return env


def hard_kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL: no handler, no flush, no atexit; only what is already in the file survives."""
    if proc.poll() is not None:
        return
    if hasattr(signal, "SIGKILL"):
        os.kill(proc.pid, signal.SIGKILL)
    else:  # Windows: TerminateProcess is as abrupt
        proc.kill()
    proc.wait(timeout=10)


class Child:
    """The driver (or the program itself) in a child process, talking line by line."""

    def __init__(self, args: list[str], log_path: Path) -> None:
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, env=child_env(),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log)
        self.lines: queue.Queue[object] = queue.Queue()
        self.noise: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode("utf-8", "replace").rstrip("\r\n"))
        self.lines.put(_EOF)

    def stderr_tail(self, chars: int = 3000) -> str:
        self._log.flush()
        return self.log_path.read_text("utf-8", "replace")[-chars:]

    def _trouble(self, what: str) -> AssertionError:
        return AssertionError(f"{what}\n--- child exit code: {self.proc.poll()}\n"
                              f"--- other stdout: {self.noise[-20:]}\n"
                              f"--- stderr tail:\n{self.stderr_tail()}")

    def expect(self, timeout: float = ANSWER_TIMEOUT_S) -> str:
        """The next protocol line, or a clear failure (never a hang)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(0.0, left))
            except queue.Empty:
                raise self._trouble(f"no answer within {timeout} s") from None
            if line is _EOF:
                self.lines.put(_EOF)  # stays at the end for later readers
                raise self._trouble("the child closed its output")
            assert isinstance(line, str)
            if line.split(" ", 1)[0] in PROTOCOL_WORDS:
                return line
            self.noise.append(line)

    def drain(self) -> list[str]:
        """Protocol lines already written by a child that has ended."""
        self._reader.join(timeout=10)
        found = []
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                return found
            if isinstance(line, str) and line.split(" ", 1)[0] in PROTOCOL_WORDS:
                found.append(line)

    def send(self, *lines: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("".join(f"{line}\n" for line in lines).encode("utf-8"))
        self.proc.stdin.flush()

    def ask(self, command: str, timeout: float = ANSWER_TIMEOUT_S) -> str:
        """Send one command; return its ack's payload (fails on err)."""
        self.send(command)
        answer = self.expect(timeout)
        if not answer.startswith("ack"):
            raise self._trouble(f"{command!r} answered {answer!r}")
        return answer[4:]

    def state(self) -> dict[str, object]:
        self.send("state")
        answer = self.expect()
        if not answer.startswith("state "):
            raise self._trouble(f"state answered {answer!r}")
        return json.loads(answer[6:])  # type: ignore[no-any-return]

    def kill(self) -> None:
        hard_kill(self.proc)

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise self._trouble(f"the child did not exit within {timeout} s") from None

    def close(self) -> None:
        hard_kill(self.proc)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._log.close()


class Driver(Child):
    """tests/e2e/driver.py: the real program plus a command loop."""

    session_id = 0

    def __init__(self, data_dir: Path, log_path: Path, session: int | None = None) -> None:
        args = [str(DRIVER), "--data-dir", str(data_dir)]
        if session is not None:
            args += ["--session", str(session)]
        super().__init__(args, log_path)

    def wait_ready(self) -> Driver:
        ready = self.expect(START_TIMEOUT_S)
        if not ready.startswith("ready "):
            raise self._trouble(f"the driver did not start: {ready!r}")
        self.session_id = int(ready.split()[1])
        return self


class Launcher:
    """Starts children and registers them before waiting on them (no orphans)."""

    def __init__(self, children: list[Child], logs: Path) -> None:
        self.children = children
        self.logs = logs

    def _log(self, kind: str) -> Path:
        return self.logs / f"{kind}-{len(self.children) + 1}.stderr"

    def driver(self, data_dir: Path, session: int | None = None) -> Driver:
        driver = Driver(data_dir, self._log("driver"), session)
        self.children.append(driver)
        return driver.wait_ready()

    def program(self, args: list[str]) -> Child:
        child = Child(args, self._log("program"))
        self.children.append(child)
        return child


def connect_ro(data_dir: Path) -> sqlite3.Connection:
    """A second reader of the data file, as another process would be."""
    conn = sqlite3.connect(data_dir / DATA_FILE, timeout=5)
    conn.execute("PRAGMA query_only = ON")
    return conn
