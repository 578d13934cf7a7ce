"""What a bundle is built from, as one hash: the files of src/, resources/, the user guide and
its pictures, the bundle's spec and scripts, the Linux desktop files and pyproject.toml. The
build writes it into the bundle (`BUILT-FROM`); the smoke test rebuilds only when it differs,
so a bundle is reused as long as nothing it contains has changed.

    python packaging/bundle/fingerprint.py   prints it
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PARTS = ("src", "resources", "docs/guide", "docs/screenshots", "packaging/bundle",
         "packaging/linux", "packaging/build_bundle.sh", "pyproject.toml")
SKIP = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def fingerprint(root: Path = ROOT) -> str:
    h = hashlib.sha256()
    for part in PARTS:
        top = root / part
        files = [top] if top.is_file() else sorted(
            p for p in top.rglob("*") if p.is_file() and not SKIP & set(p.parts)
            and p.suffix != ".pyc")
        for f in files:
            h.update(f.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


if __name__ == "__main__":
    print(fingerprint(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT))
