"""Fill a data folder with a year of working interviews, written through the program's own
services (the use cases the window calls), for benchmarks and for trying the program on a
realistic amount of data.

    .venv/bin/python benchmarks/seed.py DIR --sessions N --notes M [--big NOTES]
                                           [--text-file F] [--seed S]

Each session is written in one transaction (`services.batch()`): created from one of the
shipped role templates, agreements stamped, pay entered, its tasks timed with notes taken
during them (tagged with competencies, as strengths, concerns or neither), scored with
evidence; then about a third are finalised, a third ended, and the rest left in progress
(part way through their tasks, the last one paused). Their times are spread over the past
year (weekdays, working hours). --big adds one more session, created last, with NOTES notes.
The ids made are printed one a line, the big session's last; a summary goes to stderr.
Exit status: 0 done, 2 a bad option, --text-file or data folder, 1 another failure (the
sessions printed so far are each written whole).

The demo session is not made, and the setting that stops the program making it is left
alone: the program adds its demo the first time it opens the folder, as on any first run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wi_desktop.app import open_services
from wi_desktop.core.clock import FakeClock, SystemClock
from wi_desktop.core.errors import StorageError, WiError
from wi_desktop.core.model import Competency, NewSession, Note, Polarity, SessionStatus
from wi_desktop.core.notes import MAX_NOTE_LENGTH
from wi_desktop.core.pay import WorkProduct
from wi_desktop.core.rubric import Recommendation
from wi_desktop.core.sessions import MAX_NAME_LENGTH
from wi_desktop.core.template_library import TemplateSource
from wi_desktop.core.templates import RoleTemplate
from wi_desktop.paths import app_paths
from wi_desktop.wiring import Services

PROG = "seed.py"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
MINUTE_MS, HOUR_MS, DAY_MS = 60_000, 3_600_000, 86_400_000
YEAR_MS = 365 * DAY_MS
MIN_NOTE_GAP_MS = 1000  # nobody commits notes faster than one a second for long
STATUSES = (SessionStatus.FINALISED, SessionStatus.ENDED, SessionStatus.IN_PROGRESS)

FIRST_NAMES = (
    "Alex", "Amara", "Ana", "Ben", "Chen", "Chloé", "Dario", "Deepa", "Elif", "Emeka",
    "Fatima", "Freya", "Gabriel", "Hana", "Ibrahim", "Isla", "Jamal", "Jonas", "Kai", "Keisha",
    "Léa", "Liam", "Lucía", "Mateo", "Mei", "Nadia", "Noah", "Olu", "Priya", "Quinn",
    "Rafael", "Rosa", "Sami", "Siobhán", "Søren", "Tariq", "Thu", "Uma", "Wei", "Yara", "Zoë",
)
LAST_NAMES = (
    "Abara", "Bakker", "Castillo", "Dąbrowski", "Evans", "Fernández", "García", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Mensah", "Nguyễn", "O'Brien", "Patel",
    "Quispe", "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Walker", "Xu", "Yılmaz", "Zhou",
)
OBSERVERS = ("Sam Okafor", "Jo Park", "Morgan Diaz", "Ren Ito", "Pat Kim", "Ola Nowak")
LOCATIONS = ("Main site", "North branch", "Head office, room 2", "Training room",
             "Site B, ground floor", "Downtown store", "Workshop 3")

# what an observer writes, by competency and mark; role-agnostic, as the templates vary
PHRASES: dict[str, dict[Polarity, tuple[str, ...]]] = {
    "technical": {
        Polarity.STRENGTH: ("Used the right tool for the step without asking",
                            "Followed the procedure in the right order, no shortcuts",
                            "Result checked against the standard before handing over",
                            "Quick and accurate on the routine part of the task"),
        Polarity.CONCERN: ("Skipped the check step; the result needed redoing",
                           "Unsure how to set up the equipment, needed a walk-through",
                           "Two small errors that would have reached the customer",
                           "Slow on the basics; repeated a step twice"),
        Polarity.NEUTRAL: ("Finished the core steps; quality about as expected",
                           "Asked where the reference sheet is kept"),
    },
    "problem_solving": {
        Polarity.STRENGTH: ("Noticed the missing item and worked out why before asking",
                            "Tried a second approach when the first one stalled",
                            "Spotted a likely problem early and put a check in place"),
        Polarity.CONCERN: ("Stopped when the step failed and waited to be told",
                           "Guessed instead of looking it up; had to undo it",
                           "Did not notice the mismatch until it was pointed out"),
        Polarity.NEUTRAL: ("Worked through the unfamiliar part slowly but got there",
                           "Asked for help once, after trying for a few minutes"),
    },
    "communication": {
        Polarity.STRENGTH: ("Read the request back to confirm before starting",
                            "Kept the team lead told of progress without prompting",
                            "Explained clearly what they were doing and why"),
        Polarity.CONCERN: ("Did not pass on the change of plan to the colleague",
                           "Answers were short and unclear when asked about the task",
                           "Did not ask the question they needed to ask"),
        Polarity.NEUTRAL: ("Quiet, but answered questions when asked",
                           "Checked understanding once, at the start"),
    },
    "work_ethic": {
        Polarity.STRENGTH: ("Arrived early and asked what to prepare",
                            "Finished the task fully and looked for the next job",
                            "Kept the work area tidy throughout"),
        Polarity.CONCERN: ("Left the task half finished to chat",
                           "Needed a reminder to stay on the task",
                           "Checked the phone twice during the task"),
        Polarity.NEUTRAL: ("On time; stayed on the task",
                           "Took a short break between tasks as agreed"),
    },
    "learning": {
        Polarity.STRENGTH: ("Applied the tip straight away on the next attempt",
                            "Asked a good follow-up question after the feedback",
                            "Second attempt clearly better than the first"),
        Polarity.CONCERN: ("Repeated the same mistake after being shown",
                           "Seemed not to take in the feedback"),
        Polarity.NEUTRAL: ("Took notes while being shown the method",
                           "Needed the instruction twice, then had it"),
    },
    "team_fit": {
        Polarity.STRENGTH: ("Offered to help a colleague when it got busy",
                            "Friendly with the team; fitted into the routine quickly",
                            "Took a correction from a colleague well"),
        Polarity.CONCERN: ("Talked over a colleague who was explaining",
                           "Kept to themselves when help was needed nearby"),
        Polarity.NEUTRAL: ("Polite with everyone; said little",
                           "Followed the team's way of doing things"),
    },
}
GENERAL_PHRASES = ("Started the task", "Moved on to the next part", "Short pause to ask a "
                   "question", "Back after a break", "Read the instructions through twice",
                   "Working steadily", "Halfway through the task", "Tidying up before the next "
                   "task", "Interrupted by a phone call, resumed")
DETAILS = ("", "", "", " after a prompt", " without being asked", " (second attempt)",
           " under time pressure", " while it was busy", " — good sign", " — worth a follow-up")


# the words to write ------------------------------------------------------------------
class TextFileError(Exception):
    """A --text-file that cannot be used, in one line of words."""


_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|t)")


def _unescaped(line: str) -> str:
    """LINE with \\uXXXX, \\UXXXXXXXX and \\t read as the characters they name (for the
    characters a text file cannot show: joiners, marks, tabs)."""
    return _ESCAPE.sub(lambda m: "\t" if m[1] == "t" else chr(int(m[1][1:], 16)), line)


def read_lines(path: Path) -> list[str]:
    """The non-blank lines of PATH (UTF-8; a leading byte-order mark is dropped), but those
    starting with "# " (comments); \\uXXXX, \\UXXXXXXXX and \\t name characters, as in
    tests/corpus/hard_strings.txt."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TextFileError(f"cannot read --text-file {path}: {error.strerror or error}") \
            from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TextFileError(f"--text-file {path} is not UTF-8 text (byte 0x{data[error.start]:02x}"
                            f" at offset {error.start})") from None
    lines = [_unescaped(line.strip()) for line in text.split("\n")
             if not line.startswith("# ")]
    lines = [line for line in lines if line]
    if not lines:
        raise TextFileError(f"--text-file {path} has no text (every line is blank)")
    return lines


