"""The window's command line: its own options read at once (argparse, with its translated
messages, is built only for help, mistakes and anything unusual)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wi_desktop import __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    args = sys.argv[1:] if argv is None else argv
    plain = _plain_window_args(args)
    return plain if plain is not None else _parser().parse_args(args)


WINDOW_FLAGS = {"--demo": "demo", "--exit-after-show": "exit_after_show"}


def _plain_window_args(args: list[str]) -> argparse.Namespace | None:
    """The window's own options, read without building the parser: argparse looks up
    translations of its messages on disk at every start (~5 ms). None when ARGS hold
    anything else (help, version, repeats, abbreviations, mistakes): the parser answers."""
    seen = argparse.Namespace(data_dir=None, demo=False, exit_after_show=False, open=None)
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in WINDOW_FLAGS and not getattr(seen, WINDOW_FLAGS[arg]):
            setattr(seen, WINDOW_FLAGS[arg], True)
            continue
        name, has_value, value = arg.partition("=")
        if name not in ("--data-dir", "--open") or getattr(seen, name[2:].replace("-", "_")):
            return None
        if not has_value:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if not value:
            return None
        if name == "--open":
            if not value.isascii() or not value.isdigit():
                return None  # the parser says what is wrong
            seen.open = int(value)
        else:
            seen.data_dir = Path(value)
    return seen


def _parser() -> argparse.ArgumentParser:
    from wi_desktop.cli import EXAMPLES

    parser = argparse.ArgumentParser(
        prog="wi-desktop",
        description="Working Interview Observer: time tasks, take live notes and score "
                    "an anchored rubric during a working interview.",
        epilog="commands without a window: list, export, verify, certificate, record,\n"
               "  import, table, search (each one's options: wi-desktop table --help)\n\n"
               f"{EXAMPLES}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="keep the data file, logs and backups in DIR "
                             "(portable use, e.g. from a USB stick)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo session (creating it if needed)")
    parser.add_argument("--open", type=int, metavar="ID",
                        help="open the session with this id straight away "
                             "(see: wi-desktop list)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--exit-after-show", action="store_true",
                        help="quit as soon as the window (and the session asked for, with "
                             "all its tabs) is shown: for scripts that time the start")
    return parser
