"""The data commands of the CLI: `table` (the data as CSV, XLSX or JSON) and `search`
(the notes and sessions holding every word of a query)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wi_desktop.core.search import SearchResults
    from wi_desktop.wiring import Services

EXIT_OK = 0
EXIT_USAGE = 2  # as argparse and cli.py: the input was refused


def run(services: Services, args: argparse.Namespace) -> int:
    if args.command == "table":
        return write_table(services, args)
    return print_search(services, args)


def write_table(services: Services, args: argparse.Namespace) -> int:
    from wi_desktop.tables.kinds import TableFilter

    if args.out.is_dir():
        print(f"wi-desktop: “{args.out}” is a folder. Give a file in it, ending in .csv, "
              ".xlsx or .json.", file=sys.stderr)
        return EXIT_USAGE
    where = TableFilter(role=args.role, since=args.since, until=args.until)
    count = services.tables.write(args.table, args.out, where)
    print(f"{count:,} row{'' if count == 1 else 's'} of {args.table} written to {args.out}")
    if not count and args.role:
        roles = services.search.choices()[0]
        if args.role.casefold() not in {role.casefold() for role in roles}:
            print(f"No session has the role “{args.role}”. The roles: "
                  f"{', '.join(roles) or 'none yet'}.", file=sys.stderr)
    return EXIT_OK


def local_time(ms: int) -> str:
    """ISO 8601 in the computer's local time, with its offset."""
    return dt.datetime.fromtimestamp(ms / 1000).astimezone().isoformat(timespec="seconds")


def print_search(services: Services, args: argparse.Namespace) -> int:
    """One line a match, SESSION<TAB>TIME<TAB>TEXT (a session matched by its candidate,
    role, feedback or debrief has no time: CANDIDATE · ROLE); or, with --json, an array of
    objects. Exit 0 whether or not anything was found, as grep -c would not: a script
    tells by the output."""
    from wi_desktop.core.search import SearchFilter

    where = SearchFilter(role=args.role, since=args.since, until=args.until)
    results = services.search.search(" ".join(args.query), where)
    if args.json:
        print(json.dumps(matches(results), ensure_ascii=False, indent=1))
        return EXIT_OK
    for group in results.sessions:
        if group.session_matched:
            print(f"{group.session_id}\t\t{group.candidate} · {group.role}")
        for note in group.notes:
            print(f"{group.session_id}\t{local_time(note.created_ms)}\t"
                  + " ".join(note.text.split()))
    if results.more:
        print(f"(only the newest {results.note_count:,} notes are shown: say more to find "
              "fewer)", file=sys.stderr)
    return EXIT_OK


def matches(results: SearchResults) -> list[dict[str, Any]]:
    """Each match as an object: a note's, or a session's own (note_id null)."""
    from wi_desktop.tables.formats import duration

    out: list[dict[str, Any]] = []
    for group in results.sessions:
        session = {"session_id": group.session_id, "candidate": group.candidate,
                   "role": group.role, "observer": group.observer, "date": group.day}
        if group.session_matched:
            out.append({**session, "note_id": None, "wall_time": None, "session_time": None,
                        "task": None, "competency": None, "mark": None, "text": None})
        for note in group.notes:
            out.append({**session, "note_id": note.note_id,
                        "wall_time": local_time(note.created_ms),
                        "session_time": duration(note.elapsed_ms // 1000),
                        "task": note.task, "competency": note.competency,
                        "mark": {1: "strength", -1: "concern"}.get(int(note.polarity), ""),
                        "text": note.text})
    return out
