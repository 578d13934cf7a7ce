"""Sealed means sealed, on every surface: two founders on one file.

Amara (A) submits a "Strong yes" scorecard with marked evidence, a portfolio review and a
culture assessment. Daniel (B), before he submits his own, must see none of it anywhere — the
timeline (service and widget), board cards (data, tooltip, painted chip), the pipeline and
candidates tables, the interviews list, the debrief (data and dialog), finalists, the packet
with feedback, the debrief PDF, search. He may see that Amara submitted, never what. Once he
submits, or reveals anyway (recorded), the same surfaces show Amara's verdict. Opening and
cancelling the scorecard dialog writes nothing; a saved draft never reaches the timeline.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import func, select

from hirefile.cli import main
from hirefile.domain.candidates import CandidateDraft
from hirefile.domain.templates import template
from hirefile.domain.vocab import ActivityKind, CheckResult, CultureDimension, PortfolioCheck
from hirefile.services import (
    assessments,
    board,
    candidates,
    debrief,
    interviews,
    listing,
    loops,
    packets,
    pipeline,
    timeline,
)
from hirefile.services import scorecards as sc
from hirefile.services.files import create_file
from hirefile.services.roles import add_role_from_template
from hirefile.settings import Identity
from hirefile.storage.database import Database
from hirefile.storage.models import (
    Activity,
    Person,
    Scorecard,
    ScorecardQuestionNote,
    ScorecardRating,
)
from hirefile.ui import theme
from hirefile.ui.assess.debrief import DebriefDialog
from hirefile.ui.assess.finalists import SEALED_CELL, FinalistsDialog
from hirefile.ui.assess.scorecard import ScorecardDialog
from hirefile.ui.board import delegate
from hirefile.ui.board.delegate import SEALED_CHIP
from hirefile.ui.pages.candidates import CandidatesPage
from hirefile.ui.pages.interviews import InterviewsPage
from hirefile.ui.pages.pipeline import BOARD, TABLE, PipelinePage

AMARA = Identity(str(uuid.uuid4()), "Amara Okafor", "amara@example.org")
DANIEL = Identity(str(uuid.uuid4()), "Daniel Okoye", "daniel@example.org")

VERDICT = "Strong yes"
#: Everything of Amara's that Daniel may not read before he submits.
MARKS = ("EVIDENCE-MARK-A", "TAKEAWAY-MARK-A", "REVIEW-MARK-A", "CULTURE-MARK-A")
WHEN = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=3)

#: Every role a view may ask a model for: what it shows, says, hints or reads aloud.
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole,
         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole,
         Qt.ItemDataRole.EditRole, *(Qt.ItemDataRole.UserRole + i for i in range(12)))


@dataclass(frozen=True)
class Desk:
    path: Path
    app_id: str
    other_app_id: str
    candidate_id: str
    role_id: str
    interview_id: str  # Amara and Daniel on the panel


def schedule(s: Any, app_id: str, panel: list[str]) -> str:
    app = pipeline.live_application(s, app_id)
    step = loops.loop(s, app.role_id).steps[2]  # practice and theory
    return interviews.schedule(s, app_id, title=step.title, kind=step.kind,
                               loop_step_id=step.id, starts_at=WHEN, minutes=step.minutes,
                               interviewer_ids=panel).id


def card_draft(s: Any, interview_id: str, person_id: str, rating: int,
               mark: str) -> sc.ScorecardDraft:
    view = sc.blank(s, interview_id, person_id)
    return sc.ScorecardDraft(
        ratings={a: (rating, f"{mark} on {a.label}") for a in view.ratings},
        recommendation=rating, takeaways=mark.replace("EVIDENCE", "TAKEAWAY"))


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    path = tmp_path / "Shared.hirefile"
    with create_file(path, AMARA) as db, db.session() as s:
        s.add(Person(id=DANIEL.person_id, name=DANIEL.name, email=DANIEL.email))
        role = add_role_from_template(s, template("ml_engineer"))
        apps = []
        for name in ("Nguyễn Thị Minh Khai", "Olena Kovalenko"):
            c = candidates.create_candidate(s, CandidateDraft(full_name=name))
            apps.append(pipeline.add_application(
                s, c.id, role.id, stage=pipeline.stage_named(s, role.id, "Onsite")))
        s.flush()
        shared = schedule(s, apps[0].id, [AMARA.person_id, DANIEL.person_id])
        own = schedule(s, apps[1].id, [AMARA.person_id])
        for iid in (shared, own):
            sc.write(s, iid, AMARA.person_id, card_draft(s, iid, AMARA.person_id, 4,
                                                        "EVIDENCE-MARK-A"), submit_it=True)
        assessments.save_review(s, apps[0].id, AMARA.person_id, assessments.ReviewDraft(
            urls=[("github.com/khai/ranker", "a1b2c3d")], looked_at="The training loop",
            checks={PortfolioCheck.TESTS: (CheckResult.PASS, "REVIEW-MARK-A tests")},
            rating=4, notes="REVIEW-MARK-A notes"))
        assessments.save_culture(s, apps[0].id, AMARA.person_id, {
            CultureDimension.COMMUNICATION: (4, "CULTURE-MARK-A explained it well")})
        return Desk(path, apps[0].id, apps[1].id, apps[0].candidate_id, role.id, shared)


@pytest.fixture
def daniel(desk: Desk) -> Iterator[Database]:
    """The same file, opened by Daniel after Amara closed it."""
    db = Database.open(desk.path, DANIEL)
    yield db
    db.close()


# reading every surface ---------------------------------------------------------------------------

def model_text(model: QAbstractItemModel) -> str:
    """Every cell's text for every role a view may ask, and the headers."""
    out: list[str] = []
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for col in range(columns):
        out.append(str(model.headerData(col, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount()):
        out.append(str(model.headerData(row, Qt.Orientation.Vertical) or ""))
        for col in range(max(1, columns)):
            index = model.index(row, col)
            for role in ROLES:
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
    return "\n".join(out)


def widget_text(widget: QWidget) -> str:
    """Every label's text and tooltip inside a widget (shown or not)."""
    parts = [widget.toolTip()]
    for w in widget.findChildren(QWidget):
        parts.append(w.toolTip())
        if isinstance(w, QLabel):
            parts.append(w.text())
    return "\n".join(p for p in parts if p)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))


