"""Per-machine identity and preferences live outside the file, written atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hirefile.errors import ValidationError
from hirefile.settings import Settings, login_name


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_identity_is_asked_once_and_kept(settings_path: Path) -> None:
    s = Settings(settings_path)
    assert s.identity is None
    ident = s.set_identity("  Amara   Okafor ", "amara@example.com ")
    assert (ident.name, ident.email) == ("Amara Okafor", "amara@example.com")
    again = Settings(settings_path).identity
    assert again == ident
    renamed = Settings(settings_path).set_identity("Amara N. Okafor")
    assert renamed.person_id == ident.person_id and renamed.email is None


def test_empty_name_is_refused(settings_path: Path) -> None:
    with pytest.raises(ValidationError, match="name is required"):
        Settings(settings_path).set_identity("   ")
    assert not settings_path.exists()


def test_cli_identity_order(settings_path: Path) -> None:
    s = Settings(settings_path)
    assert s.identity_or_login().name == login_name()
    assert s.identity_or_login("Kofi Mensah").name == "Kofi Mensah"
    # the same --as name is the same person every time
    assert s.identity_or_login("Kofi Mensah").person_id == \
        Settings(settings_path).identity_or_login("Kofi Mensah").person_id
    mine = s.set_identity("Ingrid Bergström")
    assert s.identity_or_login() == mine
    assert s.identity_or_login("Ingrid Bergström") == mine


def test_recent_files_are_most_recent_first_and_bounded(settings_path: Path,
                                                        tmp_path: Path) -> None:
    s = Settings(settings_path)
    for i in range(15):
        s.add_recent(tmp_path / f"f{i}.hirefile")
    s.add_recent(tmp_path / "f3.hirefile")
    recent = Settings(settings_path).recent_files
    assert len(recent) == 10
    assert recent[0].endswith("f3.hirefile") and recent[1].endswith("f14.hirefile")
    s.remove_recent(tmp_path / "f3.hirefile")
    assert not any(r.endswith("f3.hirefile") for r in Settings(settings_path).recent_files)


def test_damaged_settings_are_set_aside_not_fatal(settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("{ this is not json")
    s = Settings(settings_path)
    assert s.identity is None
    assert settings_path.with_name("settings.json.damaged").read_text() == "{ this is not json"
    s.set_identity("Rin Takahashi")
    assert json.loads(settings_path.read_text())["identity"]["name"] == "Rin Takahashi"


def test_unknown_keys_from_a_newer_version_are_kept(settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(json.dumps({"theme": "dark", "future": {"x": 1}}))
    Settings(settings_path).set_identity("Olu Bello")
    data = json.loads(settings_path.read_text())
    assert data["theme"] == "dark" and data["future"] == {"x": 1}


def test_settings_write_leaves_no_temporary_files(settings_path: Path) -> None:
    Settings(settings_path).set_identity("Hana Kim")
    assert [p.name for p in settings_path.parent.iterdir()] == ["settings.json"]


def test_person_keys_saved_before_format_6_are_compacted_once(settings_path: Path) -> None:
    """A settings file from before file format 6 names this machine's person by a UUID: read,
    it is the key their rows now have, and it is written back so, so a later start does not
    derive it again (the digest loads hashlib)."""
    import subprocess
    import sys

    from hirefile.domain.keys import compact, is_key

    old = "3f2b8c9e-1d4a-4f6b-9c2e-7a5d8e1f0b3c"
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text(json.dumps({
        "identity": {"person_id": old, "name": "Lena Hoffmann", "email": None},
        "file_people": {"6f4b1bab-5d11-4b7e-a85a-92ffe9cfed04": old.upper()},
        "waiting_days": 9}), encoding="utf-8")
    identity = Settings(settings_path).identity
    assert identity is not None and identity.person_id == compact(old) and is_key(compact(old))
    kept = json.loads(settings_path.read_text(encoding="utf-8"))
    assert kept["identity"]["person_id"] == compact(old)
    assert kept["file_people"] == {"6f4b1bab-5d11-4b7e-a85a-92ffe9cfed04": compact(old)}
    assert kept["waiting_days"] == 9  # nothing else touched
    code = ("import sys; from pathlib import Path; from hirefile.settings import Settings; "
            "s = Settings(Path(sys.argv[1])); assert s.identity.name == 'Lena Hoffmann'; "
            "print('hashlib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(settings_path)], check=True,
                          capture_output=True, text=True)
    assert done.stdout.strip() == "False"
