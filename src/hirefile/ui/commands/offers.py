"""Undo commands for offers (draft, edit, status changes) and the company profile.

Status changes are taken back with `undo_status_change`, which restores the status, the
approval and the pipeline move exactly as they were (an accepted offer moved the candidate to
Hired). Editing an approved offer sends it back to draft; the command makes that a status
change of its own, so that undoing the edit gives the approval back to whoever gave it rather
than leaving the offer a draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from hirefile.domain import offers as rules
from hirefile.domain.offers import OfferTerms
from hirefile.domain.vocab import OfferStatus
from hirefile.services import company, offers
from hirefile.services.company import CompanyDraft
from hirefile.services.offers import StatusChange
from hirefile.services.workspace import Unit, Workspace
from hirefile.ui.changes import APPLICATION, OFFER
from hirefile.ui.commands.base import Notify, ServiceCommand
from hirefile.ui.text import isolate

S = OfferStatus
#: The note the service itself writes when changed terms send an approved offer back to draft.
UNAPPROVED_NOTE = "Terms changed after approval"

#: How the Edit menu names each status change ("Undo Mark offer to Ana Lima as sent").
STATUS_VERBS: dict[OfferStatus, str] = {
    S.DRAFT: "Return offer to {name} to draft",
    S.APPROVED: "Approve offer to {name}",
    S.SENT: "Mark offer to {name} as sent",
    S.ACCEPTED: "Record that {name} accepted",
    S.DECLINED: "Record that {name} declined",
    S.EXPIRED: "Mark offer to {name} as expired",
    S.WITHDRAWN: "Withdraw offer to {name}",
}


#: What these commands change, for the views that show it: offers; an accepted offer also
#: moves its candidate to Hired (and its undo moves them back).
KINDS = frozenset((OFFER,))
ACCEPTING = frozenset((OFFER, APPLICATION))

class CreateOffer(ServiceCommand):
    """A new draft offer (with its own letter text, if any); undo tombstones the draft."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, application_id: str, terms: OfferTerms,
                 *, candidate_name: str, letter_body: str | None = None) -> None:
        super().__init__(f"New offer to {isolate(candidate_name)}", db, notify)
        self.application_id, self.terms, self.letter_body = application_id, terms, letter_body
        self.offer_id: str | None = None

    def do(self, session: Unit) -> None:
        if self.offer_id is not None:
            offers.restore_offer(session, self.offer_id)
            return
        self.offer_id = offers.create_offer(session, self.application_id, self.terms).id
        if self.letter_body is not None:
            offers.set_letter_body(session, self.offer_id, self.letter_body)

    def undo_change(self, session: Unit) -> None:
        assert self.offer_id is not None
        offers.remove_offer(session, self.offer_id)


@dataclass(frozen=True)
class OfferEdit:
    """What the offer editor changed: the terms and the letter text, before and after."""

    offer_id: str
    candidate_name: str
    status: OfferStatus
    before: OfferTerms
    after: OfferTerms
    body_before: str | None
    body_after: str | None
    #: The version of the offer the editor showed (`OfferData.version`); 0: unchecked.
    version: int = 0

    @property
    def terms_changed(self) -> bool:
        return rules.clean_terms(self.after) != self.before

    @property
    def body_changed(self) -> bool:
        return (self.body_before or None) != (self.body_after or None)


class EditOffer(ServiceCommand):
    """New terms and/or letter text for a draft or approved offer."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, edit: OfferEdit) -> None:
        super().__init__(f"Edit offer to {isolate(edit.candidate_name)}", db, notify)
        self.edit = edit
        self.unapproval: StatusChange | None = None
        self.version: int | None = edit.version or None

    def do(self, session: Unit) -> None:
        e = self.edit
        self.unapproval = None
        if e.body_changed:  # checked before the terms change stamps the offer anew
            offers.set_letter_body(session, e.offer_id, e.body_after, seen=e.body_before,
                                   version=self.version)
        if e.terms_changed:
            current = offers.get_offer(session, e.offer_id).status
            if current is S.APPROVED:
                self.unapproval = offers.change_status(session, e.offer_id, S.DRAFT,
                                                       note=UNAPPROVED_NOTE)
            offers.update_offer(session, e.offer_id, e.after, seen=e.before,
                                version=self.version)
        self._left(session)

    def _left(self, session: Unit) -> None:
        """Undo and redo are checked as a save is, against the version this step left: a
        term or letter text someone else changed since is refused, naming who."""
        self.version = offers.get_offer(session, self.edit.offer_id).version

    def undo_change(self, session: Unit) -> None:
        e = self.edit
        if e.body_changed:
            offers.set_letter_body(session, e.offer_id, e.body_before, seen=e.body_after,
                                   version=self.version)
        if e.terms_changed:  # a draft now: no new event
            offers.update_offer(session, e.offer_id, e.before, seen=e.after,
                                version=self.version)
            if self.unapproval is not None:
                offers.undo_status_change(session, self.unapproval)
        self._left(session)


class ChangeOfferStatus(ServiceCommand):
    """Approve, send, accept, decline, withdraw (or expire) one offer, with an optional note."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, offer_id: str, to: OfferStatus, *,
                 candidate_name: str, note: str | None = None,
                 seen_status: OfferStatus | None = None) -> None:
        super().__init__(STATUS_VERBS[to].format(name=isolate(candidate_name)), db, notify)
        self.offer_id, self.to, self.note = offer_id, to, note
        #: The status the screen showed: an offer someone moved on since is refused (first
        #: apply only; redo puts back what undo took back).
        self.seen_status = seen_status
        self.kinds = ACCEPTING if to is S.ACCEPTED else KINDS
        self.change: StatusChange | None = None

    def do(self, session: Unit) -> None:
        self.change = offers.change_status(session, self.offer_id, self.to, note=self.note,
                                           seen_status=self.seen_status)
        self.seen_status = None

    def undo_change(self, session: Unit) -> None:
        assert self.change is not None
        offers.undo_status_change(session, self.change)


# the company profile ---------------------------------------------------------------------------

Logo = tuple[bytes, str] | None


@dataclass(frozen=True)
class CompanyEdit:
    """The profile's text fields, logo and letter template, before and after one save."""

    before: CompanyDraft
    after: CompanyDraft
    logo_before: Logo
    logo_after: Logo
    template_before: str | None
    template_after: str | None

    @property
    def logo_changed(self) -> bool:
        return self.logo_before != self.logo_after

    @property
    def template_changed(self) -> bool:
        return (self.template_before or None) != (self.template_after or None)


def _set_logo(session: Unit, logo: Logo) -> None:
    company.set_logo(session, logo[0] if logo else None, logo[1] if logo else None)


class SaveCompany(ServiceCommand):
    """One save of the company profile dialog (letterheads and letters depend on it)."""
    kinds = KINDS

    def __init__(self, db: Workspace, notify: Notify, edit: CompanyEdit) -> None:
        super().__init__("Edit company profile", db, notify)
        self.edit = edit

    def do(self, session: Unit) -> None:
        e = self.edit
        company.update_company(session, e.after)
        if e.logo_changed:
            _set_logo(session, e.logo_after)
        if e.template_changed:
            company.set_letter_template(session, e.template_after)

    def undo_change(self, session: Unit) -> None:
        e = self.edit
        company.update_company(session, e.before)
        if e.logo_changed:
            _set_logo(session, e.logo_before)
        if e.template_changed:
            company.set_letter_template(session, e.template_before)
