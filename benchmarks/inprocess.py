"""In-process figures over a real MainWindow and a real data file (run by benchmarks/run.py).

    python benchmarks/inprocess.py commit --notes 500 --rounds 3 --out FILE
    python benchmarks/inprocess.py stall --seed-notes 5000 --notes 200 --rounds 3 --out FILE

Each runs in its own process so that run.py stays free of Qt (its memory would otherwise
leak into the children's max RSS) and each figure starts from a clean QApplication.
The data file is opened exactly as the program opens it (wi_desktop.app.open_services:
WAL, synchronous=FULL, foreign keys, secure_delete, checkpoints from a thread) in a fresh
temporary folder.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from wi_desktop.app import open_services  # noqa: E402
from wi_desktop.core.model import NewSession, Note, PlannedTask, Polarity  # noqa: E402
from wi_desktop.paths import app_paths  # noqa: E402
from wi_desktop.ui.collector import collect_on_gui_thread  # noqa: E402
from wi_desktop.ui.mainwindow import MainWindow  # noqa: E402

COMPETENCIES = (None, "work_ethic", "communication", "problem_solving", "technical", None)
PHRASES = (
    "Checks the pick list against the shelf label before lifting",
    "Asked where the spare labels are kept",
    "Greeted the customer by name and repeated the order back",
    "Lifted with bent knees, box close to the body",
    "Paused to re-read the task card, then carried on",
)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(q / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def note_text(i: int) -> str:
    return f"{i}: {PHRASES[i % len(PHRASES)]}"


class Bench:
    """A data folder, the service over it, and the program's main window."""

    def __init__(self, root: Path) -> None:
        self.paths = app_paths(root / "data")
        self.service = open_services(self.paths, background_checkpoints=True)  # as app.main
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        # cycles collected from the event loop, never inside an Enter: as app.open_window
        self.collector = collect_on_gui_thread(self.app)
        self.window = MainWindow(self.service)
        # a benchmark quits with a task running without asking what to do with it
        self.window._may_quit_with_running_task = lambda: True  # type: ignore[method-assign]
        self.window.resize(1280, 720)
        self.window.show()
        self.other_line = QLineEdit()  # where the floor's text is typed (figure 3)
        self.settle()

    def new_session(self, label: str) -> int:
        session_id = self.service.sessions.create_session(NewSession(
            candidate_name=f"Bench {label}", role_name="Warehouse associate",
            location="Dock 2", observer_name="Pat Kim",
            tasks=(PlannedTask("Pick an order", 10), PlannedTask("Pack and label", 5))))
        first_task = self.service.sessions.workspace(session_id).tasks[0]
        self.service.sessions.start_task(session_id, first_task.id)  # notes get stamped with a task
        return session_id

    def seed_notes(self, session_id: int, count: int) -> None:
        """Bring in notes in one transaction (as a moved session record comes in)."""
        workspace = self.service.sessions.workspace(session_id)
        task_id = workspace.tasks[0].id
        start = self.service.clock.now_ms() - count * 1000
        self.service.notes.import_notes(session_id, [Note(
            id=0, session_id=session_id, created_ms=start + i * 1000,
            elapsed_ms=i * 1000, text=note_text(i), task_id=task_id,
            competency_key=COMPETENCIES[i % len(COMPETENCIES)],
            polarity=Polarity((i % 3) - 1)) for i in range(count)])

    def open(self, session_id: int):  # type: ignore[no-untyped-def]
        self.window.open_session(session_id)
        page = self.window.workspace
        assert page is not None, "the session did not open"
        self.settle()
        page.notes.focus_entry()
        return page

    def settle(self, ms: int = 50) -> None:
        deadline = time.perf_counter() + ms / 1000
        while time.perf_counter() < deadline:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def stored_texts(self, session_id: int) -> list[str]:
        """What another connection sees in the data file: committed rows only."""
        other = sqlite3.connect(f"file:{self.paths.data_file}?mode=ro", uri=True)
        try:
            rows = other.execute("SELECT text FROM notes WHERE session_id = ? ORDER BY id",
                                 (session_id,)).fetchall()
        finally:
            other.close()
        return [str(r[0]) for r in rows]


# ---------------------------------------------------------------------------------------
# 3. note commit latency
# ---------------------------------------------------------------------------------------

def floor_connection(folder: Path) -> sqlite3.Connection:
    """A bare connection with the program's pragmas, in the same folder (same disk)."""
    conn = sqlite3.connect(str(folder / "floor.sqlite3"), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, "
                 "session_id INTEGER NOT NULL, created_ms INTEGER NOT NULL, "
                 "elapsed_ms INTEGER NOT NULL, task_id INTEGER, competency_key TEXT, "
                 "polarity INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, edited_ms INTEGER)")
    conn.execute("CREATE INDEX IF NOT EXISTS notes_by_session "
                 "ON notes(session_id, created_ms, id)")
    return conn


