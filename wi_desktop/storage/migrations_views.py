"""Views with plain names, so that stock tools read the data file without knowing its tables:
the sqlite3 shell, Datasette, a spreadsheet's ODBC driver. ``wi-desktop table`` reads them
too, so a table written out and the view say the same.

Times are ISO 8601 in the computer's local time with its offset (``2026-12-07T14:05:00+01:00``),
durations are seconds, a score not observed is NULL (never 0)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wi_desktop.storage.migrations import _run, migration
from wi_desktop.storage.sql_time import iso

if TYPE_CHECKING:
    from sqlite_utils import Database


def _status(s: str) -> str:
    return (f"CASE WHEN {s}.finalised_ms IS NOT NULL THEN 'finalised' "
            f"WHEN {s}.ended_ms IS NOT NULL THEN 'ended' "
            f"WHEN {s}.started_ms IS NOT NULL THEN 'in_progress' ELSE 'not_started' END")


# the composite: Σ weight × level / Σ weight over the competencies scored (core/rubric.py)
_COMPOSITE = ("(SELECT round(sum(c.weight * sc.level) / nullif(sum(c.weight), 0), 2) "
              "FROM competencies c JOIN scores sc ON sc.session_id = c.session_id "
              "AND sc.competency_key = c.key WHERE c.session_id = {s}.id "
              "AND sc.level IS NOT NULL)")

# a note is evidence for a competency when tagged to it and not unlinked, or linked by hand
_EVIDENCE = ("(SELECT count(*) FROM notes n WHERE n.session_id = c.session_id AND ("
             "(n.competency_key = c.key AND NOT EXISTS (SELECT 1 FROM evidence_links l "
             "WHERE l.session_id = c.session_id AND l.competency_key = c.key "
             "AND l.note_id = n.id AND l.included = 0)) OR EXISTS (SELECT 1 FROM "
             "evidence_links l WHERE l.session_id = c.session_id AND l.competency_key = c.key "
             "AND l.note_id = n.id AND l.included = 1)))")

V_SESSIONS = f"""CREATE VIEW v_sessions AS SELECT
    s.id AS session_id, s.candidate_name AS candidate, s.role_name AS role,
    s.location AS location, s.observer_name AS observer,
    substr({iso('coalesce(s.started_ms, s.created_ms)')}, 1, 10) AS date,
    {iso('s.started_ms')} AS started, {iso('s.ended_ms')} AS ended,
    {_status('s')} AS status, {iso('s.finalised_ms')} AS finalised,
    s.template_name AS template, s.note_count AS notes,
    {_COMPOSITE.format(s='s')} AS composite, s.recommendation AS recommendation,
    s.is_demo AS demo, s.created_ms AS created_ms
    FROM sessions s"""

V_NOTES = f"""CREATE VIEW v_notes AS SELECT
    n.id AS note_id, n.session_id AS session_id, s.candidate_name AS candidate,
    s.role_name AS role, s.observer_name AS observer, {iso('n.created_ms')} AS wall_time,
    n.elapsed_ms / 1000 AS session_seconds, t.title AS task, c.name AS competency,
    CASE n.polarity WHEN 1 THEN 'strength' WHEN -1 THEN 'concern' ELSE '' END AS mark,
    n.text AS text, {iso('n.edited_ms')} AS edited, n.created_ms AS created_ms
    FROM notes n JOIN sessions s ON s.id = n.session_id
    LEFT JOIN tasks t ON t.id = n.task_id
    LEFT JOIN competencies c ON c.session_id = n.session_id AND c.key = n.competency_key"""

V_SCORES = f"""CREATE VIEW v_scores AS SELECT
    c.session_id AS session_id, s.candidate_name AS candidate, s.role_name AS role,
    substr({iso('coalesce(s.started_ms, s.created_ms)')}, 1, 10) AS date,
    s.observer_name AS observer, c.name AS competency, c.weight AS weight,
    sc.level AS score, {_EVIDENCE} AS evidence, {_COMPOSITE.format(s='s')} AS composite,
    s.recommendation AS recommendation, c.position AS position, s.created_ms AS created_ms
    FROM competencies c JOIN sessions s ON s.id = c.session_id
    LEFT JOIN scores sc ON sc.session_id = c.session_id AND sc.competency_key = c.key"""


@migration("0012_plain_views")
def plain_views(db: Database) -> None:
    _run(db, (V_SESSIONS, V_NOTES, V_SCORES))


# the migrations after this one, in order (importing registers them)
from wi_desktop.storage import migrations_search  # noqa: E402, F401
