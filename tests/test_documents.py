"""PDF documents: what each holds (read back with pypdf), names in every script, hostile text
that must stay text, atomic writes, and `hirefile export`."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hirefile.cli import main
from hirefile.documents import styles, text
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.offers import OfferTerms
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    Axis,
    EquityKind,
    InterviewStatus,
    PayPeriod,
    RoleStatus,
    ScorecardStatus,
    StepKind,
)
from hirefile.errors import StorageFailure
from hirefile.services import (
    candidates,
    company,
    documents,
    loops,
    offers,
    packets,
    pipeline,
    scorecards,
)
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Application,
    Candidate,
    Interview,
    Offer,
    Person,
    Role,
    Scorecard,
    ScorecardRating,
)

EUR = 100
NAMES = {
    "polish": "Łucja Żółkiewska", "greek": "Ελένη Παπαδοπούλου",
    "cyrillic": "Наталія Марченко", "turkish": "Şükrü Öztürk",
    "vietnamese": "Nguyễn Thị Hương", "chinese": "王秀英", "japanese": "田中 さくら",
    "korean": "김민준", "arabic": "مصطفى سليمان",
}
LONG_NOTE = " ".join(f"Sentence {i} of a very long note about the candidate's work."
                     for i in range(90))[:5000]
HOSTILE = ['<img src="/etc/passwd"/>', '<a href="file:///etc/passwd">x</a>', "R&D & more",
           "<b>unbalanced", "launch 😀 🚀 done", "你好，世界"]
RTL = "مرحبا بالعالم"


# reading PDFs back -----------------------------------------------------------------------------

def pdf_text(data: bytes, *, body_only: bool = False) -> str:
    """The PDF's text, NFKC-normalised (Arabic comes back as presentation forms); with
    `body_only`, without the running header and footer of each page."""
    reader = PdfReader(io.BytesIO(data))
    if not body_only:
        return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
    parts: list[str] = []
    for page in reader.pages:
        top = float(page.mediabox.height) - 60

        def visit(piece: str, cm: list[float], tm: list[float], *_: object,
                  top: float = top) -> None:
            if 50 < cm[5] + tm[5] * cm[3] < top:
                parts.append(piece)

        page.extract_text(visitor_text=visit)
    return unicodedata.normalize("NFKC", "".join(parts))


def squash(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).split())


def image_count(data: bytes) -> int:
    n = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        n += sum(1 for ref in xobjects.values() if ref.get_object()["/Subtype"] == "/Image")
    return n


def assert_no_links(data: bytes) -> None:
    assert b"/URI" not in data and b"/Launch" not in data
    for page in PdfReader(io.BytesIO(data)).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert action.get("/S") not in ("/URI", "/Launch")


# a small desk ----------------------------------------------------------------------------------

@dataclass
class Desk:
    app_id: str
    offer_id: str
    role_id: str
    candidate_id: str


def revealed(db: Database, app_id: str) -> str:
    """The file's person, having revealed the sealed feedback (exports follow sealing)."""
    with db.session() as s:
        scorecards.reveal(s, app_id, db.identity.person_id)
    return db.identity.person_id


def add_person(s, name: str) -> str:
    p = Person(name=name)
    s.add(p)
    return p.id


def add_scorecard(s, app_id: str, title: str, person_id: str,
                  ratings: dict[Axis, tuple[int | None, str]], recommendation: int | None,
                  takeaways: str, *, submitted: bool = True, days_ago: int = 3) -> None:
    at = datetime.now(timezone.utc) - timedelta(days=days_ago)
    iv = Interview(application_id=app_id, kind=StepKind.TECH_DISCUSSION, title=title,
                   starts_at=at, minutes=60, status=InterviewStatus.DONE)
    s.add(iv)
    sc = Scorecard(interview_id=iv.id, application_id=app_id, interviewer_id=person_id,
                   status=ScorecardStatus.SUBMITTED if submitted else ScorecardStatus.DRAFT,
                   submitted_at=at if submitted else None, recommendation=recommendation,
                   takeaways=takeaways)
    s.add(sc)
    for axis, (rating, evidence) in ratings.items():
        s.add(ScorecardRating(scorecard_id=sc.id, axis=axis, rating=rating, evidence=evidence))


