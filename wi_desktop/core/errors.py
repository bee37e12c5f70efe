"""Typed errors: failures a user can meet, each with words to show them."""

from __future__ import annotations

from wi_desktop.core.speech import say, say_later


class WiError(Exception):
    """Base of every error the program explains to its user."""

    title = say_later("Something went wrong")

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    @property
    def heading(self) -> str:
        """The title in the language the program speaks."""
        return say(self.title)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ValidationError(WiError):
    """Input that cannot be accepted as it is (an empty name, no tasks...)."""

    title = say_later("Please check what you entered")


class ReasonRequired(ValidationError):
    """A correction of something already recorded, asked for without saying why."""

    title = say_later("Please give a reason")

    def __init__(self, message: str, *, field: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.field = field


class InvalidTransition(WiError):
    """A timer or session action that does not fit the current state."""

    title = say_later("Not possible right now")


class FinalisedError(InvalidTransition):
    """The session's record is finalised: changes go through an amendment."""

    title = say_later("This record is finalised")

    def __init__(self) -> None:
        super().__init__(say("This session is finalised; its record can no longer be changed."),
                         hint=say("To change it, amend the record (Session → Amend…); the "
                                  "signed versions stay as they are."))


class NotFound(WiError):
    """A session, task or note that no longer exists."""

    title = say_later("Not found")


class FileWriteError(WiError):
    """A file could not be written to the place chosen."""

    title = say_later("The file could not be saved")


class StorageError(WiError):
    """The data file could not be read or written."""

    title = say_later("Your data could not be saved or read")


class ForeignFileError(StorageError):
    """The file is not a SQLite database at all."""

    title = say_later("Not a Working Interview Observer file")


class ForeignDatabaseError(StorageError):
    """A SQLite database that belongs to another program."""

    title = say_later("Another program's database")


class NewerSchemaError(StorageError):
    """Written by a newer version of this program."""

    title = say_later("Made by a newer version")


class CorruptDatabaseError(StorageError):
    """Our file, but damaged."""

    title = say_later("The data file is damaged")


class DiskFullError(StorageError):
    """No space left where the data lives."""

    title = say_later("The disk is full")


class ReadOnlyError(StorageError):
    """The data folder or file cannot be written."""

    title = say_later("The data folder is read-only")


class BackupError(StorageError):
    """A backup could not be made, or a chosen backup cannot be restored."""

    title = say_later("The backup could not be used")
