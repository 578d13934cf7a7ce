"""Per-machine preferences, kept outside any `.hirefile` file.

One typed registry in one JSON file (`paths.settings_path()`), read by the GUI and the CLI alike
(the CLI must not need Qt). Unknown keys are kept, so an older Hirefile does not erase what a
newer one stored; a damaged settings file is set aside, never fatal.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from hirefile import paths
from hirefile.domain import limits
from hirefile.domain.keys import compact, new_key
from hirefile.domain.stages import DEFAULT_WAITING_DAYS
from hirefile.errors import StorageFailure, ValidationError
from hirefile.fsutil import write_bytes_atomic
from hirefile.locations import is_url, public_url

log = logging.getLogger(__name__)

MAX_RECENT = 10

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """One typed preference of this machine: where it is kept, what it is when unset, and
    `clean`, which turns a typed or stored value into the value or raises `ValidationError`
    with one line saying what is allowed."""

    key: str
    label: str
    default: T
    clean: Callable[[Any], T]


def whole_number(low: int, high: int, what: str) -> Callable[[Any], int]:
    """A check for a whole number from `low` to `high` ("Waiting days must be 1 to 90")."""

    def clean(value: Any) -> int:
        text = str(value).strip()
        if isinstance(value, bool) or not text.lstrip("-").isdigit() or not (
                low <= int(text) <= high):
            raise ValidationError(f"{what} must be a whole number from {low} to {high}",
                                  field=what)
        return int(text)

    return clean


def currency_code(value: Any) -> str:
    from hirefile.domain.money import is_currency  # here: the app's start reads no currency

    code = str(value).strip().upper()
    if not is_currency(code):
        shown = str(value).strip()[:12]
        raise ValidationError(f"“{shown}” is not an ISO 4217 currency code (such as EUR or "
                              "USD)", field="currency")
    return code


def time_zone_name(value: Any) -> str:
    """An IANA time zone name, or "" for this computer's own zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: the app's start reads no zone

    name = str(value).strip()
    if not name:
        return ""
    try:
        return str(ZoneInfo(name).key)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long, a folder
        shown = name if len(name) <= 60 else name[:59] + "…"
        raise ValidationError(f"“{shown}” is not a time zone; use a name such as Europe/Berlin "
                              "or America/New_York, or leave it empty for this computer's",
                              field="time_zone") from None


def one_of(choices: tuple[str, ...], what: str) -> Callable[[Any], str]:
    """A check for one of a few words ("Appearance must be system, light or dark")."""

    def clean(value: Any) -> str:
        word = str(value).strip().lower()
        if word not in choices:
            raise ValidationError(f"{what} must be {', '.join(choices[:-1])} or {choices[-1]}",
                                  field=what)
        return word

    return clean


#: The choices of View → Appearance and Settings → Appearance (ui/theme.py applies them).
APPEARANCES = ("system", "light", "dark")
#: The window's theme on this machine: "system" follows the desktop's light or dark scheme.
APPEARANCE = Setting("appearance", "Appearance", "system", one_of(APPEARANCES, "Appearance"))
#: Days in one stage of an active step before a card counts as waiting (board, table, Home).
WAITING_DAYS = Setting("waiting_days", "Days before a card counts as waiting",
                       DEFAULT_WAITING_DAYS, whole_number(1, 90, "Waiting days"))
#: The backups' rotation (services/backups.py `Rotation`): the newest of the last 24 hours,
#: one a day for so many days, one a week for so many weeks.
BACKUPS_RECENT = Setting("backups.keep_recent", "Recent backups kept (last 24 hours)", 10,
                         whole_number(1, 100, "Recent backups kept"))
BACKUPS_DAYS = Setting("backups.keep_days", "Days with a daily backup kept", 7,
                       whole_number(0, 90, "Days of daily backups"))
BACKUPS_WEEKS = Setting("backups.keep_weeks", "Weeks with a weekly backup kept", 8,
                        whole_number(0, 104, "Weeks of weekly backups"))
#: What a new file's company profile starts with (each file keeps its own afterwards).
NEW_FILE_CURRENCY = Setting("new_file.currency", "Currency of new files", "USD",
                            currency_code)
NEW_FILE_TIME_ZONE = Setting("new_file.time_zone", "Time zone of new files", "",
                             time_zone_name)

