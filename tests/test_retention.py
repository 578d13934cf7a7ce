"""The retention rule: who is due for erasure (and who is not), erasing them in one step, the
rule travelling with the file, printed in job descriptions and driven from the command line."""

from __future__ import annotations

import shutil
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.retention import add_months, applicant_notice
from hirefile.domain.templates import TEMPLATES
from hirefile.domain.vocab import ActivityKind, RoleStatus, StageKind
from hirefile.errors import ValidationError
from hirefile.services import retention
from hirefile.services.candidates import create_candidate, remove_candidate
from hirefile.services.dedupe import merge
from hirefile.services.documents import gather_job_description
from hirefile.services.erasure import ERASED_NAME
from hirefile.services.merging import merge_file
from hirefile.services.pipeline import add_application, exit_stage, move, stages_of
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.check import check_file
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Application, Candidate, StageChange

TODAY = datetime.now(timezone.utc).date()
#: Long enough ago for any rule of 6 months.
LONG_AGO = datetime.combine(TODAY - timedelta(days=300), time(9), tzinfo=timezone.utc)


def test_months_move_to_the_last_day_of_a_shorter_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 3, 31), -1) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 15), 1) == date(2028, 1, 15)
    assert add_months(date(2027, 1, 15), -13) == date(2025, 12, 15)


def backdate(db: Database, candidate_id: str, when: datetime = LONG_AGO) -> None:
    """Everything about the candidate happened as long before `when` as before now: each time
    moves back by the same span, so their order (and the file's checks) hold."""
    span = datetime.now(timezone.utc) - when
    apps = sa.select(Application.id).where(Application.candidate_id == candidate_id)
    tables = ((Candidate, Candidate.id == candidate_id, ()),
              (Activity, Activity.candidate_id == candidate_id, ("at",)),
              (StageChange, StageChange.application_id.in_(apps), ("moved_at",)),
              (Application, Application.candidate_id == candidate_id,
               ("stage_entered_at", "applied_at")))
    with db.session() as s:
        for model, where, extra in tables:
            names = ("created_at", "updated_at", *extra)
            for row in s.execute(sa.select(model.id, *(getattr(model, n) for n in names))
                                 .where(where)).all():
                s.execute(sa.update(model).where(model.id == row[0]).values(
                    {n: value - span for n, value in zip(names, row[1:], strict=True)}))


