"""Fixtures for signing: one key folder and one signed summary per module (EC keys are fast)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from wi_desktop.export.keys import ObserverKeyStore, ObserverSigner
from wi_desktop.export.signing import sign_pdf

OBSERVER = "Sam Okafor"
OTHER_OBSERVER = "Pat Kim"
PASSPHRASE = "correct horse battery"
SIGNATURE_BOX = (72.0, 72.0, 300.0, 132.0)


def summary_pdf(pages: int = 1) -> bytes:
    """A small unsigned PDF standing in for the exported summary."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.setTitle("Working interview summary")
    for number in range(pages):
        pdf.drawString(72, 760, f"Working interview summary, page {number + 1}")
        pdf.drawString(72, 140, "Observer signature:")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdfsig(path: Path) -> str:
    """pdfsig's report; its exit status is 0 even for a broken signature, so read the text."""
    tool = shutil.which("pdfsig")
    if tool is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=30,
                          check=False)
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def key_store(tmp_path_factory: pytest.TempPathFactory) -> ObserverKeyStore:
    store = ObserverKeyStore(tmp_path_factory.mktemp("signing") / "keys")
    store.create(OBSERVER, PASSPHRASE, organisation="Acme Staffing")
    store.create(OTHER_OBSERVER, PASSPHRASE)
    return store


@pytest.fixture(scope="module")
def signer(key_store: ObserverKeyStore) -> ObserverSigner:
    return key_store.load_signer(OBSERVER, PASSPHRASE)


@pytest.fixture(scope="module")
def signed_pdf(signer: ObserverSigner) -> bytes:
    return sign_pdf(summary_pdf(), signer, field_rect=SIGNATURE_BOX, page=0,
                    reason="Working interview summary", location="Dock 2",
                    signer_name=OBSERVER)
