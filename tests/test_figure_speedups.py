"""The figure rules' speed-ups change no result: old vs new patterns, gates that only skip.

Each restructured pattern is compared with its plain reference form at every
position of the corpus texts and of a few made-up tricky strings; each gate
(a cheap necessary test before a window search) is checked to never skip a
search that would have matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.extract import figures
from provenance.extract.figures import _AGE_BEFORE, _AGE_ENDINGS, dates, numbers, rules
from provenance.extract.figures import units as figure_units
from provenance.extract.figures.gates import CASE_EXTRAS, ending_before, endings
from provenance.extract.figures.hedges import (
    _HEDGE_ENDINGS,
    HEDGE_BEFORE,
    HEDGE_WINDOW,
    OPENER_ENDINGS,
    RANGE_OPENER,
)

CORPUS = Path(__file__).resolve().parent / "corpus"

#: Made-up strings with odd cases, blanks and case-folding characters.
TRICKY = [
    "Agents seized 12 KILOGRAMS and 5 Kilos; 3 \u212ailo, 4 \u017fquare miles, 5 GBP, 5 g.",
    "It was 5 m\u00b2, 7 km/h, 5 per\u00a0 cent, 9 u.s. dollars, 8 US DOLLARS, 6 sq km.",
    "More than  12, mOrE\u00a0than 4, up\u00a0to 7, \u00a0 5, In Excess Of 9, ABOUT 3,",
    "ove\u017f 2, \u00a0\u00a0 4, about   5, ab\u00a0out 6.",
    "From 5, BETWEEN 3 and 4, aged\u00a0 41, Ages between 9, age from 7, No. 5, No 5, Act of 1990.",
    'Updated: 5:42 PM, 2017; Posted  7:05 a.m.,  2018 | 2019 © 2020 (c) 2021 ">2022',
    "COPYRIGHT   2023, Last modified:  11:05, 2024; published 9, UPDATED\u00a0: 10, 4 \u0661:30 5.",
    "Two-thirds, a half, A Dozen, ONE DOZEN, \u017feven, \u017fIXTY-\u017fix, an hour, a-tenth,",
    "twenty-one hundred, Thirteen, eighteen, eight, \u212a, half the, twice, Ninety Nine, zero.",
    "6'9\" 6\u20329\u2033 x6'9\" 6-foot-9, .6'1'' 7\u20192\u201d 5-foot-11x 1'2\" \u0966'1\".",
    "Nov. 4, 2017, 4 November 2017, 2017-11-04, August 2017, March 3, 3 of March, the 1990s,",
    "Sept 9,2020 May 5 last May next June Mayor Marches 12 Dec. 2021 \u0661 May 31 Feb 2024-02-30",
    "5 bn, 5bn 5 Million 5  million 5 k 5-year-old 5 years old 5  TIMES more 5-fold 5 more years",
    "5 extra hours, 5 to 7, 5  and  6, 5-6, 5 \u2013 6, 5\u00a0to\u00a07, 5 and a half, one in 5",
    "See https://x.org/2017/11 or WWW.EXAMPLE.ORG/5 or hTTp://a.b, call (555) 010-7788 at 9:40",
    'Related: 5 stories\nRead more about 7\nWatch Live 9 Share this 3 <p class="s2"> #G20 @x9',
    "Boeing 737, Act\u00a0of 2001, Route  66, \u0130n 1, \u0131n 2, 5-kilogram, 12-year-old.",
]


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))] + TRICKY


def _flat(keys: list[str]) -> str:
    """The unit alternation before grouping: longest first, as one flat list."""
    ordered = sorted(keys, key=len, reverse=True)
    return "|".join(re.escape(key).replace(r"\ ", r"[ \u00a0]{1,2}") for key in ordered)


#: :data:`~provenance.extract.figures.units.UNIT` as it was before grouping.
UNIT_REFERENCE = re.compile(
    r"(?:[ \u00a0\u2009\u202f]{0,2}|-)"
    rf"(?P<unit>(?i:{_flat(list(figure_units.UNIT_WORDS))})|{_flat(list(figure_units.UNIT_SYMBOLS))})"
    r"(?![\w²])"
)


_U, _TE, _TN, _D = numbers._UNITS, numbers._TEENS, numbers._TENS, numbers._DENOMINATORS
_PAIRS = "|".join(sorted({w[:2] for w in f"{_U}|{_TE}|{_TN}|half|twice".split("|")}))

#: :data:`~provenance.extract.figures.numbers.NUMBER` before its words were
#: grouped under case-exact first letters.
NUMBER_REFERENCE = re.compile(
    rf"(?:{numbers._DIGITS}|(?<![\w-])"
    rf"(?=(?i:a(?:n?(?![\w-])|[-\s])|{_PAIRS}))"
    r"(?P<words>(?i:"
    rf"(?P<fraction>(?:(?:{_U}|a)[-\s])(?:{_D})|half)"
    rf"|(?P<dozen>a\s+dozen|one\s+dozen)"
    rf"|(?P<twice>twice)"
    rf"|(?P<article>an?)"
    rf"|(?P<tens>{_TN})(?:-(?P<ones>{_U}))?"
    rf"|(?P<word>{_TE}|{_U})"
    r")(?:\s+(?P<hundred>(?i:hundred)))?)(?![\w-]))"
)

#: The figure scan and the high end of a range, built on the reference number.
FIND_REFERENCE = re.compile(
    rf"(?<![\w.,/:#@&$€£¥₹-])(?=(?i:[\d{figures._SIGN_INITIALS}{numbers.WORD_INITIALS}]))"
    rf"(?:(?P<cur>{figures._SIGNS})(?=\d))?" + NUMBER_REFERENCE.pattern
)
RANGE_NEXT_REFERENCE = re.compile(
    figures._RANGE_NEXT.pattern.replace(
        numbers.NUMBER.pattern.replace("(?P<", "(?P<n2_"),
        NUMBER_REFERENCE.pattern.replace("(?P<", "(?P<n2_"),
    )
)


#: :data:`~provenance.extract.figures._FEET_INCHES` with the glue test first.
FEET_INCHES_REFERENCE = re.compile(
    r"(?=[1-9])(?<![\w.,])(?P<feet>[1-9])"
    r"(?:['’′](?P<in1>\d{1,2})(?:\"|”|″|'')|-foot-(?P<in2>\d{1,2}))(?![\w])"
)


#: :data:`~provenance.extract.figures.dates.DATE` with its rules in one flat list.
DATE_REFERENCE = re.compile(
    r"(?=[A-Z\d])(?<![\w.,-])(?:"
    + "|".join(
        f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})"
        for name, pattern, _ in dates.DATE_RULES
    )
    + ")"
)

#: :data:`~provenance.extract.figures.dates.BARE_MONTH` without its two-letter gate.
BARE_MONTH_REFERENCE = re.compile(
    r"(?=[lnJFMASOND])(?<![\w.-])(?:(?P<shift>last|next)[ \u00a0])?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?![\w-]|\.\w)"
)


#: :data:`~provenance.extract.figures.rules.BLOCKED` with its first-character look only.
BLOCKED_REFERENCE = re.compile(
    r"(?=[\d+(#@<hHwWRSWLC])(?:"
    + "|".join(f"(?P<{name}>{rule})" for name, rule in rules._BLOCKED_RULES)
    + ")"
)


def _summary(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groupdict(), match.lastgroup)


@pytest.mark.parametrize(
    ("new", "old"),
    [
        pytest.param(figure_units.UNIT, UNIT_REFERENCE, id="unit"),
        pytest.param(numbers.NUMBER, NUMBER_REFERENCE, id="number"),
        pytest.param(figures._FIND, FIND_REFERENCE, id="find"),
        pytest.param(figures._RANGE_NEXT, RANGE_NEXT_REFERENCE, id="range-next"),
        pytest.param(figures._FEET_INCHES, FEET_INCHES_REFERENCE, id="feet-inches"),
        pytest.param(dates.DATE, DATE_REFERENCE, id="date"),
        pytest.param(rules.BLOCKED, BLOCKED_REFERENCE, id="blocked"),
        pytest.param(dates.BARE_MONTH, BARE_MONTH_REFERENCE, id="bare-month"),
    ],
)
def test_pattern_matches_its_reference_everywhere(
    new: re.Pattern[str], old: re.Pattern[str]
) -> None:
    assert new.pattern != old.pattern
    for text in _texts():
        for position in range(len(text) + 1):
            assert _summary(new.match(text, position)) == _summary(old.match(text, position)), text[
                position : position + 40
            ]


def test_case_extras_are_every_other_spelling_of_an_ascii_letter() -> None:
    letter = re.compile(r"(?i:[a-z])")
    others = {chr(code) for code in range(0x80, 0x110000) if letter.fullmatch(chr(code))}
    assert others == {char for extras in CASE_EXTRAS.values() for char in extras}
    for lower, extras in CASE_EXTRAS.items():
        for char in extras:
            assert re.fullmatch(f"(?i:{lower})", char)


Search = Callable[[str, int], "re.Match[str] | None"]

#: (id, the window search as the rules run it, the endings its gate allows).
Allows = Callable[[str], bool]

#: (id, the window search as the rules run it, the gate's test of an ending).
GATED: list[tuple[str, Search, Allows]] = [
    (
        "hedge",
        lambda t, s: HEDGE_BEFORE.search(t, max(0, s - HEDGE_WINDOW), s),
        _HEDGE_ENDINGS.__contains__,
    ),
    (
        "opener",
        lambda t, s: RANGE_OPENER.search(t, max(0, s - 24), s),
        OPENER_ENDINGS.__contains__,
    ),
    ("age", lambda t, s: _AGE_BEFORE.search(t, max(0, s - 32), s), _AGE_ENDINGS.__contains__),
    (
        "name",
        lambda t, s: rules.NAME_BEFORE.search(t, max(0, s - 24), s),
        lambda e: e in rules.NAME_ENDINGS or e.endswith(rules.SHORT_NAMES),
    ),
]


@pytest.mark.parametrize(("search", "allows"), [pytest.param(s, a, id=i) for i, s, a in GATED])
def test_gate_never_skips_a_match_in_corpus(search: Search, allows: Allows) -> None:
    for text in _texts():
        for start in range(len(text) + 1):
            if search(text, start) is not None:
                assert allows(ending_before(text, start)), text[max(0, start - 30) : start]


_PIECES = st.sampled_from(
    ["from", "BETWEEN", "aged", "Ages", "more than", "about", "up", "to", "No.", "Act", "of",
     "Boeing", "ove\u017f", "\u212a", "\u0130", " ", "\u00a0", "  ", "5", "x", "-", "."]
)  # fmt: skip


@pytest.mark.parametrize(("search", "allows"), [pytest.param(s, a, id=i) for i, s, a in GATED])
@given(pieces=st.lists(_PIECES, max_size=12))
def test_gate_never_skips_a_match(search: Search, allows: Allows, pieces: list[str]) -> None:
    text = "".join(pieces) + "7"
    for start in range(len(text) + 1):
        if search(text, start) is not None:
            assert allows(ending_before(text, start))


@given(pieces=st.lists(st.sampled_from(["Updated", ":", "5:42", "PM", "p.m.", ",", "|", "©", "(c)",
    "copyright", "\">", " ", "\u00a0", "LAST MODIFIED", "d", "1"]), max_size=12))  # fmt: skip
def test_furniture_gate_decides_as_the_search_does(pieces: list[str]) -> None:
    text = "".join(pieces) + "7"
    for start in range(len(text) + 1):
        expected = rules.FURNITURE_BEFORE.search(text, max(0, start - 24), start) is not None
        assert rules.furniture_before(text, start) == expected


def test_furniture_gate_decides_as_the_search_does_in_corpus() -> None:
    for text in _texts():
        for start in range(len(text) + 1):
            expected = rules.FURNITURE_BEFORE.search(text, max(0, start - 24), start) is not None
            assert rules.furniture_before(text, start) == expected, text[max(0, start - 30) : start]


#: (id, a pattern matched right after a number, the test run before it).
AFTER_GATES: list[tuple[str, re.Pattern[str], Callable[[str, int], bool]]] = [
    ("scale", numbers.SCALE, figures._may_scale),
    ("age-after", figures._AGE_AFTER, figures._may_age),
    ("times", figures._TIMES, figures._may_times),
    ("more", figures._MORE_BEFORE_UNIT, figures._may_more),
    ("range-next", figures._RANGE_NEXT, figures._may_range),
    ("hyphen-noun", figures._HYPHEN_NOUN, lambda t, p: t.startswith("-", p)),
    ("and-a-half", figures._AND_A_HALF, lambda t, p: figures._and_a_half(t, p) is not None),
    ("one-in", figures._ONE_IN, lambda t, p: figures._one_in(t, p) is not None),
]

_AFTER_PIECES = st.sampled_from(
    ["5", " ", "\u00a0", "-", "\u2013", "bn", "m", "Million", "THOUSAND", "k", "Year", "s",
     "old", "times", "TIMES", "-fold", "more", "extra", "to", "AND", "and", "a", "half",
     "in", "every", "x", "seat"]
)  # fmt: skip


@pytest.mark.parametrize(("pattern", "may"), [pytest.param(p, m, id=i) for i, p, m in AFTER_GATES])
def test_after_gate_never_skips_a_match_in_corpus(
    pattern: re.Pattern[str], may: Callable[[str, int], bool]
) -> None:
    for text in _texts():
        for position in range(len(text) + 1):
            if pattern.match(text, position) is not None:
                assert may(text, position), text[position : position + 30]


@pytest.mark.parametrize(("pattern", "may"), [pytest.param(p, m, id=i) for i, p, m in AFTER_GATES])
@given(pieces=st.lists(_AFTER_PIECES, max_size=10))
def test_after_gate_never_skips_a_match(
    pattern: re.Pattern[str], may: Callable[[str, int], bool], pieces: list[str]
) -> None:
    text = "".join(pieces)
    for position in range(len(text) + 1):
        if pattern.match(text, position) is not None:
            assert may(text, position)


def test_endings_refuse_a_word_shorter_than_the_gate_reads() -> None:
    with pytest.raises(ValueError, match="shorter than"):
        endings(["No"], ignore_case=False)
