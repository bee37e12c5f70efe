"""Figure 9 (issue 13): a search over a year of notes, in process, against raw FTS5 on the
same index in the same run: the search asks for the newest LIMIT notes holding a word (and
a prefix of one), with their session, task and tag, grouped by session; the floor asks the
index alone for the same notes' ids and folded text.

The search is timed with the reading of what it found, as the window and the CLI read it:
each note's task and tag by name. Python's cycle collector runs as it does in the program
(ui/collector.py): never inside a call, but between them, by the same thresholds; for the
search and the floor alike.

    python benchmarks/search_bench.py DATA_DIR [--rounds 1000] [--out FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

QUERIES = {"a word": "customer", "a prefix": "custo"}


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def collect_between_calls() -> None:
    """What the window's collector does a few times a second, between events."""
    young, middle, old = gc.get_count()
    thresholds = gc.get_threshold()
    if young > thresholds[0]:
        generation = 0
        if middle > thresholds[1]:
            generation = 2 if old > thresholds[2] else 1
        gc.collect(generation)


def search_and_read(services: Any, query: str) -> int:
    """A search, and every name its results show: how many notes it found."""
    results = services.search.search(query)
    for group in results.sessions:
        for note in group.notes:
            note.task, note.competency  # noqa: B018 - read, as the window reads them
    return int(results.note_count)


def measure(data_dir: Path, rounds: int) -> dict[str, Any]:
    from wi_desktop.paths import app_paths
    from wi_desktop.wiring import open_services

    services = open_services(app_paths(data_dir))
    services.notes.index_text()  # nothing waiting: both read the index alone
    raw = sqlite3.connect(str(data_dir / "wi-desktop.sqlite3"))
    floor_sql = ("SELECT rowid, text FROM notes_search WHERE notes_search MATCH ? "
                 "ORDER BY rowid DESC LIMIT ?")
    figures: dict[str, Any] = {}
    collecting = gc.isenabled()
    gc.disable()  # as the program runs: see collect_between_calls
    try:
        figures.update(compare(services, raw, floor_sql, rounds))
    finally:
        if collecting:
            gc.enable()
    figures["notes"] = raw.execute("SELECT count(*) FROM notes").fetchone()[0]
    services.close()
    return figures


def compare(services: Any, raw: sqlite3.Connection, floor_sql: str,
            rounds: int) -> dict[str, Any]:
    from wi_desktop.core.search import LIMIT

    figures: dict[str, Any] = {}
    for name, query in QUERIES.items():
        ours: list[float] = []
        bare: list[float] = []
        found = 0
        for i in range(rounds):  # interleaved, so both meet the same machine
            for which in ((0, 1) if i % 2 else (1, 0)):
                start = time.perf_counter()
                if which == 0:
                    found = search_and_read(services, query)
                    ours.append((time.perf_counter() - start) * 1000)
                else:
                    raw.execute(floor_sql, (f'"{query}"', LIMIT + 1)).fetchall()
                    bare.append((time.perf_counter() - start) * 1000)
                collect_between_calls()
        figures[name] = {"query": query, "notes_found": found,
                         "p50_ms": statistics.median(ours), "p99_ms": percentile(ours, 99),
                         "floor_p50_ms": statistics.median(bare),
                         "floor_p99_ms": percentile(bare, 99)}
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--rounds", type=int, default=1000,
                        help="searches of each kind (1000)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    figures = measure(args.data_dir, args.rounds)
    text = json.dumps(figures, indent=1)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
