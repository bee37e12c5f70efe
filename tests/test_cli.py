"""The headless commands: list, export (signs, finalises, records the hash), verify."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from wi_desktop import cli
from wi_desktop.app import ensure_demo, open_services
from wi_desktop.paths import app_paths

PASSPHRASE = "correct horse battery"


@pytest.fixture
def data(tmp_path):
    paths = app_paths(tmp_path / "data")
    service = open_services(paths)
    demo_id = ensure_demo(service)
    service.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    return paths, demo_id, secret


def run(*args: str) -> int:
    return cli.main(list(args))


def export(paths, session, out, secret, *extra) -> int:
    return run("export", str(session), "--pdf", str(out), "--passphrase-file", str(secret),
               "--data-dir", str(paths.data_dir), "--yes", *extra)


def test_list_prints_one_session_a_line_id_first(data, capsys):
    paths, demo_id, _ = data
    assert run("list", "--data-dir", str(paths.data_dir)) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.split("\t")[0] == str(demo_id)
    assert "Alex Rivera (demo)" in line


def test_export_signs_finalises_and_records_the_hash(data, tmp_path, capsys):
    paths, demo_id, secret = data
    out = tmp_path / "summary.pdf"
    assert export(paths, demo_id, out, secret) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run("verify", str(out)) == 0
    assert "OK: signed by Sam Okafor" in capsys.readouterr().out
    service = open_services(paths)
    record = service
    [signed] = record.finalising.signed_files(demo_id)
    assert signed.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert (signed.kind, signed.version) == ("summary", 1)
    session = service.sessions.workspace(demo_id).session
    assert session.finalised_ms is not None and session.ended_ms is not None
    assert (paths.key_dir.stat().st_mode & 0o777) == 0o700


def test_an_amendment_makes_a_new_version_and_keeps_the_old(data, tmp_path, capsys):
    paths, demo_id, secret = data
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    assert export(paths, demo_id, first, secret) == 0
    service = open_services(paths)
    record = service
    record.finalising.amend(demo_id, amended_by="Sam Okafor", reason="Rate was agreed at $19")
    record.pay.update_pay(demo_id, {"hourly_rate_cents": 1900}, changed_by="Sam Okafor",
                      reason="Rate was agreed at $19")
    service.close()
    assert export(paths, demo_id, second, secret) == 0
    service = open_services(paths)
    record = service
    assert [(f.version, Path(f.path).name) for f in record.finalising.signed_files(demo_id)] == [
        (1, "v1.pdf"), (2, "v2.pdf")]
    assert record.finalising.amendments(demo_id)[0].reason == "Rate was agreed at $19"
    assert run("verify", str(first)) == 0 and run("verify", str(second)) == 0
    # the new version lists the amendment and names the version it amends by its hash
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    text = " ".join(subprocess.run(["pdftotext", str(second), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Amendments" in text and "Rate was agreed at $19" in text
    assert f"Version 1 (summary), SHA-256 {digest[:16]} {digest[16:32]}" in text
    assert "What changed since version 1" in text
    assert "Pay: hourly rate $18.00 $19.00" in text  # the field, old → new, as money reads
    first_text = subprocess.run(["pdftotext", str(first), "-"], capture_output=True,
                                text=True, check=True).stdout
    assert "Amendments" not in first_text


def test_the_record_of_signed_files_is_append_only(data, tmp_path):
    paths, demo_id, secret = data
    assert export(paths, demo_id, tmp_path / "s.pdf", secret) == 0
    conn = sqlite3.connect(paths.data_file)
    for statement in ("UPDATE signed_files SET sha256 = 'x'", "DELETE FROM signed_files"):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            conn.execute(statement)


def test_wrong_passphrase_is_said_in_words_and_writes_nothing(data, tmp_path, capsys):
    paths, demo_id, secret = data
    assert export(paths, demo_id, tmp_path / "a.pdf", secret) == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    service = open_services(paths)
    service.finalising.amend(demo_id, amended_by="S", reason="typo")
    service.close()
    out = tmp_path / "b.pdf"
    assert export(paths, demo_id, out, wrong) == 1
    assert "passphrase for Sam Okafor's signing key is not right" in capsys.readouterr().err
    assert not out.exists()


def test_tampered_file_and_wrong_certificate_fail_verify(data, tmp_path, capsys):
    paths, demo_id, secret = data
    out = tmp_path / "summary.pdf"
    assert export(paths, demo_id, out, secret) == 0
    data_bytes = bytearray(out.read_bytes())
    data_bytes[200] ^= 0x01  # inside the signed range, before the signature itself
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data_bytes))
    capsys.readouterr()
    assert run("verify", str(tampered)) == 1
    assert "NOT VALID" in capsys.readouterr().err
    from wi_desktop.export.keys import ObserverKeyStore

    other = ObserverKeyStore(tmp_path / "other-keys")
    other_pem = tmp_path / "other.pem"
    other_pem.write_bytes(other.create("Someone Else", "another long passphrase"))
    assert run("verify", str(out), "--cert", str(other_pem)) == 1
    assert run("certificate", "Sam Okafor", "--out", str(tmp_path / "sam.pem"),
               "--data-dir", str(paths.data_dir)) == 0
    assert run("verify", str(out), "--cert", str(tmp_path / "sam.pem")) == 0


def test_unwritable_destination_names_the_path_and_leaves_nothing(data, tmp_path, capsys):
    paths, demo_id, secret = data
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    out = blocker / "summary.pdf"
    assert export(paths, demo_id, out, secret) == 1
    error = capsys.readouterr().err
    assert str(out) in error and "another folder" in error.lower()
    assert blocker.read_text() == "a file"


def test_verify_a_file_that_is_not_a_pdf(tmp_path, capsys):
    junk = tmp_path / "junk.pdf"
    junk.write_text("hello")
    assert run("verify", str(junk)) == 1
    assert "NOT VALID" in capsys.readouterr().err


def test_no_data_yet_is_said_in_words(tmp_path, capsys):
    assert run("list", "--data-dir", str(tmp_path / "empty")) == 1
    assert "no data" in capsys.readouterr().err


def test_a_terminal_is_asked_before_finalising(data, tmp_path, capsys, monkeypatch):
    paths, demo_id, secret = data
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert run("export", str(demo_id), "--pdf", str(out), "--passphrase-file", str(secret),
               "--data-dir", str(paths.data_dir)) == 1
    assert "Signing finalises this session" in capsys.readouterr().err
    assert not out.exists()
    service = open_services(paths)
    assert service.sessions.workspace(demo_id).session.finalised_ms is None


def test_a_script_signs_by_default(data, tmp_path, monkeypatch):
    paths, demo_id, secret = data
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    out = tmp_path / "summary.pdf"
    assert run("export", str(demo_id), "--pdf", str(out), "--passphrase-file", str(secret),
               "--data-dir", str(paths.data_dir)) == 0
    assert out.exists()


def test_letter_with_a_candidate_acknowledgement_line(data, tmp_path):
    import shutil
    import subprocess

    paths, demo_id, secret = data
    out = tmp_path / "letter.pdf"
    assert export(paths, demo_id, out, secret, "--letter", "--candidate-ack") == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Candidate's acknowledgement" in text
    assert "have received this letter" in text


def test_a_passphrase_that_cannot_be_had_is_explained_and_nothing_is_signed(data, tmp_path,
                                                                           capsys, monkeypatch):
    paths, demo_id, _ = data
    out = tmp_path / "s.pdf"
    assert export(paths, demo_id, out, tmp_path / "no such file.txt") == cli.EXIT_FAILED
    assert "passphrase file" in capsys.readouterr().err and not out.exists()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # a script, no terminal to ask in
    code = run("export", str(demo_id), "--pdf", str(out), "--data-dir", str(paths.data_dir),
               "--yes")
    assert code == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "A passphrase is needed to sign" in err and "--passphrase-file" in err
    assert not out.exists()


def test_verify_with_a_certificate_that_cannot_be_read_says_so(data, tmp_path, capsys):
    paths, demo_id, secret = data
    out = tmp_path / "s.pdf"
    assert export(paths, demo_id, out, secret) == 0
    capsys.readouterr()
    code = run("verify", str(out), "--cert", str(tmp_path / "missing.pem"))
    assert code == cli.EXIT_FAILED
    assert "missing.pem" in capsys.readouterr().err


def test_verify_as_a_process_writes_nothing_to_stderr_on_a_valid_file(data, tmp_path):
    """A user reads the verdict and nothing else: no library's warning to its developers."""
    import os
    import subprocess
    import sys

    paths, demo_id, secret = data
    out = tmp_path / "summary.pdf"
    assert export(paths, demo_id, out, secret) == 0
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, "-m", "wi_desktop", "verify", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK: signed by Sam Okafor")
    assert done.stderr == ""


