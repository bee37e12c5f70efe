"""The bundled fonts: each listed font is there, with its licence, and coverage.json says
exactly which characters each draws."""

from __future__ import annotations

import json

from wi_desktop.export.typeset.catalogue import FALLBACKS, FONT_FILES, coverage_of, font_dir


def test_coverage_json_matches_every_font_file():
    table = json.loads((font_dir() / "coverage.json").read_text(encoding="ascii"))
    assert sorted(table) == sorted(FONT_FILES)
    for name in FONT_FILES:
        assert table[name] == coverage_of(font_dir() / name), (
            f"{name} changed: run packaging/font_coverage.py")


def test_every_bundled_font_has_its_licence_beside_it():
    licences = {"DejaVu": "LICENSE-DejaVu.txt", "Noto": "LICENSE-Noto.txt",
                "Droid": "LICENSE-DroidSansFallback.txt", "WiHan": "LICENSE-Hanazono.txt"}
    readme = (font_dir() / "README.md").read_text(encoding="utf-8")
    for name in FONT_FILES:
        [licence] = [file for prefix, file in licences.items() if name.startswith(prefix)]
        assert (font_dir() / licence).is_file()
        stem = name.split("-")[0].removesuffix(".ttf")
        assert stem in readme or stem.removeprefix("NotoSans") in readme, name


def test_the_emoji_font_is_there_with_its_licence_and_draws_sequences_whole():
    from wi_desktop.export.typeset.emoji import EMOJI_FILE, emoji_glyph, emoji_picture

    assert (font_dir() / EMOJI_FILE).is_file() and EMOJI_FILE in (
        font_dir() / "README.md").read_text(encoding="utf-8")
    for sequence in ("👍", "👍🏽", "👨‍👩‍👧‍👦", "🇳🇿", "1️⃣", "🏳️‍🌈", "❤️"):
        glyph = emoji_glyph(sequence)
        assert glyph, sequence
        assert emoji_picture(glyph).getSize()[0] > 32  # a picture, not an empty box
    assert not emoji_glyph("1") and not emoji_glyph("❤") and not emoji_glyph("a")


def test_the_fallbacks_cover_the_scripts_people_type():
    from wi_desktop.export.typeset.catalogue import font_for

    samples = {"Ա": "WiSans", "ა": "WiSans", "Ა": "WiGeorgian", "ש": "WiSans", "ع": "WiSans",
               "क": "WiDevanagari", "ক": "WiBengali", "ਕ": "WiGurmukhi", "ક": "WiGujarati",
               "କ": "WiOriya", "க": "WiTamil", "క": "WiTelugu", "ಕ": "WiKannada",
               "ക": "WiMalayalam", "ක": "WiSinhala", "ก": "WiThai", "ກ": "WiSans",
               "ក": "WiKhmer", "က": "WiMyanmar", "ཀ": "WiTibetan", "ሀ": "WiEthiopic",
               "𝐀": "WiMath", "中": "WiSansCJK", "ｶ": "WiSansCJK", "한": "WiSansCJK",
               "𠀋": "WiHanExtB"}
    assert {char: font_for(char) for char in samples} == samples
    assert len(FALLBACKS) == len({name for name, _ in FALLBACKS})


def test_emoji_pictures_can_be_drawn_by_two_documents_at_once():
    """Signing runs on a thread of its own while the window may build a preview."""
    from concurrent.futures import ThreadPoolExecutor

    from wi_desktop.export.typeset.emoji import emoji_glyph, emoji_picture

    glyphs = [emoji_glyph(e) for e in ("🦀", "🦁", "🦂", "🦃", "🦄", "🦅")]

    def draw(glyph: int) -> int:
        return len(emoji_picture(glyph).getRGBData())

    with ThreadPoolExecutor(6) as pool:
        sizes = list(pool.map(draw, glyphs * 4))
    assert all(size > 1000 for size in sizes)
