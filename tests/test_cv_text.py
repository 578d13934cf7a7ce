"""The text of CVs: real PDFs (ReportLab, the documents' fonts) and Word files (python-docx),
in several scripts; damaged, locked, scanned and very long files give a reason, never a crash."""

from __future__ import annotations

import io
import zipfile

from cv_files import docx_cv, image_only_pdf, pdf_cv
from pypdf import PdfReader, PdfWriter

from hirefile.domain import cv_text
from hirefile.domain.cv_text import extract_cv_text, kind_of


def _encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_in_several_scripts_and_the_links_behind_words() -> None:
    data = pdf_cv([["Łukasz Żółć", "Machine learning engineer, Straße 5, Kraków",
                    "王磊 · 机器学习", "Built pipelines on Kubeflow and Ray"]],
                  links={"GitHub": "https://github.com/lzolc",
                         "LinkedIn": "https://www.linkedin.com/in/lukasz-zolc/"})
    got = extract_cv_text(data, "zolc.pdf")
    assert got.kind == "pdf" and got.problem is None and got.complete
    assert got.text.split("\n")[:4] == ["Łukasz Żółć", "Machine learning engineer, Straße 5, "
                                        "Kraków", "王磊 · 机器学习",
                                        "Built pipelines on Kubeflow and Ray"]
    assert "kubeflow" in got.text.lower()
    assert got.links == ("https://github.com/lzolc", "https://www.linkedin.com/in/lukasz-zolc/")
    assert (got.pages, got.pages_read) == (1, 1)


def test_arabic_in_a_pdf_reads_as_letters_people_type() -> None:
    """ReportLab draws Arabic in joined presentation forms; the text kept is the plain
    letters, so a search for the name typed on a keyboard finds it."""
    got = extract_cv_text(pdf_cv([["محمد العلي", "مهندس تعلم الآلة"]]), "ali.pdf")
    assert got.problem is None
    assert "محمد العلي" in got.text
    assert not any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFC
                   for ch in got.text)


def test_a_300_page_pdf_is_read_up_to_the_page_limit_and_says_so() -> None:
    pages = [[f"Thesis page marker{n:03d}", "Some text " * 30] for n in range(1, 301)]
    got = extract_cv_text(pdf_cv(pages), "thesis.pdf")
    assert got.problem is None and not got.complete
    assert (got.pages, got.pages_read) == (300, cv_text.MAX_PAGES)
    assert got.notes == (f"thesis.pdf has 300 pages: the first {cv_text.MAX_PAGES} were read",)
    assert f"marker{cv_text.MAX_PAGES:03d}" in got.text
    assert f"marker{cv_text.MAX_PAGES + 1:03d}" not in got.text


def test_reading_stops_when_the_time_is_up_and_says_so() -> None:
    pages = [[f"page marker{n}"] for n in range(1, 6)]
    got = extract_cv_text(pdf_cv(pages), "slow.pdf", max_seconds=0)
    assert got.pages_read == 1 and "marker1" in got.text and "marker2" not in got.text
    assert got.notes == ("slow.pdf: reading stopped after 1 of 5 pages (0 seconds); the rest "
                         "is not searchable",)


def test_text_is_kept_up_to_the_character_limit() -> None:
    pages = [["word " * 400] for _ in range(6)]
    got = extract_cv_text(pdf_cv(pages), "long.pdf", max_chars=3_000)
    assert len(got.text) == 3_000
    assert got.notes == ("long.pdf has more text than is kept: the first 3,000 characters are "
                         "kept",)
    assert got.pages_read is not None and got.pages_read < 6  # stopped reading early too


