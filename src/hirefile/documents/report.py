"""The hiring report: every metric of `services.reports` for one scope, as a PDF.

The scope (a role or all roles, and the date range) is the title. Each metric is a bar chart
drawn with `reportlab.graphics` — horizontal bars, the raw count written beside every
percentage — above the same table of text the CLI prints and the CSV holds
(`reports.tables`), so the three never disagree. The notes under each say which records the
range selected; the last section says how the report counts. User text (role, stage, reason
and person names) goes through `components.para`, escaped like every document's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from hirefile.documents import components as c
from hirefile.documents import styles as st
from hirefile.documents.templates import PageSetup, build_pdf, page_width
from hirefile.domain.offers import date_text
from hirefile.services import reports as R

#: A bar chart's rows: label column, bar, and the figures written beside the bar.
LABEL_SHARE, BAR_SHARE = 0.22, 0.33
BAR_HEIGHT = 9.0


def build_report(rep: R.Report, *, company: str = "", page_size: str = "A4",
                 metrics: Iterable[str] = R.METRICS) -> bytes:
    """The report's PDF (only `metrics`, in report order)."""
    setup = PageSetup(kind="Hiring report", subject=rep.scope_text, company=company,
                      footer_note="Counts and times only: no rating or feedback is read",
                      page_size=page_size)
    return build_pdf(_story(rep, list(metrics), page_width(setup)), setup)


def _story(rep: R.Report, metrics: list[str], width: float) -> list[Flowable]:
    s = st.styles()
    title = rep.role_title if rep.scope.role_id is not None and rep.role_title else "All roles"
    story: list[Flowable] = [
        c.para(f"Hiring report · {date_text(rep.made_at.date())}", s.kicker),
        c.para(title, s.title),
        c.para(_range_text(rep.scope), s.subtitle, ltr=True),
        _glance(rep, width),
    ]
    for table in R.tables(rep, metrics):
        section: list[Flowable] = [c.heading(table.title)]
        chart = _CHARTS[table.key](rep, width)
        if chart is not None:
            section += [chart, c.spacer(3 * mm)]
        section += _table(table, width)
        # a short section on one page (its text: the table's cells and notes)
        size = sum(len(x) for r in table.rows for x in r) + sum(len(n) for n in table.notes)
        story += c.keep_together(section, size)
    story += [c.heading("How this report counts"), *c.flow(R.COUNTING_NOTE, s.note, width=width)]
    return story


def _range_text(scope: R.Scope) -> str:
    if scope.start and scope.end:
        return f"{date_text(scope.start)} – {date_text(scope.end)}"
    if scope.start:
        return f"From {date_text(scope.start)}"
    if scope.end:
        return f"Until {date_text(scope.end)}"
    return "All dates"


def _glance(rep: R.Report, width: float) -> Flowable:
    f, o, tth = rep.funnel, rep.offers, rep.time_to_hire.spread
    s = st.styles()
    lines = [
        f"{f.total} applications · {f.finished} finished · {f.in_process} in process · "
        f"{f.hired} hired",
        f"Time to hire: {R.spread_text(tth)}",
        f"Offers: {o.made} made, {o.accepted} accepted of {o.decided} answered "
        f"({R.percent_text(o.acceptance_rate)})",
    ]
    return c.callout([c.para(line, s.body, ltr=True) for line in lines], width)


def _table(table: R.ReportTable, width: float) -> list[Flowable]:
    s = st.styles()
    n = len(table.columns)
    if n >= 5:  # the first column names, the last often says "155 of 236 (66%)"
        first, last = width * 0.22, width * 0.2
        widths = [first] + [(width - first - last) / (n - 2)] * (n - 2) + [last]
    else:
        first = width * 0.4
        widths = [first] + [(width - first) / (n - 1)] * (n - 1) if n > 1 else [width]
    out: list[Flowable] = []
    if table.rows:
        out.append(c.grid(table.columns, [[R.grouped(x) for x in r] for r in table.rows], widths,
                          centered_from=1 if table.key not in ("reasons",) else 2))
    else:
        out.append(c.para("Nothing in this range.", s.note))
    for note in table.notes:
        out += c.flow(note, s.note, width=width)
    return out


