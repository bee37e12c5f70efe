"""The structured record of a session beyond the live notes: agreements, feedback,
debrief answers and what the observer decided. Dataclasses only; use cases in recording.py."""

from __future__ import annotations

from dataclasses import dataclass

from wi_desktop.core.pay import WorkProduct


@dataclass(frozen=True)
class Agreements:
    """Which confidentiality/IP text (and version) the candidate accepted, consent to notes,
    what happens to the work produced, and when the task briefing was acknowledged."""

    confidentiality_version: str = ""
    confidentiality_text: str = ""
    confidentiality_accepted_ms: int | None = None
    consent_text: str = ""
    consent_given_ms: int | None = None
    work_product: WorkProduct | None = None
    work_product_note: str = ""
    briefing_acknowledged_ms: int | None = None


@dataclass(frozen=True)
class Feedback:
    """For the candidate: kept apart from the internal notes."""

    strengths: str = ""
    growth_areas: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class DebriefAnswer:
    position: int
    question: str
    answer: str = ""


@dataclass(frozen=True)
class SessionFacts:
    """Template and decision facts stored on the session row."""

    template_name: str = ""
    template_json: str = ""
    recommendation: str = "no_decision"
    finalised_ms: int | None = None
