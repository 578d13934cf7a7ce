"""Damaged, interrupted and foreign files: one clear line and exit 1, never a write, never 70.

The fuzz test flips bytes in copies of a small demo file — in the header, the schema page, table
pages and index pages — and runs every command on each copy in-process. Readers answer or say
the file is damaged; writers refuse whatever `hirefile check` flags and leave it byte-identical.
"""

from __future__ import annotations

import collections
import errno
import hashlib
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hirefile.cli import main
from hirefile.errors import StorageFailure
from hirefile.services.demo import demo_anchor, load_demo
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage import check, fileformat, lock
from hirefile.storage.check import check_file
from hirefile.storage.database import Database, stored_value_error
from hirefile.storage.lock import FileLock, lock_path_for

ADA = Identity(str(uuid.uuid4()), "Ada Obi")
COPIES = 60
DAMAGED_LINE = "is damaged ("


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def beside(path: Path) -> list[str]:
    """The files in `path`'s folder but the test's own data and config folders."""
    return sorted(p.name for p in path.parent.iterdir() if p.name not in ("data", "config"))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo file: 30 candidates with pipelines, interviews, scorecards and offers."""
    path = tmp_path_factory.mktemp("small") / "Small.hirefile"
    db = create_file(path, Identity(str(uuid.uuid4()), "Demo Builder"))
    try:
        load_demo(db, candidates=30, seed=16, today=date(2026, 3, 18))
    finally:
        db.close()
    return path


@pytest.fixture
def copy(small: Path, tmp_path: Path) -> Path:
    target = tmp_path / "Hiring.hirefile"
    shutil.copyfile(small, target)
    return target


def someone(path: Path) -> tuple[str, str]:
    """(e-mail, role title) of a candidate with one application, in a stage before Rejected."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT c.email, r.title FROM candidate c JOIN application a ON a.candidate_id = c.id "
            "JOIN role r ON r.id = a.role_id JOIN role_stage s ON s.id = a.stage_id "
            "WHERE c.email IS NOT NULL AND s.name NOT IN ('Rejected', 'Withdrew', 'Hired') "
            "AND c.id NOT IN (SELECT candidate_id FROM application GROUP BY candidate_id "
            "HAVING count(*) > 1) ORDER BY c.email LIMIT 1").fetchone()
    finally:
        conn.close()


# the fuzz test ---------------------------------------------------------------------------------

