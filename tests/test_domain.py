"""Domain rules in plain Python: money, vocabularies, stages, names."""

from __future__ import annotations

import pytest

from hirefile.domain.money import Money, MoneyError, is_currency
from hirefile.domain.names import fold, sort_name
from hirefile.domain.stages import DEFAULT_EXIT_REASONS, DEFAULT_STAGE_NAMES, DEFAULT_STAGES
from hirefile.domain.vocab import Axis, Rating, StageKind


@pytest.mark.parametrize(("typed", "currency", "minor"), [
    ("120000", "USD", 12_000_000),
    ("120,000", "USD", 12_000_000),
    ("120 000.50", "EUR", 12_000_050),
    ("95k", "GBP", 9_500_000),
    ("12000000", "JPY", 12_000_000),
    ("1.234", "KWD", 1234),
    ("0.005", "USD", 1),  # half-up to the nearest cent
])
def test_amounts_are_parsed_to_exact_minor_units(typed, currency, minor) -> None:
    assert Money.parse(typed, currency) == Money(minor, currency)


@pytest.mark.parametrize(("typed", "currency", "words"), [
    ("lots", "USD", "not an amount"),
    ("", "USD", "not an amount"),
    ("-5", "USD", "negative"),
    ("100", "XYZ", "not an ISO 4217"),
    ("100", "usd ", None),  # lower case and spaces are fine
])
def test_bad_amounts_and_currencies_say_why(typed, currency, words) -> None:
    if words is None:
        assert Money.parse(typed, currency).currency == "USD"
        return
    with pytest.raises(MoneyError, match=words):
        Money.parse(typed, currency)


def test_money_formats_for_people() -> None:
    assert Money(12_000_000, "USD").format() == "$120,000"
    assert Money(9_550_050, "EUR").format() == "€95,500.50"
    assert Money(12_000_000, "JPY").format() == "¥12,000,000"
    assert Money(15_000_000, "PLN").format() == "150,000 PLN"
    assert Money(1, "CHF").format(symbol=False) == "0.01 CHF"


def test_money_never_uses_floats() -> None:
    total = sum((Money.parse("0.1", "USD").minor for _ in range(10)), 0)
    assert total == Money.parse("1", "USD").minor
    assert is_currency("EUR") and not is_currency("EURO") and not is_currency("eur")


def test_default_pipeline_matches_the_domain() -> None:
    assert DEFAULT_STAGE_NAMES == ("Sourced", "Applied", "Screen", "Technical", "Onsite",
                                   "Debrief", "Offer", "Hired", "Rejected", "Withdrew")
    kinds = {s.name: s.kind for s in DEFAULT_STAGES}
    assert kinds["Hired"] is StageKind.HIRED
    assert kinds["Rejected"].is_exit and kinds["Withdrew"].is_exit
    assert not kinds["Offer"].is_closed
    assert set(DEFAULT_EXIT_REASONS) == {StageKind.REJECTED, StageKind.WITHDREW}


def test_ratings_and_axes() -> None:
    assert [r.label for r in Rating] == ["Strong no", "No", "Yes", "Strong yes"]
    assert [int(r) for r in Rating] == [1, 2, 3, 4]
    assert len(Axis) == 5
    assert Axis("culture") is Axis.CULTURE and Axis.CULTURE.label == "Culture and collaboration"


@pytest.mark.parametrize(("name", "folded"), [
    ("Łukasz Żółć", "lukasz zolc"),
    ("  Zoë   Ødegård ", "zoe odegard"),
    ("Şükrü Çağlar", "sukru caglar"),
    ("Nguyễn Thị Minh Khai", "nguyen thi minh khai"),
    ("Ἀλέξανδρος", "αλεξανδροσ"),  # casefold: final sigma matches σ
    ("王磊", "王磊"),
    ("STRAẞE", "strasse"),
])
def test_names_fold_for_sorting_and_matching(name, folded) -> None:
    assert fold(name) == folded
    assert sort_name(name) == folded
