"""Light and dark: the window follows the system or the person's choice (View → Appearance),
switches live, and nothing keeps a colour of the other theme.

Switching is checked on the open window, every page visited, by what is painted (grabbed
pixels of a Home card, a board card, a table's rows and a report chart) and by walking every
widget's palette and style sheet. Colours live in `ui/theme.py` only (a grep), the PDFs never
read the window's theme, and the choice is kept in the settings and applied at start."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QListView, QWidget

from hirefile.errors import ValidationError
from hirefile.settings import Settings
from hirefile.storage.database import Database
from hirefile.ui import theme

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "hirefile" / "ui"
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def _hex_values(colours: theme.Colours) -> set[str]:
    values: set[str] = set()
    for value in colours._asdict().values():
        values.update([value] if isinstance(value, str) else value)
    return {v.upper() for v in values}


#: Colours only the light theme uses: one of these in a dark window was captured too early.
LIGHT_ONLY = _hex_values(theme.LIGHT) - _hex_values(theme.DARK)
DARK_ONLY = _hex_values(theme.DARK) - _hex_values(theme.LIGHT)


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    """The next test starts in light, whatever this one switched to."""
    yield
    theme.apply(qapp, "system")


def lightness(image: QImage) -> float:
    """The mean lightness (0 black … 1 white) of an image, sampled on a grid."""
    step = max(1, min(image.width(), image.height()) // 40)
    total = count = 0.0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += image.pixelColor(x, y).lightnessF()
            count += 1
    return total / max(count, 1)


def settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


# colours live in theme.py only -----------------------------------------------------------------

def test_no_colour_is_written_outside_the_theme() -> None:
    """A hex colour, a named one or a colour imported by name (kept for good at import) in
    ui/ outside theme.py would not switch with the theme."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py" or "generated" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if (HEX.search(line) or re.search(r"QColor\(\"[a-z]+\"\)|GlobalColor\.(white|black)",
                                               line)
                    or re.search(r"from hirefile\.ui\.theme import [A-Z]", line)):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    for form in sorted((ROOT / "forms").glob("*.ui")):
        if HEX.search(form.read_text(encoding="utf-8")):
            found.append(f"{form.relative_to(ROOT)} has a colour")
    assert found == []


def test_the_documents_never_read_the_window_s_theme() -> None:
    """PDFs are paper: white whatever the window shows."""
    documents = ROOT / "src" / "hirefile" / "documents"
    readers = [p.name for p in documents.rglob("*.py")
               if "hirefile.ui" in p.read_text(encoding="utf-8")]
    assert readers == []


def test_both_themes_have_a_colour_for_every_role() -> None:
    for colours in (theme.LIGHT, theme.DARK):
        for name, value in colours._asdict().items():
            for v in (value if isinstance(value, tuple) else (value,)):
                assert HEX.fullmatch(v), (name, v)


# the choice ------------------------------------------------------------------------------------

class FakeHints:
    """The desktop's style hints, saying dark (offscreen Qt always says Unknown)."""

    def colorScheme(self) -> Qt.ColorScheme:
        return Qt.ColorScheme.Dark


def test_system_follows_the_desktop_s_scheme(qapp: QApplication, light_again: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    theme.apply(qapp, "system")
    assert theme.current is theme.LIGHT  # offscreen: no scheme known → light
    monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(FakeHints))
    theme._system_scheme_changed(Qt.ColorScheme.Dark)  # what colorSchemeChanged calls
    assert theme.current is theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Base).name().upper() == theme.DARK.SURFACE
    theme.use("light")  # a choice of Light wins over the desktop
    theme._system_scheme_changed(Qt.ColorScheme.Dark)
    assert theme.current is theme.LIGHT
    theme.use("system")
    assert theme.current is theme.DARK
    monkeypatch.undo()


def test_the_choice_is_kept_and_applied_before_the_first_paint(
        qapp: QApplication, light_again: None) -> None:
    from hirefile.ui.app import application

    settings = Settings()
    assert settings.appearance == "system"
    settings.set_appearance("dark")
    assert Settings().appearance == "dark"
    with pytest.raises(ValidationError, match="Appearance must be system, light or dark"):
        settings.set_appearance("sepia")
    assert Settings().appearance == "dark"  # nothing kept
    app = application(Settings().appearance)  # what `run` does, before any window exists
    assert theme.current is theme.DARK
    assert app.palette().color(QPalette.ColorRole.Window).name().upper() == theme.DARK.WINDOW
    assert theme.DARK.SURFACE in app.styleSheet()


