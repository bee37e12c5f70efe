"""Crash soak: SIGKILL the writing path at random moments, many times, and check the data
file after every kill (integrity_check, every acknowledged note present).

    .venv/bin/python benchmarks/soak.py [--kills 200] [--seed 1]

The test suite runs the same harness with 30 kills (tests/test_crash_soak.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crash_soak import soak  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="wi-soak-") as folder:
        result = soak(Path(folder) / "data", kills=args.kills, seed=args.seed)
    took = time.monotonic() - started
    print(f"kills:                 {result.kills}")
    print(f"acknowledged notes:    {result.acknowledged}")
    print(f"integrity failures:    {len(result.integrity_failures)}")
    print(f"acknowledged notes lost: {len(result.lost)}")
    print(f"writer never started:  {result.unstarted}")
    print(f"time:                  {took:.0f} s")
    for line in (result.integrity_failures + result.lost)[:20]:
        print("  " + line)
    return 0 if not (result.integrity_failures or result.lost) else 1


if __name__ == "__main__":
    sys.exit(main())
