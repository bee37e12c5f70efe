"""The real program in a child process: killed with SIGKILL, restarted, nothing lost.

"Every user action that changes data is one transaction, committed before the UI says
saved. The line being typed is kept as a draft within a second. A running timer is a
stored start instant: after a crash the clock is right again." (docs/architecture.md)
"""

from __future__ import annotations

import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.harness import DATA_FILE, Driver, Launcher, connect_ro

pytestmark = pytest.mark.e2e

TICK_MS = 250  # wi_desktop.ui.workspace.TICK_MS: the time label repaints this often
REPAINT_SLACK_MS = 2 * TICK_MS  # ...and may be one late tick behind on a busy machine
NOTES = [
    "Washed hands and tied back hair before touching food",
    "Café crème brûlée: checked the sugar crust twice",
    "Asked “where are the gloves?” — good instinct",
    "Knife work naïve at first, improved after one tip",
    "Jalapeño, açaí, smørrebrød: read every label aloud",
    "Wrote the allergy note in Hebrew: ללא גלוטן",
    "מדבר בשקט עם הצוות, שואל לפני שנוגע",
    "Mixed: left-to-right then עברית then back again",
    "Thumbs up from the chef 👍🏽 after the sauce",
    "Burnt the first batch 🔥 but owned it immediately 🙂",
    "Combining accents typed as two keys: e\u0301 and n\u0303",
    "Temperature log: 4 °C fridge, 63 °C hot-hold, ±1 °C",
    "Quotes and symbols: 'single' \"double\" <angle> & ampersand",
    "Backslash \\ and percent % and braces {} survive",
    "Ordered the walk-in: FIFO labels facing out",
    "Asked for feedback twice — wrote it down",
    "中文 note from the sous chef: 很好",
    "Emoji only: 🍳🥕🧅",
    "Timing: plated 2 covers in 11 minutes",
    "Cleaned the station as he went, not at the end",
]
DRAFT = "Half-typed when the power went: ça va, שלום, 🙂"
BURST = [f"Burst {i:02d}: plating ✓ — ü ש 🍽" for i in range(40)]
ACKS_BEFORE_BURST_KILL = 3


# reading the data file as another process ----------------------------------------
def stored_notes(data_dir: Path, session_id: int) -> dict[int, tuple[str, int | None]]:
    with closing(connect_ro(data_dir)) as conn:
        rows = conn.execute("SELECT id, text, task_id FROM notes WHERE session_id = ? "
                            "ORDER BY id", (session_id,)).fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def task_spans(data_dir: Path, title: str, session_id: int) -> tuple[int, list[tuple[int, int]]]:
    """(task id, [(started_ms, stopped_ms or None)]) of the task with this title."""
    with closing(connect_ro(data_dir)) as conn:
        task_id, = conn.execute("SELECT id FROM tasks WHERE session_id = ? AND title = ?",
                                (session_id, title)).fetchone()
        spans = conn.execute("SELECT started_ms, stopped_ms FROM timer_spans "
                             "WHERE task_id = ? ORDER BY started_ms", (task_id,)).fetchall()
    return task_id, spans


def stored_draft(data_dir: Path, session_id: int) -> str:
    """The kept line; no row means an empty line (as the repository stores it)."""
    with closing(connect_ro(data_dir)) as conn:
        row = conn.execute("SELECT text FROM drafts WHERE session_id = ?",
                           (session_id,)).fetchone()
    return str(row[0]) if row else ""


