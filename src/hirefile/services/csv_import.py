"""Importing candidates from a CSV file: read any common layout, preview, import, report.

Reading accepts UTF-8 with or without a byte-order mark, `,` `;` or tab separators and quoted
multi-line fields. Rows are matched against the file (and against earlier rows of the same
import) with the duplicate rules, so importing the same file twice creates nobody twice.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.csv_layouts import TARGETS, guess_mapping, guess_source
from hirefile.domain.roles import errors
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import FileProblem, HirefileError, ValidationError
from hirefile.services import candidates, pipeline
from hirefile.services.activity import record
from hirefile.services.dedupe import Match, find_duplicates
from hirefile.services.refs import role_ref
from hirefile.storage.models import Role
from hirefile.storage.types import new_id

MAX_BYTES = 50 * 1024 * 1024
_FORMULA_GUARD = ("'=", "'+", "'-", "'@")


@dataclass(frozen=True)
class CsvTable:
    headers: list[str]
    rows: list[list[str]]
    delimiter: str


def read_csv(source: Path | str | bytes) -> CsvTable:
    """Parse a CSV file (or its bytes); a clear `FileProblem` when it cannot be read."""
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
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileProblem(f"{name} is not a CSV file (it holds binary data)")
    text = _decode(raw, name)
    if not text.strip():
        raise FileProblem(f"{name} is empty")
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise FileProblem(f"{name} is not a readable CSV file ({exc})") from exc
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if len(rows) < 2:
        raise FileProblem(f"{name} has a header row but no candidates")
    headers = [h.strip() for h in rows[0]]
    width = len(headers)
    body = [(r + [""] * width)[:width] if len(r) <= width else r[:width] for r in rows[1:]]
    return CsvTable(headers, body, delimiter)


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        raise FileProblem(f"{name} is not UTF-8 text; save it as “CSV UTF-8” and try again") \
            from None


def _delimiter(text: str) -> str:
    sample = text[:20_000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t", key=first.count)


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


def plan_rows(table: CsvTable, mapping: list[str] | None = None) -> list[RowPlan]:
    mapping = mapping or guess_mapping(table.headers)
    if len(mapping) != len(table.headers):
        raise ValidationError("The mapping needs one target per column")
    unknown = [t for t in mapping if t not in TARGETS]
    if unknown:
        raise ValidationError(f"Unknown import target “{unknown[0]}”")
    return [_plan(i + 2, table.headers, row, mapping) for i, row in enumerate(table.rows)]


def _plan(line: int, headers: list[str], row: list[str], mapping: list[str]) -> RowPlan:
    values: dict[str, str] = {}
    notes: list[str] = []
    tags: list[str] = []
    for header, target, raw in zip(headers, mapping, row, strict=True):
        value = _unguard(raw.strip())
        if not value or target == "ignore":
            continue
        if target == "keep_as_note":
            notes.append(f"{header}: {value}")
        elif target == "notes":
            notes.insert(0, value)
        elif target == "tags":
            tags.extend(t for t in value.replace(";", ",").split(",") if t.strip())
        else:
            values.setdefault(target, value)
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
    problems = []
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

@dataclass
class ImportReport:
    imported: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)
    applications: int = 0

    def lines(self) -> list[str]:
        out = [f"{len(self.imported)} imported, {len(self.skipped)} skipped, "
               f"{len(self.duplicates)} duplicate"
               + (f"; {self.applications} added to a role's pipeline" if self.applications
                  else "")]
        out += [f"  line {n}: skipped: {why}" for n, why in self.skipped]
        out += [f"  line {n}: duplicate: {why}" for n, why in self.duplicates]
        out += [f"  line {n}: note: {why}" for n, why in self.warnings]
        return out


def import_rows(session: Session, plans: list[RowPlan], *, role_id: str | None = None,
                file_name: str = "CSV") -> ImportReport:
    """Create the candidates of `plans` (in the caller's session) and report every row."""
    report = ImportReport()
    roles: dict[str, Role | None] = {}
    for plan in plans:
        if plan.problems:
            report.skipped.append((plan.line, "; ".join(plan.problems)))
            continue
        role = _role_for(session, plan, role_id, roles, report)
        matches = find_duplicates(session, plan.draft)
        strong = [m for m in matches if m.strong or _same_name_no_conflict(m, plan.draft)]
        if strong:
            m = strong[0]
            report.duplicates.append(
                (plan.line, f"{plan.draft.full_name} is already here as {m.name} "
                            f"({', '.join(m.reasons)})"))
            if role is not None:
                _ensure_in_role(session, m.candidate_id, role, plan, report)
            continue
        for m in matches:
            report.warnings.append((plan.line, f"{plan.draft.full_name} may be the same "
                                               f"person as {m.name} ({', '.join(m.reasons)})"))
        candidate = candidates.create_candidate(session, plan.draft)
        session.flush()
        report.imported.append((plan.line, candidate.full_name))
        if role is not None:
            _ensure_in_role(session, candidate.id, role, plan, report)
    if report.imported:
        record(session, ActivityKind.IMPORTED, "import", new_id(),
               f"Imported {len(report.imported)} candidates from {file_name}")
    return report


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
            cache[key] = session.get(Role, role_id) if role_id else role_ref(session, key)
        except HirefileError as exc:
            cache[key] = None
            report.warnings.append((plan.line, str(exc)))
    return cache[key]


def _ensure_in_role(session: Session, candidate_id: str, role: Role, plan: RowPlan,
                    report: ImportReport) -> None:
    if pipeline.application_for(session, candidate_id, role.id) is not None:
        return
    stage = None
    if plan.stage_name:
        try:
            stage = pipeline.stage_named(session, role.id, plan.stage_name)
        except ValidationError:
            report.warnings.append((plan.line, f"no stage “{plan.stage_name}” in "
                                               f"“{role.title}”; placed in the first stage"))
    pipeline.add_application(session, candidate_id, role.id, stage=stage,
                             reason="Imported from CSV")
    report.applications += 1
