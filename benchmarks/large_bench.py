"""Figure 6, a year of data, in a child process of its own (run by benchmarks/run.py):
opening a session of many notes, the memory each note holds, a filter keystroke in the
Scores tab and the session list's refresh among many sessions.

    python benchmarks/large_bench.py large --notes 20000 --sessions 1000 --rounds 3 --out F

The data is written through the program's own services (one batch per session); the
floors are the raw sqlite3 reads of the same rows.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from wi_desktop.app import open_services  # noqa: E402
from wi_desktop.core.model import NewSession, Note, PlannedTask, Polarity  # noqa: E402
from wi_desktop.paths import app_paths  # noqa: E402
from wi_desktop.ui.mainwindow import MainWindow  # noqa: E402
from wi_desktop.wiring import Services  # noqa: E402

WORDS = ("m", "mi", "mil", "milk", "milk t", "milk to", "milk ton", "till 19")
KEYS = ("technical", "communication", "safety", "initiative", "learning", "teamwork")


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
    return 0


def note_text(i: int) -> str:
    return f"note {i}: steamed the milk, kept the tongs apart, counted the till {i % 97}"


def seed(services: Services, sessions: int, notes: int) -> int:
    """SESSIONS small sessions, then one of NOTES notes; returns the big one's id."""
    plan = (PlannedTask("Set up", 10), PlannedTask("Serve", 30))
    start = services.clock.now_ms() - 365 * 86_400_000
    for number in range(sessions):
        with services.batch():
            sid = services.sessions.create_session(NewSession(
                f"Candidate {number}", "Barista", "", "Observer", plan))
            services.notes.import_notes(sid, [
                Note(0, sid, start + number * 30_000_000 + i * 1000, i * 1000, note_text(i),
                     None, KEYS[i % 6], Polarity((i % 3) - 1)) for i in range(20)])
    with services.batch():
        big = services.sessions.create_session(NewSession("Big", "Barista", "", "O", plan))
        services.notes.import_notes(big, [
            Note(0, big, start + i * 1000, i * 1000, note_text(i), None,
                 KEYS[i % 6] if i % 2 else None, Polarity((i % 3) - 1))
            for i in range(notes)])
    return big


def floor_list(path: Path) -> float:
    conn = sqlite3.connect(path)
    began = time.perf_counter()
    conn.execute("SELECT id, candidate_name, role_name, created_ms, note_count FROM sessions "
                 "ORDER BY created_ms DESC, id DESC").fetchall()
    elapsed = (time.perf_counter() - began) * 1000
    conn.close()
    return elapsed


def one_round(app: QApplication, window: MainWindow, big: int, notes: int) -> dict[str, Any]:
    window.show_list()
    app.processEvents()
    gc.collect()
    before = rss_kb()
    began = time.perf_counter()
    window.open_session(big)
    page = window.workspace
    assert page is not None
    for index in range(page.tabs.count()):  # every tab shown with its data
        page.tabs.setCurrentIndex(index)
        app.processEvents()
    open_ms = (time.perf_counter() - began) * 1000
    held = (rss_kb() - before) * 1024 / notes
    page.tabs.setCurrentIndex(1)
    app.processEvents()
    box = page.scoring.evidence.filter_edit
    keystrokes = []
    for word in WORDS:
        began = time.perf_counter()
        box.setText(word)
        app.processEvents()
        keystrokes.append((time.perf_counter() - began) * 1000)
    box.clear()
    window.show_list()
    app.processEvents()
    refreshes = []
    for _ in range(5):
        began = time.perf_counter()
        window.session_list.refresh()
        app.processEvents()
        refreshes.append((time.perf_counter() - began) * 1000)
    compare_ms, chart_ms = compare_fifty(app, window)
    return {"open_ms": open_ms, "bytes_per_note": held,
            "filter_median_ms": statistics.median(keystrokes), "filter_max_ms": max(keystrokes),
            "list_refresh_ms": statistics.median(refreshes),
            "compare_ms": compare_ms, "compare_chart_ms": chart_ms}


def compare_fifty(app: QApplication, window: MainWindow) -> tuple[float, float]:
    """Figure 10 (issue 13): 50 candidates of one role side by side, from the request to
    the window shown with its table; and to its chart drawn (just after)."""
    from wi_desktop.ui.compare_window import open_comparison

    ids = window.services.comparison.sessions_of_role("Barista")[:50]
    gc.collect()
    began = time.perf_counter()
    shown = open_comparison(window.services, ids, window)
    assert shown is not None and shown.model.columnCount() == 50
    app.processEvents()  # laid out and painted
    compare_ms = (time.perf_counter() - began) * 1000
    while shown.chart.pixmap() is None or shown.chart.pixmap().isNull():
        app.processEvents()
    chart_ms = (time.perf_counter() - began) * 1000
    shown.close()
    shown.deleteLater()
    app.processEvents()
    return compare_ms, chart_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("figure", choices=["large"])
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="wi-large-") as folder:
        paths = app_paths(Path(folder))
        services = open_services(paths, background_checkpoints=True)
        began = time.perf_counter()
        big = seed(services, args.sessions, args.notes)
        seed_s = time.perf_counter() - began
        window = MainWindow(services)
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        rounds = [one_round(app, window, big, args.notes) for _ in range(args.rounds)]
        floors = [floor_list(paths.data_file) for _ in range(5)]
        window.close()
        services.close()
    result = {"rounds_detail": rounds, "notes": args.notes, "sessions": args.sessions,
              "seed_s": seed_s, "list_floor_ms": statistics.median(floors), "problems": []}
    args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