@dataclass
class Texts:
    """Candidate names and note texts: generated, or the lines of a file in order, cycling
    (names and notes each run through the lines from the first, independently)."""

    rng: random.Random
    lines: Sequence[str] = ()
    next_name: int = 0
    next_note: int = 0

    def name(self) -> str:
        if self.lines:
            line = self.lines[self.next_name % len(self.lines)]
            self.next_name += 1
            return " ".join(line.split())[:MAX_NAME_LENGTH]
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def note(self, competency_key: str | None, polarity: Polarity) -> str:
        if self.lines:
            line = self.lines[self.next_note % len(self.lines)]
            self.next_note += 1
            return line[:MAX_NOTE_LENGTH]
        bank = PHRASES.get(competency_key or "")
        phrases = bank[polarity] if bank else GENERAL_PHRASES
        return self.rng.choice(phrases) + self.rng.choice(DETAILS)


# the plan of one session ---------------------------------------------------------------
@dataclass
class Plan:
    created_ms: int
    template: RoleTemplate
    notes: int
    status: SessionStatus
    big: bool = False  # works through every task (the last one is left paused)


@dataclass
class Taken:
    """The notes of a session by tag: every note's mark, and the ids known (the notes
    written through add_note), for evidence linked by hand."""

    marks: dict[str | None, list[int]] = field(default_factory=dict)
    ids: dict[str | None, list[int]] = field(default_factory=dict)


