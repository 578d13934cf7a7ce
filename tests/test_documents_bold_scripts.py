"""Indic names in bold (a packet's title, an offer's "who" cell, table headers) print in the
bold Noto face, shaped, and read back as typed (pdftotext: in typed order, though the reph of
शर्मा is drawn after मा); Arabic and Hebrew stay right."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_layout import pages
from pypdf import PdfReader
from test_documents import make_desk

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.templates import PageSetup, build_pdf
from hirefile.services import documents, packets
from hirefile.storage.database import Database

#: Names whose glyphs are reordered or joined by shaping, and a glyph the bold face draws for
#: several letters (the reph र्, the conjuncts ত্র and ക്ക), which its ToUnicode map gives back.
NAMES = {"Devanagari": ("प्रिया शर्मा", "र्"), "Bengali": ("সৌমিত্র চট্টোপাধ্যায়", "ত্র"),
         "Malayalam": ("ശ്രീക്കുട്ടൻ", "ക്ക")}
ARABIC = "مصطفى سليمان"
HEBREW = "שלום עולם"


def drawn(pdf: bytes) -> list[tuple[str, str]]:
    """(text, font) of each piece the PDF draws, in the order drawn (font without its subset
    prefix: `NotoSansDevanagari-Bold`)."""
    out: list[tuple[str, str]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
            if text.strip() and isinstance(font, dict):
                out.append((text, str(font.get("/BaseFont", "")).partition("+")[2]))

        page.extract_text(visitor_text=visit)
    return out


def clusters(pdf: bytes, font: str) -> set[str]:
    """What the glyphs of the embedded `font` stand for (its ToUnicode map): a shaped conjunct
    is one glyph standing for several letters."""
    found: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            obj = ref.get_object()
            if str(obj["/BaseFont"]).endswith(f"+{font}") and "/ToUnicode" in obj:
                cmap = obj["/ToUnicode"].get_object().get_data().decode("latin-1")
                chars = cmap.partition("beginbfchar")[2]
                found |= {bytes.fromhex(h).decode("utf-16-be")
                          for h in re.findall(r"<[0-9A-F]+> <([0-9A-F]+)>", chars)}
    return found


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils not installed")


def test_the_bold_indic_faces_ship_with_the_app_and_their_licence() -> None:
    for family in ("NotoSansDevanagari", "NotoSansBengali", "NotoSansMalayalam",
                   "NotoSansTamil"):
        found = st.fallback_font(family)
        assert found is not None
        assert f"{found[0]}-Bold" in st.SHAPED_FONTS, family
    licence = st.resource("fonts", "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert "(Regular and Bold)" in licence and "SIL Open Font License" in licence


@needs_pdftotext
@pytest.mark.parametrize("script", list(NAMES))
def test_an_indic_name_in_a_packets_title_and_an_offers_heading_prints_bold_and_shaped(
        new_db: Database, tmp_path: Path, script: str) -> None:
    name, conjunct = NAMES[script]
    desk = make_desk(new_db, name)
    with new_db.reader() as s:
        packet = packets.packet_pdf(s, desk.app_id)
        offer = documents.offer_letter_pdf(s, desk.offer_id)
    bold, regular = f"NotoSans{script}-Bold", f"NotoSans{script}-Regular"
    for pdf in (packet, offer):
        fonts = {font for _, font in drawn(pdf)}
        assert {bold, regular} <= fonts  # the heading bold, "Dear …" and the header regular
        assert conjunct in clusters(pdf, bold), "the bold name printed unshaped"
        assert name in pdftotext(pdf, tmp_path)
    # every time the letter names them reads back as typed: the addressee (bold), "Dear …,"
    # and "I, …, accept" (regular)
    assert pdftotext(offer, tmp_path).count(name) == 3
    # the packet's title (the largest text of its cover) is the name, in the bold face
    title = max(pages(packet)[0].body, key=lambda line: line.size)
    assert title.font.endswith(bold) and title.size == st.TITLE


def test_a_bold_label_keeps_its_weight_for_indic_cjk_and_latin_and_regular_stays_regular(
        ) -> None:
    s = st.styles()
    name = "कृष्ण कुमार"
    pdf = build_pdf([c.labelled(f"Candidate {name} 王小明", name), c.para(name, s.cell_head),
                     c.para(name, s.body)],
                    PageSetup(kind="Test", subject="Bold", company="Fernwood"))
    pieces = drawn(pdf)
    by_font = {font: "".join(t for t, f in pieces if f == font) for _, font in pieces}
    assert "Candidate" in by_font["DejaVuSans-Bold"]
    assert any(f.startswith("WenQuanYi") and "王小明" in t for f, t in by_font.items())
    assert by_font["NotoSansDevanagari-Bold"].count("कु") == 2  # the label, the table header
    assert by_font["NotoSansDevanagari-Regular"].count("कु") == 2  # the value, the body


@needs_pdftotext
def test_arabic_and_hebrew_names_in_bold_headings_stay_right(new_db: Database,
                                                            tmp_path: Path) -> None:
    for name in (ARABIC, HEBREW):
        desk = make_desk(new_db, name)
        with new_db.reader() as s:
            packet = packets.packet_pdf(s, desk.app_id)
            offer = documents.offer_letter_pdf(s, desk.offer_id)
        for pdf in (packet, offer):
            assert name in pdftotext(pdf, tmp_path)
            assert not any("Noto" in font for _, font in drawn(pdf))
