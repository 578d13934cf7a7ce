"""`hirefile push FILE URL` and `hirefile pull URL FILE`: a file's whole content to a real
PostgreSQL server and back, streamed and verified (services/transfer.py)."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
from cv_files import pdf_cv
from sqlalchemy import select

from hirefile.cli import main
from hirefile.errors import FileProblem, HirefileError, OutputRefused
from hirefile.services import transfer
from hirefile.services.attachments import attach_file
from hirefile.services.listing import search_hits
from hirefile.settings import Identity
from hirefile.storage import server
from hirefile.storage.check import check_file
from hirefile.storage.database import SERVER_HOME, Database, _make_engine
from hirefile.storage.models import Attachment, Base, Candidate, Replica

ADA = Identity(str(uuid.uuid4()), "Ada Obi")
#: Names as people write them, in many scripts (and one with a combining accent).
NAMES = ["王磊", "Łucja Wróblewska", "فاطمة الزهراء", "अनन्या शर्मा", "Ἀλέξανδρος Παπαδόπουλος",
         "Юлия Смирнова", "김민준", "Nguyễn Thị Hương", "Zoë Ångström", "José Nuñez",
         "Ọlábísí Adéyẹmí", "ናትናኤል ተስፋዬ"]


def _tables(url: str, *, run: str | None = None) -> list[str]:
    """The tables in the URL's place on the server (after running `run` there)."""
    engine = server.make_engine(url, read_only=False)
    try:
        with engine.begin() as conn:
            if run:
                conn.exec_driver_sql(run)
            return server.tables(conn)
    finally:
        engine.dispose()


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    """The demo file (300 candidates and their pipelines), plus names in many scripts, a CV
    whose words are searched and a file of raw bytes."""
    path = tmp_path / "Hiring.hirefile"
    shutil.copyfile(demo_template, path)
    cv = tmp_path / "Wang Lei CV.pdf"
    cv.write_bytes(pdf_cv([["Wang Lei", "Kubeflow pipelines at scale, Shenzhen"]]))
    blob = tmp_path / "take-home.zip"
    blob.write_bytes(os.urandom(300_000) + bytes(range(256)) + b"\x00" * 1000)
    with Database.open(path, ADA) as db, db.session() as s:
        for n, name in enumerate(NAMES):
            s.add(Candidate(full_name=name, email=f"person{n}@example.org",
                            notes=f"{name} — " + "a long note. " * 400))
        s.flush()
        first = s.scalars(select(Candidate.id).where(Candidate.full_name == NAMES[0])).one()
        attach_file(s, first, cv)
        attach_file(s, first, blob)
    return path


def _table_sums(conn_of: Path | str) -> dict[str, transfer.Checksum]:
    engine = _make_engine(Path(conn_of), read_only=True)
    try:
        with engine.connect() as conn:
            return {t.name: transfer.checksum(conn, t) for t in transfer.copied_tables()}
    finally:
        engine.dispose()


