"""E-mail templates edited and added per file: drafts use them, a built-in reverts to
Hirefile's text, unknown placeholders are refused, two copies editing the same built-in merge
into one template with one conflict, and `hirefile templates` lists and shows them."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from test_mail_service import add_person

from hirefile.cli import main
from hirefile.domain import mail_templates as builtins
from hirefile.errors import ValidationError
from hirefile.services import mail, mail_templates
from hirefile.services.files import create_file
from hirefile.services.mail_templates import TemplateText
from hirefile.services.merging import merge_file
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage.database import Database
from hirefile.storage.models import MailTemplateText

WARMER = TemplateText("Not moving forward", "About your application, {candidate_first_name}",
                      "Dear {candidate_first_name},\n\nWe will not go further this time.\n\n"
                      "{rejection_reason}\n\n{sender_name}\n")


def test_an_edited_built_in_is_what_a_draft_says_and_revert_brings_back_hirefiles(
        demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    with demo_db.session() as s:
        saved = mail_templates.save(s, "rejection", WARMER)
        assert saved.changed and saved.built_in
        draft = mail.prepare_draft(s, cid, "rejection")
    assert draft.subject == "About your application, Zo"
    assert draft.body.startswith("Dear Zo,\n\nWe will not go further this time.\n\n")
    assert draft.template_name == "Not moving forward"
    with demo_db.session() as s:
        reverted = mail_templates.revert(s, "rejection")
        assert not reverted.changed
        draft = mail.prepare_draft(s, cid, "rejection")
    assert draft.subject == f"Your application to {_company(demo_db)}"
    assert draft.body.startswith("Hi Zo,\n\nThank you for the time and thought")
    with demo_db.reader() as s:  # the override is gone from the file, not blanked
        assert s.scalars(select(MailTemplateText).where(
            MailTemplateText.deleted_at.is_(None))).all() == []


def _company(db: Database) -> str:
    from hirefile.services.company import company

    with db.reader() as s:
        return company(s).name


def test_an_added_template_drafts_and_is_listed_after_the_built_in_ones(
        demo_db: Database) -> None:
    cid, _app = add_person(demo_db)
    text = TemplateText("Reference check", "A quick question for {candidate_name}",
                        "Hi {candidate_first_name},\n\nMay we call one of your references?\n")
    with demo_db.session() as s:
        added = mail_templates.add(s, text)
        assert added.custom and added.key.startswith("custom-")
        keys = [t.key for t in mail.templates(s)]
        draft = mail.prepare_draft(s, cid, added.key)
    assert keys == [t.key for t in builtins.BUILT_IN] + [added.key]
    assert draft.subject == "A quick question for Zoë Ødegaard"
    assert draft.body == "Hi Zo,\n\nMay we call one of your references?\n"
    assert draft.problems == ""
    with demo_db.session() as s:
        mail_templates.remove(s, added.key)
        assert [t.key for t in mail.templates(s)] == [t.key for t in builtins.BUILT_IN]
        with pytest.raises(mail.CannotDraft, match="No e-mail template"):
            mail.prepare_draft(s, cid, added.key)


def test_unknown_placeholders_are_refused_and_listed(demo_db: Database) -> None:
    bad = TemplateText("Hello", "Hi {candidate_first_nme}",
                       "Hi {candidate_first_name}, see {takehome_link} and {role_title}.")
    assert mail_templates.problems(bad) == [
        ("subject", "Unknown placeholders {candidate_first_nme} (click one in the list to "
                    "use it)"),
        ("body", "Unknown placeholders {takehome_link} (click one in the list to use it)")]
    with demo_db.session() as s, pytest.raises(ValidationError, match="candidate_first_nme"):
        mail_templates.save(s, "acknowledgement", bad)
    with demo_db.session() as s, pytest.raises(ValidationError, match="The subject is empty"):
        mail_templates.add(s, TemplateText("Hello", "  ", "Hi"))
    with demo_db.session() as s, pytest.raises(ValidationError, match="cannot be removed"):
        mail_templates.remove(s, "rejection")
    with demo_db.reader() as s:
        assert not any(t.changed or t.custom for t in mail_templates.effective(s))


def test_saving_hirefiles_own_text_keeps_no_row_and_undo_state_round_trips(
        demo_db: Database) -> None:
    own = builtins.built_in("talent_pool")
    with demo_db.session() as s:
        mail_templates.save(s, own.key, TemplateText(own.name, own.subject, own.body))
        assert mail_templates.state(s, own.key) is None
        mail_templates.save(s, own.key, WARMER)
        after = mail_templates.state(s, own.key)
        mail_templates.restore(s, own.key, None)  # undo
        assert not mail_templates.find(s, own.key).changed
        mail_templates.restore(s, own.key, after)  # redo: the same row comes back
        assert mail_templates.find(s, own.key).template.subject == WARMER.subject
        assert len(s.scalars(select(MailTemplateText)).all()) == 1


LENA = Identity(str(uuid.uuid4()), "Lena Hoffmann")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye")


def test_two_copies_editing_the_same_built_in_merge_into_one_with_one_conflict(
        tmp_path: Path) -> None:
    mine_path = tmp_path / "Hiring.hirefile"
    create_file(mine_path, LENA).close()
    theirs_path = tmp_path / "daniel" / "Hiring.hirefile"
    theirs_path.parent.mkdir()
    shutil.copy(mine_path, theirs_path)
    with Database.open(mine_path, LENA) as db, db.session() as s:
        mail_templates.save(s, "rejection", WARMER)
        mail_templates.add(s, TemplateText("Lena's note", "Hello", "Hi from Lena\n"))
    theirs_text = TemplateText("Not moving forward", WARMER.subject,
                               "Hi {candidate_first_name},\n\nNot this time, sorry.\n")
    with Database.open(theirs_path, DANIEL) as db, db.session() as s:  # later
        mail_templates.save(s, "rejection", theirs_text)
        mail_templates.add(s, TemplateText("Daniel's note", "Hello", "Hi from Daniel\n"))
    with Database.open(mine_path, LENA) as db:
        result = merge_file(db, theirs_path)
        conflicts = result.outcome.conflicts
        assert [(c.kind, c.field, c.kept) for c in conflicts] == \
            [("mail_template", "body", "theirs")]
        with db.reader() as s:
            found = mail_templates.effective(s)
            rows = s.scalars(select(MailTemplateText).where(
                MailTemplateText.deleted_at.is_(None))).all()
    rejection = next(t for t in found if t.key == "rejection")
    assert rejection.changed and rejection.template.body == theirs_text.body
    assert sorted(t.template.name for t in found if t.custom) == ["Daniel's note",
                                                                  "Lena's note"]
    assert len(rows) == 3  # one rejection, two added
    assert check.check_file(mine_path).ok


def test_hirefile_templates_lists_and_shows(demo_db: Database,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.session() as s:
        mail_templates.save(s, "rejection", WARMER)
        added = mail_templates.add(s, TemplateText("Reference check", "References",
                                                   "Hi {candidate_first_name}\n"))
    path = demo_db.path
    demo_db.close()
    assert main(["templates", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(builtins.BUILT_IN) + 1
    assert lines[0].split() == ["acknowledgement", "Application", "received"]
    assert next(x for x in lines if x.startswith("rejection")).endswith("changed")
    assert lines[-1].startswith(added.key) and lines[-1].endswith("custom")
    assert main(["templates", str(path), "--show", "rejection"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Not moving forward (rejection, Hirefile's, changed in this file)\n"
                          "Subject: About your application, {candidate_first_name}\n\n"
                          "Dear {candidate_first_name},")
    assert main(["templates", str(path), "--show", "nope"]) != 0
    assert "No e-mail template “nope”" in capsys.readouterr().err
