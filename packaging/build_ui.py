"""Compile the Qt Designer forms (`forms/*.ui`) into `src/hirefile/ui/generated/ui_*.py`.

    .venv/bin/python packaging/build_ui.py           # write the generated modules
    .venv/bin/python packaging/build_ui.py --check   # exit 1 when one is missing or stale

Why compiled code, committed: Qt for Python advises against `loadUiType` at run time, and
committed modules mean running Hirefile needs no `uic` step, while `--check` (and
`tests/test_ui_forms.py`) fail when a form changed and its module was not rebuilt. `pyside6-uic`
runs with `--no-autoconnection`: controllers connect their signals themselves, in one place.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "src" / "hirefile" / "ui" / "generated"
INIT_TEXT = '"""Modules compiled from forms/*.ui by packaging/build_ui.py. Do not edit."""\n'
#: Forms on the app's way to its first frame: their modules import only the Qt classes they use
#: (uic imports twenty more; PySide makes each class, and its enums, when it is imported).
START_UP_FORMS = frozenset({"main_window"})
WRAP = ",\n    "


def uic_command() -> str:
    """`pyside6-uic` next to this Python (the venv's), else the one on PATH."""
    here = Path(sys.executable).parent / "pyside6-uic"
    if here.exists():
        return str(here)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("build_ui: pyside6-uic not found; install PySide6-Essentials")
    return found


def target_for(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python source `pyside6-uic` makes of one form."""
    done = subprocess.run(
        [uic_command(), "--no-autoconnection", form.name],
        cwd=form.parent, capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"build_ui: pyside6-uic failed on {form.name}:\n{done.stderr}")
    return used_imports_only(done.stdout) if form.stem in START_UP_FORMS else done.stdout


def used_imports_only(source: str) -> str:
    """`source` with its `from PySide6.X import (…)` lists cut to the names its code uses."""
    imports = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)
    code = imports.sub("", source)
    used = set(re.findall(r"\b\w+\b", code))

    def cut(match: re.Match[str]) -> str:
        names = [n.strip() for n in match[2].split(",") if n.strip() in used]
        lines = [", ".join(names[i:i + 4]) for i in range(0, len(names), 4)]  # as uic wraps
        return f"from {match[1]} import ({WRAP.join(lines)})\n" if names else ""

    return imports.sub(cut, source)


def without_header(source: str) -> str:
    """The code without uic's leading comment block (it names the Qt version that wrote it)."""
    lines = source.splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    return "\n".join(lines[start:]).rstrip() + "\n"


def stale_forms() -> list[str]:
    """Problems found: forms whose module is missing or differs from a fresh compile."""
    problems = []
    for form in sorted(FORMS.glob("*.ui")):
        target = target_for(form)
        if not target.exists():
            problems.append(f"{target.relative_to(ROOT)} is missing")
        elif without_header(target.read_text(encoding="utf-8")) != without_header(
                compile_form(form)):
            problems.append(f"{target.relative_to(ROOT)} is stale (rebuild from {form.name})")
    expected = {target_for(f).name for f in FORMS.glob("*.ui")}
    for module in sorted(GENERATED.glob("ui_*.py")):
        if module.name not in expected:
            problems.append(f"{module.relative_to(ROOT)} has no form in forms/")
    return problems


def build() -> list[Path]:
    GENERATED.mkdir(parents=True, exist_ok=True)
    init = GENERATED / "__init__.py"
    if not init.exists():
        init.write_text(INIT_TEXT, encoding="utf-8")
    written = []
    for form in sorted(FORMS.glob("*.ui")):
        target = target_for(form)
        source = compile_form(form)
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            target.write_text(source, encoding="utf-8")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the generated modules are up to date")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_forms()
        for p in problems:
            print(f"build_ui: {p}", file=sys.stderr)
        return 1 if problems else 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