class People:
    """One person in each situation the rule tells apart, in a new file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as s:
            self.role = add_role_from_template(s, TEMPLATES[0], status=RoleStatus.OPEN).id
            self.other_role = add_role_from_template(s, TEMPLATES[0], title="Data Engineer",
                                                     status=RoleStatus.OPEN).id
        self.ids: dict[str, str] = {}

    def add(self, name: str, *, outcome: StageKind | None = StageKind.REJECTED,
            old: bool = True, also_active: bool = False, **fields: object) -> str:
        with self.db.session() as s:
            c = create_candidate(s, CandidateDraft(
                full_name=name, email=f"{name.replace(' ', '.').lower()}@example.org", **fields))
            s.flush()
            if outcome is StageKind.ACTIVE:
                add_application(s, c.id, self.role)
            elif outcome is not None:
                app = add_application(s, c.id, self.role)
                s.flush()
                if outcome is StageKind.HIRED:
                    target = next(st for st in stages_of(s, self.role)
                                  if st.kind is StageKind.HIRED)
                else:
                    target = exit_stage(s, self.role, outcome)
                move(s, app.id, target.id, reason=None if outcome is StageKind.HIRED else
                     "Not the right fit")
            if also_active:
                add_application(s, c.id, self.other_role)
            key = c.id
        if old:
            backdate(self.db, key)
        self.ids[name] = key
        return key


@pytest.fixture
def people(new_db: Database) -> People:
    return make_people(new_db)


def make_people(new_db: Database) -> People:
    """A new file with one person in each situation (rule set by each test)."""
    p = People(new_db)
    p.add("Rejected Long-ago")
    p.add("Withdrew Long-ago", outcome=StageKind.WITHDREW)
    p.add("Rejected Recently", old=False)
    p.add("Pooled With-consent", outcome=StageKind.WITHDREW, in_talent_pool=True,
          reach_out_on=TODAY + timedelta(days=90), consent_on=TODAY - timedelta(days=400))
    p.add("Pooled No-consent", in_talent_pool=True, reach_out_on=TODAY + timedelta(days=90))
    p.add("Still Interviewing", outcome=StageKind.ACTIVE)
    p.add("Rejected Elsewhere-active", also_active=True)
    p.add("Hired Long-ago", outcome=StageKind.HIRED)
    p.add("Never Applied", outcome=None)
    p.add("Kept Until-yesterday", outcome=None, old=False,
          retain_until=TODAY - timedelta(days=1))
    p.add("Interviewing Past-keep", outcome=StageKind.ACTIVE,
          retain_until=TODAY - timedelta(days=1))
    removed = p.add("Removed Long-ago", outcome=None, old=False)
    with new_db.session() as s:
        remove_candidate(s, removed)
        s.execute(sa.update(Candidate).where(Candidate.id == removed)
                  .values(deleted_at=LONG_AGO))
    return p


def due_names(db: Database, today: date = TODAY) -> dict[str, str]:
    with db.reader() as s:
        return {d.name: d.why.value for d in retention.due_for_erasure(s, today)}


def test_without_a_rule_only_passed_keep_until_dates_are_due(people: People) -> None:
    assert due_names(people.db) == {"Kept Until-yesterday": "keep-until"}


def test_the_rule_makes_exactly_the_quiet_not_hired_people_due(people: People) -> None:
    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    assert due_names(people.db) == {
        "Rejected Long-ago": "rule", "Withdrew Long-ago": "rule",
        "Pooled No-consent": "rule",  # in the pool, but never agreed to stay
        "Kept Until-yesterday": "keep-until", "Removed Long-ago": "removed"}
    # a year later the recent rejection is due too; the consenting and the active never are
    later = due_names(people.db, add_months(TODAY, 12))
    assert "Rejected Recently" in later
    assert not {"Pooled With-consent", "Still Interviewing", "Rejected Elsewhere-active",
                "Hired Long-ago", "Never Applied", "Interviewing Past-keep"} & set(later)


def test_the_list_says_why_and_since_when(people: People) -> None:
    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    with people.db.reader() as s:
        due = {d.name: d for d in retention.due_for_erasure(s)}
    rejected = due["Rejected Long-ago"]
    assert rejected.due_on == add_months(LONG_AGO.date(), 6)
    assert rejected.reason == f"Rejected; no activity since {LONG_AGO.date().isoformat()}"
    assert due["Withdrew Long-ago"].reason.startswith("Withdrew; ")
    assert due["Removed Long-ago"].reason == f"Removed on {LONG_AGO.date().isoformat()}"
    assert due["Kept Until-yesterday"].reason == \
        f"Keep-until date {(TODAY - timedelta(days=1)).isoformat()} passed"
    with people.db.reader() as s:  # longest due first
        order = [d.due_on for d in retention.due_for_erasure(s)]
    assert order == sorted(order)


def test_activity_on_a_person_restarts_their_clock(people: People) -> None:
    from hirefile.services.candidates import add_note

    with people.db.session() as s:
        retention.set_rule(s, 6, False)
        add_note(s, people.ids["Rejected Long-ago"], "Asked to be considered for the next role")
    assert "Rejected Long-ago" not in due_names(people.db)


def test_a_rule_outside_its_bounds_is_refused(new_db: Database) -> None:
    with new_db.session() as s, pytest.raises(ValidationError, match="between 1 and 120"):
        retention.set_rule(s, 0, False)
    with new_db.session() as s, pytest.raises(ValidationError, match="between 1 and 120"):
        retention.set_rule(s, 121, False)
    with new_db.reader() as s:
        assert retention.rule(s).months is None


def test_erasing_the_due_erases_them_all_and_nobody_else(people: People) -> None:
    db = people.db
    with db.session() as s:
        retention.set_rule(s, 6, False)
        merged_away = create_candidate(s, CandidateDraft(full_name="Rejected Long-ago",
                                                         phone="+44 20 7946 0958")).id
        s.flush()
        merge(s, people.ids["Rejected Long-ago"], merged_away)
    for key in (people.ids["Rejected Long-ago"], merged_away):  # the merge was long ago too
        backdate(db, key)
    with db.reader() as s:
        due = retention.due_for_erasure(s)
    assert merged_away not in {d.candidate_id for d in due}  # the kept record stands for both
    report, kept = retention.erase_due(db, [d.candidate_id for d in due])
    assert report is not None and kept == []
    assert report.people == len(due) == 5
    assert report.line().startswith("Erased 5 candidates (6 merged records)")
    assert due_names(db) == {}
    data = db.path.read_bytes()
    for name in ("Rejected Long-ago", "Withdrew Long-ago", "Pooled No-consent",
                 "Kept Until-yesterday", "Removed Long-ago", "+44 20 7946 0958"):
        assert name.encode() not in data
    assert b"Rejected Recently" in data and b"Pooled With-consent" in data
    with db.reader() as s:
        erased = s.scalars(sa.select(Candidate.full_name)
                           .where(Candidate.anonymised_at.is_not(None))).all()
        entries = s.scalars(sa.select(Activity.summary)
                            .where(Activity.kind == ActivityKind.ERASED)).all()
    assert erased == [ERASED_NAME] * 6
    assert sorted(entries) == ["Erased a candidate (keep-until date passed)"] + \
        ["Erased a candidate (retention rule: 6 months)"] * 4
    assert check_file(db.path).ok


def test_people_no_longer_due_when_erasing_are_kept(people: People) -> None:
    """The list was shown; meanwhile a cofounder moved one of them back into the process."""
    db = people.db
    with db.session() as s:
        retention.set_rule(s, 6, False)
    with db.reader() as s:
        shown = [d.candidate_id for d in retention.due_for_erasure(s)]
    back = people.ids["Rejected Long-ago"]
    with db.session() as s:
        add_application(s, back, people.other_role)
    report, kept = retention.erase_due(db, shown)
    assert kept == [back] and report is not None and report.people == len(shown) - 1
    with db.reader() as s:
        assert s.get(Candidate, back).full_name == "Rejected Long-ago"


def test_the_rule_travels_in_a_merge(new_db: Database, tmp_path: Path) -> None:
    theirs = tmp_path / "daniel" / "Hiring.hirefile"
    theirs.parent.mkdir()
    new_db.close()
    shutil.copy(new_db.path, theirs)
    daniel = Identity("0b6a4c4e-9d7d-4a57-8f0c-3f1e0c1d2a11", "Daniel Okoye")
    with Database.open(theirs, daniel) as db, db.session() as s:
        retention.set_rule(s, 9, True)
    with Database.open(new_db.path, new_db.identity) as db:
        merge_file(db, theirs)
        with db.reader() as s:
            assert retention.rule(s) == retention.RetentionRule(9, True)


def test_the_job_description_ends_with_the_rule_when_asked(demo_db: Database,
                                                           tmp_path: Path) -> None:
    with demo_db.reader() as s:
        role_id = s.scalar(sa.select(Application.role_id).limit(1))
        assert gather_job_description(s, role_id).privacy_notice == ""
    with demo_db.session() as s:
        retention.set_rule(s, 18, False)
    with demo_db.reader() as s:
        assert gather_job_description(s, role_id).privacy_notice == ""  # not asked for
    with demo_db.session() as s:
        retention.set_rule(s, 18, True)
    with demo_db.reader() as s:
        notice = gather_job_description(s, role_id).privacy_notice
    assert notice == applicant_notice(retention.RetentionRule(18, True))
    assert "18 months after our last contact" in notice
    md = tmp_path / "jd.md"
    pdf = tmp_path / "jd.pdf"
    with demo_db.reader() as s:
        from hirefile.services.documents import export_job_description

        export_job_description(s, role_id, md)
        export_job_description(s, role_id, pdf)
    assert "18 months after our last contact" in md.read_text(encoding="utf-8")
    pypdf = pytest.importorskip("pypdf")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "18 months after our last" in " ".join(text.split())


def test_cli_shows_sets_and_erases(people: People, capsys: pytest.CaptureFixture[str],
                                   identity: Identity) -> None:
    path = str(people.db.path)
    people.db.close()
    assert main(["retention", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No retention rule") and "Kept Until-yesterday" in out
    assert main(["retention", path, "--months", "6", "--in-job-description", "yes"]) == 0
    out = capsys.readouterr().out
    assert "due for erasure 6 months after" in out and "Job descriptions end" in out
    assert "5 due for erasure" in out and "Withdrew; no activity since" in out
    assert main(["retention", path, "--months", "six"]) == 1
    assert "--months takes a number of months or off" in capsys.readouterr().err
    assert main(["retention", path, "--erase-due", "--yes"]) == 0
    assert capsys.readouterr().out.startswith("Erased 5 candidates")
    assert main(["retention", path]) == 0
    assert "Nobody is due for erasure." in capsys.readouterr().out
    assert main(["retention", path, "--months", "off"]) == 0
    assert capsys.readouterr().out.startswith("No retention rule")


def test_consent_set_from_the_command_line_keeps_a_pooled_person(
        people: People, capsys: pytest.CaptureFixture[str]) -> None:
    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    path = str(people.db.path)
    people.db.close()
    assert main(["set", path, "candidate", "pooled.no-consent@example.org",
                 f"consent_on={TODAY.isoformat()}"]) == 0
    assert f"consent_on = {TODAY.isoformat()}" in capsys.readouterr().out
    assert main(["retention", path, "--json"]) == 0
    import json

    names = {d["name"] for d in json.loads(capsys.readouterr().out)["due"]}
    assert "Pooled No-consent" not in names and "Withdrew Long-ago" in names


def test_an_access_request_says_how_long_the_data_is_kept(people: People,
                                                          tmp_path: Path) -> None:
    import zipfile

    from hirefile.services.person_export import export_person

    pypdf = pytest.importorskip("pypdf")

    def summary_text(name: str) -> str:
        out = tmp_path / f"{name}.zip"
        export_person(people.db, people.ids[name], out)
        with zipfile.ZipFile(out) as z, z.open("summary.pdf") as pdf:
            return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
                            .split())

    assert "No retention rule set" in summary_text("Rejected Recently")
    with people.db.session() as s:
        retention.set_rule(s, 6, False)
    assert "erase your personal data 6 months after our last contact" in \
        summary_text("Rejected Recently")
    assert f"Due for erasure since {add_months(LONG_AGO.date(), 6).isoformat()}" in \
        summary_text("Rejected Long-ago")
