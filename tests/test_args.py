"""The window's options: read quickly when plain, and always as the parser reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wi_desktop import arguments as app

PLAIN = [
    [],
    ["--demo"],
    ["--data-dir", "/tmp/usb stick/data"],
    ["--data-dir=/media/usb/wi"],
    ["--exit-after-show", "--data-dir", "D", "--demo"],
]
FOR_THE_PARSER = [
    ["--data"],  # an abbreviation argparse accepts
    ["--demo", "--demo"],  # a repeat
    ["--data-dir"],  # no value
    ["--data-dir", "--demo"],  # the value is missing
    ["--data-dir="],
    ["--data-dir", "a", "--data-dir", "b"],
    ["--version"],
    ["-h"],
    ["--frobnicate"],
    ["list"],
]


@pytest.mark.parametrize("args", PLAIN)
def test_plain_options_are_read_without_the_parser_and_mean_the_same(args):
    fast = app._plain_window_args(args)
    assert fast is not None
    assert fast == app._parser().parse_args(args)


@pytest.mark.parametrize("args", FOR_THE_PARSER)
def test_anything_else_goes_to_the_parser(args):
    assert app._plain_window_args(args) is None


def test_a_data_dir_becomes_a_path():
    assert app.parse_args(["--data-dir", "~/x"]).data_dir == Path("~/x")


TOKENS = st.sampled_from(["--demo", "--exit-after-show", "--data-dir", "--data-dir=x",
                          "--data-dir=", "x", "-x", "--dem", "--data", "y z"])


@given(st.lists(TOKENS, max_size=6))
def test_the_fast_reading_never_disagrees_with_the_parser(args):
    fast = app._plain_window_args(args)
    if fast is None:
        return  # the parser answers (or explains the mistake)
    assert fast == app._parser().parse_args(args)
