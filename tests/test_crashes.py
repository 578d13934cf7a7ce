"""The power goes out (`kill -9`) at random moments of a merge, an erasure, a retention run
(everyone due erased at once) and a backup: the file stays sound, and an action that finished
stays done — an unfinished one left no trace.

Each run copies a prepared file, starts the real action in its own process (the CLI, as a
founder would), kills it after a random delay spread over the action's own duration (measured
first, less Python's own start), then opens the file as the app does (a stale lock and a hot
journal are the normal aftermath) and checks it. The suite kills each action `KILLS` times
(12); set HIREFILE_KILLS=100 for the full count.
"""

from __future__ import annotations

import getpass
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from hirefile.services import candidates as candidate_service
from hirefile.services.backups import backups_dir, list_backups
from hirefile.services.edits import set_candidate_fields
from hirefile.settings import Identity
from hirefile.storage import check
from hirefile.storage.database import Database

KILLS = int(os.environ.get("HIREFILE_KILLS", "12"))
#: The killed processes keep their compiled modules here, outside the sources, and reuse them
#: (even where PYTHONDONTWRITEBYTECODE is set): a run costs its action, not compiling Hirefile.
BYTECODE = Path(tempfile.gettempdir()) / f"hirefile-test-bytecode-{getpass.getuser()}"
DANIEL = Identity("7a1c0d7e-0000-4000-8000-00000000da01", "Daniel Okoye", "daniel@example.ng")
MARK = "Kill-test note: asked about the on-call rota"


