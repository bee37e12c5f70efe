"""What the candidate receives: the feedback letter after the day, and the task briefing
before it. Neither ever shows internal notes, the recommendation or other raters' scores."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from wi_desktop.core.model import TaskState
from wi_desktop.core.snapshot import SessionSnapshot
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf_chart import score_chart
from wi_desktop.export.pdf_layout import (
    BODY,
    CELL,
    CELL_BOLD,
    SMALL,
    SUBHEAD,
    SignatureArea,
    data_table,
    facts_table,
    fixed_text,
    section,
    user_text,
)
from wi_desktop.export.pdf_parts import feedback_section, signature_block, time_and_pay
from wi_desktop.export.pdf_text import clean, markup, truncate
from wi_desktop.export.typeset.shaping import needs_shaping
from wi_desktop.languages.documents import N_, _

LETTER_FEEDBACK = (("strengths", N_("What went well")), ("growth_areas", N_("What to work on")),
                   ("next_steps", N_("Next steps")))
_DONE = {TaskState.DONE: N_("Completed"), TaskState.PAUSED: N_("Worked on"),
         TaskState.RUNNING: N_("Worked on"), TaskState.NOT_STARTED: N_("Not reached")}


def _inline(text: str) -> str:
    """User text to put inside one of our sentences: escaped, on one line."""
    return markup(" ".join(text.split())).text


def _sentence(html: str, plain: str, *typed: str) -> Flowable:
    """One of our sentences with typed values in it: as markup; or, when a typed value
    needs shaping (a right-to-left name, say), set whole as typed text, plain, so that it
    is drawn shaped and reads back in the order it was typed."""
    if any(needs_shaping(clean(value)) for value in typed):
        return user_text(plain, BODY)
    return fixed_text(html, BODY)


def letter_story(snapshot: SessionSnapshot, width: float, *, include_scores: bool,
                 candidate_ack: bool = False) -> tuple[list[Flowable], SignatureArea]:
    session = snapshot.session
    date = words.date_of(snapshot, snapshot.day_ms)
    name, role, place = (" ".join(value.split()) for value in
                         (session.candidate_name, session.role_name, session.location))
    rest = _("This letter sums up the tasks you worked on, what went well, what you could "
             "develop, and the pay for your time. If anything in it looks wrong to you, or "
             "you have questions, please reply to me.")
    thanks = (_("Thank you for the working interview for the role of {role} at {place} on "
                "{date}.") if place else
              _("Thank you for the working interview for the role of {role} on {date}."))
    dear = _("Dear {name},")
    story: list[Flowable] = [
        fixed_text(words.date_of(snapshot, snapshot.taken_ms), SMALL), Spacer(1, 6),
        _sentence(dear.format(name=_inline(name)), dear.format(name=name), name),
        _sentence(thanks.format(role=f"<b>{_inline(role)}</b>", place=_inline(place),
                                date=date) + f" {rest}",
                  thanks.format(role=role, place=place, date=date) + f" {rest}", role, place),
    ]
    story += _tasks(snapshot, width)
    story += feedback_section(snapshot, width, _("Feedback"), omit_empty=True,
                              titles=LETTER_FEEDBACK)
    if include_scores:
        story += _scores(snapshot, width)
    story += [*section(_("Your time and pay")), facts_table(time_and_pay(snapshot), width)]
    story.append(Spacer(1, 8))
    area = SignatureArea()
    story += signature_block(snapshot, width, area, opening=_("Kind regards,"))
    if candidate_ack:
        story += _acknowledgement(snapshot)
    return story, area


def _acknowledgement(snapshot: SessionSnapshot) -> list[Flowable]:
    """A place for the candidate to sign that they received the letter (on paper)."""
    name = " ".join(snapshot.session.candidate_name.split())
    said = _("I, {name}, have received this letter, including the hours and pay it "
             "describes.")
    lines = _("Signature: {line}    Date: {date_line}").format(line="_" * 34,
                                                             date_line="_" * 16)
    return [Spacer(1, 14), *section(_("Candidate's acknowledgement")),
            _sentence(said.format(name=_inline(name)), said.format(name=name), name),
            Spacer(1, 16),
            fixed_text(lines.replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;"), BODY)]


def _tasks(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [18, 0.0, 60, 70, 70]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [["#", _("Task"), _("Time box"), _("Time spent"), _("Status")]]
    for number, task in enumerate(snapshot.tasks, start=1):
        rows.append([str(number), user_text(task.title, CELL, widths[1]),
                     words.span(task.planned_ms),
                     words.span(task.actual_ms) if task.actual_ms else "—", _(_DONE[task.state])])
    return [*section(_("The tasks you worked on")), data_table(rows, widths)]


def _scores(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [120, 60, 0.0]
    widths[2] = width - sum(widths)
    rows: list[list[object]] = [[_("Competency"), _("Score"), _("What that level looks like")]]
    for line in snapshot.rubric:
        rows.append([user_text(line.competency.name, CELL_BOLD, widths[0]),
                     words.level(line.level, line.competency.levels),
                     user_text(truncate(line.anchor, 600), CELL, widths[2]) if line.level
                     else fixed_text("<i>" + _("Not observed during the interview") + "</i>",
                                     SMALL)])
    return [*section(_("Your scores")),
            fixed_text(_("Each skill was scored on a scale where every level describes what "
                         "was seen. “Not observed” means there was no chance to see it; it is "
                         "not a low score."), SMALL), Spacer(1, 4),
            data_table(rows, widths), Spacer(1, 8),
            score_chart(snapshot.rubric, width, snapshot.composite.value),
            facts_table([(_("Overall"), words.composite(snapshot))], width)]


def briefing_story(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    session = snapshot.session
    facts = [(_("Role"), session.role_name), (_("Candidate"), session.candidate_name),
             (_("Date"), words.date_of(snapshot, snapshot.day_ms)),
             (_("Location"), session.location or _("To be confirmed")),
             (_("Observer"), session.observer_name)]
    story: list[Flowable] = [
        facts_table(facts, width, pairs=1), Spacer(1, 10),
        fixed_text(_("These are the tasks of your working interview, in the order you will "
                     "do them. Every candidate for this role is given the same tasks and the "
                     "same time. The time box is a guide: say if you need more time or if "
                     "anything is unclear."), BODY),
        *section(_("Your tasks")),
    ]
    for number, task in enumerate(snapshot.tasks, start=1):
        title = user_text(f"{number}. {task.title}", SUBHEAD, width - 60)
        box = fixed_text(_("Time box: {time}").format(time=words.span(task.planned_ms)),
                         SMALL)
        body = (user_text(task.instructions, BODY, width) if task.instructions.strip()
                else fixed_text("<i>" + _("No written instructions; the observer will "
                                          "explain this task.") + "</i>", SMALL))
        story.append(KeepTogether([title, box, Spacer(1, 2), body, Spacer(1, 6)]))
    total = sum(t.planned_ms for t in snapshot.tasks)
    story.append(fixed_text(_("<b>Planned time in all:</b> {time}").format(
        time=words.span(total)), BODY))
    return story
