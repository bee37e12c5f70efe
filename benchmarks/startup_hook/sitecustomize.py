"""Benchmark hook, put on PYTHONPATH of both the program and the floor by benchmarks/run.py.

It writes CLOCK_MONOTONIC (ns) to $WI_BENCH_MARK_FILE when the interpreter starts to exit,
i.e. after the window was shown and the event loop has quit, before interpreter teardown.
It imports nothing that is not already loaded at startup, so it costs both sides the same.
"""

import atexit
import os
import time

_MARK_FILE = os.environ.get("WI_BENCH_MARK_FILE")

if _MARK_FILE:
    def _mark(path: str = _MARK_FILE) -> None:
        with open(path, "w", encoding="ascii") as handle:
            handle.write(str(time.monotonic_ns()))

    atexit.register(_mark)
