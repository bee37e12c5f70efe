"""Scores given on the rubric, and the notes chosen or left out as their evidence."""

from __future__ import annotations

from wi_desktop.core.model import Score
from wi_desktop.storage.sql import Sql


class ScoreTables:
    """Rows of scores and evidence_links."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def load_scores(self, session_id: int) -> dict[str, Score]:
        return {
            row[0]: Score(competency_key=row[0], level=row[1], updated_ms=row[2])
            for row in self.sql.query(
                "SELECT competency_key, level, updated_ms FROM scores WHERE session_id = ?",
                (session_id,))
        }

    def save_score(self, session_id: int, score: Score) -> None:
        self.sql.write(
            "INSERT INTO scores (session_id, competency_key, level, updated_ms) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, competency_key) "
            "DO UPDATE SET level = excluded.level, updated_ms = excluded.updated_ms",
            (session_id, score.competency_key, score.level, score.updated_ms),
        )

    def load_links(self, session_id: int) -> dict[tuple[str, int], bool]:
        return {(key, note_id): bool(included) for key, note_id, included in self.sql.query(
            "SELECT competency_key, note_id, included FROM evidence_links "
            "WHERE session_id = ?", (session_id,))}

    def set_link(self, session_id: int, competency_key: str, note_id: int,
                 included: bool | None) -> None:
        if included is None:
            self.sql.write("DELETE FROM evidence_links WHERE session_id = ? AND "
                           "competency_key = ? AND note_id = ?",
                           (session_id, competency_key, note_id))
            return
        self.sql.write(
            "INSERT INTO evidence_links (session_id, competency_key, note_id, included) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, competency_key, note_id) "
            "DO UPDATE SET included = excluded.included",
            (session_id, competency_key, note_id, int(included)))
