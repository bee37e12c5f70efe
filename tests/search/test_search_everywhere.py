"""Search everywhere: a word of a note, a name, a role, feedback or a debrief answer, in every
script people write notes in, whatever the accents and the case; narrowed by role, days,
observer, tag and mark; a note waiting for the index is found too."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from wi_desktop import cli
from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import Polarity
from wi_desktop.core.search import SearchFilter, words_of

NOTES = {
    "arabic": "رفع الصندوق بطريقة آمنة",
    "hebrew": "הרים את הארגז בזהירות",
    "cyrillic": "Проверил погрузчик перед сменой",
    "latin": "Vérifié le chariot élévateur à fourche",
    "chinese": "他很快学会了扫描枪",
    "japanese": "棚の在庫を数えた",
    "korean": "지게차를 점검했다",
    "turkish": "Yılmaz forkliftin frenlerini kontrol etti",
    "nordic": "Søren bar kassen forsigtigt",
}


@pytest.fixture(params=["waiting", "indexed"])
def written(request, service, session_id, clock) -> dict[str, int]:
    """The notes, each in its script; 'indexed': taken into the index, as a pause does."""
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    ids = {}
    for name, text in NOTES.items():
        clock.advance(5)
        ids[name] = service.notes.add_note(session_id, text).note.id
    if request.param == "indexed":
        service.notes.index_text()
    return ids


def found(service, query: str, where: SearchFilter | None = None) -> set[int]:
    results = service.search.search(query, where or SearchFilter())
    return {note.note_id for group in results.sessions for note in group.notes}


@pytest.mark.parametrize(("query", "name"), [
    ("الصندوق", "arabic"), ("בזהירות", "hebrew"), ("ПОГРУЗЧИК", "cyrillic"),
    ("погруз", "cyrillic"),  # a prefix
    ("elevateur", "latin"), ("CHARIOT élévateur", "latin"), ("fourch", "latin"),
    ("扫描枪", "chinese"), ("学会", "chinese"),  # a two-character word
    ("在庫", "japanese"), ("지게차", "korean"), ("점검", "korean"),
    ("yilmaz", "turkish"), ("YILMAZ", "turkish"), ("Yılmaz", "turkish"),  # ı read as i
    ("soren", "nordic"), ("SØREN", "nordic"),
])
def test_a_word_of_every_script_finds_its_note(service, written, query, name):
    assert found(service, query) == {written[name]}


def test_every_word_must_be_found_and_a_word_found_nowhere_finds_nothing(service, written):
    assert found(service, "chariot pallet") == set()
    assert found(service, "   ") == set()
    assert words_of("Élévateur  élévateur «chariot»") == ("elevateur", "chariot")


def test_a_session_is_found_by_its_candidate_role_feedback_and_debrief(service, session_id,
                                                                       new_session):
    other = service.sessions.create_session(replace(new_session, candidate_name="Zoë Brontë",
                                                    role_name="Dental assistant"))
    service.agreements.update_feedback(other, strengths="Calm with anxious patients")
    for query in ("zoe bronte", "DENTAL", "anxious", "bronte dental"):
        results = service.search.search(query)
        assert [g.session_id for g in results.sessions if g.session_matched] == [other], query
    service.notes.index_text()  # the same once the index has taken the session in
    assert [g.session_id for g in service.search.search("zoë").sessions] == [other]
    assert service.search.search("jordan").sessions[0].session_id == session_id


def test_filters_narrow_to_role_days_observer_tag_and_mark(service, session_id, new_session,
                                                           clock):
    other = service.sessions.create_session(replace(new_session, role_name="Dental assistant",
                                                    observer_name="Ola Nowak"))
    for sid in (session_id, other):
        service.sessions.start_task(sid, service.sessions.workspace(sid).tasks[0].id)
    mine = service.notes.add_note(session_id, "Lifted the crate", polarity=Polarity.STRENGTH)
    theirs = service.notes.add_note(other, "Lifted the tray", polarity=Polarity.CONCERN)
    ids = mine.note.id, theirs.note.id
    assert found(service, "lifted") == set(ids)
    assert found(service, "lifted", SearchFilter(role="dental ASSISTANT")) == {ids[1]}
    assert found(service, "lifted", SearchFilter(observer="Ola Nowak")) == {ids[1]}
    assert found(service, "lifted", SearchFilter(polarity=Polarity.STRENGTH)) == {ids[0]}
    assert found(service, "lifted", SearchFilter(until="2000-01-01")) == set()
    with pytest.raises(ValidationError):
        SearchFilter(since="yesterday")


def test_an_edited_or_deleted_note_is_found_as_it_now_is(service, written):
    chinese = written["chinese"]
    service.notes.edit_note(chinese, text="他很快学会了叉车")
    assert found(service, "扫描枪") == set() and found(service, "叉车") == {chinese}
    service.notes.index_text()
    assert found(service, "叉车") == {chinese}
    service.notes.delete_note(written["latin"])
    assert found(service, "chariot") == set()


def test_the_command_line_prints_the_matches_for_scripts(service, written, data_dir, capsys):
    service.notes.index_text()
    assert cli.main(["search", "погрузчик", "--data-dir", str(data_dir)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    session, when, text = line.split("\t")
    assert text == NOTES["cyrillic"] and "T" in when and int(session) > 0
    assert cli.main(["search", "学会", "--json", "--data-dir", str(data_dir)]) == 0
    [match] = json.loads(capsys.readouterr().out)
    assert match["text"] == NOTES["chinese"] and match["note_id"] == written["chinese"]


@pytest.mark.parametrize("state", ["waiting", "indexed"])
def test_a_match_names_its_task_and_tag(service, session_id, new_session, data_dir, capsys,
                                        state):
    """Each note found says the task it was filed under and its tag, by name, in the
    results and in the CLI's JSON; two sessions using one tag key keep their own names."""
    workspace = service.sessions.workspace(session_id)
    task, tag = workspace.tasks[0], workspace.competencies[1]
    service.sessions.start_task(session_id, task.id)
    tagged = service.notes.add_note(session_id, "Stacked the crates square",
                                    competency_key=tag.key).note
    service.sessions.pause_task(session_id, task.id)
    loose = service.notes.add_note(session_id, "Crates left by the door").note
    other = service.sessions.create_session(replace(new_session, candidate_name="Ana Ruiz"))
    other_tag = service.sessions.workspace(other).competencies[1]
    elsewhere = service.notes.add_note(other, "Crates counted twice",
                                       competency_key=other_tag.key).note
    if state == "indexed":
        service.notes.index_text()
    expected = {tagged.id: (task.title, tag.name), loose.id: (None, None),
                elsewhere.id: (None, other_tag.name)}
    results = service.search.search("crates")
    assert {note.note_id: (note.task, note.competency) for group in results.sessions
            for note in group.notes} == expected
    assert cli.main(["search", "crates", "--json", "--data-dir", str(data_dir)]) == 0
    assert {m["note_id"]: (m["task"], m["competency"])
            for m in json.loads(capsys.readouterr().out)} == expected
    narrowed = service.search.search("crates", SearchFilter(competency=tag.name))
    assert {(note.note_id, note.competency) for group in narrowed.sessions
            for note in group.notes} == {(tagged.id, tag.name)} | (
                {(elsewhere.id, other_tag.name)} if other_tag.name == tag.name else set())


