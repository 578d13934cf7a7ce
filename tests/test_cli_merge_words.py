"""`hirefile merge` names its conflicts as the app's merge preview does: the person and the
role of an application, the stage by name, times as people read them, fields by their names."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from hirefile.cli import main
from hirefile.services import pipeline
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Application, Candidate, Role, RoleStage

DANIEL = Identity(str(uuid.uuid4()), "Daniel Kim")


def test_merge_names_an_application_conflict_as_the_app_does(
        demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.reader() as s:
        app_id, role_id, name = s.execute(
            select(Application.id, Application.role_id, Candidate.full_name)
            .join(Candidate, Candidate.id == Application.candidate_id)
            .join(RoleStage, RoleStage.id == Application.stage_id)
            .where(RoleStage.name == "Debrief", Application.deleted_at.is_(None))
            .order_by(Application.id)).first()
        title = s.get(Role, role_id).title
    path: Path = demo_db.save_copy(demo_db.path.with_name("Daniel's copy.hirefile"))
    theirs = Database.open(path, DANIEL)
    try:
        with theirs.session() as s:
            pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Offer").id)
    finally:
        theirs.close()
    with demo_db.session() as s:
        pipeline.move(s, app_id, pipeline.stage_named(s, role_id, "Rejected").id,
                      reason="Went with another finalist")
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
