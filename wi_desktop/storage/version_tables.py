"""Rows of the record's versions: signed files, amendments and the certificates that
signed."""

from __future__ import annotations

from dataclasses import astuple
from typing import TYPE_CHECKING

from wi_desktop.storage.sql import Sql

if TYPE_CHECKING:  # loaded on first use
    from wi_desktop.core.versions import Amendment, SignedFile


class VersionTables:
    """Rows of signed_files, amendments and observer_certificates."""

    __slots__ = ("sql",)

    def __init__(self, sql: Sql) -> None:
        self.sql = sql

    def add_signed_file(self, signed: SignedFile, record_json: str = "") -> None:
        self.sql.write(
            "INSERT INTO signed_files (session_id, kind, version, observer, "
            "certificate_sha256, sha256, size_bytes, path, signed_ms, record_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*astuple(signed), record_json))

    def last_signed_record(self, session_id: int) -> tuple[int, str] | None:
        """The version and session record of the last file signed with its record kept."""
        rows = self.sql.query(
            "SELECT version, record_json FROM signed_files WHERE session_id = ? "
            "AND record_json != '' ORDER BY signed_ms DESC, id DESC LIMIT 1", (session_id,))
        return (int(rows[0][0]), str(rows[0][1])) if rows else None

    def load_signed_files(self, session_id: int) -> list[SignedFile]:
        from wi_desktop.core.versions import SignedFile

        return [SignedFile(*row) for row in self.sql.query(
            "SELECT session_id, kind, version, observer, certificate_sha256, sha256, "
            "size_bytes, path, signed_ms FROM signed_files WHERE session_id = ? "
            "ORDER BY signed_ms, id", (session_id,))]

    def add_amendment(self, session_id: int, amendment: Amendment) -> None:
        self.sql.write(
            "INSERT INTO amendments (session_id, amended_by, reason, amended_ms, "
            "previous_finalised_ms) VALUES (?, ?, ?, ?, ?)", (session_id, *astuple(amendment)))

    def load_amendments(self, session_id: int) -> list[Amendment]:
        from wi_desktop.core.versions import Amendment

        return [Amendment(*row) for row in self.sql.query(
            "SELECT amended_by, reason, amended_ms, previous_finalised_ms FROM amendments "
            "WHERE session_id = ? ORDER BY amended_ms, id", (session_id,))]

    def save_certificate(self, sha256: str, observer: str, certificate_pem: str,
                         added_ms: int) -> None:
        self.sql.write("INSERT OR IGNORE INTO observer_certificates (sha256, observer, "
                    "certificate_pem, added_ms) VALUES (?, ?, ?, ?)",
                    (sha256, observer, certificate_pem, added_ms))
