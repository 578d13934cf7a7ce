"""Undo commands for roles, their axis weights, loops and the question bank."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hirefile.domain.roles import RoleDraft
from hirefile.domain.templates import RoleTemplate
from hirefile.domain.vocab import Axis, StageKind, Track
from hirefile.services import anchors as axis_anchors
from hirefile.services import concurrency, loops, pipeline, questions, roles, stages
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, ROLE
from hirefile.ui.commands.base import Notify, ServiceCommand
from hirefile.ui.commands.written import WriteCommand
from hirefile.ui.text import isolate

#: What these commands change, for the views that show it.
KINDS = frozenset((ROLE, APPLICATION))

class CreateRole(ServiceCommand):
    """New role (blank, from a template, or a duplicate); undo tombstones it."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, *, draft: RoleDraft | None = None,
                 template: RoleTemplate | None = None, duplicate_of: str | None = None) -> None:
        title = draft.title if draft else ""
        label = (f"New role from template “{template.title}”" if template else
                 "Duplicate role" if duplicate_of else f"New role “{isolate(title)}”")
        super().__init__(label, db, notify)
        self.draft, self.template, self.duplicate_of = draft, template, duplicate_of
        self.role_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.role_id is not None:
            roles.restore_role(session, self.role_id)
        elif self.template is not None:
            self.role_id = roles.add_role_from_template(session, self.template).id
        elif self.duplicate_of is not None:
            self.role_id = roles.duplicate_role(session, self.duplicate_of).id
        else:
            self.role_id = roles.create_role(session, self.draft or RoleDraft()).id

    def undo_change(self, session: Unit) -> None:
        assert self.role_id is not None
        roles.remove_role(session, self.role_id)


class EditRole(ServiceCommand):
    """Save the role editor: what changed from `before`, checked against its version once
    (or `version`: "Save mine anyway"); undo and redo checked as `EditCandidate`'s."""
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, role_id: str, before: RoleDraft,
                 after: RoleDraft, *, version: int | None = None) -> None:
        super().__init__(f"Edit role “{isolate(after.title)}”", db, notify)
        self.role_id, self.before, self.after = role_id, before, after
        self.version = version if version is not None else (before.version or None)

    def _write(self, session: Unit, draft: RoleDraft, seen: RoleDraft) -> None:
        roles.update_role(session, self.role_id, draft, seen=seen, version=self.version)
        self.version = concurrency.version_of(roles.live_role(session, self.role_id))

    def do(self, session: Unit) -> None:
        self._write(session, self.after, self.before)

    def undo_change(self, session: Unit) -> None:
        self._write(session, self.before, self.after)


class RemoveRole(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, role_id: str, title: str) -> None:
        super().__init__(f"Remove role “{isolate(title)}”", db, notify)
        self.role_id = role_id

    def do(self, session: Unit) -> None:
        roles.remove_role(session, self.role_id)

    def undo_change(self, session: Unit) -> None:
        roles.restore_role(session, self.role_id)


class SetWeights(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, role_id: str,
                 before: Mapping[Axis, int], after: Mapping[Axis, int]) -> None:
        super().__init__("Change axis weights", db, notify)
        self.role_id, self.before, self.after = role_id, dict(before), dict(after)

    def do(self, session: Unit) -> None:
        roles.set_axis_weights(session, self.role_id, self.after)

    def undo_change(self, session: Unit) -> None:
        roles.set_axis_weights(session, self.role_id, self.before)


# loop steps ------------------------------------------------------------------------------------

StepValues = dict[str, object]


class AddStep(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, role_id: str, values: StepValues,
                 index: int | None = None) -> None:
        super().__init__(f"Add step “{isolate(str(values.get('title', '')))}”", db, notify)
        self.role_id, self.values, self.index = role_id, values, index
        self.step_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.step_id is None:
            self.step_id = loops.add_step(session, self.role_id, index=self.index,
                                          **self.values).id  # type: ignore[arg-type]
        else:
            loops.restore_step(session, self.step_id)

    def undo_change(self, session: Unit) -> None:
        assert self.step_id is not None
        loops.remove_step(session, self.step_id)


