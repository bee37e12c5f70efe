"""Taking the data out as tables: the rows of each table, and a table written to a file in
the format its name asks for (CSV, XLSX or JSON), whole or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wi_desktop.tables.kinds import Column, TableFilter, format_of, table_named

if TYPE_CHECKING:
    from wi_desktop.core.ports import Store
    from wi_desktop.core.use_cases import UseCases

Row = tuple[Any, ...]
Progress = Callable[[int], None]  # rows written so far

# the views' column for each table's key, where the two differ
EVERYTHING = TableFilter()
_VIEW_COLUMN = {"session_time": "session_seconds", "evidence_count": "evidence"}


class TableService:
    def __init__(self, store: Store, cases: UseCases) -> None:
        self.store = store
        self.cases = cases

    def rows(self, table: str, where: TableFilter = EVERYTHING) -> Iterator[Row]:
        """TABLE's rows, in its columns' order (kinds.TABLES), oldest session first."""
        columns = table_named(table)
        filters = {"role": where.role, "since": where.since, "until": where.until}
        if table == "pay":
            return self._pay_rows(filters)
        if table == "audit":
            return self.store.views.audit_rows(**filters)
        names = [_VIEW_COLUMN.get(column.key, column.key) for column in columns]
        return self.store.views.view_rows(table, names, **filters)

    def write(self, table: str, out: Path, where: TableFilter = EVERYTHING, *,
              progress: Progress | None = None) -> int:
        """Write TABLE to OUT (format from its suffix); returns the number of rows. The file
        appears whole, or an existing one stays as it was."""
        from wi_desktop.tables.formats import write_table

        columns = table_named(table)
        suffix = format_of(out.name)
        with self.store.read():  # one consistent picture, however long the writing takes
            if suffix == ".csv" and table in ("sessions", "notes", "scores"):
                fields = self.store.views.csv_rows(
                    table, [(_VIEW_COLUMN.get(c.key, c.key), str(c.kind)) for c in columns],
                    role=where.role, since=where.since, until=where.until)
                return write_table(out, suffix, columns, fields, progress, quoted=True)
            return write_table(out, suffix, columns, self.rows(table, where), progress)

    def _pay_rows(self, filters: dict[str, str]) -> Iterator[Row]:
        sessions = list(self.store.views.view_rows(
            "sessions", ["session_id", "candidate", "role", "date"], **filters))
        for session_id, candidate, role, day in sessions:
            view = self.cases.pay.pay_view(int(session_id))
            pay = view.pay
            yield (session_id, candidate, role, day, pay.paid, str(pay.basis),
                   _money(pay.hourly_rate_cents), _money(pay.fixed_amount_cents),
                   pay.currency, round(view.hours.paid_ms / 3_600_000, 2),
                   _money(view.owed_cents) if pay.paid else None, pay.payment_date or None,
                   pay.payment_method, pay.worker_status, pay.occupation)


def _money(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def columns_of(table: str) -> tuple[Column, ...]:
    return table_named(table)
