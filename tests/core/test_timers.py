"""Task timers: state comes from stored instants, so a restart keeps the clock right."""

from __future__ import annotations

import pytest

from wi_desktop.core.errors import InvalidTransition
from wi_desktop.core.model import SessionStatus, TaskState
from wi_desktop.storage.database import open_database
from wi_desktop.wiring import Services


def test_start_pause_resume_finish_accumulates_only_running_time(service, session_id, clock):
    first = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, first.id)
    clock.advance(60)
    service.sessions.pause_task(session_id, first.id)
    ws = service.sessions.workspace(session_id)
    assert ws.task(first.id).state is TaskState.PAUSED
    clock.advance(600)  # paused time does not count
    service.sessions.start_task(session_id, first.id)
    clock.advance(30)
    service.sessions.finish_task(session_id, first.id)
    ws = service.sessions.workspace(session_id)
    task = ws.task(first.id)
    assert task.state is TaskState.DONE
    clock.advance(100)
    assert task.actual_ms(clock.now_ms()) == 90_000


def test_session_clock_starts_with_first_task_and_stops_at_end(service, session_id, clock):
    ws = service.sessions.workspace(session_id)
    assert ws.session.status is SessionStatus.NOT_STARTED
    assert ws.session.elapsed_ms(clock.now_ms()) == 0
    service.sessions.start_task(session_id, ws.tasks[0].id)
    clock.advance(125)
    service.sessions.end_session(session_id)
    ws = service.sessions.workspace(session_id)
    assert ws.session.status is SessionStatus.ENDED
    clock.advance(1000)
    assert ws.session.elapsed_ms(clock.now_ms()) == 125_000
    assert ws.running_task() is None


def test_starting_a_task_pauses_the_one_running(service, session_id, clock):
    first, second = service.sessions.workspace(session_id).tasks
    service.sessions.start_task(session_id, first.id)
    clock.advance(10)
    service.sessions.start_task(session_id, second.id)
    ws = service.sessions.workspace(session_id)
    assert ws.task(first.id).state is TaskState.PAUSED
    assert ws.running_task() == ws.task(second.id)


def test_overrun_is_time_past_the_box(service, session_id, clock):
    second = service.sessions.workspace(session_id).tasks[1]  # 5 minutes
    service.sessions.start_task(session_id, second.id)
    clock.advance(5 * 60 + 42)
    task = service.sessions.workspace(session_id).task(second.id)
    assert task.overrun_ms(clock.now_ms()) == 42_000


def test_toggle_is_start_pause_resume(service, session_id, clock):
    task = service.sessions.workspace(session_id).tasks[0]
    for expected in (TaskState.RUNNING, TaskState.PAUSED, TaskState.RUNNING):
        change = service.sessions.toggle_task(session_id, task.id)
        assert change.tasks is not None  # the change carries the tasks as they now are
        assert next(t for t in change.tasks if t.id == task.id).state is expected


def test_invalid_transitions_say_why(service, session_id):
    task = service.sessions.workspace(session_id).tasks[0]
    with pytest.raises(InvalidTransition, match="not running"):
        service.sessions.pause_task(session_id, task.id)
    with pytest.raises(InvalidTransition, match="not been started"):
        service.sessions.finish_task(session_id, task.id)
    service.sessions.end_session(session_id)
    with pytest.raises(InvalidTransition, match="ended"):
        service.sessions.start_task(session_id, task.id)


def test_restarting_a_finished_task_reopens_it(service, session_id, clock):
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    clock.advance(5)
    service.sessions.finish_task(session_id, task.id)
    service.sessions.start_task(session_id, task.id)
    ws = service.sessions.workspace(session_id)
    assert ws.task(task.id).state is TaskState.RUNNING


def test_running_timer_survives_reopening_the_file(db_path, service, session_id, clock):
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    clock.advance(3600 + 7)
    # a new process: fresh connection, same clock reading
    reopened = Services(open_database(db_path), clock)
    running = reopened.sessions.workspace(session_id).running_task()
    assert running is not None and running.id == task.id
    assert running.actual_ms(clock.now_ms()) == 3_607_000


def test_a_paused_task_is_finished_at_its_last_pause_even_after_the_session_ended(
        service, session_id, clock):
    task = service.sessions.workspace(session_id).tasks[0]
    service.sessions.start_task(session_id, task.id)
    clock.advance(90)
    service.sessions.pause_task(session_id, task.id)
    paused_at = clock.now_ms()
    clock.advance(600)
    service.sessions.end_session(session_id)
    clock.advance(300)
    change = service.sessions.finish_task(session_id, task.id)  # no longer "Paused" for good
    done = next(t for t in change.tasks if t.id == task.id)
    assert done.state is TaskState.DONE and done.completed_ms == paused_at
    assert done.actual_ms(clock.now_ms()) == 90_000  # the time worked is unchanged
    with pytest.raises(InvalidTransition, match="already done"):
        service.sessions.finish_task(session_id, task.id)


def test_marking_the_last_task_done_ends_the_session_and_its_paid_time(
        service, session_id, clock):
    first, second = service.sessions.workspace(session_id).tasks
    service.sessions.start_task(session_id, first.id)
    clock.advance(60)
    service.sessions.finish_task(session_id, first.id)
    assert service.sessions.workspace(session_id).session.ended_ms is None  # one to go
    service.sessions.start_task(session_id, second.id)
    clock.advance(30)
    done_at = clock.now_ms()
    change = service.sessions.finish_task(session_id, second.id)
    assert change.session is not None and change.session.ended_ms == done_at
    clock.advance(3600)  # an hour later, nothing more is counted or paid
    session = service.sessions.workspace(session_id).session
    assert session.elapsed_ms(clock.now_ms()) == 90_000


def first_done_second_running(service, session_id, clock, seconds: int):
    """The first task done after SECONDS, the second (the last) running for as long."""
    first, second = service.sessions.workspace(session_id).tasks
    for task in (first, second):
        service.sessions.start_task(session_id, task.id)
        clock.advance(seconds)
        if task is first:
            service.sessions.finish_task(session_id, first.id)
    return second


def test_finishing_a_paused_last_task_does_not_end_the_session(service, session_id, clock):
    second = first_done_second_running(service, session_id, clock, 60)
    service.sessions.pause_task(session_id, second.id)
    clock.advance(3000)  # the candidate is still there: a debrief, say
    service.sessions.finish_task(session_id, second.id)
    session = service.sessions.workspace(session_id).session
    assert session.ended_ms is None  # the paid time is not cut back to the pause
    assert session.elapsed_ms(clock.now_ms()) == 3_120_000


def test_the_last_task_may_be_finished_without_ending_the_session(service, session_id, clock):
    second = first_done_second_running(service, session_id, clock, 30)
    assert service.sessions.is_last_open(session_id, second.id)
    service.sessions.finish_task(session_id, second.id, end_if_last=False)
    assert service.sessions.workspace(session_id).session.ended_ms is None
