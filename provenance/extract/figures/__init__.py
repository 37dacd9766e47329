"""Figures: numbers with their hedge, unit, precision and counted noun, found in a text.

:func:`find_figures` reads a text once, left to right, and returns every
numeric statement of fact as a :class:`~provenance.model.figure.Figure`:

- the span is the hedge, the number and its unit words ("about 26 pounds",
  "more than 1,200", "$3bn", "60 percent", "41-year-old", "aged 41",
  "60 times", "from six months to 10 years", "Nov 4, 2017"); a counted noun
  is not in the span ("nine defendants": span "nine", noun "defendants");
- ranges are one figure (value = low end, high = high end);
- dates have unit ``"date"`` and day ordinals as values (see
  :mod:`provenance.extract.figures.dates`); a bare year ("in 2012") is a
  date when no counted plural noun follows it ("2000 people" is a count).
  Dates carry only hedges of nearness ("around 2045"), see
  :data:`~provenance.extract.figures.hedges.DATE_HEDGES`;
- dual statements ("12 kilograms, or about 26 pounds", "26 pounds (11.9
  kilograms)") are two figures, each with ``same_as`` = the other's span;
- "30,000 of the 72,000 overdose deaths": both counts get the noun
  "overdose deaths";
- a figure inside a quote gets ``quote`` = that quote's span.

What is not a figure is data in :mod:`provenance.extract.figures.rules`;
numbers and precision rules are in :mod:`provenance.extract.figures.numbers`;
unit words in :mod:`provenance.extract.figures.units`; hedges in
:mod:`provenance.extract.figures.hedges`.

Every pattern is bounded or an alternation of fixed words, and the text is
scanned once, so the time taken is linear in the length of the text.
Offsets are half-open code-point indices into the text as given.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from provenance import units as _units
from provenance.extract.figures import hedges, numbers, rules
from provenance.extract.figures import units as figure_units
from provenance.extract.figures.dates import find_bare_months, find_dates
from provenance.extract.figures.gates import ending_before, endings
from provenance.extract.figures.hedges import (
    CHANGE_VERBS,
    OPENER_ENDINGS,
    OVER_MEANS_ABOUT_AFTER,
    RANGE_OPENER,
    find_hedge,
)
from provenance.extract.figures.units import CURRENCY_SIGNS, UNIT, lookup_unit
from provenance.model.annotations import Quote
from provenance.model.figure import Figure, FigureKind
from provenance.model.span import Span

__all__ = ["find_figures"]

_SIGN_INITIALS = re.escape("".join(sorted({sign[0] for sign in CURRENCY_SIGNS})))
_SIGNS = "|".join(re.escape(sign) for sign in sorted(CURRENCY_SIGNS, key=len, reverse=True))

#: Where a figure may start: an optional currency sign, then a number that is
#: not glued to a word, a decimal point, a separator or an identifier.
#: Example: in "seized $3bn", it matches "$3".
_FIND = re.compile(
    # The lookaround only skips work, cheapest test first: no figure starts inside
    # a word; a figure starts with a digit, a currency sign or the start of a number
    # word (a case-exact first letter, then up to three more).
    rf"(?<![\w.,/:#@&$€£¥₹-])(?=[\d{_SIGN_INITIALS}]|{numbers.WORD_START})"
    rf"(?:(?P<cur>{_SIGNS})(?=\d))?" + numbers.NUMBER.pattern
)

#: The high end of a range after its low end: "... to 10", "... and 5", "...-100".
#: Example: in "50 to 100 times", it matches " to 100".
_RANGE_NEXT = re.compile(
    r"(?:(?P<sep>[ \u00a0]{1,2}(?i:to|and)[ \u00a0]{1,2})|(?P<dash>[ \u00a0]?[-–][ \u00a0]?))"
    rf"(?:(?P<cur>{_SIGNS})(?=\d))?" + numbers.NUMBER.pattern.replace("(?P<", "(?P<n2_")
)

#: "-year-old", " years old", "-month-old": an age after its number.
#: Example: "41-year-old".
_AGE_AFTER = re.compile(
    r"(?:-|[ \u00a0])(?P<age_unit>(?i:year|month|week|day))s?(?:-|[ \u00a0])(?i:old)(?![\w])"
)

#: "aged 41", "age 41": an age before its number.
_AGE_BEFORE = re.compile(
    r"(?<![\w-])(?P<age>(?i:aged|age|ages))[ \u00a0]{1,2}(?:(?i:between|from)[ \u00a0]{1,2})?\Z"
)

#: How the words :data:`_AGE_BEFORE` looks for may end (a necessary test).
_AGE_ENDINGS = endings(["aged", "age", "ages", "between", "from"], ignore_case=True)

#: "Liu Yong, 41, was ...": an age in apposition after a capitalised name.
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w’'.-]{0,40},[ \u00a0](?:now[ \u00a0])?\Z")

#: "60 times", "60-fold": a multiplier (only before a comparative, see below).
_TIMES = re.compile(r"(?:[ \u00a0]{1,2}(?P<times>(?i:times))|(?P<fold>-fold))(?![\w])")

#: The word after a number, for nouns and comparatives.
_NEXT_WORD = re.compile(
    r"[ \u00a0]{1,2}(?P<word>[A-Za-z][A-Za-z’'-]{0,30}|\d{1,3}-[a-z]{2,30}(?![\w-]))"
)

#: A number inside a name within a noun: the " 737" of "Boeing 737 jets".
_NAME_NUMBER = re.compile(r"[ \u00a0]\d{1,6}(?![\w,.])")

#: More plurals joined to a counted noun: ", goats and sheep", " and departures".
_COORDINATION = re.compile(
    r"(?:,[ \u00a0][a-z]{2,30}){0,4},?[ \u00a0](?:and|or)[ \u00a0](?P<last>[a-z]{2,30})(?![\w-])"
)

#: The word before a number, for "no one" and change verbs.
_PREV_WORD = re.compile(r"(?P<word>[A-Za-z]{1,30})[ \u00a0]{1,2}\Z")

#: Counts whose noun comes from the next figure: "30,000 of the 72,000 deaths".
_OF_THE = re.compile(
    r"[ \u00a0]{1,2}of[ \u00a0]{1,2}"
    r"(?:(?:the|those|these|all|its|their|his|her|our)[ \u00a0]{1,2})?\Z"
)

#: "a year and a half", "two and a half hours": one half more.
_AND_A_HALF = re.compile(r"[ \u00a0]and[ \u00a0]a[ \u00a0]half(?![\w-])")

#: "five more years": a word between a number and its unit.
_MORE_BEFORE_UNIT = re.compile(r"[ \u00a0](?:more|additional|further|extra)(?=[ \u00a0])")

#: "half a mile", "a third of an hour" (only "a"/"an" here): between a fraction and its unit.
_ARTICLE_BEFORE_UNIT = re.compile(r"[ \u00a0]an?(?=[ \u00a0])")

#: Text between the two halves of a dual statement: ", or about", " (", " or ".
_DUAL_GAP = re.compile(
    r"\A[ \u00a0]{0,2}(?:,[ \u00a0]{0,2}or[ \u00a0]{1,2}|\([ \u00a0]?|or[ \u00a0]{1,2})\Z"
)

_YEARS = (1000, 2199)

#: Feet and inches as one length in inches: 6'9", 6′9″, "6-foot-9". The feet digit
#: comes first (so the scan skips to digits at once), then the test that it is not
#: glued to a word: the lookbehind spans the character before it and the digit.
_FEET_INCHES = re.compile(
    r"(?P<feet>[1-9])(?<![\w.,][1-9])"
    r"(?:['’′](?P<in1>\d{1,2})(?:\"|”|″|'')|-foot-(?P<in2>\d{1,2}))(?![\w])"
)

#: Above this, "N years old" is the age of a thing, read as a duration without "old".
_OLDEST = 150

#: "one in five", "one in every 2 million": a ratio after its first number.
_ONE_IN = re.compile(r"[ \u00a0]in[ \u00a0](?:every[ \u00a0])?(?=\w)")

#: A compound adjective after a number: "32,000-seat stadium" (noun "seat").
_HYPHEN_NOUN = re.compile(r"-(?P<word>[a-z]{2,30})(?![\w-])")

#: "half a million", "a quarter of a billion": a fraction of a scale.
_FRACTION_SCALE = re.compile(
    r"[ \u00a0](?:of[ \u00a0])?an?[ \u00a0]"
    r"(?P<scale>(?i:million|billion|thousand|trillion))(?![\w-])"
)


class _Found(NamedTuple):
    """A figure before quote and dual linking (private; a tuple, cheap to build)."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None = None
    unit: str | None = None
    kind: FigureKind = FigureKind.COUNT
    approx: str | None = None
    precision: Decimal = Decimal(1)
    noun: str | None = None
    number_end: int = 0


