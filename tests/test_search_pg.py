"""The candidates' search on PostgreSQL finds the same people as on a file: the same data is
written to a `.hirefile` and to a throwaway PostgreSQL database, and every query — names in
many scripts, accents folded both ways, e-mail and phone fragments, tags, CV words (the start
of a word, short whole words), kept e-mails — returns the same candidates, found in the same
places, on both."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cv_files import pdf_cv
from pg_server import USER
from sqlalchemy.orm import Session

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.names import sort_name
from hirefile.domain.vocab import Direction
from hirefile.errors import FileProblem
from hirefile.services import correspondence, listing
from hirefile.services.attachments import attach_file, remove_attachment
from hirefile.services.candidates import create_candidate
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import derived, search
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Attachment,
    Base,
    Candidate,
    CandidateTag,
    Correspondence,
    Tag,
)
from hirefile.storage.types import utcnow

ADA = Identity(str(uuid.uuid4()), "Ada Obi")

#: name, e-mail, phone, notes, company
PEOPLE = [
    ("Łucja Wróbel", "lucja.wrobel@example.pl", "+48 601 222 333",
     "Met at PyData Łódź; strong on PyTorch", "Allegro"),
    ("王磊", "wang.lei@example.cn", "", "", "字节跳动"),
    ("محمد الفارسي", "m.farsi@example.ae", "+971 50 123 4567", "", ""),
    ("Ольга Петрова", "olga@example.ru", "", "Говорит по-английски", ""),
    ("किरण शर्मा", "kiran@example.in", "+91 98765 43210", "", "Infosys"),
    ("Zoë Ødegård", "zoe@example.no", "", "", ""),
    ("Nguyễn Thị Minh Khai", "khai@example.vn", "", "", ""),
    ("Αλέξανδρος Παπαδόπουλος", "alex@example.gr", "", "", ""),
    ("Ada Lovelace", "Ada@Example.org", "+49 170 1234567", "Not looking until spring; 50% remote",
     "Analytical Engines"),
    ("Anna Berg", "anna@example.org", "", "", ""),
    ("Ben Okafor", "ben@example.com", "", "", ""),
    ("Olga Gone", "gone@example.ru", "", "removed from the file", ""),
]
CVS = {
    "Anna Berg": "Built ML pipelines with Kubeflow and Kubernetes at Zalando, 2019–2024.\n"
                 "Café Müller hackathon winner.",
    "Ben Okafor": "Backend engineer: Go, PostgreSQL, Kafka; some node.js and my_python.",
    "Ada Lovelace": "A removed CV that says Fortran.",
}
MAILS = {
    "Ben Okafor": ("Re: Interview on Thursday", "Ben Okafor <ben@example.com>",
                   "Looking forward to the systems design round."),
    "王磊": ("面试安排", "王磊 <wang.lei@example.cn>", "周四下午可以"),
}

QUERIES = [
    "Łucja", "lucja", "WROBEL", "wrób", "Łódź", "lodz", "pytorch",
    "王", "王磊", "字节", "محمد", "الفارسي", "Ольга", "ольга", "петров", "английски",
    "किरण", "शर्मा", "odegard", "Ødegård", "zoë", "nguyen khai", "Nguyễn",
    "παπαδοπουλος", "Παπαδόπουλος", "example.vn", ".vn", "EXAMPLE.ORG", "1234567", "170 123",
    "+49", "98765", "llm-evals", "evals", "kube", "kubeflow", "KUBEFLOW", "zalando 2019",
    "cafe muller", "Müller", "Go", "go", "postgres", "node.js", "python", "Ben kafka",
    "Anna kafka", "interview", "thursday", "system", "面试安排", "fortran", "gone", "50%",
    "5_%", 'ada "love', "-", "nobody-like-this",
]


def _fill(session: Session) -> None:
    ids = {}
    for name, email, phone, notes, company in PEOPLE:
        c = Candidate(full_name=name, sort_name=sort_name(name), email=email, phone=phone or None,
                      notes=notes, current_company=company or None)
        session.add(c)
        session.flush()
        ids[name] = c.id
    tag = Tag(name="llm-evals")
    gone_tag = Tag(name="removed-tag", deleted_at=utcnow())
    session.add_all([tag, gone_tag])
    session.flush()
    session.add_all([CandidateTag(candidate_id=ids["Ada Lovelace"], tag_id=tag.id),
                     CandidateTag(candidate_id=ids["Anna Berg"], tag_id=gone_tag.id)])
    for name, cv in CVS.items():
        data = cv.encode()
        session.add(Attachment(candidate_id=ids[name], filename=f"{name} CV.pdf",
                               size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                               data=data, text=cv,
                               deleted_at=utcnow() if name == "Ada Lovelace" else None))
    for name, (subject, sender, body) in MAILS.items():
        session.add(Correspondence(
            candidate_id=ids[name], direction=Direction.RECEIVED,
            sent_at=datetime(2026, 11, 5, 9, 30, tzinfo=UTC), sender=sender,
            subject=subject, body=body, mail_key=f"<{uuid.uuid4()}@example.com>",
            raw=b"From: x"))
    session.flush()
    session.get(Candidate, ids["Olga Gone"]).deleted_at = utcnow()  # type: ignore[union-attr]


class Backend:
    """A database holding PEOPLE: sessions and its dialect's name."""

    def __init__(self, name: str, session: Callable[[], Any]) -> None:
        self.name = name
        self.session = session


