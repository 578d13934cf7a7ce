"""Candidates from CV files (PDF, Word .docx) and JSON Resumes: plan first, then create.

`plan_cvs` reads each file (`domain.cv_text`), suggests a candidate (`domain.cv_fields`) and
checks it against the file with the duplicate rules of the CSV import (`csv_import.check_rows`:
a shared e-mail, phone or profile, or the very same name, is someone already here; a similar
name may be; contacts of a person erased from the file make it `Found.ERASED`, never named).
Files of one batch are checked against each other too, so the same CV dropped twice creates
one person. Nothing is written: each `CvPlan` says in one line what would happen.

`import_cvs` creates the candidates of the plans that are new (or maybe someone, as the CSV
import does, with the note kept in the report) in the caller's one transaction: the
candidate, the CV attached (`attachments.attach_file`), the role's first stage when a role is
given, and one `IMPORTED` activity entry per person naming the file. The check is made again
against the file as it is then, so a person added meanwhile is not created twice.
`plan_resume` does the same for a JSON Resume (`domain.json_resume`), which is not attached.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session

from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.cv_fields import cv_fields
from hirefile.domain.cv_text import MAX_BYTES, CvText, extract_cv_text
from hirefile.domain.json_resume import JsonResumeError, parse_json_resume
from hirefile.domain.roles import errors
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import FileProblem
from hirefile.services import pipeline
from hirefile.services.activity import record
from hirefile.services.attachments import attach_file
from hirefile.services.candidates import create_candidate
from hirefile.services.csv_import import Found, RowCheck, RowPlan, check_rows
from hirefile.services.roles import live_role
from hirefile.storage.models import Role

#: Why a candidate made from a CV is in a role's first stage (their pipeline's first move).
IMPORT_REASON = "Imported from a CV"
#: Words of a file's name that are not the person's ("Jane_Doe_CV_2024.pdf").
_NOT_NAME_WORDS = frozenset(("cv", "resume", "résumé", "lebenslauf", "curriculum", "vitae",
                             "final", "new", "updated", "english", "en", "de", "copy"))

Progress = Callable[[int], None]


@dataclass(frozen=True)
class CvPlan:
    """One file: the candidate it suggests and what importing it would do."""

    path: Path
    #: The suggested candidate; None when the file could not be read.
    draft: CandidateDraft | None
    found: Found
    #: Who they are, or may be: their name, and why (None when new, erased or unreadable).
    match_name: str | None = None
    reasons: str = ""
    #: The file of this batch they are the same person as (a CV given twice).
    same_as_file: str | None = None
    #: When the person was erased from the file (`Found.ERASED`).
    erased_on: str | None = None
    #: Why the file cannot be imported (`Found.PROBLEM`), one line.
    problem: str | None = None
    #: Things to know (the name came from the file's name, reading stopped early).
    notes: tuple[str, ...] = ()
    #: Attach the file to the person created (CVs yes, JSON Resumes no).
    attach: bool = True
    #: The text read from the file, kept with the attachment (not read a second time).
    cv: CvText | None = field(default=None, repr=False, compare=False)

    @property
    def importable(self) -> bool:
        """Created by `import_cvs`: new, or maybe someone (a similar name only)."""
        return self.draft is not None and self.found in (Found.NEW, Found.MAYBE)

    @property
    def verdict(self) -> str:
        """New / Already here NAME / Maybe NAME / Erased on DATE / Unreadable: reason."""
        if self.found is Found.PROBLEM:
            return f"Unreadable: {self.problem}"
        if self.found is Found.ERASED:
            return f"Erased on {self.erased_on}"
        why = f" ({self.reasons})" if self.reasons else ""
        if self.found is Found.SAME:
            return (f"Same person as {self.same_as_file}{why}" if self.same_as_file
                    else f"Already here {self.match_name}{why}")
        if self.found is Found.MAYBE:
            return (f"Maybe the same person as {self.same_as_file}{why}" if self.same_as_file
                    else f"Maybe {self.match_name}{why}")
        return "New"

    @property
    def summary(self) -> str:
        """The candidate in one line: name, e-mail, phone and profiles found."""
        if self.draft is None:
            return ""
        d = self.draft
        parts = [d.full_name + (f" <{d.email}>" if d.email else "")]
        parts += [v for v in (d.phone, d.github_url, d.linkedin_url, d.portfolio_url) if v]
        if d.links:
            parts.append(f"{len(d.links)} more link{'s' if len(d.links) != 1 else ''}")
        return ", ".join(parts)

    def line(self) -> str:
        """`FILE: VERDICT: CANDIDATE` (and its notes), as the command line prints it."""
        out = f"{self.path.name}: {self.verdict}"
        if self.draft is not None and self.found is not Found.ERASED:
            out += f": {self.summary}"
        return out + "".join(f" [{n}]" for n in self.notes)


@dataclass
class CvImportReport:
    """What `import_cvs` did, file by file."""

    #: (plan, the new candidate's id) for each person created.
    created: list[tuple[CvPlan, str]] = field(default_factory=list)
    #: (plan, why) for each file not imported.
    skipped: list[tuple[CvPlan, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{p.path.name}: created {p.summary}" + (f" [{p.verdict}]" if p.match_name
                                                         else "") for p, _ in self.created]
        out += [f"{p.path.name}: not imported: {why}" for p, why in self.skipped]
        return out


# planning --------------------------------------------------------------------------------------

def check_paths(paths: Sequence[Path | str]) -> list[Path]:
    """The paths as files to read; `FileProblem` (one line) for a missing file or a folder,
    before anything is read or written."""
    out = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            raise FileProblem(f"{path} is a folder, not a file; give the files in it")
        if not path.is_file():
            raise FileProblem(f"{path} does not exist; nothing was imported")
        out.append(path)
    return out


def read_cv(path: Path) -> CvPlan:
    """The candidate one CV file suggests, before the duplicate check (`found` is NEW, or
    PROBLEM when the file cannot be read or suggests no name)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return _unreadable(path, f"{path.name} is larger than "
                                     f"{MAX_BYTES // 1024 // 1024} MB; attach a smaller copy")
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(path, f"{path.name} could not be read ({exc.strerror or exc})")
    cv = extract_cv_text(data, path.name)
    if cv.problem is not None:
        return _unreadable(path, cv.problem)
    draft = cv_fields(cv.text, cv.links).draft()
    notes = list(cv.notes)
    if not draft.full_name:
        draft.full_name = name_from_file(path) or ""
        if not draft.full_name:
            return _unreadable(path, f"no name found in {path.name}; add the person by hand "
                                     "and attach the file")
        notes.append("name taken from the file's name")
    return replace(_checked(path, draft, tuple(notes)), cv=cv)


