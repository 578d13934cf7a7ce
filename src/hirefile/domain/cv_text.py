"""The text of a CV: from the bytes of a PDF or Word (.docx) file, for search and pre-filling.

Bytes in, text out, nothing stored. A CV is a file from outside, so nothing here trusts it:
a damaged, password-protected or scanned (image-only) file gives empty text and a one-line
`problem` a founder can act on, never an exception; a long file is read up to a limit of pages,
characters and seconds, and `notes` says where reading stopped. The libraries (pypdf,
python-docx) are imported on first use, so importing this module costs nothing at start-up.

Links a CV carries behind its words (a "GitHub" that links to the profile) are kept apart in
`links`: they are not in the text a person sees, but `cv_fields` reads them.
"""

from __future__ import annotations

import io
import logging
import re
import time
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass
from typing import Any

from hirefile.domain.limits import clean_text

#: The most characters of text kept from one CV (a long CV is about 30,000).
MAX_CHARS = 200_000
#: The most pages of a PDF read: a CV is a few pages; a 300-page thesis is not read to its end.
MAX_PAGES = 60
#: The most seconds spent reading one PDF's pages (checked between pages).
MAX_SECONDS = 20.0
#: The largest file read at all.
MAX_BYTES = 50 * 1024 * 1024
#: The most links kept from behind a CV's words.
MAX_LINKS = 200

PDF = "pdf"
DOCX = "docx"

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]+")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class CvText:
    """What was read from one CV file."""

    #: The text, lines as in the file (empty when nothing could be read).
    text: str
    #: `"pdf"`, `"docx"`, or `""` when the file is neither.
    kind: str
    #: Why there is no text, in one line naming the file and what to do; None when there is.
    problem: str | None = None
    #: Where reading stopped short (page, character or time limits), one line each.
    notes: tuple[str, ...] = ()
    #: Link targets found behind the words (PDF link annotations, Word hyperlinks).
    links: tuple[str, ...] = ()
    #: A PDF's number of pages, and how many were read (None for Word files).
    pages: int | None = None
    pages_read: int | None = None

    @property
    def complete(self) -> bool:
        """The whole file was read: no problem and no limit reached."""
        return self.problem is None and not self.notes


