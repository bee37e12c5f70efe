"""Parts that the summary and the letter share: feedback, pay facts and the signature block."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer, Table, TableStyle

from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf_fonts import SANS, SANS_ITALIC
from wi_desktop.export.pdf_layout import (
    BODY,
    CELL_BOLD,
    MUTED,
    SMALL,
    SUBHEAD,
    SignatureArea,
    fixed_text,
    section,
    signature_image,
    user_text,
)
from wi_desktop.export.pdf_text import truncate
from wi_desktop.languages.documents import N_, _

TYPED_MARK = BODY.clone("typed-mark", fontName=SANS_ITALIC, fontSize=17, leading=20,
                        spaceAfter=0)
FEEDBACK = (("strengths", N_("Strengths")), ("growth_areas", N_("Growth areas")),
            ("next_steps", N_("Next steps")))


def feedback_section(snapshot: SessionSnapshot, width: float, heading: str, *,
                     omit_empty: bool,
                     titles: tuple[tuple[str, str], ...] = FEEDBACK) -> list[Flowable]:
    story: list[Flowable] = []
    for key, title in titles:
        text = str(getattr(snapshot.feedback, key)).strip()
        if text:
            story += [fixed_text(_(title), SUBHEAD), user_text(text, BODY, width)]
        elif not omit_empty:
            story += [fixed_text(_(title), SUBHEAD),
                      fixed_text("<i>" + _("Nothing recorded.") + "</i>", SMALL)]
    return [*section(heading), *story] if story else []


def signature_block(snapshot: SessionSnapshot, width: float, area: SignatureArea, *,
                    heading: str = "", opening: str = "") -> list[Flowable]:
    """The observer's mark (typed, drawn, or a line to sign on), name and date, beside the
    box reserved for the digital signature; kept on one page."""
    column = width - area.width - 12
    mark = snapshot.signature
    left: list[Flowable] = [fixed_text(opening, BODY)] if opening else []
    left += _mark(snapshot, column)
    left += [HRFlowable(width=min(column, 75 * mm), thickness=0.6, color=MUTED,
                        spaceBefore=1, spaceAfter=3, hAlign="LEFT"),
             user_text(snapshot.session.observer_name, CELL_BOLD, column),
             fixed_text(_("Observer"), SMALL)]
    if mark is not None:
        signed = (_("Signed {when} (typed signature)") if mark.kind == "typed"
                  else _("Signed {when} (drawn signature)"))
        left.append(fixed_text(signed.format(when=words.stamp(snapshot, mark.signed_ms)),
                               SMALL))
    else:
        left.append(fixed_text(_("Date: {line}").format(line="_" * 22), SMALL))
    table = Table([[left, area]], colWidths=[column, area.width + 12], hAlign="LEFT",
                  style=TableStyle([("FONT", (0, 0), (-1, -1), SANS, 9),
                                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    if not heading:
        return [table]
    intent = fixed_text(_("By signing, the observer confirms that this summary is a true "
                          "record of what they observed."), SMALL)
    return [*section(heading, 200), KeepTogether([intent, Spacer(1, 8), table])]


def _mark(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    mark = snapshot.signature
    if mark is None:
        return [Spacer(1, 30)]  # room to sign a printed copy by hand
    if mark.kind == "drawn" and mark.png:
        image = signature_image(mark.png, min(width, 75 * mm), 22 * mm)
        if image is not None:
            return [image]
    return [user_text(truncate(mark.text or snapshot.session.observer_name, 120), TYPED_MARK,
                      width)]


def time_and_pay(snapshot: SessionSnapshot) -> list[tuple[str, str]]:
    """The candidate's view of the terms: hours, pay, status and what happens to the work."""
    return [(_("Hours worked"), words.hours(snapshot, for_candidate=True)),
            (_("Pay"), words.pay_terms(snapshot)),
            (_("Amount"), words.owed(snapshot)), (_("Payment"), words.payment(snapshot)),
            (_("Engaged as"), words.worker_status(snapshot, basis=False)),
            (_("Confidentiality and IP"), words.confidentiality(snapshot)),
            (_("Your work"), words.work_product(snapshot))]
