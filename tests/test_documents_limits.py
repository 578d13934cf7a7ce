"""Every document with every text field at its limit (`domain.limits.column_limit`).

Each field is filled to exactly its limit with mixed scripts (Latin, CJK, Arabic, Devanagari,
emoji), long unbroken tokens (URLs, runs of Chinese without spaces) and text that looks like
ReportLab markup. Each starts with `BEGIN<tag>` and ends with `FINIS<tag>`, so reading the PDF
back proves a long field flowed across pages and nothing was cut. Timings are not asserted
here: `tests/bench/bench_documents.py` measures them on the same file.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from hirefile.documents import text as text_module
from hirefile.documents.components import HEADER, Spot, fit
from hirefile.documents.person_summary import build_summary
from hirefile.documents.text import breakable, pieces
from hirefile.domain.anchors import ANCHOR_LIMIT
from hirefile.domain.limits import column_limit, is_one_line
from hirefile.domain.offers import OfferTerms
from hirefile.domain.templates import template
from hirefile.domain.vocab import (
    Axis,
    CheckResult,
    CultureDimension,
    Decision,
    EquityKind,
    InterviewStatus,
    LinkKind,
    PayPeriod,
    PortfolioCheck,
    RoleStatus,
    ScorecardStatus,
    StepKind,
)
from hirefile.errors import ValidationError
from hirefile.services import company, documents, offers, packets, pipeline
from hirefile.services.files import create_file
from hirefile.services.person_export import gather
from hirefile.services.person_summary import summary_data
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Application,
    Candidate,
    CandidateLink,
    CultureAssessment,
    CultureRating,
    DebriefDecision,
    DebriefEstimate,
    Interview,
    InterviewPanelist,
    LoopStep,
    LoopStepQuestion,
    Offer,
    Person,
    PortfolioReview,
    PortfolioReviewCheck,
    Question,
    Role,
    RoleStage,
    Scorecard,
    ScorecardRating,
)

#: The pieces long text is made of, in turn: every script the fonts cover, markup-looking text,
#: a long URL and a long run of Chinese with no break opportunity the usual way.
PIECES = (
    'Plain words with R&D & <b>bold</b> <img src="/etc/passwd"/> <a href="file:///x">y</a> '
    "and <unbalanced. ",
    "https://example.org/" + "averyveryverylongpathsegment" * 14 + "?q=1 ",
    "这是一个没有空格的很长的中文句子用来测试换行和分页是否正常" * 5 + " ",
    "مرحبا بالعالم، هذا نص عربي طويل للاختبار ",
    "नमस्ते दुनिया, यह हिंदी पाठ है ",
    "launch 😀🚀 done ",
    "Zażółć gęślą jaźń · Ελληνικά · Кириллица · 김민준 田中さくら ",
)


def filled(column: str, tag: str, limit: int | None = None) -> str:
    """Exactly `limit` (default: `column_limit(column)`) characters from `BEGIN<tag>` to
    `FINIS<tag>`: one line when the column holds one line, else paragraphs and line breaks."""
    limit = limit or column_limit(column)
    head, tail = f"BEGIN{tag} ", f" FINIS{tag}"
    multi = not is_one_line(column)
    parts: list[str] = []
    size = 0
    for n, piece in enumerate(itertools.cycle(PIECES)):
        if multi and n % 7 == 6:
            piece += "\n\n" if n % 14 == 6 else "\n"
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    body = "".join(parts)[: limit - len(head) - len(tail)]
    text = head + body + tail
    assert len(text) == limit, (column, len(text), limit)
    return text


def plain(column: str, tag: str) -> str:
    """Exactly `column_limit(column)` ASCII characters without a space (e-mails, phones,
    links as typed), from `BEGIN<tag>` to `FINIS<tag>`."""
    limit = column_limit(column)
    head, tail = f"BEGIN{tag}", f"FINIS{tag}" + ("@example.org" if column == "email" else "")
    return head + "x" * (limit - len(head) - len(tail)) + tail


@dataclass
class Refs:
    app_id: str
    offer_id: str
    role_id: str
    #: An interviewer who submitted: feedback is open to them, so every field shows.
    viewer_id: str


def person(s, tag: str) -> str:
    p = Person(name=filled("name", tag), email=plain("email", tag + "m"),
               title=filled("title", tag + "t"))
    s.add(p)
    s.flush()
    return p.id


def fill_at_limits(db: Database, *, scorecards: int = 3, steps: int = 2) -> Refs:
    """A file whose every text field that reaches a document is at its limit."""
    at = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
    with db.session() as s:
        company.update_company(s, company.CompanyDraft(
            name="Acme", address="x", signatory_name="x", signatory_title="x",
            default_currency="EUR"))
        profile = company.profile_row(s)
        assert profile is not None
        profile.name = filled("name", "company")
        profile.address = filled("address", "address")
        profile.website = plain("website", "website")
        profile.signatory_name = filled("signatory_name", "signatory")
        profile.signatory_title = filled("signatory_title", "sigtitle")
        profile.offer_letter_template = filled("offer_letter_template", "template")

        role = add_role_from_template(
            s, template("ml_engineer"), status=RoleStatus.OPEN, pay_min=85_000_00,
            pay_max=115_000_00, pay_currency="EUR", pay_period=PayPeriod.YEAR,
            equity_min_bp=10, equity_max_bp=40)
        s.flush()
        role.title = filled("title", "roletitle")
        role.location = filled("location", "rolelocation")
        role.responsibilities = filled("responsibilities", "responsibilities")
        # A list column's limit holds for the whole list: ten items sharing it.
        share = column_limit("must_haves") // 10
        role.must_haves = [filled("must_haves", f"must{i}", share) for i in range(10)]
        role.nice_to_haves = [filled("nice_to_haves", f"nice{i}", share) for i in range(10)]
        role.tech_stack = [filled("tech_stack", f"tech{i}", share) for i in range(10)]
        for stage in s.query(RoleStage).filter(RoleStage.role_id == role.id):
            stage.name = filled("name", f"stage{stage.position}")

        for old in s.query(LoopStep).filter(LoopStep.role_id == role.id):
            old.deleted_at = at
        loop_steps = []
        for i in range(steps):
            step = LoopStep(role_id=role.id, position=i, kind=StepKind.TECH_DISCUSSION,
                            title=filled("title", f"step{i}"), minutes=60,
                            axes=[a.value for a in Axis], notes=filled("notes", f"stepnotes{i}"))
            s.add(step)
            s.flush()
            bank = Question(axis=Axis.ML_PRACTICE, text=filled("text", f"bankq{i}"),
                            guidance=filled("guidance", f"guidance{i}"),
                            anchors=[filled("reason", f"anchor{i}x{n}", ANCHOR_LIMIT)
                                     for n in range(4)])
            s.add(bank)
            s.flush()
            s.add(LoopStepQuestion(step_id=step.id, question_id=bank.id, position=0))
            s.add(LoopStepQuestion(step_id=step.id, text=filled("text", f"ownq{i}"),
                                   position=1))
            loop_steps.append(step)

        c = Candidate(full_name=filled("full_name", "candidate"),
                      preferred_name=filled("preferred_name", "preferred"),
                      pronouns=filled("pronouns", "pronouns"), email=plain("email", "email"),
                      phone=plain("phone", "phone"), location=filled("location", "candloc"),
                      github_url=plain("github_url", "github"),
                      linkedin_url=plain("linkedin_url", "linkedin"),
                      portfolio_url=plain("portfolio_url", "portfolio"),
                      source_detail=filled("source_detail", "sourcedetail"),
                      referrer_name=filled("referrer_name", "referrer"),
                      current_company=filled("current_company", "curco"),
                      current_title=filled("current_title", "curtitle"),
                      availability=filled("availability", "availability"),
                      notes=filled("notes", "candnotes"))
        s.add(c)
        s.flush()
        for i, kind in enumerate((LinkKind.PAPER, LinkKind.OTHER, LinkKind.EMAIL)):
            s.add(CandidateLink(candidate_id=c.id, kind=kind, value=plain("value", f"link{i}"),
                                label=filled("label", f"linklabel{i}")))
        app = pipeline.add_application(s, c.id, role.id)
        s.flush()

        interviewers = [person(s, f"interviewer{i}") for i in range(scorecards)]
        for i in range(scorecards):
            step = loop_steps[i % len(loop_steps)]
            iv = Interview(application_id=app.id, loop_step_id=step.id,
                           kind=StepKind.TECH_DISCUSSION, title=filled("title", f"iv{i}"),
                           starts_at=at - timedelta(days=scorecards - i), minutes=60,
                           location=filled("location", f"ivloc{i}"),
                           status=InterviewStatus.DONE)
            s.add(iv)
            s.flush()
            for pid in interviewers:
                s.add(InterviewPanelist(interview_id=iv.id, person_id=pid))
            sc = Scorecard(interview_id=iv.id, application_id=app.id,
                           interviewer_id=interviewers[i], status=ScorecardStatus.SUBMITTED,
                           submitted_at=iv.starts_at, recommendation=1 + i % 4,
                           takeaways=filled("takeaways", f"takeaways{i}"))
            s.add(sc)
            s.flush()
            for j, axis in enumerate(Axis):
                s.add(ScorecardRating(scorecard_id=sc.id, axis=axis, rating=1 + (i + j) % 4,
                                      evidence=filled("evidence", f"evidence{i}x{j}")))

        review = PortfolioReview(
            application_id=app.id, reviewer_id=interviewers[0], reviewed_on=at.date(),
            urls=[{"url": plain("value", f"reviewurl{i}"), "ref": filled("label", f"ref{i}")}
                  for i in range(2)],
            looked_at=filled("looked_at", "lookedat"), rating=3,
            notes=filled("notes", "reviewnotes"))
        s.add(review)
        s.flush()
        for i, item in enumerate(PortfolioCheck):
            s.add(PortfolioReviewCheck(review_id=review.id, item=item, result=CheckResult.PASS,
                                       note=filled("note", f"check{i}")))
        culture = CultureAssessment(application_id=app.id, assessor_id=interviewers[-1],
                                    assessed_on=at.date(),
                                    summary=filled("summary", "culturesummary"))
        s.add(culture)
        s.flush()
        for i, dim in enumerate(CultureDimension):
            s.add(CultureRating(assessment_id=culture.id, dimension=dim, rating=1 + i % 4,
                                evidence=filled("evidence", f"culture{i}")))
        for i, pid in enumerate(interviewers):  # each revised after the discussion
            s.add(DebriefEstimate(application_id=app.id, person_id=pid, aspect="overall",
                                  before_score=1 + i % 4, before_at=at,
                                  after_score=1 + (i + 1) % 4, revised_at=at,
                                  reason=filled("reason", f"moved{i}")))
        s.add(DebriefDecision(application_id=app.id, decision=Decision.HIRE,
                              rationale=filled("rationale", "rationale"),
                              decided_by_id=interviewers[0], decided_at=at))

        o = offers.create_offer(s, app.id, OfferTerms(
            base_salary=95_000_00, currency="EUR", period=PayPeriod.YEAR,
            equity_kind=EquityKind.OPTIONS, equity_options=12_000, vesting_months=48,
            cliff_months=12, bonus=5_000_00, bonus_note="x",
            start_date=date(2026, 5, 1), expires_on=date(2026, 4, 1)))
        s.flush()
        offer_row = s.get_one(Offer, o.id)
        offer_row.bonus_note = filled("bonus_note", "bonusnote")
        offer_row.letter_body = filled("letter_body", "letter")
        role_id = role.id
        return Refs(app.id, o.id, role_id, interviewers[0])


# what each document shows ----------------------------------------------------------------------

SCORECARDS, STEPS = 3, 2
#: Fields each document shows whole (their tags): the first is the longest it shows.
WHOLE: dict[str, list[str]] = {
    "offer": ["letter", "candidate", "candloc", "email", "roletitle", "rolelocation",
              "bonusnote", "signatory", "sigtitle", "company"],
    "packet": ["responsibilities", *(f"must{i}" for i in range(10)), "candidate", "roletitle",
               "email", "phone", "candloc", "pronouns", "curtitle", "curco", "github",
               "linkedin", "portfolio", *(f"link{i}" for i in range(3)),
               *(f"linklabel{i}" for i in range(3)), "sourcedetail", "referrer", "stage0",
               "availability", "rolelocation",
               *(f"{field}{i}" for field in ("step", "stepnotes", "bankq", "guidance", "ownq")
                 for i in range(STEPS)),
               *(f"anchor{i}x{n}" for i in range(STEPS) for n in range(4)),
               *(f"ivloc{i}" for i in range(SCORECARDS)),
               *(f"interviewer{i}" for i in range(SCORECARDS))],
    "jd": ["responsibilities", "company", "roletitle", "rolelocation",
           *(f"{field}{i}" for field in ("must", "nice", "tech") for i in range(10)),
           *(f"step{i}" for i in range(STEPS))],
    "debrief": ["rationale", "candidate", "roletitle", "stage0", "lookedat", "reviewnotes",
                "culturesummary",
                *(f"{field}{i}" for field in ("interviewer", "iv", "takeaways")
                  for i in range(SCORECARDS)),
                *(f"evidence{i}x{j}" for i in range(SCORECARDS) for j in range(len(Axis))),
                *(f"check{i}" for i in range(len(PortfolioCheck))),
                *(f"culture{i}" for i in range(len(CultureDimension))),
                *(f"reviewurl{i}" for i in range(2)), *(f"ref{i}" for i in range(2)),
                *(f"moved{i}" for i in range(SCORECARDS))],
}
#: A person's access request shows every field about them whole.
WHOLE["person"] = ["candnotes", "candidate", "preferred", "pronouns", "email", "phone",
                   "candloc", "github", "linkedin", "portfolio", "sourcedetail", "referrer",
                   "curco", "curtitle", "availability", "roletitle",
                   *(f"link{i}" for i in range(3)), *(f"linklabel{i}" for i in range(3)),
                   *WHOLE["debrief"][1:], "bonusnote"]
WHOLE["feedback"] = [*WHOLE["packet"],
                     *(f"{field}{i}" for field in ("iv", "takeaways") for i in range(SCORECARDS)),
                     *(f"evidence{i}x{j}" for i in range(SCORECARDS) for j in range(len(Axis)))]
#: Fields only spots that cannot flow show, shortened: the letterhead's address and website,
#: the running header's company (packets, debrief), the job description's footer (website).
SHORTENED = {"offer": ["address", "website"], "jd": ["website"], "packet": ["company"],
             "feedback": ["company"], "debrief": ["company"]}


# reading back ----------------------------------------------------------------------------------

@functools.cache
def squashed_text(data: bytes) -> tuple[str, int]:
    """The PDF's text without whitespace (NFKC: Arabic comes back as presentation forms), and
    its page count."""
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return "".join(unicodedata.normalize("NFKC", text).split()), len(reader.pages)


def export_all(db: Database, refs: Refs) -> dict[str, bytes]:
    with db.reader() as s:
        return {
            "offer": documents.offer_letter_pdf(s, refs.offer_id, today=date(2026, 3, 2),
                                                allow_empty=True),
            "packet": packets.packet_pdf(s, refs.app_id),
            "feedback": packets.packet_pdf(s, refs.app_id, include_feedback=True,
                                           viewer_id=refs.viewer_id),
            "jd": documents.job_description_pdf(s, refs.role_id),
            "debrief": packets.debrief_pdf(s, refs.app_id, viewer_id=refs.viewer_id),
            "person": build_summary(summary_data(
                s, gather(s, s.get_one(Application, refs.app_id).candidate_id),
                datetime(2026, 3, 2, tzinfo=timezone.utc))),
        }


@pytest.fixture(scope="module")
def at_limits(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], Path]:
    path = tmp_path_factory.mktemp("limits") / "Limits.hirefile"
    db = create_file(path, Identity(str(uuid.uuid4()), "Limits"))
    try:
        refs = fill_at_limits(db)
        return export_all(db, refs), path
    finally:
        db.close()


def test_every_document_exports_at_the_limits_over_several_pages(at_limits) -> None:
    pdfs, _ = at_limits
    for kind, pdf in pdfs.items():
        _, pages = squashed_text(pdf)
        assert pages > 1, kind


def test_at_the_limits_no_page_is_near_empty_and_none_ends_on_a_heading(at_limits) -> None:
    from pdf_layout import near_empty_pages, pages, pages_ending_on_a_heading

    pdfs, _ = at_limits
    for kind in ("offer", "packet", "jd"):  # the debrief: test_documents_debrief.py
        found = pages(pdfs[kind])
        assert near_empty_pages(found) == [], kind
        assert pages_ending_on_a_heading(found) == [], kind


@pytest.mark.parametrize("kind", sorted(WHOLE))
def test_each_field_shown_whole_keeps_its_first_and_last_words(at_limits, kind: str) -> None:
    """The markers of the longest field, and of every other field the document shows whole,
    are both in the text read back: the field broke across pages and lost nothing."""
    text, _ = squashed_text(at_limits[0][kind])
    missing = [f"{edge}{tag}" for tag in WHOLE[kind] for edge in ("BEGIN", "FINIS")
               if f"{edge}{tag}" not in text]
    assert not missing, (kind, len(missing), missing)


def test_spots_that_cannot_flow_shorten_with_an_ellipsis(at_limits) -> None:
    pdfs, _ = at_limits
    for kind, tags in SHORTENED.items():
        text, _ = squashed_text(pdfs[kind])
        for tag in tags:
            assert f"BEGIN{tag}" in text and f"FINIS{tag}" not in text, (kind, tag)
        assert "..." in text  # "…", as NFKC reads it


def test_markup_in_the_text_stays_text(at_limits) -> None:
    pdfs, _ = at_limits
    for kind, pdf in pdfs.items():
        assert b"/URI" not in pdf and b"/Launch" not in pdf, kind
        for page in PdfReader(io.BytesIO(pdf)).pages:
            xobjects = page["/Resources"].get("/XObject") or {}
            assert not xobjects, kind  # no image, whatever the text asked for
        text, _ = squashed_text(pdf)
        assert '<imgsrc="/etc/passwd"/>' in text and "<b>bold</b>" in text, kind
        assert '<ahref="file:///x">y</a>' in text and "R&D&" in text, kind


def test_the_markdown_job_description_holds_every_field_as_typed(
        at_limits, tmp_path: Path) -> None:
    _, path = at_limits
    db = Database.open(path, Identity(str(uuid.uuid4()), "Reader"), write=False)
    try:
        with db.reader() as s:
            role_id = s.query(Role.id).filter(Role.deleted_at.is_(None)).scalar()
            out = documents.export_job_description(s, role_id, tmp_path / "role.md")
    finally:
        db.close()
    md = out.read_text(encoding="utf-8")
    for tag in WHOLE["jd"]:
        assert f"BEGIN{tag}" in md and f"FINIS{tag}" in md, tag
    assert "<img" not in md.replace("\\<img", "")  # every < escaped
    assert re.search(r"\\<img src=\"/etc/passwd\"/\\>", md)


# the helpers -----------------------------------------------------------------------------------

def test_pieces_lose_nothing_and_each_fits_its_lines() -> None:
    text = filled("notes", "pieces")
    parts = pieces(text, 40, 12)
    assert len(parts) > 10
    assert "".join("".join(parts).split()) == "".join(text.split())
    for part in parts:
        assert sum(max(1, -(-len(line) // 40)) for line in part.split("\n")) <= 12
    assert pieces("short", 40, 12) == ["short"]
    assert pieces("x" * 100, 10, 3) == ["x" * 30, "x" * 30, "x" * 30, "x" * 10]


def test_fit_shortens_with_an_ellipsis_only_what_is_too_long() -> None:
    assert fit("Ada Lovelace", HEADER) == "Ada Lovelace"
    assert fit("  Ada \n Lovelace ", HEADER) == "Ada Lovelace"
    name = fit(filled("full_name", "fit"), Spot(50))
    assert len(name) <= 50 and name.endswith("…") and name.startswith("BEGINfit")
    address = fit("Street 1\n\nBerlin\nGermany\nEarth", Spot(400, 3))
    assert address == "Street 1\nBerlin\nGermany…"
    assert fit("e\u0301" * 10, Spot(4)) == "e\u0301…"  # never an accent without its letter


def test_breakable_words_fit_the_line_and_keep_every_character() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from hirefile.documents import styles

    styles.register_base()
    text = filled("evidence", "words")
    out = breakable(text, styles.SANS, 9.5, 200)
    assert "".join(out.split()) == "".join(text.split())
    for word in out.split():
        font = styles.cjk_font() if any(text_module.is_cjk(ord(ch)) for ch in word) \
            else styles.SANS
        if not any(text_module.has_rtl(ch) for ch in word):
            assert stringWidth(word, font, 9.5) <= 200.01, word


def test_a_letter_too_long_once_filled_in_is_refused_with_a_message(new_db: Database) -> None:
    from test_documents import make_desk

    desk = make_desk(new_db)
    with new_db.session() as s:
        s.get_one(Role, desk.role_id).location = "L" * column_limit("location")
        offers.set_letter_body(s, desk.offer_id,
                               "{location}" * (column_limit("letter_body") // 10))
    with new_db.reader() as s, pytest.raises(ValidationError, match="once its placeholders"):
        documents.offer_letter_pdf(s, desk.offer_id)


@pytest.mark.parametrize("items", [1, 8, 12, 22, 40])
def test_day_to_day_lists_of_any_length_lay_out(items: int) -> None:
    """Side by side while both lists fit a page, one after the other beyond: never a table
    row taller than a page (Chinese, the widest script, with no spaces to break at)."""
    from hirefile.documents.data import PacketData
    from hirefile.documents.interview_packet import build_packet

    lines = tuple(f"项{i}号" + "这是一个没有空格的很长的中文句子用来测试换行和分页是否正常" * 2
                  + f"末{i}尾" for i in range(items))
    pdf = build_packet(PacketData(
        company="Acme", candidate_name="王秀英", role_title="ML", generated_on=date(2026, 3, 2),
        candidate_facts=(), role_facts=(), responsibilities=lines, must_haves=lines, steps=(),
        portfolio_links=(), portfolio_checks=(), culture_dimensions=()))
    text, _ = squashed_text(pdf)
    assert text.count(f"项{items - 1}号") == 2 and text.count(f"末{items - 1}尾") == 2


ODD = {"line breaks": "\n" * 5000, "spaces": " " * 5000, "ampersands": "&" * 5000,
       "brackets": "<" * 5000, "emoji": "😀" * 5000, "accents": "\u0301" * 5000,
       "joiners": "\u200d" * 5000, "tabs": "\t" * 5000, "one Arabic word": "بالعالم" * 700,
       "one Chinese word": "中" * 5000, "scripts without spaces": "a中😀ب\u0301" * 1000,
       "short lines": "a\r\n" * 1600, "wide glyphs": "\ufdfd" * 3000}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_text_lays_out_in_every_kind_of_spot(name: str) -> None:
    """Text no one types but a paste or an import can bring, in a flowing text, a callout, a
    grid, a facts table, the running header and footer."""
    from hirefile.documents import components as c
    from hirefile.documents.templates import PageSetup, build_pdf

    text = ODD[name]
    story = [*c.flow(text), c.callout(c.labelled_flow("Label:", text,
                                                      width=c.BODY_WIDTH - c.CALLOUT_PADDING),
                                      c.BODY_WIDTH),
             c.grid(["Name", "Text"], [[text[:300], text]], [100, c.BODY_WIDTH - 100]),
             c.facts_table([("Text", text)], c.BODY_WIDTH)]
    pdf = build_pdf(story, PageSetup(kind="Test", subject=text[:300], company=text[:200],
                                     footer_note=text[:2000]))
    assert PdfReader(io.BytesIO(pdf)).pages


def test_text_past_the_limits_from_an_older_file_still_exports() -> None:
    """A file written before the limits may hold a 100,000-character name: where the page
    cannot break it is shortened, elsewhere it flows; nothing raises."""
    from hirefile.documents.data import JobDescriptionData, Letterhead, OfferLetterData
    from hirefile.documents.job_description import build_job_description
    from hirefile.documents.offer_letter import build_offer_letter

    huge = filled("notes", "huge", 100_000).replace("\n", " ")
    head = Letterhead(name=huge, address=huge, website=huge)
    offer = build_offer_letter(OfferLetterData(
        letterhead=head, letter_date=date(2026, 3, 2), candidate_name=huge,
        candidate_location=huge, candidate_email=huge, role_title=huge,
        terms=(("Position", huge), ("Location", huge)), body=huge, signatory_name=huge,
        signatory_title=huge, expiry_text="1 April 2026"))
    jd = build_job_description(JobDescriptionData(
        letterhead=head, title=huge, summary=huge, facts=(("Location", huge),),
        responsibilities=(huge,), must_haves=(huge,), nice_to_haves=(), tech_stack=(huge,),
        steps=(), process_total=""))
    for pdf in (offer, jd):
        text, pages = squashed_text(pdf)
        assert pages > 10 and "BEGINhuge" in text and "FINIShuge" in text
