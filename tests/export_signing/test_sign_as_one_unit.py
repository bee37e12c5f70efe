"""Signing is one unit: a PDF that cannot be built, saved or recorded leaves the session
exactly as it was (not finalised, its task still running, no signed file, no PDF left),
and the error reaches the caller as the typed error it is. One success case checks what
a finished signing keeps."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
from pathlib import Path

import pytest

from wi_desktop.core.errors import DiskFullError, FileWriteError, ReadOnlyError, WiError
from wi_desktop.core.finalising import FinaliseService
from wi_desktop.core.model import TaskState
from wi_desktop.export import documents, pdf
from wi_desktop.export.documents import SignRequest, sign_and_save
from wi_desktop.export.keys import ObserverKeyStore
from wi_desktop.storage.version_tables import VersionTables

from .conftest import OTHER_OBSERVER, PASSPHRASE

# the conftest's session is observed by Pat Kim, who has a key in the module's key store
assert OTHER_OBSERVER == "Pat Kim"


class RenderFailed(WiError):
    """Stands in for a layout that cannot be drawn."""


@pytest.fixture
def running(service, session_id, clock) -> int:
    """The session under way: its first task running, two notes taken."""
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    clock.advance(90)
    service.notes.add_note(session_id, "Checked the pick list twice")
    clock.advance(30)
    service.notes.add_note(session_id, "Asked where the labels are kept")
    clock.advance(5)
    return session_id


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def request_for(session_id: int, out_path: Path) -> SignRequest:
    return SignRequest(session_id=session_id, kind="summary", out_path=out_path,
                       passphrase=PASSPHRASE)


def dump(service) -> list[str]:
    """Every row of the data file, as SQL: 'exactly as it was' is this list unchanged
    (read through a connection of its own: what is on disk)."""
    conn = sqlite3.connect(service.data_file)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def assert_untouched(service, session_id: int, out_path: Path, before: list[str]) -> None:
    """What a user would notice after a failed signing: nothing happened."""
    assert service.finalising.finalised_ms(session_id) is None
    workspace = service.sessions.workspace(session_id)
    assert workspace.session.ended_ms is None
    running_task = workspace.running_task()
    assert running_task is not None and running_task.state is TaskState.RUNNING
    assert service.finalising.signed_files(session_id) == []
    assert not any('INSERT INTO "observer_certificates"' in line for line in dump(service))
    assert not out_path.exists()
    if out_path.parent.is_dir():  # no half-written temp file beside it either
        assert [p.name for p in out_path.parent.iterdir()] == []
    assert dump(service) == before
    # and the session goes on: another note can still be written
    service.notes.add_note(session_id, "Still taking notes after the failed signing")


@pytest.mark.parametrize("error", [
    ReadOnlyError("“out” cannot be written.", hint="Choose another folder."),
    DiskFullError("There is no space left on the disk."),
], ids=["read-only folder", "full disk"])
def test_a_pdf_that_cannot_be_saved_leaves_the_session_as_it_was(
        service, running, out_dir, key_store: ObserverKeyStore, monkeypatch, error):
    attempts: list[Path] = []

    def refuse(path: Path, data: bytes, **_options) -> None:
        attempts.append(path)
        assert data.startswith(b"%PDF")  # it got as far as a signed document
        raise error

    monkeypatch.setattr(documents, "write_file_atomically", refuse)
    out_path = out_dir / "summary.pdf"
    before = dump(service)
    with pytest.raises(type(error)) as raised:
        sign_and_save(service, key_store, request_for(running, out_path))
    assert raised.value is error
    assert attempts == [out_path]
    assert_untouched(service, running, out_path, before)


def test_a_folder_that_is_a_file_fails_for_real_and_leaves_nothing(
        service, running, tmp_path, key_store):
    """A parent that is a regular file cannot hold a file, whoever runs the program."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    out_path = blocker / "summary.pdf"
    before = dump(service)
    with pytest.raises(FileWriteError, match="not a folder"):
        sign_and_save(service, key_store, request_for(running, out_path))
    assert blocker.read_text() == "a file where a folder should be"
    assert_untouched(service, running, out_path, before)


