"""The command palette (View → Go To…, Ctrl+K): type a few letters to jump to a candidate, a
role, a page or any action of the window, and Help → Keyboard Shortcuts. Both are generated
from the window's own actions (`window_commands`), so a new menu entry is in both without
being listed anywhere else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QDialog,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hirefile.domain.names import fold
from hirefile.services import jump
from hirefile.ui import theme
from hirefile.ui.generated.ui_command_palette import Ui_CommandPalette
from hirefile.ui.text import isolate

if TYPE_CHECKING:
    from hirefile.ui.main_window import MainWindow

#: How many candidates and roles the palette lists at once (it says how many match in all).
SHOWN = 6
#: How many actions it lists for typed text (every one when nothing is typed).
SHOWN_ACTIONS = 12
#: Typing pauses this long before the file is searched; actions follow every key at once.
SEARCH_DELAY_MS = 60

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "header", "candidate", "role", "command"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2   # the candidate's or role's key, or the Command
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
KEYS_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class Command:
    """One action of the window as the palette and the shortcuts list show it."""

    title: str
    #: Where it lives: "File", "File → Open Recent", "Offers page".
    where: str
    action: QAction
    #: The page to show before triggering it (an action of a page), or None.
    page: int | None = None

    @property
    def keys(self) -> str:
        return self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def matches(self, words: list[str]) -> bool:
        text = fold(f"{self.title} {self.where}")
        return all(word in text for word in words)


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersands ("&&" is a real one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_commands(window: MainWindow) -> list[Command]:
    """Every action of the window: the menus in their order (submenus by path), then each
    page's own actions (which show their page first)."""
    out: list[Command] = []
    seen: set[int] = set()

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{where} → {plain(action.text())}")
                continue
            seen.add(id(action))
            out.append(Command(plain(action.text()), where, action))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(top.text()))
    for index, page in enumerate(window.pages):
        name = window.form.navList.item(index).text()
        for action in page.findChildren(QAction):
            if id(action) in seen or not action.text() or action.isSeparator() or action.menu():
                continue
            seen.add(id(action))
            out.append(Command(plain(action.text()), f"{name} page", action, index))
    return out


def ranked(commands: list[Command], text: str) -> list[Command]:
    """The commands whose title or place has every typed word, titles starting with the text
    first, then titles with a word starting with it, then the rest, each in menu order."""
    words = fold(text).split()
    if not words:  # the pages first (the View menu), then the rest in menu order
        return sorted(commands, key=lambda c: c.where != "View")
    first = fold(text).strip()

    def rank(command: Command) -> int:
        title = fold(command.title)
        if title.startswith(first):
            return 0
        if any(part.startswith(words[0]) for part in title.split()):
            return 1
        return 2

    return sorted((c for c in commands if c.matches(words)), key=rank)


