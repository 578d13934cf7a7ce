"""The main window's controller: files, navigation, status bar. The layout is in main_window.ui.

The window owns the one open `Database`. Switching files opens the new one first (so a file
that cannot be opened leaves the current one in place), then closes the old one, releasing its
lock, before any page reads the new one. All signals are connected in `_connect`. At start-up
the app shows Home alone and builds the rest (`build_rest`) once Home is painted, so modules
only the other pages use are imported there, or where they are used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from hirefile import __version__
from hirefile.errors import FileMissing, HirefileError
from hirefile.locations import is_url
from hirefile.services.startup import QuickFile
from hirefile.services.workspace import Workspace
from hirefile.settings import APPEARANCE, WAITING_DAYS, Identity, Settings
from hirefile.ui import glyphs, preferences, theme
from hirefile.ui.changes import (
    ALL_KINDS,
    APPLICATION,
    ASSESSMENT,
    CANDIDATE,
    EVERYTHING,
    OFFER,
    ROLE,
    WAITING_RULE,
    Change,
    FileChanges,
)
from hirefile.ui.generated.ui_main_window import Ui_MainWindow
from hirefile.ui.home.page import HomePage
from hirefile.ui.models.columns import count_text
from hirefile.ui.status import PersonBadge
from hirefile.ui.text import isolate
from hirefile.ui.widgets import COUNT_ROLE, NavDelegate

if TYPE_CHECKING:  # built after the first paint (`build_rest`), imported there
    from hirefile.ui.pages.candidates import CandidatesPage
    from hirefile.ui.pages.interviews import InterviewsPage
    from hirefile.ui.pages.offers import OffersPage
    from hirefile.ui.pages.pipeline import PipelinePage
    from hirefile.ui.pages.roles import RolesPage
    from hirefile.ui.reports.page import ReportsPage
    from hirefile.ui.server_changes import ServerChanges
    from hirefile.ui.settings_dialog import SettingsDialog
    from hirefile.ui.sharing.on_disk import DiskSharing
    from hirefile.ui.welcome import Welcome

log = logging.getLogger(__name__)

PAGE_HOME, PAGE_ROLES, PAGE_CANDIDATES, PAGE_PIPELINE, PAGE_INTERVIEWS, PAGE_OFFERS, \
    PAGE_REPORTS = range(7)
NAV_GLYPHS = ("home", "roles", "candidates", "pipeline", "interviews", "offers", "reports")
HEARTBEAT_MS = 60_000
GEOMETRY_KEY = "window_geometry"


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y (and the platform's own), each once: a key bound twice to one
    action is an "ambiguous shortcut" that Qt then ignores."""
    keys: list[QKeySequence] = []
    for key in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
        if key not in keys:
            keys.append(key)
    return keys