def assert_file_healthy(data_dir: Path) -> None:
    with closing(sqlite3.connect(data_dir / DATA_FILE, timeout=5)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


# checks against what the window shows -------------------------------------------
def seconds(text: str) -> int:
    """'m:ss' or 'h:mm:ss' as shown by the timer panel."""
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total


def assert_timer_right(driver: Driver, data_dir: Path, title: str, started_ms: int) -> None:
    """The task still runs on the same stored start instant, and shows wall time since."""
    t0 = time.time() * 1000
    state = driver.state()
    t1 = time.time() * 1000
    assert state["running_task"] == title, state
    assert state["selected_task"] == title and state["selected_state"] == "Running", state
    _task_id, spans = task_spans(data_dir, title, driver.session_id)
    assert spans == [(started_ms, None)], "the open span was closed, moved or duplicated"
    shown = seconds(str(state["time_text"]))
    # a correct label shows floor(elapsed) as of its last repaint (±1 s, and one tick old)
    earliest, latest = (t0 - REPAINT_SLACK_MS - started_ms) / 1000, (t1 - started_ms) / 1000
    assert earliest - 1 <= shown <= latest, (
        f"timer shows {state['time_text']} ({shown} s) but {earliest:.2f}–{latest:.2f} s "
        f"passed since it was started")


def assert_notes_kept(driver: Driver, data_dir: Path, acked: dict[int, str],
                      task_id: int) -> dict[int, tuple[str, int | None]]:
    stored = stored_notes(data_dir, driver.session_id)
    missing = {i: t for i, t in acked.items() if i not in stored}
    assert not missing, f"acknowledged notes lost: {missing}"
    for note_id, text in acked.items():
        assert stored[note_id] == (text, task_id), f"note {note_id} changed"
    state = driver.state()
    assert state["notes"] == len(stored), (state["notes"], len(stored))
    assert state["note_ids"] == sorted(stored), "the window lists other notes than the file"
    assert state["count_label"] == f"{len(stored)} notes"
    return stored


# tests ---------------------------------------------------------------------------
def test_the_real_entry_point_starts_and_creates_the_demo(launch: Launcher,
                                                           tmp_path: Path) -> None:
    data_dir = tmp_path / "portable data"  # a space, as on many USB sticks
    program = launch.program(["-m", "wi_desktop", "--data-dir", str(data_dir),
                              "--exit-after-show"])
    assert program.wait(timeout=30) == 0, program.stderr_tail()
    assert (data_dir / DATA_FILE).is_file()
    with closing(sqlite3.connect(data_dir / DATA_FILE)) as conn:
        sessions = conn.execute("SELECT id, candidate_name FROM sessions WHERE is_demo = 1"
                                ).fetchall()
        assert len(sessions) == 1 and "(demo)" in sessions[0][1], sessions
        notes, = conn.execute("SELECT count(*) FROM notes WHERE session_id = ?",
                              (sessions[0][0],)).fetchone()
        assert notes > 0
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert (data_dir / "logs" / "wi-desktop.log").is_file()


def test_sigkill_loses_no_acknowledged_note_and_keeps_the_timer_running(
        launch: Launcher, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    # 1. start a task, write notes, leave a line half typed, then pull the plug
    first = launch.driver(data_dir)
    session_id = first.session_id
    before_start = time.time() * 1000
    state, _, title = first.ask("start").partition(" ")
    after_start = time.time() * 1000
    assert state == "Running", title
    task_id, spans = task_spans(data_dir, title, session_id)
    assert len(spans) == 1 and spans[0][1] is None
    started_ms = spans[0][0]
    assert before_start - 5 <= started_ms <= after_start + 5, "not stamped with wall time"
    acked: dict[int, str] = {}
    for text in NOTES:
        acked[int(first.ask(f"note {text}"))] = text
    waited_ms = int(first.ask(f"draft {DRAFT}").split()[1])
    assert waited_ms < 1000, "the typed line must reach the file within a second"
    first.kill()  # right after the ack
    killed = time.monotonic()

    # 2. restart: all there, the clock counted the time the program was dead
    time.sleep(max(0.0, killed + 2.0 - time.monotonic()))
    second = launch.driver(data_dir)
    assert second.session_id == session_id
    assert_notes_kept(second, data_dir, acked, task_id)
    assert second.state()["entry"] == DRAFT, "the line typed before the crash is gone"
    assert_timer_right(second, data_dir, title, started_ms)
    # the observer finishes the line: Enter makes the recovered draft a note
    acked[int(second.ask("enter"))] = DRAFT
    assert stored_draft(data_dir, session_id) == ""

    # 3. kill in the middle of a burst of notes, without waiting for the acks
    # a random extra delay moves the kill over typing, the transaction, its fsync and the
    # gap between commit and ack (a note takes ~10-30 ms); every outcome must be safe
    delay = random.uniform(0, 0.1)
    second.send(*(f"note {text}" for text in BURST))
    answers = [second.expect() for _ in range(ACKS_BEFORE_BURST_KILL)]
    time.sleep(delay)
    second.kill()
    answers += second.drain()  # acks written before the kill count too
    for text, answer in zip(BURST, answers, strict=False):  # answers come in command order
        assert answer.startswith("ack "), answer
        acked[int(answer.split()[1])] = text
    burst_acked = len(answers)

    # 4. restart again: every ack is in the file, and nothing else but whole notes
    third = launch.driver(data_dir)
    stored = assert_notes_kept(third, data_dir, acked, task_id)
    burst_stored = [text for text, _task in stored.values() if text.startswith("Burst ")]
    assert burst_stored == BURST[:len(burst_stored)], "burst notes out of order or garbled"
    assert burst_acked <= len(burst_stored) < len(BURST), (
        f"the kill (after {delay * 1000:.0f} ms) did not land inside the burst "
        f"({burst_acked} acked, {len(burst_stored)} stored of {len(BURST)})")
    line = third.state()["entry"]
    assert line == "" or BURST[len(burst_stored)].startswith(str(line)), line
    assert_timer_right(third, data_dir, title, started_ms)
    third.ask("quit")
    assert third.expect() == "exit 0"
    assert third.wait(timeout=15) == 0
    assert_file_healthy(data_dir)


def test_a_normal_quit_keeps_the_line_being_typed(launch: Launcher, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    text = "Quit mid-sentence: Zoë said שלום 🙂 and"
    first = launch.driver(data_dir)
    first.ask(f"note {NOTES[0]}")
    # quit at once: well inside the draft timer's 400 ms, so only the flush on close saves it
    first.send(f"type {text}", "quit")
    assert first.expect() == "ack typed"
    assert first.expect() == "ack quit"
    assert first.expect(timeout=15) == "exit 0"
    assert first.wait(timeout=15) == 0
    assert stored_draft(data_dir, first.session_id) == text
    second = launch.driver(data_dir)
    assert second.session_id == first.session_id
    state = second.state()
    assert state["entry"] == text
    assert state["notes"] == 1
    assert_file_healthy(data_dir)

