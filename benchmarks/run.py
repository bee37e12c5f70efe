#!/usr/bin/env python3
"""Speed and memory figures of wi-desktop, each as a ratio against a floor measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py [--check] [--quick]

1. cold start to window shown   program vs an empty PySide6 window     goal ≤ 1.5×
2. peak memory at start         max RSS of the same two processes       goal ≤ 1.4×
3. note commit latency          Enter → row committed, p99              goal ≤ 2 ms
4. event-loop stall             largest 1 ms-tick gap while adding      goal ≤ 16 ms
5. signing a summary            500 / 5,000 notes, via the worker        goal ≤ 0.6 s / ≤ 4 s
                                PDF bytes per note                       goal ≤ 130 B
6. a year of data, in-process   open, memory per note, filter, list     (benchmarks/large_bench.py)
7. a year of data, processes    --open a 20,000-note session, its RSS,  (benchmarks/year_bench.py)
                                start with the year, commits at 1k/10k

What each figure means, and how to read it: benchmarks/README.md. The results also go to
benchmarks/results/latest.json. The exit code is 0 (figures inform) unless --check is given
and a goal is missed.

This process never imports Qt: a child's max RSS as reported by wait4() can include the
parent's resident size at spawn time, so the parent is kept small; figures 3 and 4 run in
children of their own (benchmarks/inprocess.py), as does figure 5 (benchmarks/sign_bench.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "latest.json"
HOOK_DIR = HERE / "startup_hook"
FLOOR_SCRIPT = HERE / "floor_window.py"
INPROCESS = HERE / "inprocess.py"
SIGN_BENCH = HERE / "sign_bench.py"
LARGE_BENCH = HERE / "large_bench.py"

GOAL_START_RATIO = 1.5
GOAL_MEMORY_RATIO = 1.4
GOAL_COMMIT_P99_MS = 2.0
GOAL_STALL_MS = 16.0
GOAL_SIGN_500_MS = 600.0
GOAL_SIGN_5000_MS = 4000.0
GOAL_BYTES_PER_NOTE = 130.0


# ---------------------------------------------------------------------------------------
# child processes
# ---------------------------------------------------------------------------------------

@dataclass
class ChildRun:
    wall_ms: float           # spawn → exit, as the parent sees it
    to_exit_hook_ms: float | None  # spawn → interpreter starts exiting (window shown, loop quit)
    cpu_ms: float            # user + system CPU time of the child (wait4 rusage)
    max_rss_kb: int          # peak resident set size of the child (wait4 rusage)
    exit_code: int


def spawn(argv: list[str], env: dict[str, str], log: Path, mark: Path) -> ChildRun:
    """Run one child to completion; its stdout and stderr go to `log`."""
    env = dict(env, WI_BENCH_MARK_FILE=str(mark))
    mark.unlink(missing_ok=True)
    with open(log, "ab") as out:
        actions = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                   (os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                   (os.POSIX_SPAWN_DUP2, out.fileno(), 2)]
        start = time.monotonic_ns()
        pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        end = time.monotonic_ns()
    hook_ms = None
    if mark.exists():
        text = mark.read_text(encoding="ascii").strip()
        if text:
            hook_ms = (int(text) - start) / 1e6
    return ChildRun(wall_ms=(end - start) / 1e6, to_exit_hook_ms=hook_ms,
                    cpu_ms=(usage.ru_utime + usage.ru_stime) * 1000,
                    max_rss_kb=int(usage.ru_maxrss), exit_code=os.waitstatus_to_exitcode(status))


def child_env(pycache: Path | None, *, exit_hook: bool = True) -> dict[str, str]:
    """The environment of every child: offscreen Qt, the exit hook, a bytecode cache."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if exit_hook:
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(HOOK_DIR), env.get("PYTHONPATH", "")) if p)
    if pycache is None:  # as a checkout with PYTHONDONTWRITEBYTECODE=1 runs
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:  # as an installed program runs: every module has its .pyc
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


# ---------------------------------------------------------------------------------------
# figures 1 and 2: start-up time and memory
# ---------------------------------------------------------------------------------------

