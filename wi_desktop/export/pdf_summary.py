"""The internal session summary: the employer's record of the interview."""

from __future__ import annotations

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wi_desktop.core.model import Departure, Note, Polarity
from wi_desktop.core.snapshot import RubricLine, SessionSnapshot
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
from wi_desktop.languages.documents import N_, _

NOTE_CHARS = 1_500  # a note longer than this is cut in the timeline, saying by how much
NOTE_LINES = 25
NOTE_MAX_HEIGHT = 330.0  # points: half a page
FULL_NOTE_CHARS = 20_000  # a cut note is given whole after the timeline, up to this length
_PIECE_CHARS = 2_000  # a note given whole is set in paragraphs of about this length
_CITED = 40  # the notes cited for a competency that its cell names (core: snapshot.cited)

# the words of core's labels (session status, task state, recommendation), marked here to
# be gathered for translation
LABELS = (N_("Not started"), N_("In progress"), N_("Ended"), N_("Finalised"),
          N_("Running"), N_("Paused"), N_("Done"),
          N_("No decision"), N_("Strong no"), N_("No"), N_("Yes"), N_("Strong yes"))


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
    story += feedback_section(snapshot, width,
                              _("Feedback and next steps given to the candidate"),
                              omit_empty=False)
    area = SignatureArea()
    story += signature_block(snapshot, width, area, heading=_("Observer's sign-off"))
    return story, area


def header_facts(snapshot: SessionSnapshot, width: float) -> Flowable:
    session = snapshot.session
    if snapshot.finalised_ms is not None:
        status = _("Finalised {when}").format(
            when=words.stamp(snapshot, snapshot.finalised_ms))
    else:
        status = _("{status}, not finalised").format(status=_(session.status.label))
    facts = [(_("Candidate"), session.candidate_name), (_("Role"), session.role_name),
             (_("Date"), words.date_of(snapshot, snapshot.day_ms)),
             (_("Location"), session.location or _("Not recorded")),
             (_("Observer"), session.observer_name),
             (_("Session time"), words.session_period(snapshot)),
             (_("Role template"), snapshot.template_name or _("None (planned by hand)")),
             (_("Status"), status)]
    return facts_table(facts, width, pairs=2)


def pay_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    pay, terms = snapshot.pay.pay, snapshot.agreements
    facts = [(_("Pay"), words.pay_terms(snapshot)), (_("Hours worked"), words.hours(snapshot)),
             (_("Amount owed"), words.owed(snapshot)), (_("Payment"), words.payment(snapshot)),
             (_("Worker status"), words.worker_status(snapshot))]
    if pay.occupation.strip():
        facts.append((_("Occupation"), pay.occupation))
    if pay.candidate_address.strip():
        facts.append((_("Candidate's address"), pay.candidate_address))
    facts += [(_("Confidentiality and IP"), words.confidentiality(snapshot)),
              (_("Consent to notes"), words.acknowledged(snapshot, terms.consent_given_ms,
                                                        _("Given"), "consent_given_ms")),
              (_("Work produced"), words.work_product(snapshot)),
              (_("Task briefing"), words.acknowledged(snapshot, terms.briefing_acknowledged_ms,
                                                      _("Acknowledged"),
                                                      "briefing_acknowledged_ms"))]
    story: list[Flowable] = [*section(_("Pay, worker status and agreements")),
                             facts_table(facts, width)]
    if snapshot.pay.audit:
        story += [Spacer(1, 6), fixed_text(_("Changes to the pay record"), SUBHEAD),
                  _audit_table(snapshot, width)]
    return story


def _audit_table(snapshot: SessionSnapshot, width: float) -> Flowable:
    widths = [62, 84, 88, 88, 0.0]
    widths[-1] = width - sum(widths)
    rows: list[list[object]] = [[_("When"), _("What"), _("From"), _("To"), _("Why, and who")]]
    for entry in snapshot.pay.audit:
        old, new = (words.pay_value(snapshot, entry.field, v)
                    for v in (entry.old_value, entry.new_value))
        rows.append([_audit_time(snapshot, entry.changed_ms),
                     fixed_text(_(words.PAY_FIELDS[entry.field]) if entry.field in
                                words.PAY_FIELDS else _("Other"), CELL),
                     user_text(truncate(old, 300), CELL, widths[2]),
                     user_text(truncate(new, 300), CELL, widths[3]),
                     user_text(truncate(f"{entry.reason} ({entry.changed_by})", 600), CELL,
                               widths[4])])
    return data_table(rows, widths)


