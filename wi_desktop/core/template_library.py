"""The role-template library: the shipped templates (read-only) and the user's own.

The user's templates live in the data file as template JSON, one per name. Names are unique
across both kinds, compared without regard to case or spacing: a built-in template is never
shadowed, so "Dental assistant" always means the shipped one; to change it, duplicate it.

Import never overwrites. A file whose template has a name already in the library is added
as "NAME (imported)", then "NAME (imported 2)", ...; a file equal to the template of that
name already there adds nothing and returns the one in the library.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from wi_desktop.core.clock import Clock
from wi_desktop.core.errors import (
    DiskFullError,
    NotFound,
    ReadOnlyError,
    StorageError,
    ValidationError,
)
from wi_desktop.core.ports import Store
from wi_desktop.core.speech import say, say_later
from wi_desktop.core.template_checks import TemplateError
from wi_desktop.core.templates import (
    RoleTemplate,
    load_shipped_templates,
    parse_template,
    read_template_file,
    template_to_json,
)

MAX_TEMPLATE_NAME = 200  # the schema's limit for one line of text
MAX_KEY = 40  # the schema's limit for a competency key


class TemplateSource(StrEnum):
    SHIPPED = "shipped"
    YOURS = "yours"


@dataclass(frozen=True)
class LibraryEntry:
    name: str
    source: TemplateSource
    template: RoleTemplate
    updated_ms: int | None = None  # when the user last saved it; None for shipped ones

    @property
    def read_only(self) -> bool:
        return self.source is TemplateSource.SHIPPED


class NameTakenError(ValidationError):
    """A template name already used in the library."""

    title = say_later("This name is already used")


def name_key(name: str) -> str:
    """How names are compared: case and spacing do not make two names different."""
    return " ".join(name.split()).casefold()


class TemplateLibrary:
    """Lists, saves, copies, deletes, imports and exports role templates."""

    def __init__(self, store: Store, clock: Clock, *,
                 shipped: Callable[[], Sequence[RoleTemplate]] = load_shipped_templates) -> None:
        self.store = store
        self.clock = clock
        self._load_shipped = shipped
        self._shipped: tuple[RoleTemplate, ...] | None = None
        self._parsed: dict[str, RoleTemplate] = {}  # stored JSON → template, parsed once
        self.problems: list[str] = []  # stored templates that could not be read, in words

    # reading -------------------------------------------------------------
    def list(self) -> list[LibraryEntry]:
        """Every template, by name; shipped before yours when names sort together."""
        entries = [LibraryEntry(t.name, TemplateSource.SHIPPED, t) for t in self._shipped_list()]
        entries.extend(entry for entry, _stored in self._user_entries())
        return sorted(entries, key=lambda e: (e.name.casefold(), e.source != "shipped"))

    def get(self, name: str) -> LibraryEntry:
        wanted = name_key(name)
        for entry in self.list():
            if name_key(entry.name) == wanted:
                return entry
        raise NotFound(say("There is no role template called “{name}”.").format(name=name))

    def is_free(self, name: str, *, replacing: str | None = None) -> bool:
        """Whether NAME can be given to a new template (or to the one called REPLACING)."""
        taken = {name_key(e.name) for e in self.list()}
        if replacing is not None:
            taken.discard(name_key(replacing))
        return name_key(name) not in taken

    def unused_name(self, base: str, *, first: str = " (copy)", then: str = " (copy {n})") -> str:
        """BASE+FIRST, or BASE+THEN with n = 2, 3, ... until the name is free."""
        for n in range(1, 10_000):
            suffix = first if n == 1 else then.format(n=n)
            candidate = _fit(base, suffix)
            if self.is_free(candidate):
                return candidate
        raise NameTakenError(say("Too many templates are called “{base}”; please rename some.")
                             .format(base=base))

    # writing -------------------------------------------------------------
    def save(self, template: RoleTemplate, *, replacing: str | None = None) -> RoleTemplate:
        """Store TEMPLATE as one of yours, replacing the one called REPLACING (which may have
        had another name). Returns the template as stored (text trimmed, names tidied)."""
        stored = parse_template(template_to_json(template))  # the file's own checks
        old_key = self._stored_name(replacing) if replacing is not None else None
        self._check_name_free(stored.name, replacing)
        with self.store.transaction():
            if old_key is not None and old_key != stored.name:
                self.store.templates.delete_user_template(old_key)
            self.store.templates.save_user_template(stored.name, template_to_json(stored),
                                         self.clock.now_ms())
        return stored

    def duplicate(self, name: str, new_name: str | None = None) -> RoleTemplate:
        """A copy of the template called NAME, saved as yours ("NAME (copy)" by default)."""
        source = self.get(name)
        return self.save(replace(source.template, name=new_name or self.unused_name(source.name)))

    def delete(self, name: str) -> None:
        """Delete one of your templates; sessions made from it keep their own copy."""
        stored = self._stored_name(name)
        with self.store.transaction():
            self.store.templates.delete_user_template(stored)

    def import_file(self, path: Path) -> RoleTemplate:
        """Add the template in the file at PATH (a TemplateError says what is wrong and where).
        A name already used gets " (imported)"; the same template again adds nothing."""
        template = read_template_file(path)
        for name in self._import_names(template.name):
            if self.is_free(name):
                return self.save(replace(template, name=name))
            existing = self.get(name)
            if existing.template == replace(template, name=existing.name):
                return existing.template
        raise NameTakenError(say("Too many templates are called “{name}”; please rename some.")
                             .format(name=template.name))

    @staticmethod
    def _import_names(base: str) -> Iterator[str]:
        yield base
        yield _fit(base, " (imported)")
        for n in range(2, 1000):
            yield _fit(base, f" (imported {n})")

    def export(self, name: str, path: Path) -> None:
        """Write the template called NAME to PATH as template JSON, atomically."""
        text = template_to_json(self.get(name).template)
        write_text_atomically(path, text, what=say("The role template"))

    # helpers -------------------------------------------------------------
    def _shipped_list(self) -> tuple[RoleTemplate, ...]:
        if self._shipped is None:
            self._shipped = tuple(self._load_shipped())
        return self._shipped

    def _user_entries(self) -> Iterator[tuple[LibraryEntry, str]]:
        """(entry, name in the data file) for each readable user template."""
        self.problems = []
        shipped = {name_key(t.name) for t in self._shipped_list()}
        for stored_name, text, updated_ms in self.store.templates.list_user_templates():
            template = self._parse_stored(stored_name, text)
            if template is None:
                continue
            if name_key(template.name) in shipped:  # a newer version shipped this name
                template = replace(template, name=_fit(template.name, " (yours)"))
            yield LibraryEntry(template.name, TemplateSource.YOURS, template,
                               updated_ms), stored_name

    def _parse_stored(self, stored_name: str, text: str) -> RoleTemplate | None:
        if text not in self._parsed:
            try:
                self._parsed[text] = parse_template(text)
            except TemplateError as error:
                self.problems.append(f"Your template “{stored_name}” cannot be read: "
                                     f"{error.message}")
                return None
        return self._parsed[text]

    def _stored_name(self, name: str) -> str:
        """The data-file name of your template called NAME; shipped ones cannot change."""
        wanted = name_key(name)
        for entry, stored in self._user_entries():
            if name_key(entry.name) == wanted:
                return stored
        if any(name_key(t.name) == wanted for t in self._shipped_list()):
            raise ValidationError(
                say("“{name}” is a built-in template and cannot be changed or deleted.")
                .format(name=name),
                hint=say("Duplicate it to make your own version."))
        raise NotFound(say("There is no role template of yours called “{name}”.").format(name=name))

    def _check_name_free(self, name: str, replacing: str | None) -> None:
        if self.is_free(name, replacing=replacing):
            return
        shipped = [t.name for t in self._shipped_list() if name_key(t.name) == name_key(name)]
        if shipped:
            raise NameTakenError(
                say("name: “{name}” is the name of a built-in template; please choose another.")
                .format(name=name),
                hint=say("For your own version, duplicate it (e.g. “{name} (copy)”).")
                     .format(name=shipped[0]))
        raise NameTakenError(say("name: you already have a template called “{name}”; please "
                                 "choose another name.").format(name=name))


def competency_key(name: str, taken: Iterable[str] = ()) -> str:
    """A snake_case key made from NAME ("Communication & collaboration" →
    "communication_collaboration"), made unique among TAKEN with _2, _3, ..."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = "_".join(re.findall(r"[a-z0-9]+", plain.lower()))
    if not key[:1].isalpha():
        key = f"c_{key}" if key else "competency"
    key = key[:MAX_KEY].rstrip("_")
    used = set(taken)
    number, unique = 2, key
    while unique in used:
        unique = f"{key[:MAX_KEY - len(str(number)) - 1].rstrip('_')}_{number}"
        number += 1
    return unique