def test_a_pdf_whose_save_fails_after_the_rename_is_not_left_behind(
        service, running, out_dir, key_store, monkeypatch):
    """The folder's fsync fails once the file is in place (an I/O error): the record does
    not hold the file, so the file must not stay either."""
    from wi_desktop import files

    def broken_fsync(_folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files, "fsync_folder", broken_fsync)
    out_path = out_dir / "summary.pdf"
    before = dump(service)
    with pytest.raises(FileWriteError):
        sign_and_save(service, key_store, request_for(running, out_path))
    assert_untouched(service, running, out_path, before)


def test_a_pdf_that_cannot_be_drawn_leaves_the_session_as_it_was(
        service, running, out_dir, key_store, monkeypatch):
    failure = RenderFailed("The summary could not be laid out.")

    def render_fails(*_args, **_options):
        raise failure

    monkeypatch.setattr(pdf, "render_summary", render_fails)
    out_path = out_dir / "summary.pdf"
    before = dump(service)
    with pytest.raises(RenderFailed) as raised:
        sign_and_save(service, key_store, request_for(running, out_path))
    assert raised.value is failure
    assert_untouched(service, running, out_path, before)


@pytest.mark.parametrize("where", ["use case", "table"])
def test_a_hash_that_cannot_be_kept_removes_the_written_pdf(
        service, running, out_dir, key_store, monkeypatch, where):
    out_path = out_dir / "summary.pdf"
    written: list[bytes] = []

    def full(*_args, **_options) -> None:
        written.append(out_path.read_bytes())  # the PDF is on disk when the record fails
        raise DiskFullError("There is no space left on the disk that holds the data file.")

    if where == "use case":  # the signing works on its own copy of the use cases
        monkeypatch.setattr(FinaliseService, "record_signed_file", full)
    else:  # after the certificate was kept, in the same transaction
        monkeypatch.setattr(VersionTables, "add_signed_file", full)
    before = dump(service)
    with pytest.raises(DiskFullError):
        sign_and_save(service, key_store, request_for(running, out_path))
    assert len(written) == 1 and written[0].startswith(b"%PDF")
    assert_untouched(service, running, out_path, before)


def test_a_wrong_passphrase_costs_nothing(service, running, out_dir, key_store):
    from wi_desktop.export.keys import WrongPassphraseError

    out_path = out_dir / "summary.pdf"
    before = dump(service)
    request = SignRequest(session_id=running, kind="summary", out_path=out_path,
                          passphrase="not the passphrase at all")
    with pytest.raises(WrongPassphraseError):
        sign_and_save(service, key_store, request)
    assert_untouched(service, running, out_path, before)


def test_signing_finalises_and_records_the_file_it_wrote(
        service, running, out_dir, key_store, clock, monkeypatch):
    seen = []
    real_render = pdf.render_summary

    def render_and_keep(snapshot, **options):
        seen.append(snapshot)
        return real_render(snapshot, **options)

    monkeypatch.setattr(pdf, "render_summary", render_and_keep)
    out_path = out_dir / "summary.pdf"
    steps: list[int] = []
    entry = sign_and_save(service, key_store, request_for(running, out_path),
                          progress=lambda step, _text: steps.append(step))
    assert steps == [1, 2, 3, 4]
    finalised = service.finalising.finalised_ms(running)
    assert finalised == clock.now_ms()
    [snapshot] = seen
    assert snapshot.finalised_ms == finalised  # the document says what the record says
    assert snapshot.taken_ms == finalised == entry.signed_ms
    data = out_path.read_bytes()
    assert data.startswith(b"%PDF")
    [kept] = service.finalising.signed_files(running)
    assert kept == entry
    assert kept.sha256 == hashlib.sha256(data).hexdigest()
    assert kept.size_bytes == len(data)
    assert kept.path == str(out_path.resolve())
    assert (kept.kind, kept.version, kept.observer) == ("summary", 1, OTHER_OBSERVER)
    assert [p.name for p in out_dir.iterdir()] == ["summary.pdf"]  # no temp file left
    workspace = service.sessions.workspace(running)
    assert workspace.session.ended_ms is not None
    assert workspace.running_task() is None
