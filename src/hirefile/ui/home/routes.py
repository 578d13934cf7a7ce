"""Where the Home page leads: each row to its record, Show all to the page that lists the
whole section, and a new file's first steps to the pages that take them."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from hirefile.services import dashboard
from hirefile.ui.models.applications import COL_DAYS
from hirefile.ui.pages.interviews import PAST, UPCOMING
from hirefile.ui.pages.pipeline import BOARD, TABLE

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Connect the window's Home page to the pages it leads to."""
    home = window.home_page
    home.sig_open.connect(lambda kind, key: open_record(window, kind, key))
    home.sig_show_all.connect(lambda section: show_all(window, section))
    home.sig_first_step.connect(lambda step: first_step(window, step))


def _page(window: MainWindow, name: str) -> None:
    from hirefile.ui import main_window as mw

    window.show_page(getattr(mw, f"PAGE_{name.upper()}"))


def open_record(window: MainWindow, kind: str, key: str) -> None:
    """A row of Home: the candidate's record, the role's board, the interview in its list,
    the offer in the offers list."""
    if kind == "candidate":
        window.open_candidate(key)
    elif kind == "role":
        role_board(window, key)
    elif kind == "interview":
        interviews = window.interviews_page
        _page(window, "interviews")
        for mode in (UPCOMING, PAST):
            if interviews._mode != mode:
                interviews.show_mode(mode)
            if interviews.select_id(key):
                interviews.form.table.setFocus()
                return
    elif kind == "offer":
        offers = window.offers_page
        _page(window, "offers")
        if not offers.select_offer(key):
            offers.form.statusCombo.setCurrentIndex(0)  # every status
            offers.select_offer(key)
        offers.form.table.setFocus()


def role_board(window: MainWindow, role_id: str) -> None:
    page = window.pipeline_page
    _page(window, "pipeline")
    combo = page.form.roleCombo
    at = combo.findData(role_id)
    if at >= 0:
        combo.setCurrentIndex(at)
    page.set_mode(BOARD)


def show_all(window: MainWindow, section: str) -> None:
    """The page (and filter) that lists a whole section."""
    if section == "roles":
        _page(window, "roles")
    elif section == "waiting":  # the pipeline table, longest in stage first
        pipeline = window.pipeline_page
        _page(window, "pipeline")
        pipeline.form.roleCombo.setCurrentIndex(0)
        pipeline.set_mode(TABLE)
        pipeline.table.sortByColumn(COL_DAYS, Qt.SortOrder.DescendingOrder)
    elif section in ("interviews", "owed"):
        _page(window, "interviews")
        window.interviews_page.show_mode(UPCOMING if section == "interviews" else PAST)
    elif section == "offers":
        _page(window, "offers")
    elif section == "reach_outs":
        _page(window, "candidates")
        window.candidates_page.show_due(
            date.today() + timedelta(days=dashboard.REACH_OUT_SOON_DAYS))


def first_step(window: MainWindow, step: str) -> None:
    """A new file's first steps: a role or a candidate (the demo is the Welcome's own)."""
    if step == "role":
        _page(window, "roles")
        window.roles_page.new_button.click()
    elif step == "candidate":
        _page(window, "candidates")
        window.candidates_page.add_candidate()
