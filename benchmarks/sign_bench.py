"""Figure 5: sign a session's summary in the running program, off the UI thread.

    python benchmarks/sign_bench.py --sizes 0 500 5000 --rounds 3 --out FILE

A real MainWindow (offscreen) over a real data file shows the session being signed while a
1 ms PreciseTimer records each pass of the event loop. The summary is built and signed by
the program's own worker (wi_desktop.ui.sign_worker.SignWorker: its own connection to the
data file, sign_and_save with progress signals), exactly as the sign dialog runs it. Each
signing gets a fresh session holding N notes (seeded through the repository, not timed), so
every one finalises a record as a first signature does. The observer's key exists already
(made once, not timed); unlocking it is part of every signing, as it is for the user.

Run by benchmarks/run.py in a child process of its own; what it measures: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # benchmarks/inprocess.py

from inprocess import COMPETENCIES, TICK_MS, Bench, note_text  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer  # noqa: E402

from wi_desktop.core.model import Note, Polarity  # noqa: E402
from wi_desktop.core.snapshot import SignatureMark  # noqa: E402
from wi_desktop.export.documents import SignRequest  # noqa: E402
from wi_desktop.export.keys import ObserverKeyStore  # noqa: E402
from wi_desktop.export.signing import verify_pdf  # noqa: E402
from wi_desktop.ui.sign_worker import SignJob, SignWorker  # noqa: E402

OBSERVER = "Pat Kim"  # the observer of Bench.new_session
PASSPHRASE = "bench passphrase 1"
# a summary cannot yet be made when one competency cites more than about 120 notes (its
# evidence cell outgrows a page: reportlab LayoutError); the timed sessions stay below that
# and the limit itself is checked once, reported as a problem while it stands
CITED_PER_COMPETENCY = 60  # the summary cites the first 40 of a list and counts the rest
STEP_NAMES = ("opening the data file", "unlocking the key", "building the PDF", "signing",
              "saving")


class SigningFailed(Exception):
    """The worker reported a failure (its words are the message)."""


def sign_once(bench: Bench, keys: ObserverKeyStore, session_id: int,
              out: Path) -> dict[str, Any]:
    """Sign one summary through the worker while a 1 ms timer ticks; time it and its stalls."""
    request = SignRequest(session_id=session_id, kind="summary", out_path=out,
                          passphrase=PASSPHRASE, mark=SignatureMark("typed", text=OBSERVER))
    worker = SignWorker(SignJob(bench.paths.data_file, bench.service.clock, keys, request))
    ticks: list[float] = []
    steps: list[float] = []  # when step 1, 2, 3, 4 began, as the window heard of it
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    # stamped in the worker thread as each step begins (a queued signal would arrive late
    # exactly when the window is stalled)
    worker.sig_progress.connect(lambda _step, _text: steps.append(time.perf_counter()),
                                Qt.ConnectionType.DirectConnection)
    worker.sig_signed.connect(lambda signed: outcome.update(signed=signed,
                                                            at=time.perf_counter()))
    worker.sig_failed.connect(lambda error: outcome.update(error=str(error),
                                                           at=time.perf_counter()))
    worker.finished.connect(loop.quit)
    ticker.start()
    began = time.perf_counter()
    worker.start()
    loop.exec()
    ticker.stop()
    worker.wait()
    if "error" in outcome:
        raise SigningFailed(outcome["error"])
    ended = outcome["at"]
    moments = [began, *(t for t in ticks if began < t < ended), ended]
    # each gap belongs to the step it falls in (by its middle)
    gaps = [((b - a) * 1000 - TICK_MS, (a + b) / 2)
            for a, b in zip(moments, moments[1:], strict=False)]
    bounds = [began, *steps, ended]
    per_step = {name: {"s": bounds[i + 1] - bounds[i],
                       "max_gap_ms": max((g for g, at in gaps if bounds[i] <= at < bounds[i + 1]),
                                         default=0.0)}
                for i, name in enumerate(STEP_NAMES) if i + 1 < len(bounds)}
    built_from = bounds[STEP_NAMES.index("building the PDF")] if len(bounds) > 3 else began
    return {"time_s": ended - began, "after_unlock_s": ended - built_from,
            "max_gap_ms": max(0.0, max(g for g, _ in gaps)),
            "ticks": len(moments) - 2, "bytes": out.stat().st_size, "steps": per_step}


def seed_notes(bench: Bench, session_id: int, count: int, cap: int | None) -> None:
    """COUNT notes as Bench.seed_notes makes them, tagged until CAP per competency."""
    clock = bench.service.clock
    task_id = bench.service.sessions.workspace(session_id).tasks[0].id
    start = clock.now_ms() - count * 1000
    tagged: dict[str, int] = {}
    notes = []
    for i in range(count):
        key = COMPETENCIES[i % len(COMPETENCIES)]
        if key is not None and cap is not None and tagged.get(key, 0) >= cap:
            key = None
        if key is not None:
            tagged[key] = tagged.get(key, 0) + 1
        notes.append(Note(id=0, session_id=session_id, created_ms=start + i * 1000,
                          elapsed_ms=i * 1000, text=note_text(i), task_id=task_id,
                          competency_key=key, polarity=Polarity((i % 3) - 1)))
    bench.service.notes.import_notes(session_id, notes)


def check_cited_limit(bench: Bench, keys: ObserverKeyStore, out: Path,
                      notes: int) -> str | None:
    """Sign a session whose every tagged note is cited (NOTES / 6 per competency)."""
    session_id = bench.new_session("all cited")
    seed_notes(bench, session_id, notes, cap=None)
    try:
        sign_once(bench, keys, session_id, out / "all-cited.pdf")
    except SigningFailed as failure:
        return (f"{notes:,} notes with {notes // len(COMPETENCIES):,} cited per competency "
                f"could not be signed: {failure}")
    return None


def run(sizes: list[int], rounds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="wi-bench-sign-") as tmp:
        root = Path(tmp)
        bench = Bench(root)
        keys = ObserverKeyStore(bench.paths.key_dir)
        keys.create(OBSERVER, PASSPHRASE)
        out = root / "out"
        out.mkdir()

        def fresh(notes: int, label: str) -> int:
            session_id = bench.new_session(label)
            seed_notes(bench, session_id, notes, CITED_PER_COMPETENCY)
            bench.open(session_id)  # the window shows the session being signed
            # the previous session's workspace was only deleteLater()'d: delete it now, or it
            # is torn down during the next signing and its stall counted there
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            bench.settle(100)
            return session_id

        t0 = time.perf_counter()
        warm = sign_once(bench, keys, fresh(0, "warm-up"), out / "warm-up.pdf")
        first_s = time.perf_counter() - t0
        samples: dict[int, list[dict[str, Any]]] = {n: [] for n in sizes}
        problems: list[str] = []
        for r in range(rounds):
            shift = r % len(sizes)  # interleaved, in a rotating order
            for notes in sizes[shift:] + sizes[:shift]:
                pdf = out / f"{notes}-notes-{r}.pdf"
                samples[notes].append(sign_once(bench, keys, fresh(notes, f"{notes} {r}"), pdf))
                if r == 0:  # checked once per size, outside the timing
                    result = verify_pdf(pdf)
                    if not result.ok:
                        problems.append(f"{notes} notes: {result.reason}")
        if max(sizes) >= 1000:
            limit = check_cited_limit(bench, keys, out, max(sizes))
            if limit:
                problems.append(limit)
        bench.window.close()
        summary = {str(n): {
            "time_s": statistics.median(s["time_s"] for s in samples[n]),
            "after_unlock_s": statistics.median(s["after_unlock_s"] for s in samples[n]),
            "max_gap_ms": statistics.median(s["max_gap_ms"] for s in samples[n]),
            "bytes": statistics.median(s["bytes"] for s in samples[n]),
            "stall_outside_unlock_ms": statistics.median(
                max(v["max_gap_ms"] for k, v in s["steps"].items() if k != "unlocking the key")
                for s in samples[n]),
            "samples": samples[n]} for n in sizes}
        return {"sizes": sizes, "rounds": rounds, "first_signing_s": first_s,
                "cited_per_competency": CITED_PER_COMPETENCY,
                "warm_up": warm, "per_size": summary, "problems": problems}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("figure", nargs="?", choices=("sign",), help="(as run.py calls it)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 500, 5000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | {0})  # 0 notes is the floor
    result = run(sizes, args.rounds)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    for n in sizes:
        row = result["per_size"][str(n)]
        print(f"{n:>6} notes: {row['time_s'] * 1000:7.0f} ms, max gap "
              f"{row['max_gap_ms']:6.1f} ms (outside the key unlock "
              f"{row['stall_outside_unlock_ms']:.1f} ms), {row['bytes']:,} bytes")
    for problem in result["problems"]:
        print(f"PROBLEM: {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
