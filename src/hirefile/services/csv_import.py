"""Importing candidates from a CSV file: read any common layout, preview, import, report.

Reading accepts `,` `;` or tab separators and quoted multi-line fields, and never loses rows
silently: before anything is written, `read_csv` lists what looks wrong in the file itself
(`CsvTable.problems`, each with its line), and the person decides — the app shows the list
with the choice to go on, the command line refuses unless told `--force`:

- a quote that opens and swallows lines that look like rows of their own (the classic
  unclosed quote: fourteen people inside one candidate's notes);
- a row with more values than the header has columns (they would be dropped);
- bytes that are not UTF-8 in a file that otherwise is (they are shown as �, never used as a
  reason to read the whole file in another encoding).

Encodings: UTF-8 (with or without a byte-order mark) is tried strictly first, then UTF-16
(with a mark, or recognised by its zero bytes without one). A file with no valid UTF-8
multi-byte sequence at all and bytes above 127 is read as Windows-1252 (or Latin-1), and the
report names the encoding. No guessing library: these rules are predictable, and a person who
knows better says `--encoding`.

Rows are matched against the file (and against earlier rows of the same import) with the
duplicate rules, so importing the same file twice creates nobody twice. `check_rows` says for
every row, before anything is written, whether it is new, already here (a shared e-mail,
phone or profile, or the very same name and no other e-mail) or maybe here (a similar name);
`import_rows` takes a `Choice` per row (skip, import as new, add to the person already here)
and otherwise skips people already here and imports the maybes with a note. The import writes
in one transaction, in bulk, with the duplicate look-ups in memory (`DuplicateIndex`).

An import is one step a person can take back: its activity row keeps, in `detail`, what it
created and what it added to people already here, and `undo_import` / `redo_import` tombstone
and restore exactly that (refused, with the reason, when someone changed it since).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from itertools import islice
from pathlib import Path
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from hirefile.domain.candidates import (
    CandidateDraft,
    stored_fields,
    stored_links,
    validate_candidate,
)
from hirefile.domain.csv_layouts import TARGETS, guess_mapping, guess_source
from hirefile.domain.limits import clean_text, column_limit, too_long
from hirefile.domain.roles import errors
from hirefile.domain.vocab import ActivityKind, LinkKind
from hirefile.errors import (
    FileProblem,
    HirefileError,
    NotFound,
    StorageFailure,
    ValidationError,
)
from hirefile.fsutil import write_bytes_atomic
from hirefile.services import erasure, pipeline
from hirefile.services.activity import actor, record, stamp_of
from hirefile.services.candidates import add_note
from hirefile.services.dedupe import DuplicateIndex, Match
from hirefile.services.refs import role_ref
from hirefile.storage import stamping
from hirefile.storage.bulk import BulkWriter as Writer
from hirefile.storage.models import (
    Activity,
    Application,
    Candidate,
    CandidateLink,
    CandidateTag,
    Note,
    Role,
    RoleStage,
    StageChange,
    Tag,
    Tracked,
)
from hirefile.storage.types import new_id, utcnow

MAX_BYTES = 50 * 1024 * 1024
_FORMULA_GUARD = ("'=", "'+", "'-", "'@")
#: Share of control bytes (NUL, escape …) above which a file is binary, not text.
_BINARY_SHARE = 0.05
#: A report names this many lines; the rest go to a file beside the CSV.
REPORT_LINES = 100
#: Rows written per bulk insert (and between two progress calls).
CHUNK = 500
#: The stage of each (role, stage name) an import met, and whether the name was unknown.
StageCache = dict[tuple[str, "str | None"], tuple["RoleStage", bool]]
#: Why an imported candidate is in a role's first stage (their pipeline's first move).
IMPORT_REASON = "Imported from CSV"

#: Encodings as a person reads their names.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (with a byte-order mark)",
    "utf-16": "UTF-16 (with a byte-order mark)",
    "utf-16-le": "UTF-16 little-endian (without a byte-order mark)",
    "utf-16-be": "UTF-16 big-endian (without a byte-order mark)",
    "cp1252": "Windows-1252 (Western European)",
    "latin-1": "ISO-8859-1 (Latin-1)",
    "iso8859-1": "ISO-8859-1 (Latin-1)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "shift_jis": "Shift JIS (Japanese)",
    "gb18030": "GB 18030 (Chinese)",
}
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL_BYTES = tuple(bytes([b]) for b in (*range(9), 11, 12, *range(14, 32), 127))
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Windows-1252 as Windows reads it: its five unassigned bytes are the Latin-1 characters.
_C1 = "hirefile-cp1252-c1"
def _c1_as_latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error(_C1, _c1_as_latin1)


@dataclass(frozen=True)
class FileIssue:
    """Something in the file that may lose or garble rows, at `line` (1 = the first line)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class CsvRows(Sequence[list[str]]):
    """The rows after the header, each as wide as the header, parsed again whenever they are
    read: a file of 200,000 rows is held once, as its text, not as two million strings."""

    def __init__(self, text: str, delimiter: str, width: int, count: int) -> None:
        self._text, self._delimiter, self._width, self._count = text, delimiter, width, count

    def numbered(self) -> Iterator[tuple[int, list[str]]]:
        """(the line each row starts on, the row); a multi-line field makes a row longer."""
        reader = csv.reader(_lines(self._text), delimiter=self._delimiter)
        header, last, width = True, 0, self._width
        for row in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if header:
                header = False
                continue
            yield start, (row + [""] * width)[:width]

    def __iter__(self) -> Iterator[list[str]]:
        return (row for _, row in self.numbered())

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> list[str]: ...
    @overload
    def __getitem__(self, index: slice) -> list[list[str]]: ...

    def __getitem__(self, index: int | slice) -> list[str] | list[list[str]]:
        if isinstance(index, slice):
            return list(self)[index]
        at = index + self._count if index < 0 else index
        if not 0 <= at < self._count:
            raise IndexError(index)
        return next(islice(iter(self), at, None))


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: CsvRows
    delimiter: str
    #: The encoding the file was read in, as a person reads its name.
    encoding: str = "UTF-8"
    #: What may lose or garble rows: shown before anything is written.
    problems: list[FileIssue] = field(default_factory=list)
    #: Harmless things done while reading (control characters removed).
    notes: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[int]:
        """The line of the file each row starts on."""
        return [line for line, _ in self.rows.numbered()]