def test_the_app_starts_in_the_kept_choice(tmp_path: Path) -> None:
    """`hirefile FILE` with Dark chosen: the window is built under the dark palette already
    (what `run` hands `application()`), and it still quits cleanly after its first paint."""
    path = tmp_path / "Empty.hirefile"
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"appearance": "dark"}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIREFILE_CONFIG_DIR=str(config),
               HIREFILE_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-m", "hirefile", "--as", "Lena Hoffmann", "init",
                    str(path)], env=env, check=True, capture_output=True)
    code = f"""
import sys
from pathlib import Path
import hirefile.ui.app as app
seen = []
start = app.start
def watched(*args, **kwargs):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    seen.append(QApplication.instance().palette().color(QPalette.ColorRole.Window).name())
    return start(*args, **kwargs)
app.start = watched
code = app.run(Path({str(path)!r}), as_name="Lena Hoffmann", exit_after_first_paint=True)
print(seen[0].upper(), code)
"""
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.stdout.split() == [theme.DARK.WINDOW, "0"], done.stderr


def test_view_appearance_switches_and_remembers(open_window: Any, new_db: Database,
                                                light_again: None) -> None:
    w = open_window(new_db, (1024, 700))
    menu = w.appearance_menu
    assert menu.menuAction() in w.form.menuView.actions()
    actions = {a.data(): a for a in menu.actions() if isinstance(a, QAction) and a.data()}
    assert list(actions) == ["system", "light", "dark"]
    assert actions["system"].isChecked()
    actions["dark"].trigger()
    assert actions["dark"].isChecked() and not actions["system"].isChecked()
    assert theme.current is theme.DARK and w.settings.appearance == "dark"
    assert Settings().appearance == "dark"  # on disk: the next start is dark
    actions["light"].trigger()
    assert theme.current is theme.LIGHT and Settings().appearance == "light"


# switching live --------------------------------------------------------------------------------

def painted(w: Any) -> dict[str, QWidget]:
    """The custom-painted widgets to look at, after every page was visited."""
    from hirefile.ui.main_window import PAGE_PIPELINE, PAGE_REPORTS
    from hirefile.ui.pages.pipeline import BOARD
    from hirefile.ui.reports.chart_base import Chart

    w.show_page(PAGE_PIPELINE)
    combo = w.pipeline_page.form.roleCombo
    combo.setCurrentIndex(1 if combo.count() > 1 else 0)
    w.pipeline_page.set_mode(BOARD)
    board_cards = [c for c in w.pipeline_page.findChildren(QFrame, "boardColumn")
                   if c.isVisible() and any(v.model() is not None and v.model().rowCount()
                                            for v in c.findChildren(QListView, "cardList"))]
    w.show_page(PAGE_REPORTS)
    charts = [c for c in w.reports_page.findChildren(Chart) if c.isVisible()]
    assert board_cards and charts
    return {
        "home card": w.home_page.findChild(QFrame, "homeCard"),
        "board card": board_cards[0],
        "candidates rows": w.candidates_page.form.table.viewport(),
        "chart": charts[0].parentWidget(),
    }


def pictures(qtbot: Any, w: Any, widgets: dict[str, QWidget]) -> dict[str, QImage]:
    from hirefile.ui.main_window import PAGE_CANDIDATES, PAGE_HOME, PAGE_PIPELINE, PAGE_REPORTS

    shown = {"home card": PAGE_HOME, "board card": PAGE_PIPELINE,
             "candidates rows": PAGE_CANDIDATES, "chart": PAGE_REPORTS}
    images = {}
    for name, widget in widgets.items():
        w.show_page(shown[name])
        settle(qtbot)
        images[name] = widget.grab().toImage()
    return images


