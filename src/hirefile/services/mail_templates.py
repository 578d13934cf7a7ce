"""The e-mail templates of a file: Hirefile's built-in ones, as this file edited them, then the
ones this file added.

A built-in template edited here is kept as a `mail_template` row under the built-in's key, and
overrides it; `revert` deletes that row, so Hirefile's own text comes back. An added template's
key is "custom-" and a new uuid. Saving checks the text by the offer letter's rules
(`domain.placeholders`): a placeholder e-mails do not know is refused, naming it, so a draft
never shows `{typo}` to a candidate. `state` / `restore` give the undo commands one
before-and-after per save. Drafts (`services.mail`) and `hirefile draft` use `effective`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hirefile.domain import limits, mail_templates
from hirefile.domain.mail_templates import MailTemplate
from hirefile.domain.vocab import ActivityKind
from hirefile.errors import NotFound, ValidationError
from hirefile.services import overrides
from hirefile.services.activity import record
from hirefile.storage.models import MailTemplateText

CUSTOM_PREFIX = "custom-"


@dataclass(frozen=True)
class FileTemplate:
    """A template as this file drafts from it: `changed` when a built-in one was edited here,
    `custom` when this file added it."""

    template: MailTemplate
    custom: bool = False
    changed: bool = False

    @property
    def key(self) -> str:
        return self.template.key

    @property
    def built_in(self) -> bool:
        return not self.custom


@dataclass(frozen=True)
class TemplateText:
    """What a save writes: the name, subject and body."""

    name: str
    subject: str
    body: str


def is_custom(key: str) -> bool:
    return key.startswith(CUSTOM_PREFIX)


def new_key() -> str:
    """The key of a template about to be added (made before the save, so a redo re-adds it)."""
    return f"{CUSTOM_PREFIX}{uuid.uuid4()}"


def effective(session: Session) -> list[FileTemplate]:
    """Every template a draft can be made from: the built-in ones (as edited here), in
    Hirefile's order, then the added ones in the order they were added."""
    rows = session.scalars(select(MailTemplateText)
                           .where(MailTemplateText.deleted_at.is_(None))
                           .order_by(MailTemplateText.created_at, MailTemplateText.id)).all()
    by_key = {r.template_key: r for r in rows}
    out = []
    for t in mail_templates.BUILT_IN:
        row = by_key.get(t.key)
        if row is None:
            out.append(FileTemplate(t))
        else:
            out.append(FileTemplate(MailTemplate(t.key, row.name, row.subject, row.body,
                                                 t.attaches), changed=True))
    out += [FileTemplate(MailTemplate(r.template_key, r.name, r.subject, r.body), custom=True)
            for r in rows if is_custom(r.template_key)]
    return out


def find(session: Session, key: str) -> FileTemplate:
    """The template `key` as this file drafts from it (`NotFound`, naming the keys, else)."""
    found = {t.key: t for t in effective(session)}
    key = key.strip()
    if key not in found:
        raise NotFound(f"No e-mail template “{key}” (templates: {', '.join(found)})")
    return found[key]


def problems(text: TemplateText) -> list[tuple[str, str]]:
    """(field, message) for what stops a save: an empty or too long field, or placeholders
    e-mails do not know (listed, as the offer letter's editor lists them)."""
    out = []
    for field, value, limit, label in (
            ("name", text.name, limits.NAME, "The name"),
            ("subject", text.subject, limits.SHORT, "The subject"),
            ("body", text.body, limits.LONG, "The text")):
        if not value.strip():
            out.append((field, f"{label} is empty"))
        elif problem := limits.too_long(value, limit, label):
            out.append((field, problem))
    for field, value in (("subject", text.subject), ("body", text.body)):
        unknown, _empty = mail_templates.check(MailTemplate("", "", value, ""), {})
        if unknown:
            out.append((field, "Unknown placeholders " + ", ".join(f"{{{n}}}" for n in unknown)
                        + " (click one in the list to use it)"))
    return out


def _cleaned(text: TemplateText) -> TemplateText:
    return TemplateText(" ".join(text.name.split()), " ".join(text.subject.split()),
                        limits.clean_text(text.body).strip("\n") + "\n")


def _default(key: str) -> TemplateText | None:
    try:
        t = mail_templates.built_in(key)
    except KeyError:
        return None
    return TemplateText(t.name, t.subject, t.body)


def state(session: Session, key: str) -> TemplateText | None:
    """What the file keeps for `key`: its text, or None (a built-in as Hirefile wrote it, or
    an added template not there)."""
    row = overrides.find(session, MailTemplateText.template_key, key)
    return None if row is None else TemplateText(row.name, row.subject, row.body)


def restore(session: Session, key: str, text: TemplateText | None) -> None:
    """Make the file keep `text` for `key` (None: delete the row), without checks: what an
    undo puts back was checked when it was saved."""
    if text is None:
        overrides.drop(session, MailTemplateText.template_key, key)
        return
    row = overrides.keep(session, MailTemplateText.template_key, key)
    row.name, row.subject, row.body = text.name, text.subject, text.body


def save(session: Session, key: str, text: TemplateText) -> FileTemplate:
    """Save a built-in template's text for this file, or an added one's (a new key adds it).
    Refuses (`ValidationError`, one line naming the field) empty or too long fields and
    unknown placeholders. A built-in saved as Hirefile wrote it keeps no row."""
    key = key.strip()
    default = _default(key)
    if default is None and not is_custom(key):
        raise NotFound(f"No e-mail template “{key}”")
    text = _cleaned(text)
    found = problems(text)
    if found:
        field, message = found[0]
        raise ValidationError(message, field=field)
    if default is not None and _cleaned(default) == text:
        text_or_none: TemplateText | None = None
    else:
        text_or_none = text
    before = state(session, key)
    if before != text_or_none:
        restore(session, key, text_or_none)
        verb = "Added" if before is None and is_custom(key) else "Edited"
        record(session, ActivityKind.UPDATED, "mail_template", key,
               f"{verb} the e-mail template “{text.name}”", detail={"template": key})
    return find(session, key)


def add(session: Session, text: TemplateText, key: str | None = None) -> FileTemplate:
    """Add a template to this file (under `key`, a new "custom-" key by default)."""
    key = key or new_key()
    if not is_custom(key):
        raise ValidationError("An added template's key starts with “custom-”", field="key")
    return save(session, key, text)


def revert(session: Session, key: str) -> FileTemplate:
    """A built-in template back to Hirefile's text (the file's edit deleted)."""
    if _default(key) is None:
        raise ValidationError("Only Hirefile's own templates can be reverted; remove an "
                              "added one instead", field="template")
    if overrides.find(session, MailTemplateText.template_key, key) is not None:
        restore(session, key, None)
        record(session, ActivityKind.UPDATED, "mail_template", key,
               f"Reverted the e-mail template “{mail_templates.built_in(key).name}” to "
               "Hirefile's text", detail={"template": key})
    return find(session, key)


def remove(session: Session, key: str) -> None:
    """Remove a template this file added (Hirefile's own can only be reverted)."""
    if not is_custom(key):
        raise ValidationError("Hirefile's own templates cannot be removed; revert one to "
                              "Hirefile's text instead", field="template")
    row = overrides.find(session, MailTemplateText.template_key, key)
    if row is None:
        raise NotFound("That e-mail template is no longer in the file")
    name = row.name
    restore(session, key, None)
    record(session, ActivityKind.DELETED, "mail_template", key,
           f"Removed the e-mail template “{name}”", detail={"template": key})
