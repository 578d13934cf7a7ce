"""Fields pre-filled from CVs: sample CV texts in several languages, scripts and layouts, and
whole CV files (PDF and Word) read and then parsed."""

from __future__ import annotations

import pytest
from cv_files import docx_cv, pdf_cv

from hirefile.domain.candidates import validate_candidate
from hirefile.domain.cv_fields import SCHOLAR_LABEL, CvFields, cv_fields
from hirefile.domain.cv_text import extract_cv_text
from hirefile.domain.roles import errors
from hirefile.domain.vocab import LinkKind

ENGLISH = """\
Curriculum Vitae
Ada Obi
Senior Machine Learning Engineer
ada.obi@example.com | +44 20 7946 0958 | github.com/adaobi | linkedin.com/in/ada-obi
https://adaobi.dev
Experience
2019 – 2023  Example Ltd, London
Built training pipelines on Kubeflow; see github.com/pytorch/pytorch/pull/1
"""

GERMAN = """\
Lebenslauf
Dr. Jürgen Müller-Lüdenscheidt
Anschrift: Hauptstraße 5, 80331 München
Tel.: 089 1234567
E-Mail: j.mueller@example.de
Geburtsdatum: 12.03.1990
Berufserfahrung
01/2018 – 05/2021 Data Scientist, Beispiel GmbH
"""

FRENCH = """\
RÉSUMÉ
ÉLODIE DE LA FONTAINE
Ingénieure en apprentissage automatique
Tél. : 06 12 34 56 78 · elodie.delafontaine@example.fr
Google Scholar : https://scholar.google.fr/citations?user=AbCdEfGhIj&hl=fr
"""

SPANISH = """\
Currículum Vítae
Nombre: María José García y López
Teléfono: +34 612 345 678
Correo: mariajose.garcia@example.es
Sitio web: https://mjgarcia.es
"""

POLISH = """\
Życiorys
Łukasz Żółć
Inżynier uczenia maszynowego
tel. +48 601 234 567 • lukasz.zolc@example.pl • https://github.com/lzolc
ORCID: https://orcid.org/0000-0002-1825-0097
"""

CHINESE = """\
个人简历
张伟
电话：138 0013 8000
邮箱：zhangwei@example.cn
工作经历
2018-2022 机器学习工程师
"""

ARABIC = """\
السيرة الذاتية
محمد العلي
الهاتف: +971 50 123 4567
البريد الإلكتروني: m.alali@example.ae
"""

HINDI = """\
बायोडाटा
प्रिया शर्मा
फ़ोन: +91 98765 43210
ईमेल: priya.sharma@example.in
"""


@pytest.mark.parametrize(("text", "name", "email", "phone"), [
    (ENGLISH, "Ada Obi", "ada.obi@example.com", "+44 20 7946 0958"),
    (GERMAN, "Jürgen Müller-Lüdenscheidt", "j.mueller@example.de", "089 1234567"),
    (FRENCH, "Élodie de la Fontaine", "elodie.delafontaine@example.fr", "06 12 34 56 78"),
    (SPANISH, "María José García y López", "mariajose.garcia@example.es", "+34 612 345 678"),
    (POLISH, "Łukasz Żółć", "lukasz.zolc@example.pl", "+48 601 234 567"),
    (CHINESE, "张伟", "zhangwei@example.cn", "138 0013 8000"),
    (ARABIC, "محمد العلي", "m.alali@example.ae", "+971 50 123 4567"),
    (HINDI, "प्रिया शर्मा", "priya.sharma@example.in", "+91 98765 43210"),
], ids=["en", "de", "fr", "es", "pl", "zh", "ar", "hi"])
def test_name_email_and_phone_in_several_languages(text: str, name: str, email: str,
                                                   phone: str) -> None:
    got = cv_fields(text)
    assert (got.full_name, got.email, got.phone) == (name, email, phone)
    assert errors(validate_candidate(got.draft())) == []  # the record takes it as it is


def test_links_sorted_into_the_records_kinds() -> None:
    got = cv_fields(ENGLISH)
    # the profile named in the contact line, not the project linked further down
    assert got.github_url == "https://github.com/adaobi"
    assert got.linkedin_url == "https://linkedin.com/in/ada-obi"
    assert got.portfolio_url == "https://adaobi.dev"
    assert got.links == ()
    draft = got.draft()
    assert (draft.github_url, draft.linkedin_url, draft.portfolio_url) == (
        "https://github.com/adaobi", "https://linkedin.com/in/ada-obi", "https://adaobi.dev")


