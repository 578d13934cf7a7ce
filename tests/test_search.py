"""Full-text candidate search: names in every script, with or without accents, e-mails, notes,
tags; the index follows every write path."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from hirefile.domain.names import sort_name
from hirefile.services import listing
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Candidate, CandidateTag, Tag
from hirefile.storage.types import utcnow

ADA = Identity(str(uuid.uuid4()), "Ada Obi")
PEOPLE = [
    ("Łucja Wróbel", "lucja.wrobel@example.pl", "Met at PyData Łódź; strong on PyTorch"),
    ("王磊", "wang.lei@example.cn", ""),
    ("Zoë Ødegård", "zoe@example.no", ""),
    ("Mehmet Öztürk", "mehmet@example.com.tr", "Prefers remote"),
    ("Nguyễn Thị Minh Khai", "khai@example.vn", ""),
    ("محمد الفارسي", "m.farsi@example.ae", ""),
    ("Αλέξανδρος Παπαδόπουλος", "alex@example.gr", ""),
    ("Олена Коваленко", "olena@example.ua", ""),
    ("김민준", "minjun@example.kr", ""),
    ("Ada Lovelace", "ada@example.org", "Not looking until spring"),
]


@pytest.fixture
def db(tmp_path: Path):
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    with db.session() as s:
        for name, email, notes in PEOPLE:
            s.add(Candidate(full_name=name, sort_name=sort_name(name), email=email, notes=notes))
    yield db
    db.close()


def found(db: Database, text: str) -> list[str]:
    with db.reader() as s:
        ids = listing.candidate_ids(s, text=text)
        rows = listing.candidate_rows(s, ids)
        assert listing.candidate_count(s, text) == len(ids)
    return sorted(rows[i].name for i in ids)


@pytest.mark.parametrize(("query", "names"), [
    ("Łucja", ["Łucja Wróbel"]),
    ("lucja", ["Łucja Wróbel"]),
    ("WROBEL", ["Łucja Wróbel"]),
    ("odegard", ["Zoë Ødegård"]),
    ("Öztürk", ["Mehmet Öztürk"]),
    ("ozturk", ["Mehmet Öztürk"]),
    ("nguyen khai", ["Nguyễn Thị Minh Khai"]),
    ("王磊", ["王磊"]),
    ("王", ["王磊"]),
    ("김민준", ["김민준"]),
    ("الفارسي", ["محمد الفارسي"]),
    ("Παπαδόπουλος", ["Αλέξανδρος Παπαδόπουλος"]),
    ("παπαδοπουλος", ["Αλέξανδρος Παπαδόπουλος"]),
    ("коваленко", ["Олена Коваленко"]),
    ("example.vn", ["Nguyễn Thị Minh Khai"]),
    (".vn", ["Nguyễn Thị Minh Khai"]),  # a short ASCII term also searches e-mails
    ("pytorch", ["Łucja Wróbel"]),
    ("spring", ["Ada Lovelace"]),
    ('ada "lovelace', ["Ada Lovelace"]),  # a stray quote is not a syntax error
    ("nobody-like-this", []),
])
def test_search_finds_people_by_any_part(db: Database, query: str, names: list[str]) -> None:
    assert found(db, query) == names


def test_index_follows_updates_tags_and_tombstones(db: Database) -> None:
    with db.session() as s:
        c = s.query(Candidate).filter_by(email="ada@example.org").one()
        c.full_name, c.sort_name = "Ada King", sort_name("Ada King")
        tag = Tag(name="llm-evals")
        s.add(tag)
        s.add(CandidateTag(candidate_id=c.id, tag_id=tag.id))
    assert found(db, "king") == ["Ada King"] and found(db, "lovelace") == []
    assert found(db, "llm-evals") == ["Ada King"]
    with db.session() as s:
        s.get(Tag, tag.id).name = "rag-evals"
    assert found(db, "llm-evals") == [] and found(db, "rag-evals") == ["Ada King"]
    with db.session() as s:
        s.get(Candidate, c.id).deleted_at = utcnow()
    assert found(db, "ada") == []
    assert check_file(db.path).ok


def test_index_follows_writes_from_other_sqlite_tools(db: Database, tmp_path: Path) -> None:
    db.close()
    conn = sqlite3.connect(db.path)
    conn.execute("UPDATE candidate SET full_name = 'Olena Shevchenko', sort_name = "
                 "'olena shevchenko' WHERE email = 'olena@example.ua'")
    conn.commit()
    conn.close()
    with Database.open(db.path, ADA) as again:
        assert found(again, "shevchenko") == ["Olena Shevchenko"]
    assert check_file(db.path).ok


def test_check_notices_a_stale_index(db: Database) -> None:
    db.close()
    conn = sqlite3.connect(db.path)
    conn.execute("DELETE FROM candidate_fts WHERE rowid = 1")
    conn.commit()
    conn.close()
    report = check_file(db.path)
    assert not report.ok
    assert "search index holds 9 rows for 10 candidates" in report.problems
