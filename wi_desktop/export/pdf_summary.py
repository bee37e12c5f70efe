"""The internal session summary: the employer's record of the interview."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wi_desktop.core.model import Note, Polarity
from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf_amendments import amendments_section
from wi_desktop.export.pdf_chart import score_chart
from wi_desktop.export.pdf_layout import (
    BAND_FILL,
    BODY,
    CELL,
    CELL_BOLD,
    CONCERN,
    SMALL,
    STRENGTH,
    SUBHEAD,
    SignatureArea,
    data_table,
    facts_table,
    fixed_text,
    section,
    user_text,
)
from wi_desktop.export.pdf_paged import Cell, PagedTable, Row
from wi_desktop.export.pdf_parts import feedback_section, signature_block
from wi_desktop.export.pdf_text import truncate

NOTE_CHARS = 1_500  # a note longer than this is cut in the timeline, saying by how much
NOTE_LINES = 25
NOTE_MAX_HEIGHT = 330.0  # points: half a page
FULL_NOTE_CHARS = 20_000  # a cut note is given whole after the timeline, up to this length
_PIECE_CHARS = 2_000  # a note given whole is set in paragraphs of about this length


def summary_story(snapshot: SessionSnapshot, width: float, *,
                  include_notes: bool) -> tuple[list[Flowable], SignatureArea]:
    story: list[Flowable] = [header_facts(snapshot, width)]
    story += amendments_section(snapshot, width)
    story += pay_section(snapshot, width)
    story += tasks_section(snapshot, width)
    story += scores_section(snapshot, width, include_notes=include_notes)
    if include_notes:
        cut: list[int] = []
        story += timeline_section(snapshot, width, cut)
        story += notes_in_full_section(snapshot, width, cut)
    story += debrief_section(snapshot, width)
    story += feedback_section(snapshot, width, "Feedback and next steps given to the candidate",
                              omit_empty=False)
    area = SignatureArea()
    story += signature_block(snapshot, width, area, heading="Observer's sign-off")
    return story, area


def header_facts(snapshot: SessionSnapshot, width: float) -> Flowable:
    session = snapshot.session
    if snapshot.finalised_ms is not None:
        status = f"Finalised {words.stamp(snapshot, snapshot.finalised_ms)}"
    else:
        status = f"{session.status.label}, not finalised"
    facts = [("Candidate", session.candidate_name), ("Role", session.role_name),
             ("Date", words.date_of(snapshot, snapshot.day_ms)),
             ("Location", session.location or "Not recorded"),
             ("Observer", session.observer_name), ("Session time", words.session_period(snapshot)),
             ("Role template", snapshot.template_name or "None (planned by hand)"),
             ("Status", status)]
    return facts_table(facts, width, pairs=2)


def pay_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    pay, terms = snapshot.pay.pay, snapshot.agreements
    facts = [("Pay", words.pay_terms(snapshot)), ("Hours worked", words.hours(snapshot)),
             ("Amount owed", words.owed(snapshot)), ("Payment", words.payment(snapshot)),
             ("Worker status", words.worker_status(snapshot))]
    if pay.occupation.strip():
        facts.append(("Occupation", pay.occupation))
    if pay.candidate_address.strip():
        facts.append(("Candidate's address", pay.candidate_address))
    facts += [("Confidentiality and IP", words.confidentiality(snapshot)),
              ("Consent to notes", words.acknowledged(snapshot, terms.consent_given_ms, "Given",
                                                     "consent_given_ms")),
              ("Work produced", words.work_product(snapshot)),
              ("Task briefing", words.acknowledged(snapshot, terms.briefing_acknowledged_ms,
                                                   "Acknowledged", "briefing_acknowledged_ms"))]
    story: list[Flowable] = [*section("Pay, worker status and agreements"),
                             facts_table(facts, width)]
    if snapshot.pay.audit:
        story += [Spacer(1, 6), fixed_text("Changes to the pay record", SUBHEAD),
                  _audit_table(snapshot, width)]
    return story


def _audit_table(snapshot: SessionSnapshot, width: float) -> Flowable:
    widths = [62, 84, 88, 88, 0.0]
    widths[-1] = width - sum(widths)
    rows: list[list[object]] = [["When", "What", "From", "To", "Why, and who"]]
    for entry in snapshot.pay.audit:
        old, new = (words.pay_value(snapshot, entry.field, v)
                    for v in (entry.old_value, entry.new_value))
        rows.append([snapshot.local(entry.changed_ms).strftime("%d %b %Y\n%H:%M"),
                     fixed_text(words.PAY_FIELDS.get(entry.field, "Other"), CELL),
                     user_text(truncate(old, 300), CELL, widths[2]),
                     user_text(truncate(new, 300), CELL, widths[3]),
                     user_text(truncate(f"{entry.reason} ({entry.changed_by})", 600), CELL,
                               widths[4])])
    return data_table(rows, widths)


def tasks_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [18, 0.0, 58, 58, 86, 54]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [["#", "Task", "Planned", "Actual", "Difference", "State"]]
    extra: list[tuple[object, ...]] = []
    for number, task in enumerate(snapshot.tasks, start=1):
        difference = task.actual_ms - task.planned_ms
        if task.overrun_ms:
            text = f"{words.span(task.overrun_ms)} over"
            extra.append(("TEXTCOLOR", (4, number), (4, number), CONCERN))
            extra.append(("FONT", (4, number), (4, number), CELL_BOLD.fontName, 8.5, 11))
        elif task.actual_ms:
            text = f"{words.span(-difference)} under" if difference else "On time"
        else:
            text = "—"
        rows.append([str(number), user_text(task.title, CELL, widths[1]),
                     words.span(task.planned_ms), words.span(task.actual_ms) if task.actual_ms
                     else "—", text, task.state.label])
    planned = sum(t.planned_ms for t in snapshot.tasks)
    actual = sum(t.actual_ms for t in snapshot.tasks)
    rows.append(["", "Total", words.span(planned), words.span(actual), "", ""])
    extra.append(("FONT", (0, -1), (-1, -1), CELL_BOLD.fontName, 8.5, 11))
    return [*section("Tasks: planned and actual time"),
            data_table(rows, widths, extra=extra), *departures_table(snapshot, width)]


def departures_table(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    """How this plan departs from the role template, each with its reason: comparing
    candidates is fair only when the differences are on record."""
    if not snapshot.departures:
        return []
    widths = [width * 0.45, width * 0.55]
    rows: list[list[object]] = [["Departure from the template", "Why"]]
    rows += [[user_text(d.describe(), CELL, widths[0]), user_text(d.reason, CELL, widths[1])]
             for d in snapshot.departures]
    name = snapshot.template_name or "the role template"
    return [Spacer(1, 3 * mm),
            user_text(f"This plan departs from “{name}” for this candidate:", SUBHEAD, width),
            data_table(rows, widths)]


def scores_section(snapshot: SessionSnapshot, width: float, *,
                   include_notes: bool) -> list[Flowable]:
    widths = [108, 62, 0.0, 66]
    widths[2] = width - sum(widths)
    rows: list[list[object]] = [["Competency", "Score", "What that level looks like",
                                 "Evidence"]]
    for line in snapshot.rubric:
        name = line.competency.name
        if line.competency.weight != 1:
            name += f" (weight {line.competency.weight:g})"
        evidence = snapshot.cited(line) or "None"
        rows.append([user_text(name, CELL_BOLD, widths[0]),
                     words.level(line.level, line.competency.levels),
                     user_text(truncate(line.anchor, 600), CELL, widths[2]) if line.level
                     else fixed_text("<i>Not observed: left out of the composite</i>", SMALL),
                     Paragraph(evidence, CELL)])
    composite = snapshot.composite
    story: list[Flowable] = [*section("Scores on the anchored rubric"),
                             data_table(rows, widths), Spacer(1, 10),
                             score_chart(snapshot.rubric, width, composite.value),
                             Spacer(1, 8)]
    story.append(facts_table([("Composite score", snapshot.composite_text),
                              ("Recommendation", _recommendation(snapshot))], width))
    if not include_notes:
        story.append(fixed_text("The notes cited as evidence are left out of this copy.",
                                SMALL))
    return story


def _recommendation(snapshot: SessionSnapshot) -> Flowable:
    label = snapshot.recommendation.label
    return fixed_text(f"<b>{label}</b> <font size=7.5 color='#5F6C7B'>(the observer's "
                      "decision, not computed)</font>", CELL)


def timeline_section(snapshot: SessionSnapshot, width: float,
                     cut: list[int] | None = None) -> list[Flowable]:
    """Every note in order, numbered N1, N2... as the rubric cites them; a shaded row
    names the task whenever the running task changes. The numbers of the notes it had to
    cut are added to CUT."""
    if not snapshot.notes:
        return [*section("Notes timeline"), fixed_text("No notes were taken.", BODY)]
    widths = [26, 30, 42, 84, 14, 0.0]
    widths[-1] = width - sum(widths)
    positions = {task.id: number for number, task in enumerate(snapshot.tasks, start=1)}
    rows: list[Row] = []
    current: object = object()
    for number, note in enumerate(snapshot.notes, start=1):
        if note.task_id != current:
            current = note.task_id
            rows.append(_task_band(snapshot, note.task_id, positions, width))
        rows.append(_note_row(snapshot, number, note, widths, cut))
    commands = [("FONT", (0, 1), (4, -1), CELL.fontName, 7.5, 10),
                ("ALIGN", (4, 0), (4, -1), "CENTER")]
    return [*section("Notes timeline", 60 * mm),
            PagedTable(["N", "Time", "Session", "Competency", "±", "Note"], rows, widths,
                       commands)]


def notes_in_full_section(snapshot: SessionSnapshot, width: float,
                          cut: list[int]) -> list[Flowable]:
    """The notes the timeline had to cut (numbers CUT), each given whole up to
    FULL_NOTE_CHARS; beyond that, the session record embedded in the signed PDF holds it."""
    story: list[Flowable] = section("Notes in full") if cut else []
    for number in cut:
        note = snapshot.notes[number - 1]
        text = truncate(note.text, FULL_NOTE_CHARS)
        story.append(fixed_text(f"<b>N{number}</b> ({len(note.text):,} characters"
                                + ("; the whole of it is in the session record embedded in "
                                   "this PDF)" if text != note.text else ")"), SMALL))
        story += [user_text(piece, CELL, width) for piece in _pieces(text)]
    return story


def _pieces(text: str) -> list[str]:
    """TEXT in consecutive pieces of about _PIECE_CHARS, cut after a space or line break
    where there is one (a paragraph of a few thousand characters lays out quickly)."""
    pieces = []
    while len(text) > _PIECE_CHARS:
        cut = max(text.rfind(" ", 0, _PIECE_CHARS), text.rfind("\n", 0, _PIECE_CHARS))
        cut = cut + 1 if cut > _PIECE_CHARS // 2 else _PIECE_CHARS
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text else pieces


def _task_band(snapshot: SessionSnapshot, task_id: int | None, positions: dict[int, int],
               width: float) -> Row:
    if task_id is None or task_id not in positions:
        cell = Cell("No task running", False)
    else:
        cell = Cell.of(f"Task {positions[task_id]}: {snapshot.task_title(task_id)}",
                       _META_BOLD, width)
    commands = [("SPAN", 0, -1), ("BACKGROUND", 0, -1, BAND_FILL),
                ("FONT", 0, -1, _META_BOLD.fontName, 7.5, 10),
                ("TOPPADDING", 0, -1, 2.5), ("BOTTOMPADDING", 0, -1, 2.5)]
    if cell.rtl:
        commands.append(("ALIGN", 0, -1, "RIGHT"))
    return Row([cell.value, "", "", "", "", ""], [10.0] * 6, commands, span=True)


def _note_row(snapshot: SessionSnapshot, number: int, note: Note,
              widths: list[float], cut: list[int] | None) -> Row:
    competency = snapshot.competency_name(note.competency_key) if note.competency_key else ""
    edited = (f" (edited {words.clock_time(snapshot, note.edited_ms)})"
              if note.edited_ms is not None else "")
    tag = Cell.of(competency, _META, widths[3])
    body, whole = _note_cell(note.text, edited, widths[5])
    if not whole and cut is not None:
        cut.append(number)
    commands: list[tuple[object, ...]] = []
    if note.polarity is not Polarity.NEUTRAL:
        colour = STRENGTH if note.polarity is Polarity.STRENGTH else CONCERN
        commands += [("TEXTCOLOR", 4, 4, colour), ("FONT", 4, 4, CELL_BOLD.fontName, 9, 10)]
    commands += [("ALIGN", column, column, "RIGHT")
                 for column, cell in ((3, tag), (5, body)) if cell.rtl]
    return Row([f"N{number}", words.clock_time(snapshot, note.created_ms),
                _session_clock(note.elapsed_ms), tag.value, note.polarity.symbol, body.value],
               [10.0] * 5 + [11.0], commands)


def _note_cell(text: str, edited: str, width: float) -> tuple[Cell, bool]:
    """The note's text, cut so that its row stays well within a page whatever the script;
    and whether it is whole."""
    limit = NOTE_CHARS
    while True:
        shown = truncate(text, limit, NOTE_LINES)
        if shown != text:
            shown = shown[:-1] + "; in full under “Notes in full”)"
        cell = Cell.of(shown + edited, CELL, width)
        if limit <= 100 or cell.height(width, CELL.leading) <= NOTE_MAX_HEIGHT:
            return cell, shown == text
        limit //= 2


_META = CELL.clone("meta", fontSize=7.5, leading=10)
_META_BOLD = CELL_BOLD.clone("meta-bold", fontSize=7.5, leading=10)


def _session_clock(elapsed_ms: int) -> str:
    seconds = elapsed_ms // 1000
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def debrief_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    if not snapshot.debrief:
        return []
    story: list[Flowable] = section("Debrief")
    for answer in snapshot.debrief:
        reply = (user_text(answer.answer, BODY, width) if answer.answer.strip()
                 else fixed_text("<i>No answer recorded.</i>", SMALL))
        story += [user_text(answer.question, SUBHEAD, width), reply]
    return story

