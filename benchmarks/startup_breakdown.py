#!/usr/bin/env python3
"""Where the program's start-up goes beyond the floor: imports, and our own functions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup_breakdown.py [--runs 5]

1. `-X importtime` of the program and of the floor (benchmarks/floor_window.py), each the
   median of --runs starts with a warm bytecode cache and an existing data folder. Lists
   the modules only the program imports, by self time, and the sum.
2. The one-off cost of PySide6 building Python enums for the `Qt` namespace on the first
   `from PySide6.QtCore import Qt`: importtime books it as *self* time of whichever module
   first does that import, so it is measured here on its own. The first window is built
   without it (tests/test_startup.py).
3. Python enums created during one start, program and floor: PySide6 builds each class's
   enums when the class is first used, ~0.2–3 ms each; the program's extra ones by name.
4. cProfile of one start (`python -m cProfile -m wi_desktop …`): our functions
   (wi_desktop/…) by cumulative time.

Only for analysis: run.py gives the figures.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")

ENUM_PROBE = """
import atexit, enum, json, runpy, sys, time
made = []
create = enum.EnumType._create_
def counted(cls, name, *args, **kwargs):
    start = time.perf_counter()
    try:
        return create(cls, name, *args, **kwargs)
    finally:
        made.append((name, (time.perf_counter() - start) * 1000))
enum.EnumType._create_ = counted
atexit.register(lambda: print("ENUMS " + json.dumps(made), file=sys.stderr))
target, sys.argv = sys.argv[1], sys.argv[1:]
if target == "-m":
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    runpy.run_path(target, run_name="__main__")
"""

QT_NAMESPACE_PROBE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
t0 = time.perf_counter()
from PySide6.QtCore import Qt
print((time.perf_counter() - t0) * 1000)
"""


def env_for(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def importtimes(argv: list[str], env: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    """module → (median self ms, median cumulative ms) over `runs` starts."""
    samples: dict[str, list[tuple[int, int]]] = defaultdict(list)
    subprocess.run(argv, env=env, capture_output=True, check=True)  # warm the caches
    for _ in range(runs):
        done = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], env=env,
                              capture_output=True, text=True, check=True)
        for match in LINE.finditer(done.stderr):
            samples[match.group(4)].append((int(match.group(1)), int(match.group(2))))
    return {name: (statistics.median(s for s, _ in v) / 1000,
                   statistics.median(c for _, c in v) / 1000)
            for name, v in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="wi-bench-breakdown-") as name:
        tmp = Path(name)
        env = env_for(tmp)
        program = [python, "-m", "wi_desktop", "--data-dir", str(tmp / "data"),
                   "--exit-after-show"]
        subprocess.run(program, env=env, capture_output=True, check=True)  # first run: demo
        ours = importtimes(program, env, args.runs)
        floor = importtimes([python, str(HERE / "floor_window.py")], env, args.runs)
        extra = {m: t for m, t in ours.items() if m not in floor}
        total_extra = sum(s for s, _ in extra.values())
        print(f"1. modules only the program imports: {len(extra)}, self time "
              f"{total_extra:.1f} ms in all (median of {args.runs}; importtime adds overhead)")
        print(f"   {'self ms':>8}  {'cum ms':>8}  module")
        for module, (self_ms, cum_ms) in sorted(extra.items(), key=lambda kv: -kv[1][0])[
                :args.top]:
            print(f"   {self_ms:8.1f}  {cum_ms:8.1f}  {module}")
        by_top: dict[str, float] = defaultdict(float)
        for module, (self_ms, _) in extra.items():
            top = module.split(".")[0]
            key = ".".join(module.split(".")[:3]) if top == "wi_desktop" else top
            by_top[key] += self_ms
        print("   by package (self time):",
              ", ".join(f"{k} {v:.0f}" for k, v in sorted(by_top.items(), key=lambda kv: -kv[1])
                        if v >= 1))

        probes = [float(subprocess.run([python, "-c", QT_NAMESPACE_PROBE], env=env,
                                       capture_output=True, text=True, check=True).stdout)
                  for _ in range(args.runs)]
        print(f"\n2. first `from PySide6.QtCore import Qt` (enums of the Qt namespace): "
              f"{statistics.median(probes):.1f} ms — booked as self time of the first module "
              "that imports Qt; neither the floor nor the program's start-up does")

        made = {}
        for label, argv in (("program", program[1:]),
                            ("floor", [str(HERE / "floor_window.py")])):
            done = subprocess.run([python, "-c", ENUM_PROBE, *argv], env=env,
                                  capture_output=True, text=True, check=True)
            line = next(x for x in done.stderr.splitlines() if x.startswith("ENUMS "))
            made[label] = [(str(n), float(ms)) for n, ms in json.loads(line[6:])]
        floor_names = [n for n, _ in made["floor"]]
        extra_enums = []
        for enum_name, ms in made["program"]:
            if enum_name in floor_names:
                floor_names.remove(enum_name)
            else:
                extra_enums.append((ms, enum_name))
        print(f"\n3. Python enums created in one start: program {len(made['program'])} "
              f"({sum(ms for _, ms in made['program']):.0f} ms), floor {len(made['floor'])} "
              f"({sum(ms for _, ms in made['floor']):.0f} ms); the program's extra ones:")
        print("   " + ", ".join(f"{n} {ms:.1f}" for ms, n in sorted(extra_enums, reverse=True)))

        profile = tmp / "start.prof"
        subprocess.run([python, "-m", "cProfile", "-o", str(profile), *program[1:]], env=env,
                       capture_output=True, check=True)
        out = io.StringIO()
        stats = pstats.Stats(str(profile), stream=out)
        stats.sort_stats("cumulative").print_stats(r"wi_desktop/(?!__main__)", args.top)
        print("\n4. cProfile of one start (profiler overhead inflates times ~1.5–2×), "
              "our functions by cumulative time:")
        text = out.getvalue()
        start = text.find("   ncalls")
        for line in text[start:].splitlines():
            if line.strip():
                print("   " + line.replace(str(ROOT) + "/", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