_ONE = Decimal(1)
_BLANK = frozenset(" \u00a0")
_SCALE_FIRST = frozenset("bmtk")
_SCALE_AFTER_BLANK = frozenset("bmtkMBT")
_AGE_FIRST = frozenset("- \u00a0")
_AGE_SECOND = frozenset("ymwdYMWD")
_T = frozenset("tT")
_MORE_SECOND = frozenset("mafe")
_DASHES = frozenset("-–")
_RANGE_SECOND = frozenset("tTaA-–")
_RANGE_THIRD = frozenset("tTaA")


def _may_scale(text: str, position: int) -> bool:
    """Whether :data:`numbers.SCALE` may match at ``position`` (a test that only skips work)."""
    first = text[position : position + 1]
    if first in _SCALE_FIRST:
        return True
    return first in _BLANK and text[position + 1 : position + 2] in _SCALE_AFTER_BLANK


def _may_age(text: str, position: int) -> bool:
    """:data:`_AGE_AFTER` may match: "-" or a blank, then y/m/w/d (a test that only skips work)."""
    return text[position : position + 1] in _AGE_FIRST and (
        text[position + 1 : position + 2] in _AGE_SECOND
    )


def _may_times(text: str, position: int) -> bool:
    """:data:`_TIMES` may match: "-" ("-fold"), or one or two blanks and "t"."""
    first = text[position : position + 1]
    if first == "-":
        return True
    if first not in _BLANK:
        return False
    second = text[position + 1 : position + 2]
    return second in _T or (second in _BLANK and text[position + 2 : position + 3] in _T)


