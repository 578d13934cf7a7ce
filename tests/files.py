"""What a test finds beside the files it made."""

from __future__ import annotations

from pathlib import Path

#: The app's own folders, which the tests' `isolated_dirs` fixture puts in the test's folder
#: (remembered-sound files, backups, settings): not beside a founder's file in real use.
APP_FOLDERS = frozenset(("data", "config"))


def beside(folder: Path) -> list[str]:
    """The names in `folder`, sorted, but the app's own folders."""
    return sorted(p.name for p in folder.iterdir() if p.name not in APP_FOLDERS)