def floor_commit(conn: sqlite3.Connection, i: int, text: str) -> float:
    t0 = time.perf_counter_ns()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO notes (session_id, created_ms, elapsed_ms, task_id, "
                 "competency_key, polarity, text) VALUES (1, ?, ?, 1, NULL, 0, ?)",
                 (i, i, text))
    conn.execute("COMMIT")
    return (time.perf_counter_ns() - t0) / 1e6


def run_commit(notes: int, rounds: int, warmup: int, preload: int = 0) -> dict[str, Any]:
    """Enter → committed, in a session that already holds PRELOAD notes; the floor's table
    holds as many rows (the same index depth), so the ratio is what the program adds. Each
    commit, the note's and the bare one, follows the typing of its text: a commit that
    follows typing runs slower than one that follows another commit (measured here: 0.43
    against 0.34 ms median), and timing the bare commit just after the note's made the
    ratio say more about the order than about the program."""
    with tempfile.TemporaryDirectory(prefix="wi-bench-commit-") as tmp:
        bench = Bench(Path(tmp))
        floor = floor_connection(bench.paths.data_dir)
        if preload:
            floor.execute("BEGIN")
            floor.executemany(
                "INSERT INTO notes (session_id, created_ms, elapsed_ms, task_id, "
                "competency_key, polarity, text) VALUES (1, ?, ?, 1, NULL, 0, ?)",
                [(-i, -i, note_text(i)) for i in range(preload)])
            floor.execute("COMMIT")
        # time the use case inside the Enter too (an instance attribute, the program is
        # unchanged): Enter minus service.add_note is what the UI adds to a commit
        service = bench.service
        use_case = service.notes.add_note
        inner: list[float] = []
        committed_at: list[int] = []

        def timed_add_note(*a: Any, **k: Any) -> Note:
            t0 = time.perf_counter_ns()
            try:
                return use_case(*a, **k)
            finally:
                committed_at.append(time.perf_counter_ns())  # the row is on disk now
                inner.append((committed_at[-1] - t0) / 1e6)

        service.notes.add_note = timed_add_note  # type: ignore[method-assign]
        per_round: list[dict[str, float]] = []
        all_ours: list[float] = []
        all_floor: list[float] = []
        problems: list[str] = []
        for r in range(rounds):
            session_id = bench.new_session(f"commit {r}")
            if preload:
                bench.seed_notes(session_id, preload)
            page = bench.open(session_id)
            entry = page.notes.entry
            expected: list[str] = bench.stored_texts(session_id)
            ours: list[float] = []
            bare: list[float] = []
            ui: list[float] = []
            whole: list[float] = []
            for i in range(warmup + notes):
                text = note_text(i)
                # the bare commit runs in the same conditions as the note: right after
                # typing the same text (into a line of its own); neither is timed just
                # after the other, which would find SQLite's code and pages warm
                QTest.keyClicks(bench.other_line, text)
                floor_ms = floor_commit(floor, i, text)
                QTest.keyClicks(entry, text)  # typing is not timed
                inner.clear()
                committed_at.clear()
                t0 = time.perf_counter_ns()
                QTest.keyClick(entry, Qt.Key.Key_Return)  # timed: Enter → committed row
                handled = (time.perf_counter_ns() - t0) / 1e6
                elapsed = (committed_at[-1] - t0) / 1e6 if committed_at else handled
                expected.append(text)
                if entry.text():
                    problems.append(f"round {r} note {i}: the line was not cleared")
                    entry.clear()
                bench.other_line.clear()
                if i >= warmup:
                    ours.append(elapsed)
                    bare.append(floor_ms)
                    ui.append(handled - sum(inner))
                    whole.append(handled)
                bench.app.processEvents()  # repaint between notes, as a person's pace allows
            stored = bench.stored_texts(session_id)
            if stored != expected:
                problems.append(f"round {r}: {len(stored)} rows in the data file, "
                                f"{len(expected)} notes sent (or texts differ)")
            if page.notes.model.rowCount() != len(expected):
                problems.append(f"round {r}: {page.notes.model.rowCount()} rows shown")
            per_round.append({
                "p50_ms": percentile(ours, 50), "p99_ms": percentile(ours, 99),
                "max_ms": max(ours),
                "floor_p50_ms": percentile(bare, 50), "floor_p99_ms": percentile(bare, 99),
                "floor_max_ms": max(bare),
                "ui_p50_ms": percentile(ui, 50), "ui_p99_ms": percentile(ui, 99),
                "handled_p50_ms": percentile(whole, 50), "handled_p99_ms": percentile(whole, 99),
            })
            all_ours += ours
            all_floor += bare
        floor.close()
        bench.window.close()
        return {
            "notes_per_round": notes, "rounds": rounds, "warmup_notes": warmup,
            "preload": preload,
            "rounds_detail": per_round,
            "pooled": {"p50_ms": percentile(all_ours, 50), "p99_ms": percentile(all_ours, 99),
                       "max_ms": max(all_ours),
                       "floor_p50_ms": percentile(all_floor, 50),
                       "floor_p99_ms": percentile(all_floor, 99),
                       "floor_max_ms": max(all_floor)},
            "problems": problems,
        }


