"""Shared fixtures: a temp data folder per test, a real SQLite file, a fake clock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the words the tests read are the program's own (English), whatever the machine's language;
# tests of the translations ask for a language themselves
os.environ["LANGUAGE"] = "en"

from wi_desktop.core.clock import FakeClock  # noqa: E402
from wi_desktop.core.model import NewSession, PlannedTask  # noqa: E402
from wi_desktop.storage.database import Database, open_database  # noqa: E402
from wi_desktop.wiring import Services  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "wi-desktop.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(db_path: Path):
    repository = open_database(db_path)
    yield repository
    repository.close()


@pytest.fixture
def service(repo: Database, clock: FakeClock, data_dir: Path) -> Services:
    """The services of the test's data file, wired as the window gets them."""
    return Services(repo, clock, key_dir=data_dir / "keys", backup_dir=data_dir / "backups")


@pytest.fixture
def new_session() -> NewSession:
    return NewSession(
        candidate_name="Jordan Lee",
        role_name="Warehouse associate",
        location="Dock 2",
        observer_name="Pat Kim",
        tasks=(PlannedTask("Pick an order", 10), PlannedTask("Pack and label", 5)),
    )


@pytest.fixture
def session_id(service: Services, new_session: NewSession) -> int:
    return service.sessions.create_session(new_session)


@pytest.fixture(autouse=True, scope="session")
def _collect_cycles_on_the_gui_thread(qapp):
    """As the program does (wi_desktop/ui/collector.py): a cycle holding a Qt object of
    one test, collected on a signing thread of a later one, crashed the run."""
    import gc

    from wi_desktop.ui.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()
    gc.collect()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    import gc

    gc.collect(1)  # on this thread, between tests


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that made the program speak another language leaves it speaking English."""
    yield
    from wi_desktop.core.speech import speak

    speak(None)


@pytest.fixture(autouse=True)
def _start_without_asking(request, monkeypatch):
    """Tests that start a task to test something else start it without the question asked
    before the first task (tests marked asks_before_work see the real one)."""
    if request.node.get_closest_marker("asks_before_work"):
        return
    from wi_desktop.ui import timer_panel

    monkeypatch.setattr(timer_panel, "ask_before_work", lambda parent, missing: "start")
    # finishing the last task ends the session, as the question's default answer does
    monkeypatch.setattr(timer_panel, "ask_end_with_last_task", lambda parent, title: True)
