"""The fields a CV's text suggests for a new candidate, for the founder to confirm.

Guesses, never decisions: the name is the first line that reads like a name (not "Curriculum
Vitae", a heading, a job title or a contact line), the e-mail and phone the first ones found
(labelled ones first: "E-Mail:", "Tel.:", "電話："…), the links sorted into the record's kinds:
GitHub and LinkedIn profiles, a Google Scholar profile (a `PAPER` link labelled "Google
Scholar"), a personal site (the portfolio field: an address near the top of the CV that is no
known profile), and further e-mails and phones as further links. Everything found is checked by
the same rules as typed input (`domain.contacts`), so a suggestion is always one the record
accepts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from hirefile.domain import limits
from hirefile.domain.candidates import CandidateDraft, Link
from hirefile.domain.contacts import (
    email_key,
    github_key,
    is_email,
    linkedin_key,
    normalise_url,
    phone_key,
)
from hirefile.domain.names import clean_name, fold
from hirefile.domain.vocab import LinkKind

#: How many non-empty lines from the top a CV's name and contacts are looked for in.
HEAD_LINES = 20
SCHOLAR_LABEL = "Google Scholar"

#: Titles a CV begins with that are not the person's name (folded, without punctuation).
_NOT_NAMES = frozenset(fold(t) for t in (
    "cv", "c v", "curriculum vitae", "curriculum", "resume", "résumé", "lebenslauf",
    "tabellarischer lebenslauf", "currículum", "currículum vitae", "curriculum vitae et studiorum",
    "hoja de vida", "życiorys", "życiorys zawodowy", "profil", "profile", "profil zawodowy",
    "perfil", "summary", "contact", "contacts", "kontakt", "contacto", "personal details",
    "personal information", "persönliche daten", "données personnelles", "datos personales",
    "dane osobowe", "简历", "个人简历", "履历", "履歷", "履歴書", "السيرة الذاتية", "سيرة ذاتية",
    "बायोडाटा", "रिज्यूमे", "जीवन वृत्त", "about me", "über mich", "à propos",
    "工作经历", "工作经验", "教育背景", "教育经历", "个人信息", "基本信息", "联系方式", "专业技能",
    "技能", "项目经历", "自我评价", "الخبرة العملية", "الخبرات", "التعليم", "المهارات",
    "معلومات شخصية", "البيانات الشخصية", "معلومات الاتصال", "अनुभव", "शिक्षा", "कौशल",
    "व्यक्तिगत विवरण", "संपर्क",
))
#: Words that make a line a job title or a heading rather than a name.
_TITLE_WORDS = frozenset(fold(w) for w in (
    "engineer", "developer", "scientist", "manager", "lead", "director", "analyst",
    "consultant", "architect", "researcher", "intern", "student", "head", "officer",
    "designer", "founder", "software", "data", "machine", "learning", "senior", "junior",
    "principal", "staff", "ingenieur", "ingenieurin", "entwickler", "entwicklerin",
    "ingénieur", "ingénieure", "développeur", "développeuse", "ingeniero", "ingeniera",
    "desarrollador", "desarrolladora", "inżynier", "programista", "programistka",
    "experience", "education", "skills", "berufserfahrung", "ausbildung", "kenntnisse",
    "expérience", "formation", "compétences", "experiencia", "educación", "habilidades",
    "doświadczenie", "wykształcenie", "umiejętności", "page", "seite", "strona", "página",
    "university", "universität", "université", "universidad", "uniwersytet", "gmbh", "inc",
    "ltd", "llc", "street", "straße", "strasse", "rue", "calle", "ulica",
))
#: Lowercase words a name may hold (particles).
_PARTICLES = frozenset(("von", "van", "der", "den", "de", "da", "do", "dos", "das", "del",
                        "della", "di", "du", "la", "le", "y", "i", "bin", "binti", "ibn",
                        "al", "el", "zu", "ten", "ter", "af", "av"))
_NAME_LABEL = re.compile(
    r"^\s*(?:name|full name|nombre(?: completo)?|nom(?: complet)?|imię i nazwisko|"
    r"vor- und nachname|姓名|الاسم|नाम)\s*[:：]\s*(?P<v>.+)$", re.IGNORECASE)
_PHONE_LABEL = re.compile(
    r"(?:tel(?:efon|éfono|efone|ephone)?\.?|phone|mobile?|mobil|handy|cell|móvil|"
    r"tél(?:éphone)?\.?|portable|telefon komórkowy|kom\.?|電話|电话|手机|手機|هاتف|الهاتف|"
    r"جوال|फ़ोन|फोन|मोबाइल)\s*[:：]?\s*$", re.IGNORECASE)
_HONORIFICS = re.compile(r"^(?:(?:dr|prof|mgr|inż|ing|dipl\.?-ing|mr|mrs|ms|herr|frau|m|mme)"
                         r"\.?\s+)+", re.IGNORECASE)
_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_SEPARATORS = re.compile(r"\s*(?:[|·•⋅∙‧◦▪●]|\t| {3,}| – | — )\s*")
#: Where a field of a contact line begins: the line's start or just after a separator.
_SEGMENT_START = re.compile(r"(?:^|[|·•⋅∙‧◦▪●:：\t]| {3,}| [–—])\s*$")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
#: Bounded repeats throughout: a CV's text is a stranger's, and a line may be 200,000 long.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \-./()]{5,46}\d(?!\w)")
_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b")
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'|·•]{1,2000}"
    r"|(?<![\w@.-])(?:[a-z0-9-]{1,63}\.){1,6}(?:com|org|net|io|dev|ai|me|app|page|site|tech|info|xyz|"
    r"blog|eu|de|pl|fr|es|uk|co|in|cn|ae|ch|at|nl|se|us|ca)(?:/[^\s<>\"'|·•]{0,2000})?(?![\w@])")
_OTHER_PROFILES = {
    "gitlab.com": "GitLab", "orcid.org": "ORCID", "kaggle.com": "Kaggle",
    "stackoverflow.com": "Stack Overflow", "huggingface.co": "Hugging Face",
    "researchgate.net": "ResearchGate", "twitter.com": "X", "x.com": "X",
    "medium.com": "Medium", "bitbucket.org": "Bitbucket", "semanticscholar.org":
    "Semantic Scholar", "dblp.org": "dblp", "arxiv.org": "arXiv",
}
_NOT_SITES = ("github.com", "linkedin.com", "scholar.google.", "google.com", "gmail.com",
              "facebook.com", "instagram.com", "xing.com", "youtube.com")


@dataclass(frozen=True)
class CvFields:
    """What a CV suggests for a new candidate; None where it suggests nothing."""

    full_name: str | None = None
    email: str | None = None
    phone: str | None = None
    github_url: str | None = None
    linkedin_url: str | None = None
    #: A personal site (the record's portfolio field).
    portfolio_url: str | None = None
    #: Further e-mails, phones and profiles (Google Scholar as a `PAPER` link, ORCID…).
    links: tuple[Link, ...] = field(default=())

    def draft(self) -> CandidateDraft:
        """A candidate draft with these fields filled in, for the founder to confirm."""
        return CandidateDraft(full_name=self.full_name or "", email=self.email,
                              phone=self.phone, github_url=self.github_url,
                              linkedin_url=self.linkedin_url, portfolio_url=self.portfolio_url,
                              links=list(self.links))


def cv_fields(text: str, links: tuple[str, ...] | list[str] = ()) -> CvFields:
    """The fields `text` (a CV's, see `cv_text`) suggests; `links` are the addresses behind
    its words, which count as if written in it, after it."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    head = lines[:HEAD_LINES]
    emails = _emails(lines, links)
    phones = _phones(lines, head)
    urls = _urls(lines, head, links)
    found: list[Link] = []
    found += [(LinkKind.EMAIL, e, "") for e in emails[1:]]
    found += [(LinkKind.PHONE, p, "") for p in phones[1:]]
    found += urls.others
    return CvFields(full_name=_name(head, emails), email=emails[0] if emails else None,
                    phone=phones[0] if phones else None, github_url=urls.github,
                    linkedin_url=urls.linkedin, portfolio_url=urls.site,
                    links=tuple(found[:20]))


# the name --------------------------------------------------------------------------------------

def _name(head: list[str], emails: list[str]) -> str | None:
    for line in head:
        labelled = _NAME_LABEL.match(line)
        if labelled:
            name = _as_name(labelled.group("v"), labelled=True)
            if name:
                return name
    for line in head:
        name = _as_name(_SEPARATORS.split(line)[0])
        if name:
            return name
    return None


def _as_name(text: str, *, labelled: bool = False) -> str | None:
    """`text` as a person's name, or None when it does not read like one. After a "Name:"
    label, "Surname, Given names" counts too."""
    text = clean_name(limits.clean_text(text, multiline=False)).strip(" ,;:-–—")
    text = _HONORIFICS.sub("", text) if len(text.split()) > 2 else text
    if not text or len(text) > 70 or fold(text).strip(".:") in _NOT_NAMES:
        return None
    if any(ch.isdigit() or ch in "@/\\:：()[]{}<>=+#%&*!?|_" for ch in text):
        return None
    words = text.split()
    if len(words) > 6 or any(fold(w).strip(",.") in _TITLE_WORDS for w in words):
        return None
    allowed = " .'’-‐," if labelled else " .'’-‐"
    if not all(ch.isalpha() or ch in allowed or _is_mark(ch) for ch in text):
        return None
    cased = [w for w in words if any(ch.isupper() or ch.islower() for ch in w)]
    if not cased:  # a script without case (Chinese, Arabic, Devanagari…)
        if _CJK.match(text.replace("·", "")) and not 2 <= len(text) <= 5:
            return None  # a Chinese name is two to four characters; longer is a heading
        return text
    if len(words) < 2:
        return None  # one cased word is a heading ("Experience"), seldom a whole name
    if all(w.isupper() for w in cased) and all(len(w) > 1 for w in cased):
        words = [w.title() if w.isupper() else w for w in words]
        words[1:] = [w.lower() if w.lower() in _PARTICLES else w for w in words[1:]]
        text = " ".join(words)
    if not all(w[0].isupper() or w.lower().split("-")[0] in _PARTICLES
               or not w[0].isalpha() for w in words):
        return None
    return text


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")  # vowel signs of Devanagari, Arabic…


# e-mails and phones ----------------------------------------------------------------------------

def _emails(lines: list[str], links: tuple[str, ...] | list[str]) -> list[str]:
    seen: dict[str, str] = {}
    candidates = [m.group() for line in lines for m in _EMAIL.finditer(line)]
    candidates += [link[7:].split("?")[0] for link in links if link.lower().startswith("mailto:")]
    for raw in candidates:
        value = raw.strip(".")
        key = email_key(value)
        if key and is_email(value) and len(value) <= limits.EMAIL:
            seen.setdefault(key, value)
    return list(seen.values())


def _phones(lines: list[str], head: list[str]) -> list[str]:
    """Phones in labelled lines anywhere, then unlabelled ones near the top; never a date or
    a span of years."""
    labelled: list[str] = []
    unlabelled: list[str] = []
    for number, line in enumerate(lines):
        for m in _PHONE.finditer(line):
            value = m.group().strip(" -./")
            if not _is_phone(value):
                continue
            parts = [p for p in _SEPARATORS.split(line[: m.start()]) if p.strip()]
            before = parts[-1] if parts else ""
            if _PHONE_LABEL.search(before):
                labelled.append(value)
            elif number < len(head) and (_SEGMENT_START.search(line[: m.start()])
                                         or value.startswith(("+", "00", "("))):
                unlabelled.append(value)
    out: dict[str, str] = {}
    for value in labelled + unlabelled:
        key = phone_key(value)
        if key:
            out.setdefault(key, value)
    return list(out.values())


def _is_phone(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if not 7 <= len(digits) <= 15 or len(value) > limits.PHONE:
        return False
    if _DATE.search(value):
        return False
    groups = re.findall(r"\d+", value)
    years = [g for g in groups if len(g) == 4 and 1950 <= int(g) <= 2049]
    return not (len(years) >= 2 or (years and len(groups) <= 2 and not value.startswith("+")))


# links -----------------------------------------------------------------------------------------

@dataclass
class _Urls:
    github: str | None = None
    linkedin: str | None = None
    site: str | None = None
    others: list[Link] = field(default_factory=list)


def _urls(lines: list[str], head: list[str], behind: tuple[str, ...] | list[str]) -> _Urls:
    written: list[tuple[str, bool]] = []  # (url, near the top)
    for number, line in enumerate(lines):
        line = _EMAIL.sub(" ", line)
        written += [(m.group(), number < len(head)) for m in _URL.finditer(line)]
    written += [(link, False) for link in behind if link.lower().startswith(("http", "www."))]
    out = _Urls()
    owners: Counter[str] = Counter()
    first_owner: dict[str, str] = {}
    top_owner: str | None = None
    seen: set[str] = set()
    for raw, top in written:
        url = normalise_url(raw.rstrip(".,;:)]}’'\""))
        if not url or len(url) > limits.URL:
            continue
        host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        if github_key(url):
            owner = github_key(url) or ""
            owners[owner] += 1
            first_owner.setdefault(owner, "https://github.com/" + urlsplit(url).path.split("/")[1])
            if top and top_owner is None:
                top_owner = owner
        elif host.endswith("linkedin.com"):
            if out.linkedin is None and linkedin_key(url):
                out.linkedin = url
        elif host.startswith("scholar.google.") and "user=" in url:
            _add(out.others, seen, (LinkKind.PAPER, url, SCHOLAR_LABEL))
        elif any(host == h or host.endswith("." + h) for h in _OTHER_PROFILES):
            label = next(v for h, v in _OTHER_PROFILES.items() if host == h or
                         host.endswith("." + h))
            _add(out.others, seen, (LinkKind.OTHER, url, label))
        elif top and out.site is None and not any(n in host for n in _NOT_SITES):
            out.site = url
    if owners:  # the profile named at the top, else the one named most (projects link repos)
        best = top_owner or max(owners, key=lambda o: owners[o])
        out.github = first_owner[best]
    return out


def _add(links: list[Link], seen: set[str], link: Link) -> None:
    if link[1] not in seen:
        seen.add(link[1])
        links.append(link)