def read_resume(path: Path) -> CvPlan:
    """The candidate a JSON Resume file describes (`found` NEW, or PROBLEM naming the field)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(path, f"{path.name} could not be read ({exc.strerror or exc})",
                           attach=False)
    try:
        draft = parse_json_resume(data, path.name)
    except JsonResumeError as exc:
        return _unreadable(path, str(exc), attach=False)
    return replace(_checked(path, draft, ()), attach=False)


def _checked(path: Path, draft: CandidateDraft, notes: tuple[str, ...]) -> CvPlan:
    problems = errors(validate_candidate(draft))
    if problems:
        return _unreadable(path, f"{path.name}: {problems[0].message}")
    return CvPlan(path, draft, Found.NEW, notes=notes)


def _unreadable(path: Path, why: str, *, attach: bool = True) -> CvPlan:
    return CvPlan(path, None, Found.PROBLEM, problem=why, attach=attach)


def name_from_file(path: Path) -> str | None:
    """A name from a file's name ("jane_doe-CV_2024.pdf" → "Jane Doe"), when it reads like
    one (`cv_fields`'s rules)."""
    words = [w for w in re.split(r"[\s_.\-]+", path.stem)
             if w and not w.isdigit() and w.lower() not in _NOT_NAME_WORDS]
    words = [w.capitalize() if w.islower() else w for w in words]
    return cv_fields(" ".join(words)).full_name if words else None


def check(session: Session, plans: Sequence[CvPlan]) -> list[CvPlan]:
    """The plans with the duplicate rules applied, against the file and against the plans
    before them (read plans are NEW; unreadable ones stay as they are)."""
    readable = [(i, p) for i, p in enumerate(plans) if p.draft is not None]
    rows = [RowPlan(i + 1, p.draft, None, None) for i, p in readable if p.draft is not None]
    out = list(plans)
    for (i, plan), row in zip(readable, check_rows(session, rows), strict=True):
        out[i] = _with_check(plan, row, plans)
    return out


def _with_check(plan: CvPlan, row: RowCheck, plans: Sequence[CvPlan]) -> CvPlan:
    if row.found is Found.ERASED:
        return replace(plan, found=Found.ERASED, erased_on=row.erased_on)
    if row.match is None:
        return replace(plan, found=row.found)
    same_as = None
    if row.match.candidate_id.startswith("line "):  # a file before it in this batch
        same_as = plans[int(row.match.candidate_id.removeprefix("line ")) - 1].path.name
    return replace(plan, found=row.found, match_name=row.match.name, reasons=row.reasons,
                   same_as_file=same_as)


def plan_cvs(session: Session, paths: Sequence[Path | str], *,
             progress: Progress | None = None) -> list[CvPlan]:
    """One plan per CV file, in order (see `CvPlan.verdict`). `progress(files read)` is
    called after each file; raising from it stops the planning."""
    read = []
    for done, path in enumerate(paths, 1):
        read.append(read_cv(Path(path)))
        if progress is not None:
            progress(done)
    return check(session, read)


def plan_resume(session: Session, path: Path | str) -> CvPlan:
    """The plan for one JSON Resume file."""
    return check(session, [read_resume(Path(path))])[0]


# importing -------------------------------------------------------------------------------------

def import_cvs(session: Session, plans: Sequence[CvPlan], role_id: str | None = None, *,
               progress: Progress | None = None) -> CvImportReport:
    """Create the candidates of the importable plans (in the caller's session: one
    transaction). The duplicate check is made again first; a plan that is now someone already
    here, or erased, is skipped and said why. `progress(plans done)` after each; raising from
    it (`csv_import.ImportCancelled`) leaves the caller's transaction to roll back."""
    role = live_role(session, role_id) if role_id else None
    report = CvImportReport()
    wanted = [p for p in plans if p.importable]
    for plan in plans:
        if not plan.importable:
            report.skipped.append((plan, plan.verdict))
    for done, (before, plan) in enumerate(zip(wanted, check(session, wanted), strict=True), 1):
        if not plan.importable:
            report.skipped.append((plan, plan.verdict))
        else:
            if before.found is Found.MAYBE:  # as planned: the report says who they may be
                plan = replace(plan, found=Found.MAYBE, match_name=before.match_name,
                               reasons=before.reasons, same_as_file=before.same_as_file)
            report.created.append((plan, _create(session, plan, role)))
        if progress is not None:
            progress(done)
    return report


def _create(session: Session, plan: CvPlan, role: Role | None) -> str:
    assert plan.draft is not None
    candidate = create_candidate(session, plan.draft)
    detail: dict[str, object] = {"file": plan.path.name}
    if plan.attach:
        detail["attachment"] = attach_file(session, candidate.id, plan.path, cv=plan.cv).id
    if role is not None:
        pipeline.add_application(session, candidate.id, role.id, reason=IMPORT_REASON)
    kind = "CV" if plan.attach else "JSON Resume"
    record(session, ActivityKind.IMPORTED, "candidate", candidate.id,
           f"Created from the {kind} {plan.path.name}", candidate_id=candidate.id,
           detail=detail)
    return candidate.id