def _pg_engine(url: str) -> sa.Engine:
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


@contextmanager
def _pg_session(engine: sa.Engine) -> Iterator[Session]:
    with Session(engine) as s, s.begin():
        yield s


def _pg_backend(url: str) -> tuple[Backend, sa.Engine]:
    engine = _pg_engine(url)
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create(conn)
    return Backend("postgresql", lambda: _pg_session(engine)), engine


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, pg_server: Any
         ) -> Iterator[dict[str, Backend]]:
    """The same people in a file and in a PostgreSQL database (built once for the module)."""
    folder = tmp_path_factory.mktemp("search")
    with pytest.MonkeyPatch.context() as env:  # as `isolated_dirs`, for the whole module
        env.setenv("HIREFILE_DATA_DIR", str(folder / "data"))
        env.setenv("HIREFILE_CONFIG_DIR", str(folder / "config"))
        yield from _both(folder, pg_server)


def _both(folder: Path, pg_server: Any) -> Iterator[dict[str, Backend]]:
    db = create_file(folder / "Hiring.hirefile", ADA)
    with db.session() as s:
        _fill(s)
    name = pg_server.create_database()
    pg, engine = _pg_backend(pg_server.url(name))
    with pg.session() as s:
        _fill(s)
    try:
        yield {"sqlite": Backend("sqlite", db.reader), "postgresql": pg}
    finally:
        engine.dispose()
        db.close()
        pg_server.drop_database(name)


def _found(backend: Backend, query: str) -> list[str]:
    with backend.session() as s:
        ids = listing.candidate_ids(s, text=query)
        assert listing.candidate_count(s, query) == len(ids)
        rows = listing.candidate_rows(s, ids)
    return sorted(rows[i].name for i in ids)


