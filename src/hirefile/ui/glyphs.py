"""Small line glyphs drawn from inline SVG, tinted at run time in the theme's colours.

Qt ships no icon theme on every platform, and a handful of 24×24 strokes is all the window
needs, so they live here as text rather than as files to install. An icon (`icon`) is drawn by
`_GlyphEngine` whenever Qt paints it: in the current theme's colour (a switch between light and
dark needs nothing else) and at the screen's own pixel density, so it is crisp at any scale. A
pixmap shown in a label (`show`) is drawn again on a switch (`theme.keep`).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel

from hirefile import paths
from hirefile.ui import theme

_SHAPES: dict[str, str] = {
    "home": '<path d="M3 11l9-7 9 7"/><path d="M5 9.5V20h14V9.5"/><path d="M10 20v-5h4v5"/>',
    "roles": '<rect x="3" y="7" width="18" height="13" rx="2"/>'
             '<path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2"/><path d="M3 13h18"/>',
    "candidates": '<circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 '
                  '6.5 6"/><path d="M16 4.8a3.3 3.3 0 0 1 0 6.4"/>'
                  '<path d="M18.5 14.5c1.9.8 3 2.7 3 5.5"/>',
    "pipeline": '<rect x="3" y="4" width="5" height="16" rx="1.5"/>'
                '<rect x="10" y="4" width="5" height="11" rx="1.5"/>'
                '<rect x="17" y="4" width="4" height="6" rx="1.5"/>',
    "interviews": '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18"/>'
                  '<path d="M8 3v4"/><path d="M16 3v4"/><path d="M8 14h3"/>',
    "offers": '<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5"/><path d="M9 13h7"/>'
              '<path d="M9 17h4"/>',
    "reports": '<path d="M3 3v18h18"/><path d="M7 16v-4"/><path d="M11.5 16V8"/>'
               '<path d="M16 16v-6"/><path d="M20 16V6"/>',
    "person": '<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"/>',
    "search": '<circle cx="11" cy="11" r="6.5"/><path d="M16 16l5 5"/>',
    "open": '<path d="M14 4h6v6"/><path d="M20 4l-9 9"/>'
            '<path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>',
}


def _svg(name: str, colour: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="1.8" stroke-linecap="round" '
        f'stroke-linejoin="round">{_SHAPES[name]}</svg>'
    ).encode()


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    return QSvgRenderer(QByteArray(_svg(name, colour)))


@cache
def pixmap(name: str, colour: str, size: int = 20, scale: float = 2.0) -> QPixmap:
    """The glyph `name` in `colour` (#RRGGBB), `size` logical pixels square, drawn for a
    screen of `scale` device pixels per logical pixel (at least 2: sharp edges)."""
    scale = max(2.0, scale)
    side = round(size * scale)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    _renderer(name, colour).render(painter, QRectF(image.rect()))
    painter.end()
    pm = QPixmap.fromImage(image)
    pm.setDevicePixelRatio(side / size)
    return pm


class _GlyphEngine(QIconEngine):
    """Draws a glyph when asked, in the current colour of its role ("MUTED") and at the
    device's density: nothing to redo when the theme switches or the window moves screens."""

    def __init__(self, name: str, role: str, selected_role: str) -> None:
        super().__init__()
        self.name, self.role, self.selected_role = name, role, selected_role

    def _colour(self, mode: QIcon.Mode) -> str:
        role = self.selected_role if mode == QIcon.Mode.Selected else self.role
        if mode == QIcon.Mode.Disabled:
            role = "DISABLED_TEXT"
        return theme.colour(role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        _renderer(self.name, self._colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        side = max(size.width(), size.height(), 1)
        return pixmap(self.name, self._colour(mode), side, max(scale, 1.0))

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self.name, self.role, self.selected_role)

    def key(self) -> str:
        return "hirefile-glyph"


def icon(name: str, role: str = "MUTED", selected_role: str | None = None) -> QIcon:
    """The glyph `name` as an icon in the theme's colour `role` ("MUTED", "ACCENT_DARK"…),
    with its own colour when selected (the navigation list); drawn live, at any size."""
    return QIcon(_GlyphEngine(name, role, selected_role or role))


def show(label: QLabel, name: str, role: str = "FAINT", size: int = 44) -> None:
    """`label` shows the glyph `name` in the colour `role`, drawn again on a theme switch."""
    theme.keep(label, lambda w: w.setPixmap(
        pixmap(name, theme.colour(role), size, w.devicePixelRatioF())), "pixmap")


@cache
def app_icon() -> QIcon:
    """The application icon from resources/icons, every size that exists (one, shared: the
    window's, the sidebar's and the welcome's)."""
    ic = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.resource("icons", f"hirefile-{size}.png")
        if png.exists():
            ic.addFile(str(png))
    return ic
