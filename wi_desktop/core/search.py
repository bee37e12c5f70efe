"""Search everywhere: every session's notes, candidate, role, feedback and debrief answers,
whatever the accents and the case (core/folding.py), narrowed by role, days, observer, tag
or mark; the matches grouped by session.

Each word of a query must be found; a word is found inside longer words too, so "forkl"
finds "forklift" (a prefix) and "lift" finds it as well. Words of one or two characters
(a two-character Chinese or Korean word, say) are looked for in every note's text, which
is slower than the index but finds them all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.folding import fold
from wi_desktop.core.model import Polarity
from wi_desktop.core.speech import say

if TYPE_CHECKING:
    from wi_desktop.core.clock import Clock
    from wi_desktop.core.ports import SearchRows, Store

LIMIT = 200  # the newest notes shown; a search that finds more says so


@dataclass(frozen=True)
class SearchFilter:
    """What a search is narrowed to (empty: anything)."""

    role: str = ""
    since: str = ""  # ISO dates, inclusive: the session's day
    until: str = ""
    observer: str = ""
    competency: str = ""  # a competency's name, as the rubric shows it
    polarity: Polarity | None = None  # strengths or concerns only

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise ValidationError(say("“{text}” is not a date.").format(text=value),
                                          hint=say("Write dates as YYYY-MM-DD.")) from None

    @property
    def about_notes(self) -> bool:
        """Narrowed by what only a note has: a session alone cannot match."""
        return bool(self.competency) or self.polarity is not None


class NoteHit(NamedTuple):
    """A note found (a tuple: the index's rows become hits without a copy of each)."""

    note_id: int
    session_id: int
    created_ms: int
    elapsed_ms: int
    task: str | None  # the title of the task it was filed under
    competency: str | None  # its tag's name
    polarity: int  # Polarity's value: 1 strength, -1 concern, 0 neither
    text: str


class SessionHits(NamedTuple):
    """One session's part of the results: its own fields matched, and/or some notes (a
    tuple: a search makes one per session found, and a frozen dataclass costs more)."""

    session_id: int
    candidate: str
    role: str
    observer: str
    day: str
    started_ms: int
    session_matched: bool  # the words are in its candidate, role, feedback or debrief
    notes: tuple[NoteHit, ...]  # oldest first


# a row of the index as a NoteHit: NoteHit._make's work, without a Python call per row
_AS_HIT = partial(tuple.__new__, NoteHit)
_SESSION_OF = itemgetter(1)  # a hit's session id

@dataclass(frozen=True)
class SearchResults:
    query: str
    words: tuple[str, ...]  # folded: what the matches are shown by
    sessions: tuple[SessionHits, ...]  # newest session first
    note_count: int
    more: bool  # more notes matched than are shown (LIMIT)


def _named_by_session(found: list[tuple[Any, ...]],
                      rows: SearchRows) -> dict[int, tuple[NoteHit, ...]]:
    """The index's rows (newest first; a task's id, a tag's key) as each session's hits,
    oldest first, naming their task and tag (the names are kept between searches)."""
    grouped: dict[int, list[tuple[Any, ...]]] = {}
    for session_id, run in groupby(found, _SESSION_OF):  # a session's notes come in runs
        grouped.setdefault(session_id, []).extend(run)
    titles, tags = rows.names(grouped)
    title_of, untagged = titles.get, dict[str, str]()
    by_session = {}
    for session_id, newest_first in grouped.items():
        tag_of = tags.get(session_id, untagged).get
        by_session[session_id] = tuple([_AS_HIT((
            note_id, sid, created, elapsed, None if task is None else title_of(task),
            None if key is None else tag_of(key), polarity, text))
            for note_id, sid, created, elapsed, task, key, polarity, text
            in reversed(newest_first)])
    return by_session


@lru_cache(maxsize=4096)
def _day(instant_ms: int) -> str:
    """The local day of INSTANT_MS, ISO."""
    return dt.datetime.fromtimestamp(instant_ms / 1000).date().isoformat()


def words_of(query: str) -> tuple[str, ...]:
    """The query's words, folded, each once, in order."""
    seen: list[str] = []
    for word in fold(" ".join(query.split())).split():
        word = word.strip("\"'“”„«»")
        if word and word not in seen:
            seen.append(word)
    return tuple(seen)


class SearchService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def choices(self) -> tuple[list[str], list[str], list[str]]:
        """The roles, observers and competency names a search can be narrowed to."""
        return self.store.search.choices()

    def session_ids(self, query: str) -> frozenset[int] | None:
        """The sessions whose notes, or own text, hold every word of QUERY (None: QUERY
        has no words, so it narrows nothing): what the session list's search box shows."""
        words = words_of(query)
        if not words:
            return None
        with self.store.read():
            return frozenset(self.store.search.session_ids(words))

    def search(self, query: str, where: SearchFilter = SearchFilter(), *,  # noqa: B008
               limit: int = LIMIT) -> SearchResults:
        words = words_of(query)
        if not words:
            return SearchResults(query, (), (), 0, False)
        rows = self.store.search
        with self.store.read():
            notes_waiting, sessions_waiting = rows.waiting()
            found = rows.find_notes(words, where, limit + 1, waiting=bool(notes_waiting))
            sessions = rows.find_sessions(words, where, waiting=bool(sessions_waiting))
            shown = found[:limit]
            by_session = _named_by_session(shown, rows)
            about = {int(row[0]): row[1:] for row in sessions}
            missing = [session_id for session_id in by_session if session_id not in about]
            about.update((int(row[0]), row[1:]) for row in rows.session_rows(missing))
        matched = {int(row[0]) for row in sessions}
        groups = [SessionHits(session_id, str(candidate), str(role), str(observer),
                              _day(int(started)), int(started), session_id in matched,
                              by_session.get(session_id, ()))
                  for session_id, (candidate, role, observer, started) in about.items()]
        groups.sort(key=lambda g: (g.started_ms, g.session_id), reverse=True)
        return SearchResults(query, words, tuple(groups), len(shown), len(found) > limit)
