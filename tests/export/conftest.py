"""Fixtures for the documents: the demo session, snapshots of it, and the PDF tools."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable

import pytest

from wi_desktop.core.clock import FakeClock
from wi_desktop.core.demo import create_demo_session
from wi_desktop.core.snapshot import SessionSnapshot, SignatureMark, build_snapshot
from wi_desktop.wiring import Services

UTC = dt.UTC


@pytest.fixture
def record(service: Services) -> Services:
    return service


@pytest.fixture
def demo_id(service: Services) -> int:
    return create_demo_session(service)


@pytest.fixture
def snapshot_of(service: Services, clock: FakeClock) -> Callable[..., SessionSnapshot]:
    def take(session_id: int, signature: SignatureMark | None = None) -> SessionSnapshot:
        return build_snapshot(service, session_id, now_ms=clock.now_ms(), tz=UTC,
                              signature=signature)
    return take


@pytest.fixture
def demo(snapshot_of, demo_id, clock) -> SessionSnapshot:
    return snapshot_of(demo_id, SignatureMark("typed", "Sam Okafor", signed_ms=clock.now_ms()))


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: poppler-utils)")
    return path


@pytest.fixture
def pdftotext(tmp_path) -> Callable[..., str]:
    """The text of a PDF as pdftotext reads it; extra arguments such as -raw pass through."""
    tool = _tool("pdftotext")

    def read(data: bytes, *args: str) -> str:
        path = tmp_path / "doc.pdf"
        path.write_bytes(data)
        return subprocess.run([tool, *args, str(path), "-"], check=True, capture_output=True,
                              text=True, timeout=60).stdout
    return read


@pytest.fixture
def pdffonts(tmp_path) -> Callable[[bytes], list[tuple[str, bool]]]:
    """(font name, embedded?) for every font a PDF uses."""
    tool = _tool("pdffonts")

    def fonts(data: bytes) -> list[tuple[str, bool]]:
        path = tmp_path / "fonts.pdf"
        path.write_bytes(data)
        out = subprocess.run([tool, str(path)], check=True, capture_output=True, text=True,
                             timeout=60).stdout
        rows = out.splitlines()[2:]
        found = []
        for row in rows:
            match = re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
            assert match, f"unexpected pdffonts line: {row!r}"
            found.append((row.split()[0], match[1] == "yes"))
        return found
    return fonts
