"""What the columns of a candidate spreadsheet mean: the common layouts of spreadsheets and ATS
exports (LinkedIn, Greenhouse, Lever, Workable, Ashby, plain sheets in several languages)."""

from __future__ import annotations

import re

from hirefile.domain.names import fold
from hirefile.domain.vocab import Source

#: Import targets, in the order the mapping dialog lists them.
TARGETS: dict[str, str] = {
    "full_name": "Full name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "E-mail",
    "phone": "Phone",
    "location": "Location",
    "github_url": "GitHub",
    "linkedin_url": "LinkedIn",
    "portfolio_url": "Portfolio / website",
    "source": "Source",
    "referrer_name": "Referred by",
    "current_company": "Current company",
    "current_title": "Current title",
    "role": "Role",
    "stage": "Stage",
    "tags": "Tags",
    "notes": "Notes",
    "keep_as_note": "Keep as a note",
    "ignore": "Ignore",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "candidate", "candidate name", "applicant",
                  "applicant name", "nom complet", "nombre completo", "nome completo",
                  "vollstandiger name", "imie i nazwisko", "contact name"),
    "first_name": ("first name", "firstname", "given name", "forename", "prenom", "vorname",
                   "nombre", "nome", "imie"),
    "last_name": ("last name", "lastname", "surname", "family name", "nom", "nachname",
                  "apellido", "apellidos", "sobrenome", "nazwisko"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "courriel",
              "correo", "correo electronico", "emails", "primary email"),
    "phone": ("phone", "phone number", "mobile", "telephone", "tel", "cell", "telefon",
              "telefono", "telefone", "phones", "primary phone"),
    "location": ("location", "city", "address", "country", "ville", "ort", "ciudad",
                 "lokalizacja", "current location"),
    "github_url": ("github", "github url", "github profile"),
    "linkedin_url": ("linkedin", "linkedin url", "linkedin profile", "profile url", "url"),
    "portfolio_url": ("website", "portfolio", "personal website", "homepage", "blog", "links"),
    "source": ("source", "origin", "channel", "lead source", "candidate source", "herkunft",
               "fuente", "origem", "zrodlo"),
    "referrer_name": ("referrer", "referred by", "referral", "referrer name", "credited to"),
    "current_company": ("company", "current company", "employer", "current employer",
                        "organization", "organisation", "firma", "empresa", "entreprise"),
    "current_title": ("title", "current title", "position", "job title", "headline",
                      "current position", "poste", "puesto", "cargo", "stanowisko"),
    "role": ("job", "role", "posting", "opening", "requisition", "job title applied",
             "position applied", "applied for", "job name", "vacancy"),
    "stage": ("stage", "status", "pipeline stage", "current stage", "etape", "etapa", "phase"),
    "tags": ("tags", "labels", "tag", "skills", "keywords"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "summary", "bemerkungen",
              "notas", "uwagi"),
}
_INDEX = {syn: target for target, syns in _SYNONYMS.items() for syn in syns}


def header_key(header: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", fold(header)).strip()


def guess_target(header: str) -> str:
    """The target a column most likely holds; unknown columns are kept as notes."""
    key = header_key(header)
    if not key:
        return "ignore"
    if key in _INDEX:
        return _INDEX[key]
    for suffix in (" 1", " 2", " address"):
        if key.endswith(suffix) and key[: -len(suffix)] in _INDEX:
            return _INDEX[key[: -len(suffix)]]
    return "keep_as_note"


def guess_mapping(headers: list[str]) -> list[str]:
    """One target per column. A target is taken once; a second column of the same kind
    (e.g. "Email 2") is kept as a note."""
    taken: set[str] = set()
    out = []
    for h in headers:
        target = guess_target(h)
        if target in taken and target not in ("keep_as_note", "ignore", "tags", "notes"):
            target = "keep_as_note"
        taken.add(target)
        out.append(target)
    if "full_name" in taken and "first_name" in taken and "last_name" not in taken:
        out = ["keep_as_note" if t == "first_name" else t for t in out]
    return out


_SOURCE_WORDS: dict[Source, tuple[str, ...]] = {
    Source.REFERRAL: ("referral", "referred", "employee referral", "friend", "recommendation"),
    Source.OUTREACH: ("outreach", "sourced", "sourcing", "linkedin", "prospect", "headhunt",
                      "cold email", "recruiter outreach"),
    Source.AGENCY: ("agency", "recruiter", "recruitment agency", "headhunter"),
    Source.EVENT: ("event", "meetup", "conference", "career fair", "hackathon", "job fair"),
    Source.COMMUNITY: ("community", "discord", "slack", "forum", "open source", "github",
                       "kaggle", "hugging face"),
    Source.INBOUND: ("inbound", "applied", "website", "careers page", "career page",
                     "job board", "indeed", "applicant", "direct", "wellfound", "angellist",
                     "hacker news", "jobboard"),
}


def guess_source(text: str | None) -> tuple[Source, str | None]:
    """A source from free text, and the text itself when it says more than the category."""
    if not text or not text.strip():
        return Source.INBOUND, None
    key = header_key(text)
    for source in Source:
        if key == source.value or key == header_key(source.label):
            return source, None
    for source, words in _SOURCE_WORDS.items():
        if any(w in key for w in words):
            return source, text.strip()
    return Source.OTHER, text.strip()
