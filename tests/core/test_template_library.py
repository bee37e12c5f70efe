"""The template library over a real data file: shipped templates stay read-only, names stay
unique, imports never overwrite, exports are whole files or nothing."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from wi_desktop import paths
from wi_desktop.core.errors import (
    DiskFullError,
    NotFound,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from wi_desktop.core.model import Competency
from wi_desktop.core.template_checks import SCHEMA_FILE_NAME, TemplateError
from wi_desktop.core.template_library import (
    MAX_TEMPLATE_NAME,
    NameTakenError,
    TemplateLibrary,
    TemplateSource,
    file_error,
    write_text_atomically,
)
from wi_desktop.core.templates import (
    RoleTemplate,
    parse_template,
    read_template_file,
    template_to_json,
)

SHIPPED = sorted(p for p in (paths.resource_dir() / "templates").glob("*.json")
                 if p.name != SCHEMA_FILE_NAME)


@pytest.fixture
def library(repo, clock) -> TemplateLibrary:
    return TemplateLibrary(repo, clock)


@pytest.fixture
def dental(library) -> RoleTemplate:
    return library.get("Dental assistant").template


def _names(library: TemplateLibrary, source: TemplateSource | None = None) -> list[str]:
    return [e.name for e in library.list() if source is None or e.source is source]


def _with_anchor(template: RoleTemplate, competency: int, level: int, text: str) -> RoleTemplate:
    comps = list(template.competencies)
    anchors = list(comps[competency].anchors)
    anchors[level] = text
    comps[competency] = replace(comps[competency], anchors=tuple(anchors))
    return replace(template, competencies=tuple(comps))


# listing -------------------------------------------------------------------
def test_a_new_data_file_lists_the_shipped_templates_read_only(library):
    entries = library.list()
    assert len(entries) == len(SHIPPED) >= 7
    assert all(e.source is TemplateSource.SHIPPED and e.read_only for e in entries)
    assert all(e.updated_ms is None and e.template.name == e.name for e in entries)
    assert _names(library) == sorted(_names(library), key=str.casefold)


def test_get_ignores_case_and_spacing_and_says_when_missing(library):
    assert library.get("  dental   ASSISTANT ").name == "Dental assistant"
    with pytest.raises(NotFound, match="Plumber"):
        library.get("Plumber")


def test_saved_templates_are_listed_as_yours_beside_the_shipped_ones(library, dental, clock):
    saved = library.save(replace(dental, name="  Hygienist  ", description=" Cleans teeth. "))
    assert saved.name == "Hygienist" and saved.description == "Cleans teeth."
    entry = library.get("hygienist")
    assert entry.source is TemplateSource.YOURS and not entry.read_only
    assert entry.template == saved and entry.updated_ms == clock.now_ms()
    assert "Hygienist" in _names(library, TemplateSource.YOURS)
    assert len(_names(library, TemplateSource.SHIPPED)) == len(SHIPPED)


def test_a_saved_template_survives_reopening_the_data_file(repo, clock, dental):
    TemplateLibrary(repo, clock).save(replace(dental, name="Hygienist"))
    assert TemplateLibrary(repo, clock).get("Hygienist").template.competencies == (
        dental.competencies)


# name clashes --------------------------------------------------------------
def test_a_shipped_name_cannot_be_used_in_any_case(library, dental):
    with pytest.raises(NameTakenError) as caught:
        library.save(replace(dental, name="DENTAL  assistant"))
    assert "built-in template" in caught.value.message
    assert "Dental assistant (copy)" in caught.value.hint
    assert _names(library, TemplateSource.YOURS) == []


def test_another_of_your_names_is_refused_unless_it_is_the_one_replaced(library, dental):
    library.save(replace(dental, name="Hygienist"))
    library.save(replace(dental, name="Nurse"))
    with pytest.raises(NameTakenError, match="already have a template called “hygienist”"):
        library.save(replace(dental, name="hygienist"))
    with pytest.raises(NameTakenError):
        library.save(replace(dental, name="Hygienist"), replacing="Nurse")
    library.save(replace(dental, name="Hygienist", description="Changed."),
                 replacing="Hygienist")
    assert library.get("Hygienist").template.description == "Changed."


def test_saving_under_a_new_name_renames(library, dental):
    library.save(replace(dental, name="Hygienist"))
    library.save(replace(dental, name="Dental hygienist"), replacing="Hygienist")
    assert _names(library, TemplateSource.YOURS) == ["Dental hygienist"]


def test_a_built_in_template_cannot_be_replaced_or_deleted(library, dental):
    with pytest.raises(ValidationError, match="built-in template and cannot be changed"):
        library.save(replace(dental, name="Mine"), replacing="Dental assistant")
    with pytest.raises(ValidationError, match="Duplicate it"):
        library.delete("Dental assistant")
    assert "Dental assistant" in _names(library)


def test_replacing_or_deleting_an_unknown_template_is_not_found(library, dental):
    with pytest.raises(NotFound):
        library.save(dental, replacing="Ghost")
    with pytest.raises(NotFound):
        library.delete("Ghost")


# validation ----------------------------------------------------------------
def test_an_invalid_template_says_where_and_stores_nothing(library, dental):
    broken = replace(_with_anchor(dental, 1, 2, "   "), name="Hygienist")
    with pytest.raises(TemplateError) as caught:
        library.save(broken)
    assert caught.value.message.startswith(
        "competencies → 2 (“Problem solving”) → anchors → 3:")
    assert _names(library, TemplateSource.YOURS) == []


def test_a_template_with_no_tasks_is_refused(library, dental):
    with pytest.raises(TemplateError, match="tasks: needs at least 1 task, found 0"):
        library.save(replace(dental, name="Empty", tasks=()))


def test_a_bad_competency_key_is_refused_in_words(library, dental):
    comps = (replace(dental.competencies[0], key="Technical Skills"), *dental.competencies[1:])
    with pytest.raises(TemplateError, match="must be a short id in snake_case"):
        library.save(replace(dental, name="Mine", competencies=comps))


# duplicate and delete ------------------------------------------------------
def test_duplicating_a_shipped_template_makes_an_editable_copy(library, dental):
    first = library.duplicate("Dental assistant")
    second = library.duplicate("dental assistant")
    assert (first.name, second.name) == ("Dental assistant (copy)", "Dental assistant (copy 2)")
    assert replace(first, name=dental.name) == dental
    assert not library.get(first.name).read_only


def test_duplicate_to_a_chosen_name_and_refuse_a_taken_one(library):
    assert library.duplicate("Retail associate", "Shop floor").name == "Shop floor"
    with pytest.raises(NameTakenError):
        library.duplicate("Retail associate", "shop floor")


def test_delete_removes_only_that_template(library, dental):
    library.duplicate("Dental assistant")
    library.save(replace(dental, name="Hygienist"))
    library.delete("hygienist")
    assert _names(library, TemplateSource.YOURS) == ["Dental assistant (copy)"]


def test_copy_names_stay_within_the_name_limit(library, dental):
    long_name = "L" * MAX_TEMPLATE_NAME
    library.save(replace(dental, name=long_name))
    copy = library.duplicate(long_name)
    assert len(copy.name) == MAX_TEMPLATE_NAME and copy.name.endswith("L (copy)")


# stored data that no longer fits -----------------------------------------------
def test_an_unreadable_stored_template_is_skipped_and_reported(repo, library):
    with repo.transaction():
        repo.templates.save_user_template("Broken", '{"format": 1, "name": "Broken"}', 1)
    assert "Broken" not in _names(library)
    assert library.problems == [
        "Your template “Broken” cannot be read: top level: missing key \"description\""]


def test_a_stored_template_that_a_newer_version_ships_is_kept_as_yours(repo, clock, dental):
    with repo.transaction():
        repo.templates.save_user_template("Dental assistant", template_to_json(dental), 1)
    library = TemplateLibrary(repo, clock)
    assert library.get("Dental assistant").read_only
    mine = library.get("Dental assistant (yours)")
    assert mine.source is TemplateSource.YOURS
    library.save(replace(mine.template, name="My dental"), replacing=mine.name)
    assert repo.templates.list_user_templates()[0][0] == "My dental"
    library.delete("My dental")
    assert repo.templates.list_user_templates() == []


# import ----------------------------------------------------------------------
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_shipped_file_imports(repo, clock, path: Path):
    library = TemplateLibrary(repo, clock, shipped=lambda: ())
    imported = library.import_file(path)
    assert imported == read_template_file(path)
    assert library.get(imported.name).source is TemplateSource.YOURS


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_importing_a_shipped_file_unchanged_adds_nothing(library, path: Path):
    assert library.import_file(path) == read_template_file(path)
    assert _names(library, TemplateSource.YOURS) == []


def test_an_import_whose_name_is_taken_is_renamed(library, dental, tmp_path):
    path = tmp_path / "dental.json"
    path.write_text(template_to_json(replace(dental, description="Our own.")), "utf-8")
    assert library.import_file(path).name == "Dental assistant (imported)"
    path.write_text(template_to_json(replace(dental, description="Another.")), "utf-8")
    assert library.import_file(path).name == "Dental assistant (imported 2)"
    assert library.import_file(path).name == "Dental assistant (imported 2)"  # same again
    assert library.get("Dental assistant").template == dental


@pytest.mark.parametrize(("content", "expected"), [
    ('{"format": 1, "name": "X",\n  "tasks": [}', "evil.json: line 2, column 13: the file is "
     "not valid JSON"),
    ("[" * 50, "evil.json: line 1, column 9: the file is nested too deeply"),
    ('{"format": 2}', "evil.json: the file is in format 2, made by a newer version"),
    ("", "evil.json: the file is empty."),
])
def test_a_hostile_file_gives_the_template_error_and_adds_nothing(library, tmp_path, content,
                                                                  expected):
    path = tmp_path / "evil.json"
    path.write_text(content, "utf-8")
    with pytest.raises(TemplateError) as caught:
        library.import_file(path)
    assert caught.value.message.startswith(expected)
    assert _names(library, TemplateSource.YOURS) == []


def test_an_invalid_anchor_in_a_file_is_located(library, tmp_path):
    doc = json.loads(SHIPPED[0].read_text("utf-8"))
    doc["competencies"][1]["anchors"][3] = 42
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(TemplateError, match=r"^bad\.json: competencies → 2 \(“.+”\) → anchors "
                       r"→ 4: must be text in quotes, found 42$"):
        library.import_file(path)


def test_importing_a_missing_file_says_so(library, tmp_path):
    with pytest.raises(TemplateError, match="gone.json: the file could not be read"):
        library.import_file(tmp_path / "gone.json")


# export ----------------------------------------------------------------------
def test_export_then_parse_gives_the_same_template(library, tmp_path):
    copy = library.duplicate("Junior developer")
    path = tmp_path / "out" / "junior.json"
    path.parent.mkdir()
    library.export(copy.name, path)
    assert read_template_file(path) == copy
    assert parse_template(path.read_bytes()) == library.get(copy.name).template
    assert [p.name for p in path.parent.iterdir()] == ["junior.json"]


def test_export_replaces_an_existing_file_whole(library, tmp_path):
    path = tmp_path / "role.json"
    path.write_text("old " * 10_000, "utf-8")
    library.export("Warehouse associate", path)
    assert read_template_file(path).name == "Warehouse associate"


def test_export_under_a_file_names_the_path_and_leaves_nothing(library, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    blocker = folder / "notes.txt"
    blocker.write_text("a file, not a folder", "utf-8")
    target = blocker / "dental.json"
    with pytest.raises(StorageError) as caught:
        library.export("Dental assistant", target)
    assert str(target) in caught.value.message
    assert "is a file, not a folder" in caught.value.message
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert blocker.read_text("utf-8") == "a file, not a folder"


def test_export_onto_a_folder_names_it_and_removes_the_temp_file(library, tmp_path):
    target = tmp_path / "out" / "dental.json"
    target.mkdir(parents=True)
    with pytest.raises(StorageError, match="that is a folder") as caught:
        library.export("Dental assistant", target)
    assert str(target) in caught.value.message
    assert [p.name for p in target.parent.iterdir()] == ["dental.json"]
    assert target.is_dir() and not any(target.iterdir())


def test_export_into_a_missing_folder_names_it(library, tmp_path):
    target = tmp_path / "nowhere" / "dental.json"
    with pytest.raises(StorageError, match="does not exist") as caught:
        library.export("Dental assistant", target)
    assert str(target.parent) in caught.value.message


@pytest.mark.parametrize(("code", "kind", "words"), [
    (errno.ENOSPC, DiskFullError, "the disk is full"),
    (errno.EACCES, ReadOnlyError, "read-only"),
    (errno.EROFS, ReadOnlyError, "read-only"),
    (errno.EIO, StorageError, "Input/output error"),
])
def test_os_errors_become_typed_errors_naming_the_path(code, kind, words, tmp_path):
    path = tmp_path / "x.json"
    error = file_error(path, OSError(code, os.strerror(code)), "The template")
    assert type(error) is kind
    assert str(path) in error.message and words in error.message
    assert error.message.startswith("The template could not be written")


def test_a_failed_write_removes_its_temp_file(tmp_path, monkeypatch):
    def fail(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("wi_desktop.core.template_library.os.replace", fail)
    path = tmp_path / "x.json"
    path.write_text("kept", "utf-8")
    with pytest.raises(DiskFullError):
        write_text_atomically(path, "new")
    assert path.read_text("utf-8") == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_an_exported_copy_keeps_every_competency(library, tmp_path):
    comps = library.get("Office administrator").template.competencies
    library.duplicate("Office administrator", "Office manager")
    library.export("Office manager", tmp_path / "o.json")
    read = read_template_file(tmp_path / "o.json").competencies
    assert [c.key for c in read] == [c.key for c in comps]
    assert all(isinstance(c, Competency) and len(c.anchors) == 5 for c in read)
