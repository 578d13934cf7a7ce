"""Names typed in right-to-left scripts keep their place in the app's own sentences."""

from __future__ import annotations

from hirefile.services.dedupe import Match
from hirefile.ui.candidate.duplicates import match_text
from hirefile.ui.text import FSI, PDI, isolate


def test_a_name_is_an_isolated_run_and_empty_text_stays_empty() -> None:
    assert isolate("محمد علي") == f"{FSI}محمد علي{PDI}"
    assert isolate("") == ""


def test_the_duplicate_banner_isolates_the_arabic_name_and_its_e_mail() -> None:
    m = Match("c1", "محمد علي", "m.ali@example.com", ("same e-mail",))
    text = match_text(m)
    assert text == f"{FSI}محمد علي{PDI} <{FSI}m.ali@example.com{PDI}> — same e-mail"
    # Every isolate is closed, so nothing after the name can be reordered into it.
    assert text.count(FSI) == text.count(PDI) == 2
