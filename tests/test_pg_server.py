"""The throwaway PostgreSQL server the tests run against (tests/pg_server.py)."""

from __future__ import annotations

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
