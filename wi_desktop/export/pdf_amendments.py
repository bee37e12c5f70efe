"""The Amendments section of the summary: each time the finalised record was reopened, in
order, who did it, when and why, and which signed version it amends, by that file's hash."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from wi_desktop.core.record_diff import value
from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.core.versions import SignedFile
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf_layout import (
    CELL,
    CELL_BOLD,
    SMALL,
    SUBHEAD,
    data_table,
    fixed_text,
    section,
    user_text,
)
from wi_desktop.languages.documents import N_, _

KINDS = {"summary": N_("summary"), "letter": N_("letter")}  # the kind of a signed file


def amends_text(signed: SignedFile | None) -> str:
    """``Version 1 (summary), SHA-256 0123… in four groups``: the hash a reader can compare
    with ``sha256sum`` of the earlier file."""
    if signed is None:
        return _("Nothing had been signed yet")
    digest = " ".join(signed.sha256[i:i + 16] for i in range(0, len(signed.sha256), 16))
    return _("Version {version} ({kind}), SHA-256 {digest}").format(
        version=signed.version, kind=_(KINDS.get(signed.kind, signed.kind)), digest=digest)


def amendments_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    if not snapshot.amendments:
        return []
    widths = [18, 80, 80, 0.0, 140]
    widths[3] = width - sum(widths)
    rows: list[list[object]] = [["#", _("When"), _("By"), _("Why"), _("Amends")]]
    for number, line in enumerate(snapshot.amendments, start=1):
        change = line.amendment
        rows.append([str(number), fixed_text(words.stamp(snapshot, change.amended_ms), CELL),
                     user_text(change.amended_by, CELL, widths[2]),
                     user_text(change.reason, CELL, widths[3]),
                     fixed_text(amends_text(line.amends), SMALL)])
    return [*section(_("Amendments")),
            fixed_text(_("This record was reopened after it was finalised. Each earlier "
                         "version stays as it was signed; its hash is given here."), SMALL),
            data_table(rows, widths), *changes_table(snapshot, width)]


def changes_table(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    if snapshot.changed_since is None:
        return []
    version, changes = snapshot.changed_since
    title = fixed_text(_("What changed since version {version}").format(version=version),
                       SUBHEAD)
    if not changes:
        return [Spacer(1, 6), title,
                fixed_text(_("Nothing in the record has changed."), SMALL)]
    widths = [150, 0.0, 0.0]
    widths[1] = widths[2] = (width - widths[0]) / 2
    rows: list[list[object]] = [[_("What"), _("Was"), _("Now")]]
    rows += [[user_text(c.label(_), CELL_BOLD, widths[0]),
              user_text(value(c.old, _), CELL, widths[1]),
              user_text(value(c.new, _), CELL, widths[2])] for c in changes]
    return [Spacer(1, 6), title, data_table(rows, widths)]
