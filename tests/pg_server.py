"""A throwaway PostgreSQL server for the tests: one cluster per test session.

`initdb` into a fresh folder under /tmp, `pg_ctl start` listening on a Unix socket only
(`listen_addresses=''`, nothing on the network) at a free port number, stopped and removed at
the end of the session — also after a failure or Ctrl+C (atexit). As root (CI containers) the
server runs as the `postgres` user, since `initdb` refuses root. Each test gets its own empty
database, created from `template0` (a few tens of milliseconds).

When PostgreSQL's programs are missing (macOS without Homebrew's postgresql, a non-Debian system
where `packaging/setup.sh test` could not install them) `PgServer.start()` raises `PgMissing`,
and the PostgreSQL tests skip with its reason.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

#: The database role the tests connect as (the cluster's superuser, trusted on the socket).
USER = "hirefile"
#: Where Debian's server programs live when `pg_config` is not on PATH.
DEBIAN_BINDIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
                  "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/14/bin",
                  "/usr/lib/postgresql/13/bin")


class PgMissing(RuntimeError):
    """PostgreSQL cannot run here; the message says why (the tests' skip reason)."""


class PgImpossible(PgMissing):
    """PostgreSQL is installed but this machine cannot let any server run: as root the
    server must run as another user (PostgreSQL refuses root), and that user cannot reach
    its own programs (for example a chroot whose `/` is mode 0700). Installing nothing
    changes that, so the tests skip even where PostgreSQL is required."""


def _closed_folders(path: Path) -> list[str]:
    """The folders on the way to `path` that other users cannot pass through."""
    closed = []
    for folder in [*reversed(path.parents), path]:
        with contextlib.suppress(OSError):
            if not folder.stat().st_mode & stat.S_IXOTH:
                closed.append(f"{folder} (mode {stat.S_IMODE(folder.stat().st_mode):04o})")
    return closed


def find_bindir() -> Path:
    """The folder holding `initdb`, `pg_ctl` and `postgres`."""
    candidates: list[Path] = []
    if os.environ.get("HIREFILE_PG_BINDIR"):
        candidates.append(Path(os.environ["HIREFILE_PG_BINDIR"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                 timeout=10, check=True).stdout.strip()
            candidates.append(Path(out))
    candidates += [Path(d) for d in DEBIAN_BINDIRS]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PgMissing(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
        "`bash packaging/setup.sh test` installs Debian's postgresql; elsewhere install "
        "PostgreSQL 13+ (macOS: `brew install postgresql@15`) or set HIREFILE_PG_BINDIR")


def free_port() -> int:
    """A port number nobody listens on (the socket file is named after it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One running throwaway cluster."""

    def __init__(self, bindir: Path, root: Path, port: int, run_as: str | None) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.port = port
        self.run_as = run_as
        self.start_seconds = 0.0
        self._names = itertools.count(1)
        self._tests_db: str | None = None
        self._stopped = False

    # starting and stopping -------------------------------------------------------------------

    @classmethod
    def start(cls) -> PgServer:
        bindir = find_bindir()
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise PgMissing("the PostgreSQL driver psycopg is not installed "
                            "(`bash packaging/setup.sh test` installs it)") from exc
        run_as = None
        if os.geteuid() == 0:
            run_as = "postgres"
            try:
                import pwd
                pwd.getpwnam(run_as)
            except KeyError:
                raise PgMissing("running as root and there is no `postgres` user to run "
                                "the throwaway PostgreSQL server as") from None
        if run_as is not None:
            closed = _closed_folders(bindir / "initdb")
            if closed:
                raise PgImpossible(
                    f"the server must run as the `{run_as}` user (PostgreSQL refuses root), "
                    f"and that user cannot reach PostgreSQL's programs here: "
                    f"{', '.join(closed)} is closed to other users")
        root = Path(tempfile.mkdtemp(prefix="hirefile-pg-"))
        server = cls(bindir, root, free_port(), run_as)
        atexit.register(server.stop)
        t0 = time.perf_counter()
        try:
            server._init_and_start()
        except BaseException:
            server.stop()
            raise
        server.start_seconds = time.perf_counter() - t0
        return server

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
            raise PgMissing(f"{Path(args[0]).name} failed: {' / '.join(tail)}")

    def _init_and_start(self) -> None:
        self.socket_dir.mkdir()
        if self.run_as:
            import pwd
            entry = pwd.getpwnam(self.run_as)
            for folder in (self.root, self.socket_dir):
                os.chown(folder, entry.pw_uid, entry.pw_gid)
            self.root.chmod(0o755)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust",
                  "-U", USER, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -k {self.socket_dir} -p {self.port} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(Exception):
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "-t", "30", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    # databases -------------------------------------------------------------------------------

    def url(self, dbname: str = "postgres", schema: str | None = None) -> str:
        """The URL of a database on this server (over its Unix socket); with `schema`, one
        that works in that schema only (libpq's `options=-csearch_path=…`)."""
        host = quote(str(self.socket_dir), safe="")
        url = f"postgresql://{USER}@/{dbname}?host={host}&port={self.port}"
        return url + (f"&options={quote(f'-csearch_path={schema}', safe='')}" if schema else "")

    def connect(self, dbname: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg
        return psycopg.connect(host=str(self.socket_dir), port=self.port, user=USER,
                               dbname=dbname, autocommit=True)

    def create_database(self) -> str:
        """A new, empty database (from template0); returns its name."""
        name = f"t{os.getpid()}_{next(self._names)}"
        with self.connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def empty_database_url(self) -> str:
        """The URL of a new, empty place for one test: a schema of its own in the session's
        one test database (a few milliseconds; a CREATE DATABASE takes a few hundred under
        load). Hirefile works in the first schema of the search path, as on any server."""
        if self._tests_db is None:
            self._tests_db = self.create_database()
        schema = f"s{next(self._names)}"
        with self.connect(self._tests_db) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        return self.url(self._tests_db, schema)

    def drop_schema_of(self, url: str) -> None:
        schema = url.rsplit("search_path%3D", 1)[1]
        with self.connect(str(self._tests_db)) as conn:
            # whoever still holds it open (a test that failed half way) is let go first
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                         "AND application_name = 'Hirefile' AND state = 'idle in transaction'")
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
