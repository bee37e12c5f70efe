"""Exact text: every hard string of tests/corpus/hard_strings.txt goes note → data file →
signed summary PDF, and pdftotext gives it back (NFC, whitespace left out of the comparison); each
glyph drawn exists in the font that draws it; every font is embedded."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from wi_desktop.core.model import NewSession, PlannedTask
from wi_desktop.export.pdf import build_summary
from wi_desktop.export.pdf_fonts import SANS, SANS_BOLD, SANS_ITALIC
from wi_desktop.export.pdf_text import clean, runs, substitute
from wi_desktop.export.typeset.lines import set_lines
from wi_desktop.export.typeset.shaping import needs_shaping

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "hard_strings.txt"
_BIDI_CONTROLS = re.compile("[\\s\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def corpus() -> list[str]:
    """The corpus lines, with their \\u escapes read as the characters they name."""
    lines = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("# "):
            continue
        if "\\" in line:
            line = line.encode("ascii", "backslashreplace").decode("unicode_escape")
        lines.append(line)
    return lines


HARD = corpus()
_PAGE_FURNITURE = re.compile(r"^\f?(Working interview summary · .*|Made .* Observer|"
                             r"Page \d+ of \d+|INTERNAL: NOT FOR THE CANDIDATE)$", re.MULTILINE)
LONG = "".join(f"{i % 10}" for i in range(10_000))  # a 10,000-character line, no space
CONTROLS = "bell\x07 escape\x1b nul\x00 kept words"
SIGNER = "مُحَمَّد 李小龍 Ng"  # the signature's picture draws it


def squash(text: str) -> str:
    """NFC, without whitespace or the bidi marks pdftotext puts around right-to-left runs."""
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> str:
    """The text of one summary holding every hard string as a note (built once)."""
    import datetime as dt
    import shutil
    import subprocess

    from wi_desktop.core.clock import FakeClock
    from wi_desktop.core.snapshot import build_snapshot
    from wi_desktop.storage.database import open_database
    from wi_desktop.wiring import Services

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: poppler-utils)")
    folder = tmp_path_factory.mktemp("exact")
    clock = FakeClock(1_780_000_000_000)
    database = open_database(folder / "data.sqlite3")
    services = Services(database, clock)
    try:
        session = services.sessions.create_session(NewSession(
            candidate_name="Amani Ndlovu", role_name="Warehouse associate", location="",
            observer_name="Pat Kim", tasks=(PlannedTask("Pick an order", 10),)))
        task = services.sessions.workspace(session).tasks[0]
        services.sessions.start_task(session, task.id)
        for text in (*HARD, LONG, CONTROLS):
            clock.advance(1)
            services.notes.add_note(session, text)
        snapshot = build_snapshot(services, session, now_ms=clock.now_ms(), tz=dt.UTC,
                                  signature=None)
        # signed, as a person's summary is, by an observer whose name is a hard string too
        from wi_desktop.export.keys import ObserverKeyStore
        from wi_desktop.export.signing import sign_pdf, verify_pdf

        keys = ObserverKeyStore(folder / "keys")
        keys.create(SIGNER, "a passphrase for the test")
        signed = sign_pdf(build_summary(snapshot), keys.load_signer(SIGNER, "a passphrase for "
                          "the test"), field_rect=(72.0, 72.0, 300.0, 132.0), page=0)
        result = verify_pdf(signed)
        assert result.ok, result.reason
        path = folder / "summary.pdf"
        path.write_bytes(signed)
        fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                               check=True, timeout=60)
        assert fonts.stderr == ""  # no font error
        rows = fonts.stdout.splitlines()[2:]
        assert rows and all(" yes yes yes " in row for row in rows), fonts.stdout
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True, timeout=60).stdout
        return _PAGE_FURNITURE.sub("", text)  # a page break falls inside long notes
    finally:
        database.close()


@pytest.mark.parametrize("text", HARD, ids=[f"{i:02d}" for i in range(len(HARD))])
def test_every_hard_string_comes_back_out_of_the_pdf(extracted, text):
    assert squash(text) in squash(extracted)


def test_a_10000_character_line_wraps_and_comes_back_whole(extracted):
    assert LONG in squash(extracted)


def test_control_characters_are_left_out_and_the_words_kept(extracted):
    assert squash("bell escape nul kept words") in squash(extracted)


@pytest.mark.parametrize("face", [SANS, SANS_BOLD, SANS_ITALIC])
def test_every_glyph_drawn_exists_in_the_font_that_draws_it(face):
    """No empty box: every glyph set for the corpus is a real glyph of its font (or one of
    the emoji font's pictures)."""
    for text in (*HARD, LONG):
        drawn = substitute(clean(text), face)
        if needs_shaping(drawn):
            for line in set_lines(drawn, face, 9, 300):
                for run in line.runs:
                    missing = [glyph for glyph in run.glyphs if not glyph.gid]
                    assert not missing, (text, run.font, run.text)
            continue
        for font, piece in runs(drawn, face):
            glyphs = pdfmetrics.getFont(font).face.charToGlyph
            missing = [char for char in piece if char != "\n" and not glyphs.get(ord(char))]
            assert not missing, (text, font, missing)


def test_typed_text_keeps_its_style_s_spacing_indents_and_heading_rule():
    from reportlab.lib.styles import ParagraphStyle

    from wi_desktop.export.pdf_layout import user_text

    style = ParagraphStyle("typed-heading", fontName=SANS, fontSize=10, leading=13,
                           spaceBefore=6, spaceAfter=2, keepWithNext=1, leftIndent=20,
                           rightIndent=10)
    text = "مُحَمَّد عَلِيّ " * 30
    block = user_text(text, style, 300)
    assert (block.spaceBefore, block.spaceAfter, block.keepWithNext) == (6, 2, 1)
    _, height = block.wrap(300, 1000)
    lines = block._set(300)
    assert all(line.width <= 300 - 30 for line in lines) and height == 13 * len(lines)
    first, rest = block.split(300, 13 * 2 + 1)
    assert (first.spaceBefore, first.spaceAfter, rest.spaceBefore, rest.spaceAfter) == (
        6, 0, 0, 2)
    assert " ".join(line.text for line in (*first._set(300), *rest._set(300))).split() == (
        text.split())


def test_a_right_to_left_name_in_the_letter_s_sentences_reads_back_as_typed(demo, pdftotext):
    from dataclasses import replace

    from wi_desktop.export.pdf import render_letter

    name, role = "مُحَمَّد عَلِيّ", "עובד מחסן"
    snapshot = replace(demo, session=replace(demo.session, candidate_name=name,
                                             role_name=role))
    text = squash(pdftotext(render_letter(snapshot, candidate_ack=True).data))
    assert squash(f"Dear {name},") in text
    assert squash(f"for the role of {role}") in text
    assert squash(f"I, {name}, have received this letter") in text


def test_a_competency_name_that_needs_shaping_reads_back_from_the_chart(demo, pdftotext):
    from dataclasses import replace

    from wi_desktop.export.pdf import build_summary

    names = ["समस्या समाधान", "العمل الجماعي"]
    rubric = tuple(replace(line, competency=replace(line.competency, name=name))
                   for line, name in zip(demo.rubric, names, strict=False)) + demo.rubric[2:]
    text = squash(pdftotext(build_summary(replace(demo, rubric=rubric))))
    for name in names:
        assert squash(name) in text, name