def damage(data: bytes, rng: random.Random, region: str) -> bytes:
    """`data` with 1 to 12 bytes overwritten at random offsets in one region of the file."""
    size = int.from_bytes(data[16:18], "big")
    pages: dict[str, list[int]] = collections.defaultdict(list)
    for page in range(1, len(data) // size):
        kind = {0x02: "index", 0x0A: "index", 0x05: "table", 0x0D: "table"}.get(data[page * size])
        if kind:
            pages[kind].append(page)
    out = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        if region == "header":
            offset = rng.randrange(16, 100)
        elif region == "schema":
            offset = rng.randrange(100, size)
        elif region in pages:
            offset = rng.choice(pages[region]) * size + rng.randrange(size)
        else:
            offset = rng.randrange(len(out))
        out[offset] = rng.randrange(256)
    return bytes(out)


def test_damaged_files_get_one_line_and_are_never_written(small: Path, tmp_path: Path,
                                                          capsys) -> None:
    email, title = someone(small)
    csv = tmp_path / "people.csv"
    csv.write_text("name,email\nZed Fuzz,zed.fuzz@example.com\n", encoding="utf-8")
    data = small.read_bytes()
    rng = random.Random(16)
    regions = ("header", "schema", "table", "index", "anywhere")
    codes: collections.Counter[int] = collections.Counter()
    flagged = 0
    for n in range(COPIES):
        folder = tmp_path / f"copy{n:02d}"
        folder.mkdir()
        f = folder / "Hiring.hirefile"
        f.write_bytes(damage(data, rng, regions[n % len(regions)]))
        code, _, err = run(capsys, "check", f)
        assert code in (0, 1), err
        codes[code] += 1
        damaged = code == 1
        flagged += damaged
        commands = {
            "info": ["info", f],
            "list": ["list", f, ("roles", "candidates", "applications", "offers")[n % 4]],
            "export-csv": ["export-csv", f, folder / "out.csv"],
            "export": ["export", "packet", f, "--candidate", email, "--role", title,
                       "-o", folder / "packet.pdf"],
            "import-csv": ["import-csv", f, csv],
            "move": ["move", f, "--candidate", email, "--role", title, "--stage", "Rejected",
                     "--reason", "not a fit"],
            "demo": ["demo", f, "--candidates", "2"],
        }
        for name, args in commands.items():
            before = digest(f)
            code, _, err = run(capsys, *args)
            codes[code] += 1
            where = f"copy {n} ({regions[n % len(regions)]}), {name}: {err}"
            assert code in (0, 1), where
            if code == 1:
                assert len(err.strip().splitlines()) == 1 and err.startswith("hirefile: "), where
            if name in ("import-csv", "move", "demo"):
                if damaged:
                    assert code == 1, where
                    assert digest(f) == before, where
                    assert "unexpected error" not in err, where
                elif code == 0:
                    assert check_file(f).ok, where
            else:
                assert digest(f) == before, where
        assert sorted(p.name for p in folder.iterdir() if p.suffix not in (".csv", ".pdf")) \
            == ["Hiring.hirefile"]
    print(f"\n{COPIES} damaged copies ({flagged} flagged by check), {sum(codes.values())} "
          f"commands (check included): exit codes {dict(sorted(codes.items()))}")
    assert codes[70] == 0
    assert flagged >= COPIES // 3  # the damage is real, not only in unused bytes


# decoding stored values ------------------------------------------------------------------------

BAD_VALUES = {
    "time": "UPDATE application SET stage_entered_at = '2026-13-45 99:00'",
    "choice": "UPDATE role SET status = 'on-fire'",
    "json": "UPDATE role SET must_haves = '{not json'",
    "utf8": "UPDATE candidate SET full_name = CAST(x'4afc7267656e' AS TEXT)",
}


@pytest.mark.parametrize("kind", sorted(BAD_VALUES))
def test_values_the_app_cannot_read_are_damage_not_a_bug(copy: Path, kind: str, capsys) -> None:
    sql = BAD_VALUES[kind]
    conn = sqlite3.connect(copy)
    conn.execute(sql)
    conn.commit()
    conn.close()
    before = digest(copy)
    results = {cmd: run(capsys, *args) for cmd, args in {
        "list roles": ["list", copy, "roles"],
        "list applications": ["list", copy, "applications"],
        "list candidates": ["list", copy, "candidates"],
        "export-csv": ["export-csv", copy, copy.with_suffix(".csv")],
        "move": ["move", copy, "--candidate", "nobody@example.com", "--role", "x",
                 "--stage", "Offer"],
    }.items()}
    for cmd, (code, _, err) in results.items():
        assert code in (0, 1), f"{cmd}: {err}"
        if code == 1 and not (kind == "utf8" and cmd == "move"):
            assert DAMAGED_LINE in err, f"{cmd}: {err}"
    assert any(DAMAGED_LINE in err for _, _, err in results.values())
    assert digest(copy) == before
    if kind != "utf8":  # bad text in a name is read back replaced; every other kind is named
        report = check_file(copy)
        assert not report.ok and any("unreadable values" in p for p in report.problems)


def test_role_status_of_another_vocabulary_is_named_by_check(copy: Path) -> None:
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE role SET status = 'on-fire'")
    conn.commit()
    conn.close()
    problems = check_file(copy).problems
    assert any("role.status" in p for p in problems), problems


def test_a_bug_on_a_sound_file_stays_a_bug(copy: Path, capsys, monkeypatch) -> None:
    from hirefile.services import list_read

    def broken(*_a: object, **_k: object) -> None:
        raise ValueError("a bug in our own code")

    monkeypatch.setattr(list_read, "role_rows", broken)
    code, _, err = run(capsys, "list", copy, "roles")
    assert code == 70 and "unexpected error" in err


def test_only_errors_from_decoding_count_as_damage() -> None:
    try:
        int("not a number")
    except ValueError as exc:
        assert not stored_value_error(exc)
    try:
        {}["key"]
    except KeyError as exc:
        assert not stored_value_error(exc)


def test_import_into_a_damaged_file_is_refused_and_leaves_it_byte_identical(
        copy: Path, tmp_path: Path, capsys) -> None:
    data = bytearray(copy.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    index_pages = [p for p in range(1, len(data) // size) if data[p * size] == 0x0A]
    page = index_pages[len(index_pages) // 2]
    data[page * size + size - 200: page * size + size - 100] = bytes(range(100))
    copy.write_bytes(bytes(data))
    assert not check_file(copy).ok
    before = digest(copy)
    csv = tmp_path / "in.csv"
    csv.write_text("name,email\nNia Obi,nia@example.com\n", encoding="utf-8")
    code, out, err = run(capsys, "import-csv", copy, csv)
    assert code == 1 and out == ""
    assert err.startswith(f"hirefile: {copy} is damaged (")
    assert f"run `hirefile check {copy}`, and restore a backup or a cofounder's copy" in err
    assert len(err.strip().splitlines()) == 1
    assert digest(copy) == before
    assert beside(copy) == sorted([copy.name, "in.csv"])


def test_a_big_sound_file_is_checked_once_per_outside_change(copy: Path, monkeypatch) -> None:
    monkeypatch.setattr(check, "REMEMBER_FROM_BYTES", 0)
    runs = []
    real = check._report
    monkeypatch.setattr(check, "_report", lambda p, **kw: runs.append(p) or real(p, **kw))
    Database.open(copy, ADA).close()
    assert len(runs) == 1
    Database.open(copy, ADA).close()  # as Hirefile left it: not checked again
    assert len(runs) == 1
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE candidate SET notes = 'changed by another program'")
    conn.commit()
    conn.close()
    Database.open(copy, ADA).close()
    assert len(runs) == 2


# interrupted writes ----------------------------------------------------------------------------

def interrupt_a_write(path: Path) -> None:
    """A real hot journal: a child process changes every name and is killed before commit."""
    child = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import os, signal, sqlite3, sys
        c = sqlite3.connect(sys.argv[1], isolation_level=None)
        c.execute("PRAGMA journal_mode = DELETE")
        c.execute("PRAGMA cache_size = 2")  # spill changed pages into the file itself
        c.execute("BEGIN")
        c.execute("UPDATE candidate SET full_name = 'HALF ' || full_name")
        os.kill(os.getpid(), signal.SIGKILL)
    """), str(path)], check=False)
    assert child.returncode == -signal.SIGKILL
    assert fileformat.hot_journal(path)


def half_written_names(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT count(*) FROM candidate WHERE full_name LIKE 'HALF %'").fetchone()[0]
    finally:
        conn.close()


READERS = {
    "info": lambda f: ["info", f],
    "list": lambda f: ["list", f, "candidates"],
    "check": lambda f: ["check", f],
    "export-csv": lambda f: ["export-csv", f, f.with_suffix(".csv")],
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_reader_finishes_an_interrupted_write_when_nobody_writes(copy: Path, reader: str,
                                                                   capsys) -> None:
    interrupt_a_write(copy)
    code, _, err = run(capsys, *READERS[reader](copy))
    assert code == 0, err
    assert not fileformat.hot_journal(copy)
    assert not copy.with_name(copy.name + "-journal").exists()
    assert half_written_names(copy) == 0  # rolled back: the file as before the write
    assert check_file(copy).ok


@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_reader_says_the_file_was_interrupted_while_it_is_locked(copy: Path, reader: str,
                                                                   capsys) -> None:
    interrupt_a_write(copy)
    journal = copy.with_name(copy.name + "-journal")
    before = digest(copy), digest(journal)
    held = FileLock.acquire(copy, "Lena Fischer")
    try:
        code, _, err = run(capsys, *READERS[reader](copy))
    finally:
        held.release()
    assert code == 1
    assert err == (f"hirefile: {copy} was interrupted while being written; opening it in "
                   "Hirefile finishes the recovery\n")
    assert (digest(copy), digest(journal)) == before


def test_opening_an_interrupted_file_for_writing_recovers_it(copy: Path, capsys) -> None:
    interrupt_a_write(copy)
    email, title = someone(copy)
    code, _, err = run(capsys, "move", copy, "--candidate", email, "--role", title,
                       "--stage", "Rejected", "--reason", "not a fit")
    assert code == 0, err
    assert half_written_names(copy) == 0 and check_file(copy).ok


# foreign formats -------------------------------------------------------------------------------

def no_format(path: Path, app_id: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", ["info", "check", "list", "move", "import-csv", "demo"])
def test_a_file_without_a_format_gets_a_clear_answer_and_no_new_files(
        tmp_path: Path, command: str, capsys) -> None:
    f = tmp_path / "Odd.hirefile"
    no_format(f, fileformat.APPLICATION_ID)
    (tmp_path / "in.csv").write_text("name\nAda\n", encoding="utf-8")
    args = {"info": ["info", f], "check": ["check", f], "list": ["list", f, "roles"],
            "move": ["move", f, "--candidate", "a", "--role", "b", "--stage", "c"],
            "import-csv": ["import-csv", f, tmp_path / "in.csv"],
            "demo": ["demo", f, "--candidates", "3"]}[command]
    before = digest(f)
    for _ in range(2):  # each try used to leave another backup copy
        code, _, err = run(capsys, *args)
        assert code == 1
        assert err == (f"hirefile: {f} has no file format (user_version 0); it was not made by "
                       "Hirefile or its creation was interrupted\n")
    assert digest(f) == before
    assert beside(f) == ["Odd.hirefile", "in.csv"]


def test_a_bare_sqlite_file_is_named_and_left_alone(tmp_path: Path, capsys) -> None:
    f = tmp_path / "bare.hirefile"
    no_format(f, 0)
    before = digest(f)
    code, _, err = run(capsys, "import-csv", f, tmp_path / "missing.csv")
    code, _, err = run(capsys, "move", f, "--candidate", "a", "--role", "b", "--stage", "c")
    assert code == 1 and "is an SQLite database but not a Hirefile file" in err
    assert "another program made it" in err and "0x" not in err  # words, not header bytes
    assert digest(f) == before and beside(f) == ["bare.hirefile"]


def to_wal(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    conn.close()
    assert fileformat.wal_mode(path) and beside(path) == [path.name]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_readers_of_a_wal_file_leave_no_side_files(copy: Path, reader: str, capsys) -> None:
    to_wal(copy)
    before = digest(copy)
    code, out, err = run(capsys, *READERS[reader](copy))
    if reader == "check":
        assert code == 1 and "journal mode is wal" in out
    else:
        assert code == 0, err
    assert digest(copy) == before
    assert [n for n in beside(copy) if n != "Hiring.csv"] == ["Hiring.hirefile"]


def test_a_wal_file_with_pending_changes_is_named_to_readers(copy: Path, capsys) -> None:
    to_wal(copy)
    other = sqlite3.connect(copy)  # another program, still open: its log holds a change
    other.execute("UPDATE candidate SET notes = 'from another program'")
    other.commit()
    try:
        code, _, err = run(capsys, "info", copy)
        assert code == 1
        assert "is in WAL mode (set by another program)" in err
        assert "open it in Hirefile to convert it" in err
    finally:
        other.close()


def test_a_writer_converts_a_wal_file_and_a_failed_one_leaves_its_mode(copy: Path,
                                                                      capsys) -> None:
    to_wal(copy)
    code, _, err = run(capsys, "move", copy, "--candidate", "nobody@example.com", "--role",
                       "x", "--stage", "Offer")
    assert code == 1 and "hirefile: " in err
    assert fileformat.wal_mode(copy)
    assert beside(copy) == ["Hiring.hirefile"]
    email, title = someone(copy)
    code, _, err = run(capsys, "move", copy, "--candidate", email, "--role", title,
                       "--stage", "Rejected", "--reason", "not a fit")
    assert code == 0, err
    assert not fileformat.wal_mode(copy)
    assert beside(copy) == ["Hiring.hirefile"]
    assert check_file(copy).ok


# the lock note ---------------------------------------------------------------------------------

def test_disk_full_while_writing_the_lock_note(copy: Path, monkeypatch, capsys) -> None:
    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock.os, "write", full)
    before = digest(copy)
    with pytest.raises(StorageFailure) as info:
        Database.open(copy, ADA)
    assert info.value.message == (f"Cannot open {copy} for writing: The disk is full: could "
                                  f"not write {lock_path_for(copy)}")
    assert not lock_path_for(copy).exists()
    email, title = someone(copy)
    code, _, err = run(capsys, "move", copy, "--candidate", email, "--role", title,
                       "--stage", "Rejected", "--reason", "x")
    assert code == 1 and err.count("\n") == 1 and "The disk is full" in err
    assert not lock_path_for(copy).exists()
    assert digest(copy) == before


def test_a_read_only_folder_is_one_line_and_leaves_no_note(copy: Path, capsys,
                                                           monkeypatch) -> None:
    if os.geteuid() == 0:  # root writes anyway: make the note's creation fail as it would
        real_open = os.open

        def refuse(path: str, flags: int, *a: int) -> int:
            if str(path).endswith(".lock") and flags & os.O_CREAT:
                raise OSError(errno.EROFS, os.strerror(errno.EROFS))
            return real_open(path, flags, *a)

        monkeypatch.setattr(lock.os, "open", refuse)
    else:
        copy.parent.chmod(0o555)
    try:
        code, _, err = run(capsys, "import-csv", copy, copy.with_suffix(".csv"))
        email, title = someone(copy)
        code, _, err = run(capsys, "move", copy, "--candidate", email, "--role", title,
                           "--stage", "Rejected", "--reason", "x")
    finally:
        copy.parent.chmod(0o755)
    assert code == 1 and err.count("\n") == 1
    assert "Not allowed to write" in err and "read-only" in err
    assert not lock_path_for(copy).exists()


def test_info_names_a_writer_only_while_it_runs(copy: Path, capsys) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time, uuid
        from hirefile.settings import Identity
        from hirefile.storage.database import Database
        db = Database.open({str(copy)!r}, Identity(str(uuid.uuid4()), "Lena Fischer"))
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).parents[1] / "src"), os.environ.get("PYTHONPATH", "")])})
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        _, out, _ = run(capsys, "info", copy)
        assert f"in use by:      Lena Fischer on {socket.gethostname()}\n" in out
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert lock_path_for(copy).exists()  # the killed writer's note stays behind
    code, out, _ = run(capsys, "info", copy)
    assert code == 0
    assert (f"in use by:      nobody (last used by Lena Fischer on {socket.gethostname()}, "
            "not running)\n") in out


# stamps ------------------------------------------------------------------------------------------

def test_demo_times_hang_off_the_latest_nine_oclock_that_has_passed() -> None:
    day = date(2026, 3, 18)
    assert demo_anchor(day, datetime(2026, 3, 18, 10, 0, tzinfo=UTC)) == \
        datetime(2026, 3, 18, 9, 0, tzinfo=UTC)
    assert demo_anchor(day, datetime(2026, 3, 18, 7, 0, tzinfo=UTC)) == \
        datetime(2026, 3, 17, 9, 0, tzinfo=UTC)
    # a local date ahead of UTC's (Auckland in the morning)
    assert demo_anchor(day, datetime(2026, 3, 17, 20, 0, tzinfo=UTC)) == \
        datetime(2026, 3, 17, 9, 0, tzinfo=UTC)


def test_a_demo_file_is_never_stamped_in_the_future_and_stays_sound_after_a_move(
        tmp_path: Path, capsys) -> None:
    f = tmp_path / "Demo.hirefile"
    code, _, err = run(capsys, "demo", f, "--candidates", "40")
    assert code == 0, err
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn = sqlite3.connect(f)
    tables = [t for t in check.LIVE_TABLES
              if conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]]
    latest = max(conn.execute(f'SELECT max(max(created_at), max(updated_at)) FROM "{t}"')
                 .fetchone()[0] for t in tables)
    conn.close()
    assert latest <= now
    email, title = someone(f)
    code, _, err = run(capsys, "move", f, "--candidate", email, "--role", title,
                       "--stage", "Rejected", "--reason", "not a fit")
    assert code == 0, err
    code, out, _ = run(capsys, "check", f)
    assert code == 0, out


@pytest.mark.parametrize(("hours", "sound"), [(5, True), (47, True), (49, False)])
def test_check_tolerates_clocks_a_few_hours_apart(copy: Path, hours: int, sound: bool) -> None:
    """A cofounder's clock running behind: the change seems older than the row itself."""
    conn = sqlite3.connect(copy)
    made = datetime(2026, 3, 10, 12, 0)
    conn.execute("UPDATE candidate SET created_at = ?, updated_at = ? WHERE rowid = "
                 "(SELECT min(rowid) FROM candidate)",
                 (made.isoformat(" "), (made - timedelta(hours=hours)).isoformat(" ")))
    conn.commit()
    conn.close()
    report = check_file(copy)
    assert report.ok is sound, report.problems


def test_a_heartbeat_on_a_full_disk_keeps_the_note(copy: Path, monkeypatch) -> None:
    with Database.open(copy, ADA) as db:
        note = lock_path_for(copy).read_text(encoding="utf-8")

        def full(_fd: int, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(lock.os, "write", full)
        assert db.lock is not None
        db.lock.heartbeat()
        assert lock_path_for(copy).read_text(encoding="utf-8") == note
        monkeypatch.undo()


def test_a_wrong_column_name_is_a_bug_not_damage(copy: Path) -> None:
    from sqlalchemy import text

    with Database.open(copy, ADA, write=False) as db, pytest.raises(KeyError), db.reader() as s:
        s.execute(text("SELECT 1 AS one")).one()._mapping["two"]