def measure_startup(tmp: Path, runs: int, log: Path) -> dict[str, Any]:
    python = sys.executable
    cached = child_env(tmp / "pycache")
    uncached = child_env(None)
    mark = tmp / "shown.mark"
    data = tmp / "data"

    def program(data_dir: Path) -> list[str]:
        return [python, "-m", "wi_desktop", "--data-dir", str(data_dir), "--exit-after-show"]

    floor_argv = [python, str(FLOOR_SCRIPT)]
    # warm up: fill the bytecode cache and the page cache; create the data file + demo once
    spawn(floor_argv, cached, log, mark)
    spawn(program(tmp / "warm"), cached, log, mark)
    spawn(program(tmp / "warm"), uncached, log, mark)
    spawn(program(data), cached, log, mark)  # the first run of `data`: not counted

    kinds: dict[str, list[ChildRun]] = {"program": [], "floor": [], "first_run": [],
                                        "no_pyc": []}
    for i in range(runs):
        jobs = [
            ("program", lambda: spawn(program(data), cached, log, mark)),
            ("floor", lambda: spawn(floor_argv, cached, log, mark)),
            ("first_run", lambda i=i: spawn(program(tmp / f"first-{i}"), cached, log, mark)),
            ("no_pyc", lambda: spawn(program(data), uncached, log, mark)),
        ]
        shift = i % len(jobs)  # interleaved, in a rotating order
        for name, job in jobs[shift:] + jobs[:shift]:
            kinds[name].append(job())
    problems = [f"{name} run {n} exited with {r.exit_code}"
                for name, rs in kinds.items() for n, r in enumerate(rs) if r.exit_code != 0]
    summary: dict[str, Any] = {"runs": runs, "problems": problems}
    for name, rs in kinds.items():
        hooks = [r.to_exit_hook_ms for r in rs if r.to_exit_hook_ms is not None]
        summary[name] = {
            "wall_ms": statistics.median(r.wall_ms for r in rs),
            "to_exit_hook_ms": statistics.median(hooks) if hooks else None,
            "cpu_ms": statistics.median(r.cpu_ms for r in rs),
            "max_rss_mb": statistics.median(r.max_rss_kb for r in rs) / 1024,
            "samples": [asdict(r) for r in rs],
        }
    return summary


# ---------------------------------------------------------------------------------------
# figures 3 and 4: in-process, in children of their own
# ---------------------------------------------------------------------------------------

def run_inprocess(tmp: Path, log: Path, figure: str, *args: str,
                  script: Path = INPROCESS, figure_name: str | None = None) -> dict[str, Any]:
    """Run SCRIPT FIGURE_NAME (by default FIGURE) in a child; its results go to FIGURE.json."""
    out = tmp / f"{figure}.json"
    env = child_env(tmp / "pycache", exit_hook=False)
    run = spawn([sys.executable, str(script), figure_name or figure, *args, "--out", str(out)],
                env, log, tmp / "unused.mark")
    if run.exit_code != 0 or not out.exists():
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise SystemExit(f"benchmarks/{script.name} {figure} failed ({run.exit_code}):\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    result["child_max_rss_mb"] = run.max_rss_kb / 1024
    result["child_wall_s"] = run.wall_ms / 1000
    return result


# ---------------------------------------------------------------------------------------
# the table
# ---------------------------------------------------------------------------------------

@dataclass
class Row:
    figure: str
    name: str
    measured: float | None
    floor: float | None
    unit: str
    goal: str            # "≤ 1.5×", "≤ 2 ms" or "" for information only
    passed: bool | None  # None: information only

    @property
    def ratio(self) -> float | None:
        if self.measured is None or not self.floor:
            return None
        return self.measured / self.floor

    @property
    def result(self) -> str:
        return "info" if self.passed is None else ("PASS" if self.passed else "FAIL")


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.1f} MB"
    if value >= 100:
        return f"{value:.0f} {unit}"
    return f"{value:.2f} {unit}"