def tasks_section(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [18, 0.0, 58, 58, 86, 54]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [["#", _("Task"), _("Planned"), _("Actual"), _("Difference"),
                                 _("State")]]
    extra: list[tuple[object, ...]] = []
    for number, task in enumerate(snapshot.tasks, start=1):
        difference = task.actual_ms - task.planned_ms
        if task.overrun_ms:
            text = _("{time} over").format(time=words.span(task.overrun_ms))
            extra.append(("TEXTCOLOR", (4, number), (4, number), CONCERN))
            extra.append(("FONT", (4, number), (4, number), CELL_BOLD.fontName, 8.5, 11))
        elif task.actual_ms:
            text = (_("{time} under").format(time=words.span(-difference)) if difference
                    else _("On time"))
        else:
            text = "—"
        rows.append([str(number), user_text(task.title, CELL, widths[1]),
                     words.span(task.planned_ms), words.span(task.actual_ms) if task.actual_ms
                     else "—", text, _(task.state.label)])
    planned = sum(t.planned_ms for t in snapshot.tasks)
    actual = sum(t.actual_ms for t in snapshot.tasks)
    rows.append(["", _("Total"), words.span(planned), words.span(actual), "", ""])
    extra.append(("FONT", (0, -1), (-1, -1), CELL_BOLD.fontName, 8.5, 11))
    return [*section(_("Tasks: planned and actual time")),
            data_table(rows, widths, extra=extra), *departures_table(snapshot, width)]


def departures_table(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    """How this plan departs from the role template, each with its reason: comparing
    candidates is fair only when the differences are on record."""
    if not snapshot.departures:
        return []
    widths = [width * 0.45, width * 0.55]
    rows: list[list[object]] = [[_("Departure from the template"), _("Why")]]
    rows += [[user_text(_departure(d), CELL, widths[0]), user_text(d.reason, CELL, widths[1])]
             for d in snapshot.departures]
    name = snapshot.template_name
    intro = (_("This plan departs from “{name}” for this candidate:").format(name=name)
             if name else _("This plan departs from “the role template” for this candidate:"))
    return [Spacer(1, 3 * mm), user_text(intro, SUBHEAD, width), data_table(rows, widths)]


def _departure(departure: Departure) -> str:
    """The departure in words, without its reason (core's Departure.describe, in the
    language of the document)."""
    def minutes(value: float | None) -> str:
        return _("no time box") if value is None else f"{value:g} min"

    task = departure.task
    planned, template = minutes(departure.planned_minutes), minutes(departure.template_minutes)
    if departure.kind == "dropped":
        return _("“{task}” dropped (the template plans {time_box})").format(
            task=task, time_box=template)
    if departure.kind == "changed":
        return _("“{task}” time box changed from {old} to {new}").format(
            task=task, old=template, new=planned)
    return _("“{task}” added ({time_box})").format(task=task, time_box=planned)


def scores_section(snapshot: SessionSnapshot, width: float, *,
                   include_notes: bool) -> list[Flowable]:
    widths = [108, 62, 0.0, 66]
    widths[2] = width - sum(widths)
    rows: list[list[object]] = [[_("Competency"), _("Score"), _("What that level looks like"),
                                 _("Evidence")]]
    for line in snapshot.rubric:
        name = line.competency.name
        if line.competency.weight != 1:
            name += " " + _("(weight {weight})").format(weight=f"{line.competency.weight:g}")
        evidence = _cited(snapshot, line) or _("None")
        rows.append([user_text(name, CELL_BOLD, widths[0]),
                     words.level(line.level, line.competency.levels),
                     user_text(truncate(line.anchor, 600), CELL, widths[2]) if line.level
                     else fixed_text("<i>" + _("Not observed: left out of the composite")
                                     + "</i>", SMALL),
                     Paragraph(evidence, CELL)])
    composite = snapshot.composite
    story: list[Flowable] = [*section(_("Scores on the anchored rubric")),
                             data_table(rows, widths), Spacer(1, 10),
                             score_chart(snapshot.rubric, width, composite.value),
                             Spacer(1, 8)]
    story.append(facts_table([(_("Composite score"), words.composite(snapshot)),
                              (_("Recommendation"), _recommendation(snapshot))], width))
    if not include_notes:
        story.append(fixed_text(_("The notes cited as evidence are left out of this copy."),
                                SMALL))
    return story


def _cited(snapshot: SessionSnapshot, line: RubricLine) -> str:
    """The notes cited as evidence, as the timeline numbers them (the first _CITED of
    them: a table cell must fit on a page); core's snapshot.cited, in the document's
    language."""
    text = snapshot.cited(line, len(line.evidence))  # every one of them, ", "-separated
    numbers = text.split(", ") if text else []
    if len(numbers) <= _CITED:
        return text
    return _("{notes} and {count} more (see the timeline)").format(
        notes=", ".join(numbers[:_CITED]), count=len(numbers) - _CITED)


def _recommendation(snapshot: SessionSnapshot) -> Flowable:
    label = _(snapshot.recommendation.label)
    return fixed_text(f"<b>{label}</b> <font size=7.5 color='#5F6C7B'>"
                      + _("(the observer's decision, not computed)") + "</font>", CELL)


def timeline_section(snapshot: SessionSnapshot, width: float,
                     cut: list[int] | None = None) -> list[Flowable]:
    """Every note in order, numbered N1, N2... as the rubric cites them; a shaded row
    names the task whenever the running task changes. The numbers of the notes it had to
    cut are added to CUT."""
    if not snapshot.notes:
        return [*section(_("Notes timeline")), fixed_text(_("No notes were taken."), BODY)]
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
    return [*section(_("Notes timeline"), 60 * mm),
            PagedTable(["N", _("Time"), _("Session"), _("Competency"), "±", _("Note")], rows,
                       widths, commands)]


def notes_in_full_section(snapshot: SessionSnapshot, width: float,
                          cut: list[int]) -> list[Flowable]:
    """The notes the timeline had to cut (numbers CUT), each given whole up to
    FULL_NOTE_CHARS; beyond that, the session record embedded in the signed PDF holds it."""
    story: list[Flowable] = section(_("Notes in full")) if cut else []
    for number in cut:
        note = snapshot.notes[number - 1]
        text = truncate(note.text, FULL_NOTE_CHARS)
        size = (_("({count} characters)") if text == note.text else
                _("({count} characters; the whole of it is in the session record embedded "
                  "in this PDF)"))
        count = format_decimal(len(note.text), locale=words.locale(snapshot))
        story.append(fixed_text(f"<b>N{number}</b> " + size.format(count=count), SMALL))
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
        cell = Cell(_("No task running"), False)
    else:
        cell = Cell.of(_("Task {number}: {title}").format(
            number=positions[task_id], title=snapshot.task_title(task_id)), _META_BOLD, width)
    commands = [("SPAN", 0, -1), ("BACKGROUND", 0, -1, BAND_FILL),
                ("FONT", 0, -1, _META_BOLD.fontName, 7.5, 10),
                ("TOPPADDING", 0, -1, 2.5), ("BOTTOMPADDING", 0, -1, 2.5)]
    if cell.rtl:
        commands.append(("ALIGN", 0, -1, "RIGHT"))
    return Row([cell.value, "", "", "", "", ""], [10.0] * 6, commands, span=True)


def _note_row(snapshot: SessionSnapshot, number: int, note: Note,
              widths: list[float], cut: list[int] | None) -> Row:
    competency = snapshot.competency_name(note.competency_key) if note.competency_key else ""
    edited = (" " + _("(edited {time})").format(time=words.clock_time(snapshot, note.edited_ms))
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
            shown = shown[:-1] + "; " + _("in full under “Notes in full”") + ")"
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
    story: list[Flowable] = section(_("Debrief"))
    for answer in snapshot.debrief:
        reply = (user_text(answer.answer, BODY, width) if answer.answer.strip()
                 else fixed_text("<i>" + _("No answer recorded.") + "</i>", SMALL))
        story += [user_text(answer.question, SUBHEAD, width), reply]
    return story


def _audit_time(snapshot: SessionSnapshot, instant_ms: int) -> str:
    """``25 Nov 2026`` over ``14:05``: the month's short name in the document's language."""
    from babel.dates import format_date

    moment = snapshot.local(instant_ms)
    return f"{format_date(moment.date(), 'medium', locale=words.locale(snapshot))}\n" \
        f"{moment:%H:%M}"
