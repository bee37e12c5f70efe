"""The default anchored rubric: six competencies, five behavioural levels each."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from wi_desktop.core.model import Competency, Note, Score
from wi_desktop.core.speech import say

NOT_OBSERVED_LABEL = "Not observed"

DEFAULT_COMPETENCIES: tuple[Competency, ...] = (
    Competency(
        key="technical",
        name="Technical skills",
        hotkey=1,
        anchors=(
            "Could not complete the core steps of the task even with help; "
            "made errors that would reach a customer.",
            "Completed basic steps only with repeated prompting; several errors "
            "needed correcting.",
            "Completed the task to the expected standard with occasional guidance; "
            "minor errors caught and fixed.",
            "Completed the task accurately without guidance and used the right "
            "tools and methods throughout.",
            "Worked accurately and faster than expected, and showed a better or "
            "safer way of doing part of the task.",
        ),
    ),
    Competency(
        key="problem_solving",
        name="Problem solving",
        hotkey=2,
        anchors=(
            "Stopped or guessed when something went wrong; did not ask or look "
            "for information.",
            "Noticed problems but waited to be told what to do.",
            "Found the cause of routine problems and fixed them, asking when stuck.",
            "Worked through an unfamiliar problem step by step and checked the "
            "result.",
            "Anticipated problems before they happened and put a fix or check in "
            "place.",
        ),
    ),
    Competency(
        key="communication",
        name="Communication & collaboration",
        hotkey=3,
        anchors=(
            "Did not ask necessary questions or pass on information; others had "
            "to chase them.",
            "Answered when asked but gave unclear or incomplete information.",
            "Asked relevant questions and kept others informed of progress.",
            "Explained clearly to colleagues and customers, checked understanding, "
            "offered help.",
            "Coordinated work with others unprompted and adapted how they explained "
            "to each listener.",
        ),
    ),
    Competency(
        key="work_ethic",
        name="Work ethic & attitude",
        hotkey=4,
        anchors=(
            "Arrived late or left tasks unfinished; disengaged or unprofessional.",
            "Did what was asked but needed reminders to stay on task.",
            "On time, stayed on task and kept the work area in order.",
            "Took ownership of tasks, finished them fully and looked for the next "
            "job without being told.",
            "Set a standard others could follow: punctual, thorough and consistently "
            "professional under pressure.",
        ),
    ),
    Competency(
        key="learning",
        name="Learning agility",
        hotkey=5,
        anchors=(
            "Repeated the same mistake after being shown the correct way.",
            "Needed several demonstrations before applying a new step.",
            "Applied a new instruction correctly after one demonstration.",
            "Picked up a new tool or process quickly and asked questions that "
            "deepened understanding.",
            "Applied what they learned to a new situation without prompting and "
            "taught it back accurately.",
        ),
    ),
    Competency(
        key="team_fit",
        name="Team fit",
        hotkey=6,
        anchors=(
            "Ignored or dismissed feedback; friction with team members was observed.",
            "Accepted feedback but did not act on it; worked apart from the team.",
            "Acted on feedback and worked cooperatively with the team.",
            "Sought feedback, stayed calm under pressure and supported team members.",
            "Raised the team's work: shared the load, defused tension and made "
            "others' work easier.",
        ),
    ),
)


class Recommendation(StrEnum):
    """The observer's overall call, chosen by a person, never computed."""

    NO_DECISION = "no_decision"
    STRONG_NO = "strong_no"
    NO = "no"
    YES = "yes"
    STRONG_YES = "strong_yes"

    @property
    def label(self) -> str:
        return {Recommendation.NO_DECISION: "No decision", Recommendation.STRONG_NO: "Strong no",
                Recommendation.NO: "No", Recommendation.YES: "Yes",
                Recommendation.STRONG_YES: "Strong yes"}[self]


@dataclass(frozen=True)
class Composite:
    """The weighted mean of observed scores; "not observed" competencies are left out."""

    value: float | None  # None when nothing was scored
    scale_max: int
    included: tuple[str, ...]
    not_observed: tuple[str, ...]

    def describe(self, names: dict[str, str]) -> str:
        if self.value is None:
            return "No composite yet: no competency has been scored."
        text = f"{self.value:.2f} of {self.scale_max}"
        if self.not_observed:
            left_out = ", ".join(names.get(k, k) for k in self.not_observed)
            text += f" (not observed, so left out: {left_out})"
        return text


def composite_score(competencies: Sequence[Competency], scores: Mapping[str, Score]) -> Composite:
    """Σ weight × level / Σ weight over the competencies that were scored."""
    total = weights = 0.0
    observed: list[int] = []
    included: list[str] = []
    not_observed: list[str] = []
    for competency in competencies:
        score = scores.get(competency.key)
        if score is None or score.level is None:
            not_observed.append(competency.key)
            continue
        total += competency.weight * score.level
        weights += competency.weight
        observed.append(score.level)
        included.append(competency.key)
    scale_max = max((c.levels for c in competencies), default=5)
    value = None
    if weights > 0:  # a mean lies between its extremes; keep rounding error from crossing them
        value = min(max(total / weights, min(observed)), max(observed))
    return Composite(value, scale_max, tuple(included), tuple(not_observed))


def evidence_for(competency_key: str, notes: Iterable[Note],
                 links: Mapping[tuple[str, int], bool]) -> list[Note]:
    """Notes tagged to the competency, plus those linked by hand, minus those unlinked."""
    chosen = []
    for note in notes:
        linked = links.get((competency_key, note.id))
        if linked is True or (linked is None and note.competency_key == competency_key):
            chosen.append(note)
    return chosen


@dataclass(frozen=True)
class FinaliseWarning:
    """Something to review before finalising: about a competency (or "@pay", "@agreements")."""

    competency_key: str
    message: str


def finalise_warnings(competencies: Sequence[Competency], scores: Mapping[str, Score],
                      notes: Sequence[Note],
                      links: Mapping[tuple[str, int], bool]) -> list[FinaliseWarning]:
    """What to check before finalising: scores with no evidence, competencies unscored."""
    warnings = []
    for competency in competencies:
        score = scores.get(competency.key)
        if score is None or score.level is None:
            warnings.append(FinaliseWarning(
                competency.key, say(
                    "{competency} has no score (it will count as not observed and be left "
                    "out of the composite).").format(competency=competency.name)))
        elif not evidence_for(competency.key, notes, links):
            warnings.append(FinaliseWarning(
                competency.key, say(
                    "{competency} is scored {level} but no note backs it up as evidence."
                ).format(competency=competency.name, level=score.level)))
    return warnings
