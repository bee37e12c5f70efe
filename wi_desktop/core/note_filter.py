"""Finding notes by the words typed: the evidence pane's filter over the notes it shows.

The notes of one open session are in memory already, so they are searched there: each text
is casefolded once (every script's case, "Straße" finds "STRASSE"), and a query that only
narrows the previous one (more letters, more words) looks only at the previous matches.
The text index in the data file serves searches across sessions, where the notes are not
in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

from wi_desktop.core.model import Note


def words_of(text: str) -> list[str]:
    """The casefolded words of a query, the longest first (it leaves the fewest to check)."""
    return sorted(set(text.casefold().split()), key=len, reverse=True)


class NoteFilter:
    """Which of some rows of a list of notes hold every word of a query: the rows are
    positions in NOTES (the session's notes model), so a view shows them without a
    lookup by id."""

    def __init__(self, notes: Sequence[Note], rows: Sequence[int] | None = None) -> None:
        self.notes = notes
        self.rows = list(range(len(notes)) if rows is None else rows)
        self._folded: list[str] | None = None
        self._last: tuple[list[str], list[int]] | None = None  # words, positions they kept

    def prepare(self) -> None:
        """Fold the texts now (when the search box takes the focus, before the first key)."""
        if self._folded is None:
            self._folded = [self.notes[row].text.casefold() for row in self.rows]

    def matching(self, text: str) -> list[int]:
        """The rows whose note holds every word of TEXT, in order (all of them for none)."""
        words = words_of(text)
        if not words:
            self._last = None
            return self.rows
        self.prepare()
        folded = self._folded or []
        kept: list[int] | range = range(len(folded))
        if self._last is not None and _narrows(words, self._last[0]):
            kept = self._last[1]
        for word in words:
            kept = [i for i in kept if word in folded[i]]
        self._last = (words, list(kept))
        rows = self.rows
        return [rows[i] for i in kept]


def _narrows(words: list[str], before: list[str]) -> bool:
    """True when every note matching WORDS also matched BEFORE: each earlier word lies
    inside one of the new ones."""
    return all(any(old in new for new in words) for old in before)
