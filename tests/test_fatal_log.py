"""A crash of the interpreter itself (a fault inside Qt, a fatal Python error at quit) leaves
its stacks in the log folder, where a founder can find them to report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CRASH = """
import faulthandler
from hirefile import logs
logs.setup_logging(gui=True)
faulthandler._sigsegv()
"""


def test_a_fault_in_the_app_is_written_to_the_fatal_log(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    env["HIREFILE_DATA_DIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True,
                          timeout=60, check=False)
    assert done.returncode != 0
    text = (tmp_path / "logs" / "fatal.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "line 5 in <module>" in text
