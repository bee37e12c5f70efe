"""PAdES signatures: sign a finished PDF in a visible field, and check a signed PDF.

Signing is offline (PAdES baseline B-B: no time-stamp server) and appends one
incremental update to the bytes it is given; the result is never changed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# pyHanko imports cryptography's DSA classes to recognise old keys; cryptography warns on
# that import. Our keys are never DSA, and a user should not read a library's note to its
# developers before every verdict.
warnings.filterwarnings("ignore", message=r"DSA is deprecated", module=r"pyhanko(\.|$)")

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.x509 import Certificate, load_pem_x509_certificate  # noqa: E402
from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data  # noqa: E402
from pyhanko.pdf_utils.content import ImportedPdfPage  # noqa: E402
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from pyhanko.sign.validation import validate_pdf_signature  # noqa: E402
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature  # noqa: E402
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel  # noqa: E402
from pyhanko.stamp import StaticStampStyle  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402
from pyhanko_certvalidator.registry import SimpleCertificateStore  # noqa: E402

from wi_desktop.core.errors import FileWriteError, WiError  # noqa: E402
from wi_desktop.core.speech import say, say_later  # noqa: E402
from wi_desktop.export.keys import ObserverSigner  # noqa: E402
from wi_desktop.files import write_file_atomically  # noqa: E402

FIELD_NAME = "ObserverSignature"

NOT_A_PDF = "Not a PDF file"
UNREADABLE_PDF = "The PDF file is damaged and cannot be read"
NO_SIGNATURE = "This PDF has no digital signature"
ALTERED = "The signature does not match the document (it was altered)"
DAMAGED_SIGNATURE = "The digital signature in this PDF is damaged and cannot be checked"
CHANGED_AFTER = "The document was changed after it was signed"
OTHER_KEY = "Signed by a different key than the certificate given"
NOT_VALID_THEN = "The certificate given was not valid at the time the document was signed"
BAD_CERTIFICATE = "The certificate given is not a certificate file (PEM)"
VALID = "The signature is valid and the document has not been changed since it was signed"

__all__ = [
    "FileWriteError", "SigningError", "VerifyResult", "sha256_hex", "sign_pdf",
    "verify_pdf", "write_signed_pdf",
]


class SigningError(WiError):
    """The PDF given could not be signed."""

    title = say_later("The PDF could not be signed")


@dataclass(frozen=True)
class VerifyResult:
    """What a check of a signed PDF found, in words a user can read."""

    ok: bool
    reason: str
    signer: str = ""
    signed_at: str = ""
    covers_whole_file: bool = False
    intact: bool = False
    chains_to_given_cert: bool | None = None


def sha256_hex(data: bytes) -> str:
    """Fingerprint of a file's bytes, for the record of signed files."""
    return hashlib.sha256(data).hexdigest()


# signing ------------------------------------------------------------------------------
def sign_pdf(pdf_bytes: bytes, signer: ObserverSigner, *,
             field_rect: tuple[float, float, float, float], page: int,
             reason: str = "", location: str = "", signer_name: str | None = None,
             record: bytes | None = None) -> bytes:
    """Sign ``pdf_bytes`` in a new visible field at ``field_rect`` (points) on ``page``.
    RECORD (the session record as JSON) is embedded first, as the document's associated
    data file, so the signature covers it."""
    name = signer_name or signer.observer
    box = _checked_box(field_rect)
    _check_certificate_dates(signer)
    with _signing_errors():
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
        _check_page(writer, page)
        if record is not None:
            _attach_record(writer, record)
        field_name = _free_field_name(writer)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None, location=location or None, name=name,
        )
        with _stamp_file(name, box) as stamp:
            pdf_signer = signers.PdfSigner(
                meta, signer=_pyhanko_signer(signer),
                stamp_style=StaticStampStyle(background=ImportedPdfPage(str(stamp)),  # type: ignore[no-untyped-call]
                                             border_width=0),
                new_field_spec=fields.SigFieldSpec(sig_field_name=field_name, on_page=page,
                                                   box=box),
            )
            out = pdf_signer.sign_pdf(writer)
        return bytes(out.getbuffer())


def write_signed_pdf(pdf_bytes: bytes, signer: ObserverSigner, *,
                     field_rect: tuple[float, float, float, float], page: int,
                     out_path: Path, reason: str = "", location: str = "",
                     signer_name: str | None = None) -> bytes:
    """Sign and write the result atomically to ``out_path``; return the signed bytes."""
    signed = sign_pdf(pdf_bytes, signer, field_rect=field_rect, page=page, reason=reason,
                      location=location, signer_name=signer_name)
    write_file_atomically(out_path, signed, mode=0o644)
    return signed