def kept_colours(app: QApplication, unwanted: set[str]) -> list[str]:
    """Widgets whose own style sheet or palette holds one of `unwanted`."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Text,
             QPalette.ColorRole.WindowText, QPalette.ColorRole.Button,
             QPalette.ColorRole.ButtonText)
    wrong = []
    for widget in app.allWidgets():
        sheet = widget.styleSheet().upper()
        stale = sorted(c for c in set(HEX.findall(sheet)) if c in unwanted)
        if stale:
            wrong.append(f"{type(widget).__name__}#{widget.objectName()} sheet: {stale}")
        p = widget.palette()
        kept = sorted({p.color(r).name().upper() for r in roles} & unwanted)
        if kept:
            wrong.append(f"{type(widget).__name__}#{widget.objectName()} palette: {kept}")
    return wrong


def test_switching_repaints_every_page_live(qtbot: Any, open_window: Any, demo_db: Database,
                                            qapp: QApplication, light_again: None) -> None:
    from hirefile.ui.main_window import PAGE_CANDIDATES

    w = open_window(demo_db, (1024, 700))
    w.build_rest()
    for index in range(len(w.pages)):  # every page built and read once
        w.show_page(index)
        settle(qtbot)
    w.show_page(PAGE_CANDIDATES)
    w.candidates_page.form.table.selectRow(0)
    widgets = painted(w)
    light = pictures(qtbot, w, widgets)
    for name, image in light.items():
        assert lightness(image) > 0.75, f"{name} is not light to start with"

    theme.use("dark")
    dark = pictures(qtbot, w, widgets)
    for name, image in dark.items():
        assert lightness(image) < 0.3, f"{name} stayed light after switching to dark"
    assert kept_colours(qapp, LIGHT_ONLY) == []
    # the pages' sheets are the application's now: a switch is one sheet for Qt to apply
    assert [x.objectName() for x in qapp.allWidgets()
            if x.objectName() in theme.APP_SCOPED and x.styleSheet()] == []

    theme.use("light")
    again = pictures(qtbot, w, widgets)
    for name, image in again.items():
        assert lightness(image) > 0.75, f"{name} stayed dark after switching back"
        assert abs(lightness(image) - lightness(light[name])) < 0.02, name
    assert kept_colours(qapp, DARK_ONLY) == []


def test_a_record_and_its_timeline_switch_too(qtbot: Any, open_window: Any,
                                              demo_db: Database, qapp: QApplication,
                                              light_again: None) -> None:
    from sqlalchemy import select

    from hirefile.storage.models import Application

    with demo_db.reader() as s:
        candidate = s.scalar(select(Application.candidate_id).order_by(Application.id))
    w = open_window(demo_db, (1024, 700))
    w.build_rest()
    w.open_candidate(candidate)
    settle(qtbot)
    record = w.candidates_page.form.pages.currentWidget() \
        if hasattr(w.candidates_page.form, "pages") else w.candidates_page
    theme.use("dark")
    settle(qtbot)
    assert lightness(record.grab().toImage()) < 0.3
    assert kept_colours(qapp, LIGHT_ONLY) == []


def test_a_page_s_sheet_in_the_application_s_reaches_only_that_page() -> None:
    sheet = ("#HomePage { background: red; }\n/* note */ QLabel#title, QFrame[kind=\"card\"] "
             "QLabel { color: blue; }\n#HomePage:focus { border: none; }")
    assert theme._scoped("HomePage", sheet).splitlines() == [
        "#HomePage { background: red; }",
        "#HomePage QLabel#title, #HomePage QFrame[kind=\"card\"] QLabel { color: blue; }",
        "#HomePage:focus { border: none; }"]


def test_a_table_header_measures_its_titles_in_the_weight_it_draws_them(
        qapp: QApplication) -> None:
    """Headers are semibold by their font, so a title is measured (and cut) as drawn: a
    bolder style-sheet font, measured in the regular one, lost both ends of narrow titles."""
    from PySide6.QtGui import QFont, QFontMetrics, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    theme.apply(qapp)
    title = "Software engineering 15%"
    model = QStandardItemModel(0, 1)
    model.setHorizontalHeaderLabels([title])
    view = QTableView()
    view.setModel(model)
    header = view.horizontalHeader()
    header.ensurePolished()  # the style sheet gives it its font
    assert header.font().weight() == QFont.Weight.DemiBold
    assert header.sectionSizeHint(0) >= QFontMetrics(header.font()).horizontalAdvance(title)
    assert "font-weight" not in theme.style_sheet().split("QHeaderView::section")[1].split("}")[0]
    view.deleteLater()
