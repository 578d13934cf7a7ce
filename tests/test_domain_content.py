"""The built-in content: role templates and the starter question bank (pure domain, no Qt)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from hirefile.domain.question_bank import STARTER_BANK, BankQuestion, questions_for
from hirefile.domain.templates import TEMPLATES, RoleTemplate, template
from hirefile.domain.vocab import Axis, StepKind, Track

MAX_LOOP_MINUTES = 5 * 60


def _ids(tpl: RoleTemplate) -> str:
    return tpl.key


# --- role templates -------------------------------------------------------------------------


def test_six_templates_in_the_stated_order() -> None:
    assert [t.track for t in TEMPLATES] == [
        Track.ML_ENGINEER, Track.DATA_SCIENTIST, Track.MLOPS,
        Track.DATA_ENGINEER, Track.ML_LEAD, Track.SOFTWARE_ENGINEER,
    ]
    keys = [t.key for t in TEMPLATES]
    assert len(set(keys)) == len(keys) == 6
    assert all(template(k).key == k for k in keys)
    with pytest.raises(KeyError):
        template("no_such_template")


@pytest.mark.parametrize("tpl", TEMPLATES, ids=_ids)
def test_template_text_is_complete(tpl: RoleTemplate) -> None:
    assert tpl.title.strip() and tpl.summary.strip()
    assert 1 <= len(tpl.must_haves) <= 7
    assert 5 <= len(tpl.responsibilities) <= 7
    assert 3 <= len(tpl.nice_to_haves) <= 5
    assert tpl.tech_stack
    assert tpl.fits_stages
    assert tpl.stage_note.strip()
    for items in (tpl.responsibilities, tpl.must_haves, tpl.nice_to_haves, tpl.tech_stack):
        assert all(item.strip() for item in items)
        assert len(set(items)) == len(items)


@pytest.mark.parametrize("tpl", TEMPLATES, ids=_ids)
def test_template_weights_cover_every_axis(tpl: RoleTemplate) -> None:
    assert set(tpl.weights) == set(Axis)
    assert all(isinstance(w, int) and w >= 0 for w in tpl.weights.values())
    assert sum(tpl.weights.values()) > 0


@pytest.mark.parametrize("tpl", TEMPLATES, ids=_ids)
def test_template_loop_is_short(tpl: RoleTemplate) -> None:
    assert 1 <= len(tpl.loop) <= 5
    assert tpl.loop_minutes <= MAX_LOOP_MINUTES
    # A take-home's hours count against the candidate's time too.
    candidate_minutes = tpl.loop_minutes + sum(60 * (s.expected_hours or 0) for s in tpl.loop)
    assert candidate_minutes <= MAX_LOOP_MINUTES
    for step in tpl.loop:
        assert step.title.strip()
        assert step.minutes > 0
        assert step.axes, f"{step.title} assesses no axis"
        assert len(set(step.axes)) == len(step.axes)
        if step.kind is StepKind.TAKE_HOME:
            assert step.expected_hours is not None and step.expected_hours > 0
            assert "alternative" in step.notes.lower()


@pytest.mark.parametrize("tpl", TEMPLATES, ids=_ids)
def test_every_weighted_axis_is_assessed_somewhere(tpl: RoleTemplate) -> None:
    assessed = {a for step in tpl.loop for a in step.axes}
    assert {a for a, w in tpl.weights.items() if w > 0} <= assessed


def test_at_most_one_take_home_across_templates() -> None:
    take_homes = [s for t in TEMPLATES for s in t.loop if s.kind is StepKind.TAKE_HOME]
    assert len(take_homes) <= 1


def test_role_specific_facts() -> None:
    by_track = {t.track: t for t in TEMPLATES}
    mlops = by_track[Track.MLOPS]
    assert mlops.weights[Axis.SYSTEMS] > mlops.weights[Axis.THEORY]
    assert mlops.weights[Axis.SOFTWARE] > mlops.weights[Axis.THEORY]
    scientist = by_track[Track.DATA_SCIENTIST]
    assert max(scientist.weights, key=scientist.weights.__getitem__) is Axis.THEORY


# --- question bank --------------------------------------------------------------------------


def test_bank_size_and_coverage() -> None:
    assert len(STARTER_BANK) >= 70
    per_axis = Counter(q.axis for q in STARTER_BANK)
    for axis in Axis:
        assert per_axis[axis] >= 12, axis


def test_bank_keys_and_texts_are_unique() -> None:
    keys = [q.key for q in STARTER_BANK]
    assert len(set(keys)) == len(keys)
    texts = [" ".join(q.text.lower().split()) for q in STARTER_BANK]
    assert len(set(texts)) == len(texts)
    assert all(re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", k) for k in keys)


@pytest.mark.parametrize("q", STARTER_BANK, ids=lambda q: q.key)
def test_bank_question_is_complete(q: BankQuestion) -> None:
    assert isinstance(q.axis, Axis)
    assert q.track is None or isinstance(q.track, Track)
    assert q.text.strip().endswith("?") or q.text.strip().endswith(".")
    assert q.guidance.strip()
    assert "Weak:" in q.guidance, "guidance should name a weak-answer signal"


def test_culture_questions_ask_for_evidence() -> None:
    openers = ("Tell me about", "Describe a time", "Think of")
    for q in questions_for(Axis.CULTURE):
        assert q.text.startswith(openers), q.key


def test_bank_has_track_specific_questions() -> None:
    tracks = {q.track for q in STARTER_BANK if q.track is not None}
    assert {Track.MLOPS, Track.DATA_SCIENTIST} <= tracks


def test_questions_for_filters_by_axis() -> None:
    for axis in Axis:
        got = questions_for(axis)
        assert got
        assert all(q.axis is axis for q in got)
        assert len(got) == sum(1 for q in STARTER_BANK if q.axis is axis)


@pytest.mark.parametrize("track", [Track.MLOPS, Track.DATA_SCIENTIST, Track.DATA_ENGINEER,
                                   Track.ML_LEAD, Track.SOFTWARE_ENGINEER])
def test_questions_for_track_mixes_general_and_own(track: Track) -> None:
    seen_own = False
    for axis in Axis:
        got = questions_for(axis, track)
        general = [q for q in STARTER_BANK if q.axis is axis and q.track is None]
        own = [q for q in STARTER_BANK if q.axis is axis and q.track is track]
        assert set(got) == set(general) | set(own)
        assert all(q.track in (None, track) for q in got)
        seen_own = seen_own or bool(own)
    assert seen_own, f"no question written for {track}"


def test_questions_for_track_excludes_other_tracks() -> None:
    mlops_only = [q for q in STARTER_BANK if q.track is Track.MLOPS]
    assert mlops_only
    for q in mlops_only:
        assert q in questions_for(q.axis, Track.MLOPS)
        assert q not in questions_for(q.axis, Track.DATA_SCIENTIST)
        assert q in questions_for(q.axis)
    # A track with no questions of its own gets exactly the general ones.
    general = tuple(q for q in STARTER_BANK if q.axis is Axis.THEORY and q.track is None)
    assert questions_for(Axis.THEORY, Track.OTHER) == general
