"""Every location Hirefile uses, in one place.

The per-user folders come from platformdirs; `HIREFILE_DATA_DIR` and `HIREFILE_CONFIG_DIR`
redirect them (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Hirefile"
FILE_SUFFIX = ".hirefile"
DEFAULT_FILE_NAME = "Hiring" + FILE_SUFFIX


def data_dir() -> Path:
    override = os.environ.get("HIREFILE_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("HIREFILE_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return data_dir() / "logs"


def default_db_path() -> Path:
    """The file the app opens when none is named."""
    return data_dir() / DEFAULT_FILE_NAME


def settings_path() -> Path:
    return config_dir() / "settings.json"


def resources_dir() -> Path:
    """Icons and fonts: inside the installed package, or the repository's `resources/`."""
    here = Path(__file__).resolve().parent
    bundled = here / "resources"
    if bundled.is_dir():
        return bundled
    return here.parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def guide_dir() -> Path:
    """The user guide's Markdown pages: `docs/guide/` of the repository, installed (wheel and
    bundle) as `resources/guide/` beside `resources/screenshots/` (pyproject's force-include)."""
    bundled = resources_dir() / "guide"
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent.parent / "docs" / "guide"
