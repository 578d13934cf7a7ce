"""Help → Guide (F1): the user guide, offline, in a window of its own beside the main one.

The pages are the Markdown files of `docs/guide/` (installed as `resources/guide/`, see
`paths.guide_dir`), in the order the contents page (`README.md`) links them; the list on the
left names each by its first heading. A `QTextBrowser` shows a page from its file, so links
between pages and the screenshots they show (`../screenshots/…`) resolve beside it; screenshots
wider than the page are shown scaled down. Ctrl+F goes to the find field: typing marks every
place on the page, Enter or F3 goes to the next one, Shift+F3 to the one before, and past the
last one on to the next page that has the words. Nothing here reads the open file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QDialog, QListWidgetItem, QTextBrowser, QTextEdit, QWidget

from hirefile import paths
from hirefile.ui import theme
from hirefile.ui.generated.ui_guide import Ui_GuideWindow
from hirefile.ui.screen import fit_to_screen

CONTENTS = "README.md"
#: A link to another page of the guide, as the contents page writes it.
PAGE_LINK = re.compile(r"\]\(([A-Za-z0-9_-]+\.md)(?:#[^)]*)?\)")
#: The widest a screenshot is shown, in the page's pixels (it keeps its proportions).
IMAGE_WIDTH = 640
#: Room above a heading, by its level, in pixels.
HEADING_SPACE = {1: 4, 2: 20, 3: 14}
#: The most places marked at once (a one-letter search in a long page).
MAX_MARKS = 500
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The background of the places find marks (a highlighter's yellow, as browsers mark them).


@dataclass(frozen=True)
class Page:
    name: str  # the file's name, "sharing.md"
    title: str  # its first heading
    path: Path


def page_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem.replace("-", " ").capitalize()


def guide_pages(folder: Path | None = None) -> list[Page]:
    """The contents page, then every page it links to, in the order it names them."""
    folder = paths.guide_dir() if folder is None else folder
    contents = folder / CONTENTS
    if not contents.is_file():
        return []
    names = [CONTENTS]
    for name in PAGE_LINK.findall(contents.read_text(encoding="utf-8")):
        if name not in names and (folder / name).is_file():
            names.append(name)
    return [Page(name, page_title(folder / name), folder / name) for name in names]


def keys_for(standard: QKeySequence.StandardKey, also: str) -> list[QKeySequence]:
    """The platform's keys for `standard` and `also`, each once: a key bound twice is an
    "ambiguous shortcut" that Qt then ignores."""
    keys: list[QKeySequence] = []
    for key in (*QKeySequence.keyBindings(standard), QKeySequence(also)):
        if key not in keys:
            keys.append(key)
    return keys


class GuideBrowser(QTextBrowser):
    """Shows a page; a screenshot wider than `IMAGE_WIDTH` comes scaled down, and links that
    leave the guide open in the system's browser."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        name = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(self.resolved(name).toLocalFile())
            if image.isNull():
                return QImage()
            ratio = self.devicePixelRatioF()
            if image.width() > IMAGE_WIDTH * ratio:
                image = image.scaledToWidth(round(IMAGE_WIDTH * ratio),
                                            Qt.TransformationMode.SmoothTransformation)
            image.setDevicePixelRatio(ratio)
            return image
        return super().loadResource(kind, name)

    def resolved(self, name: QUrl) -> QUrl:
        return self.source().resolved(name) if name.isRelative() else name

    def doSetSource(self, name: QUrl | str, kind: QTextDocument.ResourceType =
                    QTextDocument.ResourceType.UnknownResource) -> None:
        name = QUrl(name)
        if name.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(name)
            return
        if name.path().endswith(".md"):
            kind = QTextDocument.ResourceType.MarkdownResource
        super().doSetSource(name, kind)
        name_headings(self.document())
        if name.hasFragment():
            self.scrollToAnchor(name.fragment())


def slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it ("hirefile import-csv" → "hirefile-import-csv"),
    so a link to a section works on the web and here alike."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def name_headings(document: QTextDocument) -> None:
    """Give each heading of a page read from Markdown its anchor (Qt's reader makes none),
    and room above it, so sections stand apart."""
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            cursor = QTextCursor(block)
            spaced = block.blockFormat()
            spaced.setTopMargin(HEADING_SPACE.get(level, 10))
            spaced.setBottomMargin(6)
            cursor.setBlockFormat(spaced)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorNames([slug(block.text())])
            cursor.mergeCharFormat(fmt)
        block = block.next()


class GuideWindow(QDialog):
    """The guide: the page list, the page, Back and Forward, and find."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.form = Ui_GuideWindow()
        self.form.setupUi(self)
        f = self.form
        browser = GuideBrowser(self)
        browser.setObjectName("browser")
        browser.setAccessibleName(f.browser.accessibleName())
        browser.setOpenLinks(True)
        browser.setOpenExternalLinks(False)  # doSetSource hands them to the system
        f.splitter.replaceWidget(1, browser)
        f.browser.deleteLater()
        f.browser = browser
        self.browser = browser
        browser.document().setDocumentMargin(18)
        f.splitter.setStretchFactor(1, 1)
        f.splitter.setSizes([220, 740])
        f.pageList.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        f.pageList.setWordWrap(True)
        f.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = guide_pages(folder)
        self.folder = paths.guide_dir() if folder is None else folder
        self._texts: dict[str, str] = {}
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(PAGE_ROLE, page.name)
            f.pageList.addItem(item)
        self._connect()
        fit_to_screen(self)
        if self.pages:
            self.open_page(CONTENTS)
        else:
            browser.setPlainText(f"The guide is not installed here (looked in {self.folder}).")

    def _connect(self) -> None:
        f = self.form
        f.pageList.currentRowChanged.connect(self._row_chosen)
        self.browser.sourceChanged.connect(self._page_shown)
        self.browser.backwardAvailable.connect(f.backButton.setEnabled)
        self.browser.forwardAvailable.connect(f.forwardButton.setEnabled)
        f.backButton.setEnabled(False)
        f.forwardButton.setEnabled(False)
        f.backButton.clicked.connect(self.browser.backward)
        f.forwardButton.clicked.connect(self.browser.forward)
        f.findEdit.textChanged.connect(self._find_typed)
        f.findEdit.returnPressed.connect(self.find_next)
        f.findEdit.installEventFilter(self)
        f.nextButton.clicked.connect(self.find_next)
        f.previousButton.clicked.connect(self.find_previous)
        for standard, also, slot in (
                (QKeySequence.StandardKey.Find, "Ctrl+F", self.focus_find),
                (QKeySequence.StandardKey.FindNext, "F3", self.find_next),
                (QKeySequence.StandardKey.FindPrevious, "Shift+F3", self.find_previous),
                (QKeySequence.StandardKey.Back, "Alt+Left", self.browser.backward),
                (QKeySequence.StandardKey.Forward, "Alt+Right", self.browser.forward)):
            for key in keys_for(standard, also):
                QShortcut(key, self, slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the find field finds the place before."""
        if (watched is self.form.findEdit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    # pages -----------------------------------------------------------------------------------

    def bring_up(self, page: str | None = None) -> None:
        if page is not None:
            self.open_page(page)
        self.show()
        self.raise_()
        self.activateWindow()

    def open_page(self, name: str) -> None:
        """Show the page of file `name` ("sharing.md")."""
        self.browser.setSource(QUrl.fromLocalFile(str(self.folder / name)),
                               QTextDocument.ResourceType.MarkdownResource)

    @property
    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.pages) and self.pages[row].name != self.current_page:
            self.open_page(self.pages[row].name)

    def _page_shown(self, url: QUrl) -> None:
        """Select the page shown in the list (the browser tells its new source before it
        answers `source()` with it)."""
        names = [page.name for page in self.pages]
        name = Path(url.toLocalFile()).name
        row = names.index(name) if name in names else -1
        pages = self.form.pageList
        pages.blockSignals(True)
        pages.setCurrentRow(row)
        pages.blockSignals(False)
        self.setWindowTitle(f"{self.pages[row].title} — Hirefile Guide" if row > 0
                            else "Hirefile Guide")
        self._mark()

    def image_names(self) -> list[str]:
        """The images the page shown refers to, as written."""
        names: list[str] = []
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    names.append(QTextImageFormat(fmt).name())
                it += 1
            block = block.next()
        return names

    def missing_images(self) -> list[str]:
        """Images of the page shown that cannot be loaded."""
        return [name for name in self.image_names()
                if self.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                             QUrl(name)).isNull()]

    # find ------------------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.form.findEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.findEdit.selectAll()

    def _find_typed(self, _text: str) -> None:
        """Typing marks every place on this page and goes to the first."""
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if self.form.findEdit.text().strip():
            self.find_next()
        else:
            self._mark()

    def find_next(self) -> None:
        self._find(backward=False)

    def find_previous(self) -> None:
        self._find(backward=True)

    def _find(self, *, backward: bool) -> None:
        words = self.form.findEdit.text().strip()
        if not words:
            self._mark()
            return
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if not self.browser.find(words, flags):
            page = self._page_with(words, backward=backward)
            if page is not None:
                if page != self.current_page:
                    self.open_page(page)
                cursor = self.browser.textCursor()
                cursor.movePosition(QTextCursor.MoveOperation.End if backward
                                    else QTextCursor.MoveOperation.Start)
                self.browser.setTextCursor(cursor)
                self.browser.find(words, flags)
        self._show_found()
        self._mark()

    def _show_found(self) -> None:
        """The place found a third of the way down the page, with what leads to it above."""
        if not self.browser.textCursor().hasSelection():
            return
        bar = self.browser.verticalScrollBar()
        top = self.browser.cursorRect().top()
        bar.setValue(bar.value() + top - self.browser.viewport().height() // 3)

    def _page_with(self, words: str, *, backward: bool) -> str | None:
        """The next page (or the one before) holding `words`, going round to this one."""
        names = [page.name for page in self.pages]
        if not names:
            return None
        here = names.index(self.current_page) if self.current_page in names else 0
        step = -1 if backward else 1
        for i in range(1, len(names) + 1):
            name = names[(here + step * i) % len(names)]
            if words.casefold() in self._text_of(name).casefold():
                return name
        return None

    def _text_of(self, name: str) -> str:
        """A page's text as shown (Markdown read, links and markup gone)."""
        if name not in self._texts:
            document = QTextDocument()
            document.setMarkdown((self.folder / name).read_text(encoding="utf-8"))
            self._texts[name] = document.toPlainText()
        return self._texts[name]

    def _mark(self) -> None:
        """Every place of the find field's words on this page, marked; the count beside."""
        words = self.form.findEdit.text().strip()
        document = self.browser.document()
        marks: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(theme.MARK))
        fmt.setForeground(QColor(theme.TEXT))
        cursor = document.find(words) if words else QTextCursor()
        while words and not cursor.isNull() and len(marks) < MAX_MARKS:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = fmt
            marks.append(mark)
            cursor = document.find(words, cursor)
        self.browser.setExtraSelections(marks)
        status = ""
        if words:
            status = (f"{len(marks)} on this page" if marks
                      else "Not on this page" if self._page_with(words, backward=False)
                      else "Not in the guide")
        self.form.findStatus.setText(status)


class Guide:
    """Help → Guide in the main window: the guide window, made when first asked for."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.window: GuideWindow | None = None

    def show(self, page: str | None = None) -> GuideWindow:
        if self.window is None:
            self.window = GuideWindow(self.parent)
        self.window.bring_up(page)
        return self.window


def install(window: Any) -> Guide:
    """Help → Guide (F1) in `window`, the main window."""
    guide = Guide(window)
    window.form.actionGuide.triggered.connect(lambda _checked=False: guide.show())
    return guide