def kind_of(data: bytes) -> str:
    """`"pdf"`, `"docx"` or `""`, by what the bytes are (never by the file's name)."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return DOCX
        except (zipfile.BadZipFile, OSError, ValueError):
            return ""
    return ""


def extract_cv_text(data: bytes, filename: str = "The CV", *, max_chars: int = MAX_CHARS,
                    max_pages: int = MAX_PAGES, max_seconds: float = MAX_SECONDS) -> CvText:
    """The text of a PDF or .docx CV. Never raises for what the file holds: see `CvText`."""
    if len(data) > MAX_BYTES:
        return CvText("", kind_of(data[:1024]), problem=(
            f"{filename} is {len(data) / 1024 / 1024:.0f} MiB, more than the "
            f"{MAX_BYTES // 1024 // 1024} MiB a CV is read up to; attach a smaller copy"))
    kind = kind_of(data)
    if kind == PDF:
        return _pdf(data, filename, max_chars, max_pages, max_seconds)
    if kind == DOCX:
        return _docx(data, filename, max_chars)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        why = ("is an old Word (.doc) file, which Hirefile does not read; save it as .docx or "
               "PDF and attach that")
    elif not data:
        why = "is empty"
    elif data[:4] == b"PK\x03\x04":
        why = ("is a damaged Word file or another kind of ZIP archive, and could not be read; "
               "open it in a word processor and save it again as .docx or PDF")
    else:
        why = "is neither a PDF nor a Word (.docx) file; only those are read for text"
    return CvText("", "", problem=f"{filename} {why}")


# text ------------------------------------------------------------------------------------------

def tidy(text: str) -> str:
    """Text as kept: no control characters, ligatures and Arabic presentation forms (what
    PDFs draw) as the letters people type and search for, no trailing spaces, at most one
    empty line in a row."""
    text = _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()),
                             text.translate(_LIGATURES).replace("\xa0", " "))
    text = clean_text(text, multiline=True)
    lines = [line.rstrip() for line in text.replace("\t", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _cut(text: str, max_chars: int, filename: str) -> tuple[str, tuple[str, ...]]:
    if len(text) <= max_chars:
        return text, ()
    return text[:max_chars], (f"{filename} has more text than is kept: the first "
                              f"{max_chars:,} characters are kept",)


def _links(found: list[str]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for link in found:
        link = link.strip()
        if link and len(link) <= 2_000 and not any(ord(c) < 32 for c in link):
            out.setdefault(link, None)
    return tuple(out)[:MAX_LINKS]


# PDF -------------------------------------------------------------------------------------------

def _pdf(data: bytes, filename: str, max_chars: int, max_pages: int,
         max_seconds: float) -> CvText:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    damaged = (f"{filename} is a damaged PDF that could not be read; open it in a PDF viewer "
               "and save or print it as a new PDF, then attach that")
    locked = (f"{filename} is a password-protected PDF; ask the candidate for a copy "
              "without a password")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # not a word about repaired oddities
    started = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns about every oddity it repairs
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                return CvText("", PDF, problem=locked)
            total = len(reader.pages)
        except (FileNotDecryptedError, DependencyError):
            return CvText("", PDF, problem=locked)
        except Exception:  # a damaged file can break pypdf anywhere: it is the file's fault
            return CvText("", PDF, problem=damaged)
        texts: list[str] = []
        links: list[str] = []
        size, read, failed = 0, 0, 0
        notes: list[str] = []
        for number in range(min(total, max_pages)):
            if read and time.monotonic() - started > max_seconds:
                notes.append(f"{filename}: reading stopped after {read} of {total} pages "
                             f"({max_seconds:g} seconds); the rest is not searchable")
                break
            try:
                page = reader.pages[number]
                text = page.extract_text() or ""
                links += _page_links(page)
            except (FileNotDecryptedError, DependencyError):
                return CvText("", PDF, problem=locked)
            except Exception:  # one broken page: keep the others
                failed += 1
                text = ""
            read += 1
            texts.append(text)
            size += len(text)
            if size > max_chars:
                break
    if read < total and not notes and size <= max_chars:
        notes.append(f"{filename} has {total} pages: the first {read} were read")
    text = tidy("\n\n".join(texts))
    if not text:
        if failed and failed == read:
            return CvText("", PDF, problem=damaged, pages=total, pages_read=read)
        return CvText("", PDF, problem=(
            f"{filename} has no text to read, only images (a scan or a photo of a CV?); "
            "type the details in, or ask for a PDF saved from the original document"),
            links=_links(links), pages=total, pages_read=read)
    text, cut = _cut(text, max_chars, filename)
    if size > max_chars and not cut and read < total:  # stopped for size; tidied, it fits
        cut = (f"{filename} has more text than is kept: the first {read} of {total} pages "
               "were read",)
    if failed:
        notes.append(f"{filename}: {failed} of {read} pages could not be read (damaged)")
    return CvText(text, PDF, notes=(*notes, *cut), links=_links(links), pages=total,
                  pages_read=read)


def _page_links(page: Any) -> list[str]:
    out: list[str] = []
    annots = page.get("/Annots")
    if annots is None:
        return out
    for ref in annots.get_object() or ():
        annot = ref.get_object()
        if annot.get("/Subtype") != "/Link":
            continue
        action = annot.get("/A")
        action = action.get_object() if action is not None else None
        uri = action.get("/URI") if action is not None else None
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if isinstance(uri, str):
            out.append(uri)
    return out


# Word ------------------------------------------------------------------------------------------

def _docx(data: bytes, filename: str, max_chars: int) -> CvText:
    import docx  # python-docx

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document = docx.Document(io.BytesIO(data))
            parts: list[str] = []
            targets: dict[str, str] = {}
            # The header first: many CVs keep the name and contacts there.
            for section in document.sections:
                for part in (section.first_page_header, section.header):
                    if part.is_linked_to_previous:
                        continue
                    parts.append(_block_text(part._element))
                    targets.update(_targets(part.part))
            parts.append(_block_text(document.element.body))
            targets.update(_targets(document.part))
            for section in document.sections:
                if not section.footer.is_linked_to_previous:
                    parts.append(_block_text(section.footer._element))
                    targets.update(_targets(section.footer.part))
    except Exception:  # a damaged or foreign file can break python-docx anywhere
        return CvText("", DOCX, problem=(
            f"{filename} is a damaged Word file that could not be read; open it in a word "
            "processor and save it again as .docx or PDF, then attach that"))
    text = tidy("\n".join(p for p in parts if p))
    links = _links([t for t in targets.values() if "://" in t or t.startswith("mailto:")])
    if not text:
        return CvText("", DOCX, problem=f"{filename} has no text (an empty document, or "
                      "only images?); type the details in", links=links)
    text, cut = _cut(text, max_chars, filename)
    return CvText(text, DOCX, notes=cut, links=links)


def _targets(part: Any) -> dict[str, str]:
    """External link targets of a Word part, by relationship id."""
    return {rid: rel.target_ref for rid, rel in part.rels.items() if rel.is_external}


def _block_text(element: Any) -> str:
    """The text of a body, header or cell: one line per paragraph, in document order, table
    cells separated by " | " (so a contact table reads as one line), text boxes included."""
    lines: list[str] = []
    _walk(element, lines)
    return "\n".join(lines)


def _walk(element: Any, lines: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue  # comments, processing instructions
        if tag == f"{_W}p":
            text, boxes = _paragraph(child)
            lines.append(text)
            for box in boxes:
                _walk(box, lines)
        elif tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = []
                for cell in row.findall(f"{_W}tc"):
                    inner: list[str] = []
                    _walk(cell, inner)
                    cells.append(" ".join(x for x in inner if x.strip()))
                lines.append(" | ".join(c for c in cells if c.strip()))
        else:
            _walk(child, lines)  # sdt, customXml, ins …: their paragraphs are the text


def _paragraph(p: Any) -> tuple[str, list[Any]]:
    """A paragraph's own text, and the text boxes anchored in it (read after it)."""
    out: list[str] = []
    boxes: list[Any] = []

    def visit(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in (f"{_W}delText", f"{_W}instrText"):
                continue  # comments, deleted text, field codes
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                out.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}txbxContent":
                boxes.append(child)
            elif not tag.endswith("}Fallback"):  # a Fallback repeats its Choice for old Words
                visit(child)

    visit(p)
    return "".join(out), boxes