@pytest.mark.parametrize("query", QUERIES)
def test_postgresql_finds_the_same_candidates_as_a_file(both: dict[str, Backend],
                                                        query: str) -> None:
    assert _found(both["postgresql"], query) == _found(both["sqlite"], query)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("query", "names"), [
    ("lucja", ["Łucja Wróbel"]),
    ("Łódź", ["Łucja Wróbel"]),  # in the notes, as written
    ("王", ["王磊"]),  # one character: the name by LIKE
    ("字节", []),  # two characters of the company: short terms look at names only
    ("محمد", ["محمد الفارسي"]),
    ("ольга", ["Ольга Петрова"]),
    ("किरण", ["किरण शर्मा"]),
    ("odegard", ["Zoë Ødegård"]),
    ("Ødegård", ["Zoë Ødegård"]),
    ("nguyen khai", ["Nguyễn Thị Minh Khai"]),
    ("παπαδοπουλος", ["Αλέξανδρος Παπαδόπουλος"]),
    (".vn", ["Nguyễn Thị Minh Khai"]),
    ("EXAMPLE.ORG", ["Ada Lovelace", "Anna Berg"]),
    ("1234567", ["Ada Lovelace"]),
    ("evals", ["Ada Lovelace"]),
    ("kube", ["Anna Berg"]),  # the start of a CV's word
    ("cafe muller", ["Anna Berg"]),  # without the accents
    ("Go", ["Ben Okafor"]),  # a short word is a whole word in a CV
    ("node.js", ["Ben Okafor"]),
    ("python", ["Ben Okafor"]),  # my_python: two words
    ("Anna kafka", []),
    ("thursday", ["Ben Okafor"]),  # a kept e-mail's subject
    ("面试安排", ["王磊"]),
    ("fortran", []),  # a removed CV
    ("gone", []),  # a removed candidate
    ("50%", ["Ada Lovelace"]),  # % is a character, not a wildcard
    ("5_%", []),
])
def test_what_each_search_finds(both: dict[str, Backend], backend: str, query: str,
                                names: list[str]) -> None:
    assert _found(both[backend], query) == names


def _hits(backend: Backend, query: str) -> dict[str, tuple[Any, ...]]:
    with backend.session() as s:
        return {h.name: (h.places, h.files, h.mails) for h in listing.search_hits(s, query)}


@pytest.mark.parametrize("query", ["lucja pytorch", "ada evals", "kube", "Ben thursday",
                                   "王 面试安排", "example", "+49 engines", "Go"])
def test_the_same_places_files_and_mails_are_named(both: dict[str, Backend], query: str) -> None:
    hits = _hits(both["postgresql"], query)
    assert hits == _hits(both["sqlite"], query)
    assert hits


def test_where_a_search_matched_on_postgresql(both: dict[str, Backend]) -> None:
    assert _hits(both["postgresql"], "Ben thursday kafka") == {
        "Ben Okafor": (("name", "contacts"), ("Ben Okafor CV.pdf",),
                       ("Re: Interview on Thursday",))}
    assert _hits(both["postgresql"], "lucja pytorch") == {
        "Łucja Wróbel": (("name", "contacts", "notes"), (), ())}


def test_postgresql_indexes_follow_every_write(pg_url: str) -> None:
    backend, engine = _pg_backend(pg_url)
    try:
        with backend.session() as s:
            c = Candidate(full_name="Ada Lovelace", sort_name=sort_name("Ada Lovelace"))
            s.add(c)
            s.flush()
            cid = c.id
        with backend.session() as s:
            s.execute(sa.text("UPDATE candidate SET full_name = 'Ada King', "
                              "sort_name = 'ada king'"))  # any tool, not only the app
        assert _found(backend, "king") == ["Ada King"] and _found(backend, "lovelace") == []
        with backend.session() as s:
            tag = Tag(name="llm-evals")
            s.add(tag)
            s.flush()
            tag_id = tag.id
            s.add(CandidateTag(candidate_id=cid, tag_id=tag_id))
        assert _found(backend, "llm-evals") == ["Ada King"]
        with backend.session() as s:
            s.get(Tag, tag_id).name = "rag-evals"  # type: ignore[union-attr]
        assert _found(backend, "llm-evals") == [] and _found(backend, "rag-evals") == ["Ada King"]
        with backend.session() as s:
            s.get(Candidate, cid).deleted_at = utcnow()  # type: ignore[union-attr]
        assert _found(backend, "ada") == []
    finally:
        engine.dispose()