def _may_more(text: str, position: int) -> bool:
    """:data:`_MORE_BEFORE_UNIT` may match: a blank, then m/a/f/e ("more", "additional")."""
    return text[position : position + 1] in _BLANK and (
        text[position + 1 : position + 2] in _MORE_SECOND
    )


def _may_range(text: str, position: int) -> bool:
    """:data:`_RANGE_NEXT` may match: a dash, or one or two blanks and "to", "and" or a dash."""
    first = text[position : position + 1]
    if first in _DASHES:
        return True
    if first not in _BLANK:
        return False
    second = text[position + 1 : position + 2]
    return second in _RANGE_SECOND or (
        second in _BLANK and text[position + 2 : position + 3] in _RANGE_THIRD
    )


def _and_a_half(text: str, position: int) -> re.Match[str] | None:
    """:data:`_AND_A_HALF` at ``position`` (a plain string test first only skips work)."""
    if not text.startswith("and", position + 1):
        return None
    return _AND_A_HALF.match(text, position)


def _one_in(text: str, position: int) -> re.Match[str] | None:
    """:data:`_ONE_IN` at ``position`` (a plain string test first only skips work)."""
    if not text.startswith("in", position + 1):
        return None
    return _ONE_IN.match(text, position)


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in rules.IRREGULAR_PLURALS:
        return True
    return len(lower) > 2 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def _read_noun(text: str, position: int, *, singular: bool = True) -> str | None:
    """The counted noun after a count.

    Up to four words, ending at the first plural ("72,000 overdose deaths")
    unless it is a plural without -s that a regular plural follows ("nine crew
    members", "300 police officers"), extended over a coordination of plurals
    ("cows, goats and sheep"); a naming word keeps its number ("14 Boeing 737
    jets"). Without a plural, the first word alone if the count is ``singular``
    ("one lab"), unless it looks like a verb or adverb (-ed, -ly); else
    ``None`` ("65 permanent").
    """
    words: list[str] = []
    found_plural = False
    for _ in range(4):
        match = _NEXT_WORD.match(text, position)
        if match is None:
            break
        word = match.group("word")
        lower = word.lower()
        if not words and lower in rules.NOUN_SKIP:
            position = match.end()
            continue
        if lower in rules.NOUN_STOP or lower in numbers.NUMBER_WORDS:
            break
        position = match.end()
        if word in rules.NAMING_WORDS:
            number = _NAME_NUMBER.match(text, position)
            if number is not None:
                word += number.group()
                position = number.end()
        words.append(word)
        if _is_plural(lower):
            found_plural = True
            if lower in rules.IRREGULAR_PLURALS and _compound_head(text, position):
                continue  # "crew members", "police officers": the noun goes on
            break
    if not words:
        return None
    if not found_plural:
        first = words[0]
        if not singular or (first.endswith(("ed", "ly")) and first.islower()):
            return None
        return first
    coordination = _COORDINATION.match(text, position)
    last = None if coordination is None else coordination.group("last")
    if coordination is not None and last not in rules.NOUN_STOP and _is_plural(last or ""):
        return " ".join(words) + coordination.group()
    return " ".join(words)


def _compound_head(text: str, position: int) -> bool:
    """Whether a regular plural follows, heading a compound ("crew members")."""
    following = _next_word(text, position)
    return (
        len(following) > 3
        and following.endswith("s")
        and _is_plural(following)
        and following not in rules.NOUN_STOP
        and following not in rules.IRREGULAR_PLURALS
        and following not in rules.NOT_PLURAL_NOUNS
    )


def _next_word(text: str, position: int) -> str:
    match = _NEXT_WORD.match(text, position)
    return "" if match is None else match.group("word").lower()


def _prev_word(text: str, position: int) -> str:
    match = _PREV_WORD.search(text, max(0, position - 32), position)
    return "" if match is None else match.group("word").lower()


def _glued(text: str, position: int) -> bool:
    """Whether the number ending at ``position`` runs on into an identifier."""
    if position >= len(text):
        return False
    char = text[position]
    if char.isalnum() or char == "_":
        return True
    return char in ".,/" and position + 1 < len(text) and text[position + 1].isdigit()