#: Every typed setting, in the order `hirefile settings` lists them.
SETTINGS: tuple[Setting[Any], ...] = (WAITING_DAYS, BACKUPS_RECENT, BACKUPS_DAYS, BACKUPS_WEEKS,
                                      NEW_FILE_CURRENCY, NEW_FILE_TIME_ZONE, APPEARANCE)
BY_KEY: dict[str, Setting[Any]] = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class Identity:
    """Who is using this machine. `person_id` is the key of their row in every file."""

    person_id: str
    name: str
    email: str | None = None

    def __post_init__(self) -> None:
        # a key saved or derived before file format 6 names the same person as its files'
        # rows do once migrated (`keys.compact`, the same in every copy)
        object.__setattr__(self, "person_id", compact(self.person_id))

    @property
    def stamp(self) -> str:
        """What `created_by` / `updated_by` record: the person's key, so a rename or two
        people of one name stay told apart (names for display: `services.people.names`)."""
        return self.person_id


def _name_key(name: str) -> str:
    """The key of a person known by name alone (`--as NAME`, the login name): the same on
    every run. uuid (and the platform module it loads) only then: not for a person this
    machine knows, as at an ordinary start."""
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:person:{name}"))


def login_name() -> str:
    try:
        import getpass  # the login name is asked for only without a person

        return getpass.getuser()
    except Exception:  # getpass raises various errors when no user database entry exists
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def person_name(text: str) -> str:
    """A person's name as stamped on their changes: one line, within the name limit."""
    name = " ".join(limits.clean_text(text, multiline=False).split())
    if not name:
        raise ValidationError("A name is required", field="name")
    problem = limits.too_long(name, limits.NAME, "The name")
    if problem:
        raise ValidationError(problem, field="name")
    return name


def _compact_keys(data: dict[str, Any]) -> bool:
    """Person keys saved before file format 6 (this machine's, and its person in each file)
    rewritten as their files' rows now have them (`keys.compact`); whether any changed."""
    changed = False
    raw = data.get("identity")
    if isinstance(raw, dict) and isinstance(raw.get("person_id"), str):
        key = compact(raw["person_id"])
        changed, raw["person_id"] = key != raw["person_id"], key
    links = data.get("file_people")
    if isinstance(links, dict):
        for file_uuid, value in links.items():
            if isinstance(value, str) and compact(value) != value:
                links[file_uuid], changed = compact(value), True
    return changed


