"""PAdES signing and checking: a signed summary verifies, and any later change is caught."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from wi_desktop.core.clock import FakeClock
from wi_desktop.core.errors import FileWriteError
from wi_desktop.export import keys as keys_module
from wi_desktop.export.keys import (
    CERTIFICATE_YEARS,
    ObserverKeyStore,
    ObserverSigner,
)
from wi_desktop.export.signing import (
    ALTERED,
    CHANGED_AFTER,
    NO_SIGNATURE,
    NOT_A_PDF,
    NOT_VALID_THEN,
    OTHER_KEY,
    UNREADABLE_PDF,
    SigningError,
    sha256_hex,
    sign_pdf,
    verify_pdf,
    write_signed_pdf,
)

from .conftest import OBSERVER, OTHER_OBSERVER, PASSPHRASE, SIGNATURE_BOX, pdfsig, summary_pdf


def _flip_byte_in_signed_range(signed: bytes) -> bytes:
    """Change one letter of the producer string, well before the signature's /Contents."""
    offset = signed.index(b"ReportLab")
    gap_start = signed.index(b"/Contents <")
    assert offset < gap_start
    tampered = bytearray(signed)
    tampered[offset] = ord("r")
    return bytes(tampered)


def _append_note_after_signing(signed: bytes) -> bytes:
    """An incremental update, as another program would append it: a note on page 1."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page_ref, _ = writer.find_page_for_modification(0)
    note = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
        generic.pdf_name("/Rect"): generic.ArrayObject(map(generic.NumberObject,
                                                           (400, 700, 420, 720))),
        generic.pdf_name("/Contents"): generic.TextStringObject("Score changed to 5"),
    })
    writer.register_annotation(page_ref, writer.add_object(note))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_signed_pdf_validates_with_pyhanko(signed_pdf: bytes, key_store: ObserverKeyStore) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    (signature,) = reader.embedded_regular_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert signature.sig_object["/Reason"] == "Working interview summary"
    assert signature.sig_object["/Location"] == "Dock 2"
    context = ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False)
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.md_algorithm == "sha256"


def test_signature_field_is_visible_at_the_rectangle_given(signed_pdf: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed_pdf))
    (signature,) = reader.embedded_regular_signatures
    widget = signature.sig_field
    assert [float(v) for v in widget["/Rect"]] == list(SIGNATURE_BOX)
    assert "/AP" in widget  # an appearance stream: the stamp is drawn
    page = reader.root["/Pages"]["/Kids"][0]
    assert widget.container_ref in [a.reference for a in page["/Annots"]]


def test_signed_pdf_verifies(signed_pdf: bytes) -> None:
    result = verify_pdf(signed_pdf)
    assert result.ok, result.reason
    assert result.signer == OBSERVER
    assert result.intact and result.covers_whole_file
    assert result.chains_to_given_cert is None
    assert result.signed_at[:4].isdigit() and "T" in result.signed_at


def test_pdfsig_accepts_the_signature(signed_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    report = pdfsig(path)
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    assert "Signer Certificate Common Name: Sam Okafor" in report
    assert "ETSI.CAdES.detached" in report


def test_the_stamp_s_font_is_embedded(signed_pdf: bytes,
                                                                  tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (Debian: poppler-utils)")
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                         timeout=60)
    rows = out.stdout.splitlines()[2:]
    assert rows and out.stderr == ""
    # the page signed here is the test's own (in Helvetica); the stamp's font is ours
    stamp = [row for row in rows if not row.startswith("Helvetica ")]
    assert stamp and all(" yes yes yes " in row for row in stamp), out.stdout
    assert any("DejaVuSans" in row for row in stamp)


def test_the_stamp_names_no_font_it_does_not_embed(tmp_path: Path) -> None:
    """The page signed above is the test's own, in Helvetica; the stamp alone must hold
    only embedded fonts, or every signed summary shows one unembedded font in pdffonts."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (Debian: poppler-utils)")
    from wi_desktop.export.stamp import stamp_pdf

    path = tmp_path / "stamp.pdf"
    path.write_bytes(stamp_pdf("Sam Okafor", dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC),
                               200, 60))
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                         timeout=60)
    rows = out.stdout.splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows), out.stdout


def test_one_changed_byte_breaks_the_signature(signed_pdf: bytes, tmp_path: Path) -> None:
    tampered = _flip_byte_in_signed_range(signed_pdf)
    result = verify_pdf(tampered)
    assert not result.ok and not result.intact
    assert result.reason == ALTERED
    path = tmp_path / "tampered.pdf"
    path.write_bytes(tampered)
    assert "Digest Mismatch." in pdfsig(path)


