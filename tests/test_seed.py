"""benchmarks/seed.py, run as a script: what it prints, what `wi-desktop list` then shows,
the words it took from --text-file, and its refusals."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from wi_desktop.paths import app_paths
from wi_desktop.wiring import open_services

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "benchmarks" / "seed.py"
LINES = ["Ада Лавлейс", "", "张伟 🙂", "   ", "Zoë  O'Brien", "مريم الحسيني",
         "Checked the\tlabel twice 🎉 ", "Ölçüm doğru; ça marche"]
WORDS = [line.strip() for line in LINES if line.strip()]
SESSIONS, NOTES, BIG = 4, 10, 30


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    folder = tmp_path_factory.mktemp("seed")
    words = folder / "words.txt"
    words.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    data = folder / "data"
    done = run(SEED, data, "--sessions", SESSIONS, "--notes", NOTES, "--big", BIG,
               "--text-file", words, "--seed", 7)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return data, [int(line) for line in done.stdout.splitlines()]


def listed(data: Path) -> dict[int, list[str]]:
    done = run("-m", "wi_desktop", "list", "--data-dir", data)
    assert done.returncode == 0, done.stderr
    return {int(fields[0]): fields for fields in
            (line.split("\t") for line in done.stdout.splitlines())}


def test_prints_one_id_a_line_the_big_session_last(seeded):
    _data, ids = seeded
    assert len(ids) == SESSIONS + 1
    assert len(set(ids)) == len(ids)
    assert ids[-1] == max(ids)


def test_the_list_shows_every_session_with_its_notes_and_names_in_order(seeded):
    data, ids = seeded
    rows = listed(data)
    assert sorted(rows) == sorted(ids)  # and no demo: the program adds it on its first run
    assert [rows[i][5] for i in ids] == [f"{NOTES} notes"] * SESSIONS + [f"{BIG} notes"]
    names = [" ".join(word.split()) for word in WORDS]
    assert [rows[i][3] for i in ids] == [names[n % len(names)] for n in range(len(ids))]
    statuses = [rows[i][2] for i in ids]
    assert {"Finalised", "Ended", "In progress"} <= set(statuses)
    assert statuses[-1] == "In progress"
    newest_first = list(rows)
    assert newest_first[0] == ids[-1]  # the big session was created last


def test_notes_are_the_file_lines_in_order_each_during_a_task(seeded):
    data, ids = seeded
    services = open_services(app_paths(data))
    try:
        written = 0
        now = time.time() * 1000
        for session_id in ids:
            workspace = services.sessions.workspace(session_id)
            session, tasks = workspace.session, {t.id: t for t in workspace.tasks}
            notes = services.notes.notes(session_id)
            assert [n.text for n in notes] == [WORDS[(written + k) % len(WORDS)]
                                               for k in range(len(notes))]
            written += len(notes)
            assert now - 366 * 86_400_000 < session.created_ms < now
            for note in notes:
                assert note.task_id in tasks
                spans = tasks[note.task_id].spans
                assert any(s.started_ms <= note.created_ms <= (s.stopped_ms or now)
                           for s in spans)
                assert note.elapsed_ms == note.created_ms - (session.started_ms or 0)
            assert len({n.competency_key for n in notes}) > 1
            if session.finalised_ms is not None:
                assert services.finalising.finalise_warnings(session_id) == []
        assert written == SESSIONS * NOTES + BIG
    finally:
        services.close()


@pytest.mark.parametrize("content, words", [(None, "cannot read"),
                                            (b"fine\n\xff\xfe not UTF-8\n", "not UTF-8"),
                                            (b"\n  \n", "no text")])
def test_a_bad_text_file_is_refused_in_one_line(tmp_path, content, words):
    text_file = tmp_path / "words.txt"
    if content is not None:
        text_file.write_bytes(content)
    done = run(SEED, tmp_path / "data", "--sessions", 1, "--notes", 1, "--text-file", text_file)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    [message] = done.stderr.splitlines()
    assert words in message and str(text_file) in message
    assert done.stdout == ""
    assert not (tmp_path / "data").exists()


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    done = run(SEED, not_a_folder, "--sessions", 1, "--notes", 1)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert str(not_a_folder) in done.stderr
