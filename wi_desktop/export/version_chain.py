"""The chain of signed versions a verified PDF names: the earlier files its embedded session
record lists by SHA-256, the amendments that reopened it, and whether given earlier files
are the ones it names."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def named_versions(record_bytes: bytes | None) -> tuple[list[dict[str, Any]],
                                                         list[dict[str, Any]]]:
    """(earlier signed documents, amendments) from a session record; empty when the PDF
    holds no record or one that cannot be read."""
    if record_bytes is None:
        return [], []
    try:
        record = json.loads(record_bytes)
        documents = [d for d in record.get("documents", []) if isinstance(d, dict)]
        amendments = [a for a in record.get("amendments", []) if isinstance(a, dict)]
    except (ValueError, AttributeError):
        return [], []
    return documents, amendments


def chain_lines(record_bytes: bytes | None) -> list[str]:
    """What a verified PDF says of the versions before it, one line each."""
    documents, amendments = named_versions(record_bytes)
    lines = [f"Amended {a.get('when', '?')} by {a.get('by', '?')}: {a.get('reason', '')}"
             for a in amendments]
    lines += [f"Names version {d.get('version', '?')} of the {d.get('kind', '?')}, signed "
              f"{d.get('signed', '?')} by {d.get('observer', '?')}, SHA-256 {d.get('sha256')}"
              for d in documents]
    return lines


def earlier_in_chain(record_bytes: bytes | None, earlier: Path) -> dict[str, Any] | None:
    """The entry naming EARLIER (by its SHA-256) in the record, or None."""
    digest = hashlib.sha256(earlier.read_bytes()).hexdigest()
    documents, _ = named_versions(record_bytes)
    return next((d for d in documents if d.get("sha256") == digest), None)
