"""0013: one search index over every session, found whatever the accents and the case.

- notes_search (FTS5, trigram) holds each note's text folded (core/folding.py: no accents,
  case folded), its rowid the note's id. It replaces notes_text, which matched accents
  exactly. A note written waits in notes_unindexed (since 0011) and is taken in a moment
  after its commit; an edited one leaves the index in the same transaction and waits
  again; a deleted one leaves it.
- sessions_search holds, folded, what is searched of a session besides its notes: the
  candidate's name, the role, the feedback and the debrief answers. A change to any of
  them puts the session in sessions_unindexed, in the same transaction; it is taken in
  with the waiting notes.

A search reads the index and the rows still waiting, so it never misses one. The folding
is Python's (wi_fold, registered on the program's connections); the triggers do not use
it, so the sqlite3 shell and other tools can still write to the file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wi_desktop.storage.migrations import _run, migration
from wi_desktop.storage.search_tables import SESSION_TEXT

if TYPE_CHECKING:
    from sqlite_utils import Database

def _once(queue: str, value: str) -> str:
    """Put VALUE in QUEUE unless it is there. Not INSERT OR IGNORE: inside a trigger, the
    conflict clause of the statement that fired it (an upsert's, say) would win."""
    return (f"INSERT INTO {queue} (id) SELECT {value} "
            f"WHERE NOT EXISTS (SELECT 1 FROM {queue} WHERE id = {value});")


def _queue_on(table: str, event: str, row: str, column: str = "session_id",
              when: str = "") -> str:
    name = f"{table}_{event.split()[0].lower()}_searched"
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} {when}BEGIN "
            f"{_once('sessions_unindexed', f'{row}.{column}')} END")


@migration("0013_search_everywhere")
def search_everywhere(db: Database) -> None:
    _run(db, (
        "DROP TRIGGER notes_uncounted",
        "DROP TRIGGER notes_retexted",
        "DROP TABLE notes_text",
        "CREATE VIRTUAL TABLE notes_search USING fts5(text, tokenize='trigram')",
        "INSERT INTO notes_search (rowid, text) SELECT id, wi_fold(text) FROM notes "
        "WHERE id NOT IN (SELECT id FROM notes_unindexed)",
        """CREATE TRIGGER notes_uncounted AFTER DELETE ON notes BEGIN
            UPDATE sessions SET note_count = note_count - 1 WHERE id = old.session_id;
            DELETE FROM notes_search WHERE rowid = old.id;
            DELETE FROM notes_unindexed WHERE id = old.id;
        END""",
        f"""CREATE TRIGGER notes_retexted AFTER UPDATE OF text ON notes BEGIN
            DELETE FROM notes_search WHERE rowid = new.id;
            {_once("notes_unindexed", "new.id")}
        END""",
        "CREATE VIRTUAL TABLE sessions_search USING fts5(candidate, role, feedback, debrief, "
        "tokenize='trigram')",
        "CREATE TABLE sessions_unindexed (id INTEGER PRIMARY KEY)",
        f"INSERT INTO sessions_search (rowid, candidate, role, feedback, debrief) "
        f"{SESSION_TEXT}",
        _queue_on("sessions", "INSERT", "new", "id"),
        _queue_on("sessions", "UPDATE OF candidate_name, role_name", "new", "id"),
        """CREATE TRIGGER sessions_unsearched AFTER DELETE ON sessions BEGIN
            DELETE FROM sessions_search WHERE rowid = old.id;
            DELETE FROM sessions_unindexed WHERE id = old.id;
        END""",
        _queue_on("feedback", "INSERT", "new"),
        _queue_on("feedback", "UPDATE", "new"),
        _queue_on("debrief_answers", "INSERT", "new"),
        _queue_on("debrief_answers", "UPDATE OF answer", "new"),
        _queue_on("debrief_answers", "DELETE", "old"),
    ))


# the migrations after this one, in order (importing registers them)
from wi_desktop.storage import migrations_composite  # noqa: E402, F401