def make_desk(db: Database, name: str = "Łucja Żółkiewska", *, note: str = "",
              company_name: str = "Fernwood AI GmbH", role_title: str | None = None) -> Desk:
    with db.session() as s:
        company.update_company(s, company.CompanyDraft(
            name=company_name, address="Torstraße 140\n10119 Berlin\nGermany",
            website="https://fernwood.ai", signatory_name="Lena Hoffmann",
            signatory_title="CEO and co-founder", default_currency="EUR"))
        role = add_role_from_template(
            s, template("ml_engineer"), title=role_title, status=RoleStatus.OPEN,
            pay_min=85_000 * EUR, pay_max=115_000 * EUR, pay_currency="EUR",
            pay_period=PayPeriod.YEAR, location="Berlin, Germany", equity_min_bp=10,
            equity_max_bp=40)
        c = candidates.create_candidate(s, CandidateDraft(
            full_name=name, email=f"{uuid.uuid4().hex[:10]}@example.org",
            location="Kraków, Poland", expectation=100_000 * EUR, expectation_currency="EUR",
            expectation_period=PayPeriod.YEAR, github_url="https://github.com/lucja",
            notes=note))
        s.flush()
        app = pipeline.add_application(s, c.id, role.id)
        marta, hiroshi = add_person(s, "Marta Kowalczyk"), add_person(s, "Hiroshi Tanaka")
        add_scorecard(s, app.id, "Past project deep dive", marta,
                      {Axis.ML_PRACTICE: (4, "Shipped a ranking model end to end."),
                       Axis.THEORY: (2, "Unsure about calibration.")}, 4,
                      "Strong yes: ships end to end.")
        add_scorecard(s, app.id, "ML system design", hiroshi,
                      {Axis.ML_PRACTICE: (3, "Sound retraining plan."),
                       Axis.SOFTWARE: (None, "Not covered in this interview.")}, 3,
                      "Yes, with a gap on testing.")
        add_scorecard(s, app.id, "Founder conversation", marta, {Axis.ML_PRACTICE: (1, "")}, 1,
                      "DRAFT TAKEAWAY, not submitted", submitted=False, days_ago=0)
        o = offers.create_offer(s, app.id, OfferTerms(
            base_salary=95_000 * EUR, currency="EUR", period=PayPeriod.YEAR,
            equity_kind=EquityKind.OPTIONS, equity_options=12_000, vesting_months=48,
            cliff_months=12, bonus=5_000 * EUR, bonus_note="Sign-on bonus",
            start_date=date.today() + timedelta(days=40),
            expires_on=date.today() + timedelta(days=10)))
        offers.send(s, o.id)
        return Desk(app.id, o.id, role.id, c.id)


@pytest.fixture
def desk(new_db: Database) -> Desk:
    return make_desk(new_db)


# the offer letter ------------------------------------------------------------------------------

def test_offer_letter_holds_the_terms(new_db: Database, desk: Desk) -> None:
    with new_db.reader() as s:
        pdf = documents.offer_letter_pdf(s, desk.offer_id)
    found = pdf_text(pdf)
    sent = f"{date.today().day} {date.today():%B %Y}"  # the day it was sent
    for part in ("Fernwood AI GmbH", "Torstraße 140", sent, "Łucja Żółkiewska",
                 "Kraków, Poland", "Offer of employment: Machine Learning Engineer",
                 "€95,000 per year", "12,000 stock options", "Over 4 years with a 1-year cliff",
                 "€5,000 (Sign-on bonus)", "Lena Hoffmann", "CEO and co-founder",
                 "Acceptance", "Dear Łucja Żółkiewska,"):
        assert part in found, part
    assert "DRAFT" not in found and image_count(pdf) == 0
    assert_no_links(pdf)


def test_a_draft_offer_letter_says_so_and_a_logo_is_the_only_image(new_db: Database,
                                                                  desk: Desk) -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 40), (28, 107, 115)).save(buf, "PNG")
    with new_db.session() as s:
        company.set_logo(s, buf.getvalue())
        offers.withdraw(s, desk.offer_id, note="New numbers")
        oid = offers.create_offer(s, desk.app_id, offers.new_terms(s, desk.app_id)).id
        pdf = documents.offer_letter_pdf(s, oid, allow_empty=True)
        jd = documents.job_description_pdf(s, desk.role_id)
        packet = packets.packet_pdf(s, desk.app_id)
    assert "DRAFT" in pdf_text(pdf)
    assert image_count(pdf) == 1 and image_count(jd) == 1 and image_count(packet) == 0


# names in every script -------------------------------------------------------------------------