class _RowDelegate(QStyledItemDelegate):
    """A row: the title, its place or detail in grey after it, the keys at the right; section
    headers small and bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + (2 if index.data(KIND_ROLE) == "header"
                                                    else 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        rect: QRect = option.rect
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.highlight())
        text_color = (option.palette.highlightedText().color()
                      if selected else option.palette.text().color())
        muted = text_color if selected else QColor(theme.MUTED)
        font = QFont(option.font)
        inner = rect.adjusted(10, 0, -10, 0)
        if kind == "header":
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             str(index.data()))
            painter.restore()
            return
        metrics = painter.fontMetrics()
        keys = str(index.data(KEYS_ROLE) or "")
        keys_width = metrics.horizontalAdvance(keys) + 12 if keys else 0
        title = str(index.data())
        detail = str(index.data(DETAIL_ROLE) or "")
        room = inner.width() - keys_width
        bold = QFont(font)
        if kind in ("candidate", "role"):
            bold.setBold(True)
        painter.setFont(bold)
        shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room)
        painter.setPen(text_color)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(inner, align, shown)
        used = painter.fontMetrics().horizontalAdvance(shown)
        painter.setFont(font)
        if detail and used + 24 < room:
            rest = painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight,
                                                    room - used - 16)
            painter.setPen(muted)
            painter.drawText(inner.adjusted(used + 16, 0, 0, 0), align, rest)
        if keys:
            painter.setPen(muted)
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             keys)
        painter.restore()


class CommandPalette(QDialog):
    """The palette over the window: a search field and what it finds, headed by kind."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Dialog)
        self.form = Ui_CommandPalette()
        self.form.setupUi(self)
        self.window_ = window
        self.commands = [c for c in window_commands(window) if c.action is not _palette(window)]
        self.model = QStandardItemModel(self)
        view = self.form.resultsView
        view.setModel(self.model)
        view.setItemDelegate(_RowDelegate(view))
        view.clicked.connect(self._go)
        self.form.queryEdit.installEventFilter(self)
        self.form.queryEdit.textChanged.connect(self._typed)
        self._search = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search.timeout.connect(self.refresh)
        #: What the file found for the text last searched: (text, jumps).
        self._found: tuple[str, jump.Jumps | None] = ("", None)
        self.refresh()

    # what it lists ---------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._list(searching=True)  # the actions follow the key at once
        self._search.start()

    def refresh(self) -> None:
        """Search the file for the text typed and list everything it finds."""
        text = self.form.queryEdit.text().strip()
        found = None
        db = self.window_.db
        if text and db is not None:
            with db.reader() as s:
                found = jump.jumps(s, text, limit=SHOWN)
        self._found = (text, found)
        self._list(searching=False)

    def _list(self, *, searching: bool) -> None:
        text = self.form.queryEdit.text().strip()
        self.model.clear()
        said: list[str] = []
        last_text, found = self._found
        if found is not None and last_text == text:
            self._section("Candidates", found.candidates, found.candidates_said(), "candidate")
            roles = (f"first {len(found.roles)} of {found.role_count}"
                     if found.role_count > len(found.roles) else "")
            self._section("Roles", found.roles, roles, "role")
        commands = ranked([c for c in self.commands if c.action.isEnabled()], text)
        shown = commands if not text else commands[:SHOWN_ACTIONS]
        if shown:
            self._header("Pages and actions" if not text or len(shown) == len(commands)
                         else f"Pages and actions — {len(shown)} of {len(commands)}")
            for command in shown:
                item = QStandardItem(command.title)
                item.setData("command", KIND_ROLE)
                item.setData(command, KEY_ROLE)
                item.setData(command.where, DETAIL_ROLE)
                item.setData(command.keys, KEYS_ROLE)
                item.setToolTip(command.action.statusTip())
                self.model.appendRow(item)
        if self.model.rowCount() == 0:
            said.append("Searching…" if searching and text else
                        f"Nothing matches “{isolate(text)}”")
        self.form.hintLabel.setText(" · ".join(said) if said else
                                    "↑ ↓ choose · Enter go · Esc close")
        self._select(self._first_row(), 1)
        self.form.resultsView.scrollToTop()  # the first section's header stays in sight

    def _header(self, text: str) -> None:
        item = QStandardItem(text)
        item.setData("header", KIND_ROLE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.model.appendRow(item)

    def _section(self, title: str, rows: list[jump.Found], said: str, kind: str) -> None:
        if not rows:
            return
        self._header(f"{title} — {said}" if said else title)
        for row in rows:
            item = QStandardItem(row.title)
            item.setData(kind, KIND_ROLE)
            item.setData(row.id, KEY_ROLE)
            item.setData(row.detail, DETAIL_ROLE)
            self.model.appendRow(item)

    # the keyboard ----------------------------------------------------------------------------

    def _first_row(self) -> int:
        return next((r for r in range(self.model.rowCount())
                     if self.model.index(r, 0).data(KIND_ROLE) != "header"), -1)

    def _select(self, row: int, step: int) -> None:
        """Make `row` current, or the next row from it in `step`'s direction that is not a
        header."""
        rows = self.model.rowCount()
        while 0 <= row < rows and self.model.index(row, 0).data(KIND_ROLE) == "header":
            row += step
        if 0 <= row < rows:
            index = self.model.index(row, 0)
            self.form.resultsView.setCurrentIndex(index)
            self.form.resultsView.scrollTo(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form.queryEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            current = self.form.resultsView.currentIndex().row()
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                     Qt.Key.Key_PageUp: -8}
            if key in moves:
                step = moves[Qt.Key(key)]
                target = max(0, min(self.model.rowCount() - 1, current + step))
                self._select(target, 1 if step > 0 else -1)
                if self.form.resultsView.currentIndex().row() == current and step < 0:
                    self.form.resultsView.scrollToTop()  # a header above the first row
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search.isActive():  # Enter right after typing: search first
                    self._search.stop()
                    self.refresh()
                self._go(self.form.resultsView.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # going there -----------------------------------------------------------------------------

    def _go(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE) if index.isValid() else None
        if kind is None or kind == "header":
            return
        key = index.data(KEY_ROLE)
        self.accept()
        window = self.window_
        go: Callable[[], None]
        if kind == "candidate":
            def go() -> None:
                window.open_candidate(key)
        elif kind == "role":
            def go() -> None:
                from hirefile.ui.main_window import PAGE_ROLES

                window.show_page(PAGE_ROLES)
                window.roles_page.select_role(key)
        else:
            command: Command = key

            def go() -> None:
                if command.page is not None:
                    window.show_page(command.page)
                if command.action.isEnabled():
                    command.action.trigger()
        QTimer.singleShot(0, go)  # once the palette is gone: a dialog it opens sits on top


def _palette(window: QWidget) -> QAction | None:
    return getattr(window, "action_palette", None)


def show_palette(window: MainWindow) -> None:
    """Bring up the palette over the window, centred near its top, wide enough to read."""
    palette = CommandPalette(window)
    width = max(420, min(640, window.width() - 80))
    palette.resize(width, min(440, max(300, window.height() - 160)))
    top_left = window.mapToGlobal(window.rect().topLeft())
    palette.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)
    from hirefile.ui.common import run_modal

    run_modal(palette)


def install(window: MainWindow) -> QAction:
    """View → Go To… (Ctrl+K) and Help → Keyboard Shortcuts (Ctrl+/)."""
    action = QAction("&Go To…", window)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setStatusTip("Jump to a candidate, a role, a page or any action by typing part "
                        "of its name")
    action.triggered.connect(lambda: show_palette(window))
    view = window.form.menuView
    view.insertAction(window.form.actionGoHome, action)
    view.insertSeparator(window.form.actionGoHome)
    shortcuts = QAction("&Keyboard Shortcuts", window)
    shortcuts.setShortcut(QKeySequence("Ctrl+/"))
    shortcuts.setStatusTip("Every key the window answers to, from its menus and pages")

    def show_shortcuts() -> None:
        from hirefile.ui.common import run_modal
        from hirefile.ui.shortcuts import KeyboardShortcutsDialog

        run_modal(KeyboardShortcutsDialog(window))

    shortcuts.triggered.connect(show_shortcuts)
    help_menu = window.form.menuHelp
    help_menu.insertAction(window.form.actionAbout, shortcuts)
    return action
