"""E-mail templates: every built-in one fills in completely, problems are listed before use,
and the offer letter's placeholder rules are the same ones."""

from __future__ import annotations

import re

import pytest

from hirefile.domain import mail_templates as mt
from hirefile.domain import offers, placeholders
from hirefile.domain.mail_templates import MailTemplate, check, render

#: What a founder's file would give for Zoë's technical discussion and the rest of her path.
VALUES: dict[str, str | None] = {
    "candidate_name": "Zoë Ødegaard",
    "candidate_first_name": "Zoë",
    "role_title": "ML engineer",
    "company_name": "Fernwood AI",
    "sender_name": "Lena Hoffmann",
    "interview_step": "Technical discussion",
    "interview_date": "Tuesday 9 June 2026",
    "interview_time": "14:00 CEST",
    "interview_length": "45 minutes",
    "interview_place": "https://meet.example.com/fernwood-zoe",
    "takehome_task": "Train a small drift detector on the attached data and tell us how you "
                     "would know it works.",
    "takehome_hours": "3",
    "takehome_due": "Friday 12 June 2026",
    "rejection_reason": "We need someone who has already run models in production on GPUs.",
    "keep_in_touch_date": "spring 2027",
    "start_date": "1 September 2026",
    "expiry_date": "19 June 2026",
}

EXPECTED_KEYS = {"acknowledgement", "screen_invitation", "interview_scheduling",
                 "takehome_instructions", "rejection", "talent_pool", "offer_cover"}


def test_the_built_in_templates_cover_the_common_moments() -> None:
    assert {t.key for t in mt.BUILT_IN} == EXPECTED_KEYS
    assert len({t.key for t in mt.BUILT_IN}) == len(mt.BUILT_IN)
    assert mt.built_in("interview_scheduling").attaches == ("ics",)
    assert mt.built_in("offer_cover").attaches == ("offer_letter",)
    with pytest.raises(KeyError):
        mt.built_in("welcome")


@pytest.mark.parametrize("key", sorted(EXPECTED_KEYS))
def test_every_built_in_template_renders_completely(key: str) -> None:
    template = mt.built_in(key)
    assert check(template, VALUES) == ([], [])
    mail = render(template, VALUES)
    for text in (mail.subject, mail.body):
        assert not re.search(r"[{}]", text), text
    assert "\n" not in mail.subject and 10 < len(mail.subject) < 80
    assert mail.body.startswith("Hi Zoë,\n\n")
    assert mail.body.endswith("Warm regards,\nLena Hoffmann\nFernwood AI\n")
    assert "\n\n\n" not in mail.body
    # short: a founder's e-mail, not a letter
    assert len(mail.body.split()) < 160


def test_what_each_moment_says() -> None:
    scheduling = render(mt.built_in("interview_scheduling"), VALUES)
    assert scheduling.subject == "Technical discussion on Tuesday 9 June 2026 – Fernwood AI"
    assert "When: Tuesday 9 June 2026 at 14:00 CEST (45 minutes)\n" in scheduling.body
    assert "Where: https://meet.example.com/fernwood-zoe\n" in scheduling.body
    takehome = render(mt.built_in("takehome_instructions"), VALUES).body
    assert "no more than 3 hours" in takehome
    assert "in a conversation instead" in takehome  # the alternative is offered
    assert "Train a small drift detector" in takehome
    pool = render(mt.built_in("talent_pool"), VALUES).body
    assert "around spring 2027" in pool and "we will delete them" in pool
    cover = render(mt.built_in("offer_cover"), VALUES).body
    assert "start on 1 September 2026" in cover and "open until 19 June 2026" in cover


def test_a_rejection_gives_its_reason_or_leaves_the_paragraph_out() -> None:
    template = mt.built_in("rejection")
    with_reason = render(template, VALUES).body
    assert ("leave you waiting.\n\nWe need someone who has already run models in production "
            "on GPUs.\n\nWe know this") in with_reason
    for empty in (None, "", "   "):
        values = {**VALUES, "rejection_reason": empty}
        assert check(template, values) == ([], [])  # optional: not listed as empty
        body = render(template, values).body
        assert "leave you waiting.\n\nWe know this is not the news you hoped for." in body
        assert "\n\n\n" not in body


def test_unknown_and_empty_placeholders_are_listed_subject_first() -> None:
    template = MailTemplate(
        "custom", "Nudge", "Still keen, {candidate_first_name}? {Company_Name}",
        "Hi {candidate_first_name},\n\nAbout {role_title} on {interview_date}: {salary_band}"
        " – { role_title }.\n{rejection_reason}\n\n{sender_name}\n")
    values = {**VALUES, "interview_date": "", "sender_name": None, "rejection_reason": ""}
    unknown, empty = check(template, values)
    assert unknown == ["Company_Name", "salary_band", " role_title "]
    assert empty == ["interview_date", "sender_name"]
    mail = render(template, values)
    assert mail.subject == "Still keen, Zoë? {Company_Name}"  # unknown ones stay visible
    # the empty optional line goes with its blank line; the empty sender leaves nothing
    assert mail.body == "Hi Zoë,\n\nAbout ML engineer on : {salary_band} – { role_title }.\n"


def test_values_cannot_break_the_subject_line_or_smuggle_control_characters() -> None:
    values = {**VALUES, "company_name": "Fernwood\r\nBcc: all@example.com\x1b[31m",
              "candidate_first_name": "Zoë\x00"}
    mail = render(mt.built_in("acknowledgement"), values)
    assert mail.subject == "Thank you for applying to Fernwood Bcc: all@example.com[31m"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", mail.body)
    assert mail.body.startswith("Hi Zoë,\n\n")


def test_the_offer_letter_and_the_mail_templates_share_one_set_of_rules() -> None:
    text = "{candidate_first_name} {role_title} {bonus} {nope}"
    values = {"candidate_first_name": "Łucja", "role_title": "ML lead", "bonus": ""}
    assert offers.check_template(text, values) == \
        placeholders.check(text, offers.PLACEHOLDERS, values) == (["nope"], ["bonus"])
    # an empty value leaves no double space in a letter (an optional sentence left out)
    assert offers.fill_template(text, values) == "Łucja ML lead {nope}"
    # names shared by both mean the same thing, so a founder learns them once
    shared = set(offers.PLACEHOLDERS) & set(mt.PLACEHOLDERS)
    assert {"candidate_name", "candidate_first_name", "role_title", "company_name",
            "start_date", "expiry_date"} <= shared
    assert all(offers.PLACEHOLDERS[n] == mt.PLACEHOLDERS[n] for n in shared)
    # a placeholder is one line of at most 60 characters, in both
    long_name = "x" * 61
    assert placeholders.names("{" + long_name + "} {a\nb} {ok}") == ["ok"]