def leaks(text: str) -> list[str]:
    return [m for m in (*MARKS, VERDICT) if m in text]


def timeline_text(db: Database, desk: Desk) -> str:
    with db.reader() as s:
        events = timeline.timeline(s, desk.candidate_id, db.identity.person_id)
    return "\n".join(f"{e.kind}: {e.text} · {e.who}" for e in events)


def board_cards(db: Database, desk: Desk) -> dict[str, board.Card]:
    with db.reader() as s:
        return board.cards(s, [desk.app_id, desk.other_app_id], viewer_id=db.identity.person_id)


def feedback_section(pdf: bytes) -> str:
    """The packet's "Submitted feedback" part (the scale legend above names every rating)."""
    text = pdf_text(pdf)
    assert "Submitted feedback" in text
    return text[text.index("Submitted feedback"):]


# before Daniel submits: nothing ------------------------------------------------------------------

def test_the_timeline_says_who_submitted_never_what(daniel: Database, desk: Desk) -> None:
    text = timeline_text(daniel, desk)
    assert leaks(text) == []
    assert "scorecard: Scorecard submitted (sealed until you submit yours) · Amara Okafor" in text
    assert "review: Portfolio review (sealed until you submit your scorecard) · Amara" in text
    with Database.open(desk.path, AMARA, write=False) as amara:  # her own, she sees
        assert "Scorecard submitted: Strong yes · Amara Okafor" in timeline_text(amara, desk)


def test_old_activity_rows_with_verdicts_stay_out_of_the_timeline(daniel: Database,
                                                                  desk: Desk) -> None:
    with daniel.session() as s:  # as an older version may have written them
        card_id = s.scalar(select(Scorecard.id).where(Scorecard.application_id == desk.app_id))
        s.add(Activity(at=datetime.now(timezone.utc), actor="Amara Okafor",
                       kind=ActivityKind.UPDATED, subject_table="scorecard", subject_id=card_id,
                       candidate_id=desk.candidate_id,
                       summary="Scorecard submitted: Strong yes · EVIDENCE-MARK-A"))
    assert leaks(timeline_text(daniel, desk)) == []


