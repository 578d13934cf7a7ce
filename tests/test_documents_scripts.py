"""Indic names shaped in every PDF (HarfBuzz, for runs in Indic fonts only) while Arabic and
Hebrew stay as they were; Arabic searchable as the letters typed."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from hirefile.documents import components as c
from hirefile.documents import shaping
from hirefile.documents import styles as st
from hirefile.documents.templates import PageSetup, build_pdf

DEVANAGARI = "प्रिया शर्मा"
BENGALI = "সৌমিত্র চট্টোপাধ্যায়"
MALAYALAM = "ശ്രീക്കുട്ടൻ"
TAMIL = "கிருஷ்ணன்"
ARABIC = "مصطفى سليمان"
HEBREW = "שלום עולם"
PRIVATE = range(0xE000, 0xF900)


def build(*lines: str) -> bytes:
    s = st.styles()
    return build_pdf([c.para(line, s.body) for line in lines],
                     PageSetup(kind="Test", subject="Scripts", company="Fernwood"))


def shown_codes(pdf: bytes, font_part: str) -> set[int]:
    """The characters the PDF draws with the font whose name holds `font_part`, as ReportLab
    wrote them (a shaped conjunct is a private-use code: a glyph no character maps to)."""
    from reportlab.pdfbase import pdfmetrics

    faces = [name for name in st.SHAPED_FONTS if font_part in name]  # regular, bold
    if not faces:
        raise AssertionError(f"no {font_part} font registered")
    return {code for name in faces for code in pdfmetrics.getFont(name).face.charToGlyph
            if code in PRIVATE}


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_indic_fonts_ship_with_the_app() -> None:
    for family in ("NotoSansDevanagari", "NotoSansBengali", "NotoSansMalayalam",
                   "NotoSansTamil"):
        found = st.fallback_font(family)
        assert found is not None, family
        assert found[0] in st.SHAPED_FONTS


@pytest.mark.parametrize(("name", "font", "letter"), [
    (DEVANAGARI, "Devanagari", "प"), (BENGALI, "Bengali", "স"),
    (MALAYALAM, "Malayalam", "ശ"), (TAMIL, "Tamil", "க"),
])
def test_indic_names_are_shaped_into_glyphs_no_single_letter_has(name: str, font: str,
                                                                  letter: str) -> None:
    """Conjuncts and vowel signs become the font's own glyphs (which no character maps to),
    and the name's letters are still in the PDF's text."""
    pdf = build(f"Dear {name}, welcome.")
    assert shown_codes(pdf, font), "no shaped glyph: the name printed letter by letter"
    found = text_of(pdf)
    assert "Dear" in found and "welcome." in found and letter in found


def test_a_shaped_word_keeps_the_comma_after_it_in_the_body_font() -> None:
    """ReportLab shapes a whole word in its first run's font: the comma after a Devanagari
    name became a Devanagari glyph number drawn in DejaVu Sans."""
    pdf = build(f"Dear {DEVANAGARI}, hello")
    assert ", hello" in text_of(pdf)


def test_only_paragraphs_in_indic_fonts_are_shaped() -> None:
    s = st.styles()
    assert c.para(ARABIC, s.body).style.shaping == 0
    assert c.para("Łucja Żółkiewska", s.body).style.shaping == 0
    assert c.para(f"{ARABIC} · {DEVANAGARI}", s.body).style.shaping == 1


def test_arabic_reads_back_as_the_letters_typed_and_hebrew_stays_right() -> None:
    pdf = build(ARABIC, HEBREW, f"Mixed {DEVANAGARI} and {ARABIC}")
    found = text_of(pdf)
    # the ToUnicode map gives each joined form back as its letter: a search for the typed
    # word finds it (pypdf returns the line in drawing order, right to left)
    words = ARABIC.split()
    assert all(w in found or w[::-1] in found for w in words), found
    assert not any(0xFE70 <= ord(ch) <= 0xFEFE for ch in found)
    assert "שלום" in found or "שלום"[::-1] in found


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_finds_the_arabic_name_in_logical_order(tmp_path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(build(ARABIC, HEBREW))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert ARABIC in out and HEBREW in out


def test_a_shaping_failure_prints_the_name_unshaped_rather_than_no_document(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import ttfonts

    def broken(*_a: object, **_k: object) -> None:
        raise AssertionError("out of private code points")

    monkeypatch.setattr(ttfonts, "shapeFragWord", broken)
    monkeypatch.setattr(shaping, "_SHAPED_RUNS", {})
    pdf = build(f"Dear {TAMIL} and {MALAYALAM}, welcome.")
    assert "welcome." in text_of(pdf)
