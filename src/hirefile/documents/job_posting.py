"""A role as schema.org `JobPosting` JSON-LD, for a careers page: search engines read it to
list the job (Google's job search asks for title, description, datePosted, hiringOrganization
and jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements for remote
jobs; baseSalary when the pay is known).

No ReportLab here. Built from the same data as the job description's PDF and Markdown
(`services.documents.gather_job_description`), so the three say the same. Every user string
is escaped twice over: the description is HTML (search engines show it as such) with each
piece of user text HTML-escaped, and the JSON escapes `<`, `>` and `&` as `\\u003c`…, so a
role titled `</script><script>…` stays text inside the page's `<script>` element.
"""

from __future__ import annotations

import json
from decimal import Decimal
from html import escape
from typing import Any

from hirefile.documents.data import JobPostingData
from hirefile.documents.text import clean
from hirefile.domain.contacts import normalise_url
from hirefile.domain.money import is_currency, minor_digits

#: EmploymentType values as schema.org / Google's employment types.
EMPLOYMENT_TYPES: dict[str, tuple[str, ...]] = {
    "full_time": ("FULL_TIME",), "part_time": ("PART_TIME",), "contract": ("CONTRACTOR",),
    "fractional": ("PART_TIME", "CONTRACTOR"), "intern": ("INTERN",),
}
#: PayPeriod values as QuantitativeValue unit texts.
UNIT_TEXTS = {"year": "YEAR", "month": "MONTH", "day": "DAY", "hour": "HOUR"}
#: The sections of the description, as the PDF and Markdown head them.
SECTIONS = ("What you will do, day to day", "What you need", "Nice to have")


def job_posting(data: JobPostingData) -> dict[str, Any]:
    """The `JobPosting` object (a dict, before JSON)."""
    jd = data.description
    out: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": _one_line(jd.title),
        "description": description_html(data),
        "datePosted": data.date_posted.isoformat(),
    }
    kinds = EMPLOYMENT_TYPES.get(data.employment_type, ("OTHER",))
    out["employmentType"] = kinds[0] if len(kinds) == 1 else list(kinds)
    organization: dict[str, Any] = {"@type": "Organization",
                                    "name": _one_line(jd.letterhead.name)}
    if jd.letterhead.website.strip():
        organization["sameAs"] = _url(jd.letterhead.website)
    out["hiringOrganization"] = organization
    location = _one_line(data.location)
    if data.remote == "remote":
        out["jobLocationType"] = "TELECOMMUTE"
        if location:
            out["applicantLocationRequirements"] = {"@type": "AdministrativeArea",
                                                    "name": location}
    elif location:
        out["jobLocation"] = {"@type": "Place", "address": {
            "@type": "PostalAddress", "addressLocality": location}}
    salary = base_salary(data)
    if salary:
        out["baseSalary"] = salary
    if jd.benefits:
        out["jobBenefits"] = "; ".join(_one_line(b) for b in jd.benefits)
    return out


def job_posting_json(data: JobPostingData) -> str:
    """The JSON-LD text (UTF-8, indented), safe to place inside an HTML `<script>` element."""
    text = json.dumps(job_posting(data), ensure_ascii=False, indent=2)
    for char, code in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)  # only ever inside strings: JSON's syntax has none
    return text + "\n"


def job_posting_script(data: JobPostingData) -> str:
    """The `<script type="application/ld+json">` element to paste into a careers page."""
    return f'<script type="application/ld+json">\n{job_posting_json(data)}</script>\n'


def base_salary(data: JobPostingData) -> dict[str, Any] | None:
    """`MonetaryAmount` with a `QuantitativeValue` range, or None without a pay range."""
    lo, hi, currency = data.pay_min, data.pay_max, (data.pay_currency or "").upper()
    if (lo is None and hi is None) or not is_currency(currency):
        return None
    value: dict[str, Any] = {"@type": "QuantitativeValue"}
    if lo is not None and hi is not None and lo != hi:
        value["minValue"] = _major(min(lo, hi), currency)
        value["maxValue"] = _major(max(lo, hi), currency)
    else:
        value["value"] = _major(lo if lo is not None else hi or 0, currency)
    value["unitText"] = UNIT_TEXTS.get(data.pay_period, "YEAR")
    return {"@type": "MonetaryAmount", "currency": currency, "value": value}


def description_html(data: JobPostingData) -> str:
    """The job description as the simple HTML job boards show: paragraphs, headings, lists."""
    jd = data.description
    parts: list[str] = []
    if jd.summary.strip():
        parts += [f"<p>{_html(p)}</p>" for p in jd.summary.split("\n\n") if p.strip()]
    if jd.facts:
        parts.append("<ul>" + "".join(f"<li><strong>{_html(label)}:</strong> {_html(value)}"
                                      "</li>" for label, value in jd.facts) + "</ul>")
    if jd.about.strip():
        parts += ["<h3>About us</h3>", *(f"<p>{_html(p)}</p>" for p in jd.about.split("\n\n")
                                          if p.strip())]
    for title, items in zip(SECTIONS, (jd.responsibilities, jd.must_haves, jd.nice_to_haves),
                            strict=True):
        if items:
            parts += [f"<h3>{escape(title)}</h3>",
                      "<ul>" + "".join(f"<li>{_html(i)}</li>" for i in items) + "</ul>"]
    if jd.tech_stack:
        parts += ["<h3>Tech stack</h3>", f"<p>{_html(', '.join(jd.tech_stack))}</p>"]
    if jd.steps:
        steps = "".join(f"<li><strong>{_html(s.title)}</strong> ({_html(s.length)})"
                        + (f": {_html(s.notes)}" if s.notes else "") + "</li>"
                        for s in jd.steps)
        parts += ["<h3>How we interview</h3>", f"<ol>{steps}</ol>"]
        if jd.process_total:
            total = jd.process_total[:1].upper() + jd.process_total[1:]
            parts.append(f"<p>{_html(total)}.</p>")
    if jd.benefits:
        parts += ["<h3>What we offer</h3>",
                  "<ul>" + "".join(f"<li>{_html(i)}</li>" for i in jd.benefits) + "</ul>"]
    if jd.how_to_apply.strip():
        parts += ["<h3>How to apply</h3>", *(f"<p>{_html(p)}</p>"
                                             for p in jd.how_to_apply.split("\n\n")
                                             if p.strip())]
    return "".join(parts)


def _html(text: str) -> str:
    """User text as HTML text: escaped, control characters gone, line breaks as `<br>`."""
    lines = [" ".join(line.split()) for line in clean(text).split("\n")]
    return "<br>".join(escape(line, quote=True) for line in lines if line)


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


def _url(text: str) -> str:
    return normalise_url(_one_line(text)) or ""


def _major(minor: int, currency: str) -> int | float:
    major = Decimal(minor) / (Decimal(10) ** minor_digits(currency))
    return int(major) if major == major.to_integral_value() else float(major)