@pytest.mark.parametrize("script", list(NAMES))
def test_names_in_every_script_print_and_read_back(new_db: Database, script: str) -> None:
    name = NAMES[script]
    desk = make_desk(new_db, name)
    with new_db.reader() as s:
        letter = pdf_text(documents.offer_letter_pdf(s, desk.offer_id))
        packet = pdf_text(packets.packet_pdf(s, desk.app_id))
    wanted = unicodedata.normalize("NFKC", name)
    assert wanted in letter and wanted in packet
    assert f"Dear {wanted}," in letter or script == "arabic"


@pytest.mark.parametrize("script", list(NAMES))
def test_every_letter_of_a_name_has_a_glyph_in_its_font(script: str) -> None:
    """No black boxes: each run is drawn in a font whose character map has its letters."""
    from reportlab.pdfbase import pdfmetrics

    shown = text.visual_order(NAMES[script])
    for font, run in text.runs(shown):
        cmap = pdfmetrics.getFont(font or styles.SANS).face.charToGlyph
        assert all(ord(ch) in cmap for ch in run if not ch.isspace()), (font, run)
    uses_cjk = script in ("chinese", "japanese", "korean")
    assert (styles.CJK in text.markup(NAMES[script])) is uses_cjk


def test_markup_escapes_and_never_builds_tags_from_user_text() -> None:
    for hostile in HOSTILE:
        built = text.markup(hostile)
        assert "<img" not in built and "<a " not in built and "<b>" not in built
    assert text.markup("a & b\nc") == "a &amp; b<br/>c"
    assert text.markup("A\x00B\tC") == "AB    C"


# the interview packet --------------------------------------------------------------------------

def test_packet_holds_the_loop_and_scorecards_but_no_feedback(new_db: Database,
                                                              desk: Desk) -> None:
    with new_db.reader() as s:
        loop = loops.loop(s, desk.role_id)
        found = pdf_text(packets.packet_pdf(s, desk.app_id))
    for step in loop.steps:
        assert step.title in found
        assert all(q.text[:40] in found.replace("\n", " ") for q in step.questions[:1])
    for part in ("The candidate at a glance", "The role at a glance",
                 "https://github.com/lucja", "€100,000 per year: within the role's range",
                 "Must-haves", *(a.label for a in Axis), "Strong no", "Not assessed",
                 "Overall recommendation", "Portfolio review", "Docstrings and type hints",
                 "Culture conversation", "Working style: autonomy"):
        assert part in found or part in " ".join(found.split()), part
    assert "Submitted feedback" not in found and "Strong yes: ships end to end." not in found


def test_packet_with_feedback_shows_submitted_scorecards_only(new_db: Database,
                                                              desk: Desk) -> None:
    me = revealed(new_db, desk.app_id)
    with new_db.reader() as s:
        found = pdf_text(packets.packet_pdf(s, desk.app_id, include_feedback=True,
                                            viewer_id=me))
    assert "Submitted feedback" in found
    assert "Strong yes: ships end to end." in found and "Sound retraining plan." in found
    assert "DRAFT TAKEAWAY" not in found


# the job description ---------------------------------------------------------------------------

def test_job_description_pdf_and_markdown(new_db: Database, desk: Desk, tmp_path: Path) -> None:
    with new_db.reader() as s:
        found = pdf_text(documents.job_description_pdf(s, desk.role_id))
        md_path = documents.export_job_description(s, desk.role_id, tmp_path / "jd.md")
    md = md_path.read_text(encoding="utf-8")
    for part in ("Machine Learning Engineer", "€85,000 – €115,000 per year",
                 "0.1% – 0.4% of the company", "Shipped at least one ML model to production",
                 "Experiment tracking and model registries", "PyTorch", "Full-time",
                 "Berlin, Germany", "How we interview", "Intro call", "ML system design",
                 "5 steps, about 4 h of your time in total"):
        assert part in found, part
        assert part in md, part
    assert md.startswith("# Machine Learning Engineer\n")


def test_markdown_shows_user_text_as_typed() -> None:
    from hirefile.documents.markdown import md

    assert md('<img src="/etc/passwd"/> *bold* [x](y)') == \
        '\\<img src="/etc/passwd"/\\> \\*bold\\* \\[x\\](y)'
    assert md("# not a heading") == "\\# not a heading"
    assert md("1. not a list") == "1\\. not a list"
    assert md("R&D &amp; C#") == "R&D &amp;amp; C#"


# the debrief -----------------------------------------------------------------------------------