def test_damaged_pdfs_give_a_reason_not_an_error() -> None:
    good = pdf_cv([["Ada Obi"]])
    for data in (b"%PDF-1.7\n" + bytes(range(256)) * 20, good[: len(good) // 3]):
        got = extract_cv_text(data, "broken.pdf")
        assert got.text == ""
        assert got.problem == ("broken.pdf is a damaged PDF that could not be read; open it "
                               "in a PDF viewer and save or print it as a new PDF, then "
                               "attach that")


def test_a_password_protected_pdf_is_named_as_such() -> None:
    got = extract_cv_text(_encrypted(pdf_cv([["Ada Obi"]]), "secret"), "locked.pdf")
    assert got.text == "" and got.kind == "pdf"
    assert got.problem == ("locked.pdf is a password-protected PDF; ask the candidate for a "
                           "copy without a password")


def test_a_pdf_locked_only_against_editing_is_read() -> None:
    got = extract_cv_text(_encrypted(pdf_cv([["Ada Obi", "kubeflow"]]), ""), "cv.pdf")
    assert got.problem is None and got.text == "Ada Obi\nkubeflow"


def test_a_scanned_pdf_says_it_has_only_images() -> None:
    got = extract_cv_text(image_only_pdf(), "scan.pdf")
    assert got.text == "" and got.pages == 1
    assert got.problem is not None and got.problem.startswith(
        "scan.pdf has no text to read, only images (a scan or a photo of a CV?)")


def test_word_cv_header_paragraphs_table_and_links_in_order() -> None:
    data = docx_cv(["Senior ML engineer", "Kubeflow, Ray, PyTorch", "प्रिया शर्मा",
                    "سارا أحمد"],
                   header=["Zofia Wiśniewska"],
                   table=[["E-Mail:", "zofia@example.pl"], ["Tel.:", "+48 601 234 567"]],
                   links={"LinkedIn": "https://www.linkedin.com/in/zofia-w",
                          "Mail": "mailto:zofia@example.pl"})
    got = extract_cv_text(data, "zofia.docx")
    assert got.kind == "docx" and got.complete
    assert got.text.split("\n") == [
        "Zofia Wiśniewska", "Senior ML engineer", "Kubeflow, Ray, PyTorch", "प्रिया शर्मा",
        "سارا أحمد", "E-Mail: | zofia@example.pl", "Tel.: | +48 601 234 567", "LinkedIn Mail"]
    assert got.links == ("https://www.linkedin.com/in/zofia-w", "mailto:zofia@example.pl")
    assert got.pages is None


def test_a_word_text_box_is_read_once_after_its_paragraph() -> None:
    got = extract_cv_text(docx_cv(["After"], text_box="Boxed: ada@example.com"), "box.docx")
    assert got.text.split("\n") == ["Anchor", "Boxed: ada@example.com", "After"]


def test_word_text_is_capped_too() -> None:
    got = extract_cv_text(docx_cv(["x" * 1000] * 10), "big.docx", max_chars=2_500)
    assert len(got.text) == 2_500 and not got.complete


def test_files_that_are_not_pdf_or_docx() -> None:
    doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    assert extract_cv_text(doc, "old.doc").problem == (
        "old.doc is an old Word (.doc) file, which Hirefile does not read; save it as .docx "
        "or PDF and attach that")
    assert extract_cv_text(b"", "empty.pdf").problem == "empty.pdf is empty"
    assert extract_cv_text(b"\x89PNG\r\n\x1a\nrest", "photo.pdf").problem == (
        "photo.pdf is neither a PDF nor a Word (.docx) file; only those are read for text")
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as z:
        z.writestr("notes.txt", "hello")
    assert kind_of(plain_zip.getvalue()) == ""
    assert kind_of(docx_cv(["a"])) == "docx" and kind_of(pdf_cv([["a"]])) == "pdf"


def test_a_damaged_word_file_gives_a_reason() -> None:
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<w:document><unclosed>")
    got = extract_cv_text(broken.getvalue(), "broken.docx")
    assert got.text == "" and got.kind == "docx"
    assert got.problem == ("broken.docx is a damaged Word file that could not be read; open it "
                           "in a word processor and save it again as .docx or PDF, then "
                           "attach that")
    whole = docx_cv(["Ada Obi"])
    cut = extract_cv_text(whole[: len(whole) // 2], "cut.docx")
    assert cut.text == "" and cut.problem == (
        "cut.docx is a damaged Word file or another kind of ZIP archive, and could not be "
        "read; open it in a word processor and save it again as .docx or PDF")


def test_an_empty_word_document_says_so() -> None:
    got = extract_cv_text(docx_cv([]), "blank.docx")
    assert got.text == "" and got.problem == ("blank.docx has no text (an empty document, or "
                                              "only images?); type the details in")


def test_kept_text_is_tidy() -> None:
    assert cv_text.tidy("ﬁne\x00 ﬂow  \r\n\n\n\nnext\u00a0line\x1b") == "fine flow\n\nnext line"
