"""Calendar dates: "Nov 4, 2017", "4 November 2017", "August 2017", "March 3", "the 1990s".

A date figure covers the days it names: one day ("Nov 4, 2017"), a month
("August 2017": Aug 1 to Aug 31), a year ("in 2012": Jan 1 to Dec 31, read
by the number rules in :mod:`provenance.extract.figures`), or a decade
("the 1990s"). A date written without a year ("on March 3", "in February") takes the year
passed to :func:`find_dates` (the article's publication year); without one it
is left out, since guessing a year would be a silent wrong answer. "last
December" is read as the previous year's December and "next April" as the
following year's (without the publication month this is a guess for months
that come earlier in the year than publication: a known limit).

Month names are matched case-sensitively. A full month name alone
("February") is a date for the whole month; "May" alone only after a word
that makes it a month ("in May", "early May", see :data:`MAY_AFTER`).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "BARE_MONTH",
    "DATE",
    "DATE_RULES",
    "MAY_AFTER",
    "MONTHS",
    "DateMatch",
    "find_bare_months",
    "find_dates",
]

#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\.|(?!\w))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\w])"
_YEAR = r"(?P<year>(?:1[0-9]|20|21)\d\d)(?![\w])"
_GAP = r"[ \u00a0]{1,2}"

#: Date rules, most specific first: (name, pattern, example).
DATE_RULES: tuple[tuple[str, str, str], ...] = (
    ("month_day_year", rf"{_MONTH}{_GAP}{_DAY},?[ \u00a0]{{0,2}}{_YEAR}", "Nov. 4, 2017"),
    ("day_month_year", rf"{_DAY}{_GAP}(?:of{_GAP})?{_MONTH},?{_GAP}{_YEAR}", "4 November 2017"),
    ("iso", r"(?P<iso>(?:1[0-9]|20|21)\d\d-[01]\d-[0-3]\d)(?![\w-])", "2017-11-04"),
    ("month_year", rf"{_MONTH},?{_GAP}(?:of{_GAP})?{_YEAR}", "August 2017"),
    ("month_day", rf"{_MONTH}{_GAP}{_DAY}", "March 3"),
    ("day_month", rf"{_DAY}{_GAP}(?:of{_GAP})?{_MONTH}", "3 March"),
    ("decade", r"(?P<decade>(?:1[0-9]|20)\d0)s(?![\w])", "the 1990s"),
)


def _rules(month_first: bool) -> str:
    """The date rules that start with a month name (or those that do not), in order."""
    return "|".join(
        f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})"
        for name, pattern, _ in DATE_RULES
        if pattern.startswith(_MONTH) == month_first
    )


#: The first two letters of every month name (a necessary test that only skips work).
_MONTH_START = "|".join(sorted({month[:2] for month in MONTHS}))

#: All date rules in one pattern; the name of the rule that matched is ``lastgroup``.
#: Rules that start with a month name are tried only where one starts, the others
#: (which start with a digit) only at a digit; at any one place only one of the two
#: kinds can match, so each kind keeps its rules' order and the first rule that
#: matches is the same as in :data:`DATE_RULES` order.
#: Example: ``DATE.search("on Nov 4, 2017.").group()`` is ``"Nov 4, 2017"``.
DATE = re.compile(
    r"(?=[A-Z\d])(?<![\w.,-])(?:"
    + f"(?={_MONTH_START})(?:{_rules(month_first=True)})"
    + rf"|(?=\d)(?:{_rules(month_first=False)})"
    + ")"
)


class DateMatch(NamedTuple):
    """A date found in a text: where, the first and last day, and the rule.

    ``first`` and ``last`` are ``None`` when the date cannot be placed: no
    year is written and none was given, or the day does not exist ("Feb 30").
    """

    start: int
    end: int
    first: datetime.date | None
    last: datetime.date | None
    rule: str


def _group(match: re.Match[str], rule: str, name: str) -> str | None:
    return match.group(f"{rule}_{name}")


def _resolve(match: re.Match[str], year: int | None) -> DateMatch:
    rule = match.lastgroup
    assert rule is not None
    try:
        if rule == "iso":
            day = datetime.date.fromisoformat(match.group("iso_iso"))
            return DateMatch(match.start(), match.end(), day, day, rule)
        if rule == "decade":
            first_year = int(match.group("decade_decade"))
            return DateMatch(
                match.start(),
                match.end(),
                datetime.date(first_year, 1, 1),
                datetime.date(first_year + 9, 12, 31),
                rule,
            )
        month = MONTHS[_group(match, rule, "month") or ""]
        written_year = _group(match, rule, "year") if rule.endswith("year") else None
        the_year = int(written_year) if written_year is not None else year
        if the_year is None:
            return DateMatch(match.start(), match.end(), None, None, rule)
        if rule == "month_year":
            last_day = calendar.monthrange(the_year, month)[1]
            return DateMatch(
                match.start(),
                match.end(),
                datetime.date(the_year, month, 1),
                datetime.date(the_year, month, last_day),
                rule,
            )
        day = datetime.date(the_year, month, int(_group(match, rule, "day") or "0"))
    except ValueError:
        return DateMatch(match.start(), match.end(), None, None, rule)
    return DateMatch(match.start(), match.end(), day, day, rule)


def find_dates(text: str, *, year: int | None = None) -> Iterator[DateMatch]:
    """Every calendar date in ``text``, in order.

    Dates that cannot be placed (no year, or an impossible day such as
    "Feb 30") come with ``first`` and ``last`` set to ``None``.

    Args:
        text: The text to read.
        year: The year of dates written without one (the article's
            publication year); if ``None``, such dates are left out.

    Example:
        >>> text = "Arrested in August 2017, sentenced Nov 4,2017 and freed on March 3."
        >>> [(str(d.first), str(d.last)) for d in find_dates(text, year=2018)]
        [('2017-08-01', '2017-08-31'), ('2017-11-04', '2017-11-04'), ('2018-03-03', '2018-03-03')]
        >>> [(d.first, d.rule) for d in find_dates("on March 3")]
        [(None, 'month_day')]
    """
    for match in DATE.finditer(text):
        yield _resolve(match, year)


#: A full month name standing alone, with an optional "last"/"next" before it.
#: Example: "launched in February", "last December".
BARE_MONTH = re.compile(
    # The lookarounds only skip work: a first letter, no word before, then the
    # first letters of "last", "next" or a month name.
    r"(?=[lnJFMASOND])(?<![\w.-])(?=la|ne|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De)"
    r"(?:(?P<shift>last|next)[ \u00a0])?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?![\w-]|\.\w)"
)

#: Words after which "May" is the month, not the verb: "in May", "early May".
MAY_AFTER = frozenset(
    {
        "in",
        "since",
        "early",
        "late",
        "mid",
        "until",
        "by",
        "from",
        "of",
        "through",
        "last",
        "next",
        "between",
        "and",
        "to",
        "before",
        "after",
        "during",
        "this",
    }
)

_PREVIOUS = re.compile(r"(?P<word>[A-Za-z]{1,20})[ \u00a0-]\Z")


def find_bare_months(text: str, *, year: int | None) -> Iterator[DateMatch]:
    """Month names standing alone ("in February"), as whole months of ``year``.

    Nothing is found without a year. The span is the month name only.

    Example:
        >>> text = "It began in February and peaked last December; it may end in May."
        >>> [(text[d.start:d.end], str(d.first)) for d in find_bare_months(text, year=2026)]
        [('February', '2026-02-01'), ('December', '2025-12-01'), ('May', '2026-05-01')]
    """
    if year is None:
        return
    for match in BARE_MONTH.finditer(text):
        month = MONTHS[match.group("month")]
        start = match.start("month")
        if month == 5:
            before = _PREVIOUS.search(text, max(0, start - 22), start)
            if before is None or before.group("word").lower() not in MAY_AFTER:
                continue
        shift = {"last": -1, "next": 1}.get(match.group("shift") or "", 0)
        the_year = year + shift
        last_day = calendar.monthrange(the_year, month)[1]
        yield DateMatch(
            start,
            match.end(),
            datetime.date(the_year, month, 1),
            datetime.date(the_year, month, last_day),
            "month",
        )
