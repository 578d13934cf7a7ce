"""Starting the desktop app: the application object, who is at the keyboard, which file.

`run()` is what `hirefile` (no subcommand) calls. The steps are separate functions so tests can
drive start-up without entering the event loop: `application()`, `resolve_identity()`,
`open_start_file()`, `start()`. Importing this module loads no Qt: `run` opens an everyday file
and starts reading Home (services/startup.py) before it imports PySide6, so SQLite answers
while Qt loads.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hirefile import __version__, paths
from hirefile.errors import FileInUse, HirefileError
from hirefile.locations import public_url
from hirefile.services.startup import QuickFile, open_for_first_screen
from hirefile.settings import Identity, Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from hirefile.services.workspace import Workspace
    from hirefile.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK, EXIT_NO_FILE = 0, 1
#: The rest of the window is built after the first paint, or after this long without one.
REST_AT_THE_LATEST_MS = 3000


def application(appearance: str = "system") -> QApplication:
    """The one QApplication, named and styled (reused when one exists, as under pytest-qt),
    in the theme `appearance` asks for (Settings.appearance: set before the first paint)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from hirefile.ui import glyphs, theme

    QGuiApplication.setDesktopFileName("hirefile")  # matches hirefile.desktop (Wayland, docks)
    QCoreApplication.setApplicationName("Hirefile")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app, styled = existing, False
    else:  # made in Fusion: `setStyle` hands back the style, and wrapping it makes PySide
        # build QStyle's 15 enums (1,000 members, 15-20 ms) before the first paint
        app, styled = QApplication([*sys.argv[:1], "-style", theme.STYLE]), True
    app.setWindowIcon(glyphs.app_icon())
    theme.apply(app, appearance, styled=styled)
    from hirefile.ui.sharing import updating

    updating.install()  # an older file's update shows itself instead of freezing the app
    return app


def known_identity(settings: Settings, as_name: str | None) -> Identity | None:
    """`--as NAME`, else this machine's person; None on a first run (it is asked)."""
    if as_name:
        return settings.identity_or_login(as_name)
    return settings.identity


def resolve_identity(settings: Settings, as_name: str | None) -> Identity | None:
    """`--as NAME`, else this machine's person, else ask once (None: the person cancelled)."""
    known = known_identity(settings, as_name)
    if known is not None:
        return known
    from hirefile.ui.identity_dialog import IdentityDialog

    answer = IdentityDialog.ask(None)
    if answer is None:
        return None
    name, email = answer
    return settings.set_identity(name, email)


def open_start_file(path: Path | str | None, identity: Identity,
                    settings: Settings) -> Workspace | None:
    """The file to start with: the one named, else the last one, else the default (created).

    A file that cannot be opened (not a Hirefile file, newer format, in use by someone) is
    explained, and the person chooses to open another, create one, or quit (None).
    """
    from hirefile.services.files import open_file

    opener: Callable[[Path, Identity], Workspace] = open_file
    if isinstance(path, str):  # a server database's URL (`--db postgresql://…`)
        return _open_server(path, identity)
    if path is None:
        last = settings.last_file
        if last and Path(last).exists():
            path = Path(last)
        else:
            from hirefile.services.files import open_or_create

            path, opener = paths.default_db_path(), open_or_create
    while True:
        try:
            return opener(path, identity)
        except HirefileError as exc:
            from hirefile.services.files import create_file
            from hirefile.ui import file_dialogs, messages
            from hirefile.ui.sharing import recover as recovery_ui

            log.info("cannot open %s at start-up: %s", path, exc.message)
            folder = path.parent if path.parent.is_dir() else Path.home()
            if recovery_ui.looks_damaged(exc, path):  # recover it, or its newest backup
                instead = recovery_ui.offer(None, path, exc.message, identity)
                if instead is not None:
                    path, opener = instead, open_file
                    continue
            if isinstance(exc, FileInUse):  # someone else is editing it: looking is possible
                choice = messages.ask_after_failure(None, exc.message, read_only=True)
            else:
                choice = messages.ask_after_failure(None, exc.message)
            if choice is messages.AfterFailure.QUIT:
                return None
            if choice is messages.AfterFailure.READ_ONLY:
                opener = _open_read_only
                continue
            if choice is messages.AfterFailure.OPEN:
                chosen = file_dialogs.ask_open_file(None, folder)
                if chosen is not None:
                    path, opener = chosen, open_file
            else:
                chosen = file_dialogs.ask_new_file(None, folder)
                if chosen is not None:
                    path, opener = chosen, create_file


def _open_server(url: str, identity: Identity) -> Workspace | None:
    """A team's database on a server: one that cannot be opened is explained, then the app
    quits (a file cannot stand in for it)."""
    from hirefile.services.files import open_file
    from hirefile.ui import messages
    from hirefile.ui.sharing import team

    try:
        db = open_file(url, identity)
    except HirefileError as exc:
        log.info("cannot open %s at start-up: %s", public_url(url), exc.message)
        messages.show_problem(None, "Hirefile", exc.message)
        return None
    team.remember(url)  # for Save a Copy as a File… (its password, if any, in memory only)
    return db