class EditStep(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, step_id: str, before: StepValues,
                 after: StepValues) -> None:
        super().__init__(f"Edit step “{isolate(str(after.get('title', '')))}”", db, notify)
        self.step_id, self.before, self.after = step_id, before, after

    def do(self, session: Unit) -> None:
        loops.update_step(session, self.step_id, **self.after)  # type: ignore[arg-type]

    def undo_change(self, session: Unit) -> None:
        loops.update_step(session, self.step_id, **self.before)  # type: ignore[arg-type]


class MoveStep(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, step_id: str, title: str,
                 to: int) -> None:
        super().__init__(f"Move step “{isolate(title)}”", db, notify)
        self.step_id, self.to = step_id, to
        self.came_from: float | None = None  # the step's position before the move

    def do(self, session: Unit) -> None:
        self.came_from = loops.move_step(session, self.step_id, self.to)

    def undo_change(self, session: Unit) -> None:
        assert self.came_from is not None
        loops.put_step_back(session, self.step_id, self.came_from)


class RemoveStep(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, step_id: str, title: str) -> None:
        super().__init__(f"Remove step “{isolate(title)}”", db, notify)
        self.step_id = step_id

    def do(self, session: Unit) -> None:
        loops.remove_step(session, self.step_id)

    def undo_change(self, session: Unit) -> None:
        loops.restore_step(session, self.step_id)


class AddStepQuestion(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, step_id: str, *,
                 question_id: str | None = None, text: str | None = None) -> None:
        super().__init__("Add question to step", db, notify)
        # not `self.text`: that is QUndoCommand's own text() (the Edit menu's label)
        self.step_id, self.question_id, self.question_text = step_id, question_id, text
        self.link_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.link_id is None:
            self.link_id = loops.add_step_question(session, self.step_id,
                                                   question_id=self.question_id,
                                                   text=self.question_text).id
        else:
            loops.restore_step_question(session, self.link_id)

    def undo_change(self, session: Unit) -> None:
        assert self.link_id is not None
        loops.remove_step_question(session, self.link_id)


class RemoveStepQuestion(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, link_id: str) -> None:
        super().__init__("Remove question from step", db, notify)
        self.link_id = link_id

    def do(self, session: Unit) -> None:
        loops.remove_step_question(session, self.link_id)

    def undo_change(self, session: Unit) -> None:
        loops.restore_step_question(session, self.link_id)


# the question bank -----------------------------------------------------------------------------

class AddQuestion(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, *, axis: Axis, text: str, guidance: str,
                 track: Track | None, anchors: Sequence[str] = ()) -> None:
        super().__init__("Add question", db, notify)
        self.values = {"axis": axis, "text": text, "guidance": guidance, "track": track,
                       "anchors": tuple(anchors)}
        self.question_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.question_id is None:
            self.question_id = questions.add_question(session, **self.values).id  # type: ignore[arg-type]
        else:
            questions.set_deleted(session, self.question_id, False)

    def undo_change(self, session: Unit) -> None:
        assert self.question_id is not None
        questions.set_deleted(session, self.question_id, True)


class EditQuestion(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, question_id: str,
                 before: questions.QuestionData, *, axis: Axis, text: str, guidance: str,
                 track: Track | None, anchors: Sequence[str] | None = None) -> None:
        super().__init__("Edit question", db, notify)
        self.question_id = question_id
        self.before = {"axis": before.axis, "text": before.text, "guidance": before.guidance,
                       "track": before.track, "anchors": before.anchors}
        self.after = {"axis": axis, "text": text, "guidance": guidance, "track": track,
                      "anchors": before.anchors if anchors is None else tuple(anchors)}

    def do(self, session: Unit) -> None:
        questions.update_question(session, self.question_id, **self.after)  # type: ignore[arg-type]

    def undo_change(self, session: Unit) -> None:
        questions.update_question(session, self.question_id, **self.before)  # type: ignore[arg-type]