def print_table(rows: list[Row]) -> None:
    header = ("#", "figure", "measured", "floor", "ratio", "goal", "result")
    lines = [(r.figure, r.name, fmt(r.measured, r.unit), fmt(r.floor, r.unit),
              f"{r.ratio:.2f}×" if r.ratio is not None else "—", r.goal or "—", r.result)
             for r in rows]
    widths = [max(len(str(x[i])) for x in [header, *lines]) for i in range(len(header))]
    aligns = ["<", "<", ">", ">", ">", "<", "<"]
    def show(cells: tuple[str, ...]) -> None:
        print("  ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths, strict=True)))
    show(header)
    print("  ".join("-" * w for w in widths))
    for line in lines:
        show(line)


def print_markdown(rows: list[Row]) -> None:
    print("| # | figure | measured | floor | ratio | goal | result |")
    print("|---|---|--:|--:|--:|---|---|")
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        print(f"| {r.figure} | {r.name.strip()} | {fmt(r.measured, r.unit)} | "
              f"{fmt(r.floor, r.unit)} | {ratio} | {r.goal or '—'} | {r.result} |")


def sign_rows(sign: dict[str, Any]) -> list[Row]:
    """Figure 5: time and stall of signing a summary through the worker; bytes per note."""
    sizes = sign["per_size"]
    floor, mid, big = sizes["0"], sizes["500"], sizes["5000"]
    per_note = (big["bytes"] - floor["bytes"]) / 5000
    mid_ms, big_ms = mid["after_unlock_s"] * 1000, big["after_unlock_s"] * 1000
    floor_ms = floor["after_unlock_s"] * 1000
    return [
        Row("5", "build + sign + save summary, 500 notes", mid_ms, floor_ms, "ms",
            f"≤ {GOAL_SIGN_500_MS:g} ms", mid_ms <= GOAL_SIGN_500_MS),
        Row("5", "build + sign + save summary, 5,000 notes", big_ms, floor_ms, "ms",
            f"≤ {GOAL_SIGN_5000_MS:g} ms", big_ms <= GOAL_SIGN_5000_MS),
        Row("5", "  with finalising and the key unlock, 500 notes", mid["time_s"] * 1000,
            floor["time_s"] * 1000, "ms", "", None),
        Row("5", "  loop stall while signing 5,000 notes, max gap", big["max_gap_ms"],
            floor["max_gap_ms"], "ms", "", None),
        Row("5", "  max gap outside the key unlock", big["stall_outside_unlock_ms"],
            floor["stall_outside_unlock_ms"], "ms", "", None),
        Row("5", "  first signing after start (imports)", sign["first_signing_s"] * 1000,
            floor["time_s"] * 1000, "ms", "", None),
        Row("5", "PDF bytes per note ((size(5,000) − size(0)) / 5,000)", per_note, None, "B",
            f"≤ {GOAL_BYTES_PER_NOTE:g} B", per_note <= GOAL_BYTES_PER_NOTE),
    ]


def build_rows(start: dict[str, Any], commit: dict[str, Any], stall: dict[str, Any]) -> list[Row]:
    prog, floor = start["program"], start["floor"]
    first, no_pyc = start["first_run"], start["no_pyc"]
    start_ratio = prog["wall_ms"] / floor["wall_ms"]
    mem_ratio = prog["max_rss_mb"] / floor["max_rss_mb"]
    rounds = commit["rounds_detail"]
    commit_p50 = statistics.median(r["p50_ms"] for r in rounds)
    commit_p99 = statistics.median(r["p99_ms"] for r in rounds)
    floor_p50 = statistics.median(r["floor_p50_ms"] for r in rounds)
    floor_p99 = statistics.median(r["floor_p99_ms"] for r in rounds)
    ui_p99 = statistics.median(r["ui_p99_ms"] for r in rounds)
    handled_p99 = statistics.median(r["handled_p99_ms"] for r in rounds)
    stall_max = statistics.median(r["max_gap_ms"] for r in stall["adding"])
    stall_p99 = statistics.median(r["p99_gap_ms"] for r in stall["adding"])
    idle_max = statistics.median(r["max_gap_ms"] for r in stall["idle"])
    idle_p99 = statistics.median(r["p99_gap_ms"] for r in stall["idle"])
    return [
        Row("1", "start → window shown → exit (wall)", prog["wall_ms"], floor["wall_ms"], "ms",
            f"≤ {GOAL_START_RATIO}×", start_ratio <= GOAL_START_RATIO),
        Row("1", "  start → event loop quit (exit hook)", prog["to_exit_hook_ms"],
            floor["to_exit_hook_ms"], "ms", "", None),
        Row("1", "  CPU time, user + system", prog["cpu_ms"], floor["cpu_ms"], "ms", "", None),
        Row("1", "  first run (creates the demo session)", first["wall_ms"], floor["wall_ms"],
            "ms", "", None),
        Row("1", "  no .pyc (PYTHONDONTWRITEBYTECODE=1)", no_pyc["wall_ms"], floor["wall_ms"],
            "ms", "", None),
        Row("2", "peak memory at start (max RSS)", prog["max_rss_mb"], floor["max_rss_mb"], "MB",
            f"≤ {GOAL_MEMORY_RATIO}×", mem_ratio <= GOAL_MEMORY_RATIO),
        Row("3", "note commit p50 (Enter → committed)", commit_p50, floor_p50, "ms", "", None),
        Row("3", "note commit p99 (Enter → committed)", commit_p99, floor_p99, "ms",
            f"≤ {GOAL_COMMIT_P99_MS:g} ms", commit_p99 <= GOAL_COMMIT_P99_MS),
        Row("3", "  Enter fully handled p99 (and repainted list)", handled_p99, None, "ms",
            "", None),
        Row("3", "  UI part p99 (Enter − use case)", ui_p99, None, "ms", "", None),
        Row("4", f"loop stall, max gap ({stall['seed_notes']:,} notes)", stall_max, idle_max,
            "ms", f"≤ {GOAL_STALL_MS:g} ms", stall_max <= GOAL_STALL_MS),
        Row("4", "  p99 gap", stall_p99, idle_p99, "ms", "", None),
        Row("4", "  Enter callback alone, p50", stall["enter_callback_ms"]["p50"], None, "ms",
            "", None),
    ]


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a goal is missed (default: always exit 0)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run with few samples (figures are not reliable)")
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each kind (7)")
    parser.add_argument("--notes", type=int, default=500, help="notes per commit round (500)")
    parser.add_argument("--year-rounds", type=int, default=5,
                        help="rounds of figure 7's commits, each in a session of its own "
                             "that starts at 1,000 or 10,000 notes (5)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of figures 3 and 4 (3)")
    parser.add_argument("--seed-notes", type=int, default=5000,
                        help="notes already in the session for figure 4 (5000)")
    parser.add_argument("--stall-notes", type=int, default=30,
                        help="notes added per round in figure 4, typed a key every 5 ms (30)")
    parser.add_argument("--large-notes", type=int, default=20_000,
                        help="notes of the long session in figure 6 (20000)")
    parser.add_argument("--large-sessions", type=int, default=1000,
                        help="other sessions in the data file of figure 6 (1000)")
    parser.add_argument("--year-notes", type=int, default=200,
                        help="notes of each seeded session in figure 7 (200)")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write results")
    parser.add_argument("--markdown", action="store_true",
                        help="also print the table as Markdown (for the top-level README)")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.notes, args.rounds, args.stall_notes = 3, 100, 1, 10
        args.year_rounds = 1
    os.chdir(ROOT)
    sys.path.insert(0, str(HERE))
    from year_bench import commit_at, large_rows, measure_year, year_rows  # no Qt in here

    began = time.monotonic()
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="wi-bench-") as tmp_name:
        tmp = Path(tmp_name)
        log = tmp / "children.log"
        log.touch()
        print(f"wi-desktop benchmarks: {os.cpu_count()} cores, load {load_before}, "
              f"Python {platform.python_version()}, "
              f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}", flush=True)
        print(f"[1/6] start-up: {args.runs}× each of program, floor, first run, no .pyc …",
              flush=True)
        start = measure_startup(tmp, args.runs, log)
        print(f"[2/6] note commit: {args.rounds} × {args.notes} notes …", flush=True)
        commit = run_inprocess(tmp, log, "commit", "--notes", str(args.notes),
                               "--rounds", str(args.rounds))
        print(f"[3/6] event-loop stall: {args.rounds} × {args.stall_notes} notes into "
              f"{args.seed_notes:,} …", flush=True)
        stall = run_inprocess(tmp, log, "stall", "--notes", str(args.stall_notes),
                              "--rounds", str(args.rounds),
                              "--seed-notes", str(args.seed_notes), "--every-ms", "5")
        print(f"[4/6] signing: {args.rounds} × summaries of 0, 500 and 5,000 notes …",
              flush=True)
        sign = run_inprocess(tmp, log, "sign", "--rounds", str(args.rounds), script=SIGN_BENCH)
        print(f"[5/6] a year of data: {args.rounds} × open, filter and list over "
              f"{args.large_sessions:,} sessions and one of {args.large_notes:,} notes …",
              flush=True)
        large = run_inprocess(tmp, log, "large", "--rounds", str(args.rounds), "--notes",
                              str(args.large_notes), "--sessions", str(args.large_sessions),
                              script=LARGE_BENCH)
        print(f"[6/6] a year of data as whole processes: seed {args.large_sessions:,} × "
              f"{args.year_notes} notes + {args.large_notes:,}, then {args.runs}× each of "
              "list, --open, floor and empty; commits at 1,000 and 10,000 notes "
              f"({args.year_rounds} × {args.notes}) …", flush=True)
        year = measure_year(tmp, args.runs, log, sessions=args.large_sessions,
                            notes=args.year_notes, big=args.large_notes)
        year["commit"] = {str(n): commit_at(tmp, log, n, args.notes, args.year_rounds)
                          for n in (1000, 10_000)}
    rows = (build_rows(start, commit, stall) + sign_rows(sign) + large_rows(large, Row)
            + year_rows(year, Row))
    problems = (start["problems"] + commit["problems"] + stall["problems"] + sign["problems"]
                + large["problems"] + year["problems"])
    load_after = load_average()
    print()
    print_table(rows)
    if args.markdown:
        print()
        print_markdown(rows)
    print()
    print(f"medians of {args.runs} start-ups and of {args.rounds} rounds; in figure 4 the "
          f"typing callback took {stall['typing_callback_ms']['p50']:.1f} ms (p50)")
    busy = max((load_before or [0])[0], (load_after or [0])[0]) > 0.5 * (os.cpu_count() or 1)
    if busy:
        print(f"note: the machine was busy (load {load_before} → {load_after}); "
              "figures are noisier and higher than on an idle machine")
    disk_p99 = statistics.median(r["floor_p99_ms"] for r in commit["rounds_detail"])
    if disk_p99 > GOAL_COMMIT_P99_MS:
        print(f"note: a bare INSERT + COMMIT alone took {disk_p99:.2f} ms at p99 on this disk, "
              f"over the {GOAL_COMMIT_P99_MS:g} ms goal: that share is the disk's, not ours")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    missed = [r for r in rows if r.passed is False]
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "host": {"cpus": os.cpu_count(), "platform": platform.platform(),
                 "python": platform.python_version(), "load_before": load_before,
                 "load_after": load_after},
        "settings": {"runs": args.runs, "notes": args.notes, "rounds": args.rounds,
                     "seed_notes": args.seed_notes, "stall_notes": args.stall_notes},
        "figures": [dict(asdict(r), ratio=r.ratio, result=r.result) for r in rows],
        "startup": start, "commit": commit, "stall": stall, "sign": sign, "large": large,
        "year": year,
        "problems": problems,
        "duration_s": round(time.monotonic() - began, 1),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    print(f"{len(missed)} goal(s) missed; results in {args.json} "
          f"({report['duration_s']:.0f} s)")
    if args.check and (missed or problems):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
