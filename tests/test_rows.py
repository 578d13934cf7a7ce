"""One SQL text on a file's sqlite3 connection (storage/rows.py): parameters bound as the ORM
stores them, lists as IN lists, and a stored value that cannot be read named as damage."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hirefile.domain.vocab import StageKind
from hirefile.errors import CorruptFile
from hirefile.services import dashboard
from hirefile.storage.database import Database
from hirefile.storage.rows import expanded, file_reader, rows_of


def test_a_list_parameter_becomes_an_in_list_and_an_empty_one_matches_nothing() -> None:
    sql, params = expanded("SELECT 1 WHERE x IN :ids AND y = :idsy", {"ids": ["a", "b"],
                                                                      "idsy": 3})
    assert sql == "SELECT 1 WHERE x IN (:ids_0, :ids_1) AND y = :idsy"
    assert params == {"ids_0": "a", "ids_1": "b", "idsy": 3}
    assert expanded("x IN :ids", {"ids": []})[0] == "x IN (NULL)"


def test_times_dates_and_choices_compare_in_sql_as_the_orm_stored_them(
        new_db: Database) -> None:
    from hirefile.services import demo

    demo.load_demo(new_db, candidates=3)
    with new_db.reader() as s:
        rows = rows_of(s)
        key, stored = rows.all("SELECT id, created_at FROM role ORDER BY id LIMIT 1")[0]
    when = datetime.fromisoformat(stored).replace(tzinfo=timezone.utc)
    with new_db.reader() as s:
        rows = rows_of(s)
        # an aware time in another zone is the same instant, stored as naive UTC text
        local = when.astimezone(timezone(timedelta(hours=5, minutes=30)))
        same = "SELECT count(*) FROM role WHERE id = :key AND created_at = :t"
        assert rows.scalar(same, key=key, t=local) == 1
        assert rows.scalar(same, key=key, t=when + timedelta(microseconds=1)) == 0
        assert rows.scalar("SELECT :d", d=when.date()) == when.date().isoformat()
        assert rows.scalar("SELECT :k", k=StageKind.ACTIVE) == "active"
        with pytest.raises(ValueError, match="naive"):
            rows.scalar("SELECT :t", t=datetime(2026, 1, 1))


def test_an_unreadable_stored_time_is_named_as_damage_in_one_line(
        new_db: Database, tmp_path: Path) -> None:
    from hirefile.services import demo

    demo.load_demo(new_db, candidates=5)
    path = new_db.path
    new_db.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE application SET stage_entered_at = '2020-13-45 99:00:00.000000'")
    conn.commit()
    conn.execute("PRAGMA query_only = 1")
    conn.isolation_level = None
    with pytest.raises(CorruptFile) as raised, file_reader(conn, path) as rows:
        dashboard.waiting(rows, now=datetime.now(timezone.utc) + timedelta(days=400))
    conn.close()
    message = str(raised.value)
    assert message.startswith(f"{path} is damaged (a stored value cannot be read: ")
    assert "\n" not in message and date.today().isoformat() not in message
    # the same SQL through an open Database's session says the same
    with Database.open(path, new_db.identity, write=False) as db, \
            pytest.raises(CorruptFile, match="a stored value cannot be read"), db.reader() as s:
        dashboard.waiting(s, now=datetime.now(timezone.utc) + timedelta(days=400))