def test_debrief_weighs_the_ratings_by_the_role(new_db: Database, desk: Desk) -> None:
    me = revealed(new_db, desk.app_id)
    with new_db.reader() as s:
        data = packets.gather_debrief(s, desk.app_id, viewer_id=me)
        found = pdf_text(packets.debrief_pdf(s, desk.app_id, viewer_id=me))
    # ML practice (weight 30) mean (4 + 3) / 2; theory (weight 10) 2; the rest not assessed.
    assert data.weighted_score == pytest.approx((30 * 3.5 + 10 * 2) / 40)
    assert data.drafts_left_out == 1 and len(data.scorecards) == 2
    for part in ("Debrief summary", "Łucja Żółkiewska", "Role-weighted score", "3.1",
                 "Marta Kowalczyk", "Hiroshi Tanaka", "Shipped a ranking model end to end.",
                 "Not covered in this interview.", "No decision recorded yet",
                 "1 draft scorecard(s) are not included"):
        assert part in found, part
    assert "DRAFT TAKEAWAY" not in found


# hostile text ----------------------------------------------------------------------------------

def test_hostile_text_stays_text_in_every_document(new_db: Database, tmp_path: Path) -> None:
    hostile = "\n".join([*HOSTILE, RTL, LONG_NOTE])
    desk = make_desk(new_db, '<img src="/etc/passwd"/> Ada & Co 😀',
                     company_name="Acme & Sons <b>unbalanced",
                     role_title='<a href="file:///etc/passwd">x</a> Engineer')
    with new_db.session() as s:
        offers.set_letter_body(s, desk.offer_id, "Dear {candidate_name},\n\n" + hostile)
        role = s.get_one(Role, desk.role_id)
        role.responsibilities = hostile
        role.must_haves = [*HOSTILE, RTL]
        step = loops.add_step(s, desk.role_id, kind=StepKind.OTHER, title=HOSTILE[1],
                              minutes=30, axes=[Axis.CULTURE])
        loops.add_step_question(s, step.id, text=HOSTILE[0] + " " + HOSTILE[3])
        person = add_person(s, "Priya <i>Raman</i>")
        add_scorecard(s, desk.app_id, HOSTILE[3], person, {Axis.CULTURE: (3, hostile)}, 3,
                      hostile)
    me = revealed(new_db, desk.app_id)
    with new_db.reader() as s:
        pdfs = {
            "offer": documents.offer_letter_pdf(s, desk.offer_id),
            "packet": packets.packet_pdf(s, desk.app_id, include_feedback=True, viewer_id=me),
            "jd": documents.job_description_pdf(s, desk.role_id),
            "debrief": packets.debrief_pdf(s, desk.app_id, viewer_id=me),
        }
    for kind, pdf in pdfs.items():
        assert image_count(pdf) == 0, kind
        assert_no_links(pdf)
        found = squash(pdf_text(pdf, body_only=True))
        for part in [*HOSTILE, RTL, LONG_NOTE]:
            assert squash(part) in found, (kind, part[:40])


# writing ---------------------------------------------------------------------------------------

