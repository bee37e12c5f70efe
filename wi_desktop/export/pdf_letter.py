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

LETTER_FEEDBACK = (("strengths", "What went well"), ("growth_areas", "What to work on"),
                   ("next_steps", "Next steps"))
_DONE = {TaskState.DONE: "Completed", TaskState.PAUSED: "Worked on",
         TaskState.RUNNING: "Worked on", TaskState.NOT_STARTED: "Not reached"}


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
    where = f" at {_inline(place)}" if place else ""
    rest = ("This letter sums up the tasks you worked on, what went well, what you could "
            "develop, and the pay for your time. If anything in it looks wrong to you, or you "
            "have questions, please reply to me.")
    story: list[Flowable] = [
        fixed_text(words.date_of(snapshot, snapshot.taken_ms), SMALL), Spacer(1, 6),
        _sentence(f"Dear {_inline(name)},", f"Dear {name},", name),
        _sentence(f"Thank you for the working interview for the role of "
                  f"<b>{_inline(role)}</b>{where} on {date}. {rest}",
                  f"Thank you for the working interview for the role of {role}"
                  f"{f' at {place}' if place else ''} on {date}. {rest}", role, place),
    ]
    story += _tasks(snapshot, width)
    story += feedback_section(snapshot, width, "Feedback", omit_empty=True,
                              titles=LETTER_FEEDBACK)
    if include_scores:
        story += _scores(snapshot, width)
    story += [*section("Your time and pay"), facts_table(time_and_pay(snapshot), width)]
    story.append(Spacer(1, 8))
    area = SignatureArea()
    story += signature_block(snapshot, width, area, opening="Kind regards,")
    if candidate_ack:
        story += _acknowledgement(snapshot)
    return story, area


def _acknowledgement(snapshot: SessionSnapshot) -> list[Flowable]:
    """A place for the candidate to sign that they received the letter (on paper)."""
    name = " ".join(snapshot.session.candidate_name.split())
    line = "_" * 34
    said = "have received this letter, including the hours and pay it describes."
    return [Spacer(1, 14), *section("Candidate's acknowledgement"),
            _sentence(f"I, {_inline(name)}, {said}", f"I, {name}, {said}", name),
            Spacer(1, 16),
            fixed_text(f"Signature: {line}&nbsp;&nbsp;&nbsp;&nbsp;Date: {'_' * 16}", BODY)]


def _tasks(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [18, 0.0, 60, 70, 70]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [["#", "Task", "Time box", "Time spent", "Status"]]
    for number, task in enumerate(snapshot.tasks, start=1):
        rows.append([str(number), user_text(task.title, CELL, widths[1]),
                     words.span(task.planned_ms),
                     words.span(task.actual_ms) if task.actual_ms else "—", _DONE[task.state]])
    return [*section("The tasks you worked on"), data_table(rows, widths)]


def _scores(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    widths = [120, 60, 0.0]
    widths[2] = width - sum(widths)
    rows: list[list[object]] = [["Competency", "Score", "What that level looks like"]]
    for line in snapshot.rubric:
        rows.append([user_text(line.competency.name, CELL_BOLD, widths[0]),
                     words.level(line.level, line.competency.levels),
                     user_text(truncate(line.anchor, 600), CELL, widths[2]) if line.level
                     else fixed_text("<i>Not observed during the interview</i>", SMALL)])
    return [*section("Your scores"),
            fixed_text("Each skill was scored on a scale where every level describes what was "
                       "seen. “Not observed” means there was no chance to see it; it is not a "
                       "low score.", SMALL), Spacer(1, 4),
            data_table(rows, widths), Spacer(1, 8),
            score_chart(snapshot.rubric, width, snapshot.composite.value),
            facts_table([("Overall", snapshot.composite_text)], width)]


def briefing_story(snapshot: SessionSnapshot, width: float) -> list[Flowable]:
    session = snapshot.session
    facts = [("Role", session.role_name), ("Candidate", session.candidate_name),
             ("Date", words.date_of(snapshot, snapshot.day_ms)),
             ("Location", session.location or "To be confirmed"),
             ("Observer", session.observer_name)]
    story: list[Flowable] = [
        facts_table(facts, width, pairs=1), Spacer(1, 10),
        fixed_text("These are the tasks of your working interview, in the order you will do "
                   "them. Every candidate for this role is given the same tasks and the same "
                   "time. The time box is a guide: say if you need more time or if anything is "
                   "unclear.", BODY),
        *section("Your tasks"),
    ]
    for number, task in enumerate(snapshot.tasks, start=1):
        title = user_text(f"{number}. {task.title}", SUBHEAD, width - 60)
        box = fixed_text(f"Time box: {words.span(task.planned_ms)}", SMALL)
        body = (user_text(task.instructions, BODY, width) if task.instructions.strip()
                else fixed_text("<i>No written instructions; the observer will explain this "
                                "task.</i>", SMALL))
        story.append(KeepTogether([title, box, Spacer(1, 2), body, Spacer(1, 6)]))
    total = sum(t.planned_ms for t in snapshot.tasks)
    story.append(fixed_text(f"<b>Planned time in all:</b> {words.span(total)}", BODY))
    return story
