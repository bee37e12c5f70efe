"""A plan may depart from its role template for one candidate, each departure with a
reason, kept with the session (structured interviews are comparable only on record)."""

from __future__ import annotations

import pytest

from wi_desktop.core.errors import ValidationError
from wi_desktop.core.model import Departure, NewSession, PlannedTask
from wi_desktop.core.sessions import plan_departures
from wi_desktop.core.template_library import load_shipped_templates


@pytest.fixture
def template():
    return next(t for t in load_shipped_templates() if t.name == "Dental assistant")


def edited_plan(template):
    """The template's plan less its second task, the first one's time box halved, and one
    task more."""
    first, _dropped, *rest = template.tasks
    return (PlannedTask(first.title, first.minutes / 2),
            *(PlannedTask(t.title, t.minutes) for t in rest),
            PlannedTask("Sterilise the tray", 10))


def test_departures_are_found_by_title(template):
    first, dropped, *_ = template.tasks
    found = plan_departures(template, edited_plan(template))
    assert [(d.kind, d.task) for d in found] == [
        ("dropped", dropped.title), ("changed", first.title), ("added", "Sterilise the tray")]
    assert plan_departures(template, template.planned_tasks()) == ()
    assert "time box changed from" in found[1].describe()


def test_a_plan_that_departs_needs_a_reason_for_each_departure(service, template):
    new = NewSession("Ana", "", "", "Dr Chen", tasks=edited_plan(template))
    with pytest.raises(ValidationError, match="Say why .* dropped"):
        service.sessions.create_session(new, template=template)
    assert service.sessions.list_sessions() == []  # nothing half-made
    reasons = tuple(Departure(d.kind, d.task, None, None, f"because {d.kind}")
                    for d in plan_departures(template, new.tasks))
    sid = service.sessions.create_session(
        NewSession("Ana", "", "", "Dr Chen", tasks=new.tasks, departures=reasons),
        template=template)
    kept = service.sessions.departures(sid)
    assert [(d.kind, d.reason) for d in kept] == [
        ("dropped", "because dropped"), ("changed", "because changed"),
        ("added", "because added")]
    tasks = service.sessions.workspace(sid).tasks
    assert [t.title for t in tasks] == [t.title for t in new.tasks]
    assert tasks[0].planned_ms == template.tasks[0].minutes / 2 * 60_000
    assert tasks[0].instructions == template.tasks[0].instructions  # kept from the template


def test_the_template_as_it_is_has_no_departures(service, template):
    sid = service.sessions.create_session(NewSession("Ana", "", "", "Dr Chen"),
                                          template=template)
    assert service.sessions.departures(sid) == ()


def test_a_title_written_twice_is_matched_copy_by_copy(template):
    first = template.tasks[0]
    plan = (*template.planned_tasks(), PlannedTask(first.title, first.minutes))  # again
    assert [(d.kind, d.task) for d in plan_departures(template, plan)] == [
        ("added", first.title)]
    spaced = (PlannedTask("  " + first.title.replace(" ", "  ") + " ", first.minutes),
              *template.planned_tasks()[1:])
    assert plan_departures(template, spaced) == ()  # white space is folded, as stored


def test_fractional_time_boxes_are_not_departures(template):
    from dataclasses import replace

    halves = replace(template, tasks=tuple(replace(t, minutes=t.minutes + 0.5)
                                           for t in template.tasks))
    assert plan_departures(halves, halves.planned_tasks()) == ()