# charts ------------------------------------------------------------------------------------------

def _bar(fraction: float, width: float, color: object = None) -> Drawing:
    """One horizontal bar: `fraction` of `width` filled over a faint track."""
    d = Drawing(width, BAR_HEIGHT + 2)
    d.add(Rect(0, 1, width, BAR_HEIGHT, fillColor=st.ZEBRA, strokeColor=None))
    filled = max(0.0, min(1.0, fraction)) * width
    if filled > 0:
        d.add(Rect(0, 1, max(filled, 1.5), BAR_HEIGHT, fillColor=color or st.ACCENT,
                   strokeColor=None))
    return d


def _bars(rows: Sequence[tuple[str, float, str]], width: float) -> Table:
    """A chart: per row a label, a bar (a fraction of the longest) and its figures."""
    s = st.styles()
    label_w, bar_w = width * LABEL_SHARE, width * BAR_SHARE
    data = [[c.para(label, s.cell), _bar(frac, bar_w - 8), c.para(text, s.cell, ltr=True)]
            for label, frac, text in rows]
    table = Table(data, colWidths=[label_w, bar_w, width - label_w - bar_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _funnel_chart(rep: R.Report, width: float) -> Flowable | None:
    f = rep.funnel
    if not f.total:
        return None
    rows = []
    for stage in f.stages:
        text = f"{R.share_text(stage.reached, f.total)} reached"
        if stage.pass_rate is not None:
            text += f" · {R.percent_text(stage.pass_rate)} went on ({stage.passed} of " \
                    f"{stage.decided})"
        rows.append((stage.name, stage.reached / f.total, text))
    return _bars(rows, width)


def _stages_chart(rep: R.Report, width: float) -> Flowable | None:
    known = [t for t in rep.stages if t.spread.median is not None]
    if not known:
        return None
    longest = max(t.spread.median or 0 for t in known) or 1.0
    return _bars([(t.name, (t.spread.median or 0) / longest,
                   f"median {R.days_text(t.spread.median)} days (n = {t.spread.n}"
                   + (", few" if t.spread.few else "") + ")")
                  for t in rep.stages if t.spread.median is not None], width)


def _sources_chart(rep: R.Report, width: float) -> Flowable | None:
    if not rep.sources:
        return None
    most = max(r.applicants for r in rep.sources) or 1
    return _bars([(r.label, r.applicants / most,
                   f"{r.applicants} applications · hired {R.share_text(r.hired, r.applicants)}")
                  for r in rep.sources], width)


def _reasons_chart(rep: R.Report, width: float) -> Flowable | None:
    rs = rep.reasons
    rows = [(r.reason, r.count / rs.rejected_total,
             f"rejected: {R.share_text(r.count, rs.rejected_total)}") for r in rs.rejected[:8]]
    rows += [(r.reason, r.count / rs.withdrew_total,
              f"withdrew: {R.share_text(r.count, rs.withdrew_total)}") for r in rs.withdrew[:8]]
    return _bars(rows, width) if rows else None


def _offers_chart(rep: R.Report, width: float) -> Flowable | None:
    o = rep.offers
    if not o.made:
        return None
    parts = [("Accepted", o.accepted), ("Declined", o.declined), ("Expired", o.expired),
             ("Withdrawn by us", o.withdrawn), ("Awaiting an answer", o.pending)]
    return _bars([(name, n / o.made, R.share_text(n, o.made)) for name, n in parts], width)


def _load_chart(rep: R.Report, width: float) -> Flowable | None:
    if not rep.load:
        return None
    most = max(r.interviews + r.reviews for r in rep.load) or 1
    return _bars([(r.name, (r.interviews + r.reviews) / most,
                   f"{r.interviews} interviews, {r.reviews} reviews · {r.outstanding} "
                   "scorecards owed") for r in rep.load], width)


def _no_chart(rep: R.Report, width: float) -> Flowable | None:
    return None


_CHARTS = {"funnel": _funnel_chart, "stages": _stages_chart, "time_to_hire": _no_chart,
           "sources": _sources_chart, "reasons": _reasons_chart, "offers": _offers_chart,
           "load": _load_chart}

