"""The PDF documents of a session, made with reportlab from a SessionSnapshot (no Qt):

- the internal session summary the employer files,
- the feedback letter the candidate receives (never the internal notes or the decision),
- the task briefing the candidate gets before the day.

Each returns the PDF's bytes; nothing here writes a file. The summary and the letter also
say where their box for a visible digital signature is, for export/signing.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable

from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.core.speech import say
from wi_desktop.export.pdf_fonts import ExportError, register_fonts
from wi_desktop.export.pdf_layout import PAGE_SIZES, PageDecor, SignatureArea, frame_width, render
from wi_desktop.export.pdf_letter import briefing_story, letter_story
from wi_desktop.export.pdf_letterhead import letterhead
from wi_desktop.export.pdf_summary import summary_story
from wi_desktop.export.pdf_words import date_of, stamp
from wi_desktop.languages.documents import _

PageSize = str | tuple[float, float]  # "letter", "a4", or (width, height) in points

__all__ = ["ExportError", "PageSize", "PdfDocument", "build_briefing", "build_letter",
           "build_summary", "render_letter", "render_summary"]


@dataclass(frozen=True)
class PdfDocument:
    """A PDF and the place reserved for its visible digital signature: the page counted
    from 0 and the rectangle (x1, y1, x2, y2) in points from that page's lower-left corner,
    as pyHanko's SigFieldSpec(on_page=, box=) takes them."""

    data: bytes
    signature_page: int
    signature_rect: tuple[float, float, float, float]


def render_summary(snapshot: SessionSnapshot, *, include_notes: bool = True,
                   page_size: PageSize = "letter") -> PdfDocument:
    size = _size(page_size)
    story, area = summary_story(snapshot, frame_width(size), include_notes=include_notes)
    story = letterhead(snapshot.business, frame_width(size)) + story
    session = snapshot.session
    title = _("Working interview summary")
    decor = PageDecor(
        title=title,
        subtitle=f"{session.candidate_name}  ·  {session.role_name}  ·  "
                 f"{date_of(snapshot, snapshot.day_ms)}",
        running=f"{title}  ·  {session.candidate_name}  ·  {session.role_name}",
        marking=_("INTERNAL: NOT FOR THE CANDIDATE"), footer=_footer(snapshot),
        page_size=size)
    return _document(story, area, decor, snapshot,
                     _("Internal record of a working interview"))


def render_letter(snapshot: SessionSnapshot, *, include_scores: bool = False,
                  page_size: PageSize = "letter", candidate_ack: bool = False) -> PdfDocument:
    size = _size(page_size)
    story, area = letter_story(snapshot, frame_width(size), include_scores=include_scores,
                               candidate_ack=candidate_ack)
    story = letterhead(snapshot.business, frame_width(size)) + story
    session = snapshot.session
    heading = _("Feedback for {name}").format(name=session.candidate_name) + \
        f"  ·  {session.role_name}"
    decor = PageDecor(title=_("Your working interview"), subtitle=heading, running=heading,
                      marking="", footer=_footer(snapshot), page_size=size)
    return _document(story, area, decor, snapshot, _("Feedback on a working interview"))


def build_summary(snapshot: SessionSnapshot, *, include_notes: bool = True,
                  page_size: PageSize = "letter") -> bytes:
    """The internal session summary as PDF bytes."""
    return render_summary(snapshot, include_notes=include_notes, page_size=page_size).data


def build_letter(snapshot: SessionSnapshot, *, include_scores: bool = False,
                 page_size: PageSize = "letter") -> bytes:
    """The candidate's feedback letter as PDF bytes; scores only when INCLUDE_SCORES."""
    return render_letter(snapshot, include_scores=include_scores, page_size=page_size).data


def build_briefing(snapshot: SessionSnapshot, *, page_size: PageSize = "letter") -> bytes:
    """The task outline given to the candidate: role, each task's time box and instructions."""
    size = _size(page_size)
    session = snapshot.session
    title = _("Task briefing")
    decor = PageDecor(title=title, subtitle=f"{session.role_name}  ·  "
                      f"{date_of(snapshot, snapshot.day_ms)}",
                      running=f"{title}  ·  {session.role_name}", marking="",
                      footer=_footer(snapshot), page_size=size)
    story = letterhead(snapshot.business, frame_width(size)) + briefing_story(
        snapshot, frame_width(size))
    return render(story, decor, author=session.observer_name,
                  subject=_("Task briefing for a working interview"))


def _document(story: list[Flowable], area: SignatureArea, decor: PageDecor,
              snapshot: SessionSnapshot, subject: str) -> PdfDocument:
    data = render(story, decor, author=snapshot.session.observer_name, subject=subject)
    if area.placed is None:
        raise ExportError(say("The signature area was not laid out."),
                          hint=say("This is a bug; please report it."))
    page, rect = area.placed
    return PdfDocument(data, page, rect)


def _size(page_size: PageSize) -> tuple[float, float]:
    register_fonts()  # before any Paragraph is made
    if isinstance(page_size, str):
        try:
            return PAGE_SIZES[page_size.lower()]
        except KeyError:
            raise ValueError(f"unknown page size {page_size!r}; use 'letter' or 'a4'") from None
    return (float(page_size[0]), float(page_size[1]))


def _footer(snapshot: SessionSnapshot) -> str:
    return _("Made {when} with Working Interview Observer").format(
        when=stamp(snapshot, snapshot.taken_ms))
