"""Undo commands for candidates and their moves through pipelines."""

from __future__ import annotations

from collections.abc import Callable

from hirefile.domain.candidates import CandidateDraft
from hirefile.errors import HirefileError, StaleEdit
from hirefile.services import candidates, concurrency, csv_import, dedupe, pipeline
from hirefile.services.pipeline import MoveResult
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, CANDIDATE
from hirefile.ui.commands.base import Notify, ServiceCommand
from hirefile.ui.text import isolate

#: What these commands change, for the views that show it.
KINDS = frozenset((CANDIDATE, APPLICATION))

class CreateCandidate(ServiceCommand):
    """A new candidate, optionally straight into a role's pipeline."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, draft: CandidateDraft, *,
                 role_id: str | None = None) -> None:
        super().__init__(f"Add {isolate(draft.full_name.strip())}", db, notify)
        self.draft, self.role_id = draft, role_id
        self.candidate_id: str | None = None
        self.application_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.candidate_id is None:
            c = candidates.create_candidate(session, self.draft)
            self.candidate_id = c.id
            if self.role_id:
                self.application_id = pipeline.add_application(session, c.id,
                                                               self.role_id).id
        else:
            candidates.restore_candidate(session, self.candidate_id)

    def undo_change(self, session: Unit) -> None:
        assert self.candidate_id is not None
        candidates.remove_candidate(session, self.candidate_id)


class EditCandidate(ServiceCommand):
    """Save the record form: only what the person changed from `before` (the draft the form
    was loaded from) is written, checked against `before.version` (or `version`: "Save mine
    anyway" passes the one its refusal carried); undo puts those fields back. Undo and redo
    are checked as a save is, against the version the last step left: a field someone else
    changed since is refused, naming who, and nothing is written."""
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, candidate_id: str,
                 before: CandidateDraft, after: CandidateDraft, *,
                 version: int | None = None) -> None:
        super().__init__(f"Edit {isolate(after.full_name.strip())}", db, notify)
        self.candidate_id, self.before, self.after = candidate_id, before, after
        self.version = version if version is not None else (before.version or None)

    def _write(self, session: Unit, draft: CandidateDraft, seen: CandidateDraft) -> None:
        candidates.update_candidate(session, self.candidate_id, draft, seen=seen,
                                    version=self.version)
        # the next step (undo, redo) is checked against what this one left
        self.version = concurrency.version_of(candidates.live_candidate(session,
                                                                        self.candidate_id))

    def do(self, session: Unit) -> None:
        self._write(session, self.after, self.before)

    def undo_change(self, session: Unit) -> None:
        self._write(session, self.before, self.after)


class RemoveCandidate(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, candidate_id: str, name: str) -> None:
        super().__init__(f"Remove {isolate(name)}", db, notify)
        self.candidate_id = candidate_id

    def do(self, session: Unit) -> None:
        candidates.remove_candidate(session, self.candidate_id)

    def undo_change(self, session: Unit) -> None:
        candidates.restore_candidate(session, self.candidate_id)


class AddToRole(ServiceCommand):
    """Put a candidate in a role's pipeline (first stage); undo tombstones the application."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, candidate_id: str, role_id: str,
                 label: str) -> None:
        super().__init__(label, db, notify)
        self.candidate_id, self.role_id = candidate_id, role_id
        self.application_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.application_id is None:
            self.application_id = pipeline.add_application(session, self.candidate_id,
                                                           self.role_id).id
        else:
            pipeline.restore_application(session, self.application_id)

    def undo_change(self, session: Unit) -> None:
        assert self.application_id is not None
        pipeline.remove_application(session, self.application_id)