def _number_ok(text: str, match: re.Match[str], prefix: str, number_end: int) -> bool:
    """Reject numbers that are pronouns, idioms or glued to identifiers."""
    if match.group(prefix + "digits") is not None:
        return not (
            number_end < len(text)
            and text[number_end] in ".,"
            and number_end + 1 < len(text)
            and text[number_end + 1].isdigit()
        )
    fraction = match.group(prefix + "fraction")
    if fraction is not None:
        lower = fraction.lower()
        if lower == "half":
            return (
                fraction == "Half"
                or _next_word(text, number_end) in rules.HALF_BEFORE
                or find_hedge(text, match.start(prefix + "words")) is not None
            )
        if lower.startswith(("a ", "a\u00a0", "one ")):
            return _next_word(text, number_end) == "of"
        return True
    if match.group(prefix + "article") is not None:
        unit = UNIT.match(text, number_end)
        if unit is None or lookup_unit(unit.group("unit")).kind is FigureKind.MONEY:
            return False
        if not unit.group().startswith((" ", "\u00a0")):
            return False
        start = match.start(prefix + "words")
        return find_hedge(text, start) is not None or _and_a_half(text, unit.end()) is not None
    word = match.group(prefix + "word")
    if word is not None and word.lower() == "one" and not _one_in(text, number_end):
        start = match.start(prefix + "words")
        if _prev_word(text, start) in rules.NOT_BEFORE_ONE:
            return False
        if _next_word(text, number_end) in rules.NOT_AFTER_ONE:
            return False
    return True


def _apply_scale(
    text: str,
    position: int,
    number: numbers.Number,
    currency: str | None,
    start: int | None = None,
) -> tuple[numbers.Number, int, Decimal]:
    """The number times its scale ("1.2 million"), the end, and the factor (1 if none).

    A glued "m", "k" or "b" is a scale without a currency sign only before a
    counted plural and, for a whole number, with no determiner before it ("5m
    people", "3.5m units", but "the 100m sprints", "2.1m tall"); ``start`` is
    where the number starts (without it, never).
    """
    scale_match = numbers.SCALE.match(text, position) if _may_scale(text, position) else None
    if scale_match is None:
        return number, position, _ONE
    abbreviation = scale_match.group("scale")
    scale = (abbreviation or scale_match.group("scale_word") or "").lower()
    spaced = scale_match.group().startswith((" ", "\u00a0"))
    if currency is None and (scale in numbers.CURRENCY_ONLY_SCALES or (abbreviation and spaced)):
        if spaced or scale not in numbers.CURRENCY_ONLY_SCALES or start is None:
            return number, position, _ONE
        following = _next_word(text, scale_match.end())
        if not _is_plural(following) or following in rules.NOUN_STOP:
            return number, position, _ONE  # "2.1m tall", "3m high": metres
        whole = number.value == number.value.to_integral_value()
        if whole and _prev_word(text, start) in _DETERMINERS:
            return number, position, _ONE  # "the 100m sprints": a distance
        # "5m people", "3.5m units", "10k runners": a scale before a counted noun
    factor = Decimal(numbers.SCALES[scale])
    scaled = number._replace(
        value=_plain(number.value * factor), precision=_plain(number.precision * factor)
    )
    return scaled, scale_match.end(), factor


_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"}
)


def _plain(value: Decimal) -> Decimal:
    """``value`` without a spurious exponent: 4500000.0 -> 4500000, 1E+3 -> 1000."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


class _Unit:
    """The unit part of a figure (private)."""

    __slots__ = ("end", "kind", "unit")

    def __init__(self, unit: str | None, kind: FigureKind, end: int) -> None:
        self.unit = unit
        self.kind = kind
        self.end = end


def _read_unit(text: str, position: int, currency: str | None, number: numbers.Number) -> _Unit:
    """Unit, kind and end after a number (and its scale)."""
    if currency is not None:
        return _Unit(CURRENCY_SIGNS[currency], FigureKind.MONEY, position)
    age = _AGE_AFTER.match(text, position) if _may_age(text, position) else None
    if age is not None and number.value <= _OLDEST:
        return _Unit(age.group("age_unit").lower(), FigureKind.AGE, age.end())
    times = _TIMES.match(text, position) if _may_times(text, position) else None
    if times is not None:
        if times.group("fold") is not None:
            return _Unit("x", FigureKind.MULTIPLIER, times.end())
        following = _next_word(text, times.end())
        if following in figure_units.COMPARATIVES or (
            len(following) > 4 and following.endswith("er")
        ):
            return _Unit("x", FigureKind.MULTIPLIER, times.end())
        return _Unit(None, FigureKind.COUNT, position)
    unit_match = UNIT.match(text, position)
    if unit_match is None and number.is_fraction:
        article = _ARTICLE_BEFORE_UNIT.match(text, position)
        if article is not None:
            unit_match = UNIT.match(text, article.end())
    if unit_match is None:
        more = _MORE_BEFORE_UNIT.match(text, position) if _may_more(text, position) else None
        if more is not None:
            unit_match = UNIT.match(text, more.end())
            if unit_match is not None and not unit_match.group().startswith((" ", "\u00a0")):
                unit_match = None
    if unit_match is not None:
        meaning = lookup_unit(unit_match.group("unit"))
        return _Unit(meaning.unit, meaning.kind, unit_match.end())
    kind = FigureKind.FRACTION if number.is_fraction else FigureKind.COUNT
    return _Unit(None, kind, position)


def _convert(value: Decimal, unit: str | None, to: str | None) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``to``, exactly, or ``None`` if not comparable."""
    if unit == to:
        return value
    if unit is None or to is None:
        return None
    if _units.unit_info(unit).dimension != _units.unit_info(to).dimension:
        return None
    return (value * _units.base_factor(unit) / _units.base_factor(to)).normalize()