def test_the_timeline_widget_shows_no_verdict(qtbot: Any, daniel: Database, desk: Desk) -> None:
    page = CandidatesPage()
    qtbot.addWidget(page)
    page.set_database(daniel)
    assert page.open_candidate(desk.candidate_id)
    model = page.record.timeline_model
    text = model_text(model)
    assert "sealed until you submit yours" in text and leaks(text) == []
    assert leaks(widget_text(page.record)) == []
    page.set_database(None)


def test_board_cards_show_sealed_not_the_verdict(qtbot: Any, daniel: Database, desk: Desk,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cards = board_cards(daniel, desk)
    assert all(c.recommendation is None and c.sealed for c in cards.values())
    painted: list[str] = []
    real = delegate.CardDelegate._paint_chip

    def spy(self: Any, painter: Any, line: Any, text: str) -> int:
        painted.append(text)
        return real(self, painter, line, text)

    monkeypatch.setattr(delegate.CardDelegate, "_paint_chip", spy)
    theme.apply(QApplication.instance())  # type: ignore[arg-type]
    page = PipelinePage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(daniel)
    page.resize(1400, 820)
    page.show()
    qtbot.waitExposed(page)
    page.form.roleCombo.setCurrentIndex(page.form.roleCombo.findData(desk.role_id))
    assert page.mode == BOARD
    onsite = next(c for c in page.board.columns if c.info.name == "Onsite")
    page.board.load([onsite])
    onsite.view.grab()  # paint the cards
    assert painted and set(painted) == {SEALED_CHIP}
    text = model_text(onsite.model)
    assert "Feedback submitted: sealed until you submit yours" in text
    assert leaks(text) == []
    page.set_database(None)


def test_pipeline_and_candidates_tables_show_no_verdict(qtbot: Any, daniel: Database,
                                                        desk: Desk) -> None:
    page = PipelinePage()
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_database(daniel)
    page.set_mode(TABLE)
    page.refresh()
    assert page.model.rowCount() == 2
    assert leaks(model_text(page.model)) == []
    page.set_database(None)
    people = CandidatesPage()
    qtbot.addWidget(people)
    people.set_database(daniel)
    model = people.table.model()
    assert model.rowCount() == 2
    assert leaks(model_text(model)) == []
    people.set_database(None)


def test_the_interviews_list_shows_no_verdict(qtbot: Any, daniel: Database, desk: Desk) -> None:
    page = InterviewsPage()
    qtbot.addWidget(page)
    page.set_database(daniel)
    assert page.model.rowCount() == 2
    text = model_text(page.model)
    assert "Nguyễn Thị Minh Khai" in text and leaks(text) == []
    page.form.table.selectRow(0)
    assert leaks(widget_text(page)) == []


def test_the_debrief_is_sealed(qtbot: Any, daniel: Database, desk: Desk) -> None:
    with daniel.reader() as s:
        d = debrief.debrief(s, desk.app_id, DANIEL.person_id)
    assert d.sealed and d.grid == {} and d.recommendations == () and d.weighted is None
    assert d.reviews == () and d.culture == ()
    assert (d.sealed_reviews, d.sealed_culture) == (1, 1)
    assert [c.sealed for c in d.cards] == [True] and d.cards[0].recommendation is None
    assert d.cards[0].ratings == {} and d.cards[0].takeaways == ""
    dialog = DebriefDialog(None, daniel, desk.app_id)
    qtbot.addWidget(dialog)
    text = widget_text(dialog) + model_text(dialog.view.grid)
    assert "1 scorecard and 2 portfolio or culture assessments are sealed" in text
    assert text.count("Sealed until you submit your scorecard.") == 2  # review, culture
    assert leaks(text) == []


def test_finalists_are_sealed(qtbot: Any, daniel: Database, desk: Desk) -> None:
    ids = [desk.app_id, desk.other_app_id]
    with daniel.reader() as s:
        rows = debrief.finalists(s, ids, DANIEL.person_id)
    assert all(r.sealed and r.weighted is None and r.recommendations == () for r in rows)
    dialog = FinalistsDialog(None, daniel, ids)
    qtbot.addWidget(dialog)
    text = model_text(dialog.model) + widget_text(dialog)
    assert SEALED_CELL in text and leaks(text) == []


def test_exports_are_sealed(daniel: Database, desk: Desk) -> None:
    with daniel.reader() as s:
        packet = packets.packet_pdf(s, desk.app_id, include_feedback=True,
                                    viewer_id=DANIEL.person_id)
        summary = pdf_text(packets.debrief_pdf(s, desk.app_id, viewer_id=DANIEL.person_id))
    feedback = feedback_section(packet)
    assert "Amara Okafor" in feedback and "Sealed" in feedback  # who submitted, not what
    assert leaks(feedback) == [] and leaks(pdf_text(packet)) == [VERDICT]  # the scale legend
    cover = " ".join(pdf_text(packet).split())
    assert "includes the feedback other interviewers have submitted" not in cover  # it does not
    assert "stays sealed until you submit your own scorecard" in cover
    # The summary's tally names every rating (with 0); Amara's card shows only as sealed.
    assert "Amara Okafor · Past project deep dive\nRecommendation: Sealed" in summary
    assert [m for m in leaks(summary) if m != VERDICT] == []
    assert "1 × Strong yes" not in summary and "Strong yes 1" not in summary


def test_the_cli_packet_with_feedback_is_sealed(daniel: Database, desk: Desk, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    daniel.close()
    out = tmp_path / "packet.pdf"
    code = main(["--as", "Daniel Okoye", "export", "packet", str(desk.path), "--candidate",
                 desk.candidate_id, "--include-feedback", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    assert leaks(feedback_section(out.read_bytes())) == []


def test_the_cli_packet_shows_the_feedback_once_the_person_has_submitted(
        daniel: Database, desk: Desk, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with daniel.session() as s:
        sc.write(s, desk.interview_id, DANIEL.person_id,
                 card_draft(s, desk.interview_id, DANIEL.person_id, 3, "EVIDENCE-MARK-B"),
                 submit_it=True)
    daniel.close()
    out = tmp_path / "packet.pdf"
    # `--as` names the Daniel the file knows: his own key, so his submission unseals.
    code = main(["--as", "Daniel Okoye", "export", "packet", str(desk.path), "--candidate",
                 desk.candidate_id, "--include-feedback", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    feedback = feedback_section(out.read_bytes())
    assert "EVIDENCE-MARK-A" in feedback and "EVIDENCE-MARK-B" in feedback


def test_search_finds_no_sealed_evidence(daniel: Database, desk: Desk) -> None:
    with daniel.reader() as s:
        for mark in MARKS:
            assert listing.candidate_ids(s, text=mark) == []
            assert listing.candidate_count(s, mark) == 0


# after Daniel submits, or reveals: Amara's verdict everywhere --------------------------------

def test_after_submitting_every_surface_shows_the_verdict(qtbot: Any, daniel: Database,
                                                          desk: Desk) -> None:
    with daniel.session() as s:
        sc.write(s, desk.interview_id, DANIEL.person_id,
                 card_draft(s, desk.interview_id, DANIEL.person_id, 3, "EVIDENCE-MARK-B"),
                 submit_it=True)
    text = timeline_text(daniel, desk)
    assert "Scorecard submitted: Strong yes · Amara Okafor" in text
    assert "Scorecard submitted: Yes · Daniel Okoye" in text
    assert "Portfolio review: Strong yes · Amara Okafor" in text
    cards = board_cards(daniel, desk)
    assert cards[desk.app_id].recommendation == "Yes"  # the latest: Daniel's own
    assert not cards[desk.app_id].sealed
    assert cards[desk.other_app_id].sealed  # he submitted nothing there
    with daniel.reader() as s:
        d = debrief.debrief(s, desk.app_id, DANIEL.person_id)
        packet = feedback_section(packets.packet_pdf(
            s, desk.app_id, include_feedback=True, viewer_id=DANIEL.person_id))
        summary = pdf_text(packets.debrief_pdf(s, desk.app_id, viewer_id=DANIEL.person_id))
    assert not d.sealed and sorted(r for _, r in d.recommendations) == [3, 4]
    assert len(d.reviews) == 1 and len(d.culture) == 1
    for text in (packet, summary):
        assert set(leaks(text)) >= {VERDICT, "EVIDENCE-MARK-A", "TAKEAWAY-MARK-A"}
    assert "REVIEW-MARK-A" in summary and "CULTURE-MARK-A" in summary
    dialog = DebriefDialog(None, daniel, desk.app_id)
    qtbot.addWidget(dialog)
    assert VERDICT in model_text(dialog.view.grid)


def test_reveal_anyway_shows_the_verdict_and_is_recorded(qtbot: Any, daniel: Database,
                                                         desk: Desk) -> None:
    with daniel.session() as s:
        sc.reveal(s, desk.app_id, DANIEL.person_id)
    text = timeline_text(daniel, desk)
    assert "Scorecard submitted: Strong yes · Amara Okafor" in text
    assert "Daniel Okoye revealed sealed feedback before submitting their own" in text
    cards = board_cards(daniel, desk)
    assert cards[desk.app_id].recommendation == VERDICT and not cards[desk.app_id].sealed
    assert cards[desk.other_app_id].recommendation is None  # revealed for one application
    with daniel.reader() as s:
        assert sc.can_see_feedback(s, DANIEL.person_id, desk.app_id)
        assert not sc.can_see_feedback(s, DANIEL.person_id, desk.other_app_id)
        rows = debrief.finalists(s, [desk.app_id, desk.other_app_id], DANIEL.person_id)
        packet = feedback_section(packets.packet_pdf(
            s, desk.app_id, include_feedback=True, viewer_id=DANIEL.person_id))
    first = next(r for r in rows if r.application_id == desk.app_id)
    assert first.recommendations == (4,) and not first.sealed
    assert "EVIDENCE-MARK-A" in packet and VERDICT in packet
    with Database.open(desk.path, AMARA, write=False) as amara, amara.reader() as s:
        # Daniel's reveal opens nothing for anyone else.
        assert sc.unsealed_applications(s, "someone-else", [desk.app_id]) == set()


def test_the_rule_answers_a_page_of_applications_in_one_query(daniel: Database,
                                                              desk: Desk) -> None:
    """One statement (SQL text run on the file's own sqlite3 connection: traced there)."""
    statements: list[str] = []
    with daniel.reader() as s:
        conn = s.connection().connection.driver_connection
        conn.set_trace_callback(statements.append)
        try:
            assert sc.unsealed_applications(s, AMARA.person_id,
                                            [desk.app_id, desk.other_app_id]) == {
                desk.app_id, desk.other_app_id}
        finally:
            conn.set_trace_callback(None)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1


# the scorecard dialog writes nothing until saved ---------------------------------------------

def counts(db: Database) -> tuple[int, ...]:
    with db.reader() as s:
        return tuple(s.scalar(select(func.count()).select_from(m))  # type: ignore[misc]
                     for m in (Scorecard, ScorecardRating, ScorecardQuestionNote, Activity,
                               Person))


def test_cancelling_the_scorecard_dialog_writes_nothing(qtbot: Any, daniel: Database,
                                                        desk: Desk) -> None:
    before = counts(daniel)
    bytes_before = desk.path.read_bytes()
    dialog = ScorecardDialog(None, daniel, desk.interview_id)
    qtbot.addWidget(dialog)
    assert dialog.card_id is None and dialog.rows
    dialog.form.closeButton.click()  # Cancel, nothing typed
    assert dialog.result() == 0
    assert counts(daniel) == before
    assert desk.path.read_bytes() == bytes_before


def test_a_saved_draft_never_reaches_the_timeline(qtbot: Any, daniel: Database,
                                                  desk: Desk) -> None:
    dialog = ScorecardDialog(None, daniel, desk.interview_id)
    qtbot.addWidget(dialog)
    row = next(iter(dialog.rows.values()))
    qtbot.keyClick(row.picker, Qt.Key.Key_2)
    row.evidence.setPlainText("DRAFT-MARK-B")
    assert dialog.save_draft() and dialog.card_id is not None
    assert dialog.save_draft()  # the second save edits the same draft
    with daniel.reader() as s:
        assert s.scalar(select(func.count()).select_from(Scorecard).where(
            Scorecard.interviewer_id == DANIEL.person_id)) == 1
    for text in (timeline_text(daniel, desk), ):
        assert "draft" not in text.lower() and "DRAFT-MARK-B" not in text
    with Database.open(desk.path, AMARA, write=False) as amara:
        text = timeline_text(amara, desk)
    assert "draft" not in text.lower() and "Daniel" not in text
