"""CSV import and export with hostile files: BOM, `;`, tabs, multi-line quoted fields, markup,
formulas, twenty scripts of names; the same file twice creates nobody twice."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from backends import location
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.csv_layouts import guess_mapping, guess_source
from hirefile.domain.templates import template
from hirefile.domain.vocab import Source
from hirefile.errors import FileProblem
from hirefile.services import candidates, listing, pipeline
from hirefile.services.csv_export import export_csv
from hirefile.services.csv_import import import_rows, plan_rows, read_csv
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import Activity, Candidate, StageChange

NAMES = [  # twenty scripts and writing traditions
    "Łucja Wróbel", "Şükrü Çağlar", "Nguyễn Thị Minh Khai", "Αλέξανδρος Παπαδόπουλος",
    "Олена Коваленко", "王磊", "山田 太郎", "김민준", "محمد الفارسي", "דוד כהן",
    "अनन्या शर्मा", "সৌমিত্র চট্টোপাধ্যায়", "தமிழ்செல்வி இராமன்", "สมชาย ใจดี",
    "Գևորգ Պետրոսյան", "გიორგი ბერიძე", "አበበ ቢቂላ", "Ngozi Adébáyọ̀", "Zoë Ødegård",
    "ကျော်ကျော်",
]


@pytest.fixture
def db(db_location: Path | str, identity: Identity):
    db = create_file(db_location, identity)  # a file, and a database on PostgreSQL
    yield db
    db.close()


def write(tmp_path: Path, rows: list[list[str]], *, delimiter: str = ",", bom: bool = False,
          name: str = "in.csv") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path = tmp_path / name
    path.write_bytes(buf.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def live_names(db: Database) -> list[str]:
    with db.reader() as s:
        return sorted(s.scalars(select(Candidate.full_name)
                                .where(Candidate.deleted_at.is_(None))))


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), (";", True), ("\t", False),
                                                (";", False), (",", True)])
def test_twenty_scripts_any_separator_with_or_without_bom(db: Database, tmp_path: Path,
                                                          delimiter: str, bom: bool) -> None:
    rows = [["Name", "E-mail", "Notes"]]
    rows += [[n, f"p{i}@example.org", f"line one of {n}\nline two; with, separators"]
             for i, n in enumerate(NAMES)]
    table = read_csv(write(tmp_path, rows, delimiter=delimiter, bom=bom))
    assert table.headers == ["Name", "E-mail", "Notes"]
    with db.session() as s:
        report = import_rows(s, plan_rows(table))
    assert len(report.imported) == 20 and not report.skipped
    assert live_names(db) == sorted(NAMES)
    with db.reader() as s:
        notes = s.scalar(select(Candidate.notes).where(Candidate.full_name == NAMES[8]))
    assert notes == f"line one of {NAMES[8]}\nline two; with, separators"


def test_same_file_twice_creates_nobody_twice(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, [["First name", "Last name", "Email", "Phone"],
                            ["Ana", "Lima", "ana@example.br", ""],
                            ["Kenji", "Watanabe", "", "+81 90 1234 5678"],
                            ["Amara", "Okafor", "", ""]])
    for _ in range(2):
        with db.session() as s:
            report = import_rows(s, plan_rows(read_csv(path)))
    assert len(report.imported) == 0 and len(report.duplicates) == 3
    assert live_names(db) == ["Amara Okafor", "Ana Lima", "Kenji Watanabe"]


def test_report_says_why_rows_are_skipped(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, [["Name", "Email"], ["", "nobody@example.org"],
                            ["Broken Mail", "broken@"], ["Fine Person", "fine@example.org"],
                            ["Fine Twin", "FINE@example.org"]])
    with db.session() as s:
        report = import_rows(s, plan_rows(read_csv(path)))
    text = "\n".join(report.lines())
    assert text.splitlines()[0] == "1 imported, 2 skipped, 1 duplicate"
    assert "line 2: skipped: A candidate needs a name" in text
    assert "line 3: skipped: “broken@” is not an e-mail address" in text
    assert "line 5: duplicate: Fine Twin is already here as Fine Person (same e-mail)" in text


def test_markup_and_formulas_are_kept_as_text(db: Database, tmp_path: Path) -> None:
    hostile = ['<img src="/etc/passwd"/> Eve', "=HYPERLINK(\"http://x\",\"y\")",
               "<b>Bold</b> & <i>unbalanced"]
    path = write(tmp_path, [["Name", "Company", "Notes"], [hostile[0], hostile[1], hostile[2]]])
    with db.session() as s:
        import_rows(s, plan_rows(read_csv(path)))
    with db.reader() as s:
        c = s.scalar(select(Candidate))
        assert (c.full_name, c.current_company, c.notes) == tuple(hostile)
        out = tmp_path / "out.csv"
        export_csv(s, out)
    exported = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert exported[1][0] == hostile[0]
    assert exported[1][6] == "'" + hostile[1]  # a spreadsheet must not run it
    assert exported[1][13] == hostile[2]


def test_export_then_import_round_trip(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        role = add_role_from_template(s, template("ml_engineer"))
        for i, n in enumerate(NAMES):
            c = candidates.create_candidate(s, CandidateDraft(
                full_name=n, email=f"p{i}@example.org", phone=f"+44 20 7946 0{i:03d}",
                source=Source.REFERRAL, referrer_name="Ada Obi", tags=["2026"]))
            pipeline.add_application(s, c.id, role.id)
    out = tmp_path / "out.csv"
    # reading needs no lock: the CLI exports while the file is open here
    assert main(["export-csv", location(db), str(out)]) == 0
    with db.reader() as s:
        assert export_csv(s, out) == 20
    other = create_file(tmp_path / "Other.hirefile", db.identity)
    with other.session() as s:
        report = import_rows(s, plan_rows(read_csv(out)))
    assert len(report.imported) == 20
    with other.reader() as s:
        back = {c.full_name: c for c in s.scalars(select(Candidate))}
        assert set(back) == set(NAMES)
        c = back[NAMES[0]]
        assert (c.email, c.phone, c.source, c.referrer_name) == \
            ("p0@example.org", "+44 20 7946 0000", Source.REFERRAL, "Ada Obi")
        assert candidates.tags_of(s, c.id) == ["2026"]
        assert "Roles and stages: Machine Learning Engineer · Sourced" in c.notes
    other.close()


def test_role_and_stage_columns_place_people(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        add_role_from_template(s, template("mlops"))
    title = template("mlops").title
    path = write(tmp_path, [["Name", "Email", "Job", "Stage"],
                            ["Ana Lima", "ana@example.br", title, "Technical"],
                            ["Bo Chen", "bo@example.cn", title, "Lunch"],
                            ["Cy Twain", "cy@example.org", "Astronaut", ""]])
    with db.session() as s:
        report = import_rows(s, plan_rows(read_csv(path)))
    assert report.applications == 2
    text = "\n".join(report.lines())
    assert "no stage “Lunch”" in text and "No role “Astronaut”" in text
    with db.reader() as s:
        rows = listing.application_rows(s, listing.application_ids(s))
        assert sorted((r.candidate, r.stage) for r in rows.values()) == \
            [("Ana Lima", "Technical"), ("Bo Chen", "Sourced")]


@pytest.mark.parametrize(("headers", "expected"), [
    (["First Name", "Last Name", "Email Address", "Company", "Position", "URL"],  # LinkedIn
     ["first_name", "last_name", "email", "current_company", "current_title",
      "linkedin_url"]),
    (["Name", "Email", "Phone", "Current Company", "Source", "Posting", "Stage", "Links"],
     ["full_name", "email", "phone", "current_company", "source", "role", "stage",
      "portfolio_url"]),  # Lever
    (["Prénom", "Nom", "Courriel", "Téléphone", "Ville"],
     ["first_name", "last_name", "email", "phone", "location"]),
    (["Email", "Email 2", "Favourite colour"], ["email", "keep_as_note", "keep_as_note"]),
])
def test_common_layouts_are_recognised(headers, expected) -> None:
    assert guess_mapping(headers) == expected


def test_sources_from_free_text() -> None:
    assert guess_source("Employee referral") == (Source.REFERRAL, "Employee referral")
    assert guess_source("inbound") == (Source.INBOUND, None)
    assert guess_source("PyData Berlin meetup") == (Source.EVENT, "PyData Berlin meetup")
    assert guess_source("Carrier pigeon") == (Source.OTHER, "Carrier pigeon")


@pytest.mark.parametrize(("content", "words"), [
    (b"", "is empty"),
    (b"Name\n", "no candidates"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a CSV file"),
])
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(FileProblem, match=words):
        read_csv(path)


def test_cli_import_prints_the_report_and_export_writes(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.hirefile"
    assert main(["init", str(f)]) == 0
    capsys.readouterr()
    path = write(tmp_path, [["Name", "Email"], ["王磊", "wang@example.cn"], ["", "x@y.z"]])
    assert main(["import-csv", str(f), str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 imported, 1 skipped, 0 duplicate"
    assert main(["import-csv", str(f), str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "0 imported, 1 skipped, 1 duplicate"
    assert main(["export-csv", str(f), str(tmp_path / "o.csv")]) == 0
    assert "王磊" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    with Database.open(f, Identity("x", "x"), write=False) as db, db.reader() as s:
        assert s.scalar(select(func.count(Candidate.id))) == 1


def test_cli_move_by_email_name_and_errors(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a.hirefile"
    main(["init", str(f)])
    path = write(tmp_path, [["Name", "Email"], ["Ana Lima", "ana@example.br"],
                            ["Ana Lima", "ana.lima@other.example"]])
    main(["import-csv", str(f), str(path)])
    ident = Identity("00000000-0000-4000-8000-00000000000a", "x")  # a key, as settings give
    with Database.open(f, ident) as db, db.session() as s:
        add_role_from_template(s, template("ml_lead"))
    title = template("ml_lead").title
    capsys.readouterr()
    assert main(["move", str(f), "--candidate", "ana@example.br", "--role", title,
                 "--stage", "Screen"]) == 0
    assert "added to" in capsys.readouterr().out
    assert main(["move", str(f), "--candidate", "ana@example.br", "--role", title.upper(),
                 "--stage", "technical"]) == 0
    assert capsys.readouterr().out.strip() == f"Ana Lima: Screen → Technical in “{title}”"
    assert main(["move", str(f), "--candidate", "Ana Lima", "--role", title,
                 "--stage", "Onsite"]) == 1
    assert "names 2 candidates" in capsys.readouterr().err
    assert main(["move", str(f), "--candidate", "ana@example.br", "--role", title,
                 "--stage", "Rejected"]) == 1
    assert "Say why" in capsys.readouterr().err
    assert main(["move", str(f), "--candidate", "ana@example.br", "--role", title,
                 "--stage", "Moon"]) == 1
    assert "No stage “Moon”" in capsys.readouterr().err


def test_the_import_index_finds_what_the_duplicate_check_finds(db: Database) -> None:
    from hirefile.domain.vocab import LinkKind
    from hirefile.services.dedupe import DuplicateIndex, find_duplicates

    with db.session() as s:
        for draft in (
            CandidateDraft(full_name="Łukasz Nowak", email="lukasz@example.pl",
                           phone="+48 601 234 567", github_url="github.com/lnowak",
                           linkedin_url="linkedin.com/in/lukasz-nowak"),
            CandidateDraft(full_name="Ana Lima", email="ana@example.br",
                           links=[(LinkKind.EMAIL, "ana.lima@work.example", "work")]),
            CandidateDraft(full_name="Lukasz Nowak", email="other@example.pl"),
            CandidateDraft(full_name="王磊", phone="+86 138 0013 8000"),
            CandidateDraft(full_name="Zoë Ødegård"),
        ):
            candidates.create_candidate(s, draft)
    probes = [
        CandidateDraft(full_name="Nowak Łukasz"),
        CandidateDraft(full_name="L. N.", email="LUKASZ@example.pl"),
        CandidateDraft(full_name="X", phone="0048 601-234-567",
                       github_url="https://github.com/LNowak/repo"),
        CandidateDraft(full_name="A. L.", email="ana.lima@work.example"),
        CandidateDraft(full_name="王磊"),
        CandidateDraft(full_name="Zoe Odegard"),
        CandidateDraft(full_name="Zoë Ødegårdová"),
        CandidateDraft(full_name="Nobody Known"),
    ]
    with db.reader() as s:
        index = DuplicateIndex(s)
        for draft in probes:
            assert index.find(draft) == find_duplicates(s, draft), draft.full_name
        assert [m.reasons for m in index.find(probes[2])] == [("same phone", "same GitHub")]
    # a row just imported is found by the rows after it
    index.add("new-id", {"full_name": "Kofi Mensah", "sort_name": "kofi mensah",
                         "email": "kofi@example.gh", "phone_key": None, "github_key": None,
                         "linkedin_key": None})
    found = index.find(CandidateDraft(full_name="Mensah Kofi", email="kofi@example.gh"))
    assert [(m.candidate_id, m.reasons) for m in found] == \
        [("new-id", ("same e-mail", "similar name (100%)"))]


def test_imported_rows_are_stamped_searchable_and_pass_the_check(
        db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, [["Name", "Email", "Tags"],
                            ["Jürgen Müller", "j@example.de", "python, Rust"],
                            ["Ana Lima", "ana@example.br", "rust"]])
    with db.session() as s:
        report = import_rows(s, plan_rows(read_csv(path)), file_name="in.csv")
    assert len(report.imported) == 2
    with db.reader() as s:
        ids = listing.candidate_ids(s, text="muller")
        assert [r.name for r in listing.candidate_rows(s, ids).values()] == ["Jürgen Müller"]
        c = s.get(Candidate, ids[0])
        assert c.created_by == db.identity.stamp and c.created_at == c.updated_at
        assert candidates.tags_of(s, c.id) == ["Rust", "python"]
        other = s.scalar(select(Candidate.id).where(Candidate.full_name == "Ana Lima"))
        assert candidates.tags_of(s, other) == ["Rust"]  # one tag, whatever its case
        timeline = [a.summary for a in s.scalars(select(Activity).order_by(Activity.summary))]
    assert timeline == ["Added Ana Lima", "Added Jürgen Müller",
                        "Imported 2 candidates from in.csv"]
    db.close()
    assert main(["check", location(db)]) == 0


def test_people_placed_in_bulk_have_the_history_one_by_one_would_give(
        db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        add_role_from_template(s, template("mlops"))
    title = template("mlops").title
    rows = [["Name", "Email", "Job", "Stage"], ["Ana Lima", "ana@example.br", title, "Technical"]]
    rows += [[f"Person {i}", f"p{i}@example.org", title, ""] for i in range(700)]
    with db.session() as s:
        report = import_rows(s, plan_rows(read_csv(write(tmp_path, rows))))
    assert report.applications == 701
    with db.reader() as s:
        changes = s.execute(select(StageChange.to_name, StageChange.from_name, StageChange.reason,
                                   StageChange.moved_by)).all()
        added = s.scalars(select(Activity.summary).where(
            Activity.subject_table == "application")).all()
    assert len(changes) == 701 and len(added) == 701
    assert sorted(set(changes)) == [("Sourced", None, "Imported from CSV", "Amara Okafor"),
                                    ("Technical", None, "Imported from CSV", "Amara Okafor")]
    assert f"Added to “{title}” at Technical" in added
    db.close()
    assert main(["check", location(db)]) == 0


def test_a_person_twice_in_a_file_gets_one_place_in_the_role(db: Database,
                                                             tmp_path: Path) -> None:
    with db.session() as s:
        role = add_role_from_template(s, template("mlops"))
        known = candidates.create_candidate(s, CandidateDraft(full_name="Bo Chen",
                                                              email="bo@example.cn"))
        pipeline.add_application(s, known.id, role.id)
        role_id = role.id
    rows = [["Name", "Email"], ["Ana Lima", "ana@example.br"], ["Ana Lima", "ana@example.br"],
            ["Bo Chen", "bo@example.cn"]]
    rows += [[f"Person {i}", f"p{i}@example.org"] for i in range(600)]  # past one chunk
    rows += [["Ana Lima", "ana@example.br"]]
    with db.session() as s:
        report = import_rows(s, plan_rows(read_csv(write(tmp_path, rows))), role_id=role_id)
    assert (len(report.imported), len(report.duplicates), report.applications) == (601, 3, 601)
    with db.reader() as s:
        apps = listing.application_rows(s, listing.application_ids(s))
        people = sorted(r.candidate for r in apps.values())
    assert len(people) == 602 and people.count("Ana Lima") == 1 and people.count("Bo Chen") == 1
