"""A role as schema.org JobPosting JSON-LD: from a real file, with the fields Google's job
search requires, the same text as the job description, and no HTML or script injection from
hostile role text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hirefile.documents.data import JobDescriptionData, JobPostingData, Letterhead
from hirefile.documents.job_posting import (
    description_html,
    job_posting,
    job_posting_json,
    job_posting_script,
)
from hirefile.domain.templates import template
from hirefile.domain.vocab import EmploymentType, PayPeriod, RemotePolicy, RoleStatus
from hirefile.errors import ValidationError
from hirefile.services import company
from hirefile.services.documents import gather_job_description
from hirefile.services.job_posting import export_job_posting, gather_job_posting
from hirefile.services.job_posting import job_posting_json as role_posting_json
from hirefile.services.roles import add_role_from_template
from hirefile.storage.database import Database
from hirefile.storage.models import Role

EUR = 100
#: Everything Google's job search requires of every posting.
REQUIRED = ("title", "description", "datePosted", "hiringOrganization")
HOSTILE = ('</script><script>alert("t")</script>', '<img src=x onerror="alert(1)">',
           "Tom & Jerry &amp; <b>bold", "\u2028line\u2029 separators", "{{7*7}} ${x}")


def _role(db: Database, *, title: str | None = None, company_name: str = "Fernwood AI GmbH",
          employment_type: EmploymentType = EmploymentType.FULL_TIME, **fields: object) -> str:
    with db.session() as s:
        company.update_company(s, company.CompanyDraft(
            name=company_name, website="fernwood.ai", default_currency="EUR"))
        values: dict[str, object] = {
            "pay_min": 85_000 * EUR, "pay_max": 115_000 * EUR, "pay_currency": "EUR",
            "pay_period": PayPeriod.YEAR, "location": "Berlin, Germany",
            "remote": RemotePolicy.HYBRID, **fields}
        role = add_role_from_template(s, template("ml_engineer"), title=title,
                                      status=RoleStatus.OPEN, **values)
        role.employment_type = employment_type
        return role.id


class _Tags(HTMLParser):
    """Every tag and the text of an HTML fragment or page, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_a_role_from_the_file_as_a_job_posting(new_db: Database) -> None:
    role_id = _role(new_db)
    with new_db.reader() as s:
        posting = json.loads(role_posting_json(s, role_id))
        jd = gather_job_description(s, role_id)
        created = s.get_one(Role, role_id).created_at.date()
    assert all(posting[k] for k in REQUIRED)
    assert posting["@context"] == "https://schema.org/" and posting["@type"] == "JobPosting"
    assert posting["title"] == "Machine Learning Engineer"
    assert posting["datePosted"] == created.isoformat()
    assert posting["employmentType"] == "FULL_TIME"
    assert posting["hiringOrganization"] == {"@type": "Organization",
                                             "name": "Fernwood AI GmbH",
                                             "sameAs": "https://fernwood.ai"}
    assert posting["jobLocation"] == {"@type": "Place", "address": {
        "@type": "PostalAddress", "addressLocality": "Berlin, Germany"}}
    assert "jobLocationType" not in posting  # hybrid: the place is where the work is
    assert posting["baseSalary"] == {"@type": "MonetaryAmount", "currency": "EUR", "value": {
        "@type": "QuantitativeValue", "minValue": 85_000, "maxValue": 115_000,
        "unitText": "YEAR"}}
    # the description says what the PDF and Markdown say
    text = " ".join(_parsed(posting["description"]).text)
    for part in (*jd.responsibilities, *jd.must_haves, *jd.nice_to_haves, jd.process_total,
                 "€85,000 – €115,000 per year", "What you will do, day to day"):
        assert part[1:] in text, part


def test_a_remote_role_is_telecommute_with_where_applicants_may_live(new_db: Database) -> None:
    role_id = _role(new_db, remote=RemotePolicy.REMOTE, location="European Union",
                    employment_type=EmploymentType.FRACTIONAL, pay_min=None, pay_max=None)
    with new_db.reader() as s:
        posting = json.loads(role_posting_json(s, role_id, posted_on=date(2026, 12, 1)))
    assert posting["jobLocationType"] == "TELECOMMUTE"
    assert posting["applicantLocationRequirements"] == {"@type": "AdministrativeArea",
                                                        "name": "European Union"}
    assert "jobLocation" not in posting and "baseSalary" not in posting
    assert posting["employmentType"] == ["PART_TIME", "CONTRACTOR"]
    assert posting["datePosted"] == "2026-12-01"


