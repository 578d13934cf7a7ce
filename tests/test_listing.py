"""The lists (services/listing.py) on both backends: the same people sorted, paged, searched
and counted in SQL alike in a file and in a database on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from hirefile.domain.names import sort_name
from hirefile.services import listing
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate
from hirefile.storage.types import utcnow

#: Names in other scripts and with accents, beside the fixture's generated ones.
OTHERS = ("Émile Zola", "Łucja Wójcik", "王磊", "Nguyễn Thị Minh Khai", "Søren Ødegård",
          "Ana-María O'Neill", "Ævar Þór")


@pytest.fixture
def db(db_location: Path | str, identity: Identity,
       add_candidates: Callable[..., None]) -> Iterator[Database]:
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    add_candidates(db, 40, with_roles=True)
    now = utcnow()
    with db.session() as s:
        for i, name in enumerate(OTHERS):
            s.add(Candidate(full_name=name, sort_name=sort_name(name),
                            email=f"other{i}@example.org", in_talent_pool=i % 2 == 0,
                            reach_out_on=date(2026, 1, 1) + timedelta(days=i)))
        s.flush()
        # distinct times of adding, so "by added" has one right order
        for i, cid in enumerate(s.scalars(select(Candidate.id).order_by(Candidate.email))):
            s.execute(update(Candidate).where(Candidate.id == cid)
                      .values(created_at=now - timedelta(hours=i)))
    yield db
    db.close()


def test_candidates_sorted_paged_and_counted_in_sql(db: Database) -> None:
    with db.reader() as s:
        by_name = listing.candidate_ids(s)
        rows = listing.candidate_rows(s, by_name)
        names = [rows[i].name for i in by_name]
        assert len(names) == 47 and set(OTHERS) <= set(names)
        assert [sort_name(n) for n in names] == sorted(sort_name(n) for n in names)
        assert listing.candidate_ids(s, descending=True) == by_name[::-1]
        newest = listing.candidate_ids(s, sort="created", descending=True)
        created = {c.id: c.created_at for c in s.scalars(select(Candidate))}
        assert newest == sorted(created, key=created.__getitem__, reverse=True)
        page = by_name[10:30]
        assert set(listing.candidate_rows(s, page)) == set(page)
        assert listing.candidate_count(s) == 47
        assert listing.candidate_count(s, "okafor") == sum("Okafor" in n for n in names) > 0
        assert [rows[i].name for i in listing.candidate_ids(s, text="wojcik")] == \
            ["Łucja Wójcik"]
        assert [rows[i].name for i in listing.candidate_ids(s, text="王")] == ["王磊"]
        assert listing.due_count(s, date(2026, 1, 3)) == 2  # the 1st and the 3rd, in the pool
        assert len(listing.candidate_ids(s, due_on=date(2026, 1, 7))) == 4


def test_pipeline_lists_and_counts(db: Database) -> None:
    with db.reader() as s:
        ids = listing.application_ids(s)
        assert len(ids) == 40
        rows = listing.application_rows(s, ids)
        assert set(rows) == set(ids)
        by_candidate = listing.application_ids(s, sort="candidate")
        assert sorted(by_candidate) == sorted(ids)
        folded = [sort_name(rows[i].candidate) for i in by_candidate]
        assert folded == sorted(folded)
        counts = dict(listing.stage_counts(s))
        assert sum(counts.values()) == 40
        roles = {r.title: r for r in listing.role_rows(s)}
        assert sum(r.total for r in roles.values()) == 40
        assert roles["Founding MLOps Engineer"].total == 20
        one = roles["Founding MLOps Engineer"].id
        assert sum(n for _, n in listing.stage_counts(s, one)) == 20
        assert len(listing.application_ids(s, role_id=one)) == 20