def test_check_and_repair_on_postgresql(pg_url: str) -> None:
    """The indexes are the server's own, always current; what can go wrong is one missing
    (a search then reads every row): the checks say so and repair makes it again."""
    backend, engine = _pg_backend(pg_url)
    try:
        with backend.session() as s:
            assert derived.problems(s) == []
            s.execute(sa.text("DROP INDEX ix_candidate_search"))
            assert derived.problems(s) == [
                "1 search: the candidates' search index is missing (searches read every row)"]
            search.repair(s.connection())
            assert derived.problems(s) == []
        with engine.begin() as conn:
            search.create(conn)  # creating again changes nothing
            assert search.indexed_count(conn) == 0
    finally:
        engine.dispose()


def test_the_search_uses_its_indexes_on_postgresql(pg_url: str) -> None:
    """On 5,000 candidates with a CV and an e-mail each, the plan of a search reads the
    trigram and word indexes, not every candidate, CV and e-mail."""
    backend, engine = _pg_backend(pg_url)
    try:
        with backend.session() as s:
            s.execute(sa.text(
                "INSERT INTO candidate (id, full_name, sort_name, notes, source, "
                "in_talent_pool, created_at, created_by, updated_at, updated_by) "
                "SELECT 'c' || n, 'Person ' || n, 'person ' || n, 'note ' || n, 'inbound', "
                "false, now(), '', now(), '' FROM generate_series(1, 5000) n"))
            stamps = "now(), '', now(), ''"
            s.execute(sa.text(
                "INSERT INTO attachment (id, candidate_id, filename, mime_type, size, sha256, "
                "data, text, created_at, created_by, updated_at, updated_by) "
                "SELECT 'a' || n, 'c' || n, 'cv.pdf', 'application/pdf', 1, '', '', "
                f"'Worked on systems number ' || n, {stamps} FROM generate_series(1, 5000) n"))
            s.execute(sa.text(
                "INSERT INTO correspondence (id, candidate_id, direction, sent_at, sender, "
                "sender_address, recipients, subject, body, mail_key, raw, created_at, "
                "created_by, updated_at, updated_by) SELECT 'm' || n, 'c' || n, 'received', "
                "now(), '', '', '', 'Interview ' || n, 'See you then', 'k' || n, '', "
                f"{stamps} FROM generate_series(1, 5000) n"))
            s.execute(sa.text(
                "INSERT INTO tag (id, name, created_at, created_by, updated_at, updated_by) "
                f"SELECT 't' || n, 'tag ' || n, {stamps} FROM generate_series(1, 500) n"))
            s.execute(sa.text(
                "INSERT INTO candidate_tag (id, candidate_id, tag_id, created_at, created_by, "
                f"updated_at, updated_by) SELECT 'ct' || n, 'c' || n, 't' || (n % 500 + 1), "
                f"{stamps} FROM generate_series(1, 5000) n"))
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")  # as autovacuum does after a bulk insert
        with backend.session() as s:
            stmt = listing._candidate_filter(s, sa.select(Candidate.id), "kubeflow")
            compiled = stmt.compile(s.get_bind())
            plan = "\n".join(r[0] for r in s.connection().exec_driver_sql(
                "EXPLAIN " + str(compiled), compiled.params))
    finally:
        engine.dispose()
    for index in ("ix_candidate_search", "ix_attachment_words", "ix_correspondence_words"):
        assert index in plan, plan  # (500 tags are read faster without their index)


MAIL = Path(__file__).parent / "data" / "mail"


