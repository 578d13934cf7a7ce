"""The committed modules in hirefile/ui/generated are what pyside6-uic makes of forms/*.ui."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def build_ui() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "packaging" / "build_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_forms() -> None:
    names = {f.name for f in FORMS}
    assert {"main_window.ui", "identity_dialog.ui"} <= names


def test_uic_comes_from_this_venv() -> None:
    assert Path(build_ui().uic_command()).parent == Path(sys.executable).parent


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_module_is_current(form: Path) -> None:
    b = build_ui()
    target = b.target_for(form)
    assert target.exists(), f"run packaging/build_ui.py: {target.name} is missing"
    committed = b.without_header(target.read_text(encoding="utf-8"))
    fresh = b.without_header(b.compile_form(form))
    assert committed == fresh, f"{target.name} is stale: run packaging/build_ui.py"


def test_every_generated_module_has_a_form() -> None:
    b = build_ui()
    assert b.stale_forms() == []


def test_header_comparison_ignores_only_the_comment_block() -> None:
    b = build_ui()
    one = "# -*- coding: utf-8 -*-\n\n## Created by: Qt 6.12.0\n\nfrom x import y\n# keep\n"
    two = "## Created by: Qt 6.13.1\nfrom x import y\n# keep\n"
    assert b.without_header(one) == b.without_header(two) == "from x import y\n# keep\n"
    assert b.without_header(one) != b.without_header(two.replace("y", "z"))