def test_an_update_appended_after_signing_is_caught(signed_pdf: bytes, tmp_path: Path) -> None:
    changed = _append_note_after_signing(signed_pdf)
    assert changed.startswith(signed_pdf)  # the signature itself is still intact
    result = verify_pdf(changed)
    assert not result.ok
    assert result.intact and not result.covers_whole_file
    assert result.reason == CHANGED_AFTER
    path = tmp_path / "changed.pdf"
    path.write_bytes(changed)
    assert "Total document signed" not in pdfsig(path)


def test_verifies_against_the_signers_certificate_only(signed_pdf: bytes,
                                                       key_store: ObserverKeyStore) -> None:
    right = verify_pdf(signed_pdf, trusted_cert_pem=key_store.certificate_pem(OBSERVER))
    assert right.ok and right.chains_to_given_cert is True
    wrong = verify_pdf(signed_pdf, trusted_cert_pem=key_store.certificate_pem(OTHER_OBSERVER))
    assert not wrong.ok and wrong.chains_to_given_cert is False
    assert wrong.reason == OTHER_KEY
    assert wrong.intact and wrong.signer == OBSERVER


def test_a_certificate_that_is_not_one_is_reported(signed_pdf: bytes) -> None:
    result = verify_pdf(signed_pdf, trusted_cert_pem=b"hello")
    assert not result.ok and "certificate" in result.reason


def test_a_second_signature_counts_for_the_final_document(
        signed_pdf: bytes, key_store: ObserverKeyStore) -> None:
    second = key_store.load_signer(OTHER_OBSERVER, PASSPHRASE)
    cosigned = sign_pdf(signed_pdf, second, field_rect=(320, 72, 540, 132), page=0,
                        reason="Second observer")
    assert verify_pdf(cosigned).ok
    assert verify_pdf(cosigned).signer == OTHER_OBSERVER
    sam = key_store.certificate_pem(OBSERVER)
    assert verify_pdf(cosigned, trusted_cert_pem=sam).reason == OTHER_KEY


@pytest.mark.parametrize(("content", "reason"), [
    (b"", NOT_A_PDF),
    (b"PK\x03\x04 a zip file, not a PDF", NOT_A_PDF),
    (b"%PDF-1.7\n garbage without any objects", UNREADABLE_PDF),
])
def test_foreign_files_give_words_not_tracebacks(tmp_path: Path, content: bytes,
                                                 reason: str) -> None:
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    result = verify_pdf(path)
    assert not result.ok
    assert result.reason == reason


def test_a_truncated_signed_pdf_is_not_ok(signed_pdf: bytes) -> None:
    for cut in (len(signed_pdf) // 3, len(signed_pdf) - 200):
        assert not verify_pdf(signed_pdf[:cut]).ok


def test_an_unsigned_pdf_has_no_signature() -> None:
    assert verify_pdf(summary_pdf()).reason == NO_SIGNATURE


def test_a_missing_file_is_reported_in_words(tmp_path: Path) -> None:
    result = verify_pdf(tmp_path / "nowhere.pdf")
    assert not result.ok and "could not be read" in result.reason


def test_written_file_matches_the_returned_bytes(signer: ObserverSigner, tmp_path: Path) -> None:
    out = tmp_path / "summary-signed.pdf"
    signed = write_signed_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0,
                              out_path=out, reason="Summary")
    assert out.read_bytes() == signed
    assert sha256_hex(signed) == hashlib.sha256(out.read_bytes()).hexdigest()
    assert verify_pdf(out).ok
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temp file left


def test_unwritable_destination_is_a_typed_error_and_leaves_nothing(signer: ObserverSigner,
                                                                    tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")
    out = blocker / "summary-signed.pdf"
    with pytest.raises(FileWriteError) as caught:
        write_signed_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0, out_path=out)
    assert str(out) in caught.value.message
    assert "choose another folder" in caught.value.hint.lower()
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]
    assert blocker.read_text() == "a regular file"


def test_signature_on_a_later_page(signer: ObserverSigner) -> None:
    signed = sign_pdf(summary_pdf(pages=3), signer, field_rect=SIGNATURE_BOX, page=2)
    reader = PdfFileReader(io.BytesIO(signed))
    (signature,) = reader.embedded_regular_signatures
    last_page = reader.root["/Pages"]["/Kids"][2]
    assert signature.sig_field.container_ref in [a.reference for a in last_page["/Annots"]]
    assert verify_pdf(signed).ok


