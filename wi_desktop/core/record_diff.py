"""What an amendment changed: two session records (core/record.py) compared field by field,
as a list a reader can check: what, old → new; notes added, edited or removed.

Each change says what changed in English (``what``) and keeps the words of it apart from
its blanks, so that the window says it in its language and a PDF in its own
(``RecordChange.label(words)``, ``value(text, words)``); the fields are named as the session
record's JSON names them. The words are marked ``change_word`` for both catalogues."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wi_desktop.core.use_cases import UseCases

SESSION_FIELDS = ("candidate", "role", "location", "started", "ended", "recommendation")
TASK_FIELDS = ("title", "planned_minutes", "state", "completed", "instructions")
NOTE_FIELDS = ("text", "task", "competency", "mark")
MAX_VALUE = 400  # a long text is shown shortened; the records hold it whole


Words = Callable[[str], str]


def change_word(text: str) -> str:
    """Marks TEXT for the window's and the documents' catalogues; translated where shown."""
    return text


# the areas as the changes name them, marked here for the catalogues
AREAS = (change_word("Session"), change_word("Task"), change_word("Note"), change_word("Pay"),
         change_word("Agreements"), change_word("Feedback"), change_word("Debrief"))
VALUE_WORDS = frozenset((change_word("yes"), change_word("no")))


@dataclass(frozen=True, slots=True)
class RecordChange:
    what: str  # in English
    old: str
    new: str
    template: str = field(default="", compare=False)  # WHAT's words, with {blanks}
    blanks: tuple[tuple[str, str, bool], ...] = field(default=(), compare=False)
    # (name, value, whether the value is a word to translate too)

    def label(self, words: Words) -> str:
        """What changed, in the language WORDS translates into."""
        if not self.template:
            return self.what
        return words(self.template).format(**{name: words(value) if translated else value
                                              for name, value, translated in self.blanks})


def value(text: str, words: Words) -> str:
    """An old or new value as shown: yes and no in the language of WORDS."""
    return words(text) if text in VALUE_WORDS else text


def _change(template: str, old: str, new: str, **blanks: tuple[str, bool]) -> RecordChange:
    english = template.format(**{name: text for name, (text, _) in blanks.items()})
    return RecordChange(english, old, new, template,
                        tuple((name, text, translated)
                              for name, (text, translated) in blanks.items()))


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
            names: Iterable[str], item: str = "") -> list[RecordChange]:
    """The fields of NAMES that differ; AREA's ITEM when given (a task by its title)."""
    template = (change_word("{area} “{item}”: {field}") if item
                else change_word("{area}: {field}"))
    return [_change(template, _shown(old.get(name)), _shown(new.get(name)),
                    area=(area, True), item=(item, False),
                    field=(name.replace("_", " "), False))
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
            changes.append(_change(change_word("{area} added"), "", _shown(name_of(item)),
                                   area=(area, True)))
            continue
        changes += _fields(area, before[ident], item, names,
                           item=shortened(name_of(before[ident]), 60))
    for ident, item in before.items():
        if ident not in after:
            changes.append(_change(change_word("{area} removed"), _shown(name_of(item)), "",
                                   area=(area, True)))
    return changes


def _scores(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[RecordChange]:
    before = {s.get("competency"): s for s in old}
    changes = []
    for score in new:
        key = score.get("competency")
        was = before.get(key, {})
        if was.get("level") != score.get("level"):
            changes.append(_change(change_word("Score: {competency}"),
                                   _shown(was.get("level")), _shown(score.get("level")),
                                   competency=(str(key), False)))
        if sorted(was.get("evidence", [])) != sorted(score.get("evidence", [])):
            changes.append(_change(change_word("Notes of evidence for {competency}"),
                                   str(len(was.get("evidence", []))),
                                   str(len(score.get("evidence", []))),
                                   competency=(str(key), False)))
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


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return shortened(str(value), MAX_VALUE)


def shortened(text: str, limit: int) -> str:
    """TEXT, or its first LIMIT - 1 characters and an ellipsis."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
