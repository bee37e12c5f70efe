"""Make, sign and save a session's documents: one path for the window and the command line.

Signing finalises the session (its record becomes read-only). Finalising, building, signing,
writing the file and keeping its SHA-256 in the record are one unit: if the PDF cannot be
built or written (a read-only folder, a full disk), the session is left exactly as it was
and no file is left behind. The signed PDF is never touched again afterwards.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wi_desktop.core.rubric import FinaliseWarning
from wi_desktop.core.snapshot import SessionSnapshot, SignatureMark, build_snapshot
from wi_desktop.core.use_cases import UseCases
from wi_desktop.core.versions import SignedFile
from wi_desktop.export.keys import ObserverKeyStore, ObserverSigner
from wi_desktop.files import write_file_atomically
from wi_desktop.languages.documents import document_language, writing_in

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
    language: str = "en"  # the document's language (languages/documents.py): its words,
    # and its dates and money as that language writes them in the business's country


def sign_and_save(cases: UseCases, keys: ObserverKeyStore, request: SignRequest, *,
                  progress: Progress | None = None,
                  acknowledged: Sequence[FinaliseWarning] | None = None) -> SignedFile:
    """Unlock (or make) the observer's key, then finalise, build, sign and save one document
    as one unit: all of it happens, or nothing does."""
    from wi_desktop.core.clock import FakeClock

    step = progress or (lambda _step, _text: None)
    document_language(request.language)  # refused before anything is unlocked or kept
    session_id = request.session_id
    observer = cases.sessions.summary(session_id).observer_name
    step(1, "Unlocking the signing key")  # first, so a wrong passphrase costs nothing
    if not keys.exists(observer):
        keys.create(observer, request.passphrase, request.organisation)
    signer = keys.load_signer(observer, request.passphrase)
    at = cases.with_clock(FakeClock(cases.clock.now_ms()))  # one instant for both passes
    step(2, "Building the PDF")
    snapshot, record = _finalised_snapshot(at, request, acknowledged)  # nothing kept yet
    signed = _render_and_sign(snapshot, record, request, signer, step)
    step(4, f"Saving {request.out_path.name}")
    try:
        write_file_atomically(request.out_path, signed, mode=0o644)
    except BaseException:  # failed after the file was put in place (e.g. the folder's sync)
        _remove_if_ours(request.out_path, signed)  # but never a file it did not replace
        raise
    try:
        with at.batch():  # the same finalisation, now kept, with the document's hash
            _finalise(at, session_id, acknowledged)
            entry = _entry(at, request, signer, signed)
            at.finalising.record_signed_file(entry, signer.certificate_pem.decode("ascii"),
                                             record.decode("utf-8"))
    except BaseException:  # the record does not hold it: a file nobody can trace must go
        request.out_path.unlink(missing_ok=True)
        raise
    return entry


def _remove_if_ours(path: Path, signed: bytes) -> None:
    try:
        if path.read_bytes() == signed:
            path.unlink()
    except OSError:
        pass


class _DryRun(Exception):
    """Raised to undo a transaction whose reads were all that was wanted."""


def _finalise(cases: UseCases, session_id: int,
              acknowledged: Sequence[FinaliseWarning] | None) -> None:
    if cases.finalising.finalised_ms(session_id) is None:
        seen = (cases.finalising.finalise_warnings(session_id) if acknowledged is None
                else acknowledged)
        cases.finalising.finalise(session_id, acknowledged=seen)


def _finalised_snapshot(cases: UseCases, request: SignRequest,
                        acknowledged: Sequence[FinaliseWarning] | None
                        ) -> tuple[SessionSnapshot, bytes]:
    """The session as it will read once finalised, without finalising it, and its record
    as data (embedded in the PDF): the finalisation is made and read inside a transaction
    that is then undone."""
    from wi_desktop.core.record import record_json, session_record

    now = cases.clock.now_ms()
    mark = request.mark
    if mark is not None and not mark.signed_ms:
        mark = SignatureMark(mark.kind, mark.text, mark.png, now)
    made: tuple[SessionSnapshot, bytes] | None = None
    try:
        with cases.batch():
            _finalise(cases, request.session_id, acknowledged)
            made = (build_snapshot(cases, request.session_id, now_ms=now, signature=mark),
                    record_json(session_record(cases, request.session_id, now_ms=now)))
            raise _DryRun()
    except _DryRun:
        pass
    assert made is not None
    return made


def _render_and_sign(snapshot: SessionSnapshot, record: bytes, request: SignRequest,
                     signer: ObserverSigner, step: Progress) -> bytes:
    from wi_desktop.export.pdf import render_letter, render_summary
    from wi_desktop.export.signing import sign_pdf

    with writing_in(request.language):
        if request.kind == "summary":
            document = render_summary(snapshot, page_size=request.page_size)
        else:
            document = render_letter(snapshot, include_scores=request.include_scores,
                                     page_size=request.page_size,
                                     candidate_ack=request.candidate_ack)
        step(3, "Signing")
        return sign_pdf(document.data, signer, field_rect=document.signature_rect,
                        page=document.signature_page, reason=REASONS[request.kind],
                        location=snapshot.session.location, signer_name=signer.observer,
                        record=record)


def _entry(cases: UseCases, request: SignRequest, signer: ObserverSigner,
           signed: bytes) -> SignedFile:
    session_id = request.session_id
    version = 1 + sum(1 for f in cases.finalising.signed_files(session_id)
                      if f.kind == request.kind)
    return SignedFile(
        session_id=session_id, kind=request.kind, version=version, observer=signer.observer,
        certificate_sha256=hashlib.sha256(signer.certificate_pem).hexdigest(),
        sha256=hashlib.sha256(signed).hexdigest(), size_bytes=len(signed),
        path=str(request.out_path.resolve()), signed_ms=cases.clock.now_ms())


def default_file_name(cases: UseCases, session_id: int, kind: DocumentKind,
                      version: int = 1) -> str:
    """e.g. "Alex Rivera - Café barista - 2026-11-25 - summary.pdf" (safe on any system)."""
    import datetime as dt

    session = cases.sessions.summary(session_id)
    day = dt.datetime.fromtimestamp((session.started_ms or session.created_ms) / 1000)
    parts = [session.candidate_name, session.role_name, day.strftime("%Y-%m-%d"), kind]
    if version > 1:
        parts.append(f"v{version}")
    name = " - ".join(parts)
    safe = "".join(c if c.isalnum() or c in " -_.()" else "_" for c in name).strip()
    return (safe or "session")[:150] + ".pdf"