class RetireQuestion(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, question_id: str, retire: bool) -> None:
        super().__init__("Retire question" if retire else "Bring question back", db, notify)
        self.question_id, self.retire = question_id, retire

    def do(self, session: Unit) -> None:
        questions.set_retired(session, self.question_id, self.retire)

    def undo_change(self, session: Unit) -> None:
        questions.set_retired(session, self.question_id, not self.retire)


# pipeline stages and exit reasons ---------------------------------------------------------------

class AddStage(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, role_id: str, name: str,
                 after_stage_id: str | None = None) -> None:
        super().__init__(f"Add stage “{isolate(name.strip())}”", db, notify)
        self.role_id, self.name, self.after = role_id, name, after_stage_id
        self.stage_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.stage_id is None:
            self.stage_id = stages.add_stage(session, self.role_id, self.name,
                                             after_stage_id=self.after).id
        else:
            stages.restore_stage(session, self.stage_id)

    def undo_change(self, session: Unit) -> None:
        assert self.stage_id is not None
        stages.remove_stage(session, self.stage_id)


class RenameStage(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, stage_id: str, name: str) -> None:
        super().__init__(f"Rename stage to “{isolate(name.strip())}”", db, notify)
        self.stage_id, self.name = stage_id, name
        self.old: str | None = None

    def do(self, session: Unit) -> None:
        self.old = stages.rename_stage(session, self.stage_id, self.name)

    def undo_change(self, session: Unit) -> None:
        assert self.old is not None
        stages.rename_stage(session, self.stage_id, self.old)


class MoveStage(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, stage_id: str, name: str,
                 to: int) -> None:
        super().__init__(f"Move stage “{isolate(name)}”", db, notify)
        self.stage_id, self.to = stage_id, to
        self.came_from: float | None = None  # the stage's position before the move

    def do(self, session: Unit) -> None:
        self.came_from = stages.move_stage(session, self.stage_id, self.to)

    def undo_change(self, session: Unit) -> None:
        assert self.came_from is not None
        stages.put_stage_back(session, self.stage_id, self.came_from)


class RemoveStage(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, stage_id: str, name: str) -> None:
        super().__init__(f"Remove stage “{isolate(name)}”", db, notify)
        self.stage_id = stage_id

    def do(self, session: Unit) -> None:
        stages.remove_stage(session, self.stage_id)

    def undo_change(self, session: Unit) -> None:
        stages.restore_stage(session, self.stage_id)


class SetExitReasons(ServiceCommand):
    kinds = KINDS
    def __init__(self, db: Workspace, notify: Notify, kind: StageKind, before: list[str],
                 after: list[str]) -> None:
        super().__init__(f"Edit {kind.label.lower()} reasons", db, notify)
        self.kind, self.before, self.after = kind, list(before), list(after)

    def do(self, session: Unit) -> None:
        pipeline.set_exit_reasons(session, self.kind, self.after)

    def undo_change(self, session: Unit) -> None:
        pipeline.set_exit_reasons(session, self.kind, self.before)


__all__ = [
    "AddQuestion",
    "AddStage",
    "AddStep",
    "AddStepQuestion",
    "CreateRole",
    "EditQuestion",
    "EditRole",
    "EditStep",
    "MoveStage",
    "MoveStep",
    "RemoveRole",
    "RemoveStage",
    "RemoveStep",
    "RemoveStepQuestion",
    "RenameStage",
    "RetireQuestion",
    "SetExitReasons",
    "SetWeights",
]


class SaveAxisAnchors(WriteCommand):
    """Word the anchors of one or more skill axes for this file (one step for the dialog's
    Save); undo puts back what the file said before."""
    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify,
                 changes: Mapping[Axis, Sequence[str]]) -> None:
        super().__init__("Edit axis anchors", db, notify)
        self.changes = {axis: tuple(a) for axis, a in changes.items()}

    def write(self, session: Unit) -> None:
        for axis, anchors in self.changes.items():
            axis_anchors.save_axis(session, axis, anchors)