def _year_like(match: re.Match[str], prefix: str, number: numbers.Number) -> bool:
    digits = match.group(prefix + "digits")
    return (
        digits is not None
        and len(digits) == 4
        and match.group(prefix + "frac") is None
        and _YEARS[0] <= int(digits) <= _YEARS[1]
    )


def _year_figure(start: int, end: int, low: int, high: int) -> _Found:
    first = datetime.date(low, 1, 1).toordinal()
    last = datetime.date(high, 12, 31).toordinal()
    return _Found(
        start=start,
        end=end,
        value=Decimal(first),
        high=Decimal(last),
        unit="date",
        kind=FigureKind.DATE,
        number_end=end,
    )


def _read_figure(text: str, match: re.Match[str]) -> _Found | None:
    """The figure that starts with the number ``match`` found, or ``None``."""
    start = match.start()
    currency = match.group("cur")
    number_end = match.end()
    if not _number_ok(text, match, "", number_end):
        return None
    number = numbers.parse_number(match)
    number, end, _ = _apply_scale(text, number_end, number, currency, start)
    if number.is_fraction:
        fraction_scale = _FRACTION_SCALE.match(text, end)
        if fraction_scale is not None:
            factor = Decimal(numbers.SCALES[fraction_scale.group("scale").lower()])
            number = numbers.Number(_plain(number.value * factor), factor / 10, False, True)
            end = fraction_scale.end()
    ratio = _read_ratio(text, end, number) if currency is None else None
    if ratio is not None:
        number, end = ratio
    half = _and_a_half(text, end)
    if half is not None and not number.is_fraction:
        number = number._replace(value=number.value + Decimal("0.5"), precision=Decimal("0.5"))
        end = half.end()
    unit = _read_unit(text, end, currency, number)
    end = unit.end
    if half is None and unit.unit is not None and not number.is_fraction:
        half = _and_a_half(text, end)
        if half is not None:
            number = number._replace(value=number.value + Decimal("0.5"), precision=Decimal("0.5"))
            end = half.end()
    if match.group("twice") is not None and _next_word(text, end) == "as":
        unit = _Unit("x", FigureKind.MULTIPLIER, end)
    if ratio is not None:
        unit = _Unit(None, FigureKind.FRACTION, end)
    hyphen_noun = None
    if unit.unit is None and ratio is None:
        hyphen = _HYPHEN_NOUN.match(text, end) if text.startswith("-", end) else None
        if hyphen is not None:
            if _is_plural(hyphen.group("word")):
                return None  # "3-pointers", "2-year-olds": a name of things
            hyphen_noun = hyphen.group("word")
    if _glued(text, end):
        return None
    if number.in_words and unit.unit is not None and _title_case(text, match.start(), end):
        return None  # "Ninety Minutes From Home": a title
    window = max(0, start - 24)
    ending = ending_before(text, start)
    if (
        currency is None
        and (ending in rules.NAME_ENDINGS or ending.endswith(rules.SHORT_NAMES))
        and rules.NAME_BEFORE.search(text, window, start)
    ):
        return None
    if rules.furniture_before(text, start):
        return None
    scaled = end != number_end and unit.unit is None and currency is None

    # prefixes: "aged", a range opener ("from", "between"), then a hedge
    base = start
    kind, unit_name = unit.kind, unit.unit
    opener = RANGE_OPENER.search(text, window, start) if ending in OPENER_ENDINGS else None
    age_before = (
        _AGE_BEFORE.search(text, max(0, start - 32), start) if ending in _AGE_ENDINGS else None
    )
    if age_before is not None and not number.is_fraction and unit_name in (None, "year", "month"):
        kind, unit_name = FigureKind.AGE, unit_name or "year"
        if opener is None:
            base = age_before.start()

    value, high, precision = number.value, None, number.precision
    range_match = _RANGE_NEXT.match(text, end) if _may_range(text, end) else None
    if range_match is not None and _range_allowed(text, match, range_match, opener):
        found_range = _read_range(text, range_match, number, unit, currency, unit_name, kind)
        if found_range is not None:
            value, high, precision, unit_name, kind, end = found_range
            if opener is not None and _opener_fits(opener, range_match):
                base = opener.start()
    elif range_match is not None and unit_name is None and _is_change(text, range_match, opener):
        # "rose from 5 to 7 percent": two figures, the first in the second's unit.
        found_range = _read_range(
            text, range_match, number, unit, currency, unit_name, kind, ordered=False
        )
        if found_range is not None:
            unit_name, kind = found_range[3], found_range[4]

    years = _year_like(match, "", number) and unit_name is None and not scaled
    if years and kind is FigureKind.COUNT:
        following = _next_word(text, end)
        if not _is_plural(following) or following in rules.NOUN_STOP:
            low_year = int(number.value)
            high_year = int(high) if high is not None else low_year
            if not _YEARS[0] <= high_year <= _YEARS[1]:
                return None
            year_figure = _year_figure(base, end, low_year, high_year)
            date_hedge = _date_hedge(text, base)
            if date_hedge is not None:
                year_figure = year_figure._replace(
                    start=date_hedge.start(), approx=date_hedge.group("hedge").lower()
                )
            return year_figure

    hedge_match = find_hedge(text, base, ending=ending if base == start else None)
    if hedge_match is not None and hedge_match.group("hedge").lower() == "over":
        before = _prev_word(text, hedge_match.start())
        if before in OVER_MEANS_ABOUT_AFTER or (
            kind is FigureKind.DURATION and before not in hedges.OVER_DURATION_VERBS
        ):
            hedge_match = None
    approx = None
    span_start = base
    if hedge_match is not None:
        approx = " ".join(hedge_match.group("hedge").lower().split())
        span_start = hedge_match.start()

    if (
        kind is FigureKind.COUNT
        and unit_name is None
        and high is None
        and approx is None
        and not number.in_words
        and number.value == number.value.to_integral_value()
        and 0 < number.value <= 120
        and _APPOSITION_BEFORE.search(text, max(0, start - 48), start)
        and end < len(text)
        and (text[end] in ",)" or (text[end] == "." and text[end + 1 : end + 2] in ("", " ", "\n")))
    ):
        kind, unit_name = FigureKind.AGE, "year"
    if (
        kind is FigureKind.COUNT
        and unit_name is None
        and high is None
        and approx in ("over", "under")
        and hedge_match is not None
        and _prev_word(text, hedge_match.start()) in rules.AGE_HOLDERS
        and _read_noun(text, end) is None
    ):
        kind, unit_name = FigureKind.AGE, "year"

    noun = None
    if kind is FigureKind.COUNT:
        noun = hyphen_noun or _read_noun(text, end, singular=value == 1)
        if noun is None and number.in_words and number.value == 1:
            return None
    return _Found(
        start=span_start,
        end=end,
        value=value,
        high=high,
        unit=unit_name,
        kind=kind,
        approx=approx,
        precision=precision,
        noun=noun,
        number_end=number_end,
    )


