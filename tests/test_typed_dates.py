"""Date fields take a whole typed date, in ISO form and the user's locale, and what is typed
never spills into the next field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hirefile.ui.common import (
    DateTimeEdit,
    OptionalDateEdit,
    parse_typed_date,
    parse_typed_datetime,
)

FEB_1 = QDate(2027, 2, 1)


@pytest.mark.parametrize("typed", ["1 Feb 2027", "2027-02-01", "1 February 2027",
                                   "Feb 1, 2027", "01.02.2027", "1/2/2027", " 1  Feb  2027 "])
def test_the_ways_people_write_a_date_are_read(typed: str) -> None:
    assert parse_typed_date(typed, QLocale(QLocale.Language.English,
                                           QLocale.Country.UnitedKingdom)) == FEB_1


def test_the_locales_own_forms_are_read_first() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert parse_typed_date("2/1/2027", us) == FEB_1
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert parse_typed_date("1. Februar 2027", de) == FEB_1
    assert not parse_typed_date("next thursday").isValid()
    assert not parse_typed_date("31 Feb 2027").isValid()


def test_a_typed_date_with_a_time_is_read() -> None:
    assert parse_typed_datetime("1 Feb 2027 14:30") == QDateTime(FEB_1, QTime(14, 30))
    assert parse_typed_datetime("2027-02-01T09:05") == QDateTime(FEB_1, QTime(9, 5))
    assert parse_typed_datetime("Feb 1, 2027 2:30 PM") == QDateTime(FEB_1, QTime(14, 30))


@pytest.fixture
def fields(qtbot: QtBot) -> Iterator[tuple[OptionalDateEdit, QLineEdit, DateTimeEdit]]:
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    day, after, when = OptionalDateEdit(), QLineEdit(), DateTimeEdit()
    when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
    for w in (day, after, when):
        lay.addWidget(w)
    host.show()
    qtbot.waitExposed(host)
    yield day, after, when


@pytest.mark.parametrize("typed", ["1 Feb 2027", "2027-02-01"])
def test_typing_a_date_into_not_set_keeps_it_whole_in_its_own_field(
        qtbot: QtBot, fields: tuple[OptionalDateEdit, QLineEdit, DateTimeEdit],
        typed: str) -> None:
    day, after, _ = fields
    day.setFocus()
    qtbot.keyClicks(day, typed)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert day.value() == date(2027, 2, 1)
    assert day.text() == "1 Feb 2027"
    assert after.text() == ""


def test_typing_over_a_set_date_replaces_it_and_nonsense_leaves_it(
        qtbot: QtBot, fields: tuple[OptionalDateEdit, QLineEdit, DateTimeEdit]) -> None:
    day, after, _ = fields
    day.set_value(date(2026, 12, 24))
    day.setFocus()
    qtbot.keyClicks(day, "3 Mar 2027")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.value() == date(2027, 3, 3)
    qtbot.keyClicks(day, "soon")
    after.setFocus()
    assert day.value() == date(2027, 3, 3) and day.text() == "3 Mar 2027"
    assert after.text() == ""


def test_backspace_while_typing_corrects_a_typo_and_otherwise_clears(
        qtbot: QtBot, fields: tuple[OptionalDateEdit, QLineEdit, DateTimeEdit]) -> None:
    day, _, _ = fields
    day.setFocus()
    qtbot.keyClicks(day, "1 Feb 2028")
    qtbot.keyClick(day, Qt.Key.Key_Backspace)
    qtbot.keyClicks(day, "7")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.value() == date(2027, 2, 1)
    qtbot.keyClick(day, Qt.Key.Key_Backspace)
    assert day.value() is None and day.text() == "Not set"


def test_an_interview_time_can_be_typed(
        qtbot: QtBot, fields: tuple[OptionalDateEdit, QLineEdit, DateTimeEdit]) -> None:
    _, _, when = fields
    when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(10, 0)))
    when.setFocus()
    qtbot.keyClicks(when, "1 Feb 2027 14:30")
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    assert when.dateTime() == QDateTime(FEB_1, QTime(14, 30))