# ---------------------------------------------------------------------------------------
# 4. event-loop stall while adding notes to a big session
# ---------------------------------------------------------------------------------------

TICK_MS = 1


def tick_loop(step: Callable[[int], None], steps: int, every_ms: int) -> list[float]:
    """Run the event loop with a 1 ms ticker while `step(k)` runs every ~every_ms ms."""
    ticks: list[float] = []
    loop = QEventLoop()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = [0]

    def next_step() -> None:
        if done[0] >= steps:
            QTimer.singleShot(every_ms, loop.quit)  # one more quiet interval, then stop
            return
        step(done[0])
        done[0] += 1
        QTimer.singleShot(every_ms, next_step)  # under 2 s Qt uses a precise timer

    ticker.start()
    QTimer.singleShot(every_ms, next_step)
    loop.exec()
    ticker.stop()
    return ticks


def gaps_ms(ticks: list[float]) -> list[float]:
    """Time between consecutive ticks beyond the nominal interval."""
    return [max(0.0, (b - a) * 1000 - TICK_MS) for a, b in zip(ticks, ticks[1:], strict=False)]


def run_stall(seed_notes: int, notes: int, rounds: int, every_ms: int) -> dict[str, Any]:
    """Notes typed one keystroke per callback (every_ms apart), each ended by Enter.

    This is how a person's typing reaches the event loop: the figure is the longest gap the
    program causes while typing and committing notes into a long session."""
    with tempfile.TemporaryDirectory(prefix="wi-bench-stall-") as tmp:
        bench = Bench(Path(tmp))
        session_id = bench.new_session("stall")
        t0 = time.perf_counter()
        bench.seed_notes(session_id, seed_notes)
        seed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        page = bench.open(session_id)
        open_s = time.perf_counter() - t0
        bench.settle(300)
        entry = page.notes.entry
        sent: list[str] = []
        typing_ms: list[float] = []
        enter_ms: list[float] = []
        problems: list[str] = []

        pending: list[str] = []

        def add_note(_k: int) -> None:
            """One keystroke per callback, as a person types; Enter after the last one."""
            start = time.perf_counter()
            if not pending and entry.text():
                text = entry.text()
                QTest.keyClick(entry, Qt.Key.Key_Return)
                enter_ms.append((time.perf_counter() - start) * 1000)
                sent.append(text)
                return
            if not pending:
                pending.extend(f"stall {len(sent)}: {PHRASES[len(sent) % len(PHRASES)]}")
            QTest.keyClick(entry, pending.pop(0))
            typing_ms.append((time.perf_counter() - start) * 1000)

        def idle(_k: int) -> None:
            pass

        # enough keystrokes and Enters for about `notes` notes per round
        steps_per_round = notes * (len(f"stall 0: {PHRASES[0]}") + 2)
        results: dict[str, list[dict[str, float]]] = {"adding": [], "idle": []}
        for _r in range(rounds):
            for name, step in (("idle", idle), ("adding", add_note)):
                gc.collect()
                bench.settle(100)
                ticks = tick_loop(step, steps_per_round, every_ms)
                gaps = gaps_ms(ticks)
                results[name].append({
                    "max_gap_ms": max(gaps), "p99_gap_ms": percentile(gaps, 99),
                    "ticks": len(ticks), "duration_s": ticks[-1] - ticks[0]})
        stored = bench.stored_texts(session_id)
        if stored[seed_notes:] != sent or len(stored) != seed_notes + len(sent):
            problems.append(f"{len(stored) - seed_notes} added rows in the data file, "
                            f"{len(sent)} notes sent (or texts differ)")
        if page.notes.model.rowCount() != seed_notes + len(sent):
            problems.append(f"{page.notes.model.rowCount()} rows shown, "
                            f"{seed_notes + len(sent)} expected")
        bench.window.close()
        return {"seed_notes": seed_notes, "notes_per_round": notes, "rounds": rounds,
                "every_ms": every_ms, "seed_s": seed_s, "open_session_s": open_s,
                "typing_callback_ms": {"p50": percentile(typing_ms, 50),
                                       "max": max(typing_ms)},
                "enter_callback_ms": {"p50": percentile(enter_ms, 50),
                                      "p99": percentile(enter_ms, 99), "max": max(enter_ms)},
                "adding": results["adding"], "idle": results["idle"], "problems": problems}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("figure", choices=("commit", "stall"))
    parser.add_argument("--notes", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--seed-notes", type=int, default=5000)
    parser.add_argument("--every-ms", type=int, default=20)
    parser.add_argument("--preload", type=int, default=0,
                        help="notes already in the session before the timed ones (commit)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.figure == "commit":
        result = run_commit(args.notes, args.rounds, args.warmup, args.preload)
    else:
        result = run_stall(args.seed_notes, args.notes, args.rounds, args.every_ms)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
