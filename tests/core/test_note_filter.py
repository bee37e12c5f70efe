"""The evidence pane's filter: every word, any case, any script, as the observer types."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wi_desktop.core.model import Note
from wi_desktop.core.note_filter import NoteFilter


def notes_of(*texts: str) -> list[Note]:
    return [Note(i + 1, 1, i, i, text) for i, text in enumerate(texts)]


def test_every_word_in_any_order_and_case():
    notes = notes_of("Stacked the PALLET neatly", "Pallet left in the aisle", "Asked for help")
    search = NoteFilter(notes)
    assert search.matching("pallet") == [0, 1]
    assert search.matching("pallet neat") == [0]
    assert search.matching("NEAT pallet") == [0]
    assert search.matching("") == [0, 1, 2]
    assert search.matching("forklift") == []


def test_only_the_rows_given_are_searched_and_rows_of_the_whole_list_come_back():
    notes = notes_of("box one", "box two", "box three")
    assert NoteFilter(notes, [0, 2]).matching("box") == [0, 2]


def test_scripts_and_case_folding():
    notes = notes_of("Die STRASSE war nass", "Пакет упакован", "החבילה נארזה", "검수 완료")
    search = NoteFilter(notes)
    assert search.matching("straße") == [0]
    assert search.matching("пакет") == [1]
    assert search.matching("החבילה") == [2]
    assert search.matching("검수") == [3]


def test_typing_on_after_deleting_gives_the_same_as_a_fresh_search():
    notes = notes_of("milk steamed", "milk poured", "tongs apart")
    search = NoteFilter(notes)
    for typed in ("m", "mi", "milk", "milk s", "milk", "mi", "t", "to"):
        assert search.matching(typed) == NoteFilter(notes).matching(typed)


@given(st.lists(st.text(max_size=12), max_size=12),
       st.lists(st.text(alphabet="abcAB çÇß ", max_size=6), max_size=6))
def test_matching_is_the_plain_definition_whatever_was_typed_before(texts, queries):
    notes = notes_of(*texts)
    search = NoteFilter(notes)
    for query in queries:
        words = query.casefold().split()
        expected = [i for i, note in enumerate(notes)
                    if all(word in note.text.casefold() for word in words)]
        assert search.matching(query) == expected
