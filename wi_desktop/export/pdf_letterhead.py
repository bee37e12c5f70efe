"""The business's letterhead at the top of every document: its logo beside its name,
address and contact line. Nothing when no business details were set."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from wi_desktop.core.business import Business
from wi_desktop.export.pdf_layout import RULE, SMALL, SUBHEAD, signature_image, user_text

LOGO_WIDTH = 45 * mm
LOGO_HEIGHT = 18 * mm


def letterhead(business: Business, width: float) -> list[Flowable]:
    if not business.letterhead:
        return []
    logo = signature_image(business.logo_png, LOGO_WIDTH, LOGO_HEIGHT) \
        if business.logo_png else None
    logo_column = logo.drawWidth + 10 if logo is not None else 0.0
    text_width = width - logo_column
    lines: list[Flowable] = []
    if business.name.strip():
        lines.append(user_text(business.name, SUBHEAD, text_width))
    for line in business.address.splitlines():
        if line.strip():
            lines.append(user_text(line, SMALL, text_width))
    if business.contact.strip():
        lines.append(user_text(business.contact, SMALL, text_width))
    if logo is not None:
        block: Flowable = Table([[logo, lines]], colWidths=[logo_column, text_width])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        head = [block]
    else:
        head = lines
    return [*head, Spacer(1, 3), HRFlowable(width="100%", thickness=0.6, color=RULE),
            Spacer(1, 8)]
