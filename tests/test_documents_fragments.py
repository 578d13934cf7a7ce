"""A document paragraph is made of as few fragments as its styles need: user text with escaped
characters is one run per font, laid out and split exactly as before."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from hirefile.documents import styles
from hirefile.documents.components import Para
from hirefile.documents.text import markup

HOSTILE = 'R&D & <b>bold</b> <img src="/etc/passwd"/> <a href="x">y</a> & <unbalanced'


def _texts(p: Paragraph) -> list[str]:
    return [f.text for f in p.frags]


def test_escaped_characters_no_longer_split_a_text_into_fragments() -> None:
    style = styles.styles().body
    built = markup(HOSTILE)
    plain, joined = Paragraph(built, style), Para(built, style)
    assert len(plain.frags) > 20  # ReportLab alone: a fragment at every escaped character
    assert _texts(joined) == [HOSTILE]
    for width in (60.0, 140.0, 400.0):
        assert plain.wrap(width, 1_000) == joined.wrap(width, 1_000)
        assert len(plain.blPara.lines) == len(joined.blPara.lines)


def test_fonts_and_line_breaks_stay_their_own_fragments() -> None:
    style = styles.styles().body
    p = Para(markup("Ada & 王磊 & co\nsecond <line>"), style)
    fonts = [f.fontName for f in p.frags]
    assert "".join(t for t in _texts(p)) == "Ada & 王磊 & cosecond <line>"
    assert fonts[0] == fonts[-1] == styles.SANS and styles.CJK in fonts
    breaks = [f for f in p.frags if getattr(f, "lineBreak", False)]
    assert len(breaks) == 1
    assert _texts(p) == ["Ada & ", "王磊 ", "& co", "", "second <line>"]


def test_a_split_paragraph_leaves_the_whole_one_as_it_was() -> None:
    style = styles.styles().body
    text = " ".join(f"R&D <{i}> & more words, 王磊" for i in range(100))
    whole = Para(markup(text), style)
    before = [(f, f.text) for f in whole.frags]
    assert len(before) > 1  # two fonts
    whole.wrap(200, 1_000)
    lines = len(whole.blPara.lines)
    top, rest = whole.split(200, 60)
    assert [(f, f.text) for f, _ in before] == before
    top.wrap(200, 1_000)
    rest.wrap(200, 1_000)
    assert len(top.blPara.lines) + len(rest.blPara.lines) == lines
    assert (top.wrap(200, 1_000)[1] + rest.wrap(200, 1_000)[1]
            == whole.wrap(200, 1_000)[1])
