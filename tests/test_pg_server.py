"""The throwaway PostgreSQL server the tests run against (tests/pg_server.py)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from pg_server import PgServer


def test_each_test_gets_an_empty_place_on_a_socket_only_server(
        pg_server: PgServer, pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
        assert tables.fetchone() == (0,)
        schema = conn.execute("SELECT current_schema()").fetchone()
        assert schema is not None and pg_url.endswith(f"search_path%3D{schema[0]}")
        # nothing listens on the network: the socket folder is the only way in
        assert conn.execute("SHOW listen_addresses").fetchone() == ("",)
        version = conn.execute("SHOW server_version_num").fetchone()
        assert version is not None and int(version[0]) >= 130000
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=pg_server.port, user="hirefile",
                        dbname="postgres", connect_timeout=2)
    # the cluster starts in a few seconds at most (measured: about 0.6 s)
    assert pg_server.start_seconds < 30


def test_a_whole_database_can_be_made_too(pg_server: PgServer) -> None:
    name = pg_server.create_database()
    try:
        with pg_server.connect(name) as conn:
            assert conn.execute("SELECT current_database()").fetchone() == (name,)
    finally:
        pg_server.drop_database(name)


def test_a_folder_closed_to_other_users_is_named_as_why_no_server_can_run(
        tmp_path: Path) -> None:
    """As root the server runs as `postgres`, which cannot pass a folder of mode 0700 on the
    way to its programs (a chroot made with mktemp has such a `/`): the reason names it."""
    from pg_server import _closed_folders

    closed = tmp_path / "closed"
    (closed / "bin").mkdir(parents=True)
    closed.chmod(0o700)
    try:
        named = f"{closed} (mode 0700)"
        assert named in _closed_folders(closed / "bin" / "initdb")
        closed.chmod(0o755)
        assert named not in _closed_folders(closed / "bin" / "initdb")
        assert not any(f.startswith(f"{closed / 'bin'} ") for f in
                       _closed_folders(closed / "bin" / "initdb"))
    finally:
        closed.chmod(0o755)