def run(args: list[str], *, kill_after: float | None) -> tuple[int | None, float]:
    """Run a Hirefile process; kill it (SIGKILL) after `kill_after` seconds unless it ended.
    (its exit code, or None when killed; how long it ran)."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(BYTECODE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env)
    try:
        proc.wait(timeout=kill_after if kill_after is not None else 120)
        return proc.returncode, time.monotonic() - started
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None, time.monotonic() - started


def cli(*words: str) -> list[str]:
    return ["-m", "hirefile", "--as", "Lena Hoffmann", *words]


def opened_sound(path: Path, identity: Identity) -> Database:
    """Open the file as the app would after a crash (stale lock, hot journal) and check it."""
    db = Database.open(path, identity)
    report = check.check_file(path)
    assert report.ok, report.problems
    return db


def note_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM note WHERE body = ?", (MARK,)).fetchone()[0]


def kill_many(action: list[str], prepare: Callable[[Path], None], verify: Callable[[Path, bool],
              None], base: Path, folder: Path) -> tuple[int, int]:
    """Kill `action` (run on a fresh copy of `base`) KILLS times; (killed, finished)."""
    rng = random.Random(20261206)
    warm = folder / "warm" / base.name  # once, unmeasured: the action's modules compiled
    warm.parent.mkdir()
    shutil.copy(base, warm)
    prepare(warm)
    run([a.replace("{FILE}", str(warm)) for a in action], kill_after=None)
    shutil.rmtree(warm.parent)
    trial = folder / "trial" / base.name
    trial.parent.mkdir()
    shutil.copy(base, trial)
    prepare(trial)
    code, took = run([a.replace("{FILE}", str(trial)) for a in action], kill_after=None)
    assert code == 0, "the action itself must work"
    verify(trial, True)  # and, left alone, does all it should
    # most of a short run is Python starting: kill within the action, and a little after
    _, startup = run(cli("--version"), kill_after=None)
    low = min(startup * 0.9, took * 0.5)
    killed = finished = 0
    for n in range(KILLS):
        target = folder / f"run{n}" / base.name
        target.parent.mkdir()
        shutil.copy(base, target)
        prepare(target)
        code, _ = run([a.replace("{FILE}", str(target)) for a in action],
                      kill_after=rng.uniform(low, took * 1.05))
        done = code == 0
        finished += done
        killed += code is None
        verify(target, done)
        shutil.rmtree(target.parent)
    return killed, finished


@pytest.fixture
def base(demo_template: Path, tmp_path: Path, identity: Identity) -> Path:
    path = tmp_path / "base" / "Hiring.hirefile"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    Database.open(path, identity).close()  # brought to this format, a replica claimed
    return path


def test_a_merge_killed_at_any_moment_leaves_all_or_nothing(
        base: Path, tmp_path: Path, identity: Identity) -> None:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    with Database.open(base, identity) as db:
        db.save_copy(theirs)
    with sqlite3.connect(theirs) as conn:
        (cid,) = conn.execute("SELECT id FROM candidate WHERE deleted_at IS NULL "
                              "ORDER BY id LIMIT 1").fetchone()
    with Database.open(theirs, DANIEL) as db, db.session() as s:
        candidate_service.add_note(s, cid, MARK)
        set_candidate_fields(s, cid, ["location=Kraków, Poland"])

    def verify(path: Path, done: bool) -> None:
        db = opened_sound(path, identity)
        db.close()
        merged = note_count(path)
        assert merged in (0, 1)  # one transaction: all of it or none
        if done:
            assert merged == 1

    killed, finished = kill_many(cli("merge", "{FILE}", str(theirs)), lambda _p: None,
                                 verify, base, tmp_path)
    print(f"merge: {killed} killed, {finished} finished, of {KILLS}")
    assert killed >= KILLS // 3  # the kills really landed inside the merge


def test_an_erasure_killed_at_any_moment_is_done_or_not_begun(
        base: Path, tmp_path: Path, identity: Identity) -> None:
    with sqlite3.connect(base) as conn:
        cid, email = conn.execute(
            "SELECT id, email FROM candidate WHERE email IS NOT NULL AND deleted_at IS NULL "
            "ORDER BY id LIMIT 1").fetchone()

    def verify(path: Path, done: bool) -> None:
        db = opened_sound(path, identity)
        db.close()
        with sqlite3.connect(path) as conn:
            erased, kept = conn.execute("SELECT anonymised_at IS NOT NULL, email FROM candidate "
                                        "WHERE id = ?", (cid,)).fetchone()
        if erased:
            assert kept is None or kept == ""
        if done:
            assert erased
            assert email.encode() not in path.read_bytes()

    killed, finished = kill_many(cli("erase", "{FILE}", "--candidate", cid, "--yes"),
                                 lambda _p: None, verify, base, tmp_path)
    print(f"erase: {killed} killed, {finished} finished, of {KILLS}")
    assert killed >= KILLS // 3


def test_a_retention_run_killed_at_any_moment_erased_everyone_due_or_no_one(
        base: Path, tmp_path: Path, identity: Identity) -> None:
    from hirefile.services import retention

    with Database.open(base, identity) as db:
        with db.session() as s:
            retention.set_rule(s, 1, False)
        with db.reader() as s:
            due = {d.candidate_id for d in retention.due_for_erasure(s)}
    assert len(due) >= 10, "the demo file has people due under a one-month rule"
    marks = ",".join("?" * len(due))
    with sqlite3.connect(base) as conn:
        emails = [e for (e,) in conn.execute(
            f"SELECT email FROM candidate WHERE id IN ({marks}) AND email IS NOT NULL",
            sorted(due))]

    def verify(path: Path, done: bool) -> None:
        db = opened_sound(path, identity)
        db.close()
        with sqlite3.connect(path) as conn:
            erased = conn.execute(f"SELECT count(*) FROM candidate WHERE id IN ({marks}) "
                                  "AND anonymised_at IS NOT NULL", sorted(due)).fetchone()[0]
        assert erased in (0, len(due))  # one transaction: everyone due, or no one
        if done:
            assert erased == len(due)
            data = path.read_bytes()
            assert not [e for e in emails if e.encode() in data]

    killed, finished = kill_many(cli("retention", "{FILE}", "--erase-due", "--yes"),
                                 lambda _p: None, verify, base, tmp_path)
    print(f"retention: {killed} killed, {finished} finished, of {KILLS} ({len(due)} due)")
    assert killed >= KILLS // 3


def test_a_backup_killed_at_any_moment_leaves_the_file_and_every_listed_backup_sound(
        base: Path, tmp_path: Path, identity: Identity) -> None:
    script = ("import sys; from hirefile.settings import Identity; "
              "from hirefile.storage.database import Database; "
              "from hirefile.services.backups import make_backup; "
              "db = Database.open(sys.argv[1], Identity(*sys.argv[2:4])); "
              "make_backup(db, 'timer'); db.close()")
    with sqlite3.connect(base) as conn:
        uuid = conn.execute("SELECT value FROM meta WHERE key = 'file_uuid'").fetchone()[0]
    before = base.read_bytes()

    def verify(path: Path, done: bool) -> None:
        assert path.read_bytes() == before or check.check_file(path).ok
        listed = list_backups(uuid)
        assert all(b.damaged is None for b in listed), [b.damaged for b in listed]
        if done:
            assert listed
        for leftover in backups_dir(uuid).glob("*"):
            leftover.unlink()  # each run starts without backups

    killed, finished = kill_many(
        ["-c", script, "{FILE}", identity.person_id, identity.name], lambda _p: None, verify,
        base, tmp_path)
    print(f"backup: {killed} killed, {finished} finished, of {KILLS}")
    assert killed >= KILLS // 3