@dataclass
class Tally:
    sessions: int = 0
    notes: int = 0
    warnings: int = 0
    statuses: dict[SessionStatus, int] = field(default_factory=dict)


def working_instants(count: int, start_ms: int, end_ms: int, rng: random.Random) -> list[int]:
    """COUNT instants between START_MS and END_MS, oldest first, on weekdays between 8:00
    and 16:30 local time where the window allows it."""
    instants = []
    for _ in range(count):
        instant = rng.randrange(start_ms, max(start_ms + 1, end_ms))
        for _attempt in range(50):
            moment = rng.randrange(start_ms, max(start_ms + 1, end_ms))
            day = dt.datetime.fromtimestamp(moment / 1000).replace(
                hour=0, minute=0, second=0, microsecond=0)
            local = day + dt.timedelta(minutes=rng.randrange(8 * 60, 16 * 60 + 30))
            candidate = int(local.timestamp() * 1000)
            if local.weekday() < 5 and start_ms <= candidate < end_ms:
                instant = candidate
                break
        instants.append(instant)
    return sorted(instants)


def split(total: int, weights: Sequence[float]) -> list[int]:
    """TOTAL as whole parts in proportion to WEIGHTS (largest remainders round up)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - parts[i], reverse=True)
    for i in by_remainder[:total - sum(parts)]:
        parts[i] += 1
    return parts


def longest_ms(notes: int, template: RoleTemplate) -> int:
    """More than a session of NOTES notes from TEMPLATE can take, from its creation to its
    finalising (SessionWriter: a second or more between notes, gaps up to 1.7 times the
    mean of a task running up to 1.3 times its time box, breaks, then up to 3 hours to
    finalise)."""
    planned = sum(round(task.minutes * MINUTE_MS) for task in template.tasks)
    return notes * MIN_NOTE_GAP_MS + 4 * planned + len(template.tasks) * 5 * MINUTE_MS \
        + 4 * HOUR_MS


def plans(count: int, notes: int, big: int | None, templates: Sequence[RoleTemplate],
          now_ms: int, seed: int) -> list[Plan]:
    """What to write: COUNT sessions over the past year, then the big one, created last;
    each is over (ended, or finalised) before now. The dates take random numbers of their
    own, so that what is written for a seed does not depend on today's date."""
    rng = random.Random(seed)
    big_plan = None
    end = now_ms - max(DAY_MS, max(longest_ms(notes, t) for t in templates))
    if big is not None:
        template = templates[rng.randrange(len(templates))]
        big_plan = Plan(now_ms - longest_ms(big, template), template, big,
                        SessionStatus.IN_PROGRESS, big=True)
        end = min(end, big_plan.created_ms - HOUR_MS)
    instants = working_instants(count, end - YEAR_MS + DAY_MS, end,
                                random.Random(f"{seed} dates"))
    result = [Plan(instant, templates[rng.randrange(len(templates))], notes,
                   STATUSES[number % len(STATUSES)])
              for number, instant in enumerate(instants)]
    return result if big_plan is None else [*result, big_plan]