RECORD_NAME = "session-record.json"


def _attach_record(writer: IncrementalPdfFileWriter, data: bytes) -> None:
    """Embed the session record as the document's associated file (PDF/A-3 style, with
    the relationship /Data), in the revision the signature will cover."""
    from pyhanko.pdf_utils import embed, generic

    stream = embed.EmbeddedFileObject.from_file_data(writer, data, mime_type="application/json")
    embed.embed_file(writer, embed.FileSpec(
        file_spec_string=RECORD_NAME, file_name=RECORD_NAME, embedded_data=stream,
        description="The session record as data (wi-desktop record), covered by the signature",
        af_relationship=generic.NameObject("/Data")))


def embedded_record(data: bytes) -> bytes | None:
    """The session record embedded in a signed PDF's bytes, or None when it holds none.
    Read it only once verify_pdf said the signature covers the whole file."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for index in range(0, len(names) - 1, 2):
            if str(names[index]) == RECORD_NAME:
                spec = names[index + 1].get_object()
                return bytes(spec["/EF"]["/F"].get_object().data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return None


def _pyhanko_signer(signer: ObserverSigner) -> signers.SimpleSigner:
    key_der = signer.private_key.private_bytes(  # stays in memory, handed to pyHanko
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    return signers.SimpleSigner(
        signing_cert=_asn1_certificate(signer.certificate_pem),
        signing_key=load_private_key_from_pemder_data(key_der, passphrase=None),
        cert_registry=SimpleCertificateStore(),  # type: ignore[no-untyped-call]
    )


def _asn1_certificate(pem_or_der: bytes) -> Any:
    """The certificate as pyHanko holds it (an asn1crypto object)."""
    return next(iter(load_certs_from_pemder_data(pem_or_der)))


def _check_certificate_dates(signer: ObserverSigner) -> None:
    cert = load_pem_x509_certificate(signer.certificate_pem)
    if _valid_at(cert, datetime.now(UTC)):
        return
    valid = (f"{cert.not_valid_before_utc:%Y-%m-%d} to {cert.not_valid_after_utc:%Y-%m-%d}")
    raise SigningError(
        say("{observer}'s signing certificate is valid from {valid}, not today, so PDF readers "
            "would not accept a signature made with it now.").format(
                observer=signer.observer, valid=valid),
        hint=say("Check the computer's date. If the certificate has expired, make a new "
                 "signing key, and keep the old certificate to check PDFs signed before."))


def _checked_box(rect: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = (round(v) for v in rect)
    if x2 - x1 < 20 or y2 - y1 < 10:
        raise SigningError(say("The signature box {rect} is too small to show the signature.")
                           .format(rect=rect),
                           hint=say("This is a layout bug; please report it."))
    return x1, y1, x2, y2


def _check_page(writer: IncrementalPdfFileWriter, page: int) -> None:
    count = int(writer.root["/Pages"]["/Count"])
    if not 0 <= page < count:
        raise SigningError(say("The PDF has {count} pages, so there is no page {page} to put "
                               "the signature on.").format(count=count, page=page + 1),
                           hint=say("This is a layout bug; please report it."))


def _free_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
    candidate, number = FIELD_NAME, 1
    while candidate in taken:
        number += 1
        candidate = f"{FIELD_NAME}{number}"
    return candidate


@contextlib.contextmanager
def _stamp_file(name: str, box: tuple[float, float, float, float]) -> Iterator[Path]:
    """The field's picture (export/stamp.py) in a file for the time of signing: pyHanko
    imports the page from a file."""
    from wi_desktop.export.stamp import stamp_pdf

    data = stamp_pdf(name, datetime.now(UTC), box[2] - box[0], box[3] - box[1])
    path = ""
    try:
        handle, path = tempfile.mkstemp(prefix="wi-stamp-", suffix=".pdf")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
    except OSError as error:
        with contextlib.suppress(OSError):
            if path:  # made, but not written whole
                os.unlink(path)
        raise SigningError(
            say("The signature's picture could not be written to the temporary folder "
                "({reason}).").format(reason=error.strerror or error),
            hint=say("Free some space on the disk, or set TMPDIR to a folder with room, then "
                     "sign again. Nothing was signed.")) from None
    try:
        yield Path(path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


@contextlib.contextmanager
def _signing_errors() -> Iterator[None]:
    try:
        yield
    except WiError:
        raise
    except Exception as exc:  # pyHanko raises many types for input it cannot read
        raise SigningError(say("The PDF could not be signed: {exc}").format(exc=exc),
                           hint=say("Export the summary again, then sign it.")) from exc


# verifying ----------------------------------------------------------------------------
def verify_pdf(source: Path | bytes, *, trusted_cert_pem: bytes | None = None) -> VerifyResult:
    """Check every signature in a PDF; ok only if all are intact and nothing came after."""
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        return VerifyResult(False, f"The file could not be read ({exc.strerror or exc})")
    if b"%PDF-" not in data[:1024]:
        return VerifyResult(False, NOT_A_PDF)
    trusted: Certificate | None = None
    if trusted_cert_pem is not None:
        try:
            trusted = load_pem_x509_certificate(trusted_cert_pem)
        except ValueError:
            return VerifyResult(False, BAD_CERTIFICATE)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return VerifyResult(False, "This PDF is encrypted, so its signature cannot be checked")
        signatures = list(reader.embedded_regular_signatures)
    except Exception:  # a damaged or foreign file: any parser error means "cannot read"
        return VerifyResult(False, UNREADABLE_PDF)
    if not signatures:
        return VerifyResult(False, NO_SIGNATURE)
    return _judge(signatures, trusted)


def _judge(signatures: list[EmbeddedPdfSignature],
           trusted: Certificate | None) -> VerifyResult:
    checked = []
    for signature in signatures:
        status = _validate(signature, root=None)
        if status is None:
            return VerifyResult(False, DAMAGED_SIGNATURE)
        if not (status.intact and status.valid):
            return VerifyResult(False, ALTERED, signer=_signer_name(signature, status),
                                signed_at=_signed_at(status))
        checked.append((signature, status))
    # the signature over the final revision is the one that vouches for the file as it is
    last_signature, last = max(checked, key=lambda pair: pair[0].signed_revision)
    whole = last.coverage == SignatureCoverageLevel.ENTIRE_FILE
    result = VerifyResult(True, VALID, signer=_signer_name(last_signature, last),
                          signed_at=_signed_at(last),
                          covers_whole_file=whole, intact=True)
    if trusted is not None:
        result = _judge_trust(result, last_signature, last, trusted)
    if not whole:
        return replace(result, ok=False, reason=CHANGED_AFTER)
    return result


def _judge_trust(result: VerifyResult, signature: EmbeddedPdfSignature,
                 status: PdfSignatureStatus, trusted: Certificate) -> VerifyResult:
    """Does the given certificate vouch for the signer, at the time the PDF says it signed?"""
    signer_cert = status.signing_cert
    if signer_cert.public_key.dump() == _public_key_der(trusted):
        # a self-signed observer certificate is its own root, and pyHanko trusts a root
        # unconditionally, dates included: so the dates are checked here
        if _valid_at(trusted, status.signer_reported_dt):
            return replace(result, chains_to_given_cert=True)
        return replace(result, ok=False, reason=NOT_VALID_THEN, chains_to_given_cert=False)
    if not signer_cert.self_issued:  # issued by a CA: may chain up to the certificate given
        root = _asn1_certificate(trusted.public_bytes(serialization.Encoding.DER))
        chained = _validate(signature, root=root)
        if chained is not None and chained.trusted:
            return replace(result, chains_to_given_cert=True)
    return replace(result, ok=False, reason=OTHER_KEY, chains_to_given_cert=False)


def _validate(signature: EmbeddedPdfSignature, *, root: Any) -> PdfSignatureStatus | None:
    """pyHanko's check against ``root``, or (None) the signer's own certificate: integrity only."""
    try:
        # offline, and judged at the signing time the PDF states
        context = ValidationContext(trust_roots=[root or signature.signer_cert],
                                    allow_fetching=False, revocation_mode="soft-fail",
                                    moment=signature.self_reported_timestamp)
        return validate_pdf_signature(signature, context, skip_diff=True)
    except Exception:  # a malformed signature object or CMS blob
        return None


def _valid_at(cert: Certificate, moment: datetime | None) -> bool:
    if moment is None:
        return True
    return cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc


def _public_key_der(cert: Certificate) -> bytes:
    return cert.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo)


def _signer_name(signature: EmbeddedPdfSignature, status: PdfSignatureStatus) -> str:
    """The name the signature gives (its /Name, as typed, covered by the signature), else
    its certificate's, which X.509 may hold only in part (export/cert_names.py)."""
    typed = signature.sig_object.get("/Name")
    if isinstance(typed, str) and typed.strip():
        return typed
    try:
        name = status.signing_cert.subject.native.get("common_name", "")
    except (ValueError, AttributeError):
        return ""
    return str(name)


def _signed_at(status: PdfSignatureStatus) -> str:
    moment = status.signer_reported_dt
    return moment.isoformat(timespec="seconds") if moment is not None else ""
