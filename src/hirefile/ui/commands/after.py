"""Undo steps for the hiring plan and for a hire's onboarding (`services.plan`,
`services.onboarding`). Each is one service call recorded as written (`WriteCommand`), so an
undo puts back exactly what the call changed and is refused when someone changed it since."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hirefile.domain.onboarding import TemplateItem
from hirefile.domain.plan import Hint
from hirefile.domain.vocab import CompanyStage, OnboardingCategory
from hirefile.services import onboarding, plan
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, ROLE
from hirefile.ui.commands.base import Notify
from hirefile.ui.commands.written import WriteCommand
from hirefile.ui.text import isolate


class MovePlanRole(WriteCommand):
    """A role to another place in the hiring plan."""

    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify, role_id: str, title: str,
                 index: int) -> None:
        super().__init__(f"Move “{isolate(title)}” in the hiring plan", db, notify)
        self.role_id, self.index = role_id, index

    def write(self, session: Unit) -> None:
        plan.move_role(session, self.role_id, self.index)


class SetTargetStart(WriteCommand):
    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify, role_id: str, title: str,
                 day: date | None) -> None:
        super().__init__(f"Set the target start of “{isolate(title)}”", db, notify)
        self.role_id, self.day = role_id, day

    def write(self, session: Unit) -> None:
        plan.set_target_start(session, self.role_id, self.day)


class SetCompanyStage(WriteCommand):
    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify, stage: CompanyStage | None) -> None:
        super().__init__("Set the company stage", db, notify)
        self.stage = stage

    def write(self, session: Unit) -> None:
        plan.set_stage(session, self.stage)


class DismissHint(WriteCommand):
    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify, hint: Hint) -> None:
        super().__init__("Dismiss a hiring plan hint", db, notify)
        self.hint = hint

    def write(self, session: Unit) -> None:
        plan.dismiss(session, self.hint)


class ShowDismissedHints(WriteCommand):
    kinds = frozenset((ROLE,))

    def __init__(self, db: Workspace, notify: Notify) -> None:
        super().__init__("Show dismissed hiring plan hints", db, notify)

    def write(self, session: Unit) -> None:
        plan.show_dismissed(session)


class SaveOnboardingTemplate(WriteCommand):
    """The file's onboarding template, saved whole."""

    kinds: frozenset[str] = frozenset()

    def __init__(self, db: Workspace, notify: Notify, items: Sequence[TemplateItem]) -> None:
        super().__init__("Edit the onboarding template", db, notify)
        self.items = list(items)

    def write(self, session: Unit) -> None:
        onboarding.set_template(session, self.items)


class TickItem(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, item_id: str, text: str,
                 done: bool) -> None:
        verb = "Tick" if done else "Untick"
        super().__init__(f"{verb} “{isolate(text)}”", db, notify)
        self.item_id, self.done = item_id, done

    def write(self, session: Unit) -> None:
        onboarding.set_done(session, self.item_id, self.done)


class AddItem(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, application_id: str, text: str,
                 due_on: date | None, category: OnboardingCategory) -> None:
        super().__init__(f"Add “{isolate(text.strip())}” to the onboarding", db, notify)
        self.application_id, self.item = application_id, (text, due_on, category)

    def write(self, session: Unit) -> None:
        text, due_on, category = self.item
        onboarding.add_item(session, self.application_id, text, due_on, category)


class EditItem(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, item_id: str, text: str,
                 due_on: date | None) -> None:
        super().__init__(f"Edit “{isolate(text.strip())}”", db, notify)
        self.item_id, self.text_, self.due_on = item_id, text, due_on

    def write(self, session: Unit) -> None:
        onboarding.edit_item(session, self.item_id, self.text_, self.due_on)


class RemoveItem(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, item_id: str, text: str) -> None:
        super().__init__(f"Remove “{isolate(text)}” from the onboarding", db, notify)
        self.item_id = item_id

    def write(self, session: Unit) -> None:
        onboarding.remove_item(session, self.item_id)


class MoveItem(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, item_id: str, text: str,
                 index: int) -> None:
        super().__init__(f"Move “{isolate(text)}”", db, notify)
        self.item_id, self.index = item_id, index

    def write(self, session: Unit) -> None:
        onboarding.move_item(session, self.item_id, self.index)


class RecordCheckIn(WriteCommand):
    kinds = frozenset((APPLICATION,))

    def __init__(self, db: Workspace, notify: Notify, check_in_id: str, label: str,
                 due_on: date, done_on: date | None, notes: str) -> None:
        super().__init__(f"Record the {label.lower()}", db, notify)
        self.check_in_id, self.values = check_in_id, (due_on, done_on, notes)

    def write(self, session: Unit) -> None:
        onboarding.set_check_in(session, self.check_in_id, *self.values)
