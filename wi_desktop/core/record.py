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


# Used when a session is not made from a role template. Plain words, not legal advice:
# an employer should have its own agreement reviewed and put it in a role template.
DEFAULT_CONFIDENTIALITY_VERSION = "general-1.0"
DEFAULT_CONFIDENTIALITY_TEXT = (
    "During this working interview you may see information about our customers, prices and "
    "ways of working. Please keep it to yourself. Anything you make or write during the "
    "interview is handled as recorded in this session: returned to you, deleted, or kept by "
    "us and paid for. We will not use your work without paying for it."
)
DEFAULT_CONSENT_TEXT = (
    "An observer will write short notes about the tasks you do today and score them against "
    "the same criteria used for every candidate for this role. The notes are kept only for "
    "the hiring decision and for as long as the law requires, and you may ask to see the "
    "information we hold about you."
)


@dataclass(frozen=True)
class SignedFile:
    """One signed PDF as the append-only record keeps it."""

    session_id: int
    kind: str  # summary | letter
    version: int
    observer: str
    certificate_sha256: str
    sha256: str
    size_bytes: int
    path: str
    signed_ms: int


@dataclass(frozen=True)
class Amendment:
    """A finalised record reopened for a change: who, when, why."""

    amended_by: str
    reason: str
    amended_ms: int
    previous_finalised_ms: int | None
