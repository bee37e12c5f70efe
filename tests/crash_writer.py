"""A child process that writes through the program's own use cases as fast as it can and
acknowledges each committed note on stdout; the crash tests SIGKILL it at random moments.

    python tests/crash_writer.py DATA_DIR SEED
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from wi_desktop.core.clock import SystemClock
from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.paths import app_paths
from wi_desktop.storage.database import open_database
from wi_desktop.wiring import Services

TEXTS = ("Checked the label twice", "Ünïcödé and עברית and 🙂", "x" * 3000,
         "line one\nline two", "<b>markup</b> stays text")


def main() -> int:
    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    paths = app_paths(data_dir)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    database = open_database(paths.data_file)
    # as the window runs it, checkpointing from a thread (often, so kills land in one)
    database.checkpoint_in_background(every_s=0.02)
    service = Services(database, SystemClock(), key_dir=paths.key_dir)
    sessions = service.sessions.list_sessions()
    session_id = sessions[0].id if sessions else service.sessions.create_session(NewSession(
        "Crash Test", "Soak", "", "Observer", (PlannedTask("One", 5), PlannedTask("Two", 5))))
    tasks = service.sessions.workspace(session_id).tasks
    out = sys.stdout
    for counter in range(10**9):
        action = rng.random()
        if action < 0.05:
            service.sessions.toggle_task(session_id, rng.choice(tasks).id)
        elif action < 0.10:
            service.notes.save_draft(session_id, f"draft {counter}")
        elif action < 0.13:
            service.scoring.set_score(session_id, "technical", rng.choice([None, 1, 2, 3, 4, 5]))
        text = f"{seed}-{counter} {rng.choice(TEXTS)}"
        note = service.notes.add_note(session_id, text).note
        out.write(f"ack {note.id} {seed}-{counter}\n")  # only after the commit returned
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