def test_a_file_pushed_and_pulled_back_is_equal_table_by_table(
        demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    seen: list[tuple[str, str, int, int]] = []
    pushed = transfer.push(demo_file, pg_url, progress=lambda *a: seen.append(a))
    assert len(pushed.tables) == len(Base.metadata.sorted_tables)
    assert pushed.count("candidate") == 312
    assert ("copying", "candidate", 0, 312) in seen
    assert ("copying", "candidate", 312, 312) in seen
    verified = [table for step, table, _done, _total in seen if step == "verifying"]
    assert verified == [t.name for t in transfer.copied_tables()]
    assert "verified 41 tables" in pushed.summary()

    with Database.open(pg_url, ADA) as on_server:  # the app opens the server's copy
        with on_server.reader() as s:
            assert set(NAMES) <= set(s.scalars(select(Candidate.full_name)))
        assert on_server.meta()["file_uuid"] == Database.open(
            demo_file, ADA, write=False).meta()["file_uuid"]
        assert on_server.meta()["replica_home"] == SERVER_HOME

    back = tmp_path / "Back.hirefile"
    pulled = transfer.pull(pg_url, back)
    assert check_file(back).ok
    before, after = _table_sums(demo_file), _table_sums(back)
    for name, sums in before.items():
        if name in ("meta", "replica"):
            continue  # the pulled file is a copy of its own (below)
        assert (after[name].rows, after[name].hex) == (sums.rows, sums.hex), name
    rows = {t.name: t.rows for t in pushed.tables}
    rows["replica"] += 1  # the server's own replica id
    assert {t.name: t.rows for t in pulled.tables} == rows

    with Database.open(demo_file, ADA, write=False) as a, Database.open(back, ADA) as b:
        # the same lineage, a replica id of its own
        assert b.meta()["file_uuid"] == a.meta()["file_uuid"]
        assert b.meta()["replica_id"] != a.meta().get("replica_id")
        with a.reader() as sa_, b.reader() as sb:
            assert set(sb.scalars(select(Replica.id))) > set(sa_.scalars(select(Replica.id)))
            names = set(sb.scalars(select(Candidate.full_name)))
            assert set(NAMES) <= names
            assert names == set(sa_.scalars(select(Candidate.full_name)))
            # the search indexes were made on the new file: names, folded names, CV words
            assert [h.name for h in search_hits(sb, "lucja")] == ["Łucja Wróblewska"]
            assert [h.name for h in search_hits(sb, "kubeflow")] == ["王磊"]
        with b.session() as s:  # and it can be written
            s.add(Candidate(full_name="Ana Lima"))


def test_attachments_keep_their_bytes(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    assert "kB of attachments and e-mails; verified" in transfer.push(demo_file, pg_url).summary()
    back = tmp_path / "Back.hirefile"
    transfer.pull(pg_url, back)
    with Database.open(demo_file, ADA, write=False) as a, a.reader() as s:
        want = {r.filename: r.data for r in s.execute(select(Attachment.filename,
                                                              Attachment.data))}
    with Database.open(back, ADA, write=False) as b, b.reader() as s:
        got = {r.filename: r.data for r in s.execute(select(Attachment.filename,
                                                             Attachment.data))}
    assert got == want and len(got["take-home.zip"]) == 301_256


def test_push_refuses_a_database_that_is_not_empty(demo_file: Path, pg_url: str) -> None:
    assert _tables(pg_url, run="CREATE TABLE invoices (id int)") == ["invoices"]
    with pytest.raises(FileProblem, match=r"not empty: it holds 1 other table \(invoices\)"):
        transfer.push(demo_file, pg_url)
    assert _tables(pg_url) == ["invoices"]


def test_push_refuses_a_server_that_already_holds_hirefile(
        demo_file: Path, pg_url: str) -> None:
    transfer.push(demo_file, pg_url)
    with pytest.raises(FileProblem, match="already holds a Hirefile database"):
        transfer.push(demo_file, pg_url)


def test_pull_never_replaces_a_file(demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    transfer.push(demo_file, pg_url)
    there = tmp_path / "Notes.txt"
    there.write_text("mine")
    with pytest.raises(OutputRefused, match="already exists"):
        transfer.pull(pg_url, there)
    assert there.read_text() == "mine"
    with pytest.raises(OutputRefused, match="Hirefile file"):
        transfer.pull(pg_url, demo_file)


def test_pull_from_an_empty_database_says_so(pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(FileProblem, match="holds no Hirefile data"):
        transfer.pull(pg_url, tmp_path / "New.hirefile")
    assert list(tmp_path.iterdir()) == []


def test_a_checksum_that_differs_keeps_nothing(
        demo_file: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = transfer.checksum

    def off_by_one_on_candidates(conn, table):  # type: ignore[no-untyped-def]
        out = real(conn, table)
        if table.name == "candidate":
            out.total += 1
        return out

    monkeypatch.setattr(transfer, "checksum", off_by_one_on_candidates)
    with pytest.raises(transfer.TransferMismatch, match="table candidate does not hold what"):
        transfer.push(demo_file, pg_url)
    assert _tables(pg_url) == []  # rolled back: still empty

    monkeypatch.setattr(transfer, "checksum", real)
    transfer.push(demo_file, pg_url)
    monkeypatch.setattr(transfer, "checksum", off_by_one_on_candidates)
    with pytest.raises(transfer.TransferMismatch, match="table candidate"):
        transfer.pull(pg_url, tmp_path / "Back.hirefile")
    assert not (tmp_path / "Back.hirefile").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".Back")] == []


def test_a_row_the_server_refuses_names_its_table(demo_file: Path, pg_url: str) -> None:
    import sqlite3

    # SQLite keeps text longer than a column's declared length; PostgreSQL refuses it
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE attachment SET sha256 = sha256 || sha256")
    with pytest.raises(HirefileError, match="rows of table attachment could not be written "
                                            r"\(value too long"):
        transfer.push(demo_file, pg_url)
    assert _tables(pg_url) == []


def test_the_commands_print_one_line(demo_file: Path, pg_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(demo_file), pg_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("copied 312 candidates, ") and "verified 41 tables" in out
    assert main(["check", pg_url]) == 0  # the server's database is sound
    assert main(["list", pg_url, "candidates"]) == 0
    assert "Łucja Wróblewska" in capsys.readouterr().out
    back = tmp_path / "Back.hirefile"
    assert main(["pull", pg_url, str(back)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert main(["check", str(back)]) == 0
    assert main(["pull", pg_url, str(back)]) == 1
    assert "is a Hirefile file (a database); choose another name" in capsys.readouterr().err
    assert main(["push", str(demo_file), pg_url]) == 1
    assert "already holds a Hirefile database" in capsys.readouterr().err


def test_a_server_it_cannot_reach_is_one_line(demo_file: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://nobody@/nothing?host={tmp_path}&port=1"
    assert main(["push", str(demo_file), url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hirefile: ") and err.count("\n") == 1
    assert psycopg  # the driver is the kept binary wheel


def test_a_server_it_cannot_reach_to_pull_from_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://nobody@/nothing?host={tmp_path}&port=1"
    assert main(["pull", url, str(tmp_path / "New.hirefile")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("hirefile: ") and err.count("\n") == 1
    assert [p.name for p in tmp_path.iterdir() if "New" in p.name] == []  # no file, no temp


def test_a_pulled_file_merges_with_the_file_that_was_pushed(
        demo_file: Path, pg_url: str, tmp_path: Path) -> None:
    """The same lineage: what the laptop's file gained after the push merges into a file
    pulled from the server (and what the server gained merges back into the laptop's)."""
    from hirefile.services.merging import merge_file

    transfer.push(demo_file, pg_url)
    with Database.open(pg_url, ADA) as on_server, on_server.session() as s:
        s.add(Candidate(full_name="Added on the server"))
    with Database.open(demo_file, ADA) as laptop, laptop.session() as s:
        s.add(Candidate(full_name="Added on the laptop"))
    back = tmp_path / "Back.hirefile"
    transfer.pull(pg_url, back)
    with Database.open(back, ADA) as db:
        result = merge_file(db, demo_file)
        assert result.outcome.added == {"candidate": 1} and not result.outcome.conflicts
        with db.reader() as s:
            names = set(s.scalars(select(Candidate.full_name)))
        assert {"Added on the server", "Added on the laptop"} <= names
    with Database.open(demo_file, ADA) as laptop:
        assert merge_file(laptop, back).outcome.added.get("candidate") == 1