# writing one session through the use cases -----------------------------------------------
class SessionWriter:
    def __init__(self, services: Services, clock: FakeClock, texts: Texts,
                 rng: random.Random) -> None:
        self.services = services
        self.clock = clock
        self.texts = texts
        self.rng = rng

    def write(self, plan: Plan) -> tuple[int, int]:
        """Write one session in one transaction; returns its id and the warnings that
        finalising it acknowledged (none, unless it has no notes)."""
        cases, clock, rng = self.services, self.clock, self.rng
        clock.set(plan.created_ms)
        observer = rng.choice(OBSERVERS)
        with cases.batch():
            session_id = cases.sessions.create_session(
                NewSession(candidate_name=self.texts.name(), role_name=plan.template.name,
                           location=rng.choice(LOCATIONS), observer_name=observer),
                template=plan.template)
            clock.advance(rng.uniform(60, 300))
            for stamp in ("briefing_acknowledged_ms", "confidentiality_accepted_ms",
                          "consent_given_ms"):
                cases.agreements.record_now(session_id, stamp)
                clock.advance(rng.uniform(5, 40))
            self._pay(session_id, plan, observer)
            competencies = cases.sessions.workspace(session_id).competencies
            evidence = self._observe(session_id, plan, competencies)
            scores = self._score(session_id, plan, competencies, evidence)
            warnings = 0
            if plan.status is not SessionStatus.IN_PROGRESS:
                self._close_record(session_id, competencies, scores)
                clock.advance(rng.uniform(60, 600))
                if cases.sessions.summary(session_id).ended_ms is None:  # the last task
                    cases.sessions.end_session(session_id)  # done ends it by itself
            if plan.status is SessionStatus.FINALISED:
                self._debrief(session_id)
                clock.advance(rng.uniform(300, 3 * 3600))
                acknowledged = cases.finalising.finalise_warnings(session_id)
                cases.finalising.finalise(session_id, acknowledged=acknowledged)
                warnings = len(acknowledged)
        return session_id, warnings

    def _pay(self, session_id: int, plan: Plan, observer: str) -> None:
        rng = self.rng
        if rng.random() < 0.08:
            changes: dict[str, object] = {
                "paid": False, "unpaid_reason": "Observation only, no productive work.",
                "worker_status": "other",
                "worker_status_basis": "Watched the team work; did not do any of it."}
        else:
            contractor = rng.random() < 0.15
            changes = {
                "paid": True, "hourly_rate_cents": rng.randrange(1500, 3600, 25),
                "worker_status": "contractor" if contractor else "employee",
                "worker_status_basis": ("Own tools, own hours, invoices for the day."
                                        if contractor else
                                        "Works under our direction, with our equipment."),
                "payment_method": rng.choice(("With the next payroll run", "Bank transfer",
                                              "Cheque on the day")),
                "candidate_address": f"{rng.randrange(1, 200)} {rng.choice(LAST_NAMES)} "
                                     "Street, Springfield",
                "occupation": plan.template.name,
                "payment_date": dt.date.fromtimestamp(plan.created_ms / 1000).isoformat()}
        self.services.pay.update_pay(session_id, changes, changed_by=observer)

    def _observe(self, session_id: int, plan: Plan,
                 competencies: Sequence[Competency]) -> Taken:
        """Time the tasks and take the notes. The first note of each task goes through
        NoteService.add_note (which stamps it with the running task and the session clock);
        the rest of the task's notes are stamped the same way and inserted in one go
        (NoteService.import_notes): a savepoint per note makes SQLite's text index flush at
        each one, which would more than double the time."""
        cases, clock, rng = self.services, self.clock, self.rng
        sessions, notes = cases.sessions, cases.notes
        tasks = sessions.workspace(session_id).tasks
        worked = len(tasks)
        if plan.status is SessionStatus.IN_PROGRESS and len(tasks) > 1 and not plan.big:
            worked = rng.randrange(1, len(tasks))  # part way through
        keys = [c.key for c in competencies]
        counts = split(plan.notes, [t.planned_ms for t in tasks[:worked]])
        taken = Taken()
        for position, (task, count) in enumerate(zip(tasks, counts, strict=False)):
            sessions.start_task(session_id, task.id)
            actual_ms = task.planned_ms * rng.uniform(0.75, 1.3)
            mean_gap = actual_ms / (count + 1)
            first: Note | None = None
            bulk: list[Note] = []
            for _ in range(count):
                clock.advance(max(MIN_NOTE_GAP_MS, mean_gap * rng.uniform(0.3, 1.7)) / 1000)
                key, polarity = self._tag(keys)
                text = self.texts.note(key, polarity)
                taken.marks.setdefault(key, []).append(int(polarity))
                if first is None:
                    first = notes.add_note(session_id, text, competency_key=key,
                                           polarity=polarity).note
                    taken.ids.setdefault(key, []).append(first.id)
                    continue
                now = clock.now_ms()
                bulk.append(Note(id=0, session_id=session_id, created_ms=now,
                                 elapsed_ms=first.elapsed_ms + now - first.created_ms,
                                 text=text, task_id=first.task_id, competency_key=key,
                                 polarity=polarity))
            if bulk:
                notes.import_notes(session_id, bulk)
            clock.advance(max(10_000, mean_gap * rng.uniform(0.2, 1.0)) / 1000)
            if position == worked - 1 and plan.status is SessionStatus.IN_PROGRESS:
                # paused, not running: the window asks about a running task when it quits,
                # which would stop `--exit-after-show --open ID` at a question
                sessions.pause_task(session_id, task.id)
            else:
                sessions.finish_task(session_id, task.id)
                clock.advance(rng.uniform(30, 240))  # between tasks
        return taken

    def _tag(self, keys: Sequence[str]) -> tuple[str | None, Polarity]:
        roll = self.rng.random()
        if roll < 0.3 or not keys:
            return None, Polarity.NEUTRAL
        polarity = (Polarity.STRENGTH if roll < 0.65
                    else Polarity.CONCERN if roll < 0.88 else Polarity.NEUTRAL)
        return self.rng.choice(keys), polarity

    def _score(self, session_id: int, plan: Plan, competencies: Sequence[Competency],
               taken: Taken) -> dict[str, int]:
        """Score from what the notes say, and make sure each score has evidence (a note
        tagged to it, else one linked by hand)."""
        scoring, rng = self.services.scoring, self.rng
        known = [note_id for ids in taken.ids.values() for note_id in ids]
        untagged = taken.ids.get(None, [])
        skipped = (rng.choice(competencies).key
                   if plan.status is SessionStatus.ENDED and rng.random() < 0.25 else None)
        scores: dict[str, int] = {}
        for competency in competencies:
            if plan.status is SessionStatus.IN_PROGRESS and rng.random() < 0.5:
                continue  # not scored yet
            if competency.key == skipped:
                scoring.set_score(session_id, competency.key, None)  # not observed
                continue
            marks = taken.marks.get(competency.key, [])
            lean = sum(marks) / len(marks) if marks else 0.0
            middle = (competency.levels + 1) / 2
            level = round(middle + lean * (competency.levels - 1) / 2 + rng.uniform(-0.8, 0.8))
            level = min(competency.levels, max(1, level))
            scoring.set_score(session_id, competency.key, level)
            scores[competency.key] = level
            if not marks and known:
                scoring.link_evidence(session_id, competency.key,
                                      [rng.choice(untagged or known)], True)
        if untagged and scores and rng.random() < 0.5:  # evidence chosen by hand
            scoring.link_evidence(session_id, rng.choice(list(scores)), [rng.choice(untagged)],
                                  True)
        return scores

    def _close_record(self, session_id: int, competencies: Sequence[Competency],
                      scores: dict[str, int]) -> None:
        """What an observer fills in at the end: work product, feedback, recommendation."""
        cases, rng = self.services, self.rng
        product = rng.choice(tuple(WorkProduct))
        cases.agreements.update_agreements(
            session_id, work_product=product,
            work_product_note="Paid for with the day's rate." if product is WorkProduct.KEPT_PAID
            else "")
        if not scores:
            cases.scoring.set_recommendation(session_id, Recommendation.NO_DECISION)
            return
        names = {c.key: c.name for c in competencies}
        best = max(scores, key=scores.__getitem__)
        worst = min(scores, key=scores.__getitem__)
        cases.agreements.update_feedback(
            session_id,
            strengths=f"{names[best]}: you did this well throughout the day.",
            growth_areas=f"{names[worst]}: this is where practice would help most.",
            next_steps="We will call you within a week with our decision.")
        mean = sum(scores.values()) / len(scores)
        recommendation = (Recommendation.STRONG_NO if mean < 2 else Recommendation.NO
                          if mean < 2.75 else Recommendation.YES if mean < 3.75
                          else Recommendation.STRONG_YES)
        if rng.random() < 0.1:
            recommendation = Recommendation.NO_DECISION
        cases.scoring.set_recommendation(session_id, recommendation)

    def _debrief(self, session_id: int) -> None:
        agreements = self.services.agreements
        for answer in agreements.debrief(session_id):
            agreements.answer_debrief(session_id, answer.position,
                                 self.rng.choice(("Yes, mostly.", "It was harder than I "
                                                  "expected.", "I would do the second task "
                                                  "differently.", "Clear enough, thank you.")))


