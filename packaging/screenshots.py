"""Regenerate the screenshots of every main screen for the README and the guide.

    .venv/bin/python packaging/screenshots.py [--out docs/screenshots] [--size 1024x700]
                                              [--theme light|dark|both]

Runs the real window offscreen (no display needed) on a new demo file made for the purpose —
300 candidates, the demo's fixed seed, dated around today, signed by Lena Hoffmann — in a
temporary data and config folder, so it touches none of your files or settings, and saves one
PNG per screen and theme (`home-light.png`, `home-dark.png`, …): Home, Roles, Candidates, a
candidate's record, a role's board, the pipeline table, Interviews, Offers, Reports and the
Go To… palette. Both themes are shot from one window, switched live between them (as View →
Appearance does). The same inputs give the same pictures on the same day (the demo's dates
follow the clock, as the app's "today" does).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PERSON = "Lena Hoffmann"
THEMES = {"light": ("light",), "dark": ("dark",), "both": ("light", "dark")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1024x700", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--theme", choices=sorted(THEMES), default="both",
                        help="the theme(s) to picture (default: both)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hirefile-shots-") as tmp:
        os.environ["HIREFILE_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["HIREFILE_CONFIG_DIR"] = str(Path(tmp) / "config")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, str(ROOT / "src"))
        saved = shoot(Path(tmp) / "Hiring.hirefile", args.out, width, height,
                      themes=THEMES[args.theme])
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def shoot(file: Path, out: Path, width: int, height: int,
          themes: tuple[str, ...] = ("light", "dark")) -> list[Path]:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from hirefile.services import demo, listing
    from hirefile.services.files import create_file
    from hirefile.settings import Settings
    from hirefile.ui import theme
    from hirefile.ui.main_window import (
        PAGE_CANDIDATES,
        PAGE_HOME,
        PAGE_INTERVIEWS,
        PAGE_OFFERS,
        PAGE_PIPELINE,
        PAGE_REPORTS,
        PAGE_ROLES,
        MainWindow,
    )
    from hirefile.ui.pages.pipeline import BOARD, TABLE
    from hirefile.ui.palette import CommandPalette

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setApplicationName("Hirefile")
    before = theme.appearance()
    theme.apply(app, themes[0])
    settings = Settings()
    identity = settings.set_identity(PERSON, "lena@example.com")
    db = create_file(file, identity)
    demo.load_demo(db, candidates=300, seed=1, today=date.today())
    window = MainWindow(db, settings, identity)
    window.resize(width, height)
    window.show()
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(name: str) -> None:
        settle()
        window.statusBar().clearMessage()  # e.g. "Backed up …" from the first backup
        path = out / f"{name}-{theme.appearance()}.png"
        window.grab().save(str(path))
        saved.append(path)

    def page(index: int) -> Callable[[], None]:
        return lambda: window.show_page(index)

    def pictures() -> None:
        page(PAGE_HOME)()
        save("home")
        page(PAGE_ROLES)()
        save("roles")
        page(PAGE_CANDIDATES)()
        window.candidates_page.close_record()  # the list, also after the record was shown
        save("candidates")
        with db.reader() as s:
            ids = listing.candidate_ids(s, sort="name", limit=40)
            rows = listing.candidate_rows(s, ids)
        # someone well along in process, not rejected anywhere
        shown = next((cid for cid in ids if any(stage in rows[cid].roles
                                                for stage in ("Onsite", "Debrief", "Technical"))
                      and "Rejected" not in rows[cid].roles), ids[0])
        window.open_candidate(shown)
        save("candidate")
        pipeline = window.pipeline_page
        window.show_page(PAGE_PIPELINE)
        combo = pipeline.form.roleCombo
        combo.setCurrentIndex(1 if combo.count() > 1 else 0)
        pipeline.set_mode(BOARD)
        save("board")
        combo.setCurrentIndex(0)
        pipeline.set_mode(TABLE)
        save("pipeline")
        page(PAGE_INTERVIEWS)()
        save("interviews")
        page(PAGE_OFFERS)()
        save("offers")
        page(PAGE_REPORTS)()
        save("reports")
        page(PAGE_HOME)()
        palette = CommandPalette(window)
        palette.resize(min(640, width - 80), min(440, height - 160))
        palette.move(window.geometry().x() + (width - palette.width()) // 2, 60)
        palette.show()
        palette.form.queryEdit.setText("an")
        palette.refresh()
        settle()
        # the palette over the window, as a person sees it: the window, then the palette on top
        window.statusBar().clearMessage()
        shot = window.grab()
        painter = QPainter(shot)
        painter.drawPixmap((width - palette.width()) // 2, 60, palette.grab())
        painter.end()
        path = out / f"palette-{theme.appearance()}.png"
        shot.save(str(path))
        saved.append(path)
        palette.close()

    for name in themes:
        theme.use(name)
        settle()
        pictures()
    QTimer.singleShot(0, window.close)
    settle()
    db.close()
    theme.use(before)
    return saved


if __name__ == "__main__":
    sys.exit(main())
