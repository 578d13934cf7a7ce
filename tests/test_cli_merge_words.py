"""`hirefile merge` names its conflicts as the app's merge preview does: the person and the
role of an application, the stage by name, times as people read them, fields by their names."""

from __future__ import annotations

import re

import pytest
from test_ui_merge_copies import moved_both_ways

from hirefile.cli import main
from hirefile.storage.database import Database


def test_merge_names_an_application_conflict_as_the_app_does(
        demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path, name, title = moved_both_ways(demo_db)
    me = demo_db.identity.name
    file = demo_db.path
    demo_db.close()
    code = main(["--as", me, "merge", str(file), str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = [line.strip() for line in out.splitlines() if line.strip().startswith("conflict")]
    assert f"conflict application “{name} · {title}”, stage: mine “Rejected”, theirs " \
           "“Offer” → kept mine" in lines, out
    [since] = [line for line in lines if ", in the stage since: " in line]
    assert re.search(r"mine “\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\d”", since), since
    assert not [line for line in lines if "stage_id" in line or "_at:" in line], out