def test_a_page_that_does_not_exist_is_refused(signer: ObserverSigner) -> None:
    with pytest.raises(SigningError, match="no page 3"):
        sign_pdf(summary_pdf(pages=2), signer, field_rect=SIGNATURE_BOX, page=2)


def test_input_that_is_not_a_pdf_cannot_be_signed(signer: ObserverSigner) -> None:
    with pytest.raises(SigningError):
        sign_pdf(b"not a pdf", signer, field_rect=SIGNATURE_BOX, page=0)


def test_a_name_outside_latin1_still_signs(tmp_path: Path) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    store.create("李小龍 Zoë", PASSPHRASE)
    signer = store.load_signer("李小龍 Zoë", PASSPHRASE)
    result = verify_pdf(sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0))
    assert result.ok and result.signer == "李小龍 Zoë"  # the certificate keeps the real name


def test_a_certificate_that_expired_after_signing_still_vouches(tmp_path: Path) -> None:
    now_ms = time.time_ns() // 1_000_000
    five_years_ms = (365 * CERTIFICATE_YEARS + 1) * 86_400_000
    clock = FakeClock(start_ms=now_ms - five_years_ms + 2_000)  # expires in about 2 s
    store = ObserverKeyStore(tmp_path / "keys", clock=clock)
    store.create(OBSERVER, PASSPHRASE)
    signed = sign_pdf(summary_pdf(), store.load_signer(OBSERVER, PASSPHRASE),
                      field_rect=SIGNATURE_BOX, page=0)
    cert_pem = store.certificate_pem(OBSERVER)
    expiry = x509.load_pem_x509_certificate(cert_pem).not_valid_after_utc.timestamp()
    time.sleep(max(0.0, expiry - time.time() + 1.1))
    result = verify_pdf(signed, trusted_cert_pem=cert_pem)
    assert result.ok, result.reason


def _store_made_tomorrow(tmp_path: Path) -> ObserverKeyStore:
    clock = FakeClock(start_ms=time.time_ns() // 1_000_000 + 86_400_000)
    store = ObserverKeyStore(tmp_path / "keys", clock=clock)
    store.create(OBSERVER, PASSPHRASE)
    return store


def test_signing_with_a_certificate_not_valid_today_is_refused(tmp_path: Path) -> None:
    signer = _store_made_tomorrow(tmp_path).load_signer(OBSERVER, PASSPHRASE)
    with pytest.raises(SigningError, match="signing certificate is valid from") as caught:
        sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0)
    assert "date" in caught.value.hint


def test_a_signature_made_outside_the_certificates_dates_is_named_as_such(
        tmp_path: Path) -> None:
    store = _store_made_tomorrow(tmp_path)
    signer = store.load_signer(OBSERVER, PASSPHRASE)
    # another program would sign regardless: do it with pyHanko directly
    cert = x509.load_pem_x509_certificate(signer.certificate_pem)
    pyhanko_signer = signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(signer.private_key),
        cert_registry=SimpleCertificateStore())
    meta = signers.PdfSignatureMetadata(field_name="Sig", subfilter=fields.SigSeedSubFilter.PADES)
    writer = IncrementalPdfFileWriter(io.BytesIO(summary_pdf()))
    signed = signers.PdfSigner(meta, pyhanko_signer).sign_pdf(writer).getvalue()
    assert verify_pdf(signed).ok  # intact and whole: only the dates are wrong
    result = verify_pdf(signed, trusted_cert_pem=signer.certificate_pem)
    assert not result.ok and result.intact and result.chains_to_given_cert is False
    assert result.reason == NOT_VALID_THEN


def _issued_by_a_ca() -> tuple[ObserverSigner, bytes]:
    """An observer whose certificate an organisation's CA issued (not made by this program)."""
    now = dt.datetime.now(dt.UTC)

    def certificate(subject: str, issuer: str, key: ec.EllipticCurvePrivateKey,
                    signing_key: ec.EllipticCurvePrivateKey, ca: bool) -> x509.Certificate:
        usage = dict.fromkeys(("digital_signature", "content_commitment", "key_encipherment",
                               "data_encipherment", "key_agreement", "key_cert_sign",
                               "crl_sign", "encipher_only", "decipher_only"), False)
        usage.update(key_cert_sign=ca, crl_sign=ca, digital_signature=not ca,
                     content_commitment=not ca)
        return (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
                .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - dt.timedelta(days=1))
                .not_valid_after(now + dt.timedelta(days=30))
                .add_extension(x509.KeyUsage(**usage), critical=True)
                .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
                .sign(signing_key, hashes.SHA256()))

    ca_key, observer_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(
        ec.SECP256R1())
    ca_cert = certificate("Acme Staffing CA", "Acme Staffing CA", ca_key, ca_key, ca=True)
    observer_cert = certificate(OBSERVER, "Acme Staffing CA", observer_key, ca_key, ca=False)
    pem = serialization.Encoding.PEM
    signer = ObserverSigner(OBSERVER, observer_cert.public_bytes(pem), observer_key)
    return signer, ca_cert.public_bytes(pem)


