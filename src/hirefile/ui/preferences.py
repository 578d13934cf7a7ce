"""This machine's settings as the app's screens read them (no Qt: start-up reads it too).

Per-machine preferences are one per process: the window registers its `Settings` here
(`use`), Edit → Settings… changes that same object, and the screens that follow a preference
read it through these functions when they read the file (the waiting rule: the board's cards,
the pipeline table, Home's "Waiting too long"). A change reaches them through the window's one
change notification (`MainWindow.settings_changed`), never by a screen re-reading on its own.
"""

from __future__ import annotations

from hirefile.settings import WAITING_DAYS, Settings

_settings: Settings | None = None


def use(settings: Settings) -> None:
    """`settings` is the machine's, for every screen of this process."""
    global _settings
    _settings = settings


def current() -> Settings | None:
    return _settings


def waiting_days() -> int:
    """Days in one active stage before a card counts as waiting (the default before a window
    registered the machine's settings)."""
    return _settings.waiting_days if _settings is not None else WAITING_DAYS.default