def _open_read_only(path: Path, identity: Identity) -> Workspace:
    from hirefile.services.files import open_file

    return open_file(path, identity, write=False)


def open_quickly(path: Path | str | None, identity: Identity, settings: Settings, *,
                 match: bool) -> QuickFile | None:
    """The start file (named, else the last one) opened with sqlite3 alone for Home's first
    paint, or None: a server, a new file, or anything unusual takes `open_start_file`."""
    if isinstance(path, str):
        return None
    if path is None:
        last = settings.last_file
        if not last or not Path(last).exists():
            return None
        path = Path(last)
    return open_for_first_screen(path, identity, settings.file_person, match=match,
                                 waiting_days=settings.waiting_days)


def start(path: Path | str | None, *, as_name: str | None = None,
          settings: Settings | None = None, lazy: bool = False,
          quick: QuickFile | None = None) -> MainWindow | int:
    """Everything before the event loop: the shown window, or the exit code to stop with.

    `lazy`: the window shows Home alone; the caller builds the rest (`build_rest`) after the
    first paint, as `run` does. An everyday file is then read with sqlite3 alone until the
    rest is built (services/startup.py), so the first paint waits for no SQLAlchemy; `quick`:
    that file, opened already (`run` opens it before Qt loads)."""
    from hirefile.ui.main_window import MainWindow

    settings = settings or Settings()
    identity = resolve_identity(settings, as_name)
    if identity is None:
        return EXIT_OK  # cancelled on first run: nothing to do, nothing went wrong
    if quick is None and lazy:
        quick = open_quickly(path, identity, settings, match=bool(as_name))
    if quick is not None:
        window = MainWindow(quick, settings, identity, lazy=True)
    else:
        from hirefile.ui.people import settle_person

        db = open_start_file(path, identity, settings)
        if db is None:
            return EXIT_NO_FILE
        settle_person(None, db, settings, identity, match=bool(as_name))
        window = MainWindow(db, settings, identity, lazy=lazy)
    if window.place_on_screen():
        window.showMaximized()
    else:
        window.show()
    window.raise_()
    window.activateWindow()  # keyboard focus even where no window manager hands it over
    return window


def _uses_pyside(module: object) -> bool:
    return True


def _without_source_scan() -> None:
    """Imports PySide6 without its reading of every module imported after it.

    PySide reads the source of each module imported once it is loaded (`inspect.getsource`,
    finding the module among all loaded ones each time) to learn whether it may write
    `from __feature__ import …`; the window imports some 50 of Hirefile's modules after Qt:
    10–20 ms before the first paint. No module here selects a feature, so each is taken as
    a PySide user with none selected (0), the default PySide itself gives such a module. A
    PySide without this hook is left as it is."""
    import PySide6  # noqa: F401 (loads shiboken and its import hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


def run(path: Path | str | None, *, as_name: str | None = None,
        exit_after_first_paint: bool = False) -> int:
    """The desktop app, until its window closes; returns the process exit code.

    `exit_after_first_paint`: quit (0) once the first screen has painted the file's data."""
    settings = Settings()
    try:
        identity = known_identity(settings, as_name)
    except HirefileError:  # a name `--as` cannot take: `start` says so
        identity = None
    # an everyday file is opened, and Home's read started, while Qt loads
    quick = open_quickly(path, identity, settings, match=bool(as_name)) if identity else None
    _without_source_scan()
    from PySide6.QtCore import QCoreApplication, QTimer

    from hirefile.ui.crash import install_excepthook
    from hirefile.ui.first_paint import FirstDataPaint

    app = application(settings.appearance)
    from hirefile.ui import open_events

    # macOS: a file double-clicked in Finder (no such event comes elsewhere)
    opened = open_events.install(app, listen=sys.platform == "darwin")
    path, quick = opened.start_file(path, quick)
    previous_hook = sys.excepthook
    install_excepthook()
    try:
        started = start(path, as_name=as_name, settings=settings, lazy=True, quick=quick)
        if isinstance(started, int):
            return started
        window = started
        opened.attach(window)  # from now on such a file opens as File → Open opens it

        def after_first_paint() -> None:
            if exit_after_first_paint:
                # as below: start-up's objects are out of the collector's sight before it is
                # turned on again (on the way out, a full collection of them cost 10 ms)
                gc.freeze()
                QCoreApplication.quit()
                return
            window.build_rest()
            # What is built by now (modules, classes, the ORM's mappers, every page: ~150,000
            # objects) lives as long as the app: out of the collector's sight, a full
            # collection no longer walks it (it cost a scroll frame ~100 ms each time one ran
            # mid-scroll). Here, not in the window: a process that makes windows and throws
            # them away (the tests) must not make their garbage immortal.
            gc.freeze()
            gc.enable()  # off during start-up (cli._gui)

        FirstDataPaint(started, after_first_paint)
        if not exit_after_first_paint:  # a window never painted (hidden, on another
            # desktop) gets the rest all the same
            QTimer.singleShot(REST_AT_THE_LATEST_MS, window, after_first_paint)
        code = app.exec()
        started.close_database()  # already closed by closeEvent; this covers other exits
        return code
    finally:
        sys.excepthook = previous_hook
        gc.enable()
