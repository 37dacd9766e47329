"""Numbers as written: digits, separators, number words, fractions and scales.

Every pattern here is bounded (``{1,15}`` digits, at most five thousands
groups) or an alternation of fixed words, so matching is linear in the text.

Precision rules (what a written number stands for, see :func:`precision_of`):

- A decimal stands for ± half the step of its last written digit:
  ``5.87`` is 5.865..5.875.
- An integer below 1000 is exact to the unit (``10 years``, ``100 times``,
  ``nine``): ± 0.5.
- An integer of 1000 or more is read as rounded to its last non-zero digit,
  because news rounds large counts: ``72,000`` stands for 71,500..72,500,
  ``500000`` for 450,000..550,000 and ``30,000`` for 25,000..35,000, while
  ``72,306`` is exact. (This keeps "72,000" and "500000" incompatible and
  lets "72,300" trace to "72,000".)
- A scaled number has the step of its last written digit times the scale:
  ``1.2 million`` has precision 100,000; ``$3bn`` 1,000,000,000.
- Number words are exact to the unit (``nine``, ``a dozen``: ± 0.5), times
  their scale (``two million``: ± 500,000).
- Fractions in words (``half``, ``two-thirds``) have precision 0.01.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from provenance.extract.figures.gates import either_case

__all__ = [
    "FRACTION_WORDS",
    "NUMBER",
    "NUMBER_WORDS",
    "SCALE",
    "SCALES",
    "VULGAR_FRACTIONS",
    "Number",
    "parse_number",
    "precision_of",
]

#: Cardinal number words -> value. Ordinals ("first", "third") are not numbers.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
}

#: Denominator words -> denominator ("two-thirds" is 2/3, "a quarter" 1/4).
FRACTION_WORDS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

#: Scale words and abbreviations -> factor. The one-letter forms ("$3m",
#: "$5k", "$2b") count only after a currency sign; see :func:`parse_number`.
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "k": 1000,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}

#: Scales that need a currency sign before the number ("$3m" but not "3m").
CURRENCY_ONLY_SCALES = frozenset({"m", "k", "b"})

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DENOMINATORS = "halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|tenths|tenth"

#: The first letter of every number word :data:`NUMBER` matches ("a dozen",
#: "half", "twice", "two-thirds", "ninety-nine"), for a cheap first test.
WORD_INITIALS = "".join(
    sorted({word[0] for word in f"{_UNITS}|{_TEENS}|{_TENS}|a|half|twice".split("|")})
)

_DIGITS = (
    r"(?P<digits>\d{1,3}(?:,\d{3}){1,5}(?!\d)|\d{1,3}(?:[\u2009\u202f]\d{3}){1,5}(?!\d)|\d{1,15})"
    r"(?:\.(?P<frac>\d{1,12})|(?P<vulgar>[½¼¾⅓⅔⅛]))?"
)


def _by_initial(words: str) -> str:
    """``"|"``-separated words regrouped under their first letter: ``[tT](?i:en|welve)``.

    Words that start with different letters never match at the same place,
    and within a group the order is kept, so the same word matches.
    """
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    return "|".join(
        either_case(initial) + "(?i:" + "|".join(rests) + ")" for initial, rests in groups.items()
    )


#: Up to four first letters of every number word.
_PREFIXES = sorted({w[:4] for w in f"{_UNITS}|{_TEENS}|{_TENS}|half|twice".split("|")})

#: A necessary first test for :data:`_WORDS` (and the figure scan), which only
#: skips work: up to four first letters of a number word, or "a"/"an" as a
#: word or before "-"/a space. Each alternative starts with a case-exact class
#: of one letter, so the regex engine rules most words out at their first letter.
WORD_START = either_case("a") + r"(?i:n?(?![\w-])|[-\s])|" + _by_initial("|".join(_PREFIXES))
_WORD_GATE = f"(?:(?={WORD_START}))"
_DOZEN = _by_initial(r"a\s+dozen|one\s+dozen")
_WORDS = (
    _WORD_GATE + r"(?P<words>(?:"
    rf"(?P<fraction>(?:(?:{_by_initial(_UNITS + '|a')})[-\s])(?:{_by_initial(_DENOMINATORS)})"
    rf"|{_by_initial('half')})"
    rf"|(?P<dozen>{_DOZEN})"
    rf"|(?P<twice>{_by_initial('twice')})"
    rf"|(?P<article>{either_case('a')}(?i:n?))"
    rf"|(?P<tens>{_by_initial(_TENS)})(?:-(?P<ones>{_by_initial(_UNITS)}))?"
    rf"|(?P<word>{_by_initial(_TEENS + '|' + _UNITS)})"
    rf")(?:\s+(?P<hundred>(?i:hundred)))?)(?![\w-])"
)

#: One number, in digits ("30,000", "5.87", "500000", "2½", "12\u2009000" with thin
#: spaces) or words ("nine", "twenty-three", "a dozen", "two-thirds", "half",
#: "twice"; "a"/"an" count as one only before a unit, see the scanner), with no
#: scale or unit.
#: Example: ``NUMBER.match("30,000 deaths").group()`` is ``"30,000"``.
NUMBER = re.compile(rf"(?:{_DIGITS}|(?<![\w-]){_WORDS})")

#: A scale after a number: "1.2 million", "$3bn", "$5m".
#: Example: ``SCALE.match(" million").group("scale")`` is ``"million"``.
SCALE = re.compile(
    r"(?:[ \u00a0]?(?P<scale>bn|mn|mln|tn|m|k|b)"
    r"|[ \u00a0](?P<scale_word>(?i:million|billion|trillion|thousand)))(?![\w])"
)


_ONE = Decimal(1)

_SEPARATORS = re.compile("[,\u2009\u202f]")

#: Vulgar fraction characters after digits ("2½") -> (numerator, denominator).
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "½": (1, 2),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "⅛": (1, 8),
}


class Number(NamedTuple):
    """A parsed number: its exact value and the precision its writing implies."""

    value: Decimal
    precision: Decimal
    is_fraction: bool
    in_words: bool


def precision_of(digits: str, frac: str | None) -> Decimal:
    """The precision of a number written in digits (see the module's rules).

    Example:
        >>> precision_of("72,000", None), precision_of("72,306", None)
        (Decimal('1000'), Decimal('1'))
        >>> precision_of("5", "87"), precision_of("120", None)
        (Decimal('0.01'), Decimal('1'))
    """
    if frac:
        return Decimal(1).scaleb(-len(frac))
    plain = digits if digits.isdigit() else _SEPARATORS.sub("", digits)
    if len(plain) < 4:
        return _ONE
    stripped = plain.rstrip("0")
    if not stripped:
        return _ONE
    return Decimal(10) ** (len(plain) - len(stripped))


def parse_number(match: re.Match[str], prefix: str = "") -> Number:
    """Value and precision of a :data:`NUMBER` match.

    ``prefix`` is put before every group name, for patterns that embed
    :data:`NUMBER` twice under renamed groups (the high end of a range).

    Example:
        >>> parse_number(NUMBER.match("twenty-three"))
        Number(value=Decimal('23'), precision=Decimal('1'), is_fraction=False, in_words=True)
        >>> parse_number(NUMBER.match("two-thirds")).value
        Decimal('0.6666666666666666666666666667')
    """
    digits = match.group(prefix + "digits")
    if digits is not None:
        frac = match.group(prefix + "frac")
        plain = digits if digits.isdigit() else _SEPARATORS.sub("", digits)
        text = plain + ("." + frac if frac else "")
        vulgar = match.group(prefix + "vulgar")
        if vulgar:
            top, bottom = VULGAR_FRACTIONS[vulgar]
            exact = Decimal(text) + Decimal(top) / Decimal(bottom)
            return Number(exact, Decimal(1) / Decimal(bottom), False, False)
        return Number(Decimal(text), precision_of(digits, frac), False, False)
    fraction = match.group(prefix + "fraction")
    if fraction is not None:
        parts = re.split(r"[-\s]+", fraction.lower())
        if len(parts) == 1:
            return Number(Decimal("0.5"), Decimal("0.01"), True, True)
        numerator = 1 if parts[0] == "a" else NUMBER_WORDS[parts[0]]
        denominator = FRACTION_WORDS[parts[-1]]
        return Number(Decimal(numerator) / Decimal(denominator), Decimal("0.01"), True, True)
    if match.group(prefix + "dozen") is not None:
        value = 12
    elif match.group(prefix + "twice") is not None:
        value = 2
    elif match.group(prefix + "article") is not None:
        value = 1
    elif match.group(prefix + "tens") is not None:
        value = NUMBER_WORDS[match.group(prefix + "tens").lower()]
        ones = match.group(prefix + "ones")
        if ones is not None:
            value += NUMBER_WORDS[ones.lower()]
    else:
        value = NUMBER_WORDS[match.group(prefix + "word").lower()]
    precision = _ONE
    if match.group(prefix + "hundred") is not None:
        value *= 100
    return Number(Decimal(value), precision, False, True)
