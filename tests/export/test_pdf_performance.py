"""A long session's summary is quick to make and small: time and bytes per note."""

from __future__ import annotations

import time
from dataclasses import replace

from wi_desktop.core.demo import DEMO_NOTES
from wi_desktop.core.model import Note
from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.export.pdf import build_summary

MAX_SECONDS_FOR_500 = 0.6
MAX_BYTES_PER_NOTE = 130


def _with_notes(snapshot: SessionSnapshot, count: int) -> SessionSnapshot:
    """COUNT realistic notes (the demo's, numbered), spread over the session's tasks."""
    notes = []
    for i in range(count):
        _minutes, _task, competency, polarity, text = DEMO_NOTES[i % len(DEMO_NOTES)]
        notes.append(Note(id=100_000 + i, session_id=snapshot.session.id,
                          created_ms=snapshot.session.created_ms + i * 7_000,
                          elapsed_ms=i * 7_000, text=f"{text} ({i})",
                          task_id=snapshot.tasks[i * len(snapshot.tasks) // count].id,
                          competency_key=competency, polarity=polarity))
    rubric = tuple(replace(line, evidence=()) for line in snapshot.rubric)
    return replace(snapshot, notes=tuple(notes), rubric=rubric)


def _fastest(snapshot: SessionSnapshot, tries: int = 3) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(tries):
        started = time.perf_counter()
        size = len(build_summary(snapshot))
        best = min(best, time.perf_counter() - started)
    return best, size


def test_500_notes_build_quickly_and_add_little_to_the_file(demo):
    build_summary(demo)  # fonts loaded once per process, as in the program
    _seconds, base_size = _fastest(_with_notes(demo, 0))
    seconds, size = _fastest(_with_notes(demo, 500))
    per_note = (size - base_size) / 500
    print(f"\n500 notes: {seconds:.3f} s, {size:,} bytes, {per_note:.0f} bytes per note")
    assert seconds < MAX_SECONDS_FOR_500
    assert per_note <= MAX_BYTES_PER_NOTE


def test_5000_notes_take_time_in_proportion(demo):
    build_summary(demo)
    seconds_500, _ = _fastest(_with_notes(demo, 500), tries=2)
    seconds, size = _fastest(_with_notes(demo, 5000), tries=1)
    print(f"\n5,000 notes: {seconds:.2f} s, {size:,} bytes")
    assert seconds < 10 * seconds_500 * 1.6  # linear, with room for noise