class MoveApplications(ServiceCommand):
    """Move one or many applications to a stage; undo takes each move back, newest first.

    With one application `stage_id` names the target; with many (possibly in different roles)
    `stage_name` does, and each goes to the stage of that name in its own role.
    """
    #: A move writes applications, stage changes and activity lines, no candidate: the
    #: candidates list keeps its ids and counts (every view of activity reads on APPLICATION).
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, application_ids: list[str], *,
                 stage_id: str | None = None, stage_name: str | None = None,
                 reason: str | None = None, note: str | None = None, label: str = "",
                 seen_stage_id: str | None = None,
                 seen_stages: dict[str, str] | None = None) -> None:
        n = len(application_ids)
        target = isolate(stage_name) if stage_name else "stage"
        super().__init__(label or (f"Move to {target}" if n == 1 else
                                   f"Move {n} candidates to {target}"), db, notify)
        self.application_ids, self.stage_id, self.stage_name = application_ids, stage_id, \
            stage_name
        self.reason, self.note = reason, note
        #: The stage the cards showed: a card someone moved since is refused (`StaleEdit`),
        #: checked on the first apply only (redo puts back what undo took back).
        self.seen_stage_id = seen_stage_id
        #: By stage name, the stage each row showed: one someone moved since is skipped
        #: (`skipped`, naming who), the rest move; checked on the first apply only.
        self.seen_stages = seen_stages
        self.results: list[MoveResult] = []
        self.skipped: list[StaleEdit] = []

    def do(self, session: Unit) -> None:
        if self.stage_id is not None:
            self.results = [pipeline.move(session, app_id, self.stage_id, reason=self.reason,
                                          note=self.note, seen_stage_id=self.seen_stage_id)
                            for app_id in self.application_ids]
            self.seen_stage_id = None
        else:
            assert self.stage_name is not None
            done = pipeline.bulk_move(session, self.application_ids, self.stage_name,
                                      reason=self.reason, note=self.note,
                                      seen_stages=self.seen_stages)
            if self.seen_stages is not None:
                # the ones skipped stay out of undo and redo
                self.application_ids = [r.application_id for r in done.moved]
                self.skipped, self.seen_stages = done.skipped, None
            self.results = done.moved

    def changed_nothing(self) -> bool:
        return not self.results

    def undo_change(self, session: Unit) -> None:
        for result in reversed(self.results):
            pipeline.undo_move(session, result)


class SetTags(ServiceCommand):
    """Add tags to many candidates at once (bulk action); undo takes off each one the tags it
    added, keeping any tag someone else added or removed since (`candidates.merged_tags`)."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, candidate_ids: list[str],
                 add: list[str]) -> None:
        super().__init__(f"Tag {len(candidate_ids)} candidate(s) "
                         f"{', '.join(isolate(tag) for tag in add)}", db, notify)
        self.candidate_ids, self.add = candidate_ids, add
        self.before: dict[str, list[str]] = {}

    def do(self, session: Unit) -> None:
        self.before = {cid: candidates.tags_of(session, cid) for cid in self.candidate_ids}
        candidates.add_tags(session, self.candidate_ids, self.add)

    def undo_change(self, session: Unit) -> None:
        for cid, tags in self.before.items():
            after = [*tags, *self.add]
            candidates.set_tags(session, cid,
                                candidates.merged_tags(candidates.tags_of(session, cid),
                                                       after, tags))


class ImportCandidates(ServiceCommand):
    """A CSV import that is already made (the dialog made it, with its progress and Cancel):
    undo takes back everything it wrote, redo brings it back (`csv_import.undo_import`)."""

    def __init__(self, db: Workspace, notify: Notify, report: csv_import.ImportReport) -> None:
        assert report.import_id is not None
        n, added = len(report.imported), len(report.added)
        super().__init__(f"Import {n:,} candidate{'s' if n != 1 else ''}"
                         + (f" (and add to {added:,} already here)" if added else "")
                         + f" from {isolate(report.file_name)}", db, notify)
        self.import_id = report.import_id
        self._applied_once = True  # pushing it does not import a second time

    def do(self, session: Unit) -> None:
        _isolated(csv_import.redo_import, session, self.import_id)

    def undo_change(self, session: Unit) -> None:
        _isolated(csv_import.undo_import, session, self.import_id)


def _isolated(step: Callable[[Unit, str], str], session: Unit, import_id: str) -> None:
    """Run `step`; a refusal that names people says their names isolated."""
    try:
        step(session, import_id)
    except csv_import.ImportChanged as exc:
        raise HirefileError(exc.sentence(isolate)) from exc


def merged_record(db: Workspace, keep_id: str, other_id: str) -> str:
    """The record a merge of the two leaves (its values are those of `keep_id`)."""
    with db.reader() as s:
        return dedupe.survivor_id(s, keep_id, other_id)


def merge_now(db: Workspace, notify: Notify, keep_id: str, other_id: str) -> dedupe.MergeReport:
    """Merging cannot be undone: it is applied directly (the caller asks first), and the undo
    history is not touched."""
    with db.session() as s:
        report = dedupe.merge(s, keep_id, other_id)
    notify()
    return report
