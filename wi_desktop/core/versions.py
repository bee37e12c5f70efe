"""The versions of a session's record: the facts kept on its row (template, decision,
when finalised), each signed PDF, and each amendment that reopened it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SessionFacts:
    """Template and decision facts stored on the session row."""

    template_name: str = ""
    template_json: str = ""
    recommendation: str = "no_decision"
    finalised_ms: int | None = None
    imported_ms: int | None = None
    """When the session came in from a session record made elsewhere (unsigned here)."""


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


@dataclass(frozen=True)
class AmendmentLine:
    """An amendment as a document lists it: what it amends, by its version and the
    SHA-256 of the file signed as that version (None when nothing had been signed)."""

    amendment: Amendment
    amends: SignedFile | None


def amendment_chain(amendments: list[Amendment],
                    signed: list[SignedFile]) -> tuple[AmendmentLine, ...]:
    """Each amendment, in order, with the last signed file before it (the summary when the
    summary and the letter were signed as the same version)."""
    lines = []
    for amendment in sorted(amendments, key=lambda a: a.amended_ms):
        before = [f for f in signed if f.signed_ms <= amendment.amended_ms]
        amends = max(before, key=lambda f: (f.version, f.kind == "summary", f.signed_ms),
                     default=None)
        lines.append(AmendmentLine(amendment, amends))
    return tuple(lines)
