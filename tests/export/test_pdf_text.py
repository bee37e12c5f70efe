"""User text on its way to reportlab: escaped, cut, shaped, reordered, drawable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from wi_desktop.export.pdf_fonts import CJK, SANS, SANS_ITALIC
from wi_desktop.export.pdf_text import (
    clean,
    line_pieces,
    markup,
    plain_lines,
    runs,
    substitute,
    truncate,
)


def test_markup_escapes_everything_that_could_be_a_tag():
    result = markup('<img src="/etc/passwd"/> & <font size=99>x</font>\nnext')
    assert result.text == ('&lt;img src="/etc/passwd"/&gt; &amp; &lt;font size=99&gt;x'
                           "&lt;/font&gt;<br/>next")
    assert not result.rtl


def test_cjk_runs_are_set_in_the_fallback_font_and_still_escaped():
    result = markup("Team <ok> 你好")
    assert result.text == f'Team &lt;ok&gt; <font face="{CJK}">你好</font>'


def test_truncate_says_how_much_was_left_out():
    assert truncate("short", 10) == "short"
    cut = truncate("word " * 1000, 100)
    assert cut.startswith("word word") and cut.endswith("word (… 4,901 more characters)")
    lines = truncate("a\n" * 50, 10_000, max_lines=3)
    assert lines == "a\na\na (… 95 more characters)"


def test_clean_keeps_text_and_drops_what_cannot_be_drawn():
    assert clean("a\r\nb\rc\u2028d\te\x00f\ud800") == "a\nb\nc\nd ef"
    assert clean("e\u0301") == "é"


def test_a_cluster_no_font_draws_is_one_sign_that_reads_back_as_the_cluster():
    from wi_desktop.export.typeset.tounicode import text_of

    assert substitute("ok 👍🏽 🇩🇪 ❤️") == "ok 👍🏽 🇩🇪 ❤️"  # emoji are drawn as pictures
    drawn = substitute("ok \U00013000\U00013001 \ue000")  # hieroglyphs: no font has them
    signs = drawn[3:].split(" ")
    assert drawn[:3] == "ok " and [len(sign) for sign in signs] == [2, 1]
    assert "".join(text_of(ord(sign)) for sign in "".join(signs)) == (
        "\U00013000\U00013001\ue000")
    assert all(sign >= "\U00100000" for sign in "".join(signs))
    assert substitute("ok \U00013000") == drawn[:4]  # the same cluster, the same sign
    typed_private = substitute("\U0010fffd")  # typed in the private plane: a sign too
    assert text_of(ord(typed_private)) == "\U0010fffd"
    assert substitute("שלום", SANS_ITALIC) == "שלום"  # drawn upright: the oblique lacks it


def test_runs_put_each_character_in_a_font_that_has_it():
    assert list(runs("abc 中文 ع", SANS_ITALIC)) == [
        (SANS_ITALIC, "abc "), (CJK, "中文"), (SANS_ITALIC, " "), (SANS, "ع")]


def test_direction_is_taken_from_the_first_letter():
    from wi_desktop.export.typeset.lines import paragraph_is_rtl as is_rtl

    assert is_rtl("שלום world") and is_rtl("123 مرحبا")
    assert not is_rtl("hello שלום") and not is_rtl("123")


def _read(pieces: list[tuple[str, str]]) -> list[str]:
    from wi_desktop.export.typeset.tounicode import text_of

    return [text_of(ord(char)) for _, piece in pieces for char in piece]


def test_a_line_is_shaped_and_put_in_visual_order_reading_back_as_typed():
    pieces = line_pieces("abc אבג", SANS, 9)
    assert "".join(_read(pieces)) == "abc גבא"  # drawn right to left: ג leftmost
    assert line_pieces("abc def", SANS, 9) == [(SANS, "abc def")]  # nothing to shape
    [(font, ligature)] = line_pieces("لا", SANS, 9)
    assert len(ligature) == 1 and _read([(font, ligature)]) == ["لا"]  # one glyph, both
    [(_, stacked)] = line_pieces("क्ष", SANS, 9)  # a conjunct: fewer glyphs than letters
    assert "".join(_read([(SANS, stacked)])) == "क्ष"


def test_plain_lines_fit_the_width_and_keep_every_word():
    text = "The quick brown fox jumps over the lazy dog " * 8
    plain = plain_lines(text, SANS, 9, 150)
    assert plain is not None and len(plain.lines) > 3
    assert all(stringWidth(line, SANS, 9) <= 150 for line in plain.lines)
    assert " ".join(plain.lines).split() == text.split()


def test_plain_lines_break_a_long_word_inside_it():
    plain = plain_lines("x" * 500, SANS, 9, 100)
    assert plain is not None and "".join(plain.lines) == "x" * 500
    assert all(stringWidth(line, SANS, 9) <= 100 for line in plain.lines)


def test_rtl_text_is_set_in_lines_that_read_from_the_top_line_down():
    from wi_desktop.export.typeset.lines import set_lines

    words = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה"] * 4
    assert plain_lines(" ".join(words), SANS, 9, 90) is None  # it needs shaping
    lines = set_lines(" ".join(words), SANS, 9, 90)
    assert len(lines) > 2 and all(line.rtl and line.width <= 90 for line in lines)
    assert " ".join(line.text for line in lines).split() == words


def test_plain_lines_give_way_to_markup_when_a_second_font_is_needed():
    assert plain_lines("mixed 中文", SANS, 9, 200) is None


@given(st.text(max_size=300))
def test_any_text_becomes_markup_and_lines_without_error(text):
    markup(text, width=200)
    plain_lines(text, SANS, 8.5, 200)
    line_pieces(text, SANS, 8.5)


def test_a_competency_citing_hundreds_of_notes_still_makes_a_summary(service, repo, clock):
    from wi_desktop.core.model import NewSession, PlannedTask
    from wi_desktop.core.snapshot import build_snapshot
    from wi_desktop.export.pdf import build_summary

    sid = service.sessions.create_session(NewSession("A", "R", "", "O", (PlannedTask("T", 5),)))
    for i in range(300):
        service.notes.add_note(sid, f"evidence {i}", competency_key="technical")
    service.scoring.set_score(sid, "technical", 4)
    snapshot = build_snapshot(service, sid, now_ms=clock.now_ms())
    assert snapshot.cited(snapshot.rubric[0]).endswith("and 260 more (see the timeline)")
    assert build_summary(snapshot).startswith(b"%PDF")


def test_an_emoji_newer_than_python_s_unicode_is_set_and_comes_back(service, demo_id,
                                                                      snapshot_of, pdftotext):
    """U+1FAE8 (Unicode 15) has no bidi class in Python 3.11's tables: the bidi algorithm
    refused it, and a summary holding it could not be made."""
    from wi_desktop.export.pdf import build_summary

    line_pieces("shaking \U0001fae8 face", SANS, 8.5)
    service.notes.add_note(demo_id, "shaking \U0001fae8 face, then مرحبا")
    text = pdftotext(build_summary(snapshot_of(demo_id)))
    assert "shaking \U0001fae8 face" in text
