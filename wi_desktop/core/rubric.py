"""The default anchored rubric: six competencies, five behavioural levels each."""

from __future__ import annotations

from wi_desktop.core.model import Competency

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
