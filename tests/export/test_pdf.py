"""The documents as a reader gets them: what the text says, what it never says, the fonts,
the page size, and the box kept for the digital signature."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from dataclasses import replace

import pytest

from wi_desktop.core.demo import DEMO_NOTES
from wi_desktop.core.model import NewSession, PlannedTask, Polarity
from wi_desktop.core.pay import WorkProduct
from wi_desktop.core.rubric import Recommendation
from wi_desktop.core.snapshot import SignatureMark
from wi_desktop.core.templates import WorkerStatus
from wi_desktop.export import pdf_words as words
from wi_desktop.export.pdf import (
    build_briefing,
    build_letter,
    build_summary,
    render_letter,
    render_summary,
)

DEMO_TEXTS = [text for *_, text in DEMO_NOTES]
LETTER_SIZE = (612.0, 792.0)
A4_SIZE = (595.2756, 841.8898)


def _pages(data: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", data)
    return [(float(w), float(h)) for w, h in boxes]


def _words(text: str) -> str:
    return " ".join(text.split())


FEEDBACK = {"strengths": "Calm with customers; fast learner.",
            "growth_areas": "Milk texture under pressure.",
            "next_steps": "We will call you by Friday."}


@pytest.fixture
def filled(demo_id, record, snapshot_of, clock):
    """The demo session with pay, agreements, feedback and a decision as these tests set."""
    record.pay.update_pay(demo_id, {"paid": True, "hourly_rate_cents": 1850,
                                "worker_status": "employee", "payment_date": "2026-06-05",
                                "payment_method": "Bank transfer"}, changed_by="Sam Okafor",
                      reason="agreed rate")
    record.agreements.update_agreements(demo_id, confidentiality_version="v2.1",
                             work_product=WorkProduct.DELETED)
    record.agreements.record_now(demo_id, "confidentiality_accepted_ms")
    record.agreements.record_now(demo_id, "consent_given_ms")
    record.agreements.update_feedback(demo_id, **FEEDBACK)
    record.scoring.set_recommendation(demo_id, Recommendation.STRONG_YES)
    return snapshot_of(demo_id, SignatureMark("typed", "Sam Okafor", signed_ms=clock.now_ms()))


# --- the demo documents ----------------------------------------------------------------------

def test_the_demo_summary_holds_the_whole_record(filled, pdftotext):
    text = pdftotext(build_summary(filled), "-raw")
    flat = _words(text)
    session = filled.session
    scored = next(line for line in filled.rubric if line.level is not None and line.evidence)
    cited = filled.cited(scored)
    over = next(t for t in filled.tasks if t.overrun_ms)
    for expected in ("Working interview summary", session.candidate_name, session.role_name,
                     session.location, session.observer_name, "Version v2.1, accepted",
                     "Paid by the hour at $18.50 per hour", WorkerStatus.EMPLOYEE.label,
                     WorkProduct.DELETED.label,
                     *(t.title for t in filled.tasks), f"{words.span(over.overrun_ms)} over",
                     _words(scored.anchor), cited, filled.composite_text, "Strong yes",
                     *FEEDBACK.values(), "INTERNAL: NOT FOR THE CANDIDATE",
                     *(a.question for a in filled.debrief),
                     "Reserved for the observer's digital signature"):
        assert expected in flat, expected
    for number, note in enumerate(DEMO_TEXTS, start=1):
        assert note in " ".join(_note_lines(text, number)), note
    assert "Not observed" in flat  # the chart and the table say so; never a zero
    last_page = re.findall(r"Page (\d+) of (\d+)", text)[-1]
    assert last_page[0] == last_page[1]


def test_the_summary_can_leave_the_notes_out(filled, pdftotext):
    flat = _words(pdftotext(build_summary(filled, include_notes=False)))
    assert not any(note in flat for note in DEMO_TEXTS)
    assert "left out of this copy" in flat


def test_the_letter_never_shows_notes_or_the_recommendation(filled, pdftotext):
    for include_scores in (False, True):
        flat = _words(pdftotext(build_letter(filled, include_scores=include_scores)))
        assert f"Dear {filled.session.candidate_name}," in flat
        assert all(text in flat for text in FEEDBACK.values())
        assert "$18.50" in flat and all(t.title in flat for t in filled.tasks)
        assert not any(note in flat for note in DEMO_TEXTS)
        assert "Strong yes" not in flat and "ecommendation" not in flat
        assert "INTERNAL" not in flat and "N2" not in flat


def test_scores_are_in_the_letter_only_when_asked_for(filled, pdftotext):
    without = _words(pdftotext(build_letter(filled)))
    with_scores = _words(pdftotext(build_letter(filled, include_scores=True)))
    for line in filled.rubric:
        assert line.competency.name not in without
        assert line.competency.name in with_scores
    assert " of 5" not in without and "3 of 5" in with_scores
    assert "Not observed" in with_scores and filled.composite_text in with_scores


def test_the_briefing_lists_each_task_with_its_time_box(service, snapshot_of, pdftotext):
    session_id = service.sessions.create_session(NewSession(
        "Jordan Lee", "Warehouse associate", "Dock 2", "Pat Kim",
        (PlannedTask("Pick an order", 10, "Use the scanner; <b>check</b> bin labels."),
         PlannedTask("Pack and label", 45))))
    flat = _words(pdftotext(build_briefing(snapshot_of(session_id))))
    assert "1. Pick an order Time box: 10 min" in flat
    assert "Use the scanner; <b>check</b> bin labels." in flat
    assert "2. Pack and label Time box: 45 min" in flat
    assert "Planned time in all: 55 min" in flat


def test_page_size_is_letter_by_default_and_a4_on_request(demo):
    for data in (build_summary(demo), build_letter(demo), build_briefing(demo)):
        assert set(_pages(data)) == {LETTER_SIZE}
    for data in (build_summary(demo, page_size="a4"), build_letter(demo, page_size="A4"),
                 build_briefing(demo, page_size="a4")):
        assert set(_pages(data)) == {A4_SIZE}
    with pytest.raises(ValueError, match="page size"):
        build_summary(demo, page_size="legal-ish")


def test_every_font_is_embedded(demo, service, demo_id, snapshot_of, pdffonts):
    service.notes.add_note(demo_id, "Ελληνικά, Кириллица, עברית, العربية, 中文")
    snapshot = snapshot_of(demo_id)
    for data in (build_summary(snapshot), build_letter(snapshot, include_scores=True),
                 build_briefing(snapshot)):
        fonts = pdffonts(data)
        assert fonts and all(embedded for _, embedded in fonts), fonts
        assert all("DejaVuSans" in name or "DroidSansFallback" in name for name, _ in fonts)


# --- the signature box -----------------------------------------------------------------------

@pytest.mark.parametrize("render", [render_summary, render_letter])
def test_the_signature_box_is_on_a_page_and_inside_it(demo, render):
    for size, page_size in ((LETTER_SIZE, "letter"), (A4_SIZE, "a4")):
        document = render(demo, page_size=page_size)
        pages = len(_pages(document.data))
        assert 0 <= document.signature_page < pages
        x1, y1, x2, y2 = document.signature_rect
        assert 0 < x1 < x2 < size[0] and 0 < y1 < y2 < size[1]
        assert x2 - x1 >= 150 and y2 - y1 >= 50


def test_the_signature_box_follows_a_long_timeline(demo):
    notes = tuple(replace(demo.notes[0], id=10_000 + i, text=f"note {i}") for i in range(300))
    document = render_summary(replace(demo, notes=demo.notes + notes))
    assert document.signature_page == len(_pages(document.data)) - 1 > 3


def test_a_drawn_signature_is_shown(demo, pdftotext):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (300, 90), (20, 40, 90, 255)).save(buffer, "PNG")
    drawn = replace(demo, signature=SignatureMark("drawn", "Sam Okafor", buffer.getvalue(),
                                                  demo.taken_ms))
    data = build_summary(drawn)
    assert b"/Subtype /Image" in data
    assert "(drawn signature)" in _words(pdftotext(data))
    broken = replace(drawn, signature=replace(drawn.signature, png=b"not a png"))
    assert "Sam Okafor" in pdftotext(build_summary(broken))  # falls back to the typed name


def test_without_a_mark_there_is_a_line_to_sign_on(demo, pdftotext):
    text = _words(pdftotext(build_summary(replace(demo, signature=None))))
    assert "Date: ____" in text


# --- user text is data -------------------------------------------------------------------------

MARKUP = 'Look: <img src="/etc/passwd"/> <font size=99>huge</font> &amp; <b>bold</b> <para>'


def test_markup_in_user_text_prints_literally(service, demo_id, snapshot_of, pdftotext,
                                              record):
    service.notes.add_note(demo_id, MARKUP)
    record.agreements.update_feedback(demo_id, strengths=MARKUP)
    snapshot = snapshot_of(demo_id)
    summary = pdftotext(build_summary(snapshot), "-raw")
    assert MARKUP in summary  # in the timeline, on one line
    assert _words(MARKUP) in _words(pdftotext(build_letter(snapshot)))


MULTILINGUAL = {
    "french": "Très bien organisé : crème brûlée, façade, naïve, œuvre",
    "cyrillic": "Отлично справился с кассой и общением",
    "greek": "Καλή συνεργασία με την ομάδα",
    "cjk": "中文测试：你好，世界。日本語のテスト、한국어 테스트",
}
HEBREW = "שלום עולם, זה מבחן קטן"
ARABIC = "مرحبا بالعالم، هذا اختبار لا بأس به"
MIXED = "The word שלום means peace"


def _visual(raw_line: str) -> str:
    """What a reader sees, left to right. pdftotext puts each right-to-left word back in
    reading order between U+202B and U+202C; reversing those restores the drawn order."""
    line = re.sub("\u202b(.*?)\u202c", lambda m: m[1][::-1], raw_line)
    return re.sub("[\u200e\u200f\u202a-\u202e]", "", line)


def _note_lines(raw: str, number: int) -> list[str]:
    """The timeline lines of note N<number>: its own line and any it wraps onto."""
    lines = raw.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"N{number} "))
    found = [re.sub(r"^N\d+ \d\d:\d\d \d:\d\d:\d\d ", "", lines[start])]
    for line in lines[start + 1:]:
        if re.match(r"N\d+ |Task \d|No task running|Debrief$|Feedback|Observer's|Made ", line):
            break
        found.append(line)
    return found


@pytest.fixture
def multilingual(service, snapshot_of, clock):
    session_id = service.sessions.create_session(NewSession("Zoë Ångström-Łukasiewicz", "Cuisinier",
                                                   "Café", "Pat", (PlannedTask("Tâche", 10),)))
    texts = [*MULTILINGUAL.values(), HEBREW, ARABIC, MIXED]
    for text in texts:
        clock.advance(30)
        service.notes.add_note(session_id, text)
    return snapshot_of(session_id), texts


def test_accented_cyrillic_greek_and_cjk_notes_read_back_exactly(multilingual, pdftotext):
    snapshot, texts = multilingual
    raw = pdftotext(build_summary(snapshot), "-raw")
    for number, text in enumerate(texts[:4], start=1):
        assert _note_lines(raw, number) == [text]
    assert "Zoë Ångström-Łukasiewicz" in raw


def test_right_to_left_notes_read_back_as_typed_not_as_presentation_forms(multilingual,
                                                                          pdftotext):
    snapshot, _texts = multilingual
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", pdftotext(build_summary(snapshot)))
    assert HEBREW in text and ARABIC in text
    assert "The word שלום means peace" in text
    # the shapes drawn are Arabic's joined forms, but what is read is the letters typed
    assert not any("\ufb50" <= char <= "\ufeff" for char in text)


def test_copying_right_to_left_text_gives_the_words_in_order(multilingual, pdftotext):
    snapshot, _texts = multilingual
    copied = re.sub("[\u202a-\u202e]", "", pdftotext(build_summary(snapshot)))
    copied = unicodedata.normalize("NFKC", copied)
    for text in (HEBREW, ARABIC):
        words = [w.strip("،,") for w in text.split()]
        positions = [copied.find(w) for w in words]
        assert -1 not in positions, (words, positions)


def test_a_long_hebrew_note_wraps_line_by_line_in_reading_order(service, demo_id, snapshot_of,
                                                                  pdftotext):
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    words = [letters[i % 22] + letters[(i * 5 + 3) % 22] + letters[(i * 7 + 1) % 22]
             for i in range(70)]
    service.notes.add_note(demo_id, " ".join(words))
    raw = pdftotext(build_summary(snapshot_of(demo_id)), "-raw")
    lines = _note_lines(raw, len(DEMO_TEXTS) + 1)
    assert len(lines) >= 3
    assert " ".join(_visual(line)[::-1].strip() for line in lines) == " ".join(words)


def test_emoji_and_characters_no_font_has_read_back_as_typed(service, demo_id, snapshot_of,
                                                             pdftotext):
    """Each cluster no font draws is one replacement sign on the page, and exactly what was
    typed in the text layer: never dropped, never a placeholder."""
    typed = "Great 👍 team player 🇫🇷 👩‍💻 \U0001fae0 \ue000 1️⃣ done"
    service.notes.add_note(demo_id, typed)
    raw = pdftotext(build_summary(snapshot_of(demo_id)), "-raw")
    assert _words(" ".join(_note_lines(raw, len(DEMO_TEXTS) + 1))) == typed
    assert "[" not in raw


def test_a_one_megabyte_note_is_cut_in_the_timeline_and_given_at_length_after(
        service, demo_id, snapshot_of, pdftotext):
    service.notes.add_note(demo_id, "word " * 199_999 + "last")
    service.notes.add_note(demo_id, "x" * 1_000_000)
    service.notes.add_note(demo_id, "line\n" * 100_000)
    service.notes.add_note(demo_id, "字" * 1_000_000)
    data = build_summary(snapshot_of(demo_id))
    text = _words(pdftotext(data))
    assert re.search(r"word \(… 99\d,\d\d\d more characters; in full under “Notes in full”\)",
                     text)
    assert len(re.findall(r"more characters; in full under “Notes in full”\)", text)) == 4
    whole = r"N\d+ \([\d,]+ characters; the whole of it is in the session record embedded"
    assert len(re.findall(whole, text)) == 4
    assert text.count("x") >= 21_000  # the timeline's 1,500 and 20,000 in full
    assert len(data) < 1_200_000


def test_control_characters_and_lone_surrogates_do_not_break_the_document(demo, pdftotext):
    note = replace(demo.notes[0], text="bell\x07 null\x00 surrogate\ud800 tab\tend")
    raw = pdftotext(build_summary(replace(demo, notes=(note,) + demo.notes[1:])), "-raw")
    assert _words(" ".join(_note_lines(raw, 1))).endswith("+ bell null surrogate tab end")


def test_strength_and_concern_marks_are_shown(demo, pdftotext):
    raw = pdftotext(build_summary(demo), "-raw")
    marks = {Polarity.STRENGTH: "+", Polarity.CONCERN: "−"}
    for number, (*_, polarity, text) in enumerate(DEMO_NOTES, start=1):
        shown = _words(" ".join(_note_lines(raw, number)))
        if polarity in marks:
            assert shown.endswith(f"{marks[polarity]} {text}"), shown
        else:
            assert not shown.endswith((f"+ {text}", f"− {text}")), shown


def test_making_documents_never_loads_qt(demo_id):
    code = ("import sys\n"
            "import wi_desktop.export.pdf, wi_desktop.core.snapshot\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_plan_that_departs_from_its_template_says_how_and_why_in_the_summary(
        service, snapshot_of, pdftotext):
    from wi_desktop.core.model import Departure
    from wi_desktop.core.sessions import plan_departures
    from wi_desktop.core.template_library import load_shipped_templates

    template = next(t for t in load_shipped_templates() if t.name == "Dental assistant")
    first, dropped, *rest = template.tasks
    plan = (PlannedTask(first.title, 5), *(PlannedTask(t.title, t.minutes) for t in rest))
    why = {"dropped": "The suction unit is out of order today.",
           "changed": "Shortened: the patient arrived late."}
    found = plan_departures(template, plan)
    sid = service.sessions.create_session(NewSession(
        "Ana", "", "", "Dr Chen", tasks=plan,
        departures=tuple(Departure(d.kind, d.task, None, None, why[d.kind]) for d in found)),
        template=template)
    flat = _words(pdftotext(build_summary(snapshot_of(sid))))
    assert "This plan departs from “Dental assistant”" in flat
    assert f"“{dropped.title}” dropped" in flat and why["dropped"] in flat
    assert f"“{first.title}” time box changed from {first.minutes:g} min to 5 min" in flat
    assert why["changed"] in flat


def test_a_stamp_entered_afterwards_says_so_in_the_summary(service, demo_id, snapshot_of,
                                                          clock, pdftotext):
    service.agreements.clear_stamp(demo_id, "consent_given_ms")
    clock.advance(60)
    service.agreements.record_at(demo_id, "consent_given_ms", clock.now_ms() - 30_000,
                                 entered_by="Sam Okafor")
    flat = _words(pdftotext(build_summary(snapshot_of(demo_id))))
    assert "(entered afterwards by Sam Okafor," in flat
