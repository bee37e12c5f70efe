"""The comparison PDF for the hiring file: the candidates' facts side by side, their
profiles as a chart, and a box for the observer's digital signature; signed and written
whole or not at all (export/signing.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.numbers import format_decimal
from reportlab.lib.pagesizes import landscape
from reportlab.platypus import Flowable, Spacer

from wi_desktop.comparison.chart import profile_chart
from wi_desktop.comparison.facts import Candidate, Comparison
from wi_desktop.core.business import Business, money
from wi_desktop.export.pdf import PdfDocument
from wi_desktop.export.pdf_fonts import register_fonts
from wi_desktop.export.pdf_layout import (
    CELL,
    CELL_BOLD,
    LABEL,
    MARGIN,
    PAGE_SIZES,
    PageDecor,
    SignatureArea,
    data_table,
    fixed_text,
    frame_width,
    render,
    section,
    user_text,
)
from wi_desktop.languages.documents import _, locale_for, writing_in

if TYPE_CHECKING:
    from wi_desktop.export.keys import ObserverKeyStore

PER_TABLE = 6  # candidate columns in one table; more go on in a table below
RECOMMENDATIONS = {"strong_yes": "Strong yes", "yes": "Yes", "no": "No",
                   "strong_no": "Strong no", "no_decision": "No decision"}


@dataclass(frozen=True)
class ComparisonRequest:
    session_ids: tuple[int, ...]
    observer: str  # who signs
    passphrase: str
    out_path: Path
    language: str = "en"
    page_size: str = "letter"
    organisation: str = ""  # for a key made now


def render_comparison(comparison: Comparison, *, observer: str, business: Business,
                      made_ms: int, page_size: str = "letter") -> PdfDocument:
    """The comparison as PDF bytes with its signature box (in the language being written)."""
    register_fonts()  # before any Paragraph is made
    size = landscape(PAGE_SIZES[page_size.lower()])
    width = frame_width(size)
    roles = sorted({c.role for c in comparison.candidates}, key=str.casefold)
    role = roles[0] if len(roles) == 1 else _("several roles")
    made = dt.datetime.fromtimestamp(made_ms / 1000)
    story: list[Flowable] = [fixed_text(_(
        "{count} candidates for {role}, side by side. Scores are on each rubric's scale of "
        "1 to {scale}; a competency not observed is not a score and is left out of the "
        "composite.").format(count=len(comparison.candidates), role=escape(role),
                             scale=comparison.scale_max))]
    if comparison.mixed_roles:
        story.append(fixed_text(_("These candidates were seen for different roles: their "
                                  "scores may not measure the same things.")))
    locale = locale_for(business.locale)
    for first in range(0, len(comparison.candidates), PER_TABLE):
        group = comparison.candidates[first:first + PER_TABLE]
        story += [Spacer(1, 8), _table(comparison.competencies, group, width, locale)]
    chart = profile_chart(comparison, width)
    room = size[1] - 2 * MARGIN - 60  # a page's frame, less the section's heading
    if chart.height > room:  # many competencies: the chart shrinks to fit one page
        factor = room / chart.height
        chart.scale(factor, factor)
        chart.width, chart.height = chart.width * factor, room
    story += section(_("Competency profiles"), room=chart.height + 40)
    story.append(chart)
    area = SignatureArea()
    story += [Spacer(1, 12), area]
    title = _("Candidate comparison")
    decor = PageDecor(title=title, subtitle=f"{role}  ·  {_date(made.date(), locale)}",
                      running=f"{title}  ·  {role}",
                      marking=_("INTERNAL: NOT FOR THE CANDIDATES"),
                      footer=_("Made {when} with Working Interview Observer").format(
                          when=f"{_date(made.date(), locale)} {made:%H:%M}"),
                      page_size=size)
    data = render(story, decor, author=observer, subject=_("Candidate comparison"))
    if area.placed is None:
        from wi_desktop.export.pdf_fonts import ExportError

        raise ExportError(_("The signature area was not laid out."))
    page, rect = area.placed
    return PdfDocument(data, page, rect)


def _table(competencies: Sequence[str], group: Sequence[Candidate], width: float,
           locale: str) -> Any:
    label_width = min(150.0, width * 0.24)
    column = (width - label_width) / max(len(group), 1)
    def row(label: str, cells: Sequence[str], style: Any = CELL) -> list[Any]:
        return [fixed_text(escape(label), LABEL)] + [fixed_text(escape(c), style)
                                                      for c in cells]

    rows: list[list[Any]] = [[""] + [user_text(c.candidate, CELL_BOLD, column)
                                     for c in group]]
    rows.append(row(_("Composite"), [_number(c.composite, locale) for c in group], CELL_BOLD))
    for name in competencies:
        rows.append([user_text(name, LABEL, label_width)]
                    + [fixed_text(_score(c, name), CELL) for c in group])
    rows.append(row(_("Recommendation"), [_(RECOMMENDATIONS.get(c.recommendation,
                                                                 "No decision"))
                                          for c in group]))
    rows.append(row(_("Time on tasks"), [_times(c) for c in group]))
    rows.append(row(_("Pay owed"), [money(c.owed_cents, c.currency, locale) + _so_far(c)
                                    if c.owed_cents is not None
                                    else _("Unpaid or not decided") for c in group]))
    rows.append(row(_("Date"), [_date(dt.date.fromisoformat(c.day), locale) for c in group]))
    rows.append([fixed_text(escape(_("Observers")), LABEL)]
                + [user_text(", ".join(c.observers) or "—", CELL, column) for c in group])
    return data_table(rows, [label_width] + [column] * len(group))


def _score(candidate: Candidate, name: str) -> str:
    if not candidate.has(name):
        return "—"
    level = candidate.score(name)
    notes = candidate.evidence.get(name, 0)
    evidence = _("{count} notes").format(count=notes) if notes != 1 else _("1 note")
    small = f"<font size='7' color='#666666'>{escape(evidence)}</font>"
    if level is None:
        return f"<i>{escape(_('Not observed'))}</i><br/>{small}"
    return "<b>" + escape(_("{level} of {scale}").format(
        level=level, scale=candidate.scale_max)) + f"</b><br/>{small}"


def _times(candidate: Candidate) -> str:
    return _("{actual} min of {planned} planned").format(
        actual=round(candidate.task_ms / 60_000),
        planned=round(candidate.planned_ms / 60_000)) + _so_far(candidate)


def _so_far(candidate: Candidate) -> str:
    return " " + _("(so far: running)") if candidate.running else ""


def _number(value: float | None, locale: str) -> str:
    return "—" if value is None else str(format_decimal(round(value, 2), "0.00", locale=locale))


def _date(day: dt.date, locale: str) -> str:
    from babel.dates import format_date

    try:
        return str(format_date(day, "medium", locale=locale))
    except Exception:  # noqa: BLE001 - a locale stored by hand: the ISO day
        return day.isoformat()


def sign_comparison(comparison: Comparison, keys: ObserverKeyStore, request: ComparisonRequest,
                    *, business: Business, made_ms: int) -> bytes:
    """Unlock (or make) the observer's key, build the comparison in REQUEST's language, sign
    it and write it atomically; the signed bytes. Nothing is written when any step fails."""
    from wi_desktop.export.signing import write_signed_pdf

    if not keys.exists(request.observer):
        keys.create(request.observer, request.passphrase, request.organisation)
    signer = keys.load_signer(request.observer, request.passphrase)
    with writing_in(request.language):
        document = render_comparison(comparison, observer=request.observer,
                                     business=business, made_ms=made_ms,
                                     page_size=request.page_size)
        reason = _("Candidate comparison")
    return write_signed_pdf(document.data, signer, field_rect=document.signature_rect,
                            page=document.signature_page, out_path=request.out_path,
                            reason=reason, signer_name=request.observer)


__all__ = ["ComparisonRequest", "render_comparison", "sign_comparison"]
