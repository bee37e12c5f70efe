"""Fixtures for the end-to-end tests: every child started is killed when its test ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import Child, Launcher


@pytest.fixture
def children() -> Iterator[list[Child]]:
    """Every child started by a test; all of them are killed when it ends."""
    started: list[Child] = []
    yield started
    for child in started:
        child.close()


@pytest.fixture
def launch(children: list[Child], tmp_path: Path) -> Launcher:
    return Launcher(children, tmp_path)