def read_csv(source: Path | str | bytes, *, encoding: str | None = None) -> CsvTable:
    """Parse a CSV file (or its bytes); a clear `FileProblem` when it cannot be read at all.

    `encoding` reads the file in that encoding instead of recognising it."""
    if isinstance(source, bytes):
        raw, name = source, "the file"
    else:
        path = Path(source)
        name = str(path)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise FileProblem(f"{name} is larger than 50 MB; split it first")
            raw = path.read_bytes()
        except FileNotFoundError:
            raise FileProblem(f"{name} does not exist") from None
        except OSError as exc:
            raise FileProblem(f"Could not read {name}: {exc.strerror or exc}") from exc
    problems: list[FileIssue] = []
    notes: list[str] = []
    text, codec = _decode(raw, name, encoding, problems)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise FileProblem(f"{name} is empty")
    nul = text.count("\x00")
    if nul:
        text = text.replace("\x00", "")
        notes.append(f"{nul:,} NUL character{'s' if nul != 1 else ''} removed")
    del raw
    delimiter = _delimiter(text)
    headers, count = _check_records(text, delimiter, name, problems)
    problems.sort(key=lambda p: p.line)
    return CsvTable(headers, CsvRows(text, delimiter, len(headers), count), delimiter,
                    ENCODING_NAMES.get(codec, codec), problems, notes)


