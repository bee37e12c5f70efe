"""Kill the writing path at random moments and check the file after every kill.

Used by tests/test_crash_soak.py (30 kills) and benchmarks/soak.py (200 kills)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

WRITER = Path(__file__).with_name("crash_writer.py")


@dataclass
class SoakResult:
    kills: int = 0
    acknowledged: int = 0
    integrity_failures: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unstarted: int = 0


def _env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    return {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}


def one_kill(data_dir: Path, seed: int, rng: random.Random) -> tuple[dict[int, str], bool]:
    """Run the writer, let it write for a random moment, SIGKILL it; return its acks."""
    child = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), str(seed)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env())
    assert child.stdout is not None
    acks: dict[int, str] = {}
    os.set_blocking(child.stdout.fileno(), False)
    deadline = time.monotonic() + 20
    while not acks and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.005)
        acks.update(_read(child.stdout))
    started = bool(acks)
    time.sleep(rng.uniform(0.0, 0.3))  # the random moment: mid-commit, mid-fsync, anywhere
    child.send_signal(signal.SIGKILL)
    child.wait()
    acks.update(_read(child.stdout))  # acks written before the kill still count
    child.stdout.close()
    return acks, started


def _read(stream) -> dict[int, str]:  # type: ignore[no-untyped-def]
    data = stream.read() or b""
    acks = {}
    for line in data.decode("utf-8", "replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ack":
            acks[int(parts[1])] = parts[2]
    return acks


def check_file(path: Path, acks: dict[int, str]) -> tuple[str, list[str]]:
    """integrity_check's answer, and every acknowledged note that is missing."""
    conn = sqlite3.connect(path)  # a plain reader, as the next start of the program would be
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        stored = dict(conn.execute("SELECT id, text FROM notes"))
    finally:
        conn.close()
    lost = [f"{note_id} ({tag})" for note_id, tag in acks.items()
            if not str(stored.get(note_id, "")).startswith(tag + " ")]
    return integrity, lost


def soak(data_dir: Path, kills: int, seed: int = 1) -> SoakResult:
    rng = random.Random(seed)
    result = SoakResult()
    all_acks: dict[int, str] = {}
    for kill in range(kills):
        acks, started = one_kill(data_dir, seed * 100_000 + kill, rng)
        result.kills += 1
        result.unstarted += not started
        all_acks.update(acks)
        integrity, lost = check_file(data_dir / "wi-desktop.sqlite3", all_acks)
        if integrity != "ok":
            result.integrity_failures.append(f"after kill {kill + 1}: {integrity}")
        result.lost.extend(f"after kill {kill + 1}: {item}" for item in lost)
    result.acknowledged = len(all_acks)
    return result
