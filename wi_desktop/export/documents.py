"""Make, sign and save a session's documents: one path for the window and the command line.

Signing finalises the session (its record becomes read-only). Each signed file is written
atomically and its SHA-256 appended to the session's record; the signed PDF is never touched
again afterwards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wi_desktop.core.record import SignedFile
from wi_desktop.core.recording import RecordService
from wi_desktop.core.rubric import FinaliseWarning
from wi_desktop.core.sessions import SessionService
from wi_desktop.core.snapshot import SignatureMark, build_snapshot
from wi_desktop.export.keys import ObserverKeyStore
from wi_desktop.files import write_file_atomically

DocumentKind = Literal["summary", "letter"]
Progress = Callable[[int, str], None]  # (step 1..STEPS, what is happening)
STEPS = 4
REASONS = {"summary": "Summary of a working interview",
           "letter": "Feedback letter after a working interview"}


@dataclass(frozen=True)
class SignRequest:
    session_id: int
    kind: DocumentKind
    out_path: Path
    passphrase: str
    mark: SignatureMark | None = None
    include_scores: bool = False  # the letter only
    candidate_ack: bool = False  # the letter only: a line for the candidate to sign
    page_size: str = "letter"
    organisation: str = ""  # for a key made now


def sign_and_save(service: SessionService, record: RecordService, keys: ObserverKeyStore,
                  request: SignRequest, *, progress: Progress | None = None,
                  acknowledged: Sequence[FinaliseWarning] | None = None) -> SignedFile:
    """Unlock (or make) the observer's key, finalise, build, sign and save one document."""
    from wi_desktop.export.pdf import render_letter, render_summary
    from wi_desktop.export.signing import sign_pdf

    say = progress or (lambda _step, _text: None)
    session_id = request.session_id
    observer = service.workspace(session_id).session.observer_name
    say(1, "Unlocking the signing key")  # first, so a wrong passphrase costs nothing
    if not keys.exists(observer):
        keys.create(observer, request.passphrase, request.organisation)
    signer = keys.load_signer(observer, request.passphrase)
    if record.facts(session_id).finalised_ms is None:
        seen = record.finalise_warnings(session_id) if acknowledged is None else acknowledged
        record.finalise(session_id, acknowledged=seen)
    say(2, "Building the PDF")
    now = service.clock.now_ms()
    mark = request.mark
    if mark is not None and not mark.signed_ms:
        mark = SignatureMark(mark.kind, mark.text, mark.png, now)
    snapshot = build_snapshot(service, record, session_id, now_ms=now, signature=mark)
    if request.kind == "summary":
        document = render_summary(snapshot, page_size=request.page_size)
    else:
        document = render_letter(snapshot, include_scores=request.include_scores,
                                 page_size=request.page_size,
                                 candidate_ack=request.candidate_ack)
    say(3, "Signing")
    signed = sign_pdf(document.data, signer, field_rect=document.signature_rect,
                      page=document.signature_page, reason=REASONS[request.kind],
                      location=snapshot.session.location, signer_name=signer.observer)
    say(4, f"Saving {request.out_path.name}")
    write_file_atomically(request.out_path, signed, mode=0o644)
    version = 1 + sum(1 for f in record.signed_files(session_id) if f.kind == request.kind)
    entry = SignedFile(
        session_id=session_id, kind=request.kind, version=version, observer=signer.observer,
        certificate_sha256=hashlib.sha256(signer.certificate_pem).hexdigest(),
        sha256=hashlib.sha256(signed).hexdigest(), size_bytes=len(signed),
        path=str(request.out_path.resolve()), signed_ms=service.clock.now_ms())
    record.record_signed_file(entry, signer.certificate_pem.decode("ascii"))
    return entry


def default_file_name(service: SessionService, session_id: int, kind: DocumentKind,
                      version: int = 1) -> str:
    """e.g. "Alex Rivera - Café barista - 2026-11-25 - summary.pdf" (safe on any system)."""
    import datetime as dt

    session = service.workspace(session_id).session
    day = dt.datetime.fromtimestamp((session.started_ms or session.created_ms) / 1000)
    parts = [session.candidate_name, session.role_name, day.strftime("%Y-%m-%d"), kind]
    if version > 1:
        parts.append(f"v{version}")
    name = " - ".join(parts)
    safe = "".join(c if c.isalnum() or c in " -_.()" else "_" for c in name).strip()
    return (safe or "session")[:150] + ".pdf"
