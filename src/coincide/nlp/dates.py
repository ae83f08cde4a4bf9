"""Dates in news text, resolved against the story's publication time.

News writes dates relative to the day it is published: "on Monday" is the publication day when
that is a Monday and else the Monday before it; "Friday" is the most recent Friday before a Monday
story; "last week", "yesterday", "last month" move back from the publication day. Explicit dates
("June 17, 2013", "15 October", "March 2011", "1988") are read as written, a missing year taken
from the publication date (and moved back a year when that would put a past event in the future).

Results are ISO 8601 strings at the precision the text gives: "2013-06-17", "2011-03", "2013",
or an ISO week "2013-W24" for "last week". A reference that cannot be resolved gives None, never
a guess.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(1[89]\d\d|20\d\d)"

# "June 17, 2013", "June 17 2013", "June 17"
_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+{_DAY_RE}\b(?:,?\s+{_YEAR_RE}\b)?", re.I)
# "17 June 2013", "17 June", "15th of October"
_DAY_MONTH = re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?({_MONTH_RE})\.?\b(?:,?\s+{_YEAR_RE}\b)?", re.I)
# "March 2011", "March of 2011"
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(?:of\s+)?{_YEAR_RE}\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_ONLY = re.compile(rf"\b(?:(early|mid|late)[-\s]+)?({_MONTH_RE})\b", re.I)
_YEAR_ONLY = re.compile(rf"\b{_YEAR_RE}\b")
_WEEKDAY = re.compile(r"\b(?:(last|next|this|past|on)\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "a": 1, "an": 1}
_AGO = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(day|week|month|year)s?\s+ago\b", re.I)


def parse_published(value: str | None) -> dt.date | None:
    """The publication date of a story from its ISO 8601 `published` field."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = _ISO.search(str(value))
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _month_back(ref: dt.date, months: int) -> tuple[int, int]:
    total = ref.year * 12 + (ref.month - 1) - months
    return total // 12, total % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A reading that matched but names no valid date ("31 February"): no later reading applies.
_NO_DATE = ""


def resolve(text: str, ref: dt.date | None, future: bool = False) -> str | None:
    """The ISO date a date expression names, relative to `ref` (the publication day).

    `future` says the clause speaks of something to come ("will meet on Friday"): a bare weekday
    then means the next one, not the last one. The readings are tried in order; the first that
    matches gives the answer.
    """
    t = " ".join(text.lower().split())
    if not t:
        return None
    for reading in (_absolute, _relative_day, _ago, _relative_period, _month_or_year):
        got = reading(t, ref, future)
        if got is not None:
            return got or None
    return None


def _absolute(t: str, ref: dt.date | None, future: bool) -> str | None:
    """ "2013-06-17", "June 17(, 2013)", "17 June", "June 2013"; without a publication day, a
    year alone and nothing relative."""
    m = _ISO.search(t)
    if m:
        day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return day.isoformat() if day else _NO_DATE
    for pattern, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        m = pattern.search(t)
        if m:
            month_word, day_s = (m.group(1), m.group(2)) if order == "md" else (m.group(2), m.group(1))
            day = _day_of_month(MONTHS[month_word.lower().rstrip(".")], int(day_s), m.group(3), ref, future)
            return day.isoformat() if day else _NO_DATE
    m = _MONTH_YEAR.search(t)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[m.group(1).lower().rstrip('.')]:02d}"
    if ref is None:
        m = _YEAR_ONLY.search(t)
        return m.group(1) if m else _NO_DATE
    return None


def _day_of_month(month: int, day: int, year: str | None, ref: dt.date | None, future: bool) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    if ref is None:
        return None
    found = _safe_date(ref.year, month, day)
    # a past event's day-and-month that lies well after publication was last year's
    if found and not future and (found - ref).days > 31:
        return _safe_date(ref.year - 1, month, day)
    if found and future and (ref - found).days > 31:
        return _safe_date(ref.year + 1, month, day)
    return found


def _relative_day(t: str, ref: dt.date, future: bool) -> str | None:
    """ "today", "yesterday", "tomorrow", "(last|next) Friday"."""
    if re.search(r"\btoday\b|\btonight\b|\bthis (morning|afternoon|evening)\b", t):
        return ref.isoformat()
    if re.search(r"\byesterday\b|\blast night\b", t):
        return (ref - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", t):
        return (ref + dt.timedelta(days=1)).isoformat()
    m = _WEEKDAY.search(t)
    if not m:
        return None
    want = WEEKDAYS.index(m.group(2).lower())
    modifier = (m.group(1) or "").lower()
    if modifier == "next" or (future and modifier not in ("last", "past")):
        ahead = (want - ref.weekday()) % 7
        return (ref + dt.timedelta(days=ahead or 7 if modifier == "next" else ahead)).isoformat()
    back = (ref.weekday() - want) % 7
    if modifier == "last" and back == 0:
        back = 7
    return (ref - dt.timedelta(days=back)).isoformat()


def _ago(t: str, ref: dt.date, future: bool) -> str | None:
    """ "three days ago", "two weeks ago", "a month ago", "five years ago"."""
    m = _AGO.search(t)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
    unit = m.group(2).lower()
    if unit == "day":
        return (ref - dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return _iso_week(ref - dt.timedelta(weeks=n))
    if unit == "month":
        y, mo = _month_back(ref, n)
        return f"{y:04d}-{mo:02d}"
    return f"{ref.year - n:04d}"


def _month_code(ref: dt.date, back: int) -> str:
    y, mo = _month_back(ref, back)
    return f"{y:04d}-{mo:02d}"


# "last week", "this month", "next year" ...: (pattern, the period it names from the publication day)
_RELATIVE_PERIODS = (
    (r"\b(last|past|previous) week\b", lambda ref: _iso_week(ref - dt.timedelta(weeks=1))),
    (r"\b(this|the current) week\b", lambda ref: _iso_week(ref)),
    (r"\bnext week\b", lambda ref: _iso_week(ref + dt.timedelta(weeks=1))),
    (r"\b(last|past|previous) month\b", lambda ref: _month_code(ref, 1)),
    (r"\bthis month\b", lambda ref: f"{ref.year:04d}-{ref.month:02d}"),
    (r"\bnext month\b", lambda ref: _month_code(ref, -1)),
    (r"\b(last|past|previous) year\b", lambda ref: f"{ref.year - 1:04d}"),
    (r"\bthis year\b", lambda ref: f"{ref.year:04d}"),
    (r"\bnext year\b", lambda ref: f"{ref.year + 1:04d}"),
)


def _relative_period(t: str, ref: dt.date, future: bool) -> str | None:
    for pattern, period in _RELATIVE_PERIODS:
        if re.search(pattern, t):
            return period(ref)
    return None


def _month_or_year(t: str, ref: dt.date, future: bool) -> str | None:
    """A month alone ("in June": the last one, or the next one for what is to come; "may" only
    after a preposition), else a year alone."""
    m = _MONTH_ONLY.search(t)
    if m and not (m.group(2).lower() == "may" and not re.search(r"\b(in|since|until|by|of|early|mid|late)\s+may\b", t)):
        month = MONTHS[m.group(2).lower()]
        year = ref.year
        if future:
            if month < ref.month:
                year += 1
        elif month > ref.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    m = _YEAR_ONLY.search(t)
    return m.group(1) if m else None


def is_day(value: str | None) -> bool:
    """True when a resolved date names a single day."""
    return bool(value) and len(value) == 10 and value[4] == "-" and value[7] == "-"