def test_record_writes_everything_the_session_holds_as_json_that_meets_its_schema(
        data, tmp_path, capsys):
    import json

    import jsonschema

    from wi_desktop.core.demo import DEMO_NOTES
    from wi_desktop.paths import resource_dir

    paths, demo_id, secret = data
    out = tmp_path / "record.json"
    assert export(paths, demo_id, tmp_path / "v1.pdf", secret) == 0  # a signed document
    assert run("record", str(demo_id), "--out", str(out), "--data-dir",
               str(paths.data_dir)) == 0
    assert "written to" in capsys.readouterr().out
    record = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((resource_dir() / "session-record.schema.json").read_text())
    jsonschema.validate(record, schema)
    assert record["format_version"] == 1
    assert [n["text"] for n in record["notes"]] == [text for *_, text in DEMO_NOTES]
    assert record["session"]["candidate"] == "Alex Rivera (demo)"
    assert record["session"]["finalised"] is not None
    scored = {s["competency"]: s for s in record["scores"]}
    assert scored["technical"]["level"] == 3 and len(scored["technical"]["evidence"]) == 3
    [document] = record["documents"]
    assert document["sha256"] == hashlib.sha256((tmp_path / "v1.pdf").read_bytes()).hexdigest()
    assert record["agreements"]["consent_given"].startswith("20")  # a time, with offset
    assert record["pay"]["currency"] == "USD"


