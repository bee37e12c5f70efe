"""0015: the search reads ı, ø, æ, ł, đ, ð, þ, ħ, ŧ and œ as plain letters (core/folding.py).

The index holds text folded as it was folded when it was written, so the notes and the
sessions whose text has one of these letters are taken out of it and put back in its
queues: they are found at once (a search reads what waits, folded anew) and are indexed
again a moment after the next session is opened. Nothing else is rewritten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wi_desktop.core.folding import PLAIN_LETTERS
from wi_desktop.storage.migrations import _run, migration

if TYPE_CHECKING:
    from sqlite_utils import Database

_LETTERS = PLAIN_LETTERS + "ØÆŁĐÐÞĦŦŒ"  # the capitals (ı's is the plain I)


def _has_letters(column: str) -> str:
    return f"{column} GLOB '*[{_LETTERS}]*'"


@migration("0015_plain_letters")
def plain_letters(db: Database) -> None:
    notes = f"SELECT id FROM notes WHERE {_has_letters('text')}"
    sessions = (
        f"SELECT id FROM sessions WHERE {_has_letters('candidate_name')} "
        f"OR {_has_letters('role_name')} "
        "UNION SELECT session_id FROM feedback WHERE "
        f"{_has_letters('strengths || growth_areas || next_steps')} "
        f"UNION SELECT session_id FROM debrief_answers WHERE {_has_letters('answer')}")
    _run(db, (
        f"DELETE FROM notes_search WHERE rowid IN ({notes})",
        f"INSERT INTO notes_unindexed (id) {notes} "
        "AND id NOT IN (SELECT id FROM notes_unindexed)",
        f"DELETE FROM sessions_search WHERE rowid IN ({sessions})",
        f"INSERT INTO sessions_unindexed (id) SELECT id FROM ({sessions}) "
        "WHERE id NOT IN (SELECT id FROM sessions_unindexed)",
    ))
