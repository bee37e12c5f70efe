"""The picture inside the signature field: "Digitally signed by", the signer's name and
when, drawn by the documents' own typesetting, so the name shows whole and as typed in any
script, in fonts that are embedded. pyHanko shows it as the field's appearance (a page
imported as its background).
"""

from __future__ import annotations

import datetime as dt
import io

from wi_desktop.languages.documents import _

STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M %Z"
SIZE = 10.0  # points, made smaller (down to MIN_SIZE) for a long name or a small field
MIN_SIZE = 5.0
PADDING = 6.0
LEADING = 1.25


def stamp_pdf(name: str, signed: dt.datetime, width: float, height: float) -> bytes:
    """A one-page PDF the size of the signature field: a thin border, then the signer's
    name and the time of signing, each on a line of its own."""
    from reportlab.pdfgen.canvas import Canvas

    from wi_desktop.export.pdf_fonts import SANS, register_fonts
    from wi_desktop.export.pdf_layout import draw_line

    register_fonts()
    lines = (_("Digitally signed by"), " ".join(name.split()), signed.strftime(STAMP_TIME_FORMAT))
    room = width - 2 * PADDING
    size = _fitting_size(lines, room, height - 2 * PADDING)
    out = io.BytesIO()
    # reportlab names its starting font in every page's resources: ours, not an unembedded
    # Helvetica that pdffonts would report
    canvas = Canvas(out, pagesize=(width, height), initialFontName=SANS, initialFontSize=size)
    canvas.setLineWidth(1)
    canvas.rect(0.5, 0.5, width - 1, height - 1)
    step = size * LEADING
    top = height / 2 + step * (len(lines) - 1) / 2 - size * 0.35
    for index, line in enumerate(lines):
        draw_line(canvas, PADDING, top - index * step, line, SANS, size, max_width=room)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _fitting_size(lines: tuple[str, ...], room: float, tall: float) -> float:
    """The largest size up to SIZE at which every line fits ROOM and all of them TALL
    (never under MIN_SIZE: a name longer still is shortened with …)."""
    from wi_desktop.export.pdf_fonts import SANS
    from wi_desktop.export.typeset.lines import set_lines

    widest = max((line.width for text in lines for line in set_lines(text, SANS, SIZE, 0)),
                 default=0.0)
    size = SIZE * min(1.0, 0.97 * room / widest if widest else 1.0,  # kerning aside
                      tall / (SIZE * LEADING * len(lines)))
    return max(MIN_SIZE, size)
