"""Shared fixtures: every test gets its own data and config folders, and Qt runs headless.

`QT_QPA_PLATFORM` must be set before a QApplication exists, so it is set here at import time,
before pytest-qt's `qapp` fixture or any test module creates one.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import random
import shutil
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pg_server import PgImpossible, PgMissing, PgServer

from hirefile.services.files import create_file
from hirefile.settings import Identity, Settings
from hirefile.storage.database import Database

DEMO_CANDIDATES = 300


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and the default file go to this test's folder, never the real home."""
    monkeypatch.setenv("HIREFILE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HIREFILE_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def qt_windows_freed() -> Iterator[None]:
    """After a test that used Qt, the windows and dialogs it made are destroyed.

    A window whose signals are connected to lambdas or bound methods of itself is a cycle that
    runs through Qt's connection lists, where Python's collector cannot see it: closed, it
    stays in memory with every widget and timer it holds, and each later test runs slower among
    thousands of live widgets. pytest-qt closes the windows a test registered (before fixtures
    tear down); this deletes what is left of every top-level widget Python made."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    for window in app.topLevelWidgets():
        if shiboken6.isValid(window) and shiboken6.createdByPython(window):
            shiboken6.delete(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    busy = 0  # a wait cursor left set stays over the whole app
    while app.overrideCursor() is not None:
        app.restoreOverrideCursor()
        busy += 1
    assert not busy, f"the test left {busy} busy cursor(s) set (setOverrideCursor)"
    if app.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        # a key click with Ctrl or Shift leaves Qt believing it is still held: the next test's
        # clicks would extend selections. Release them, as the person's hand would.
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QWidget

        hand = QWidget()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(hand, key)
        shiboken6.delete(hand)
        assert app.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture
def identity() -> Identity:
    """The person at the keyboard, set on this (test) machine as on a first run."""
    return Settings().set_identity("Amara Okafor", "amara@example.com")


@pytest.fixture
def new_db(tmp_path: Path, identity: Identity) -> Iterator[Database]:
    """A new, empty file, open for writing."""
    db = create_file(tmp_path / "Hiring.hirefile", identity)
    yield db
    db.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL cluster for the whole test session (tests/pg_server.py),
    started by the first test that needs it. Where PostgreSQL cannot run the test skips with
    the reason — unless HIREFILE_PG_REQUIRED=1 (set by `packaging/setup.sh test` wherever it
    installed PostgreSQL), where it fails."""
    try:
        server = PgServer.start()
    except PgMissing as exc:
        if os.environ.get("HIREFILE_PG_REQUIRED") == "1" and not isinstance(exc, PgImpossible):
            pytest.fail(f"PostgreSQL is required here but could not start: {exc}")
        pytest.skip(f"no PostgreSQL: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty place on PostgreSQL for this test: a schema of its own
    (the URL names it), dropped afterwards."""
    url = pg_server.empty_database_url()
    yield url
    pg_server.drop_schema_of(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Runs a test on both backends: a `.hirefile` file and a database on a server."""
    return str(request.param)


@pytest.fixture
def db_location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where a new Hirefile goes on this test's backend: a file path or a server URL (an empty
    database on the session's throwaway PostgreSQL)."""
    if backend == "sqlite":
        return tmp_path / "Hiring.hirefile"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file, built once per test run (each test gets its own copy)."""
    path = tmp_path_factory.mktemp("demo-template") / "Demo.hirefile"
    db = create_file(path, Identity(str(uuid.uuid4()), "Demo Builder"))
    try:
        fill_demo(db, DEMO_CANDIDATES)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, identity: Identity, demo_template: Path) -> Iterator[Database]:
    """A file with the demo data (roles, 300 candidates, their pipelines), open for writing."""
    path = tmp_path / demo_template.name
    shutil.copyfile(demo_template, path)
    db = Database.open(path, identity)
    yield db
    db.close()


@pytest.fixture
def add_candidates() -> Callable[..., None]:
    """`add_people`, for tests that build a file of a given size."""
    return add_people


def fill_demo(db: Database, candidates: int) -> None:
    """The demo loader when it exists; a small stand-in otherwise (roles, people, pipeline)."""
    try:
        from hirefile.services.demo import load_demo
    except ImportError:
        add_people(db, candidates, with_roles=True)
    else:
        load_demo(db, candidates=candidates, seed=1)


FIRST = ("Ada", "Bola", "Chen", "Dara", "Émile", "Farah", "Goran", "Hana", "Ivo", "Jun",
         "Kofi", "Lena", "Marta", "Nika", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás")
LAST = ("Okafor", "Lindqvist", "Nakamura", "Petrov", "Haddad", "Silva", "Kowalski", "Osei",
        "Moreau", "Iyer", "Novak", "Brennan", "Castillo", "Adeyemi", "Varga")


def add_people(db: Database, count: int, *, with_roles: bool) -> None:
    """`count` candidates (bulk insert), and with roles: two roles and applications."""
    from sqlalchemy import insert

    from hirefile.domain.names import sort_name
    from hirefile.domain.templates import TEMPLATES
    from hirefile.domain.vocab import RoleStatus
    from hirefile.services.roles import add_role_from_template
    from hirefile.storage.models import Application, Candidate
    from hirefile.storage.types import new_id, utcnow

    rng = random.Random(7)
    now = utcnow()
    people = []
    for i in range(count):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i:05d}"
        people.append({"id": new_id(), "full_name": name, "sort_name": sort_name(name),
                       "email": f"person{i:05d}@example.org", "created_by": db.identity.stamp,
                       "updated_by": db.identity.stamp})
    with db.session() as s:
        s.execute(insert(Candidate), people)
        if not with_roles:
            return
        roles = [add_role_from_template(s, TEMPLATES[0], status=RoleStatus.OPEN),
                 add_role_from_template(s, TEMPLATES[0], title="Founding MLOps Engineer",
                                        status=RoleStatus.OPEN)]
        s.flush()
        for i, person in enumerate(people):
            role = roles[i % 2]
            stage = role.stages[i % 7]
            s.add(Application(candidate_id=person["id"], role_id=role.id, stage_id=stage.id,
                              applied_at=now - timedelta(days=30),
                              stage_entered_at=now - timedelta(days=i % 15)))


@pytest.fixture
def open_window(qtbot: Any, qapp: Any, identity: Identity) -> Callable[..., Any]:
    """Shows a main window on a file, as the app does (at `size`), closed with its file at
    teardown. Qt is imported only by the tests that ask for a window."""
    from hirefile.ui import theme
    from hirefile.ui.main_window import MainWindow

    theme.apply(qapp)

    def make(db: Database, size: tuple[int, int] = (1400, 860)) -> MainWindow:
        w = MainWindow(db, Settings(), identity)
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make
