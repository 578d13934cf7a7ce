"""Undo commands for e-mail: keep dropped `.eml` files with a candidate (adding the
candidate first when the person asked for it; undo takes them out again, as tombstones), and
change the file's e-mail templates (`ChangeMailTemplate`: save, add, revert or remove one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.mail_drafts import Mailbox
from hirefile.services import candidates, correspondence, mail_templates
from hirefile.services.mail_templates import TemplateText
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import CANDIDATE
from hirefile.ui.commands.base import Notify, ServiceCommand
from hirefile.ui.commands.written import WriteCommand


@dataclass(frozen=True)
class MailFile:
    """A dropped `.eml` and the candidate it goes to (None: a new one, `new_person`)."""

    path: Path
    data: bytes
    candidate_id: str | None
    new_person: Mailbox | None = None


class KeepMail(WriteCommand):
    """Keep e-mails with their candidates in one step; `lines` says what happened to each."""

    kinds = frozenset((CANDIDATE,))

    def __init__(self, db: Workspace, notify: Notify, files: list[MailFile]) -> None:
        super().__init__("Keep an e-mail" if len(files) == 1 else f"Keep {len(files)} e-mails",
                         db, notify)
        self.files = files
        self.lines: list[str] = []
        #: The candidates the e-mails went to, in order (the one added, for a new person).
        self.candidate_ids: list[str] = []
        #: Their names, in the same order.
        self.names: list[str] = []

    def write(self, session: Unit) -> None:
        self.lines, self.candidate_ids, self.names = [], [], []
        added: dict[str, str] = {}  # address → the candidate added for it in this step
        for f in self.files:
            cid = f.candidate_id
            if cid is None:
                assert f.new_person is not None
                key = f.new_person.address.lower()
                if key not in added:
                    name = f.new_person.name or f.new_person.address.partition("@")[0]
                    added[key] = candidates.create_candidate(
                        session, CandidateDraft(full_name=name, email=key)).id
                    session.flush()
                cid = added[key]
            name = candidates.live_candidate(session, cid).full_name
            kept = correspondence.keep_eml(session, cid, f.data, f.path.name)
            self.lines.append(kept.line(name))
            self.candidate_ids.append(cid)
            self.names.append(name)


class ChangeMailTemplate(ServiceCommand):
    """One change to one of the file's e-mail templates: `save` (or add) `after`, `revert` a
    built-in to Hirefile's text, or `remove` an added one. Undo puts back what the file kept
    before (`before`: None when it kept nothing)."""

    kinds: frozenset[str] = frozenset()

    def __init__(self, db: Workspace, notify: Notify, text: str, key: str,
                 before: TemplateText | None, after: TemplateText | None = None,
                 how: str = "save") -> None:
        super().__init__(text, db, notify)
        self.key, self.before, self.after, self.how = key, before, after, how

    def do(self, session: Unit) -> None:
        if self.how == "revert":
            mail_templates.revert(session, self.key)
        elif self.how == "remove":
            mail_templates.remove(session, self.key)
        else:
            assert self.after is not None
            mail_templates.save(session, self.key, self.after)

    def undo_change(self, session: Unit) -> None:
        mail_templates.restore(session, self.key, self.before)