def test_a_certificate_issued_by_a_ca_chains_to_that_ca(key_store: ObserverKeyStore) -> None:
    signer, ca_pem = _issued_by_a_ca()
    signed = sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0)
    by_ca = verify_pdf(signed, trusted_cert_pem=ca_pem)
    assert by_ca.ok and by_ca.chains_to_given_cert is True
    by_other = verify_pdf(signed, trusted_cert_pem=key_store.certificate_pem(OTHER_OBSERVER))
    assert not by_other.ok and by_other.reason == OTHER_KEY


def test_a_full_disk_leaves_no_partial_file(signer: ObserverSigner, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "summary-signed.pdf"
    out.write_bytes(b"the earlier export")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keys_module.os, "fsync", disk_full)  # the fault, injected at flush
    with pytest.raises(FileWriteError, match="the disk is full") as caught:
        write_signed_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0, out_path=out)
    assert str(out) in caught.value.message
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert out.read_bytes() == b"the earlier export"  # the old file is untouched


@pytest.mark.parametrize("name", ["Zoë Ångström-Łukasiewicz", "مُحَمَّد عَلِيّ", "王小明",
                                  "Ngozi 👩🏾‍💼"])
def test_the_stamp_shows_the_signer_s_name_as_typed(signer: ObserverSigner, tmp_path: Path,
                                                    name: str) -> None:
    """The field's picture is set like every typed text: a name in any script is shown
    and reads back as typed (it was '?' for every character outside Latin-1)."""
    import re
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0,
                              signer_name=name))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    squash = re.compile("[\\s\u200e\u200f\u202a-\u202e]")
    assert squash.sub("", unicodedata.normalize("NFC", f"Digitally signed by {name}")) in (
        squash.sub("", unicodedata.normalize("NFC", text)))
    assert verify_pdf(path).ok


def test_a_full_temporary_folder_is_said_in_words_and_signs_nothing(signer: ObserverSigner,
                                                                    monkeypatch) -> None:
    import tempfile

    def full(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    with pytest.raises(SigningError) as caught:
        sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0)
    assert "temporary folder (No space left on device)" in caught.value.message
    assert "Nothing was signed" in caught.value.hint


@pytest.mark.parametrize("name", [
    "مُحَمَّد Ng",      # right-to-left and left-to-right letters in one name
    "عَلِيّ",           # a right-to-left name ending on a mark
    "😀 Bob",           # a character newer than the Unicode of X.509's name rules
    "ꯃꯤꯇꯩ Meitei",     # a script added after it
])
def test_an_observer_whose_name_a_certificate_cannot_hold_still_signs(name: str,
                                                                      tmp_path: Path) -> None:
    """X.509 prepares names by RFC 4518 before comparing them; a certificate holding one of
    these names as typed makes every signature read as damaged. The certificate holds the
    nearest name it can; the signature and the verifier give the name as typed."""
    from wi_desktop.export.cert_names import acceptable, certificate_name

    assert not acceptable(name) and acceptable(certificate_name(name))
    store = ObserverKeyStore(tmp_path / "keys")
    store.create(name, PASSPHRASE, organisation="شركة Acme")
    signer = store.load_signer(name, PASSPHRASE)
    assert signer.observer == name
    signed = sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0)
    result = verify_pdf(signed)
    assert result.ok, result.reason
    assert result.signer == name
    trusted = verify_pdf(signed, trusted_cert_pem=store.certificate_pem(name))
    assert trusted.ok and trusted.chains_to_given_cert


def test_a_name_a_certificate_can_hold_is_kept_as_typed() -> None:
    from wi_desktop.export.cert_names import certificate_name

    for name in ("Sam Okafor", "李小龍 Ng", "שָׁלוֹם", "Zoë Ng", "𠀋𠀌 Ext B"):
        assert certificate_name(name) == name