class Settings:
    """The settings file, loaded once and written atomically on every change."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            aside = self.path.with_name(self.path.name + ".damaged")
            log.warning("settings file %s unreadable (%s); moved to %s", self.path, exc, aside)
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return {}
        if not isinstance(data, dict):
            return {}
        if _compact_keys(data):  # kept in this format from now on: compacted once, not at
            with contextlib.suppress(OSError, StorageFailure):  # every start (hashlib)
                self._data = data
                self._save()
        return data

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._data, indent=2, ensure_ascii=False, sort_keys=True)
        write_bytes_atomic(self.path, text.encode("utf-8"))

    # identity --------------------------------------------------------------------------------

    @property
    def identity(self) -> Identity | None:
        raw = self._data.get("identity")
        if not isinstance(raw, dict) or not str(raw.get("name", "")).strip():
            return None
        return Identity(
            person_id=str(raw.get("person_id") or new_key()),
            name=str(raw["name"]).strip(),
            email=(str(raw["email"]).strip() or None) if raw.get("email") else None,
        )

    def set_identity(self, name: str, email: str | None = None) -> Identity:
        """Set this machine's name (and e-mail), keeping the person key if one exists."""
        name = person_name(name)
        current = self.identity
        ident = Identity(
            person_id=current.person_id if current else new_key(),
            name=name,
            email=(email or "").strip() or None,
        )
        self._data["identity"] = {"person_id": ident.person_id, "name": ident.name,
                                  "email": ident.email}
        self._save()
        return ident

    def identity_or_login(self, override_name: str | None = None) -> Identity:
        """The CLI's identity: `--as NAME`, else the machine's, else the login name.

        A login-name identity gets a key derived from the name, so repeated CLI runs by the same
        login are one person in the file.
        """
        if override_name:
            name = person_name(override_name)
            current = self.identity
            if current and current.name == name:
                return current
            return Identity(_name_key(name), name)
        if self.identity:
            return self.identity
        name = login_name()
        return Identity(_name_key(name), name)

    # who I am in each file ---------------------------------------------------------------------

    def file_person(self, file_uuid: str) -> str | None:
        """The person of the file (by its lineage) this machine speaks as, when linked."""
        links = self._data.get("file_people", {})
        value = links.get(file_uuid) if isinstance(links, dict) else None
        return compact(value) if isinstance(value, str) else None

    def link_file_person(self, file_uuid: str, person_id: str) -> None:
        links = self._data.get("file_people")
        if not isinstance(links, dict):
            links = self._data["file_people"] = {}
        if links.get(file_uuid) != person_id:
            links[file_uuid] = person_id
            self._save()

    # recent files ----------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        raw = self._data.get("recent_files", [])
        return [str(p) for p in raw if isinstance(p, str)][:MAX_RECENT]

    def add_recent(self, path: Path | str) -> None:
        """A file (by its full path) or a team's database (its URL, never a password), opened
        now (`opened_at`)."""
        p = _recent_key(path)
        recent = [p, *(r for r in self.recent_files if r != p)][:MAX_RECENT]
        self._data["recent_files"] = recent
        opened = {k: v for k, v in self._opened().items() if k in recent}
        opened[p] = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._data["recent_opened"] = opened
        self._save()

    def remove_recent(self, path: Path | str) -> None:
        p = _recent_key(path)
        self._data["recent_files"] = [r for r in self.recent_files if r != p]
        self._data["recent_opened"] = {k: v for k, v in self._opened().items() if k != p}
        self._save()

    def opened_at(self, entry: str) -> datetime | None:
        """When a recent file (as `recent_files` lists it) was last opened here (UTC), if
        known (files opened before Hirefile kept it are not)."""
        try:
            return datetime.fromisoformat(self._opened()[entry])
        except (KeyError, TypeError, ValueError):
            return None

    def _opened(self) -> dict[str, str]:
        raw = self._data.get("recent_opened")
        return {str(k): v for k, v in raw.items() if isinstance(v, str)} \
            if isinstance(raw, dict) else {}

    @property
    def last_file(self) -> str | None:
        value = self._data.get("last_file")
        return value if isinstance(value, str) else None

    def set_last_file(self, path: Path | str) -> None:
        self._data["last_file"] = str(Path(path).resolve())
        self._save()

    # typed settings --------------------------------------------------------------------------

    def value(self, setting: Setting[T]) -> T:
        """The setting's value; its default when unset, or when what is stored is not allowed
        (a hand-edited file): `problem(setting)` then says so, and the stored value stays
        until a new one is set."""
        if setting.key not in self._data:
            return setting.default
        try:
            return setting.clean(self._data[setting.key])
        except ValidationError:
            return setting.default

    def problem(self, setting: Setting[Any]) -> str | None:
        """Why the stored value of `setting` is not used (one line), or None."""
        if setting.key not in self._data:
            return None
        try:
            setting.clean(self._data[setting.key])
        except ValidationError as exc:
            shown = str(self._data[setting.key])[:40]
            default = setting.default if setting.default != "" else "this computer's own"
            return (f"{setting.label}: “{shown}” in the settings file is not allowed "
                    f"({exc.message}); {default} is used")
        return None

    def set_values(self, values: dict[Setting[Any], Any]) -> set[str]:
        """Check every value, then keep them all in one write (or none: the first refusal is
        raised as `ValidationError`, its field the setting's key). Returns the keys whose value
        changed."""
        cleaned = {}
        for setting, value in values.items():
            try:
                cleaned[setting] = setting.clean(value)
            except ValidationError as exc:
                raise ValidationError(exc.message, field=setting.key) from None
        changed = {s.key for s, v in cleaned.items() if self.value(s) != v
                   or self.problem(s) is not None}
        for setting, value in cleaned.items():
            if value == setting.default:
                self._data.pop(setting.key, None)
            else:
                self._data[setting.key] = value
        if changed:
            self._save()
        return changed

    @property
    def waiting_days(self) -> int:
        return self.value(WAITING_DAYS)

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        self._save()

    # appearance ------------------------------------------------------------------------------

    @property
    def appearance(self) -> str:
        """The window's theme on this machine: "system" (follow the desktop), "light", "dark"."""
        return self.value(APPEARANCE)

    def set_appearance(self, value: str) -> None:
        self.set_values({APPEARANCE: value})


def _recent_key(location: Path | str) -> str:
    if is_url(location):
        return public_url(str(location))
    return str(Path(location).resolve())
