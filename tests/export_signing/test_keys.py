"""Observer keys: made once, locked by a passphrase, owner-only files, the right certificate."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wi_desktop.core.errors import FileWriteError, ValidationError
from wi_desktop.export.keys import (
    NoSigningKeyError,
    ObserverKeyStore,
    SigningKeyError,
    WeakPassphraseError,
    WrongPassphraseError,
    key_file_stem,
)

from .conftest import OBSERVER, PASSPHRASE


def _certificate(store: ObserverKeyStore, observer: str = OBSERVER) -> x509.Certificate:
    return x509.load_pem_x509_certificate(store.certificate_pem(observer))


def test_a_new_observer_has_no_key_until_one_is_made(tmp_path: Path) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    assert not store.exists("Jordan Lee")
    with pytest.raises(NoSigningKeyError, match="Jordan Lee has no signing key"):
        store.load_signer("Jordan Lee", PASSPHRASE)
    store.create("Jordan Lee", PASSPHRASE)
    assert store.exists("Jordan Lee")
    assert store.load_signer("Jordan Lee", PASSPHRASE).observer == "Jordan Lee"


def test_wrong_passphrase_is_a_typed_error_in_words(key_store: ObserverKeyStore) -> None:
    with pytest.raises(WrongPassphraseError) as caught:
        key_store.load_signer(OBSERVER, "not the passphrase")
    assert caught.value.message == "The passphrase for Sam Okafor's signing key is not right."
    assert caught.value.hint
    with pytest.raises(WrongPassphraseError):
        key_store.load_signer(OBSERVER, "")


def test_key_and_certificate_files_are_owner_only(key_store: ObserverKeyStore) -> None:
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    assert stat.S_IMODE(key_store.folder.stat().st_mode) == 0o700
    files = sorted(key_store.folder.iterdir())
    assert len(files) == 4  # two observers, key + certificate each, no temp files left
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_private_key_is_stored_encrypted(key_store: ObserverKeyStore) -> None:
    key_files = list(key_store.folder.glob("*.key.pem"))
    assert key_files
    for path in key_files:
        text = path.read_bytes()
        assert text.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
        assert PASSPHRASE.encode() not in text


def test_certificate_names_the_observer_and_allows_signing_only(
        key_store: ObserverKeyStore) -> None:
    cert = _certificate(key_store)
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == OBSERVER
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == (
        "Acme Staffing")
    assert cert.issuer == cert.subject  # self-signed
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not (usage.value.key_cert_sign or usage.value.key_encipherment)
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca is False
    with pytest.raises(x509.ExtensionNotFound):
        cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    key = cert.public_key()
    assert isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    years = (cert.not_valid_after_utc - cert.not_valid_before_utc) / dt.timedelta(days=365)
    assert 4.9 < years < 5.1
    assert cert.not_valid_before_utc <= dt.datetime.now(dt.UTC)


def test_organisation_is_optional(key_store: ObserverKeyStore) -> None:
    cert = _certificate(key_store, "Pat Kim")
    assert not cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)


@pytest.mark.parametrize(("passphrase", "words"), [
    ("", "A passphrase is needed to protect Jordan Lee's signing key."),
    ("seven77", "The passphrase is too short: it has 7 characters."),
])
def test_weak_passphrases_are_refused_in_words(tmp_path: Path, passphrase: str,
                                               words: str) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    with pytest.raises(WeakPassphraseError) as caught:
        store.create("Jordan Lee", passphrase)
    assert caught.value.message == words
    assert "at least 8 characters" in caught.value.hint
    assert not store.exists("Jordan Lee")


def test_an_observer_name_is_needed(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="observer's name"):
        ObserverKeyStore(tmp_path / "keys").create("   ", PASSPHRASE)


def test_an_existing_key_is_never_replaced(key_store: ObserverKeyStore) -> None:
    before = key_store.certificate_pem(OBSERVER)
    with pytest.raises(SigningKeyError, match="already has a signing key"):
        key_store.create(OBSERVER, "another passphrase")
    assert key_store.certificate_pem(OBSERVER) == before


@pytest.mark.parametrize("name", [
    "../../etc/passwd", "a/b\\c:d*?", "Zoë Núñez", "李小龍", "CON", ".", "x" * 64,
])
def test_any_observer_name_gives_a_safe_file_name(tmp_path: Path, name: str) -> None:
    stem = key_file_stem(name)
    assert stem and len(stem) <= 60
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in stem)
    store = ObserverKeyStore(tmp_path / "keys")
    store.create(name, PASSPHRASE)
    assert [p.parent for p in (tmp_path / "keys").iterdir()] == [tmp_path / "keys"] * 2
    assert store.load_signer(name, PASSPHRASE).observer == " ".join(name.split())


def test_names_too_long_for_a_certificate_are_refused_in_words(tmp_path: Path) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    with pytest.raises(ValidationError, match="observer name is too long"):
        store.create("x" * 65, PASSPHRASE)
    with pytest.raises(ValidationError, match="organisation name is too long"):
        store.create("Jordan Lee", PASSPHRASE, organisation="y" * 65)
    assert not store.exists("Jordan Lee")


def test_the_name_is_shown_as_spelled_when_the_key_was_made(key_store: ObserverKeyStore) -> None:
    assert key_store.load_signer("  sam   OKAFOR ", PASSPHRASE).observer == OBSERVER


def test_names_differing_only_in_spacing_or_case_share_a_key_others_do_not() -> None:
    assert key_file_stem("Sam Okafor") == key_file_stem("  sam   OKAFOR ")
    assert key_file_stem("Sam Okafor") != key_file_stem("Sam Okafor2")
    assert key_file_stem("李小龍") != key_file_stem("李小虎")


def test_certificate_can_be_exported(key_store: ObserverKeyStore, tmp_path: Path) -> None:
    target = tmp_path / "sam.pem"
    key_store.export_certificate_pem(OBSERVER, target)
    assert target.read_bytes() == key_store.certificate_pem(OBSERVER)
    assert target.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_exporting_to_an_impossible_place_is_a_typed_error(key_store: ObserverKeyStore,
                                                           tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(FileWriteError, match="Choose another folder"):
        key_store.export_certificate_pem(OBSERVER, blocker / "sam.pem")


def test_a_damaged_key_file_is_not_called_a_wrong_passphrase(tmp_path: Path) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    store.create("Jordan Lee", PASSPHRASE)
    key_file = next((tmp_path / "keys").glob("*.key.pem"))
    key_file.write_bytes(b"garbage")
    with pytest.raises(SigningKeyError, match="damaged") as caught:
        store.load_signer("Jordan Lee", PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphraseError)


def test_a_key_folder_that_cannot_be_made_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "keys"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(SigningKeyError, match="could not be saved"):
        ObserverKeyStore(blocker).create("Jordan Lee", PASSPHRASE)


def test_passphrase_is_compared_after_unicode_normalisation(tmp_path: Path) -> None:
    store = ObserverKeyStore(tmp_path / "keys")
    store.create("Jordan Lee", "caf\u00e9 au lait")  # é as one code point
    assert store.load_signer("Jordan Lee", "cafe\u0301 au lait")  # e + combining accent


def test_key_encryption_is_slow_to_guess(key_store: ObserverKeyStore) -> None:
    from asn1crypto import keys, pem

    key_file = next(key_store.folder.glob("*.key.pem"))
    _, _, der = pem.unarmor(key_file.read_bytes())
    scheme = keys.EncryptedPrivateKeyInfo.load(der)["encryption_algorithm"]
    assert scheme["algorithm"].native == "pbes2"
    assert scheme.kdf == "pbkdf2" and scheme.kdf_hmac == "sha256"
    assert scheme.kdf_iterations >= 600_000
    assert scheme.encryption_cipher == "aes" and scheme.key_length == 32
