"""Observer signing keys: one EC P-256 key and self-signed certificate per observer.

The private key never leaves the key folder unencrypted: it is stored as PKCS#8
encrypted with the observer's passphrase (PBES2, 600,000 PBKDF2 rounds), in owner-only
files written atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import algos, core, pem  # type: ignore[import-untyped]
from asn1crypto import keys as asn1_keys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.x509.oid import NameOID

from wi_desktop.core.clock import Clock, SystemClock
from wi_desktop.core.errors import NotFound, ValidationError, WiError
from wi_desktop.core.speech import say, say_later
from wi_desktop.files import write_file_atomically, writing_errors

MIN_PASSPHRASE_LENGTH = 8
CERTIFICATE_YEARS = 5
MAX_NAME_LENGTH = 64
KDF_ITERATIONS = 600_000  # PBKDF2-HMAC-SHA256, OWASP 2023: about 0.15 s per unlock
_KEY_SUFFIX = ".key.pem"
_CERT_SUFFIX = ".cert.pem"


class SigningKeyError(WiError):
    """A signing key that cannot be made, read or used."""

    title = say_later("Signing key problem")


class WrongPassphraseError(SigningKeyError):
    """The passphrase does not unlock the observer's key."""

    title = say_later("Wrong passphrase")


class NoSigningKeyError(NotFound):
    """The observer has no signing key yet."""

    title = say_later("No signing key")


class WeakPassphraseError(ValidationError):
    """A passphrase too short to protect a signing key."""


@dataclass(frozen=True)
class ObserverSigner:
    """An unlocked key, ready to sign: what ``sign_pdf`` needs."""

    observer: str
    certificate_pem: bytes
    private_key: ec.EllipticCurvePrivateKey


def _possessive(name: str) -> str:
    """"Sam's", "James'": a translation writes how its language says whose (say "de Sam")."""
    return (say("{name}'") if name.endswith("s") else say("{name}'s")).format(name=name)


def normalise_observer(observer: str) -> str:
    """The name as shown: NFC, outer spaces trimmed, inner runs of spaces made one."""
    return " ".join(unicodedata.normalize("NFC", observer).split())


def key_file_stem(observer: str) -> str:
    """A file-safe name for any observer: readable slug + hash of the (case-folded) name."""
    name = normalise_observer(observer)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:16]
    return f"{slug or 'observer'}-{digest}"


def check_new_passphrase(observer: str, passphrase: str) -> None:
    """Refuse, in words, a passphrase that would not protect the key well enough."""
    if not passphrase:
        raise WeakPassphraseError(
            say("A passphrase is needed to protect {whose} signing key.")
            .format(whose=_possessive(observer)),
            hint=say("Choose one of at least {limit} characters.")
                 .format(limit=MIN_PASSPHRASE_LENGTH),
        )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(
            say("The passphrase is too short: it has {count} characters.")
            .format(count=len(passphrase)),
            hint=say("Choose one of at least {limit} characters.")
                 .format(limit=MIN_PASSPHRASE_LENGTH),
        )


def _check_name_length(name: str, organisation: str) -> None:
    # X.509 allows at most 64 characters in a common name or an organisation name
    for what, text in ((say("observer name"), name),
                       (say("organisation name"), organisation)):
        if len(text) > MAX_NAME_LENGTH:
            raise ValidationError(
                say("The {what} is too long for a signing certificate: it has {count} "
                    "characters.").format(what=what, count=len(text)),
                hint=say("Shorten it to at most {limit} characters.").format(
                    limit=MAX_NAME_LENGTH))


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC so the same passphrase typed through different input methods gives the same bytes
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class ObserverKeyStore:
    """Keys and certificates of the observers, one pair of files each, in ``folder``."""

    def __init__(self, folder: Path, clock: Clock | None = None) -> None:
        self.folder = folder
        self._clock: Clock = clock or SystemClock()

    def _paths(self, observer: str) -> tuple[Path, Path]:
        stem = key_file_stem(observer)
        return self.folder / f"{stem}{_KEY_SUFFIX}", self.folder / f"{stem}{_CERT_SUFFIX}"

    def exists(self, observer: str) -> bool:
        key_path, cert_path = self._paths(observer)
        return key_path.is_file() and cert_path.is_file()

    def create(self, observer: str, passphrase: str, organisation: str = "") -> bytes:
        """Make the observer's key and certificate; return the certificate as PEM."""
        name = normalise_observer(observer)
        if not name:
            raise ValidationError(say("A signing key needs the observer's name."),
                                  hint=say("Enter the observer's name first."))
        organisation = " ".join(organisation.split())
        _check_name_length(name, organisation)
        check_new_passphrase(name, passphrase)
        if self.exists(name):
            raise SigningKeyError(
                say("{name} already has a signing key.").format(name=name),
                hint=say("Use the existing key; making a new one would not match PDFs signed "
                         "before."),
            )
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.fromtimestamp(self._clock.now_ms() / 1000, dt.UTC).replace(microsecond=0)
        cert_pem = _self_signed_certificate(key, name, organisation, now)
        key_pem = encrypt_private_key(key, passphrase)
        self._make_folder()
        key_path, cert_path = self._paths(name)
        # key first: a certificate is only ever present beside its key
        write_file_atomically(key_path, key_pem, mode=0o600, error=SigningKeyError)
        write_file_atomically(cert_path, cert_pem, mode=0o600, error=SigningKeyError)
        return cert_pem

    def certificate_pem(self, observer: str) -> bytes:
        """The observer's certificate (public), e.g. to verify a PDF they signed."""
        _, cert_path = self._paths(observer)
        if not self.exists(observer):
            raise self._no_key(observer)
        with _reading(cert_path):
            cert_pem = cert_path.read_bytes()
        _load_certificate(cert_pem, cert_path)
        return cert_pem

    def export_certificate_pem(self, observer: str, path: Path) -> None:
        """Write the certificate where the user chose, to give to whoever checks the PDFs."""
        write_file_atomically(path, self.certificate_pem(observer), mode=0o644)

    def load_signer(self, observer: str, passphrase: str) -> ObserverSigner:
        """Unlock the observer's key with the passphrase."""
        name = normalise_observer(observer)
        key_path, _ = self._paths(name)
        cert_pem = self.certificate_pem(name)
        with _reading(key_path):
            key_pem = key_path.read_bytes()
        key = _decrypt_key(key_pem, passphrase, name, key_path)
        cert = _load_certificate(cert_pem, key_path)
        if cert.public_key() != key.public_key():
            raise _damaged(key_path)
        names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        held = str(names[0].value) if names else name
        # the spelling chosen at creation, unless the certificate could not hold the name
        # as typed (export/cert_names.py): then the name as typed
        shown = held if held.casefold() == name.casefold() else name
        return ObserverSigner(observer=shown, certificate_pem=cert_pem, private_key=key)

    def _make_folder(self) -> None:
        with writing_errors(self.folder, SigningKeyError):
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name != "nt":
                os.chmod(self.folder, 0o700)

    @staticmethod
    def _no_key(observer: str) -> NoSigningKeyError:
        return NoSigningKeyError(
            say("{observer} has no signing key on this computer yet.")
            .format(observer=normalise_observer(observer)),
            hint=say("One is made the first time they sign a summary."),
        )


