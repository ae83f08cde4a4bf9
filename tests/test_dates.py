"""Relative and explicit dates resolved against the publication day (no model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from coincide.nlp.dates import is_day, parse_published, resolve

MONDAY = dt.date(2013, 6, 17)  # a Monday


@pytest.mark.parametrize(
    "text, future, want",
    [
        ("on Monday", False, "2013-06-17"),  # the publication day itself
        ("Friday", False, "2013-06-14"),  # the Friday before a Monday story
        ("last Monday", False, "2013-06-10"),
        ("Wednesday", True, "2013-06-19"),  # "will meet on Wednesday"
        ("next Friday", False, "2013-06-21"),
        ("yesterday", False, "2013-06-16"),
        ("today", False, "2013-06-17"),
        ("last week", False, "2013-W24"),
        ("last month", False, "2013-05"),
        ("last year", False, "2012"),
        ("March 2011", False, "2011-03"),
        ("June 17, 2013", False, "2013-06-17"),
        ("15 October", False, "2012-10-15"),  # a past day and month later than publication: last year
        ("in late February", False, "2013-02"),
        ("November", False, "2012-11"),
        ("1988", False, "1988"),
        ("three days ago", False, "2013-06-14"),
        ("two-year-old", False, None),
        ("for more than a decade", False, None),
    ],
)
def test_resolve(text, future, want):
    assert resolve(text, MONDAY, future=future) == want


def test_without_publication_date_only_explicit_dates_resolve():
    assert resolve("Friday", None) is None
    assert resolve("March 2011", None) == "2011-03"


@pytest.mark.parametrize(
    "value, want",
    [("2013-06-17T15:39:00", MONDAY), ("2013-06-17", MONDAY), ("2013-06-17T15:39:00Z", MONDAY), (None, None), ("soon", None)],
)
def test_parse_published(value, want):
    assert parse_published(value) == want


def test_is_day():
    assert is_day("2013-06-17") and not is_day("2013-06") and not is_day(None)
