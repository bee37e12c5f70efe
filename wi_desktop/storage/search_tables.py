"""The search over every session (migration 0013): notes_search holds each note's text
folded, sessions_search a session's candidate, role, feedback and debrief answers folded.
Words come in folded (core/folding.py); three characters or more go through the trigram
index, shorter ones are looked for in the folded text itself. The rows still waiting for
the index are read and compared here, so a search never misses one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from wi_desktop.core.folding import fold
from wi_desktop.storage.sql import Sql
from wi_desktop.storage.sql_time import iso

if TYPE_CHECKING:  # the search's code loads with the first search, not at start
    from wi_desktop.core.search import SearchFilter

# what sessions_search holds of session s (every piece folded by wi_fold)
SESSION_TEXT = (
    "SELECT s.id, wi_fold(s.candidate_name), wi_fold(s.role_name), "
    "wi_fold(coalesce((SELECT f.strengths || ' ' || f.growth_areas || ' ' || f.next_steps "
    "FROM feedback f WHERE f.session_id = s.id), '')), "
    "wi_fold(coalesce((SELECT group_concat(d.answer, ' ') FROM debrief_answers d "
    "WHERE d.session_id = s.id), '')) FROM sessions s")
_DAY = f"substr({iso('coalesce(s.started_ms, s.created_ms)')}, 1, 10)"
_SESSION_COLUMNS = ("s.candidate_name, s.role_name, s.observer_name, "
                    "coalesce(s.started_ms, s.created_ms)")
_TAG_JOIN = ("LEFT JOIN competencies c ON c.session_id = n.session_id "
             "AND c.key = n.competency_key ")
_SESSION_JOIN = "JOIN sessions s ON s.id = n.session_id "


def _session_clauses(where: SearchFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if where.role:
        clauses.append("s.role_name = ? COLLATE NOCASE")
        params.append(where.role)
    if where.observer:
        clauses.append("s.observer_name = ? COLLATE NOCASE")
        params.append(where.observer)
    if where.since or where.until:
        clauses.append(f"{_DAY} BETWEEN ? AND ?")
        params += [where.since or "0000-01-01", where.until or "9999-12-31"]
    return clauses, params


def _note_clauses(where: SearchFilter) -> tuple[list[str], list[Any]]:
    clauses, params = _session_clauses(where)
    if where.competency:
        clauses.append("c.name = ? COLLATE NOCASE")
        params.append(where.competency)
    if where.polarity is not None:
        clauses.append("n.polarity = ?")
        params.append(int(where.polarity))
    return clauses, params


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _match(words: Sequence[str]) -> str:
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _word_clauses(words: Sequence[str], index: str, text: str) -> tuple[list[str], list[Any]]:
    """WORDS as conditions: three characters or more through INDEX's trigrams (one MATCH),
    shorter ones looked for in the folded TEXT itself."""
    long = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    clauses = [f"{index} MATCH ?"] * bool(long) + [f"instr({text}, ?) > 0"] * len(short)
    return clauses, [_match(long)] * bool(long) + short


_BARE_NOTE_COLUMNS = ("n.id, n.session_id, n.created_ms, n.elapsed_ms, n.task_id, "
                      "n.competency_key, n.polarity, n.text")


class SearchTables:
    """The search's reads. What a result names besides its notes (tasks' titles, tags'
    names, a session's candidate, role, observer and day) is kept between searches, for
    the next keystroke's, while nothing in the file has changed: not on this connection
    (its count of changes) and not on another (SQLite's data_version)."""

    def __init__(self, sql: Sql) -> None:
        self.sql = sql
        self._version: tuple[int, int] | None = None
        self._titles: dict[int, str] = {}  # task id -> title
        self._tags: dict[int, dict[str, str]] = {}  # session id -> tag key -> name
        self._sessions: dict[int, tuple[Any, ...]] = {}  # session id -> session_rows row

    def _kept_names(self) -> None:
        """Forget what was kept when anything in the file changed since (asked once per
        search: waiting() asks it with its counts)."""
        if self._version is None or self._version[0] != self.sql.conn.total_changes:
            self._forget_if_changed(
                int(self.sql.query("SELECT data_version FROM pragma_data_version")[0][0]))

    def _forget_if_changed(self, data_version: int) -> None:
        version = (self.sql.conn.total_changes, data_version)
        if version != self._version:
            self._version = version
            self._titles, self._tags, self._sessions = {}, {}, {}

    def names(self, session_ids: Iterable[int]
              ) -> tuple[dict[int, str], dict[int, dict[str, str]]]:
        """The tasks' titles (by task id) and the tags' names (by session id, then key)
        of the sessions SESSION_IDS: read for those not yet kept. The kept dicts
        themselves, to read at once: a change in the file replaces them, never clears
        them (_forget_if_changed)."""
        self._kept_names()
        missing = sorted(set(session_ids) - self._tags.keys())
        if missing:
            marks = ", ".join("?" * len(missing))
            for session_id in missing:
                self._tags[session_id] = {}
            for task_id, title in self.sql.query(
                    f"SELECT id, title FROM tasks WHERE session_id IN ({marks})", missing):
                self._titles[int(task_id)] = str(title)
            for session_id, key, name in self.sql.query(
                    "SELECT session_id, key, name FROM competencies "
                    f"WHERE session_id IN ({marks})", missing):
                self._tags[int(session_id)][str(key)] = str(name)
        return self._titles, self._tags

    def waiting(self) -> tuple[int, int]:
        """How many notes and sessions wait for the index (one statement: a search asks
        first, and reads the waiting rows only when there are some)."""
        row = self.sql.query("SELECT (SELECT count(*) FROM notes_unindexed), "
                             "(SELECT count(*) FROM sessions_unindexed), "
                             "(SELECT data_version FROM pragma_data_version)")[0]
        self._forget_if_changed(int(row[2]))
        return int(row[0]), int(row[1])

    def find_notes(self, words: Sequence[str], where: SearchFilter, limit: int, *,
                   waiting: bool = True) -> list[tuple[Any, ...]]:
        """The newest notes (at most LIMIT) whose folded text holds every word: id,
        session id, created_ms, elapsed_ms, task id, competency key, polarity, text (the
        names of the task and the tag: names())."""
        clauses, params = _word_clauses(words, "notes_search", "ns.text")
        narrowed, narrowed_params = _note_clauses(where)
        clauses, params = clauses + narrowed, params + narrowed_params
        sessions = _SESSION_JOIN if _session_clauses(where)[0] else ""  # only when asked
        joins = _TAG_JOIN if where.competency else ""  # narrowed by a tag's name
        found = self.sql.query(
            f"SELECT {_BARE_NOTE_COLUMNS} FROM notes_search ns JOIN notes n "
            f"ON n.id = ns.rowid {sessions}{joins}{_where(clauses)} ORDER BY ns.rowid DESC "
            "LIMIT ?", [*params, limit])
        if not waiting:
            return found
        waiting_clauses, waiting_params = _note_clauses(where)
        rows = self.sql.query(
            f"SELECT {_BARE_NOTE_COLUMNS} FROM notes_unindexed u JOIN notes n ON n.id = u.id "
            f"{_SESSION_JOIN}{_TAG_JOIN}{_where(waiting_clauses)}", waiting_params)
        found += [row for row in rows if all(w in fold(str(row[7])) for w in words)]
        found.sort(key=lambda row: -int(row[0]))
        return found[:limit]

    def find_sessions(self, words: Sequence[str], where: SearchFilter, *,
                      waiting: bool = True) -> list[tuple[Any, ...]]:
        """The sessions whose candidate, role, feedback and debrief answers, taken
        together, hold every word: id, candidate, role, observer, started_ms (else
        created_ms)."""
        if where.about_notes:
            return []
        whole = "(ss.candidate || ' ' || ss.role || ' ' || ss.feedback || ' ' || ss.debrief)"
        clauses, params = _word_clauses(words, "sessions_search", whole)
        narrowed, narrowed_params = _session_clauses(where)
        clauses, params = clauses + narrowed, params + narrowed_params
        found = self.sql.query(
            f"SELECT s.id, {_SESSION_COLUMNS} FROM sessions_search ss "
            f"JOIN sessions s ON s.id = ss.rowid{_where(clauses)}", params)
        if not waiting:
            return found
        session_where, session_params = _session_clauses(where)
        seen = {int(row[0]) for row in found}
        more = [int(row[0]) for row in self.sql.query(
            SESSION_TEXT + " WHERE s.id IN (SELECT id FROM sessions_unindexed)"
            + "".join(f" AND {c}" for c in session_where), session_params)
            if all(word in " ".join(str(piece) for piece in row[1:]) for word in words)
            and int(row[0]) not in seen]
        if more:
            marks = ", ".join("?" * len(more))
            found += self.sql.query(f"SELECT s.id, {_SESSION_COLUMNS} FROM sessions s "
                                    f"WHERE s.id IN ({marks})", more)
        return found

    def session_ids(self, words: Sequence[str]) -> set[int]:
        """Every session with a note, or text of its own, holding all WORDS."""
        clauses, params = _word_clauses(words, "notes_search", "ns.text")
        found = {int(row[0]) for row in self.sql.query(
            "SELECT DISTINCT n.session_id FROM notes_search ns JOIN notes n ON n.id = ns.rowid"
            f"{_where(clauses)}", params)}
        found |= {int(row[0]) for row in self.sql.query(
            "SELECT n.session_id, n.text FROM notes_unindexed u JOIN notes n ON n.id = u.id")
            if all(word in fold(str(row[1])) for word in words)}
        from wi_desktop.core.search import SearchFilter

        found |= {int(row[0]) for row in self.find_sessions(words, SearchFilter())}
        return found

    def session_rows(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """id, candidate, role, observer, started_ms (else created_ms) of each session in
        IDS."""
        if not ids:
            return []
        self._kept_names()
        missing = [sid for sid in ids if sid not in self._sessions]
        if missing:
            marks = ", ".join("?" * len(missing))
            for row in self.sql.query(f"SELECT s.id, {_SESSION_COLUMNS} FROM sessions s "
                                      f"WHERE s.id IN ({marks})", missing):
                self._sessions[int(row[0])] = tuple(row)
        return [self._sessions[sid] for sid in ids if sid in self._sessions]

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The roles, observers and competency names there are, to narrow a search by."""
        def distinct(sql: str) -> list[str]:
            return sorted((str(row[0]) for row in self.sql.query(sql) if row[0]),
                          key=str.casefold)

        return (distinct("SELECT DISTINCT role_name FROM sessions"),
                distinct("SELECT DISTINCT observer_name FROM sessions"),
                distinct("SELECT DISTINCT name FROM competencies"))
