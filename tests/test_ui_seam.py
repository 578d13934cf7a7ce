"""One seam to the file: screens reach it through services (`services/workspace.py`), never
through the storage layer or SQLAlchemy (ARCHITECTURE, "One seam to the file")."""

from __future__ import annotations

import ast
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import activity_log, candidates, company, servers
from hirefile.services.on_disk import Editor, editing_now
from hirefile.services.workspace import database
from hirefile.settings import Identity
from hirefile.storage.database import Database

SRC = Path(__file__).resolve().parents[1] / "src"
UI = SRC / "hirefile" / "ui"
FORBIDDEN = ("sqlalchemy", "hirefile.storage")


def _forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def storage_imports(source: str, path: Path) -> list[str]:
    """"file:line module" for each import of SQLAlchemy or the storage layer in `source`
    (the module at `path`), wherever it stands: module level, a function, `if TYPE_CHECKING:`;
    absolute, relative or aliased."""
    package = list(path.relative_to(SRC).parts[:-1])
    found = []
    for node in ast.walk(ast.parse(source, str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            stem = ".".join(base + ([node.module] if node.module else []))
            names = [stem] + [f"{stem}.{a.name}" for a in node.names]
        bad = next((n for n in names if _forbidden(n)), None)
        if bad is not None:
            found.append((node.lineno, f"{path.relative_to(SRC)}:{node.lineno} {bad}"))
    return [text for _line, text in sorted(found)]


def test_the_check_names_every_form_of_import() -> None:
    probe = UI / "sharing" / "probe.py"
    source = ("import sqlalchemy as sa\n"
              "from ...storage.database import Database\n"
              "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n"
              "def f():\n    from ... import storage\n"
              "from ...services.workspace import Workspace\n"
              "from .. import changes\n"
              "import hirefile.storage_like\n")
    assert storage_imports(source, probe) == [
        "hirefile/ui/sharing/probe.py:1 sqlalchemy",
        "hirefile/ui/sharing/probe.py:2 hirefile.storage.database",
        "hirefile/ui/sharing/probe.py:4 sqlalchemy.orm",
        "hirefile/ui/sharing/probe.py:6 hirefile.storage"]


def test_no_screen_imports_storage_or_sqlalchemy() -> None:
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 100  # the whole of ui/, generated forms included
    found = [hit for path in files
             for hit in storage_imports(path.read_text(encoding="utf-8"), path)]
    assert not found, ("ui/ reaches the file only through services (services/workspace.py: "
                       "Workspace, Unit); move these to a service:\n" + "\n".join(found))


#: Run in a fresh interpreter: import every module of ui/ (each screen, dialog, command and
#: model), noting who asks for SQLAlchemy or the storage layer: every import statement a ui
#: module runs (its module's own name and package, so relative ones count), and for each such
#: module first loaded (`importlib` too) the innermost Hirefile frame asking for it.
_WHO_ASKS = r"""
import builtins, importlib, importlib.abc, importlib.util, json, pkgutil, sys

asked = []

def forbidden(name):
    return name.split(".")[0] == "sqlalchemy" or name.startswith("hirefile.storage")

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if forbidden(name):
            frame = sys._getframe(1)
            while frame is not None:
                who = frame.f_globals.get("__name__", "")
                if who.startswith("hirefile."):
                    asked.append([name, who])
                    break
                frame = frame.f_back
        return None

real_import = builtins.__import__

def watching(name, globals=None, locals=None, fromlist=(), level=0):
    who = (globals or {}).get("__name__", "")
    if who.startswith("hirefile.ui"):
        full = importlib.util.resolve_name("." * level + name, globals.get("__package__")) \
            if level else name
        for target in [full, *(f"{full}.{f}" for f in fromlist or ())]:
            if forbidden(target):
                asked.append([target, who])
    return real_import(name, globals, locals, fromlist, level)

sys.meta_path.insert(0, Watch())
builtins.__import__ = watching
import hirefile.ui
names = [m.name for m in pkgutil.walk_packages(hirefile.ui.__path__, "hirefile.ui.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": len(names), "asked": asked}))
"""


def _who_asks() -> tuple[int, list[tuple[str, str]]]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _WHO_ASKS], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    return seen["modules"], [(name, who) for name, who in seen["asked"]]


def test_sqlalchemy_reaches_screens_only_through_services() -> None:
    """Importing the screens loads SQLAlchemy and the storage layer only where the services
    they use do: no module of ui/ asks for either as it runs (dynamic imports included)."""
    modules, asked = _who_asks()
    assert modules > 100
    by_screens = sorted({f"{who} asks for {name}" for name, who in asked
                         if who.startswith("hirefile.ui")})
    assert not by_screens
    # the watch sees: the services the screens use load SQLAlchemy today
    assert any(name == "sqlalchemy" and who.startswith("hirefile.services.")
               for name, who in asked)


def test_what_screens_ask_services_instead(new_db: Database, identity: Identity) -> None:
    """The reads screens used to run themselves, now services returning plain values."""
    with new_db.reader() as s:
        assert company.default_currency(s) == "USD"  # no profile yet
    with new_db.session() as s:
        company.update_company(s, company.CompanyDraft(name="Fernwood", default_currency="eur"))
        added = candidates.create_candidate(s, CandidateDraft(full_name="Ada Eze"))
    with new_db.reader() as s:
        assert company.default_currency(s) == "EUR"
        stamps = activity_log.stamps(s, "candidate", added.id)
        assert activity_log.stamps(s, "role", added.id) is None
    assert stamps is not None and stamps.created_by == identity.name
    assert editing_now(new_db.path) == Editor(identity.name, socket.gethostname())
    new_db.close()
    assert editing_now(new_db.path) is None
    assert servers.problem("postgresql://lena@db.example.com/hiring") == ""
    assert "names no database" in servers.problem("postgresql://lena@db.example.com")
    assert servers.label("postgresql://lena:pw@db.example.com/hiring") == \
        "hiring on db.example.com"
    with pytest.raises(TypeError):
        database(object())  # type: ignore[arg-type]
