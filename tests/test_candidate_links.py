"""Further e-mails, papers and other links of a candidate, and the date they gave consent:
stored, checked, read back, found by the duplicate check, and edited in the record."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

import pytest
from sqlalchemy import select

from hirefile.domain.candidates import CandidateDraft, validate_candidate
from hirefile.domain.roles import errors
from hirefile.domain.vocab import LinkKind
from hirefile.errors import ValidationError
from hirefile.services import candidates, dedupe
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, CandidateLink
from hirefile.ui.pages.candidates import CandidatesPage

EMAIL, PAPER = LinkKind.EMAIL, LinkKind.PAPER


def add(db: Database, name: str, **fields: Any) -> str:
    with db.session() as s:
        return candidates.create_candidate(s, CandidateDraft(full_name=name, **fields)).id


def draft(db: Database, cid: str) -> CandidateDraft:
    with db.reader() as s:
        return candidates.candidate_draft(s, cid)


def test_links_and_consent_round_trip_and_removal_tombstones(new_db: Database) -> None:
    cid = add(new_db, "Zoë Müller", email="zoe@example.org", consent_on=date(2026, 3, 14),
              links=[(EMAIL, " Zoe.Mueller@Uni.example ", "university"),
                     (EMAIL, "zoe@home.example", ""),
                     (PAPER, "arxiv.org/abs/2401.00001", "Sparse attention, 2024")])
    got = draft(new_db, cid)
    assert got.links == [(EMAIL, "zoe.mueller@uni.example", "university"),
                         (EMAIL, "zoe@home.example", ""),
                         (PAPER, "https://arxiv.org/abs/2401.00001", "Sparse attention, 2024")]
    assert got.consent_on == date(2026, 3, 14)
    with new_db.reader() as s:
        c = s.get(Candidate, cid)
        assert c is not None
        assert c.consent_at == datetime(2026, 3, 14, tzinfo=timezone.utc)
        keys = {row.value: row.key for row in s.scalars(select(CandidateLink))}
    assert keys["zoe.mueller@uni.example"] == "zoe.mueller@uni.example"
    assert keys["https://arxiv.org/abs/2401.00001"] is None

    got.links = [got.links[0], got.links[2]]
    got.consent_on = None
    with new_db.session() as s:
        candidates.update_candidate(s, cid, got)
    again = draft(new_db, cid)
    assert [v for _, v, _ in again.links] == ["zoe.mueller@uni.example",
                                             "https://arxiv.org/abs/2401.00001"]
    assert again.consent_on is None
    with new_db.reader() as s:
        rows = s.scalars(select(CandidateLink).where(
            CandidateLink.value == "zoe@home.example")).all()
        assert len(rows) == 1 and rows[0].deleted_at is not None  # tombstoned, not deleted
        assert s.get(Candidate, cid).consent_at is None  # type: ignore[union-attr]


def test_a_bad_extra_email_is_refused(new_db: Database) -> None:
    bad = CandidateDraft(full_name="Ana Lima",
                         links=[(EMAIL, "ana at example.org", ""), (PAPER, "  ", "")])
    problems = errors(validate_candidate(bad))
    assert [p.field for p in problems] == ["links", "links"]
    assert "not an e-mail address" in problems[0].message
    with new_db.session() as s, pytest.raises(ValidationError) as caught:
        candidates.create_candidate(s, bad)
    assert caught.value.field == "links"


def test_an_extra_email_finds_the_same_person(new_db: Database) -> None:
    known = add(new_db, "Chiamaka Eze", email="chiamaka@example.org")
    linked = add(new_db, "Bo Chen", links=[(EMAIL, "bo@lab.example", "lab")])
    with new_db.reader() as s:
        found = dedupe.find_duplicates(s, CandidateDraft(
            full_name="Somebody Else", links=[(EMAIL, "Chiamaka@Example.ORG", "")]))
        assert [(m.candidate_id, m.reasons) for m in found] == [(known, ("same e-mail",))]
        found = dedupe.find_duplicates(s, CandidateDraft(
            full_name="Anyone", links=[(EMAIL, "BO@lab.example", "")]))
        assert [(m.candidate_id, m.reasons) for m in found] == \
            [(linked, ("same contact in their links",))]


def test_the_record_shows_and_saves_links_and_consent(qtbot: Any, new_db: Database) -> None:
    cid = add(new_db, "Ngozi Adeyemi", email="ngozi@example.org", consent_on=date(2026, 1, 5),
              links=[(PAPER, "https://doi.org/10.1000/xyz", "NeurIPS")])
    page = CandidatesPage()
    qtbot.addWidget(page)
    page.set_database(new_db)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_candidate(cid)
    rec = page.record
    form = rec.record_form
    f = form.form
    editor = f.linksEditor
    assert [r.link() for r in editor.rows] == [(PAPER, "https://doi.org/10.1000/xyz", "NeurIPS")]
    assert f.consentDate.value() == date(2026, 1, 5)
    assert not rec.is_dirty

    editor.add_button.click()
    row = editor.rows[-1]
    assert row.kind() is EMAIL and row.value_edit.mail
    row.value_edit.setText("ngozi at lab")
    assert not rec.form.saveButton.isEnabled()
    assert "not an e-mail address" in f.linksError.text()
    assert row.value_edit.property("invalid")
    row.value_edit.setText("ngozi@lab.example")
    row.label_edit.setText("Laboratoire d’IA — 研究室")
    assert not f.linksError.text() and not row.value_edit.property("invalid")
    f.consentDate.set_value(date(2026, 2, 1))
    assert rec.is_dirty and rec.form.saveButton.isEnabled()
    chain = form.tab_chain()
    assert chain.index(f.portfolioEdit) < chain.index(row.value_edit) < chain.index(f.companyEdit)
    assert chain.index(f.reachOutDate) < chain.index(f.consentDate) < chain.index(f.retainDate)
    assert rec.save()
    saved = draft(new_db, cid)
    assert saved.links == [(PAPER, "https://doi.org/10.1000/xyz", "NeurIPS"),
                           (EMAIL, "ngozi@lab.example", "Laboratoire d’IA — 研究室")]
    assert saved.consent_on == date(2026, 2, 1)

    editor.rows[0].remove_button.click()
    assert rec.save()
    assert draft(new_db, cid).links == [(EMAIL, "ngozi@lab.example",
                                         "Laboratoire d’IA — 研究室")]
