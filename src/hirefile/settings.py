"""Per-machine preferences, kept outside any `.hirefile` file.

One typed registry in one JSON file (`paths.settings_path()`), read by the GUI and the CLI alike
(the CLI must not need Qt). Unknown keys are kept, so an older Hirefile does not erase what a
newer one stored; a damaged settings file is set aside, never fatal.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hirefile import paths
from hirefile.domain import limits
from hirefile.domain.keys import compact, new_key
from hirefile.errors import ValidationError
from hirefile.fsutil import write_bytes_atomic
from hirefile.locations import is_url, public_url

log = logging.getLogger(__name__)

MAX_RECENT = 10


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


def login_name() -> str:
    try:
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
        return data if isinstance(data, dict) else {}

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
            return Identity(str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:person:{name}")), name)
        if self.identity:
            return self.identity
        name = login_name()
        return Identity(str(uuid.uuid5(uuid.NAMESPACE_URL, f"hirefile:person:{name}")), name)

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
        """A file (by its full path) or a team's database (its URL, never a password)."""
        p = _recent_key(path)
        recent = [r for r in self.recent_files if r != p]
        self._data["recent_files"] = [p, *recent][:MAX_RECENT]
        self._save()

    def remove_recent(self, path: Path | str) -> None:
        p = _recent_key(path)
        self._data["recent_files"] = [r for r in self.recent_files if r != p]
        self._save()

    @property
    def last_file(self) -> str | None:
        value = self._data.get("last_file")
        return value if isinstance(value, str) else None

    def set_last_file(self, path: Path | str) -> None:
        self._data["last_file"] = str(Path(path).resolve())
        self._save()

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value
        self._save()


def _recent_key(location: Path | str) -> str:
    if is_url(location):
        return public_url(str(location))
    return str(Path(location).resolve())
