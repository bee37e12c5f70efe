"""Finding notes by the words typed: the evidence pane's filter over the notes it shows.

The notes of one open session are in memory already, so they are searched there: each text
is casefolded once (every script's case, "Straße" finds "STRASSE"), and a query that only
narrows the previous one (more letters, more words) looks only at the previous matches.
The text index in the data file serves searches across sessions, where the notes are not
in memory.
"""

from __future__ import annotations

from wi_desktop.core.model import Note


def words_of(text: str) -> list[str]:
    """The casefolded words of a query, the longest first (it leaves the fewest to check)."""
    return sorted(set(text.casefold().split()), key=len, reverse=True)


class NoteFilter:
    """The notes, of a fixed list, whose whole text holds every word of a query."""

    def __init__(self, notes: list[Note]) -> None:
        self.notes = notes
        self._folded: list[str] | None = None
        self._last: tuple[list[str], list[int]] | None = None  # words and the rows they kept

    def prepare(self) -> None:
        """Fold the texts now (when the search box takes the focus, before the first key)."""
        if self._folded is None:
            self._folded = [note.text.casefold() for note in self.notes]

    def matching(self, text: str) -> list[Note]:
        words = words_of(text)
        if not words:
            self._last = None
            return self.notes
        self.prepare()
        folded = self._folded or []
        rows: list[int] | range = range(len(folded))
        if self._last is not None and _narrows(words, self._last[0]):
            rows = self._last[1]
        for word in words:
            rows = [row for row in rows if word in folded[row]]
        kept = list(rows)
        self._last = (words, kept)
        return [self.notes[row] for row in kept]


def _narrows(words: list[str], before: list[str]) -> bool:
    """True when every note matching WORDS also matched BEFORE: each earlier word lies
    inside one of the new ones."""
    return all(any(old in new for new in words) for old in before)
