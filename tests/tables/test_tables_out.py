"""Tables out: sessions, notes, scores, pay and audit as CSV, XLSX and JSON, read back with
the csv module, openpyxl and json; and the plain views stock tools read."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from dataclasses import replace

import pytest

from wi_desktop.core.demo import create_demo_session
from wi_desktop.core.errors import ValidationError
from wi_desktop.tables.kinds import TABLES, TableFilter

from ..export.test_exact_text import corpus

openpyxl = pytest.importorskip("openpyxl")


def read_csv(path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: a spreadsheet opens accents right
    assert b"\r\n" in raw  # RFC 4180 line ends
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def read_xlsx(path) -> tuple[list[str], list[tuple], object]:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    return list(rows[0]), rows[1:], sheet


@pytest.fixture
def hard(service, new_session, clock) -> int:
    """A session whose notes are the hard strings, one in each script people write in."""
    session_id = service.sessions.create_session(new_session)
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    for text in corpus():
        clock.advance(1.5)
        service.notes.add_note(session_id, text)
    return session_id


def test_every_table_comes_out_in_every_format_with_the_same_keys(service, tmp_path):
    create_demo_session(service)
    for table, columns in TABLES.items():
        keys = [column.key for column in columns]
        counts = {}
        for suffix in ("csv", "xlsx", "json"):
            out = tmp_path / f"{table}.{suffix}"
            counts[suffix] = service.tables.write(table, out)
        assert list(read_csv(tmp_path / f"{table}.csv")[0]) == keys
        header, rows, _sheet = read_xlsx(tmp_path / f"{table}.xlsx")
        assert header == keys and len(rows) == counts["xlsx"]
        records = json.loads((tmp_path / f"{table}.json").read_text(encoding="utf-8"))
        assert all(list(record) == keys for record in records)
        assert len(records) == counts["csv"] == counts["json"] >= 1, table


def test_cells_are_typed_and_not_observed_is_empty_never_zero(service, tmp_path):
    demo = create_demo_session(service)
    service.tables.write("scores", tmp_path / "scores.xlsx")
    header, rows, sheet = read_xlsx(tmp_path / "scores.xlsx")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    column = {key: header.index(key) for key in header}
    scored = [row for row in rows if row[column["score"]] is not None]
    missing = [row for row in rows if row[column["score"]] is None]
    assert scored and missing  # the demo leaves two competencies not observed
    assert all(isinstance(row[column["score"]], int) for row in scored)
    assert isinstance(rows[0][column["weight"]], int | float)  # 1.0 reads back as 1
    assert isinstance(rows[0][column["date"]], dt.datetime)
    assert rows[0][column["session_id"]] == demo
    composite = service.scoring.composite(demo).value
    assert rows[0][column["composite"]] == pytest.approx(composite, abs=0.005)
    by_csv = read_csv(_written(service, tmp_path, "scores.csv", "scores"))
    assert [row["score"] for row in by_csv].count("") == len(missing)
    by_json = json.loads(_written(service, tmp_path, "scores.json", "scores").read_text())
    assert [row["score"] for row in by_json].count(None) == len(missing)
    service.tables.write("notes", tmp_path / "notes.xlsx")
    header, rows, _sheet = read_xlsx(tmp_path / "notes.xlsx")
    wall, seconds = header.index("wall_time"), header.index("session_time")
    assert isinstance(rows[1][wall], dt.datetime)
    assert isinstance(rows[1][seconds], dt.time | dt.timedelta | float | int)


def _written(service, tmp_path, name, table, where=None):
    service.tables.write(table, tmp_path / name, where or TableFilter())
    return tmp_path / name


def test_times_are_iso_8601_with_their_offset_and_durations_read_as_clocks(service,
                                                                           tmp_path):
    create_demo_session(service)
    rows = read_csv(_written(service, tmp_path, "notes.csv", "notes"))
    moment = dt.datetime.fromisoformat(rows[0]["wall_time"])
    assert moment.utcoffset() is not None
    assert rows[1]["session_time"] == "0:03:00"


def test_a_note_in_every_script_round_trips_byte_for_byte(service, tmp_path, hard):
    typed = [note.text for note in service.notes.notes(hard)]
    by_csv = [row["text"] for row in read_csv(_written(service, tmp_path, "n.csv", "notes"))]
    by_json = [row["text"] for row in json.loads(
        _written(service, tmp_path, "n.json", "notes").read_text(encoding="utf-8"))]
    header, rows, _sheet = read_xlsx(_written(service, tmp_path, "n.xlsx", "notes"))
    by_xlsx = [row[header.index("text")] for row in rows]
    assert by_csv == typed and by_json == typed
    assert by_xlsx == typed
    assert {"مرحبا", "שלום", "Привет", "中文", "한국어"} & {w for t in typed for w in t.split()}


def test_a_role_and_a_date_range_choose_the_sessions(service, tmp_path, clock, new_session):
    first = service.sessions.create_session(new_session)
    clock.advance(40 * 86_400)
    other = service.sessions.create_session(replace(new_session, role_name="Dental assistant"))
    rows = read_csv(_written(service, tmp_path, "s.csv", "sessions",
                             TableFilter(role="warehouse ASSOCIATE")))
    assert [int(row["session_id"]) for row in rows] == [first]
    day = dt.date.fromisoformat(read_csv(_written(service, tmp_path, "a.csv", "sessions"))[1]
                                ["date"])
    rows = read_csv(_written(service, tmp_path, "d.csv", "sessions",
                             TableFilter(since=day.isoformat(), until=day.isoformat())))
    assert [int(row["session_id"]) for row in rows] == [other]


def test_a_refused_request_says_why_and_leaves_an_existing_file_as_it_was(service,
                                                                         tmp_path):
    create_demo_session(service)
    folder = tmp_path / "out"
    folder.mkdir()
    kept = folder / "notes.txt"
    kept.write_text("mine")
    with pytest.raises(ValidationError, match="does not say which format"):
        service.tables.write("notes", kept)
    assert kept.read_text() == "mine"
    with pytest.raises(ValidationError, match="is not a date"):
        TableFilter(since="2026-02-30")
    with pytest.raises(ValidationError, match="no table"):
        service.tables.write("people", folder / "x.csv")
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]  # no half-file


def test_the_plain_views_read_without_knowing_the_tables(service, db_path):
    demo = create_demo_session(service)
    with sqlite3.connect(db_path) as conn:
        [(candidate, status, notes)] = conn.execute(
            "SELECT candidate, status, notes FROM v_sessions WHERE session_id = ?", (demo,))
        assert notes == conn.execute("SELECT count(*) FROM v_notes").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM v_scores WHERE score IS NULL").fetchone()[0]
    assert candidate.startswith("Alex Rivera") and status in ("ended", "in_progress",
                                                              "not_started", "finalised")
