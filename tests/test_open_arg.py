"""--open ID: read by the fast path and by the parser alike, refused in words when it is
not a number, and at start the session asked for is opened (or the list stays, with a word
on why)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wi_desktop import app, arguments

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 60


@pytest.mark.parametrize("args", [
    ["--open", "7"],
    ["--open=7"],
    ["--data-dir", "D", "--open", "7", "--exit-after-show"],
    ["--exit-after-show", "--open=7", "--data-dir=D"],
    ["--demo", "--open", "7"],
    ["--open", "07"],
])
def test_open_is_read_by_the_fast_path_as_the_parser_reads_it(args):
    fast = arguments._plain_window_args(args)
    assert fast is not None, "plain window options should not need the parser"
    assert fast.open == 7
    assert fast == arguments._parser().parse_args(args)
    assert arguments.parse_args(args).open == 7


def test_open_with_other_flags_keeps_them():
    args = arguments.parse_args(["--data-dir", "D", "--open", "7", "--exit-after-show"])
    assert (args.open, args.data_dir, args.exit_after_show, args.demo) == (
        7, Path("D"), True, False)
    assert arguments.parse_args([]).open is None


@pytest.mark.parametrize("args", [
    ["--open"], ["--open", "--demo"], ["--open="], ["--open", "7", "--open", "8"],
    ["--open", "-3"], ["--open", "x"], ["--open", "7x"], ["--open", "٣"],
])
def test_anything_unusual_about_open_goes_to_the_parser(args):
    assert arguments._plain_window_args(args) is None


@pytest.mark.parametrize("value", ["x", "7x", "seven", "1.5", ""])
def test_an_open_that_is_not_a_number_exits_with_code_2_and_says_why(value, capsys):
    for args in (["--open", value], [f"--open={value}"]):
        with pytest.raises(SystemExit) as stopped:
            arguments.parse_args(args)
        assert stopped.value.code == 2
        error = capsys.readouterr().err
        assert "--open" in error and "invalid int value" in error, error
        assert error.startswith("usage: wi-desktop")


def test_open_with_no_value_exits_with_code_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        arguments.parse_args(["--open"])
    assert stopped.value.code == 2
    assert "expected one argument" in capsys.readouterr().err


TOKENS = st.sampled_from(["--open", "--open=7", "--open=0", "--open=", "--open=x", "7", "0",
                          "07", "x", "-7",
                          "--demo", "--exit-after-show", "--data-dir", "--data-dir=d", "d"])


@given(st.lists(TOKENS, max_size=6))
def test_the_fast_reading_of_open_never_disagrees_with_the_parser(args):
    fast = arguments._plain_window_args(args)
    if fast is None:
        return  # the parser answers (or explains the mistake)
    assert fast == arguments._parser().parse_args(args)


# at start, in the window ----------------------------------------------------------------
@pytest.fixture
def window(qtbot, service, monkeypatch):
    from wi_desktop.ui.mainwindow import MainWindow

    main = MainWindow(service)
    qtbot.addWidget(main)
    notices: list[tuple[str, str]] = []
    monkeypatch.setattr(main, "show_notice", lambda title, text: notices.append((title, text)))
    main.notices = notices
    return main


def test_open_asked_opens_that_session(window, service, session_id, capsys):
    app.open_asked(window, service, session_id)
    assert window.workspace is not None
    assert window.workspace.context.session_id == session_id
    assert "Jordan Lee" in window.windowTitle()
    assert window.notices == []
    assert capsys.readouterr().err == ""


def test_open_asked_for_no_such_session_says_so_and_keeps_the_list(window, service, capsys):
    app.open_asked(window, service, 99999)
    assert window.workspace is None
    [(title, text)] = window.notices
    assert title == "No such session" and "99999" in text
    assert "There is no session 99999" in capsys.readouterr().err


# the program itself ---------------------------------------------------------------------
def start(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "wi_desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _out, err = process.communicate(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    return process.returncode, err


def test_the_program_opens_the_session_asked_for_or_says_there_is_none(tmp_path):
    # two data folders, two copies at once: each starts fresh and makes the demo
    missing = start(tmp_path / "missing", "--open", "99999", "--exit-after-show")
    demo = start(tmp_path / "demo", "--open", "1", "--exit-after-show")
    code, err = finish(missing)
    assert code == 0, err
    assert "There is no session 99999 in this data folder" in err
    code, err = finish(demo)
    assert code == 0, err
    assert "There is no session" not in err
    assert "Traceback" not in err
    from wi_desktop.core.clock import FakeClock
    from wi_desktop.storage.database import open_database
    from wi_desktop.wiring import Services

    database = open_database(tmp_path / "demo" / "wi-desktop.sqlite3")
    try:  # the session opened was the demo the first run made
        assert Services(database, FakeClock()).sessions.demo_session_id() == 1
    finally:
        database.close()