def _read_ratio(
    text: str, position: int, number: numbers.Number
) -> tuple[numbers.Number, int] | None:
    """The ratio of "one in five" as a fraction, and its end; or ``None``.

    Its precision follows the second number's: "one in 2 million" (a
    million either way of 2 million) is far looser than "one in five".
    """
    joint = _one_in(text, position)
    if joint is None:
        return None
    if number.is_fraction or number.value != number.value.to_integral_value():
        return None
    second = numbers.NUMBER.match(text, joint.end())
    if second is None or second.group("article") is not None or second.group("fraction"):
        return None
    if not _number_ok(text, second, "", second.end()):
        return None
    parsed, end, _ = _apply_scale(text, second.end(), numbers.parse_number(second), None)
    if parsed.value <= 0 or _glued(text, end) or UNIT.match(text, end) is not None:
        return None
    value = number.value / parsed.value
    value = _plain(value) if value.as_tuple().exponent >= -12 else value  # type: ignore[operator]
    precision = value * parsed.precision / parsed.value
    return numbers.Number(value, precision, True, number.in_words), end


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether every word of ``text[start:end]`` is capitalised ("Ninety Minutes")."""
    words = re.findall(r"[A-Za-z]+", text[start:end])
    return len(words) > 1 and all(word[0].isupper() for word in words)


def _date_hedge(text: str, start: int) -> re.Match[str] | None:
    """A hedge a date may carry ("around 2045"), right before ``start``."""
    hedge = find_hedge(text, start)
    if hedge is None or hedge.group("hedge").lower() not in hedges.DATE_HEDGES:
        return None
    return hedge


def _opener_fits(opener: re.Match[str], range_match: re.Match[str]) -> bool:
    """Whether "from"/"between" opens this range ("from .. to", "between .. and", dashes)."""
    sep = range_match.group("sep")
    if sep is None:
        return True
    expected = "and" if opener.group("opener").lower() == "between" else "to"
    return sep.strip().lower() == expected


def _is_change(text: str, range_match: re.Match[str], opener: re.Match[str] | None) -> bool:
    """Whether "from X to Y" follows a verb of change ("rose from 5 to 7 percent")."""
    sep = range_match.group("sep")
    return (
        opener is not None
        and opener.group("opener").lower() == "from"
        and sep is not None
        and sep.strip().lower() == "to"
        and _prev_word(text, opener.start()) in CHANGE_VERBS
    )


def _range_allowed(
    text: str, match: re.Match[str], range_match: re.Match[str], opener: re.Match[str] | None
) -> bool:
    sep = range_match.group("sep")
    if sep is not None and sep.strip().lower() == "and":
        return opener is not None and opener.group("opener").lower() == "between"
    if range_match.group("dash") is not None:
        return match.group("digits") is not None and range_match.group("n2_digits") is not None
    if opener is not None and opener.group("opener").lower() == "from":
        return _prev_word(text, opener.start()) not in CHANGE_VERBS
    return True


def _read_range(
    text: str,
    range_match: re.Match[str],
    low: numbers.Number,
    low_unit: _Unit,
    currency: str | None,
    unit_name: str | None,
    kind: FigureKind,
    *,
    ordered: bool = True,
) -> tuple[Decimal, Decimal, Decimal, str | None, FigureKind, int] | None:
    """The high end of a range: value, high, precision, unit, kind, end; or ``None``.

    ``ordered=False`` reads the second value of a change ("fell from 5 to 3
    percent"), which may lie below the first.

    A unit or scale written only after the high end applies to both ends
    ("50 to 100 times", "1 to 2 million" when the low end times the scale
    does not pass the high end); a low end in another unit of the same
    dimension is converted exactly ("from six months to 10 years": 0.5 to 10
    years).
    """
    number_end = range_match.end()
    if not _number_ok(text, range_match, "n2_", number_end):
        return None
    high = numbers.parse_number(range_match, prefix="n2_")
    if high.is_fraction or low.is_fraction:
        return None
    high_currency = range_match.group("cur") or currency
    high, end, factor = _apply_scale(text, number_end, high, high_currency)
    high_unit = _read_unit(text, end, high_currency, high)
    if _glued(text, high_unit.end):
        return None
    low_value, low_precision = low.value, low.precision
    if factor > 1 and low_unit.end == range_match.start() and low_value * factor <= high.value:
        low_value, low_precision = low_value * factor, low_precision * factor
    low_has_unit = low_unit.unit is not None
    target_kind: FigureKind
    if kind is FigureKind.AGE:
        target, target_kind = high_unit.unit or unit_name, kind
    elif low_has_unit:
        target, target_kind = unit_name, kind
    else:
        target, target_kind = high_unit.unit, high_unit.kind
    high_value = _convert(high.value, high_unit.unit or target, target)
    high_precision = _convert(high.precision, high_unit.unit or target, target)
    if high_value is None or high_precision is None or (ordered and high_value < low_value):
        return None
    precision = _plain(min(low_precision, high_precision))
    return low_value, _plain(high_value), precision, target, target_kind, high_unit.end


class _Taken:
    """Sorted, disjoint spans (merged from any spans), for overlap tests (private)."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged = _merge(spans)
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start..end`` overlaps one of the spans."""
        index = bisect.bisect_right(self.starts, start) - 1
        if index >= 0 and self.ends[index] > start:
            return True
        return index + 1 < len(self.starts) and self.starts[index + 1] < end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_figures(
    text: str, *, quotes: Sequence[Quote] = (), year: int | None = None
) -> tuple[Figure, ...]:
    """Every figure of ``text``, sorted by span.

    Args:
        text: The text to read (offsets are code-point indices into it).
        quotes: The text's quotes; a figure inside one gets ``quote`` set to
            that quote's span.
        year: The year of dates written without one (the article's
            publication year); if ``None``, such dates are left out.

    Returns:
        The figures, sorted by span.

    Raises:
        TypeError: If ``text`` is not a ``str``.
        SpanError: If a quote's span does not fit ``text``.

    Example:
        >>> text = "Police seized 12 kilograms, or about 26 pounds, and charged nine people."
        >>> for figure in find_figures(text):
        ...     print(repr(figure.text), figure.value, figure.unit, figure.approx, figure.noun)
        '12 kilograms' 12 kg None None
        'about 26 pounds' 26 lb about None
        'nine' 9 None None people
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    for quote in quotes:
        quote.span.check(text)

    blocked = rules.blocked_spans(text)
    found: list[_Found] = []
    date_spans: list[tuple[int, int]] = []
    blocked_sorted = _Taken(blocked)
    dates = list(find_dates(text, year=year))
    written = _Taken([(date.start, date.end) for date in dates])
    bare = [d for d in find_bare_months(text, year=year) if not written.overlaps(d.start, d.end)]
    for date in sorted(dates + bare):
        if blocked_sorted.overlaps(date.start, date.end):
            continue
        unplaced = date.first is None or date.last is None
        if unplaced or rules.furniture_before(text, date.start):
            date_spans.append((date.start, date.end))
            continue
        first = date.first.toordinal() if date.first is not None else 0
        last = date.last.toordinal() if date.last is not None else 0
        date_hedge = _date_hedge(text, date.start)
        found.append(
            _Found(
                start=date.start if date_hedge is None else date_hedge.start(),
                approx=None if date_hedge is None else date_hedge.group("hedge").lower(),
                end=date.end,
                value=Decimal(first),
                high=None if first == last else Decimal(last),
                unit="date",
                kind=FigureKind.DATE,
                number_end=date.end,
            )
        )
        date_spans.append((date.start, date.end))
    for height in _FEET_INCHES.finditer(text):
        if blocked_sorted.overlaps(height.start(), height.end()):
            continue
        feet = int(height.group("feet"))
        inches = int(height.group("in1") or height.group("in2"))
        found.append(
            _Found(
                start=height.start(),
                end=height.end(),
                value=Decimal(feet * 12 + inches),
                unit="in",
                kind=FigureKind.LENGTH,
                number_end=height.end(),
            )
        )
        date_spans.append((height.start(), height.end()))
    taken = _Taken(blocked + date_spans)

    position = 0
    length = len(text)
    scanned_end = 0
    while position < length:
        match = _FIND.search(text, position)
        if match is None:
            break
        if taken.overlaps(match.start(), match.end()):
            position = match.end()
            continue
        figure = _read_figure(text, match)
        if figure is None or taken.overlaps(figure.start, figure.end):
            position = match.end()
            continue
        if figure.start < scanned_end:
            position = match.end()
            continue
        found.append(figure)
        scanned_end = figure.end
        position = max(match.end(), figure.end)

    found.sort(key=lambda item: (item.start, item.end))
    return _link(text, _date_ranges(text, found), quotes)


#: Between two dates of one range: " to ", " and ", " until ", a dash.
_DATE_RANGE_GAP = re.compile(
    r"\A(?:[ \u00a0]{1,2}(?P<word>to|and|until|through)[ \u00a0]{1,2}|[ \u00a0]?[-–][ \u00a0]?)\Z"
)
_BARE_YEAR = re.compile(r"\A\d{4}\Z")


def _date_ranges(text: str, found: list[_Found]) -> list[_Found]:
    """Join dates that make one range.

    "between March 2023 and August 2025", "from December 2026 to June 2027",
    "March–October", and two years joined by "and" ("in 2022 and 2023").
    """
    joined: list[_Found] = []
    for item in found:
        if joined and item.kind is FigureKind.DATE and joined[-1].kind is FigureKind.DATE:
            before = joined[-1]
            gap = (
                _DATE_RANGE_GAP.match(text[before.end : item.start])
                if (0 < item.start - before.end <= 12)
                else None
            )
            if gap is not None:
                opener = RANGE_OPENER.search(text, max(0, before.start - 12), before.start)
                word = gap.group("word")
                opener_word = "" if opener is None else opener.group("opener").lower()
                both_years = _BARE_YEAR.match(text[before.start : before.end]) and (
                    _BARE_YEAR.match(text[item.start : item.end])
                )
                fits = (
                    word in (None, "to", "until", "through")
                    or (word == "and" and opener_word == "between")
                    or (word == "and" and both_years)
                )
                high = item.high if item.high is not None else item.value
                if fits and high > before.value:
                    uses_opener = opener is not None and (
                        (opener_word == "between" and word == "and")
                        or (opener_word == "from" and word != "and")
                    )
                    joined[-1] = before._replace(
                        start=opener.start()
                        if opener is not None and uses_opener
                        else before.start,
                        end=item.end,
                        high=high,
                    )
                    continue
        joined.append(item)
    return joined


def _link(text: str, found: list[_Found], quotes: Sequence[Quote]) -> tuple[Figure, ...]:
    """Counted nouns across "of the", dual statements and quotes."""
    nouns = [item.noun for item in found]
    same_as: list[Span | None] = [None] * len(found)
    for index in range(len(found) - 1):
        this, after = found[index], found[index + 1]
        gap_start, gap_end = this.end, after.start
        if gap_end - gap_start > 12 or gap_end < gap_start:
            continue
        if (
            this.kind is FigureKind.COUNT
            and after.kind is FigureKind.COUNT
            and nouns[index] is None
            and (of_the := _OF_THE.search(text, gap_start, gap_end)) is not None
            and of_the.start() == gap_start
        ):
            nouns[index] = nouns[index + 1]
        if (
            this.unit is not None
            and after.unit is not None
            and this.unit != after.unit
            and this.kind is after.kind
            and this.kind is not FigureKind.DATE
            and _units.unit_info(this.unit).dimension == _units.unit_info(after.unit).dimension
            and _DUAL_GAP.search(text[gap_start:gap_end]) is not None
        ):
            same_as[index] = Span(after.start, after.end)
            same_as[index + 1] = Span(this.start, this.end)

    quote_spans = sorted(quote.span for quote in quotes)
    quote_starts = [span.start for span in quote_spans]
    figures = []
    for index, item in enumerate(found):
        position = bisect.bisect_right(quote_starts, item.start) - 1
        quote = None
        # Nested quotes ('single' inside "double"): look back over a few openers.
        for candidate in quote_spans[max(0, position - 3) : position + 1][::-1]:
            if item.end <= candidate.end:
                quote = candidate
                break
        figures.append(
            Figure(
                span=Span(item.start, item.end),
                text=text[item.start : item.end],
                value=item.value,
                high=item.high,
                unit=item.unit,
                kind=item.kind,
                approx=item.approx,
                precision=item.precision,
                noun=nouns[index],
                quote=quote,
                same_as=same_as[index],
            )
        )
    return tuple(figures)
