"""What an amendment changed: two session records (core/record.py) compared field by field,
as a list a reader can check: what, old → new; notes added, edited or removed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases

SESSION_FIELDS = ("candidate", "role", "location", "started", "ended", "recommendation")
TASK_FIELDS = ("title", "planned_minutes", "state", "completed", "instructions")
NOTE_FIELDS = ("text", "task", "competency", "mark")
MAX_VALUE = 400  # a long text is shown shortened; the records hold it whole


@dataclass(frozen=True, slots=True)
class RecordChange:
    what: str
    old: str
    new: str


def record_changes(old: Mapping[str, Any], new: Mapping[str, Any],
                   locale: str = "") -> tuple[RecordChange, ...]:
    """Every difference between OLD and NEW that a person made (not the bookkeeping of
    finalising, exporting and signing), in the order of the record; amounts of money as
    the business's LOCALE writes them (``18.00 USD`` without one)."""
    changes: list[RecordChange] = []
    changes += _fields("Session", old.get("session", {}), new.get("session", {}), SESSION_FIELDS)
    changes += _by_key("Task", old.get("tasks", []), new.get("tasks", []), "id",
                       lambda t: str(t.get("title", "")), TASK_FIELDS)
    changes += _scores(old.get("scores", []), new.get("scores", []))
    changes += _by_key("Note", old.get("notes", []), new.get("notes", []), "id",
                       lambda n: str(n.get("text", "")), NOTE_FIELDS)
    for area, title in (("pay", "Pay"), ("agreements", "Agreements"), ("feedback", "Feedback")):
        before, after = old.get(area, {}), new.get(area, {})
        if area == "pay":
            before, after = _money(before, locale), _money(after, locale)
        changes += _fields(title, before, after, tuple(dict.fromkeys([*before, *after])))
    changes += _by_key("Debrief", old.get("debrief", []), new.get("debrief", []), "position",
                       lambda a: str(a.get("question", "")), ("answer",))
    return tuple(changes)


def changes_since_signed(cases: UseCases, session_id: int, now_ms: int,
                         tz: dt.tzinfo | None = None
                         ) -> tuple[int, tuple[RecordChange, ...]] | None:
    """The last version signed with its record kept, and what changed since; None when no
    signed file kept its record."""
    from wi_desktop.core.record import session_record

    with cases.reading():
        last = cases.finalising.last_signed_record(session_id)
        if last is None:
            return None
        try:
            before = json.loads(last[1])
        except ValueError:
            return None
        now = session_record(cases, session_id, now_ms=now_ms, tz=tz)
        locale = cases.business.business().locale
    return last[0], record_changes(before, now, locale)


def _fields(area: str, old: Mapping[str, Any], new: Mapping[str, Any],
            names: Iterable[str]) -> list[RecordChange]:
    return [RecordChange(f"{area}: {name.replace('_', ' ')}", _shown(old.get(name)),
                         _shown(new.get(name)))
            for name in names if not _same(old.get(name), new.get(name))]


def _same(old: object, new: object) -> bool:
    """Equal values; two times are the same instant whatever zone each was written in."""
    if old == new:
        return True
    if isinstance(old, str) and isinstance(new, str) and "T" in old and "T" in new:
        try:
            return dt.datetime.fromisoformat(old) == dt.datetime.fromisoformat(new)
        except ValueError:
            return False
    return False


def _by_key(area: str, old: list[dict[str, Any]], new: list[dict[str, Any]], key: str,
            name_of: Any, names: tuple[str, ...]) -> list[RecordChange]:
    before = {item.get(key): item for item in old}
    after = {item.get(key): item for item in new}
    changes: list[RecordChange] = []
    for ident, item in after.items():
        if ident not in before:
            changes.append(RecordChange(f"{area} added", "", _shown(name_of(item))))
            continue
        label = f"{area} “{shortened(name_of(before[ident]), 60)}”"
        changes += _fields(label, before[ident], item, names)
    for ident, item in before.items():
        if ident not in after:
            changes.append(RecordChange(f"{area} removed", _shown(name_of(item)), ""))
    return changes


def _scores(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[RecordChange]:
    before = {s.get("competency"): s for s in old}
    changes = []
    for score in new:
        key = score.get("competency")
        was = before.get(key, {})
        if was.get("level") != score.get("level"):
            changes.append(RecordChange(f"Score: {key}", _shown(was.get("level")),
                                        _shown(score.get("level"))))
        if sorted(was.get("evidence", [])) != sorted(score.get("evidence", [])):
            changes.append(RecordChange(f"Evidence for {key}",
                                        _notes(was.get("evidence", [])),
                                        _notes(score.get("evidence", []))))
    return changes


def _money(pay: Mapping[str, Any], locale: str) -> dict[str, Any]:
    """PAY with its amounts in cents written as amounts (``hourly rate: $18.00``)."""
    from wi_desktop.core.business import money

    currency = str(pay.get("currency") or "")
    shown: dict[str, Any] = {}
    for name, value in pay.items():
        if name.endswith("_cents"):
            name = name.removesuffix("_cents")
            if isinstance(value, int):
                value = (money(value, currency, locale) if locale and currency
                         else f"{value / 100:,.2f} {currency}".strip())
        shown[name] = value
    return shown


def _notes(ids: list[Any]) -> str:
    return f"{len(ids)} note{'s' if len(ids) != 1 else ''}" if ids else "none"


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return shortened(str(value), MAX_VALUE)


def shortened(text: str, limit: int) -> str:
    """TEXT, or its first LIMIT - 1 characters and an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