def test_scholar_orcid_and_a_personal_site() -> None:
    fr = cv_fields(FRENCH)
    assert fr.links == ((LinkKind.PAPER,
                         "https://scholar.google.fr/citations?user=AbCdEfGhIj&hl=fr",
                         SCHOLAR_LABEL),)
    assert fr.portfolio_url is None  # Scholar is a profile, not a personal site
    pl = cv_fields(POLISH)
    assert pl.github_url == "https://github.com/lzolc"
    assert pl.links == ((LinkKind.OTHER, "https://orcid.org/0000-0002-1825-0097", "ORCID"),)
    assert cv_fields(SPANISH).portfolio_url == "https://mjgarcia.es"


def test_dates_and_spans_of_years_are_not_phones() -> None:
    text = "Ada Obi\n2019 – 2023\n01/2018 – 05/2021\n12.03.1990\n2020-05-01\nada@example.com"
    assert cv_fields(text).phone is None
    assert cv_fields(GERMAN).links == ()  # the birth date is no second phone


def test_further_emails_and_phones_become_links() -> None:
    text = ("Ada Obi\nada@example.com · ada.obi@uni.example.edu\n"
            "Mobile: +44 7700 900123\nPhone: +44 20 7946 0958\nada@EXAMPLE.com")
    got = cv_fields(text)
    assert got.email == "ada@example.com" and got.phone == "+44 7700 900123"
    assert got.links == ((LinkKind.EMAIL, "ada.obi@uni.example.edu", ""),
                         (LinkKind.PHONE, "+44 20 7946 0958", ""))


def test_headings_titles_and_contact_lines_are_not_names() -> None:
    for text in ("CURRICULUM VITAE\nSenior Data Scientist\nExperience", "CV\nada@example.com",
                 "Lebenslauf\n+49 30 1234567", "工作经历\n教育背景", "Résumé:\nPage 1 of 2"):
        assert cv_fields(text).full_name is None, text
    assert cv_fields("Résumé\nANNA-MARIA NOWAK\nana@example.pl").full_name == "Anna-Maria Nowak"
    assert cv_fields("Name: van der Berg, Pieter").full_name == "van der Berg, Pieter"
    assert cv_fields("Tabellarischer Lebenslauf\nKarl-Heinz von Brandt").full_name == \
        "Karl-Heinz von Brandt"


def test_nothing_found_gives_an_empty_suggestion() -> None:
    assert cv_fields("") == CvFields()
    assert cv_fields("just some text without contacts\nand more") == CvFields()


def test_a_pdf_cv_with_its_links_behind_words() -> None:
    data = pdf_cv([["Lebenslauf", "Zofia Wiśniewska",
                    "E-Mail: zofia@example.pl · Tel.: +48 601 234 567",
                    "Kubeflow, Ray, PyTorch"]],
                  links={"GitHub": "https://github.com/zofiaw",
                         "LinkedIn": "https://www.linkedin.com/in/zofia-w/"})
    read = extract_cv_text(data, "zofia.pdf")
    got = cv_fields(read.text, read.links)
    assert (got.full_name, got.email, got.phone) == ("Zofia Wiśniewska", "zofia@example.pl",
                                                     "+48 601 234 567")
    assert got.github_url == "https://github.com/zofiaw"
    assert got.linkedin_url == "https://www.linkedin.com/in/zofia-w/"


def test_a_word_cv_with_contacts_in_a_table_and_a_mailto_link() -> None:
    data = docx_cv(["Senior ML engineer"], header=["Priya Sharma"],
                   table=[["E-Mail:", "priya@example.in"], ["Tel.:", "+91 98765 43210"]],
                   links={"Mail me": "mailto:priya.work@example.in"})
    read = extract_cv_text(data, "priya.docx")
    got = cv_fields(read.text, read.links)
    assert (got.full_name, got.email, got.phone) == ("Priya Sharma", "priya@example.in",
                                                     "+91 98765 43210")
    assert got.links == ((LinkKind.EMAIL, "priya.work@example.in", ""),)


def test_hostile_text_is_read_in_one_pass() -> None:
    """Lines a regular expression could loop over for hours (each pattern's repeats are
    bounded): a run of digits, a dotted run, a run of name characters, 100,000 long."""
    for line in ("1 " * 50_000 + "x", "a." * 50_000 + "q", "a" * 100_000 + "@",
                 "www." + "a" * 100_000, "Ada Obi " * 12_500):
        got = cv_fields(line + "\n" + line)
        assert got.phone is None and got.email is None