def _decode(raw: bytes, name: str, encoding: str | None,
            problems: list[FileIssue]) -> tuple[str, str]:
    """The text of `raw` and the codec used; bad UTF-8 bytes are replaced and their lines
    added to `problems`."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise FileProblem(f"“{encoding}” is not an encoding Hirefile knows; try utf-8, "
                              f"cp1252, latin-1 or utf-16") from None
        try:
            return raw.decode(codec, errors=_C1 if codec == "cp1252" else "strict"), codec
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise FileProblem(f"{name} is not {encoding} text (line {line}); "
                              f"choose another encoding") from None
    if raw.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise FileProblem(f"{name} starts as UTF-16 text but is not") from None
    else:
        codec = _utf16_without_bom(raw) or "utf-8"
        if codec != "utf-8":
            return raw.decode(codec), codec
    if sum(raw.count(b) for b in _CONTROL_BYTES) > _BINARY_SHARE * len(raw):
        raise FileProblem(f"{name} is not a CSV file (it holds binary data)")
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError:
        pass
    if _UTF8_MULTIBYTE.search(raw) is None:
        # Not a single UTF-8 letter beyond ASCII: the whole file is in another encoding.
        return raw.decode("cp1252", errors=_C1), "cp1252"
    # UTF-8 with a few bytes that are not: name their lines, never reread the whole file.
    for number, raw_line in enumerate(raw.split(b"\n"), start=1):
        try:
            raw_line.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw_line[exc.start:exc.end].hex(" ").upper()
            problems.append(FileIssue(number, f"bytes that are not UTF-8 ({bad}) are read as "
                                              f"“\ufffd”; if the whole file is in another "
                                              f"encoding, choose it"))
    return raw.decode(codec, errors="replace"), codec


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a zero in every other byte."""
    sample = raw[:65_536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.4 * pairs and others < 0.05 * pairs:
            try:
                raw.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their line breaks, as `open(newline="")` reads them, one at a
    time (`io.StringIO` would copy the whole text, at four bytes a letter)."""
    return (m.group() for m in _LINE.finditer(text))


def _delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t", key=first.count)


def _check_records(text: str, delimiter: str, name: str,
                   problems: list[FileIssue]) -> tuple[list[str], int]:
    """The header and the number of rows after it, reading the file once without keeping its
    rows; what in their shape may lose or merge rows is added to `problems`."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    headers: list[str] | None = None
    pending: tuple[int, int, list[str]] | None = None
    count = last = 0
    try:
        for row in reader:
            start, last = last + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if headers is None:
                headers = [clean_text(h, multiline=False).strip() for h in row]
                continue
            if pending is not None:
                problems += _row_shape(*pending, len(headers), delimiter, text, last=False)
            pending = (start, last, row)
            count += 1
    except csv.Error as exc:
        raise FileProblem(f"{name} is not a readable CSV file (line {last + 1}: {exc})") \
            from exc
    if headers is None or pending is None:
        raise FileProblem(f"{name} has a header row but no candidates")
    problems += _row_shape(*pending, len(headers), delimiter, text, last=True)
    quotes = [p.line for p in problems if "a quote opens" in p.message]
    if quotes:
        physical = sum(1 for ln in _lines(text) if ln.strip())
        problems.append(FileIssue(quotes[0], f"the file has {physical - 1:,} lines after the "
                                             f"header but reads as {count:,} rows"))
    return headers, count


def _looks_like_row(line: str, width: int, delimiter: str) -> bool:
    """A line of a field that would be a row of its own: as many values as the header has
    columns (one fewer allowed in wide files, whose last column is often empty)."""
    if width < 2 or delimiter not in line:
        return False
    values = next(csv.reader([line], delimiter=delimiter), [])
    wanted = width - 1 if width > 3 else width
    return len(values) >= wanted and sum(bool(v.strip()) for v in values) >= 2


def _unclosed_at_end(text: str, start: int) -> bool:
    """Does a quote open on or after line `start` and never close (an odd count of quotes)?"""
    lines = list(_lines(text))
    return "".join(lines[start - 1:]).count('"') % 2 == 1


def _row_shape(start: int, end: int, row: list[str], width: int, delimiter: str, text: str,
               *, last: bool) -> list[FileIssue]:
    """What in one record's shape may have lost or merged rows: values beyond the header's
    columns, and a quoted field holding lines that look like rows of their own."""
    problems = []
    extra = [v for v in row[width:] if v.strip()]
    if extra:
        problems.append(FileIssue(start, f"{len(row)} values but the header has {width} "
                                         f"columns; the last {len(row) - width} would be lost"))
    if end == start:
        return problems
    line = start
    for value in row:
        parts = _LINE_BREAK.split(value)
        rows_inside = sum(_looks_like_row(p, width, delimiter) for p in parts[1:])
        # One row swallowed is enough to say so in a wide file; a narrow file's notes may
        # hold a line with a comma or two, so there it takes two (or a quote never closed).
        if rows_inside >= (1 if width > 3 else 2) or \
                (rows_inside and last and _unclosed_at_end(text, start)):
            problems.append(FileIssue(
                line, f"a quote opens here and runs to line {min(line + len(parts) - 1, end)}: "
                      + (f"{rows_inside} lines inside it look like rows of their own"
                         if rows_inside != 1 else "1 line inside it looks like a row of its own")
                      + f" and would be read as one field; check the quotes on line {line}"))
        line += len(parts) - 1
    return problems


def _unguard(value: str) -> str:
    """Undo the formula guard Hirefile's own export adds (`'=SUM` → `=SUM`)."""
    return value[1:] if value.startswith(_FORMULA_GUARD) else value


# mapping rows to drafts --------------------------------------------------------------------

@dataclass(frozen=True)
class RowPlan:
    """One row as it will be imported."""

    line: int
    draft: CandidateDraft
    role_title: str | None
    stage_name: str | None
    problems: tuple[str, ...] = ()


#: The column whose length limit applies to each import target.
_LIMIT_COLUMN = {"first_name": "full_name", "last_name": "full_name", "source": "source_detail",
                 "role": "title", "stage": "name", "tags": "name", "keep_as_note": "notes"}
_MULTILINE = frozenset({"notes", "keep_as_note"})


def plan_rows(table: CsvTable, mapping: list[str] | None = None) -> list[RowPlan]:
    return list(iter_plans(table, mapping))


def iter_plans(table: CsvTable, mapping: list[str] | None = None) -> Iterable[RowPlan]:
    """The rows as they will be imported, one at a time (a big file is not held twice)."""
    mapping = mapping or guess_mapping(table.headers)
    if len(mapping) != len(table.headers):
        raise ValidationError("The mapping needs one target per column")
    unknown = [t for t in mapping if t not in TARGETS]
    if unknown:
        raise ValidationError(f"Unknown import target “{unknown[0]}”")
    return (_plan(line, table.headers, row, mapping) for line, row in table.rows.numbered())


def _plan(line: int, headers: list[str], row: list[str], mapping: list[str]) -> RowPlan:
    values: dict[str, str] = {}
    notes: list[str] = []
    tags: list[str] = []
    problems: list[str] = []
    for header, target, raw in zip(headers, mapping, row, strict=True):
        if target == "ignore":
            continue
        value = _unguard(clean_text(raw, multiline=target in _MULTILINE).strip())
        if not value:
            continue
        if target not in ("notes", "keep_as_note"):
            long = too_long(value, column_limit(_LIMIT_COLUMN.get(target, target)),
                            TARGETS[target] if target != "tags" else "A tag")
            if long and not (target == "tags" and ("," in value or ";" in value)):
                problems.append(long)
                continue
        if target == "keep_as_note":
            notes.append(f"{header}: {value}")
        elif target == "notes":
            notes.insert(0, value)
        elif target == "tags":
            tags.extend(t.strip() for t in value.replace(";", ",").split(",") if t.strip())
        else:
            values.setdefault(target, value)
    for tag in tags:
        long = too_long(tag, column_limit("name"), "A tag")
        if long:
            problems.append(long)
            break
    name = values.get("full_name") or _join_name(values.get("first_name"),
                                                 values.get("last_name"))
    source, detail = guess_source(values.get("source"))
    draft = CandidateDraft(
        full_name=name, email=values.get("email"), phone=values.get("phone"),
        location=values.get("location"), github_url=values.get("github_url"),
        linkedin_url=values.get("linkedin_url"), portfolio_url=values.get("portfolio_url"),
        source=source, source_detail=detail, referrer_name=values.get("referrer_name"),
        current_company=values.get("current_company"),
        current_title=values.get("current_title"), notes="\n".join(notes), tags=tags,
    )
    # A link in the wrong column is not worth losing the person over: keep it as a note.
    for issue in errors(validate_candidate(draft)):
        if issue.field in ("github_url", "linkedin_url"):
            bad = getattr(draft, issue.field)
            setattr(draft, issue.field, None)
            draft.notes = (draft.notes + f"\nLink: {bad}").strip()
        else:
            problems.append(issue.message)
    return RowPlan(line, draft, values.get("role"), values.get("stage"), tuple(problems))


def _join_name(first: str | None, last: str | None) -> str:
    """First and last name as the person writes them: family name first, without a space,
    for Chinese, Japanese and Korean names (`王` + `磊` → `王磊`)."""
    if first and last and _east_asian(first) and _east_asian(last):
        return f"{last}{first}"
    return " ".join(v for v in (first, last) if v)


def _east_asian(text: str) -> bool:
    return all("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff"
               or "\uac00" <= ch <= "\ud7af" for ch in text)


# importing ---------------------------------------------------------------------------------

class ImportCancelled(HirefileError):
    """The person stopped the import; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported")


@dataclass
class ImportReport:
    imported: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    #: Rows added to the person already here ("Add to"), with what they brought.
    added: list[tuple[int, str]] = field(default_factory=list)
    applications: int = 0
    #: The import's activity row: what `undo_import` and `redo_import` are given.
    import_id: str | None = None
    #: The file's name, as the activity and the undo step say it.
    file_name: str = ""
    #: How the file was read: its encoding when not UTF-8, problems imported anyway.
    file_notes: list[str] = field(default_factory=list)

    def note_file(self, table: CsvTable) -> None:
        """Say how the file was read: its encoding unless UTF-8, what was cleaned, and the
        problems it was imported with."""
        if not table.encoding.startswith("UTF-8"):
            self.file_notes.append(f"read as {table.encoding}")
        self.file_notes += table.notes
        self.file_notes += [f"imported as read: {p}" for p in table.problems]

    @property
    def rows(self) -> int:
        return len(self.imported) + len(self.skipped) + len(self.duplicates) + len(self.added)

    def summary(self) -> str:
        return (f"{len(self.imported)} imported, {len(self.skipped)} skipped, "
                f"{len(self.duplicates)} duplicate"
                + (f", {len(self.added)} added to people already here" if self.added else "")
                + (f"; {self.applications} added to a role's pipeline" if self.applications
                   else ""))

    def details(self) -> list[str]:
        """Every line that says something about a row, in the order of the file."""
        out = [(n, f"skipped: {why}") for n, why in self.skipped]
        out += [(n, f"duplicate: {why}") for n, why in self.duplicates]
        out += [(n, f"added: {why}") for n, why in self.added]
        out += [(n, f"note: {why}") for n, why in self.warnings]
        out.sort(key=lambda item: item[0])
        return [f"  {note}" for note in self.file_notes] + \
            [f"  line {n}: {text}" for n, text in out]

    def lines(self, *, limit: int | None = None, rest: Path | None = None) -> list[str]:
        """The summary and the details; with `limit`, at most that many details, and where the
        others are (`rest`)."""
        details = self.details()
        if limit is None or len(details) <= limit:
            return [self.summary(), *details]
        more = len(details) - limit
        where = f", all of them in {rest}" if rest is not None else ""
        return [self.summary(), *details[:limit], f"  … and {more:,} more lines{where}"]


def report_lines(report: ImportReport, csv_path: Path, log_folder: Path | None = None,
                 ) -> list[str]:
    """The report to show: at most `REPORT_LINES` lines about rows; when there are more, the
    whole report is written beside the CSV (or in `log_folder` when that folder is read-only)
    and named on the last line."""
    if len(report.details()) <= REPORT_LINES:
        return report.lines()
    text = ("\n".join(report.lines()) + "\n").encode("utf-8")
    targets = [csv_path.with_name(csv_path.name + ".report.txt")]
    if log_folder is not None:
        targets.append(log_folder / targets[0].name)
    for target in targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, text)
        except (OSError, StorageFailure):
            continue
        return report.lines(limit=REPORT_LINES, rest=target)
    return report.lines(limit=REPORT_LINES)


Progress = Callable[[int], None]


class _Word(str, Enum):
    """A string enum (Python 3.10 has no `StrEnum`) that reads as its value."""

    def __str__(self) -> str:
        return str(self.value)


class Choice(_Word):
    """What to do with a row for someone who is, or may be, already in the file."""

    SKIP = "skip"  #: write nothing of it (someone already here is still put in the role)
    NEW = "new"  #: import it as a new person
    ADD = "add"  #: add what it brings to the person already here


class Found(_Word):
    """What the duplicate rules make of a row before it is imported."""

    NEW = "new"  #: nobody like them in the file
    SAME = "same"  #: already here: a shared e-mail, phone or profile, or the same name alone
    MAYBE = "maybe"  #: maybe here: a similar name and nothing shared
    ERASED = "erased"  #: a person erased from this file (a keyed hash of a contact matches)
    PROBLEM = "problem"  #: cannot be imported (its problems say why)


@dataclass(frozen=True)
class RowCheck:
    """One row's duplicate check: who it is or may be (`match`, the likeliest first)."""

    line: int
    found: Found
    match: Match | None = None
    #: How many people it may be (a common name may be several).
    matches: int = 0
    #: When the row is a person erased from the file: the date they were erased.
    erased_on: str | None = None

    @property
    def default(self) -> Choice | None:
        """The choice made unless the person makes another: people already here are skipped,
        rows that may be someone wait for a choice (None), new rows are imported."""
        return {Found.SAME: Choice.SKIP, Found.NEW: Choice.NEW,
                Found.ERASED: Choice.SKIP}.get(self.found)

    @property
    def reasons(self) -> str:
        return ", ".join(_plain(r) for r in self.match.reasons) if self.match else ""


def _plain(reason: str) -> str:
    """"similar name (100%)" reads as "same name"; other reasons as they are."""
    if reason == "similar name (100%)":
        return "same name"
    return "similar name" if reason.startswith("similar name") else reason


def _classify(index: DuplicateIndex, plan: RowPlan, fields: dict[str, object],
              ) -> tuple[Found, list[Match]]:
    """Already here, maybe here or new, and the people concerned, likeliest first."""
    matches = index.find(plan.draft, fields)
    same = [m for m in matches if m.strong or _same_name_no_conflict(m, plan.draft)]
    if same:
        return Found.SAME, same
    return (Found.MAYBE, matches) if matches else (Found.NEW, [])


class _Erased:
    """The people erased from the file, by the keyed hashes of their contacts (one query)."""

    def __init__(self, session: Session) -> None:
        self.index = erasure.erased_index(session)
        self.secret = erasure.file_uuid(session) if self.index else ""

    def on(self, plan: RowPlan, fields: dict[str, object]) -> str | None:
        """The date the row's person was erased, or None."""
        if not self.index:
            return None
        def text(key: str) -> str | None:
            return str(fields[key]) if fields.get(key) else None

        keys = erasure.contact_keys(
            text("email"), text("phone_key"), text("github_key"), text("linkedin_key"),
            [(kind, key) for kind, _value, _label, key in stored_links(plan.draft)])
        return min((self.index[h] for h in erasure.keyed_hashes(self.secret, keys)
                    if h in self.index), default=None)


def _erased_note(plan: RowPlan, on: str) -> str:
    return (f"{plan.draft.full_name} was erased on {on}; not imported (import it anyway "
            "with --include-erased, or choose Import anyway in the preview)")


def check_rows(session: Session, plans: Iterable[RowPlan]) -> list[RowCheck]:
    """Every row's duplicate check, as `import_rows` will make it: against the file (one
    query, `DuplicateIndex`) and against the rows before it that are imported as new. A row
    whose contacts match a person erased from the file is `Found.ERASED`, unless that person
    is already here again (imported anyway before): then it is `Found.SAME`."""
    index = DuplicateIndex(session)
    erased = _Erased(session)
    out = []
    for plan in plans:
        if plan.problems:
            out.append(RowCheck(plan.line, Found.PROBLEM))
            continue
        fields = stored_fields(plan.draft)
        found, matches = _classify(index, plan, fields)
        on = erased.on(plan, fields) if found is not Found.SAME else None
        if on is not None:
            out.append(RowCheck(plan.line, Found.ERASED, erased_on=on))
            continue
        if found is not Found.SAME:  # imported as new, or maybe: later rows may match it
            index.add(f"line {plan.line}", fields)
        out.append(RowCheck(plan.line, found, matches[0] if matches else None, len(matches)))
    return out


@dataclass
class _Batch:
    """What one import wrote, kept in its activity's `detail` so it can be taken back."""

    candidates: list[str] = field(default_factory=list)
    applications: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Fields of people already here that were empty and took the row's value.
    filled: dict[str, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.candidates or self.applications or self.links or self.tags
                    or self.notes or self.filled)


def import_rows(session: Session, plans: Iterable[RowPlan], *, role_id: str | None = None,
                file_name: str = "CSV", progress: Progress | None = None,
                choices: dict[int, Choice] | None = None,
                targets: dict[int, str] | None = None,
                skip_possible: bool = False, include_erased: bool = False) -> ImportReport:
    """Create the candidates of `plans` (in the caller's session) and report every row.

    `choices` (by the line a row starts on) says what to do with a row; without one, people
    already here are skipped (and put in the role's pipeline when there is a role), and rows
    that may be someone are imported with a note (skipped with `skip_possible`). "Add to"
    fills the person's empty fields, adds other contacts as links, the tags and the notes, and
    never overwrites a value; the report says what each such row added. The person added to
    is the one `targets` names for the line (a candidate's id, or "line N" for a row above
    in the same file, as `check_rows` names them), else the likeliest match.

    Rows are written in bulk, `CHUNK` at a time, within the caller's one transaction; only
    what the next chunk needs is kept, so memory stays flat for a file of any length.
    `progress(rows done)` is called after each chunk; raising from it (`ImportCancelled`)
    leaves the caller's transaction to roll back, so nothing of the import remains.

    A row whose contacts match a person erased from the file is skipped with a note saying
    when they were erased, unless `include_erased` or its choice says to import it."""
    report = ImportReport(file_name=file_name)
    writer = _BulkWriter(session)
    index = DuplicateIndex(session)
    erased = _Erased(session)
    choices = choices or {}
    roles: dict[str, Role | None] = {}
    stages: StageCache = {}
    placements: list[tuple[str, Role, RowPlan, bool]] = []
    placed: set[tuple[str, str]] = set()
    batch = _Batch()
    #: The candidate each row imported as new became, by line ("Add to" a row above).
    created: dict[int, str] = {}
    done = 0
    for plan in plans:
        done += 1
        choice = choices.get(plan.line)
        if plan.problems:
            report.skipped.append((plan.line, "; ".join(plan.problems)))
        elif (on := erased.on(plan, fields := stored_fields(plan.draft))) is not None and \
                not include_erased and choice in (None, Choice.SKIP) and \
                _classify(index, plan, fields)[0] is not Found.SAME:  # not here again
            report.skipped.append((plan.line, _erased_note(plan, on)))
        else:
            found, matches = _classify(index, plan, fields)
            if choice is None:
                choice = Choice.SKIP if found is Found.SAME or (
                    found is Found.MAYBE and skip_possible) else Choice.NEW
            target = None
            if choice is Choice.ADD:
                target = _target(session, plan.line, (targets or {}).get(plan.line), matches,
                                 created, report)
                if target is None:
                    choice = Choice.NEW
            role = None if choice is Choice.SKIP and found is not Found.SAME else \
                _role_for(session, plan, role_id, roles, report)
            if choice is Choice.SKIP:
                if found is Found.SAME:
                    m = matches[0]
                    report.duplicates.append(
                        (plan.line, f"{plan.draft.full_name} is already here as {m.name} "
                                    f"({', '.join(m.reasons)})"))
                    if role is not None:
                        placements.append((m.candidate_id, role, plan, False))
                elif found is Found.MAYBE:
                    report.duplicates.append((plan.line, "skipped as chosen: "
                                              + _maybe_same(plan.draft, matches)))
                else:
                    report.skipped.append((plan.line, "skipped as chosen"))
            elif choice is Choice.ADD:
                assert target is not None
                writer.flush()  # the person may be one this import has just queued
                report.added.append((plan.line, _add_to(session, writer, target, plan, batch,
                                                        file_name)))
                if role is not None:
                    placements.append((target, role, plan, False))
            else:
                if matches:
                    report.warnings.append((plan.line, _maybe_same(plan.draft, matches)))
                cid = writer.candidate(fields, plan.draft.tags)
                batch.candidates.append(cid)
                created[plan.line] = cid
                index.add(cid, fields)
                report.imported.append((plan.line, str(fields["full_name"])))
                if role is not None:  # new to the file: straight into the role, in bulk
                    writer.application(cid, role, _stage_for(session, role, plan, stages,
                                                             report))
                    report.applications += 1
        if done % CHUNK == 0:
            _write(session, writer, placements, placed, report, batch)
            if progress is not None:
                progress(done)
    _write(session, writer, placements, placed, report, batch)
    if batch:
        session.flush()
        summary = (f"Imported {len(report.imported)} candidates from {file_name}"
                   + (f"; added to {len(report.added)} people already here" if report.added
                      else ""))
        entry = record(session, ActivityKind.IMPORTED, "import", new_id(), summary,
                       detail=_detail(batch, file_name, len(report.imported),
                                      len(report.added)))
        session.flush()
        report.import_id = entry.id
    if progress is not None:
        progress(done)
    return report


def _target(session: Session, line: int, wanted: str | None, matches: list[Match],
            created: dict[int, str], report: ImportReport) -> str | None:
    """The live candidate a row chosen "Add to" goes to; None (and a note: it is imported
    as new instead) when that person is gone or that row was not imported."""
    if wanted is None:
        if matches:
            return matches[0].candidate_id
        why = "nobody to add this row to any more"
    elif wanted.startswith("line "):
        cid = created.get(int(wanted.removeprefix("line ")))
        if cid is not None:
            return cid
        why = f"the row on {wanted} it was to be added to was not imported"
    else:
        alive = session.scalar(select(Candidate.id).where(Candidate.id == wanted,
                                                          Candidate.deleted_at.is_(None)))
        if alive is not None:
            return wanted
        why = "the person it was to be added to is no longer in the file"
    report.warnings.append((line, f"{why}; imported as a new person"))
    return None


def _write(session: Session, writer: _BulkWriter,
           placements: list[tuple[str, Role, RowPlan, bool]],
           placed: set[tuple[str, str]], report: ImportReport, batch: _Batch) -> None:
    """Insert the queued candidates, then put the chunk's people in their roles' pipelines:
    the applications of a whole chunk are flushed together (`placed` remembers who was put
    where by this import, which the file does not show before that flush)."""
    writer.flush()
    if not placements:
        return
    with session.no_autoflush:
        for cid, role, plan, new in placements:
            if (cid, role.id) not in placed:
                placed.add((cid, role.id))
                app_id = _ensure_in_role(session, cid, role, plan, report, new=new)
                if app_id is not None:
                    batch.applications.append(app_id)
    session.flush()
    placements.clear()


class _BulkWriter:
    """New candidates, their tags and their "Added" activity, queued and inserted in bulk with
    the stamps the ORM would give them, by the demo's writer (values converted by each
    column's type, multi-row statements where the search index's triggers make it pay)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.writer: Writer | None = None
        self.by = actor(session)
        self.stamp = stamp_of(session)
        self.now = utcnow()
        self.clock = session.info["copy_clock"].next(session)
        self.tags = {name.casefold(): tid for tid, name in session.execute(
            select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)))}
        self.queue: dict[type, list[dict[str, object]]] = {
            Tag: [], Candidate: [], CandidateTag: [], Application: [], StageChange: [],
            Activity: []}

    def _stamped(self, row: dict[str, object]) -> dict[str, object]:
        row.update(id=row.get("id") or new_id(), created_at=self.now, created_by=self.stamp,
                   updated_at=self.now, updated_by=self.stamp, deleted_at=None,
                   row_clock=self.clock)
        return row

    def candidate(self, fields: dict[str, object], tags: list[str]) -> str:
        row = self._stamped(dict(fields))
        cid = str(row["id"])
        self.queue[Candidate].append(row)
        self.tag(cid, tags)
        self.queue[Activity].append(self._stamped({
            "at": row["created_at"], "actor": self.by, "kind": ActivityKind.CREATED,
            "subject_table": "candidate", "subject_id": cid, "candidate_id": cid,
            "summary": f"Added {fields['full_name']}"}))
        return cid

    def tag(self, cid: str, tags: list[str]) -> list[tuple[str, str]]:
        """Queue `tags` on `cid` (tags new to the file too); the (candidate-tag row id, tag
        name) of each."""
        seen, out = set(), []
        for name in tags:
            clean = " ".join(name.split())
            key = clean.casefold()
            if key in seen:
                continue
            seen.add(key)
            if key not in self.tags:
                tag = self._stamped({"name": clean})
                self.queue[Tag].append(tag)
                self.tags[key] = str(tag["id"])
            row = self._stamped({"candidate_id": cid, "tag_id": self.tags[key]})
            self.queue[CandidateTag].append(row)
            out.append((str(row["id"]), clean))
        return out

    def application(self, cid: str, role: Role, stage: RoleStage) -> None:
        """The new candidate `cid` in `role`'s pipeline at `stage`: what
        `pipeline.add_application` writes, queued for the bulk insert."""
        app = self._stamped({"candidate_id": cid, "role_id": role.id, "stage_id": stage.id,
                             "stage_entered_at": self.now, "applied_at": self.now,
                             "owner_person_id": None, "exit_reason": None, "exit_note": None})
        self.queue[Application].append(app)
        self.queue[StageChange].append(self._stamped({
            "application_id": app["id"], "from_stage_id": None, "to_stage_id": stage.id,
            "from_name": None, "to_name": stage.name, "moved_at": self.now, "moved_by": self.by,
            "reason": IMPORT_REASON, "note": None}))
        self.queue[Activity].append(self._stamped({
            "at": self.now, "actor": self.by, "kind": ActivityKind.CREATED,
            "subject_table": "application", "subject_id": app["id"], "candidate_id": cid,
            "summary": f"Added to “{role.title}” at {stage.name}"}))

    def flush(self) -> None:
        if not any(self.queue.values()):
            return
        if self.writer is None:
            self.writer = Writer(self.session.connection())
        for model, rows in self.queue.items():
            if rows:
                self.writer.insert(model.__table__, rows)  # type: ignore[attr-defined]
                rows.clear()
        self.writer.forget()
        self.now = utcnow()


def _maybe_same(draft: CandidateDraft, matches: list[Match], shown: int = 3) -> str:
    """One line for the people a row may be: the likeliest few, and how many more."""
    names = [f"{m.name} ({', '.join(m.reasons)})" for m in matches[:shown]]
    more = len(matches) - shown
    return (f"{draft.full_name} may be the same person as " + ", ".join(names)
            + (f" and {more:,} other{'s' if more != 1 else ''}" if more > 0 else ""))


def _same_name_no_conflict(match: Match, draft: CandidateDraft) -> bool:
    """The same name, letter for letter, and no different e-mail: the same row imported again."""
    same_name = any(r == "similar name (100%)" for r in match.reasons)
    email = (draft.email or "").strip().lower()
    return same_name and (not email or not match.email or email == match.email)


def _role_for(session: Session, plan: RowPlan, role_id: str | None,
              cache: dict[str, Role | None], report: ImportReport) -> Role | None:
    if role_id is not None:
        key = role_id
    elif plan.role_title:
        key = plan.role_title
    else:
        return None
    if key not in cache:
        try:
            cache[key] = session.get(Role, role_id or role_ref(session, key).id)
        except HirefileError as exc:
            cache[key] = None
            report.warnings.append((plan.line, str(exc)))
    return cache[key]


def _stage_for(session: Session, role: Role, plan: RowPlan, cache: StageCache,
               report: ImportReport) -> RoleStage:
    """The stage a row names in its role, else the role's first (said in the report)."""
    key = (role.id, plan.stage_name)
    if key not in cache:
        named = None
        if plan.stage_name:
            with contextlib.suppress(ValidationError):
                named = pipeline.stage_named(session, role.id, plan.stage_name)
        cache[key] = (named or pipeline.stages_of(session, role.id)[0],
                      bool(plan.stage_name) and named is None)
    stage, missing = cache[key]
    if missing:
        report.warnings.append((plan.line, f"no stage “{plan.stage_name}” in "
                                           f"“{role.title}”; placed in the first stage"))
    return stage


def _ensure_in_role(session: Session, candidate_id: str, role: Role, plan: RowPlan,
                    report: ImportReport, *, new: bool) -> str | None:
    """Put a candidate already in the file in the role's pipeline unless they are in it; the
    new application's id."""
    if not new and pipeline.application_for(session, candidate_id, role.id) is not None:
        return None
    stage = _stage_for(session, role, plan, {}, report)
    app = pipeline.add_application(session, candidate_id, role.id, stage=stage,
                                   reason=IMPORT_REASON)
    report.applications += 1
    return app.id



# adding a row to the person already here ---------------------------------------------------

#: Fields of a person already here that a row fills when they are empty (with their keys).
_FILLABLE = {"email": (), "phone": ("phone_key",), "location": (),
             "github_url": ("github_key",), "linkedin_url": ("linkedin_key",),
             "portfolio_url": (), "referrer_name": (), "current_company": (),
             "current_title": ()}
#: A contact that differs from the person's own is kept as a further link (its key column).
_CONTACT_LINKS = {"email": (LinkKind.EMAIL, "email"), "phone": (LinkKind.PHONE, "phone_key"),
                  "github_url": (LinkKind.GITHUB, "github_key"),
                  "linkedin_url": (LinkKind.LINKEDIN, "linkedin_key")}


def _label(name: str) -> str:
    label = TARGETS.get(name, name.replace("_", " "))
    return label if any(ch.isupper() for ch in label[1:]) else label.lower()  # "GitHub" stays


@dataclass
class Addition:
    """What "Add to" would write on a person already here: their empty fields filled, other
    contacts as links, tags they lack, the row's notes as a note; never a value overwritten."""

    person: str
    fill: dict[str, str] = field(default_factory=dict)
    links: list[tuple[LinkKind, str, str | None]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    #: What each part is, as a person reads it ("phone +44 …", "tags a, b", "a note").
    said: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "; ".join(self.said) if self.said else \
            "nothing new (everything in the row is already theirs)"


def addition(session: Session, candidate_id: str, plan: RowPlan,
             file_name: str = "CSV") -> Addition:
    """What adding `plan`'s row to the person `candidate_id` would write (nothing is)."""
    c = session.get(Candidate, candidate_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(f"line {plan.line}: the person to add this row to is not in the file")
    fields = stored_fields(plan.draft)
    out = Addition(c.full_name)
    links = session.execute(select(CandidateLink.key, CandidateLink.value).where(
        CandidateLink.candidate_id == candidate_id, CandidateLink.deleted_at.is_(None))).all()
    known = {k for k, _ in links if k} | {v for _, v in links}
    for name, keys in _FILLABLE.items():
        value = fields.get(name)
        if not value:
            continue
        if getattr(c, name) in (None, ""):
            out.fill.update({column: str(fields[column]) for column in (name, *keys)
                             if fields.get(column)})
            out.said.append(f"{_label(name)} {value}")
        elif name in _CONTACT_LINKS:
            kind, key_column = _CONTACT_LINKS[name]
            key = fields.get(key_column)
            same = key == getattr(c, key_column) if key else value == getattr(c, name)
            if not same and (key or value) not in known:
                out.links.append((kind, str(value), str(key) if key else None))
                known.add(str(key or value))
                out.said.append(f"another {_label(name)} {value}")
    have = {n.casefold() for n in session.scalars(  # tombstoned too: a tag is on a person once
        select(Tag.name).join(CandidateTag, CandidateTag.tag_id == Tag.id)
        .where(CandidateTag.candidate_id == candidate_id))}
    for name in plan.draft.tags:
        clean = " ".join(name.split())
        if clean.casefold() not in have:
            have.add(clean.casefold())
            out.tags.append(clean)
    if out.tags:
        out.said.append("tag" + ("s " if len(out.tags) > 1 else " ") + ", ".join(out.tags))
    text = plan.draft.notes.strip()
    if text and text not in (c.notes or ""):
        body = f"From {file_name}, line {plan.line}:\n{text}"
        if session.scalar(select(Note.id).where(
                Note.candidate_id == candidate_id, Note.deleted_at.is_(None),
                Note.body == body).limit(1)) is None:
            out.note = body
            out.said.append("a note")
    return out


def _add_to(session: Session, writer: _BulkWriter, cid: str, plan: RowPlan, batch: _Batch,
            file_name: str) -> str:
    """Add what the row brings to the person `cid` (`addition`) and say what."""
    add = addition(session, cid, plan, file_name)
    c = session.get(Candidate, cid)
    assert c is not None
    for column, value in add.fill.items():
        setattr(c, column, value)
    if add.fill:
        batch.filled.setdefault(cid, {}).update(add.fill)
    for kind, value, key in add.links:
        link = CandidateLink(id=new_id(), candidate_id=cid, kind=kind, value=value, key=key,
                             label=f"from {file_name}")
        session.add(link)
        batch.links.append(link.id)
    batch.tags += [tid for tid, _ in writer.tag(cid, add.tags)]
    if add.note is not None:
        batch.notes.append(add_note(session, cid, add.note, log=False).id)
    return f"{plan.draft.full_name} added to {add.person}: {add.text}"


# taking an import back -----------------------------------------------------------------------

class ImportChanged(HirefileError):
    """Someone changed what an import wrote, so undoing (or redoing) it would lose that."""

    def __init__(self, file_name: str, name: str, what: str, *, undo: bool = True) -> None:
        self.file_name, self.name, self.what, self.undo = file_name, name, what, undo
        super().__init__(self.sentence())

    def sentence(self, wrap: Callable[[str], str] = str) -> str:
        """The message, with the file's and the person's names passed through `wrap` (the app
        isolates them, so a right-to-left name cannot reorder the sentence)."""
        step = "undone" if self.undo else "redone"
        return (f"The import from {wrap(self.file_name)} cannot be {step}: {wrap(self.name)} "
                f"{self.what} since; change that back, or remove people one by one instead")


def _detail(batch: _Batch, file_name: str, imported: int, added: int) -> dict[str, Any]:
    return {"file": file_name, "imported": imported, "added": added,
            "candidates": batch.candidates, "applications": batch.applications,
            "links": batch.links, "tags": batch.tags, "notes": batch.notes,
            "filled": batch.filled, "until": utcnow().isoformat()}


def _chunks(ids: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for at in range(0, len(ids), size):
        yield ids[at:at + size]


def _import_entry(session: Session, import_id: str) -> tuple[Activity, dict[str, Any]]:
    entry = session.get(Activity, import_id)
    if entry is None or entry.kind is not ActivityKind.IMPORTED or \
            not isinstance(entry.detail, dict) or "candidates" not in entry.detail:
        raise NotFound("That import is not recorded in this file")
    return entry, dict(entry.detail)


def _first_changed(session: Session, d: dict[str, Any], until: datetime) -> tuple[str, str] | None:
    """The first person of the import changed after `until` (their name, and how)."""
    name_of = select(Candidate.full_name)
    for chunk in _chunks(d["candidates"]):
        for stmt, what in (
                (name_of.where(Candidate.id.in_(chunk), Candidate.deleted_at.is_not(None),
                               Candidate.updated_at > until), "was removed"),
                (name_of.where(Candidate.id.in_(chunk), Candidate.updated_at > until),
                 "was edited"),
                (name_of.join(Application, Application.candidate_id == Candidate.id)
                 .where(Candidate.id.in_(chunk), Application.updated_at > until),
                 "was moved in a pipeline"),
                (name_of.join(Activity, Activity.candidate_id == Candidate.id)
                 .where(Candidate.id.in_(chunk), Activity.at > until),
                 "has notes, interviews or other changes")):
            name = session.scalar(stmt.limit(1))
            if name is not None:
                return name, what
    for chunk in _chunks(d["applications"]):
        name = session.scalar(name_of.join(Application, Application.candidate_id == Candidate.id)
                              .where(Application.id.in_(chunk), Application.updated_at > until)
                              .limit(1))
        if name is not None:
            return name, "was moved in a pipeline"
    for cid, values in d["filled"].items():
        c = session.get(Candidate, cid)
        for column, value in values.items():
            if c is None or getattr(c, column) != value:
                return (c.full_name if c else "a person"), f"had their {_label(column)} changed"
    return None


#: What an import adds to people (kept in its activity's detail under these keys).
_ADDED: tuple[tuple[type[Tracked], str], ...] = (
    (Application, "applications"), (CandidateLink, "links"), (CandidateTag, "tags"),
    (Note, "notes"))


def _tombstones(session: Session, d: dict[str, Any], when: datetime | None,
                stamp: dict[str, Any]) -> None:
    """Tombstone (`when` None) or restore everything the import added: its people with their
    applications and tags (their tags leave the tag filters too), and what "Add to" added."""
    _set_deleted(session, Candidate, Candidate.id, d["candidates"], when, stamp)
    for owned in (Application, CandidateTag):
        _set_deleted(session, owned, owned.candidate_id, d["candidates"], when, stamp)
    for model, key in _ADDED:
        _set_deleted(session, model, model.id, d[key], when, stamp)


def _fill(session: Session, d: dict[str, Any], *, undo: bool) -> None:
    """Empty again (`undo`) or fill back the fields "Add to" filled on people already here."""
    for cid, values in d["filled"].items():
        c = session.get(Candidate, cid)
        assert c is not None
        for column, value in values.items():
            setattr(c, column, None if undo else value)


def _set_deleted(session: Session, model: Any, column: Any, ids: list[str],
                 when: datetime | None, stamp: dict[str, Any]) -> None:
    """Tombstone the live rows of `model` whose `column` is in `ids` (`when` None), or restore
    those tombstoned at `when`."""
    state = model.deleted_at.is_(None) if when is None else model.deleted_at == when
    for chunk in _chunks(ids):
        stamping.update_rows(session, model, column.in_(chunk) & state, stamp)


def undo_import(session: Session, import_id: str) -> str:
    """Take an import back: the people it created are tombstoned with their applications, and
    what it added to people already here (applications, links, tags, notes, fields) is
    removed. Refused, with who and why, when someone changed any of it since."""
    entry, d = _import_entry(session, import_id)
    if d.get("undone_at"):
        raise ValidationError(f"The import from {d['file']} is already undone")
    changed = _first_changed(session, d, datetime.fromisoformat(d["until"]))
    if changed is not None:
        raise ImportChanged(d["file"], *changed)
    now = utcnow()
    _tombstones(session, d, None, {"deleted_at": now, "updated_at": now,
                                   "updated_by": stamp_of(session)})
    _fill(session, d, undo=True)
    d["undone_at"] = now.isoformat()
    entry.detail = d
    text = f"Undid the import from {d['file']}"
    record(session, ActivityKind.DELETED, "import", entry.id, text)
    session.flush()
    return text


def redo_import(session: Session, import_id: str) -> str:
    """Bring back what `undo_import` took back, as it was."""
    entry, d = _import_entry(session, import_id)
    if not d.get("undone_at"):
        raise ValidationError(f"The import from {d['file']} is not undone")
    undone = datetime.fromisoformat(d["undone_at"])
    for cid, values in d["filled"].items():
        c = session.get(Candidate, cid)
        if c is None or c.deleted_at is not None:
            raise ImportChanged(d["file"], c.full_name if c else "a person", "was removed",
                                undo=False)
        for column in values:
            if getattr(c, column) not in (None, ""):
                raise ImportChanged(d["file"], c.full_name,
                                    f"was given another {_label(column)}", undo=False)
    again = aliased(Application)
    for chunk in _chunks(d["applications"]):
        name = session.scalar(
            select(Candidate.full_name).select_from(Application)
            .join(again, (again.candidate_id == Application.candidate_id)
                  & (again.role_id == Application.role_id) & again.deleted_at.is_(None))
            .join(Candidate, Candidate.id == Application.candidate_id)
            .where(Application.id.in_(chunk)).limit(1))
        if name is not None:
            raise ImportChanged(d["file"], name, "was put in the same role again", undo=False)
    now = utcnow()
    _tombstones(session, d, undone, {"deleted_at": None, "updated_at": now,
                                     "updated_by": stamp_of(session)})
    _fill(session, d, undo=False)
    text = f"Redid the import from {d['file']}"
    record(session, ActivityKind.IMPORTED, "import", entry.id, text)
    session.flush()
    d.pop("undone_at")
    d["until"] = utcnow().isoformat()
    entry.detail = d
    session.flush()
    return text