def test_the_app_finds_people_by_their_cv_and_mail_on_both(db_location: Path | str,
                                                            identity: Identity, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    """Through the app's own services and `hirefile search`, on a file and on a server:
    a CV attached, an e-mail kept, a person removed and brought back."""
    cv = tmp_path / "Anna Berg CV.pdf"
    cv.write_bytes(pdf_cv([["Anna Berg", "anna@example.org"],
                           ["Built ML pipelines with Kubeflow at Zalando", "Café Müller"]]))
    eml = MAIL / "multipart_alternative.eml"  # from Zoë, about the drift-detection notebook
    with Database.create(db_location, identity) as db:
        with db.session() as s:
            anna = create_candidate(s, CandidateDraft(full_name="Anna Berg")).id
            zoe = create_candidate(s, CandidateDraft(full_name="Zoë Ødegaard",
                                                     email="zoe.odegaard@example.com")).id
            create_candidate(s, CandidateDraft(full_name="王磊", notes="Łódź meetup"))
            attach_file(s, anna, cv)
            correspondence.keep_eml(s, zoe, eml.read_bytes(), eml.name)
        with db.reader() as s:
            assert [h.name for h in listing.search_hits(s, "kubeflow")] == ["Anna Berg"]
            assert [h.name for h in listing.search_hits(s, "muller cafe")] == ["Anna Berg"]
            assert [h.name for h in listing.search_hits(s, "notebook")] == ["Zoë Ødegaard"]
            assert [h.name for h in listing.search_hits(s, "odegaard")] == ["Zoë Ødegaard"]
            assert [h.name for h in listing.search_hits(s, "王")] == ["王磊"]
            assert [h.name for h in listing.search_hits(s, "łódź")] == ["王磊"]
        with db.session() as s:
            remove_attachment(s, s.scalars(sa.select(Attachment.id)).one())
        with db.reader() as s:
            assert listing.search_hits(s, "kubeflow") == []
            assert derived.problems(s) == []
    assert main(["search", str(db_location), "zoe notebook", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert hit["name"] == "Zoë Ødegaard" and hit["matched"] == ["name", "contacts"]
    assert hit["mails"] == ["Re: Technical discussion – ML engineer at Fernwood"]


def test_a_role_that_may_not_add_the_extensions_is_told_what_to_ask(pg_server: Any,
                                                                     identity: Identity) -> None:
    """A person's role may make tables but not add extensions: `init` says, in one line, what
    to ask the server's administrator and writes nothing; it works once they have added them,
    here in a schema of their own, off Hirefile's search path (as managed servers do)."""
    name = pg_server.create_database()
    try:
        with pg_server.connect(name) as admin:
            admin.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                          "'search_ann') THEN CREATE ROLE search_ann LOGIN; END IF; END $$")
            admin.execute("GRANT CREATE ON SCHEMA public TO search_ann")
        ann_url = pg_server.url(name).replace(f"{USER}@", "search_ann@", 1)
        with pytest.raises(FileProblem) as err:
            Database.create(ann_url, identity)
        message = err.value.message
        assert "\n" not in message and "permission denied to create extension" in message
        assert "CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent;" in message
        with pg_server.connect(name) as admin:
            assert admin.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                 ).fetchone() == (0,)
            admin.execute("CREATE SCHEMA extensions")
            admin.execute("GRANT USAGE ON SCHEMA extensions TO search_ann")
            admin.execute("CREATE EXTENSION pg_trgm SCHEMA extensions")
            admin.execute("CREATE EXTENSION unaccent SCHEMA extensions")
        with Database.create(ann_url, identity) as db:
            with db.session() as s:
                create_candidate(s, CandidateDraft(full_name="Łucja Wróbel",
                                                   notes="Café Müller"))
            with db.reader() as s:
                assert [h.name for h in listing.search_hits(s, "lucja")] == ["Łucja Wróbel"]
                assert derived.problems(s) == []
    finally:
        pg_server.drop_database(name)


def test_hirefile_check_on_a_server_says_whether_search_has_its_indexes(
        pg_server: Any, pg_url: str, identity: Identity,
        capsys: pytest.CaptureFixture[str]) -> None:
    Database.create(pg_url, identity).close()
    assert main(["check", pg_url]) == 0
    assert "search: extensions and indexes present" in capsys.readouterr().out
    engine = _pg_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_attachment_words")
        assert main(["check", pg_url]) == 1
        assert ("search: the CV word index is missing (searches read every row)"
                in capsys.readouterr().out)
        with engine.begin() as conn:
            search.repair(conn)
    finally:
        engine.dispose()
    assert main(["check", pg_url]) == 0
