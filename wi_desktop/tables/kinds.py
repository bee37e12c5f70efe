"""The tables a business can take out of the data file, and their columns (no Qt, no SQL).

Each column has a key (the CSV header, the JSON key, the XLSX header) and a type, from
which each format writes its cells: numbers as numbers, times as times, durations as
durations, and nothing (never 0) for a score that was not observed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.speech import say


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    MONEY = "money"  # a decimal amount in the row's currency
    DATE = "date"  # ISO 8601 date
    TIME = "time"  # ISO 8601 instant with its offset
    SECONDS = "seconds"  # a duration, written H:MM:SS in text
    HOURS = "hours"  # a duration in decimal hours, as payroll writes it
    BOOL = "bool"


@dataclass(frozen=True)
class Column:
    key: str
    kind: Kind = Kind.TEXT


def _columns(*spec: str) -> tuple[Column, ...]:
    """"key:kind" (kind text when left out)."""
    made = []
    for item in spec:
        key, _sep, kind = item.partition(":")
        made.append(Column(key, Kind(kind or "text")))
    return tuple(made)


TABLES: dict[str, tuple[Column, ...]] = {
    "sessions": _columns(
        "session_id:int", "candidate", "role", "location", "observer", "date:date",
        "started:time", "ended:time", "status", "finalised:time", "template", "notes:int",
        "composite:number", "recommendation"),
    "notes": _columns(
        "session_id:int", "candidate", "observer", "wall_time:time", "session_time:seconds",
        "task", "competency", "mark", "text"),
    "scores": _columns(
        "session_id:int", "candidate", "role", "date:date", "observer", "competency",
        "weight:number", "score:int", "evidence_count:int", "composite:number",
        "recommendation"),
    "pay": _columns(
        "session_id:int", "candidate", "role", "date:date", "paid:bool", "basis",
        "hourly_rate:money", "fixed_amount:money", "currency", "hours:hours",
        "amount_owed:money", "payment_date:date", "payment_method", "worker_status",
        "occupation"),
    "audit": _columns(
        "session_id:int", "candidate", "role", "changed:time", "field", "old_value",
        "new_value", "reason", "changed_by"),
}
FORMATS = (".csv", ".xlsx", ".json")


@dataclass(frozen=True)
class TableFilter:
    """Sessions of one role (any case), whose day lies within since..until (inclusive)."""

    role: str = ""
    since: str = ""
    until: str = ""

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise ValidationError(
                        say("“{text}” is not a date.").format(text=value),
                        hint=say("Write dates as YYYY-MM-DD, e.g. 2026-03-31.")) from None
        if self.since and self.until and self.since > self.until:
            raise ValidationError(say("The range from {since} to {until} is empty.")
                                  .format(since=self.since, until=self.until),
                                  hint=say("Give the earlier date first."))


def table_named(name: str) -> tuple[Column, ...]:
    try:
        return TABLES[name]
    except KeyError:
        raise ValidationError(say("There is no table “{name}”.").format(name=name),
                              hint=say("Choose one of: {names}.").format(
                                  names=", ".join(TABLES))) from None


def format_of(file_name: str) -> str:
    """The format a file's name asks for (its suffix, any case)."""
    suffix = "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if suffix not in FORMATS:
        raise ValidationError(
            say("The file name “{file_name}” does not say which format to write.")
            .format(file_name=file_name),
            hint=say("End it with .csv (any spreadsheet), .xlsx (Excel) or .json."))
    return suffix
