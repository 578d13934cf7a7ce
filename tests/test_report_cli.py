"""`hirefile report`: the same figures as the service, as tables, JSON, a PDF and a CSV; bad
dates and unknown roles in one line (exit 2)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.services import candidates, pipeline
from hirefile.services import reports as R
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:  # argparse refuses what it cannot read, before `main` runs
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "Demo.hirefile"
    shutil.copyfile(demo_template, path)
    return path


def service_report(path: Path, scope: R.Scope) -> R.Report:
    db = Database.open(path, Identity(str(uuid.uuid4()), "Reader"), write=False)
    try:
        with db.reader() as s:
            return R.report(s, scope)
    finally:
        db.close()


def role_id(path: Path, title: str) -> str:
    db = Database.open(path, Identity(str(uuid.uuid4()), "Reader"), write=False)
    try:
        with db.reader() as s:
            from hirefile.services.refs import role_ref
            return role_ref(s, title).id
    finally:
        db.close()


def without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "made_at"}


def test_json_is_the_services_figures(demo: Path, capsys) -> None:
    code, out, err = run(capsys, "report", demo, "all", "--json")
    assert code == 0, err
    printed = json.loads(out)
    assert without_time(printed) == without_time(R.report_data(service_report(demo,
                                                                              R.Scope())))
    assert printed["funnel"]["total"] > 0 and printed["sources"]


def test_one_metric_for_one_role_and_a_range(demo: Path, capsys) -> None:
    title = "Machine Learning Engineer"
    rid = role_id(demo, title)
    code, out, err = run(capsys, "report", demo, "time-to-hire", "--role", title,
                         "--from", "2020-01-01", "--to", "2030-12-31", "--json")
    assert code == 0, err
    printed = json.loads(out)
    assert set(printed) == {"scope", "made_at", "counting", "ranges", "time_to_hire"}
    assert printed["scope"] == {"role_id": rid, "role": title, "from": "2020-01-01",
                                "to": "2030-12-31"}
    rep = service_report(demo, R.Scope(rid, date(2020, 1, 1), date(2030, 12, 31)))
    assert printed["time_to_hire"] == R.report_data(rep, ["time_to_hire"])["time_to_hire"]


def test_tables_print_every_row_of_the_service(demo: Path, capsys) -> None:
    code, out, err = run(capsys, "report", demo, "all")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Hiring report: All roles, all dates"
    rep = service_report(demo, R.Scope())
    for table in R.tables(rep):
        assert table.title in lines
        for row in table.rows:
            # each row is one line, its cells in order, aligned under the headings
            assert any(line.split() == " ".join(row).split() for line in lines), row
    head = next(line for line in lines if line.startswith("STAGE  "))
    row = next(line for line in lines if line.startswith("Applied "))
    assert head.index("REACHED") == row.index(row.split()[1])


@pytest.mark.parametrize(("args", "says"), [
    (["--from", "2026-13-01"], "'2026-13-01' is not a date (give YYYY-MM-DD)"),
    (["--to", "yesterday"], "'yesterday' is not a date"),
    (["--from", "2026-05-02", "--to", "2026-05-01"], "starts (2026-05-02) after it ends"),
    (["--role", "Chief Vibes Officer"], "No role “Chief Vibes Officer”"),
])
def test_bad_dates_and_unknown_roles_are_one_line_exit_2(demo: Path, capsys, args,
                                                         says) -> None:
    code, out, err = run(capsys, "report", demo, "funnel", *args)
    assert code == 2
    assert says in err and err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_unknown_metric_and_output_kind(demo: Path, tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "report", demo, "mood")
    assert code == 2 and "invalid choice: 'mood'" in err
    code, _, err = run(capsys, "report", demo, "all", "-o", tmp_path / "report.txt")
    assert code == 1 and "A report is written as PDF or CSV" in err
    assert not (tmp_path / "report.txt").exists()


# the PDF and the CSV --------------------------------------------------------------------------

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def small(tmp_path: Path, identity: Identity) -> Path:
    """A role whose title needs escaping, three people, one hired, one rejected with a reason
    that looks like a spreadsheet formula."""
    path = tmp_path / "Small.hirefile"
    db = create_file(path, identity)
    with db.session() as s:
        rid = add_role_from_template(s, template("ml_engineer"), title="R&D <Lead>").id
    plan = [("Ana Lima", ["Screen", "Technical", "Hired"]), ("Bruno Costa", ["Rejected"]),
            ("Chen Wei", ["Screen"])]
    for i, (name, moves) in enumerate(plan):
        with db.session() as s:
            cid = candidates.create_candidate(s, CandidateDraft(full_name=name)).id
            app = pipeline.add_application(s, cid, rid, stage=pipeline.stage_named(
                s, rid, "Applied"), at=T0 + timedelta(days=i)).id
            for k, stage in enumerate(moves, 1):
                target = pipeline.stage_named(s, rid, stage)
                pipeline.move(s, app, target.id, at=T0 + timedelta(days=i + 3 * k),
                              reason="=HYPERLINK(\"x\") no fit" if target.kind.is_exit else None)
    db.close()
    return path


def test_pdf_has_the_figures_and_the_escaped_title(small: Path, tmp_path: Path,
                                                   capsys) -> None:
    out_pdf = tmp_path / "report.pdf"
    code, out, err = run(capsys, "report", small, "all", "--role", "R&D <Lead>",
                         "--from", "2026-03-01", "-o", out_pdf)
    assert code == 0, err
    assert f"to {out_pdf}" in out
    text = "\n".join(p.extract_text() for p in PdfReader(out_pdf).pages)
    flat = " ".join(text.split())
    assert "R&D <Lead>" in flat
    assert "From 1 March 2026" in flat
    assert "3 applications · 2 finished · 1 in process · 1 hired" in flat
    rep = service_report(small, R.Scope(role_id(small, "R&D <Lead>"), date(2026, 3, 1)))
    for table in R.tables(rep):
        assert table.title in flat
        for row in table.rows:
            for cell in row:
                assert cell in flat, (table.key, cell)
    assert "How this report counts" in flat


def test_csv_is_one_file_of_sections_with_guarded_cells(small: Path, tmp_path: Path,
                                                       capsys) -> None:
    out_csv = tmp_path / "report.csv"
    code, _, err = run(capsys, "report", small, "all", "-o", out_csv)
    assert code == 0, err
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 by its mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Hiring report", "All roles, all dates"]
    rep = service_report(small, R.Scope())
    for table in R.tables(rep):
        at = rows.index([table.title])
        assert rows[at + 1] == list(table.columns)
        body = rows[at + 2: at + 2 + len(table.rows)]
        assert [[c.lstrip("'") for c in r] for r in body] == [list(r) for r in table.rows]
    reasons = next(r for r in rows if r[:1] == ["Rejected"])
    assert reasons[1] == "'=HYPERLINK(\"x\") no fit"  # never run as a formula
    assert rows[-1][0] == "How this report counts"


def test_empty_range_writes_a_report_saying_nothing_happened(small: Path, tmp_path: Path,
                                                            capsys) -> None:
    code, out, _ = run(capsys, "report", small, "all", "--from", "2027-01-01")
    assert code == 0
    assert "nothing in this range" in out
    out_pdf = tmp_path / "empty.pdf"
    assert run(capsys, "report", small, "all", "--from", "2027-01-01", "-o", out_pdf)[0] == 0
    flat = " ".join("\n".join(p.extract_text() for p in PdfReader(out_pdf).pages).split())
    assert "0 applications" in flat and "Nothing in this range." in flat