def test_postings_search_engines_would_reject_are_refused(new_db: Database) -> None:
    role_id = _role(new_db, company_name="", location=None)
    with new_db.reader() as s, pytest.raises(ValidationError) as caught:
        gather_job_posting(s, role_id)
    assert str(caught.value) == ("A job posting names the company that hires: set the "
                                 "company's name in the company profile first")
    with new_db.session() as s:
        company.update_company(s, company.CompanyDraft(name="Fernwood AI GmbH"))
    with new_db.reader() as s, pytest.raises(ValidationError) as caught:
        gather_job_posting(s, role_id)
    assert str(caught.value) == ("“Machine Learning Engineer” has no location, which a job "
                                 "posting needs: set where the work is, or make the role "
                                 "remote")


def test_hostile_role_text_stays_text_in_the_page(new_db: Database, tmp_path: Path) -> None:
    role_id = _role(new_db, title=HOSTILE[0] + " Engineer", company_name=HOSTILE[2],
                    location=HOSTILE[1])
    with new_db.session() as s:
        role = s.get_one(Role, role_id)
        role.responsibilities = "\n".join(HOSTILE)
        role.must_haves = list(HOSTILE)
        role.tech_stack = [HOSTILE[1], "PyTorch"]
    with new_db.reader() as s:
        data = gather_job_posting(s, role_id)
        path = export_job_posting(s, role_id, tmp_path / "posting.jsonld")
    page = "<html><body>" + job_posting_script(data) + "</body></html>"
    parsed = _parsed(page)
    # one script element, nothing else: the title's </script> did not close it
    assert parsed.tags == ["html", "body", "script", "/script", "/body", "/html"]
    assert parsed.attrs == [("type", "application/ld+json")]
    posting = json.loads("".join(parsed.text))
    assert posting == job_posting(data) == json.loads(path.read_text("utf-8"))
    assert posting["title"] == HOSTILE[0] + " Engineer"
    assert posting["hiringOrganization"]["name"] == HOSTILE[2]
    for char in "<>&\u2028\u2029":
        assert char not in path.read_text("utf-8")
    # the description is HTML whose only tags are ours; the hostile text is its text
    description = _parsed(posting["description"])
    assert set(t.lstrip("/") for t in description.tags) <= {"p", "ul", "ol", "li", "strong",
                                                            "h3", "br"}
    assert description.attrs == []
    text = "".join(description.text)
    for part in HOSTILE[:3]:
        assert part in text, part


def _data(**changes: object) -> JobPostingData:
    jd = JobDescriptionData(
        letterhead=Letterhead(name="Acme"), title="Engineer", summary="First.\n\nSecond.",
        facts=(("Pay", "some"),), responsibilities=("Build",), must_haves=(), nice_to_haves=(),
        tech_stack=(), steps=(), process_total="")
    values: dict[str, object] = {
        "description": jd, "date_posted": date(2026, 12, 6), "employment_type": "full_time",
        "remote": "onsite", "location": "Paris", **changes}
    return JobPostingData(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("pay", "value"), [
    ({"pay_min": 90_000_00, "pay_max": 90_000_00, "pay_currency": "EUR"},
     {"value": 90_000, "unitText": "YEAR"}),
    ({"pay_min": 60_000_00, "pay_currency": "GBP"}, {"value": 60_000, "unitText": "YEAR"}),
    ({"pay_max": 12_000_000, "pay_currency": "JPY", "pay_period": "month"},
     {"value": 12_000_000, "unitText": "MONTH"}),
    ({"pay_min": 45_50, "pay_max": 60_00, "pay_currency": "USD", "pay_period": "hour"},
     {"minValue": 45.5, "maxValue": 60, "unitText": "HOUR"}),
])
def test_pay_as_monetary_amounts(pay: dict[str, object], value: dict[str, object]) -> None:
    salary = job_posting(_data(**pay))["baseSalary"]
    assert salary["currency"] == pay["pay_currency"]
    assert salary["value"] == {"@type": "QuantitativeValue", **value}


def test_no_currency_no_salary_and_the_summary_in_paragraphs() -> None:
    posting = job_posting(_data(pay_min=100, pay_currency=None))
    assert "baseSalary" not in posting
    assert description_html(_data()) == ("<p>First.</p><p>Second.</p><ul><li><strong>Pay:"
                                         "</strong> some</li></ul><h3>What you will do, day "
                                         "to day</h3><ul><li>Build</li></ul>")
    assert json.loads(job_posting_json(replace(_data(), location="")))["title"] == "Engineer"
