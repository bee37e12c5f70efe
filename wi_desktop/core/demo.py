"""A filled-in example session, so a newcomer sees a working workspace (and a complete
record: pay, agreements, feedback) at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wi_desktop.core.clock import FakeClock
from wi_desktop.core.errors import WiError
from wi_desktop.core.model import NewSession, PlannedTask, Polarity

if TYPE_CHECKING:
    from wi_desktop.core.templates import RoleTemplate
    from wi_desktop.core.use_cases import UseCases

DEMO_TEMPLATE_FILE = "cafe-barista-cook.json"
DEMO_SESSION = NewSession(
    candidate_name="Alex Rivera (demo)",
    role_name="Café barista / line cook",
    location="Corner Café, front counter",
    observer_name="Sam Okafor",
    tasks=(  # used only when the shipped template cannot be read
        PlannedTask("Set up the station for service", 15),
        PlannedTask("Make a drinks order", 20),
        PlannedTask("Cook and plate two breakfast orders", 25),
        PlannedTask("Clean down between rushes", 15),
    ),
)

PLUS, MINUS, NONE = Polarity.STRENGTH, Polarity.CONCERN, Polarity.NEUTRAL

# (minutes after start, task index or None, competency, polarity, text)
DEMO_NOTES: tuple[tuple[float, int | None, str | None, Polarity, str], ...] = (
    (1, 0, "work_ethic", PLUS, "Arrived 10 min early, asked where aprons are kept"),
    (4, 0, "technical", PLUS, "Purged group heads and checked grinder dose unprompted"),
    (9, 0, "problem_solving", NONE, "Noticed milk jug sizes were mixed; sorted them"),
    (13, 0, "learning", PLUS, "Adjusted grind after one tip about shot timing"),
    (17, 1, "communication", PLUS, "Read the ticket back to the server before starting"),
    (24, 1, "technical", MINUS, "Milk over-steamed on the latte (too hot, large bubbles)"),
    (29, 1, "learning", PLUS, "After feedback, the flat white had good microfoam"),
    (35, 2, "team_fit", PLUS, "Offered to restock cups when the rush built up"),
    (41, 2, "technical", NONE, "Both plates out in 19 min; eggs slightly over"),
    (47, 2, "communication", PLUS, "Asked the server to confirm the allergy before plating"),
    (50, 2, "problem_solving", MINUS, "Used the same tongs for both plates at first; caught it"),
    (56, 3, "work_ethic", NONE, "Cleaning in progress; wiping down the steam wand properly"),
)

DEMO_SCORES = {"technical": 3, "communication": 4, "learning": 4, "work_ethic": 4}


def _demo_template() -> RoleTemplate | None:
    from wi_desktop import paths
    from wi_desktop.core.templates import read_template_file

    try:
        return read_template_file(paths.resource_dir() / "templates" / DEMO_TEMPLATE_FILE)
    except (WiError, OSError):
        return None


def create_demo_session(cases: UseCases) -> int:
    """Write the demo session as if it had been observed over the last hour (one
    transaction: the demo is there whole, or not at all)."""
    start_ms = cases.clock.now_ms() - 62 * 60_000
    past = FakeClock(start_ms)
    then = cases.with_clock(past)
    with then.batch():
        session_id = then.sessions.create_session(DEMO_SESSION, is_demo=True,
                                                  template=_demo_template())
        _observe(then, past, session_id, start_ms)
        _fill_record(then, session_id)
    return session_id


def _observe(then: UseCases, past: FakeClock, session_id: int, start_ms: int) -> None:
    service = then.sessions
    tasks = service.workspace(session_id).tasks
    current: int | None = None
    for minutes, task_index, competency, polarity, text in DEMO_NOTES:
        past.set(start_ms + round(minutes * 60_000))
        if task_index is not None and task_index != current:
            if current is not None:
                service.finish_task(session_id, tasks[current].id)
            service.start_task(session_id, tasks[task_index].id)
            current = task_index
        then.notes.add_note(session_id, text, competency_key=competency, polarity=polarity)
    if current is not None:
        past.set(start_ms + 58 * 60_000)
        service.pause_task(session_id, tasks[current].id)
    for key, level in DEMO_SCORES.items():
        then.scoring.set_score(session_id, key, level)


def _fill_record(then: UseCases, session_id: int) -> None:
    from wi_desktop.core.pay import WorkProduct
    from wi_desktop.core.rubric import Recommendation

    observer = DEMO_SESSION.observer_name
    then.pay.update_pay(session_id, {
        "paid": True, "hourly_rate_cents": 1800, "occupation": "Café barista / line cook",
        "candidate_address": "12 Harbour Lane, Springfield", "worker_status": "employee",
        "worker_status_basis": "Works under our direction, with our equipment, for one shift.",
        "payment_method": "With the next payroll run",
    }, changed_by=observer)
    then.agreements.record_now(session_id, "briefing_acknowledged_ms")
    then.agreements.record_now(session_id, "confidentiality_accepted_ms")
    then.agreements.record_now(session_id, "consent_given_ms")
    then.agreements.update_agreements(session_id, work_product=WorkProduct.DELETED,
                             work_product_note="Drinks and plates were served to staff.")
    then.agreements.update_feedback(
        session_id,
        strengths="You set up the station carefully and took feedback on milk texture "
                  "straight away. You checked the allergy before plating.",
        growth_areas="Milk temperature on busy orders; keeping tongs separate from the start.",
        next_steps="We will call you by Friday about a second shift with the morning team.")
    then.scoring.set_recommendation(session_id, Recommendation.YES)
