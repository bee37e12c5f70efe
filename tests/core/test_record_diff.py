"""What an amendment changed, read from two session records."""

from __future__ import annotations

import copy

from wi_desktop.core.record_diff import RecordChange, record_changes

BEFORE = {
    "exported": "2026-11-25T10:00:00+00:00",
    "session": {"candidate": "Alex", "role": "Cook", "location": "", "finalised": "x"},
    "tasks": [{"id": 1, "title": "Prep", "planned_minutes": 15, "state": "done"}],
    "scores": [{"competency": "safety", "level": 3, "evidence": [10]}],
    "notes": [{"id": 10, "text": "Washed hands", "task": 1, "competency": "safety", "mark": 1},
              {"id": 11, "text": "Dropped a tray", "task": 1, "competency": None, "mark": -1}],
    "pay": {"hourly_rate_cents": 1800, "paid": True},
    "agreements": {"consent_given": "2026-11-25T09:00:00+00:00"},
    "feedback": {"strengths": ""},
    "debrief": [{"position": 0, "question": "How did it go?", "answer": ""}],
    "documents": [], "amendments": [],
}


def test_a_record_compared_with_itself_has_no_changes():
    assert record_changes(BEFORE, copy.deepcopy(BEFORE)) == ()


def test_bookkeeping_is_not_a_change():
    after = copy.deepcopy(BEFORE)
    after["exported"] = "later"
    after["session"]["finalised"] = "later"
    after["documents"] = [{"version": 1}]
    after["amendments"] = [{"by": "Sam"}]
    assert record_changes(BEFORE, after) == ()


def test_each_change_names_the_field_with_old_and_new():
    after = copy.deepcopy(BEFORE)
    after["pay"]["hourly_rate_cents"] = 1900
    after["scores"][0]["level"] = 4
    after["notes"][0]["text"] = "Washed hands twice"
    del after["notes"][1]
    after["notes"].append({"id": 12, "text": "Asked about allergens", "task": 1,
                           "competency": "safety", "mark": 1})
    after["debrief"][0]["answer"] = "Good"
    after["session"]["location"] = "Front counter"
    assert record_changes(BEFORE, after) == (
        RecordChange("Session: location", "—", "Front counter"),
        RecordChange("Score: safety", "3", "4"),
        RecordChange("Note “Washed hands”: text", "Washed hands", "Washed hands twice"),
        RecordChange("Note added", "", "Asked about allergens"),
        RecordChange("Note removed", "Dropped a tray", ""),
        RecordChange("Pay: hourly rate", "18.00", "19.00"),
        RecordChange("Debrief “How did it go?”: answer", "—", "Good"),
    )


def test_a_long_text_is_shortened_for_the_page():
    after = copy.deepcopy(BEFORE)
    after["feedback"]["strengths"] = "x" * 5000
    [change] = record_changes(BEFORE, after)
    assert len(change.new) == 400 and change.new.endswith("…")


def test_the_same_instant_written_in_another_zone_is_no_change():
    before = copy.deepcopy(BEFORE)
    before["session"]["started"] = "2026-11-25T09:00:00+00:00"
    after = copy.deepcopy(before)
    after["session"]["started"] = "2026-11-25T10:00:00+01:00"
    assert record_changes(before, after) == ()
    after["session"]["started"] = "2026-11-25T10:00:00+00:00"
    assert [c.what for c in record_changes(before, after)] == ["Session: started"]


def test_each_change_is_said_in_the_language_of_whoever_shows_it():
    after = copy.deepcopy(BEFORE)
    after["session"]["location"] = "Front counter"
    del after["notes"][1]
    words = {"{area}: {field}": "{area} · {field}", "Session": "Sesión",
             "{area} removed": "{area} quitada", "Note": "Nota"}.get
    changes = record_changes(BEFORE, after)
    assert [c.label(lambda text: words(text, text)) for c in changes] == \
        ["Sesión · location", "Nota quitada"]
    assert [c.what for c in changes] == ["Session: location", "Note removed"]
