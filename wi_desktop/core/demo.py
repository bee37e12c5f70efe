"""A filled-in example session, so a newcomer sees a working workspace at once."""

from __future__ import annotations

from wi_desktop.core.clock import Clock, FakeClock
from wi_desktop.core.model import NewSession, PlannedTask, Polarity
from wi_desktop.core.sessions import Repository, SessionService

DEMO_SESSION = NewSession(
    candidate_name="Alex Rivera (demo)",
    role_name="Café barista",
    location="Corner Café, front counter",
    observer_name="Sam Okafor",
    tasks=(
        PlannedTask("Set up the espresso station", 15),
        PlannedTask("Take and make six drink orders", 30),
        PlannedTask("Handle a customer complaint (role play)", 10),
        PlannedTask("Close down and clean the station", 20),
    ),
)

PLUS, MINUS, NONE = Polarity.STRENGTH, Polarity.CONCERN, Polarity.NEUTRAL

# (minutes after start, task index or None, competency, polarity, text)
DEMO_NOTES: tuple[tuple[float, int | None, str | None, Polarity, str], ...] = (
    (1, 0, "work_ethic", PLUS, "Arrived 10 min early, asked where aprons are kept"),
    (4, 0, "technical", PLUS, "Purged group heads and checked grinder dose unprompted"),
    (9, 0, "problem_solving", NONE, "Noticed milk jug sizes were mixed; sorted them"),
    (13, 0, "learning", PLUS, "Adjusted grind after one tip about shot timing"),
    (17, 1, "communication", Polarity.STRENGTH,
     "Repeated each order back to the customer before starting"),
    (24, 1, "technical", MINUS, "Milk over-steamed on two lattes (too hot, large bubbles)"),
    (29, 1, "learning", PLUS, "After feedback, next flat white had good microfoam"),
    (35, 1, "team_fit", PLUS, "Offered to restock cups when the rush built up"),
    (41, 1, "technical", NONE, "Six drinks done in 24 min; one remake"),
    (47, 2, "communication", PLUS, "Listened without interrupting, apologised, offered a remake"),
    (50, 2, "problem_solving", MINUS, "Did not check the receipt before offering a refund"),
    (56, 3, "work_ethic", NONE, "Cleaning in progress; wiping down steam wand properly"),
)

DEMO_SCORES = {"technical": 3, "communication": 4, "learning": 4, "work_ethic": 4}


def create_demo_session(repo: Repository, clock: Clock) -> int:
    """Write the demo session as if it had been observed over the last hour."""
    start_ms = clock.now_ms() - 62 * 60_000
    past = FakeClock(start_ms)
    service = SessionService(repo, past)
    session_id = service.create_session(DEMO_SESSION, is_demo=True)
    tasks = service.workspace(session_id).tasks
    current: int | None = None
    for minutes, task_index, competency, polarity, text in DEMO_NOTES:
        past.set(start_ms + round(minutes * 60_000))
        if task_index is not None and task_index != current:
            if current is not None:
                service.finish_task(session_id, tasks[current].id)
            service.start_task(session_id, tasks[task_index].id)
            current = task_index
        service.add_note(session_id, text, competency_key=competency, polarity=polarity)
    if current is not None:
        past.set(start_ms + 58 * 60_000)
        service.pause_task(session_id, tasks[current].id)
    for key, level in DEMO_SCORES.items():
        service.set_score(session_id, key, level)
    return session_id
