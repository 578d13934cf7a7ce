"""Pages at 1024×700 (a small laptop) with what a founder types and keeps: nothing is cut,
and nothing runs off the window's edge."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QSlider, QTableView
from sqlalchemy import select
from test_small_screen import PAGES, SCREEN, cut_buttons, cut_labels, overlapping, settle

from hirefile.domain.candidates import CandidateDraft
from hirefile.services import candidates
from hirefile.storage.database import Database
from hirefile.storage.models import Application, RoleStage
from hirefile.ui import screen
from hirefile.ui.assess.debrief import DebriefDialog
from hirefile.ui.main_window import MainWindow
from hirefile.ui.models.small import ROLE_COL_TITLE


def test_the_roles_page_shows_every_title_and_tab_whole_at_1024_by_700(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, (1024, 700))
    w.show_page(PAGES.index("roles"))
    settle(qtbot)
    page = w.roles_page
    table = page.list.table
    # a title too long for the list ends with "…" inside it, never cut mid-word at its edge
    assert table.columnViewportPosition(ROLE_COL_TITLE) + table.columnWidth(ROLE_COL_TITLE) \
        <= table.viewport().width()
    # and the role's form keeps the room it needs: the list gives way on a small laptop
    workspace = page.workspace
    assert workspace is not None
    assert workspace.editor.width() >= workspace.editor.needed_width() - 30
    for tab in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(tab)
        settle(qtbot)
        name = workspace.tabs.tabText(tab)
        # the list's summary and the role's line (track · level · … · to hire) included
        assert cut_labels(w) == cut_buttons(w) == overlapping(w) == [], name
    sliders = workspace.weights.findChildren(QSlider)
    assert len(sliders) == 5 and all(s.width() >= 120 for s in sliders), \
        [s.width() for s in sliders]  # not flattened to a dot beside the axis names


def test_with_room_the_roles_list_shows_every_title_whole(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, (1400, 860))
    w.show_page(PAGES.index("roles"))
    settle(qtbot)
    page = w.roles_page
    table = page.list.table
    bold = QFont(table.font())
    bold.setBold(True)
    longest = max(QFontMetrics(bold).horizontalAdvance(r.title) for r in page.list.model.rows)
    assert table.columnWidth(ROLE_COL_TITLE) >= longest + 12  # "ML …" three times before
    assert table.columnViewportPosition(ROLE_COL_TITLE) + table.columnWidth(ROLE_COL_TITLE) \
        <= table.viewport().width()


def test_a_long_search_keeps_the_search_field_inside_the_window_at_1024_by_700(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    w: MainWindow = open_window(demo_db, (1024, 700))
    w.show_page(PAGES.index("candidates"))
    page = w.candidates_page
    settle(qtbot)
    field = page.form.searchEdit
    hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() >= hint + 48  # its hint whole beside the magnifier
    for query in ("olga", "balogh", "machine learning engineer pytorch kubernetes"):
        page.form.searchEdit.setText(query)
        page._apply_search()
        settle(qtbot)
        field = page.form.searchEdit
        right = field.mapTo(w, field.rect().topRight()).x()
        assert right <= w.width() - 20, (query, right)  # inside the page's margin, all of it
        assert overlapping(w) == [], query
        summary = page.form.countLabel
        assert query in summary.text()  # the whole summary is kept, for the tooltip and a11y
        summary.grab()  # painted as the window paints it
        fits = summary.fontMetrics().horizontalAdvance(summary.text()) \
            <= summary.contentsRect().width()
        assert summary.toolTip() == ("" if fits else summary.text()), query  # shortened: the tip
        assert fits or len(query) > 20, query  # a name's search is summed up whole
    assert "…" not in page.form.countLabel.text()


def first_ink(image: Any) -> int | None:
    """The x of the leftmost dark (text) pixel of a grabbed label, None when it is blank."""
    for x in range(image.width()):
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(image.height())):
            return x
    return None


def test_a_right_to_left_name_heads_its_record_where_every_name_does(
        open_window: Any, demo_db: Database, qtbot: Any) -> None:
    """مصطفى سليمان's record: the name starts at the left like Ana Lima's (not pushed to the
    right of the header), and a long line under it wraps instead of losing its end."""
    with demo_db.session() as s:
        arabic = candidates.create_candidate(s, CandidateDraft(
            full_name="مصطفى سليمان", current_title="Principal Data Scientist",
            current_company="Anghami", location="Casablanca, Morocco",
            pronouns="he/him")).id
        latin = candidates.create_candidate(s, CandidateDraft(full_name="Ana Lima")).id
    w: MainWindow = open_window(demo_db, (1024, 700))
    starts = {}
    for who in (latin, arabic):
        w.open_candidate(who)
        settle(qtbot)
        header = w.candidates_page.findChild(QLabel, "headerName")
        starts[who] = first_ink(header.grab().toImage())
    assert starts[latin] is not None and starts[arabic] is not None
    assert abs(starts[arabic] - starts[latin]) <= 8, starts
    assert cut_labels(w) == [], "the line under the name, whole"
    assert "he/him" in w.candidates_page.findChild(QLabel, "headerSubtitle").text()


def test_the_debriefs_column_titles_end_with_an_ellipsis_not_cut_at_both_ends(
        open_window: Any, demo_db: Database, qtbot: Any,
        monkeypatch: Any) -> None:
    """At 1024×700 the debrief's axis columns are narrow: "Software 15%" reads "Softwa…",
    never "oftware 15" with both ends cut off."""
    monkeypatch.setattr(screen, "available_size", lambda window: SCREEN)
    with demo_db.reader() as s:
        app_id = s.scalars(select(Application.id).join(
            RoleStage, RoleStage.id == Application.stage_id).where(
            RoleStage.name == "Offer").order_by(Application.id)).first()
    dialog = DebriefDialog(None, demo_db, app_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    header = next(v for v in dialog.findChildren(QTableView)
                  if v.model() is not None and v.model().columnCount() > 5).horizontalHeader()
    image = header.grab().toImage()
    model = header.model()
    cut = []
    for section in range(1, model.columnCount()):
        left = header.sectionViewportPosition(section)
        right = left + header.sectionSize(section) - 1
        inked = [x for x in range(left + 1, right)
                 if any(QColor(image.pixel(x, y)).lightness() < 150
                        for y in range(image.height()))]
        text = model.headerData(section, header.orientation())
        # cut: the text runs into both edges of the section less the style's padding (8 px
        # each side), where the painter clips it
        if inked and (inked[0] <= left + 8 and inked[-1] >= right - 8):
            cut.append(text)
    assert cut == [], cut
