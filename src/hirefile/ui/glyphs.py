"""Small line glyphs drawn from inline SVG, tinted at run time.

Qt ships no icon theme on every platform, and a handful of 24×24 strokes is all the window
needs, so they live here as text rather than as files to install. Each glyph is rendered in the
colour asked for, at twice the size for sharp edges on high-density screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hirefile import paths

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
}


def _svg(name: str, colour: str) -> bytes:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{colour}" stroke-width="1.8" stroke-linecap="round" '
        f'stroke-linejoin="round">{_SHAPES[name]}</svg>'
    ).encode()


@cache
def pixmap(name: str, colour: str, size: int = 20) -> QPixmap:
    """The glyph `name` in `colour`, `size` logical pixels square (rendered at 2×)."""
    image = QImage(size * 2, size * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(_svg(name, colour))).render(painter, QRectF(image.rect()))
    painter.end()
    pm = QPixmap.fromImage(image)
    pm.setDevicePixelRatio(2.0)
    return pm


def icon(name: str, colour: str, selected_colour: str | None = None, size: int = 20) -> QIcon:
    """An icon with its own tint when selected (for the navigation list)."""
    ic = QIcon()
    ic.addPixmap(pixmap(name, colour, size), QIcon.Mode.Normal)
    ic.addPixmap(pixmap(name, selected_colour or colour, size), QIcon.Mode.Selected)
    return ic


def app_icon() -> QIcon:
    """The application icon from resources/icons, every size that exists."""
    ic = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.resource("icons", f"hirefile-{size}.png")
        if png.exists():
            ic.addFile(str(png))
    return ic