class MainWindow(QMainWindow):
    """The hiring desk: one file, Home and six pages, the File menu and who is at the
    keyboard."""

    roles_page: RolesPage
    candidates_page: CandidatesPage
    pipeline_page: PipelinePage
    interviews_page: InterviewsPage
    offers_page: OffersPage
    reports_page: ReportsPage
    disk: DiskSharing
    server_changes: ServerChanges
    welcome: Welcome

    def __init__(self, db: Workspace | QuickFile, settings: Settings, identity: Identity,
                 parent: QWidget | None = None, *, lazy: bool = False) -> None:
        """`lazy`: build Home alone and the rest of the window (the other pages, their menus
        and actions, sharing) with `build_rest()`, which the app calls right after the first
        frame showing the file's data is painted, so start-up waits for Home only. Anything
        a person does before then (a shortcut, a page, a row of Home) builds it first.

        `db` may be the file opened with sqlite3 alone (`QuickFile`, services/startup.py):
        Home reads it, and `build_rest` takes it over as a `Database` first."""
        super().__init__(parent)
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        self.settings = settings
        preferences.use(settings)  # the machine's, for every screen (ui/preferences.py)
        self.identity = identity
        self._settings_dialog: SettingsDialog | None = None
        self.db: Workspace | None = None
        #: The file opened with sqlite3 alone for the first screen, until `build_rest`.
        self.quick: QuickFile | None = None
        #: Whether `build_rest` ran: every page, menu and action is in place.
        self.built = False
        self.home_page = HomePage(self.form.pages)  # made where it lives: styled once
        self.form.pages.addWidget(self.home_page)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.person_badge = PersonBadge(identity, self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.person_badge)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        #: Every edit of the open file, for Edit → Undo/Redo; cleared when the file changes.
        self.undo_stack = QUndoStack(self)
        #: What changed in the open file, for every page (fed by the stack and `changed()`).
        self.changes = FileChanges(self.undo_stack, self)
        self.changes.sig_changed.connect(self._file_changed)
        self.home_page.undo_stack = self.undo_stack
        self.home_page.changes = self.changes
        self.home_page.before_acting = self.build_rest
        self._decorate()
        self._connect_navigation()
        if not lazy:
            self.build_rest()
        if isinstance(db, QuickFile):
            self.quick = db
            self._show_file(db, read_now=lazy)
        else:
            self.use_database(db, read_now=lazy)
        self._heartbeat.start()

    def build_rest(self) -> None:
        """Everything but Home: the other pages, their menus and actions, sharing; then they
        read the open file (each page reads when first shown). Runs once."""
        if self.built:
            return
        if self.quick is not None and not self._take_over(self.quick):
            return
        from hirefile.ui import (
            appearance,
            fonts,
            guide,
            onboarding_dialogs,
            palette,
            privacy,
            welcome,
        )
        from hirefile.ui.assess import calibration
        from hirefile.ui.offers.company import company_action
        from hirefile.ui.pages.candidates import CandidatesPage
        from hirefile.ui.pages.interviews import InterviewsPage
        from hirefile.ui.pages.offers import OffersPage
        from hirefile.ui.pages.pipeline import PipelinePage
        from hirefile.ui.pages.roles import RolesPage
        from hirefile.ui.reports.page import ReportsPage
        from hirefile.ui.server_changes import ServerChanges
        from hirefile.ui.sharing import activity, merge_copy
        from hirefile.ui.sharing import backups as sharing_backups
        from hirefile.ui.sharing import recover as sharing_recover
        from hirefile.ui.sharing import team as sharing_team
        from hirefile.ui.sharing.on_disk import DiskSharing

        self.built = True
        fonts.lend_missing()  # names in scripts this computer has no font for
        self.roles_page = RolesPage(self)
        self.candidates_page = CandidatesPage(self)
        self.pipeline_page = PipelinePage(self)
        self.interviews_page = InterviewsPage(self)
        self.offers_page = OffersPage(self)
        self.reports_page = ReportsPage(self)
        for page in self.pages[1:]:
            self.form.pages.addWidget(page)
            page.undo_stack = self.undo_stack  # type: ignore[attr-defined]
        # their own edits are re-read once, by `_file_changed`
        for page in (self.roles_page, self.candidates_page, self.interviews_page,
                     self.offers_page):
            page.changes = self.changes
        self._add_edit_menu()
        self._add_candidate_actions()
        self.action_company = company_action(self, lambda: self.db, self.undo_stack)
        self.form.menuFile.insertAction(self.form.actionSaveCopy, self.action_company)
        self.action_mail_templates = QAction("E-mail &Templates…", self)
        self.action_mail_templates.setStatusTip("Change the e-mails Write E-mail starts from, "
                                                "or add your own")
        self.action_mail_templates.triggered.connect(self.edit_mail_templates)
        self.form.menuFile.insertAction(self.form.actionSaveCopy, self.action_mail_templates)
        self.action_onboarding_template = onboarding_dialogs.install(self)
        self.action_switch_person = QAction("S&witch Person…", self)
        self.action_switch_person.setStatusTip("Sign changes and see sealed feedback as another "
                                               "person of this file (a shared computer)")
        self.action_switch_person.triggered.connect(self.switch_person)
        self.form.menuFile.insertAction(self.action_company, self.action_switch_person)
        self.activity = activity.install(self)  # View → Activity…
        self.calibration = calibration.install(self)  # View → Your Calibration…
        self.reports_page.sig_calibration.connect(self.calibration.bring_up)
        self.privacy = privacy.install(self)  # File → Privacy and Retention…
        #: View → Go To… (Ctrl+K), Help → Keyboard Shortcuts (ui/palette)
        self.action_palette = palette.install(self)
        self.appearance_menu = appearance.install(self)  # View → Appearance (ui/appearance)
        self.guide = guide.install(self)  # Help → Guide (F1)
        self.welcome = welcome.install(self)  # File → Welcome…; what Home's welcome asks
        self.copy_merging = merge_copy.install(self)  # File → Merge…, the copies bar
        self._connect()
        self.setAcceptDrops(True)  # CVs and e-mails dropped anywhere (`dropEvent`)
        #: Automatic backups; File → Save a Copy for a Cofounder…, Restore from Backup…
        self.backups = sharing_backups.install(self)
        #: File → Recover a Damaged File…; the offer when a file to open is damaged
        self.action_recover = sharing_recover.install(self)
        #: File → Open Team Database…, Move to a Team Database…; on a server Save a Copy as
        #: a File… (ui/sharing/team)
        self.team = sharing_team.install(self)
        #: Changes on disk, read-only looking and the synced-folder note (ui/sharing/on_disk).
        self.disk = DiskSharing(self)
        #: Other people's writes to a team database (ui/server_changes).
        self.server_changes = ServerChanges(self)
        if self.db is not None:  # lazily built: the rest now reads the file Home shows
            self._use_rest(self.db)

    def _take_over(self, quick: QuickFile) -> bool:
        """The file Home was read from with sqlite3 becomes the window's `Database` (the lock
        handed over), its person settled as at any opening; False when that failed (said, and
        the window closes)."""
        from hirefile.services.startup import take_over
        from hirefile.ui.people import settle_person

        self.quick = None
        db = None
        try:
            db = take_over(quick)
            settle_person(self, db, self.settings, self.identity, match=quick.match)
        except HirefileError as exc:
            log.info("could not take over %s: %s", quick.path, exc.message)
            if db is not None:
                db.close()
            self.home_page.set_database(None)
            from hirefile.ui import messages
            messages.show_problem(self, "Hirefile", exc.message)
            QTimer.singleShot(0, self.close)
            return False
        self.db = db
        # the same file as the same person: Home shows it already
        self.home_page.set_database(db, read=db.identity.person_id != quick.identity.person_id)
        self.person_badge.set_identity(db.identity)
        return True

    # files dropped on the window -------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from hirefile.ui.candidate import cv_drop

        if self.db is not None and cv_drop.dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """CVs (and kept e-mails) dropped anywhere: as on the Candidates page; on a role's
        board, the new candidates go into that role's pipeline."""
        from hirefile.ui.candidate import cv_drop

        paths = cv_drop.dropped_files(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        on_board = self.form.pages.currentWidget() is self.pipeline_page
        role_id = self.pipeline_page.form.roleCombo.currentData() if on_board else None
        QTimer.singleShot(0, self, lambda: self.candidates_page.take_dropped(paths, role_id))

    @property
    def pages(self) -> tuple[QWidget, ...]:
        """The pages built so far, in sidebar order (Home alone until `build_rest`)."""
        if not self.built:
            return (self.home_page,)
        return (self.home_page, self.roles_page, self.candidates_page, self.pipeline_page,
                self.interviews_page, self.offers_page, self.reports_page)

    def _add_edit_menu(self) -> None:
        """Edit → Undo / Redo, named after the command they would undo or redo."""
        from hirefile.ui.commands.base import redo_safely, undo_safely

        self.menu_edit = self.menuBar().addMenu("&Edit")
        self.menuBar().insertMenu(self.form.menuView.menuAction(), self.menu_edit)
        self.action_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.action_redo.setShortcuts(redo_keys())
        # The stack's own slots would move on even when the file refuses the step.
        for action, step in ((self.action_undo, undo_safely), (self.action_redo, redo_safely)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _=False, step=step: self._step(step))
        self.menu_edit.addAction(self.action_undo)
        self.menu_edit.addAction(self.action_redo)
        self.menu_edit.addSeparator()
        #: Edit → Settings… (on macOS the application menu's Preferences…)
        self.action_settings = QAction("&Settings…", self)
        self.action_settings.setObjectName("actionSettings")
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.setStatusTip("Your name, when a card counts as waiting, backups, "
                                          "and what new files start with")
        self.action_settings.triggered.connect(self.show_settings)
        self.menu_edit.addAction(self.action_settings)
        self.menuBar().insertMenu(self.form.menuView.menuAction(), self.roles_page.menu)

    def _step(self, step: Callable[[QUndoStack], HirefileError | None]) -> None:
        from hirefile.ui.commands.base import undo_safely

        refused = step(self.undo_stack)
        if refused is not None:
            what = "undo" if step is undo_safely else "redo"
            from hirefile.ui import messages
            messages.show_problem(self, f"Could not {what}", refused.message)

    def _add_candidate_actions(self) -> None:
        """Add candidate, Import and Export CSV also live in the File menu."""
        menu, before = self.form.menuFile, self.form.actionSaveCopy
        page = self.candidates_page
        for action in (page.action_add, page.action_import, page.action_export):
            menu.insertAction(before, action)
        menu.insertSeparator(before)

    def open_candidate(self, candidate_id: str) -> None:
        """Show a candidate's record (from the board, a search, a link)."""
        self.show_page(PAGE_CANDIDATES)
        self.candidates_page.open_candidate(candidate_id)

    def _leave_ok(self) -> bool:
        """Unsaved edits (a role, a candidate record) are asked about before the file changes
        or the window closes."""
        return self.roles_page.confirm_leave() and self.candidates_page.maybe_leave()

    def _decorate(self) -> None:
        f = self.form
        f.brandIcon.setPixmap(glyphs.app_icon().pixmap(60, 60))
        f.navList.setItemDelegate(NavDelegate(f.navList))
        for row, name in enumerate(NAV_GLYPHS):
            f.navList.item(row).setIcon(glyphs.icon(name, "MUTED", "ACCENT_DARK"))
        f.navList.setCurrentRow(PAGE_HOME)

    def _connect_navigation(self) -> None:
        """The sidebar and the form's actions, from the start: each builds the rest of the
        window first when Home is still shown alone, so no key pressed early is lost."""
        f = self.form

        def built_first(slot: Callable[[], object]) -> Callable[..., None]:
            def run(*_args: object) -> None:
                self.build_rest()
                if self.built:
                    slot()
            return run

        f.actionNew.triggered.connect(built_first(self.new_file))
        f.actionOpen.triggered.connect(built_first(self.open_file))
        f.actionSaveCopy.triggered.connect(built_first(self.save_copy))
        f.actionQuit.triggered.connect(self.close)
        f.actionAbout.triggered.connect(built_first(self.show_about))
        f.actionRefresh.triggered.connect(built_first(self.refresh_all))
        f.menuOpenRecent.aboutToShow.connect(built_first(self._fill_recent))
        f.navList.currentRowChanged.connect(self._go)
        for index, action in enumerate((f.actionGoHome, f.actionGoRoles, f.actionGoCandidates,
                                        f.actionGoPipeline, f.actionGoInterviews,
                                        f.actionGoOffers, f.actionGoReports)):
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))

    def _go(self, index: int) -> None:
        """Show page `index` (the sidebar's row), building the rest of the window first."""
        if index != PAGE_HOME:
            self.build_rest()
        self.form.pages.setCurrentIndex(index)

    def _connect(self) -> None:
        from hirefile.ui.home import routes as home_routes

        # the empty file's "Try the demo": the Welcome's, a new demo file beside this one
        self.roles_page.sig_try_demo.connect(
            lambda: self.welcome.try_demo(self.roles_page.list.empty))
        self.roles_page.sig_changed.connect(self._show_counts)
        for page in (self.pipeline_page, self.interviews_page, self.offers_page):
            page.sig_status.connect(self._show_status)
        # Their writes that are not undo steps announce themselves as changes of the file
        # (undo steps need nothing: the stack moving is the change).
        for writer in (self.interviews_page, self.offers_page, self.candidates_page,
                       self.pipeline_page, self.home_page):
            writer.sig_written.connect(self.changes.changed)
        self.candidates_page.sig_try_demo.connect(
            lambda: self.welcome.try_demo(self.candidates_page.empty))
        self.candidates_page.sig_changed.connect(self._show_counts)
        self.candidates_page.sig_message.connect(
            lambda text: self.statusBar().showMessage(text, 8000))
        self.pipeline_page.sig_open_candidate.connect(self.open_candidate)
        home_routes.install(self)  # where Home's rows, Show all and first steps lead
        self._heartbeat.timeout.connect(self._beat)

    def _show_status(self, message: str) -> None:
        """A page's outcome ("Moved Ana Lima to Technical"); the counts follow the change
        notification, not this message."""
        if message:
            self.statusBar().showMessage(message, 6000)

    # pages -----------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.form.navList.setCurrentRow(index)

    @property
    def current_page(self) -> int:
        return self.form.pages.currentIndex()

    def refresh_all(self) -> None:
        """Read every page again from the file (after a load, a switch, View → Reload)."""
        self.changes.changed(EVERYTHING)

    def _file_changed(self, change: Change) -> None:
        """The one place a change of the open file reaches the pages: each page that shows
        rows of the kinds changed reads again (a hidden board only marks itself stale)."""
        if self.db is None:
            return
        if not self.built:
            self.home_page.refresh()
            return
        for page, kinds in ((self.home_page, ALL_KINDS),
                            (self.roles_page, (ROLE, APPLICATION)),
                            (self.candidates_page, self.candidates_page.kinds),
                            (self.pipeline_page, (ROLE, CANDIDATE, APPLICATION, ASSESSMENT,
                                                  OFFER)),
                            (self.interviews_page, (ROLE, CANDIDATE, APPLICATION, ASSESSMENT)),
                            (self.offers_page, (ROLE, CANDIDATE, APPLICATION, OFFER)),
                            (self.reports_page, ALL_KINDS)):  # figures of every kind
            if not change.touches(*kinds):
                continue
            if page is self.home_page or page is self.reports_page:
                page.refresh()
            else:  # hidden, it marks itself stale; shown, it reads what the change touched
                page.refresh(change)  # type: ignore[call-arg]
        self._show_counts()

    def _show_counts(self) -> None:
        """Badges, status bar and the empty-file welcome, from what the pages just read."""
        if not self.built:  # they come with the pages, right after the first paint
            return
        roles, candidates = self.roles_page.count, self.candidates_page.total
        desk_empty = roles == 0 and candidates == 0
        self.roles_page.set_desk_empty(desk_empty)
        self.candidates_page.set_desk_empty(desk_empty)
        counts = (None, roles, candidates, self.pipeline_page.count,
                  self.interviews_page.count, self.offers_page.count)  # Home has no badge
        for row, n in enumerate(counts):
            self.form.navList.item(row).setData(COUNT_ROLE, n or None)  # no badge for 0
        self.counts_label.setText(
            f"{count_text(roles, 'role')}  ·  {count_text(candidates, 'candidate')}")

    # files -----------------------------------------------------------------------------------

    def use_database(self, db: Workspace, *, read_now: bool = False) -> None:
        """Make `db` the window's file: the old one is closed (its lock released) first.
        `read_now`: Home reads it before the window is first shown (start-up).

        Callers ask `roles_page.confirm_leave()` before opening `db` (unsaved role edits)."""
        old, self.db = self.db, None
        if old is not None and old is not db:
            for page in self.pages:
                page.set_database(None)  # type: ignore[attr-defined]
            if self.built:
                self.activity.set_database(None)
                self.calibration.set_database(None)
                self.privacy.set_database(None)
            old.close()
        self.db = db
        self.undo_stack.clear()  # its commands belong to the file that was open
        self._show_file(db, read_now=read_now)
        if self.built:
            self._use_rest(db)

    def _show_file(self, db: Workspace | QuickFile, *, read_now: bool = False) -> None:
        """Home reads `db`; the title, the sidebar and the person badge name it."""
        self.home_page.set_database(db, now=read_now)
        self.person_badge.set_identity(db.identity)
        # the title bar is drawn by the desktop, which may not know directional isolates
        self.setWindowTitle(f"{db.path.name} — Hirefile")
        self._show_file_name(db.path, db.url)
        self.form.fileCaption.setText("TEAM DATABASE" if db.on_server else "HIRING FILE")
        self.form.sidebarFooter.setText(
            "Everything lives in this database on the server, shared by your team."
            if db.on_server else "Everything lives in this one file, on this computer.")

    def _use_rest(self, db: Workspace) -> None:
        """The pages but Home, the counts, backups, sharing and the recent files take `db`."""
        for page in self.pages[1:]:
            page.set_database(db)  # type: ignore[attr-defined]  # each page reads it
        self.activity.set_database(db)
        self.calibration.set_database(db)
        self.privacy.set_database(db)
        self._show_counts()
        self.backups.file_opened(db)
        self.team.file_opened(db)
        # a team's database has no file to back up or restore (Save a Copy makes a file from
        # it: ui/sharing/team); a laptop's copy of it merges in as a cofounder's copy does
        for action in (self.backups.action_copy_for_cofounder, self.backups.action_restore):
            if action is not None:
                action.setEnabled(not db.on_server)
        self.copy_merging.file_opened()
        if db.on_server:  # …nor one to watch, nor siblings; Open Recent has its URL
            self.disk.stop()
            self.server_changes.watch(db)  # others' writes reach the pages instead
            self.settings.add_recent(db.url or "")
            self._fill_recent()
            return
        self.server_changes.stop()
        self.settings.add_recent(db.path)
        self.settings.set_last_file(db.path)
        self._fill_recent()
        self.disk.watch(db)

    def _show_file_name(self, path: Path, url: str | None = None) -> None:
        """The file's name in the sidebar (on a server: "hiring on db.example.com", with its
        URL — never a password — as the tooltip)."""
        label = self.form.fileName
        font = QFont(label.font())  # as the style sheet draws it (bold), maybe not applied yet
        font.setWeight(QFont.Weight.DemiBold)
        label.setText(QFontMetrics(font).elidedText(path.name, Qt.TextElideMode.ElideMiddle,
                                                    180))
        label.setToolTip(url or str(path))
        self.form.fileCard.setToolTip(url or str(path))

    def _dialog_dir(self) -> Path:
        if self.db is None or self.db.on_server:
            return Path.home()
        return self.db.path.parent

    def _is_current(self, path: Path) -> bool:
        return self.db is not None and path.expanduser().resolve() == self.db.path.resolve()

    def new_file(self) -> None:
        from hirefile.services.files import create_file
        from hirefile.ui import file_dialogs
        from hirefile.ui.people import settle_person

        if not self._leave_ok():
            return
        path = file_dialogs.ask_new_file(self, self._dialog_dir())
        if path is None:
            return
        if self._is_current(path):
            from hirefile.ui import messages
            messages.show_problem(self, "New File", f"{isolate(path.name)} is the file open now; "
                                  "choose another name for the new file.")
            return
        try:
            db = create_file(path, self.identity, settings=self.settings)
        except HirefileError as exc:
            from hirefile.ui import messages
            messages.show_problem(self, "Could not create the file", exc.message)
            return
        settle_person(self, db, self.settings, self.identity)
        self.use_database(db)
        self.show_page(PAGE_HOME)

    def open_file(self) -> None:
        from hirefile.ui import file_dialogs

        path = file_dialogs.ask_open_file(self, self._dialog_dir())
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open `path` in place of the current file; on a problem, say so and keep the current."""
        from hirefile.ui.people import settle_person
        from hirefile.ui.sharing import recover as sharing_recover
        from hirefile.ui.sharing.on_disk import open_or_offer_read_only

        if self._is_current(path):
            return True
        if not self._leave_ok():
            return False
        try:
            db = open_or_offer_read_only(self, path, self.identity)
        except HirefileError as exc:
            log.info("could not open %s: %s", path, exc.message)
            if isinstance(exc, FileMissing):
                self.settings.remove_recent(path)
                self._fill_recent()
            if sharing_recover.looks_damaged(exc, path):
                sharing_recover.offer_for_damaged(self, path, exc.message)
            else:
                from hirefile.ui import messages
                messages.show_problem(self, f"Could not open {isolate(path.name)}", exc.message)
            return False
        if db is None:  # in use, and the person did not want to look read-only
            return False
        settle_person(self, db, self.settings, self.identity)
        self.use_database(db)
        self.show_page(PAGE_HOME)  # the first screen of an open file
        return True

    def edit_mail_templates(self) -> None:
        """File → E-mail Templates…: this file's templates, each change an undo step."""
        if self.db is None:
            return
        from hirefile.ui.mail_templates_dialog import edit_templates

        edit_templates(self, self.db, self.undo_stack)

    def show_settings(self) -> SettingsDialog:
        """Edit → Settings…: the one settings window, brought up (modeless)."""
        from hirefile.ui.settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self)
        dialog = self._settings_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def settings_changed(self, keys: frozenset[str]) -> None:
        """This machine's settings `keys` changed (Edit → Settings…). A change of the waiting
        rule reaches the pages as a change of the file would, through `_file_changed`: the
        board, the pipeline table and Home read again (a hidden page marks itself stale)."""
        if WAITING_DAYS.key in keys:
            self._file_changed(WAITING_RULE)
        if APPEARANCE.key in keys:
            from hirefile.ui import appearance

            appearance.show(self, self.settings.appearance)
        self.statusBar().showMessage("Settings saved", 6000)

    def switch_person(self) -> None:
        """File → Switch person…: sign changes (and see sealed feedback) as another person."""
        from hirefile.ui.people import switch_person

        if self.db is None or not self._leave_ok():
            return
        identity = switch_person(self, self.db, self.settings)
        if identity is None:
            return
        self.undo_stack.clear()  # the edits on it were the other person's
        self.person_badge.set_identity(identity)
        self.refresh_all()
        self.statusBar().showMessage(f"You are now {isolate(identity.name)} in this file", 8000)

    def save_copy(self) -> None:
        if self.db is None:
            return
        if self.db.on_server:
            self.team.save_copy_as_file()
            return
        from hirefile.ui import file_dialogs

        suggested = self.db.path.with_name(f"{self.db.path.stem} copy{self.db.path.suffix}")
        target = file_dialogs.ask_copy_target(self, suggested)
        if target is None:
            return
        try:
            written = self.db.save_copy(target)
        except HirefileError as exc:
            from hirefile.ui import messages
            messages.show_problem(self, "Could not save a copy", exc.message)
            return
        self.statusBar().showMessage(f"Saved a copy to {isolate(str(written))}", 8000)

    def _fill_recent(self) -> None:
        from hirefile.services.servers import label as server_label

        menu = self.form.menuOpenRecent
        menu.clear()
        current = None if self.db is None else \
            self.db.url if self.db.on_server else str(self.db.path.resolve())
        entries = [p for p in self.settings.recent_files if p != current]
        for entry in entries:
            if is_url(entry):  # a team's database: its label, its URL (never a password)
                action = QAction(f"{server_label(entry)}   —   team database", menu)
                action.setToolTip(entry)
                action.triggered.connect(lambda _checked=False, u=entry: self.team.open_recent(u))
                menu.addAction(action)
                continue
            path = Path(entry)
            action = QAction(f"{path.name}   —   {path.parent}", menu)
            action.setToolTip(entry)
            if path.exists():
                action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            else:
                action.setText(f"{path.name}   —   missing")
                action.setEnabled(False)
            menu.addAction(action)
        if not entries:
            menu.addAction("No other recent files").setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("Clear Missing Files")
        clear.setEnabled(any(not is_url(p) and not Path(p).exists() for p in entries))
        clear.triggered.connect(self._clear_missing_recent)

    def _clear_missing_recent(self) -> None:
        for entry in self.settings.recent_files:
            if not is_url(entry) and not Path(entry).exists():
                self.settings.remove_recent(entry)
        self._fill_recent()

    def show_about(self) -> None:
        import html

        from hirefile.services.info import file_info

        rows = [("Version", __version__)]
        if self.db is not None:
            info = file_info(self.db)
            rows += [("Database", info.url) if info.url else ("File", str(info.path)),
                     ("File format", str(info.schema_version)),
                     ("File UUID", info.file_uuid)]
        table = "".join(f"<tr><td style='color:{theme.MUTED}; padding-right:12px'>{k}</td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        from hirefile.ui import messages
        messages.show_about(self, (
            "<h3>Hirefile</h3><p>An offline hiring desk for founders: roles, interview loops, "
            "candidates, scorecards and offers in one file.</p>"
            f"<table>{table}</table>"))

    # life cycle ------------------------------------------------------------------------------

    def _beat(self) -> None:
        if self.db is not None and self.db.lock is not None:
            self.db.lock.heartbeat()
        elif self.quick is not None:
            self.quick.lock.heartbeat()

    def place_on_screen(self) -> bool:
        """Restore the last geometry, else fit the screen; True when it should open maximised."""
        saved = self.settings.get(GEOMETRY_KEY)
        if isinstance(saved, str) and self.restoreGeometry(QByteArray.fromBase64(saved.encode())):
            return False
        screen = self.screen().availableGeometry()
        if screen.width() <= 1440 or screen.height() <= 900:
            self.setGeometry(screen)  # a laptop screen: use all of it (also without a WM)
            return True
        self.resize(1400, 860)
        self.move(screen.center() - self.rect().center())
        return False

    def close_database(self) -> None:
        self._heartbeat.stop()
        if self.quick is not None:  # closed before the rest was built
            self.home_page.set_database(None)
            self.quick.close()
            self.quick = None
        if self.built:  # a timed backup still copying the file stops (nothing is left of it)
            self.backups.finish(cancel=True)
        if self.built:
            self.disk.stop()
            self.server_changes.stop()
        if self.db is not None:
            for page in self.pages:
                page.set_database(None)  # type: ignore[attr-defined]
            if self.built:
                self.activity.set_database(None)
                self.calibration.set_database(None)
            self.db.close()
            self.db = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before the first paint: nothing can be unsaved yet
            self.close_database()
            event.accept()
            return
        if self.team.running:  # a copy to or from a server: Cancel stops it first
            self.statusBar().showMessage("A copy is running: cancel it first, then close",
                                         8000)
            event.ignore()
            return
        if not self._leave_ok():
            event.ignore()
            return
        self.settings.set(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())
        self.close_database()
        event.accept()