def test_record_of_a_session_that_is_not_there_says_so_and_writes_nothing(data, tmp_path,
                                                                          capsys):
    paths, _demo_id, _ = data
    out = tmp_path / "record.json"
    assert run("record", "999", "--out", str(out), "--data-dir", str(paths.data_dir)) == 1
    assert "There is no session 999" in capsys.readouterr().err
    assert not out.exists()


def test_import_brings_a_record_to_another_data_folder(data, tmp_path, capsys):
    paths, demo_id, _ = data
    out = tmp_path / "record.json"
    assert run("record", str(demo_id), "--out", str(out), "--data-dir",
               str(paths.data_dir)) == 0
    other = app_paths(tmp_path / "elsewhere")
    open_services(other).close()  # another computer's data folder
    capsys.readouterr()
    assert run("import", str(out), "--data-dir", str(other.data_dir)) == 0
    said = capsys.readouterr().out
    assert "imported and unsigned" in said and "Alex Rivera (demo)" in said
    service = open_services(other)
    try:
        [session] = [s for s in service.sessions.list_sessions()
                     if s.candidate_name == "Alex Rivera (demo)"]
        assert session.note_count == 12
    finally:
        service.close()


def test_import_of_a_file_that_is_missing_or_not_a_record_says_why(data, tmp_path, capsys):
    paths, _, _ = data
    assert run("import", str(tmp_path / "nope.json"), "--data-dir", str(paths.data_dir)) == 1
    assert "cannot be read" in capsys.readouterr().err
    junk = tmp_path / "junk.json"
    junk.write_text('{"format_version": 1, "kind": "something else"}', encoding="utf-8")
    assert run("import", str(junk), "--data-dir", str(paths.data_dir)) == 1
    assert "This session record cannot be used" in capsys.readouterr().err


