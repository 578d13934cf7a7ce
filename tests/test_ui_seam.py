"""One seam to the file: screens reach it through services (`services/workspace.py`), never
through the storage layer or SQLAlchemy (ARCHITECTURE, "One seam to the file")."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

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
#: model), noting which Hirefile module asked for each SQLAlchemy module that was loaded (the
#: innermost Hirefile frame importing it).
_WHO_ASKS = r"""
import importlib.abc, json, sys

asked = {}

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "sqlalchemy" or name.startswith("sqlalchemy."):
            frame = sys._getframe(1)
            while frame is not None:
                who = frame.f_globals.get("__name__", "")
                if who.startswith("hirefile."):
                    asked.setdefault(name, who)
                    break
                frame = frame.f_back
        return None

sys.meta_path.insert(0, Watch())
import importlib, pkgutil
import hirefile.ui
names = [m.name for m in pkgutil.walk_packages(hirefile.ui.__path__, "hirefile.ui.")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"modules": len(names), "asked": asked}))
"""


def test_sqlalchemy_reaches_screens_only_through_services() -> None:
    """Importing the screens loads SQLAlchemy only where a service or the storage layer they
    use does: no module of ui/ asks for it (imports run, so dynamic ones count too)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _WHO_ASKS], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["modules"] > 100
    asked = seen["asked"]
    assert "sqlalchemy" in asked  # the services the screens use load it (else: seen nothing)
    assert all(who.startswith(("hirefile.services.", "hirefile.storage.", "hirefile.documents."))
               for who in asked.values()), asked
