"""Bulk actions on the candidates selected in the list: move to a stage, tag, reject.

Each is one undo step (a macro when rejecting spans roles whose exit stages are named
differently). Moves act on applications, and a person may be in several pipelines, so "Move to
stage…" first asks in which role; "Reject…" rejects every application still in process and
says which before it does.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from hirefile.domain.vocab import StageKind
from hirefile.errors import HirefileError
from hirefile.services import pipeline, timeline
from hirefile.services.timeline import ApplicationSummary
from hirefile.services.workspace import Workspace
from hirefile.ui import messages
from hirefile.ui.candidate.dialogs import BulkMoveDialog, ReasonDialog, RoleChoice, TagDialog
from hirefile.ui.commands import apply_all
from hirefile.ui.commands.candidates import MoveApplications, SetTags
from hirefile.ui.text import isolate

Notify = Callable[[], None]
#: Bulk actions read each selected person's applications; beyond this many, narrow first.
MAX_SELECTED = 1000


def people(n: int) -> str:
    return f"{n} candidate" if n == 1 else f"{n} candidates"


@dataclass
class Desk:
    """What a bulk action needs from the page, read when it runs (the file can change)."""

    db: Workspace | None
    stack: QUndoStack
    notify: Notify


class BulkActions:
    """Runs the three bulk actions for the page; `say` shows the outcome in the page's bar."""

    def __init__(self, parent: QWidget, desk: Callable[[], Desk],
                 say: Callable[[str], None]) -> None:
        self.parent, self._desk, self._say = parent, desk, say

    def _too_many(self, ids: list[str]) -> bool:
        if len(ids) <= MAX_SELECTED:
            return False
        self._say(f"{len(ids):,} selected: bulk actions work on up to {MAX_SELECTED:,} "
                  "people at a time. Narrow the list with the search first.")
        return True

    def _applications(self, db: Workspace,
                      ids: list[str]) -> dict[str, list[ApplicationSummary]]:
        with db.reader() as s:
            return {cid: timeline.applications(s, cid) for cid in ids}

    def move_to_stage(self, ids: list[str]) -> bool:
        desk = self._desk()
        if desk.db is None or not ids or self._too_many(ids):
            return False
        apps = self._applications(desk.db, ids)
        by_role: dict[str, tuple[str, set[str]]] = {}
        for cid, rows in apps.items():
            for a in rows:
                by_role.setdefault(a.role_id, (a.role, set()))[1].add(cid)
        if not by_role:
            self._say(f"None of the {people(len(ids))} selected is in a role's pipeline yet.")
            return False
        with desk.db.reader() as s:
            choices = [RoleChoice(rid, title, len(cids),
                                  tuple((st.name, st.kind.is_exit)
                                        for st in pipeline.stages_of(s, rid)))
                       for rid, (title, cids) in by_role.items()]
        choices.sort(key=lambda c: (-c.people, c.title.casefold()))
        answer = BulkMoveDialog.ask(self.parent, choices, len(ids))
        if answer is None:
            return False
        role_id, stage_name = answer
        title = by_role[role_id][0]
        shown = {a.id: a.stage_id for rows in apps.values() for a in rows
                 if a.role_id == role_id and a.stage.casefold() != stage_name.casefold()}
        app_ids = list(shown)
        if not app_ids:
            self._say(f"Everyone selected in “{isolate(title)}” is already in "
                      f"{isolate(stage_name)}.")
            return False
        is_exit = next(st[1] for c in choices if c.role_id == role_id for st in c.stages
                       if st[0] == stage_name)
        reason = note = None
        if is_exit:
            with desk.db.reader() as s:
                kind = next(st.kind for st in pipeline.stages_of(s, role_id)
                            if st.name == stage_name)
                reasons = pipeline.exit_reasons(s, kind)
            given = ReasonDialog.ask(self.parent, reasons, stage=stage_name,
                                     detail=f"{people(len(app_ids))} in “{isolate(title)}”.")
            if given is None:
                return False
            reason, note = given
        label = f"Move {people(len(app_ids))} to {isolate(stage_name)}"
        command = MoveApplications(desk.db, desk.notify, app_ids, stage_name=stage_name,
                                   reason=reason, note=note, label=label, seen_stages=shown)
        if not self._apply(desk, [command], label):
            return False
        moved = len(command.results)
        done = f"Moved {people(moved)} to {isolate(stage_name)} in “{isolate(title)}”" \
            if moved else f"No one moved to {isolate(stage_name)}"
        meanwhile = pipeline.BulkMoved(command.results, command.skipped).meanwhile(isolate)
        self._say(done + (f"; {meanwhile}" if meanwhile else "")
                  + (". Edit → Undo moves them back." if moved else "."))
        return True

    def reject(self, ids: list[str]) -> bool:
        """Reject every application of the selected people that is still in process."""
        desk = self._desk()
        if desk.db is None or not ids or self._too_many(ids):
            return False
        apps = [a for rows in self._applications(desk.db, ids).values() for a in rows
                if a.stage_kind == StageKind.ACTIVE.value]
        if not apps:
            self._say(f"None of the {people(len(ids))} selected is in process in any role.")
            return False
        groups: dict[str, list[str]] = {}
        with desk.db.reader() as s:
            exit_names = {rid: pipeline.exit_stage(s, rid, StageKind.REJECTED).name
                          for rid in {a.role_id for a in apps}}
            reasons = pipeline.exit_reasons(s, StageKind.REJECTED)
        for a in apps:
            groups.setdefault(exit_names[a.role_id], []).append(a.id)
        roles = Counter(a.role for a in apps)
        where = ", ".join(f"{isolate(title)} ({n})" for title, n in roles.most_common())
        n_people = len({a.id for a in apps})
        detail = (f"Rejects {n_people} application{'s' if n_people != 1 else ''} still in "
                  f"process: {where}.")
        given = ReasonDialog.ask(self.parent, reasons, stage="Rejected", detail=detail)
        if given is None:
            return False
        reason, note = given
        label = f"Reject {people(len(ids))}"
        shown = {a.id: a.stage_id for a in apps}
        commands = [MoveApplications(desk.db, desk.notify, app_ids, stage_name=name,
                                     reason=reason, note=note, label=label,
                                     seen_stages={i: shown[i] for i in app_ids})
                    for name, app_ids in groups.items()]
        if not self._apply(desk, commands, label):
            return False
        done = sum(len(c.results) for c in commands)
        meanwhile = pipeline.BulkMoved([], [r for c in commands for r in c.skipped]).meanwhile(
            isolate)
        rejected = (f"Rejected {done} application{'s' if done != 1 else ''} ({isolate(reason)})"
                    if done else "No one rejected")
        self._say(rejected + (f"; {meanwhile}" if meanwhile else "")
                  + (". Edit → Undo takes it back." if done else "."))
        return True

    def tag(self, ids: list[str]) -> bool:
        desk = self._desk()
        if desk.db is None or not ids or self._too_many(ids):
            return False
        tags = TagDialog.ask(self.parent, len(ids))
        if not tags:
            return False
        if not self._apply(desk, [SetTags(desk.db, desk.notify, ids, tags)],
                           f"Tag {people(len(ids))}"):
            return False
        self._say(f"Tagged {people(len(ids))}: {', '.join(isolate(t) for t in tags)}.")
        return True

    def _apply(self, desk: Desk, commands: list[MoveApplications] | list[SetTags],
               label: str) -> bool:
        """Apply the commands as one undo step; a refusal is shown, never raised."""
        try:
            apply_all(desk.stack, commands, label)
        except HirefileError as exc:
            messages.show_problem(self.parent, label, exc.message)
            return False
        return True