def test_the_signed_pdf_holds_the_record_given_out_only_when_the_signature_holds(
        data, tmp_path, capsys):
    import json

    import jsonschema

    from wi_desktop.core.demo import DEMO_NOTES
    from wi_desktop.paths import resource_dir

    paths, demo_id, secret = data
    pdf = tmp_path / "summary.pdf"
    assert export(paths, demo_id, pdf, secret) == 0
    out = tmp_path / "extracted.json"
    assert run("verify", str(pdf), "--extract", str(out)) == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((resource_dir() / "session-record.schema.json").read_text())
    jsonschema.validate(record, schema)
    assert record["session"]["finalised"] is not None  # the record as it was signed
    assert [n["text"] for n in record["notes"]] == [text for *_, text in DEMO_NOTES]
    tampered = tmp_path / "tampered.pdf"
    data_bytes = bytearray(pdf.read_bytes())
    data_bytes[len(data_bytes) // 3] ^= 0x01  # one bit of the signed document
    tampered.write_bytes(bytes(data_bytes))
    refused = tmp_path / "refused.json"
    capsys.readouterr()
    assert run("verify", str(tampered), "--extract", str(refused)) == 1
    assert "Nothing was extracted" in capsys.readouterr().err
    assert not refused.exists()


def test_a_missing_certificate_is_said_in_a_sentence_with_the_next_step(data, tmp_path,
                                                                         capsys):
    paths, demo_id, secret = data
    out = tmp_path / "s.pdf"
    assert export(paths, demo_id, out, secret) == cli.EXIT_OK
    capsys.readouterr()
    code = run("verify", str(out), "--cert", str(tmp_path / "sam.pem"))
    error = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert "Something went wrong" not in error
    assert error.startswith("wi-desktop: The certificate “")
    assert "cannot be read: No such file or directory." in error
    assert error.splitlines()[1] == cli.READ_HINT  # what to do next, on a line of its own


def test_ctrl_c_ends_quietly_with_130(data, capsys, monkeypatch):
    paths, _, _ = data

    def interrupted(services):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "list_sessions", interrupted)
    assert run("list", "--data-dir", str(paths.data_dir)) == 130
    error = capsys.readouterr().err
    assert "Traceback" not in error and error.startswith("Stopped")


def test_help_shows_examples_and_the_exit_codes():
    import sys

    out = subprocess.run([sys.executable, "-m", "wi_desktop", "--help"], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    assert "examples:" in out and "wi-desktop verify summary.pdf --cert" in out
    assert "exit codes: 0" in out
    for command in cli.COMMANDS:
        assert command in out
    sub = subprocess.run([sys.executable, "-m", "wi_desktop", "export", "--help"],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    assert "examples:" in sub


def test_export_writes_the_letter_in_the_language_asked_for(data, tmp_path, capsys):
    import shutil

    paths, demo_id, secret = data
    out = tmp_path / "carta.pdf"
    assert export(paths, demo_id, out, secret, "--letter", "--language", "es") == 0
    assert run("verify", str(out)) == 0
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    text = " ".join(subprocess.run([tool, str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Su tiempo y su pago" in text and "Your time and pay" not in text


def test_a_document_language_not_shipped_is_refused_before_anything_is_signed(data, tmp_path,
                                                                             capsys):
    paths, demo_id, secret = data
    out = tmp_path / "lettre.pdf"
    with pytest.raises(SystemExit) as ended:
        export(paths, demo_id, out, secret, "--letter", "--language", "fr")
    assert ended.value.code == 2
    said = capsys.readouterr().err
    assert "There is no document language “fr”" in said and "Deutsch" in said
    assert not out.exists()


def test_table_writes_the_data_in_the_format_its_file_name_asks_for(data, tmp_path, capsys):
    import csv

    paths, demo_id, _secret = data
    out = tmp_path / "notes.csv"
    assert run("table", "notes", "--out", str(out), "--data-dir", str(paths.data_dir)) == 0
    said = capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert f"{len(rows)} rows of notes written to {out}" in said and rows
    assert {row["session_id"] for row in rows} == {str(demo_id)}
    assert run("table", "notes", "--out", str(tmp_path / "notes.doc"),
               "--data-dir", str(paths.data_dir)) == 1
    assert "End it with .csv" in capsys.readouterr().err
    assert run("table", "notes", "--out", str(tmp_path), "--data-dir",
               str(paths.data_dir)) == 2  # a folder: refused, in words, nothing written
    assert "is a folder" in capsys.readouterr().err
    assert run("table", "notes", "--out", str(tmp_path / "none.csv"), "--role", "Welder",
               "--data-dir", str(paths.data_dir)) == 0
    told = capsys.readouterr()
    assert "0 rows of notes" in told.out and "No session has the role “Welder”" in told.err