def test_a_missing_folder_is_a_storage_failure_and_leaves_nothing(new_db: Database,
                                                                  desk: Desk,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "missing" / "offer.pdf"
    with pytest.raises(StorageFailure, match="does not exist"), new_db.reader() as s:
        documents.export_offer_letter(s, desk.offer_id, target)
    assert not target.parent.exists()


def test_a_folder_that_cannot_be_written_leaves_the_old_file(new_db: Database, desk: Desk,
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "packet.pdf"
    target.write_bytes(b"the old packet")
    if os.geteuid() == 0:  # root writes anywhere: refuse the final rename as a read-only disk
        def refuse(*_args: object) -> None:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr("hirefile.fsutil.os.replace", refuse)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(StorageFailure, match="Not allowed to write"), new_db.reader() as s:
            packets.export_packet(s, desk.app_id, target)
    finally:
        folder.chmod(0o755)
    assert [p.name for p in folder.iterdir()] == ["packet.pdf"]
    assert target.read_bytes() == b"the old packet"


def test_a_full_disk_leaves_no_half_written_file(new_db: Database, desk: Desk, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(StorageFailure, match="The disk is full"), new_db.reader() as s:
        packets.export_debrief(s, desk.app_id, tmp_path / "debrief.pdf")
    monkeypatch.undo()
    assert list(tmp_path.glob("*debrief*")) == []


# the command line ------------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def demo_refs(db: Database) -> dict[str, tuple[str, str]]:
    """(candidate id, role id) of a demo application with a sent offer, and of one without."""
    with db.reader() as s:
        with_offer = s.execute(select(Application.candidate_id, Application.role_id)
                               .join(Offer, Offer.application_id == Application.id)
                               .where(Offer.status == "sent")).first()
        without = s.execute(select(Application.candidate_id, Application.role_id)
                            .outerjoin(Offer, Offer.application_id == Application.id)
                            .where(Offer.id.is_(None))).first()
    assert with_offer and without
    return {"offer": tuple(with_offer), "none": tuple(without)}  # type: ignore[dict-item]


def test_cli_exports_every_kind(demo_db: Database, tmp_path: Path, capsys) -> None:
    refs = demo_refs(demo_db)
    cand, role = refs["offer"]
    with demo_db.reader() as s:
        name = s.get_one(Candidate, cand).full_name
    for kind, out in (("packet", "p.pdf"), ("offer", "o.pdf"), ("debrief", "d.pdf")):
        code, printed, err = run(capsys, "export", kind, demo_db.path, "--candidate", cand,
                                 "--role", role, "-o", tmp_path / out)
        assert (code, err) == (0, ""), err
        assert printed.startswith("exported the") and str(tmp_path / out) in printed
        assert unicodedata.normalize("NFKC", name) in pdf_text((tmp_path / out).read_bytes())
    code, _, _ = run(capsys, "export", "packet", demo_db.path, "--candidate", cand, "--role",
                     role, "--include-feedback", "-o", tmp_path / "pf.pdf")
    assert code == 0 and "Submitted feedback" in pdf_text((tmp_path / "pf.pdf").read_bytes())
    for out in ("jd.pdf", "jd.md"):
        code, _, err = run(capsys, "export", "jd", demo_db.path, "--role", role, "-o",
                           tmp_path / out)
        assert (code, err) == (0, "")
    assert (tmp_path / "jd.md").read_text(encoding="utf-8").startswith("# ")


def test_cli_export_errors_are_one_line(demo_db: Database, tmp_path: Path, capsys) -> None:
    refs = demo_refs(demo_db)
    cand, role = refs["offer"]
    plain, plain_role = refs["none"]
    cases = [
        (["offer", "--candidate", "nobody@example.invalid"], "No candidate"),
        (["offer", "--candidate", plain, "--role", plain_role], "There is no offer"),
        (["jd"], "needs --role"),
        (["packet", "--role", role], "needs --candidate"),
        (["packet", "--candidate", cand, "--role", role, "-o", tmp_path / "x.md"],
         "only a job description can be written as Markdown"),
        (["debrief", "--candidate", cand, "--role", role, "-o", tmp_path / "no" / "d.pdf"],
         "does not exist"),
    ]
    for args, message in cases:
        if "-o" not in args:
            args = [*args, "-o", tmp_path / "out.pdf"]
        code, out, err = run(capsys, "export", args[0], demo_db.path, *args[1:])
        assert code == 1 and out == "", (args, err)
        assert err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "out.pdf").exists()


def test_cli_offer_export_stops_on_template_problems(demo_db: Database, tmp_path: Path,
                                                     capsys) -> None:
    cand, role = demo_refs(demo_db)["offer"]
    with demo_db.session() as s:
        company.set_letter_template(s, "Dear {candidate_name}, {equity} {typo}")
        app = pipeline.application_for(s, cand, role)
        assert app is not None
        o = offers.latest_offer(s, app.id)
        assert o is not None and o.status.value == "sent"
        s.get_one(Offer, o.id).equity_kind = EquityKind.NONE
    args = ["export", "offer", demo_db.path, "--candidate", cand, "--role", role, "-o",
            tmp_path / "o.pdf"]
    code, _, err = run(capsys, *args)
    assert code == 1 and err.count("\n") == 1
    assert "unknown placeholders {typo}" in err and "nothing to fill in for {equity}" in err
    assert not (tmp_path / "o.pdf").exists()
    code, _, err = run(capsys, *args, "--allow-empty")
    assert (code, err) == (0, "") and "{typo}" in pdf_text((tmp_path / "o.pdf").read_bytes())


def test_importing_the_cli_does_not_load_reportlab() -> None:
    code = ("import sys, hirefile.cli, hirefile.services.documents, hirefile.services.packets;"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'PySide6'}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