def test_a_task_renamed_between_two_searches_is_named_anew(service, session_id):
    workspace = service.sessions.workspace(session_id)
    task = workspace.tasks[0]
    service.sessions.start_task(session_id, task.id)
    service.notes.add_note(session_id, "Swept the bay")
    [first] = [n.task for g in service.search.search("swept").sessions for n in g.notes]
    assert first == task.title
    with service.search.store.transaction():  # as an amendment retitles it
        service.search.store.sql.conn.execute(
            "UPDATE tasks SET title = 'Sweep the loading bay' WHERE id = ?", (task.id,))
    [second] = [n.task for g in service.search.search("swept").sessions for n in g.notes]
    assert second == "Sweep the loading bay"


def test_what_a_search_keeps_between_keystrokes_follows_every_change(service, session_id):
    """A task renamed or a session's candidate changed between two searches: the second
    says the new words (what is kept for the next keystroke is forgotten on any write)."""
    service.notes.add_note(session_id, "Stacked the pallets safely")
    first = service.search.search("pallets")
    assert first.sessions[0].candidate == "Jordan Lee"
    with service.search.store.transaction():
        service.search.store.sql.conn.execute(
            "UPDATE sessions SET candidate_name = 'Jordan Lee-Park' WHERE id = ?",
            (session_id,))
    again = service.search.search("pallets")
    assert again.sessions[0].candidate == "Jordan Lee-Park"


def test_a_change_made_by_another_program_is_seen_too(service, session_id, db_path):
    import sqlite3

    service.notes.add_note(session_id, "Stacked the pallets safely")
    assert service.search.search("pallets").sessions[0].role == "Warehouse associate"
    other = sqlite3.connect(db_path)  # the command line, say, in another process
    with other:
        other.execute("UPDATE sessions SET role_name = 'Stock handler' WHERE id = ?",
                      (session_id,))
    other.close()
    assert service.search.search("pallets").sessions[0].role == "Stock handler"
