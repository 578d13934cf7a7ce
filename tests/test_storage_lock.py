"""One writer at a time: second writers are told who holds the file; stale notes are cleared."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hirefile.errors import FileInUse
from hirefile.services.files import create_file
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.lock import lock_path_for

ADA = Identity(str(uuid.uuid4()), "Ada Obi")
KENJI = Identity(str(uuid.uuid4()), "Kenji Watanabe")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    db = create_file(tmp_path / "Hiring.hirefile", ADA)
    db.close()
    return db.path


def write_note(path: Path, *, host: str, pid: int, beat: datetime, name: str = "Lena") -> None:
    lock_path_for(path).write_text(json.dumps({
        "name": name, "host": host, "pid": pid, "since": beat.isoformat(),
        "heartbeat": beat.isoformat(),
    }))


def test_second_writer_in_this_process_is_told_who_holds_it(path: Path) -> None:
    with Database.open(path, ADA):
        note = json.loads(lock_path_for(path).read_text())
        assert note["name"] == "Ada Obi" and note["host"] == socket.gethostname()
        with pytest.raises(FileInUse) as info:
            Database.open(path, KENJI)
        msg = info.value.message
        assert f"{path} is in use by Ada Obi on {socket.gethostname()} since " in msg
        # readers are welcome while someone writes
        with Database.open(path, KENJI, write=False) as reader:
            assert reader.meta()["file_uuid"]
    assert not lock_path_for(path).exists()
    Database.open(path, KENJI).close()


def test_second_writer_in_another_process_is_refused(path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, uuid
            from hirefile.settings import Identity
            from hirefile.storage.database import Database
            db = Database.open({str(path)!r}, Identity(str(uuid.uuid4()), "Søren Kierkegaard"))
            print("open", flush=True)
            sys.stdin.readline()
            db.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(FileInUse, match="in use by Søren Kierkegaard on "):
            Database.open(path, ADA)
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    Database.open(path, ADA).close()


def test_note_left_by_a_crashed_process_is_cleared(path: Path) -> None:
    crashed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import os, uuid
            from hirefile.settings import Identity
            from hirefile.storage.database import Database
            Database.open({str(path)!r}, Identity(str(uuid.uuid4()), "Crashed"))
            os._exit(9)
        """)], check=False,
    )
    assert crashed.returncode == 9
    assert "Crashed" in lock_path_for(path).read_text()
    with Database.open(path, ADA):
        assert json.loads(lock_path_for(path).read_text())["name"] == "Ada Obi"


def test_fresh_note_from_another_machine_blocks(path: Path) -> None:
    write_note(path, host="lena-macbook", pid=4242, beat=datetime.now(timezone.utc))
    with pytest.raises(FileInUse, match="in use by Lena on lena-macbook since"):
        Database.open(path, ADA)
    assert json.loads(lock_path_for(path).read_text())["host"] == "lena-macbook"


def test_stale_note_from_another_machine_is_cleared(path: Path) -> None:
    old = datetime.now(timezone.utc) - timedelta(hours=3)
    write_note(path, host="lena-macbook", pid=4242, beat=old)
    with Database.open(path, ADA):
        assert json.loads(lock_path_for(path).read_text())["name"] == "Ada Obi"


def test_heartbeat_refreshes_the_note(path: Path) -> None:
    long_ago = "2000-01-01T00:00:00+00:00"
    with Database.open(path, ADA) as db:
        note = lock_path_for(path)
        stale = json.loads(note.read_text()) | {"heartbeat": long_ago}
        note.write_text(json.dumps(stale))
        db.lock.presence.heartbeat = long_ago
        db.lock.heartbeat()
        beat = datetime.fromisoformat(json.loads(note.read_text())["heartbeat"])
    assert abs(datetime.now(timezone.utc) - beat) < timedelta(minutes=1)


def test_garbage_note_is_treated_as_stale(path: Path) -> None:
    lock_path_for(path).write_text("{not json")
    Database.open(path, ADA).close()
    assert not lock_path_for(path).exists()


def test_taking_the_lock_waits_for_no_disk_flush(path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The note is flushed to the disk by a thread of its own (through its own descriptor):
    opening a file does not wait for it, and a lock released at once is free at once."""
    import os
    import threading

    from hirefile.storage.lock import FileLock

    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append(threading.current_thread().name)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    lock = FileLock.acquire(path, "Ada Obi")
    note = json.loads(lock_path_for(path).read_text())
    assert (note["name"], note["host"], note["pid"]) == ("Ada Obi", socket.gethostname(),
                                                         os.getpid())
    for thread in threading.enumerate():
        if thread.name == "lock note":
            thread.join(5)
    assert flushed == ["lock note"]  # flushed, off the caller's thread
    lock.release()
    FileLock.acquire(path, "Kenji Watanabe").release()  # free at once, flushed or not