def encrypt_private_key(key: ec.EllipticCurvePrivateKey, passphrase: str) -> bytes:
    """Standard encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC) as PEM.

    Built by hand because cryptography's BestAvailableEncryption uses only 2,048 PBKDF2
    rounds for PKCS#8 and offers no way to raise them; OpenSSL reads the result as usual.
    """
    plain = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption())
    salt, iv = os.urandom(16), os.urandom(16)
    secret = PBKDF2HMAC(hashes.SHA256(), 32, salt, KDF_ITERATIONS).derive(
        _passphrase_bytes(passphrase))
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).encryptor()
    sealed = encryptor.update(padder.update(plain) + padder.finalize()) + encryptor.finalize()
    scheme = algos.EncryptionAlgorithm({"algorithm": "pbes2", "parameters": {
        "key_derivation_func": {"algorithm": "pbkdf2", "parameters": {
            "salt": core.OctetString(salt), "iteration_count": KDF_ITERATIONS,
            "prf": {"algorithm": "sha256"}}},
        "encryption_scheme": {"algorithm": "aes256_cbc", "parameters": iv}}})
    info = asn1_keys.EncryptedPrivateKeyInfo({"encryption_algorithm": scheme,
                                              "encrypted_data": sealed})
    armored: bytes = pem.armor("ENCRYPTED PRIVATE KEY", info.dump())
    return armored


def _self_signed_certificate(key: ec.EllipticCurvePrivateKey, name: str,
                             organisation: str, now: dt.datetime) -> bytes:
    from wi_desktop.export.cert_names import certificate_name

    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, certificate_name(name))]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                             certificate_name(organisation)))
    subject = x509.Name(attributes)
    public_key = key.public_key()
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # tolerate a slightly slow clock
        .not_valid_after(now + dt.timedelta(days=365 * CERTIFICATE_YEARS + 1))
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def _decrypt_key(key_pem: bytes, passphrase: str, name: str,
                 key_path: Path) -> ec.EllipticCurvePrivateKey:
    if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" not in key_pem:
        raise _damaged(key_path)
    try:
        key = serialization.load_pem_private_key(key_pem, _passphrase_bytes(passphrase) or None)
    except (ValueError, TypeError):
        raise WrongPassphraseError(
            say("The passphrase for {whose} signing key is not right.")
            .format(whose=_possessive(name)),
            hint=say("Check Caps Lock and the keyboard layout, then try again."),
        ) from None
    except Exception:  # any other failure means the file is not a key this program made
        raise _damaged(key_path) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise _damaged(key_path)
    return key


def _load_certificate(cert_pem: bytes, path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        raise _damaged(path) from None


def _damaged(path: Path) -> SigningKeyError:
    return SigningKeyError(
        say("The signing key file “{path}” is damaged or was not made by this program.")
        .format(path=path),
        hint=say("Restore the key folder from a backup, or remove both files of this observer "
                 "to make a new key (PDFs signed before will then need the old certificate)."),
    )


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise SigningKeyError(say("The signing key file “{path}” could not be read ({reason}).")
                              .format(path=path, reason=exc.strerror or exc),
                              hint=say("Check that the key folder is readable.")) from exc
