"""What "the same word" means to a search: compatibility forms made one (NFKD), accents
and other diacritic marks left out, case folded; then composed again (NFC). So "cafe"
finds "Café", "ﬁle" finds "file", "ПРИВЕТ" finds "привет" and "שָׁלוֹם" finds "שלום".

Marks that make a different letter rather than decorate one are kept: the vowel signs of
the Indic scripts and Thai, and the kana voicing marks (か and が are different words).

Some letters carry no separate mark to leave out, yet people type them without it when
they search: Turkish ı, Nordic ø and æ, Polish ł, Croatian đ, Icelandic ð and þ, Maltese
ħ, French œ. They are read as their plain letters ("yilmaz" finds "Yılmaz")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def _kept(code: int) -> bool:
    return 0x0900 <= code <= 0x0DFF or 0x0E00 <= code <= 0x0EFF or 0x3099 <= code <= 0x309A


PLAIN_LETTERS = "ıøæłđðþħŧœ"  # and their capitals: what _PLAIN reads as plain letters
_PLAIN = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ð": "d",
                        "þ": "th", "ħ": "h", "ŧ": "t", "œ": "oe"})


def fold(text: str) -> str:
    """TEXT as a search compares it (the index holds it so, and each query is so)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) or _kept(ord(ch)))
    return unicodedata.normalize("NFC", kept).casefold().translate(_PLAIN)


def sql_fold(text: str | None) -> str | None:
    """fold() for SQLite (registered on each connection as wi_fold); NULL stays NULL."""
    return None if text is None else fold(str(text))


@lru_cache(maxsize=4096)
def _char(ch: str) -> str:
    return fold(ch)


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """TEXT folded character by character, and for each character of the result the index
    of the character of TEXT it came from (to show a match where it was typed)."""
    out: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        piece = _char(ch)
        out.append(piece)
        where.extend([index] * len(piece))
    return "".join(out), where


def find_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each folded WORD occurs in TEXT, as (start, end) indexes into TEXT, merged."""
    folded, where = folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0 and word:
            end = start + len(word) - 1
            spans.append((where[start], where[end] + 1))
            start = folded.find(word, start + len(word))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
