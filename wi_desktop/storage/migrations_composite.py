"""0014: each session keeps its composite score, so the session list can show and sort it
without working it out for a thousand sessions at every refresh.

``sessions.composite`` is Σ weight × level / Σ weight over the competencies scored (the
rule of core/rubric.py; NULL while none is), kept by triggers in the same transaction as
every change of a score, a weight or the rubric. A competency left "not observed" is left
out, never counted as 0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wi_desktop.storage.migrations import _run, migration

if TYPE_CHECKING:
    from sqlite_utils import Database


def composite_of(session: str) -> str:
    """The SQL of SESSION's composite (an expression naming the session's id)."""
    return ("(SELECT sum(c.weight * sc.level) / nullif(sum(c.weight), 0) FROM scores sc "
            "JOIN competencies c ON c.session_id = sc.session_id AND c.key = sc.competency_key "
            f"WHERE sc.session_id = {session} AND sc.level IS NOT NULL)")


def _keep(table: str, event: str, row: str) -> str:
    name = f"{table}_{event.split()[0].lower()}_composite"
    return (f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN "
            f"UPDATE sessions SET composite = {composite_of(f'{row}.session_id')} "
            f"WHERE id = {row}.session_id; END")


@migration("0014_session_composite")
def session_composite(db: Database) -> None:
    _run(db, (
        "ALTER TABLE sessions ADD COLUMN composite REAL",
        f"UPDATE sessions SET composite = {composite_of('sessions.id')}",
        _keep("scores", "INSERT", "new"),
        _keep("scores", "UPDATE OF level", "new"),
        _keep("scores", "DELETE", "old"),
        _keep("competencies", "UPDATE OF weight", "new"),
        _keep("competencies", "DELETE", "old"),
    ))


# the migrations after this one, in order (importing registers them)
from wi_desktop.storage import migrations_folding  # noqa: E402, F401