def _fit(base: str, suffix: str) -> str:
    """BASE + SUFFIX, BASE shortened so the whole stays within the name limit."""
    base = " ".join(base.split())
    return base[:MAX_TEMPLATE_NAME - len(suffix)].rstrip() + suffix


# files ----------------------------------------------------------------------
def write_text_atomically(path: Path, text: str, *, what: str = "") -> None:
    """Write TEXT (UTF-8) to PATH so PATH holds either the old bytes or all the new ones:
    a temp file in the same folder, flushed to disk, then renamed over PATH. An OSError
    becomes a StorageError naming the path; no temp file is left behind."""
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                                 dir=path.parent)
    except OSError as error:
        raise file_error(path, error, what) from None
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(text.encode("utf-8"))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise file_error(path, error, what) from None
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def file_error(path: Path, error: OSError, what: str = "") -> StorageError:
    """ERROR in words that name PATH, typed by what the user can do about it."""
    what = what or say("The file")
    code = error.errno
    reason = error.strerror or str(error)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(say("{what} could not be written to “{path}”: the disk is full.")
                             .format(what=what, path=path),
                             hint=say("Free some space or choose another place."))
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyError(say("{what} could not be written to “{path}”: the folder is "
                                 "read-only or you may not write there.")
                             .format(what=what, path=path),
                             hint=say("Choose another folder."))
    if code == errno.ENOENT:
        return StorageError(say("{what} could not be written to “{path}”: the folder "
                                "“{parent}” does not exist.")
                            .format(what=what, path=path, parent=path.parent),
                            hint=say("Choose another folder."))
    if code == errno.ENOTDIR:
        return StorageError(say("{what} could not be written to “{path}”: part of that path is "
                                "a file, not a folder.").format(what=what, path=path),
                            hint=say("Choose another folder."))
    if code == errno.EISDIR:
        return StorageError(say("{what} could not be written to “{path}”: that is a folder.")
                            .format(what=what, path=path),
                            hint=say("Choose a file name."))
    return StorageError(say("{what} could not be written to “{path}” ({reason}).")
                        .format(what=what, path=path, reason=reason),
                        hint=say("Choose another place."))