# the command ---------------------------------------------------------------------------
def count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def parser() -> argparse.ArgumentParser:
    summary, _, rest = (__doc__ or "").partition("\n\n")
    result = argparse.ArgumentParser(
        prog=PROG, description=summary,
        epilog=rest.partition("\n\n")[2], formatter_class=argparse.RawDescriptionHelpFormatter)
    result.add_argument("dir", type=Path, metavar="DIR",
                        help="the data folder to fill (created if missing; sessions already "
                             "there are kept)")
    result.add_argument("--sessions", type=count, required=True, metavar="N",
                        help="how many sessions to write, spread over the past year")
    result.add_argument("--notes", type=count, required=True, metavar="M",
                        help="notes in each of those sessions")
    result.add_argument("--big", type=count, metavar="NOTES",
                        help="also write one more session, last, with NOTES notes over all "
                             "its tasks (left in progress, its last task paused)")
    result.add_argument("--text-file", type=Path, metavar="F",
                        help="take candidate names and note texts from the non-blank lines "
                             "of F (UTF-8), in order, cycling; by default they are made up")
    result.add_argument("--seed", type=int, default=1, metavar="S",
                        help="seed of the random choices (default: 1); the same seed writes "
                             "the same sessions, dated back from now")
    return result


def fail(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        lines = read_lines(args.text_file) if args.text_file is not None else []
    except TextFileError as error:
        fail(str(error))
        return EXIT_USAGE
    started = time.monotonic()
    try:
        services = open_services(app_paths(args.dir))
    except WiError as error:
        fail(f"cannot use {args.dir} as a data folder: {error.title}: {error}")
        return EXIT_USAGE
    tally = Tally()
    try:
        shipped = [entry.template for entry in services.templates.list()
                   if entry.source is TemplateSource.SHIPPED]
        if not shipped:
            fail("no shipped role templates were found (resources/templates)")
            return EXIT_FAILED
        clock, rng = FakeClock(), random.Random(f"{args.seed} sessions")
        writer = SessionWriter(services.with_clock(clock), clock, Texts(rng, lines), rng)
        for plan in plans(args.sessions, args.notes, args.big, shipped,
                          SystemClock().now_ms(), args.seed):
            session_id, warnings = writer.write(plan)
            print(session_id, flush=True)
            tally.sessions += 1
            tally.notes += plan.notes
            tally.warnings += warnings
            tally.statuses[plan.status] = tally.statuses.get(plan.status, 0) + 1
    except StorageError as error:
        fail(f"{args.dir} cannot be written: {error.title}: {error}")
        return EXIT_USAGE
    except WiError as error:
        fail(f"{error.title}: {error}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        fail(f"stopped; the {tally.sessions} sessions printed are written whole")
        return EXIT_FAILED
    finally:
        services.close()
    took = time.monotonic() - started
    states = ", ".join(f"{tally.statuses.get(s, 0)} {s.label.lower()}" for s in STATUSES)
    print(f"{PROG}: {tally.sessions} sessions ({states}), {tally.notes} notes in {took:.1f} s "
          f"into {app_paths(args.dir).data_file}"
          + (f"; finalising acknowledged {tally.warnings} warnings" if tally.warnings else ""),
          file=sys.stderr)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
