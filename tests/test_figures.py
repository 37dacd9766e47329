"""Figures found in text: exact spans, values, units, kinds, hedges and nouns."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import Article, Quote, Span
from provenance.extract.figures import find_figures

# (span text, value, high, unit, kind, approx, noun); spans are located in order.
Row = tuple[str, str, str | None, str | None, str, str | None, str | None]


def _day(iso: str) -> str:
    return str(datetime.date.fromisoformat(iso).toordinal())


FIGURES: list[tuple[str, str, list[Row]]] = [
    (
        "dual-or",
        "Agents took 12 kilograms, or about 26 pounds, of the powder.",
        [
            ("12 kilograms", "12", None, "kg", "mass", None, None),
            ("about 26 pounds", "26", None, "lb", "mass", "about", None),
        ],
    ),
    (
        "dual-brackets",
        "Customs found 26 pounds (11.9 kilograms) inside a spare tyre.",
        [
            ("26 pounds", "26", None, "lb", "mass", None, None),
            ("11.9 kilograms", "11.9", None, "kg", "mass", None, None),
        ],
    ),
    (
        "count-noun",
        "The trial of nine defendants ended on a Friday.",
        [("nine", "9", None, None, "count", None, "defendants")],
    ),
    (
        "glued-m-before-a-plural-is-million",
        "About 5m people and 3.5m units, but the 100m sprints and a 2.1m wall.",
        [
            ("About 5m", "5000000", None, None, "count", "about", "people"),
            ("3.5m", "3500000", None, None, "count", None, "units"),
            ("100m", "100", None, "m", "length", None, None),
            ("2.1m", "2.1", None, "m", "length", None, None),
        ],
    ),
    (
        "change-downwards-two-figures",
        "Prices fell from 5 to 3 percent; riders have risen from 9 million to 14 million.",
        [
            ("5", "5", None, "%", "percent", None, None),
            ("3 percent", "3", None, "%", "percent", None, None),
            ("9 million", "9000000", None, None, "count", None, None),
            ("14 million", "14000000", None, None, "count", None, None),
        ],
    ),
    (
        "compound-noun-after-plural-without-s",
        "Nine crew members and about 300 police officers waited; 40 people always vote.",
        [
            ("Nine", "9", None, None, "count", None, "crew members"),
            ("about 300", "300", None, None, "count", "about", "police officers"),
            ("40", "40", None, None, "count", None, "people"),
        ],
    ),
    (
        "of-the",
        "Roughly 30,000 of the 72,000 overdose deaths were linked to it.",
        [
            ("Roughly 30,000", "30000", None, None, "count", "roughly", "overdose deaths"),
            ("72,000", "72000", None, None, "count", None, "overdose deaths"),
        ],
    ),
    (
        "plain-digits",
        "Doctors logged 500000 visits and 5.87 grams of residue.",
        [
            ("500000", "500000", None, None, "count", None, "visits"),
            ("5.87 grams", "5.87", None, "g", "mass", None, None),
        ],
    ),
    (
        "scales",
        "The plan costs $3bn, or €4.5 million a year, for 1.2 million homes.",
        [
            ("$3bn", "3000000000", None, "USD", "money", None, None),
            ("€4.5 million", "4500000", None, "EUR", "money", None, None),
            ("1.2 million", "1200000", None, None, "count", None, "homes"),
        ],
    ),
    (
        "percent",
        "Turnout hit 60%, up from 52 percent and 48 per cent before.",
        [
            ("60%", "60", None, "%", "percent", None, None),
            ("52 percent", "52", None, "%", "percent", None, None),
            ("48 per cent", "48", None, "%", "percent", None, None),
        ],
    ),
    (
        "words",
        "A dozen boats and twenty-three crews saw two-thirds of the fleet and half of the port.",
        [
            ("A dozen", "12", None, None, "count", None, "boats"),
            ("twenty-three", "23", None, None, "count", None, "crews"),
            (
                "two-thirds",
                str(Decimal(2) / Decimal(3)),
                None,
                None,
                "fraction",
                None,
                None,
            ),
            ("half", "0.5", None, None, "fraction", None, None),
        ],
    ),
    (
        "range-from-to",
        "Terms ran from six months to 10 years in prison.",
        [("from six months to 10 years", "6", "120", "month", "duration", None, None)],
    ),
    (
        "range-times",
        "The drug is 50 to 100 times more potent than morphine.",
        [("50 to 100 times", "50", "100", "x", "multiplier", None, None)],
    ),
    (
        "range-between",
        "Growth was between 3 and 5 percent last quarter.",
        [("between 3 and 5 percent", "3", "5", "%", "percent", None, None)],
    ),
    (
        "range-scale",
        "Losses were 1 to 2 million dollars.",
        [("1 to 2 million dollars", "1000000", "2000000", "USD", "money", None, None)],
    ),
    (
        "multiplier",
        "The new batch was 60 times stronger than the old one.",
        [("60 times", "60", None, "x", "multiplier", None, None)],
    ),
    (
        "ages",
        "A 41-year-old guard, aged 41 at arrest, and Ana Ruiz, 52, testified.",
        [
            ("41-year-old", "41", None, "year", "age", None, None),
            ("aged 41", "41", None, "year", "age", None, None),
            ("52", "52", None, "year", "age", None, None),
        ],
    ),
    (
        "dates",
        "Raids began Nov 4, 2017, after a tip in August 2017; a law from 2012 applied.",
        [
            ("Nov 4, 2017", _day("2017-11-04"), None, "date", "date", None, None),
            ("August 2017", _day("2017-08-01"), _day("2017-08-31"), "date", "date", None, None),
            ("2012", _day("2012-01-01"), _day("2012-12-31"), "date", "date", None, None),
        ],
    ),
    (
        "date-day-month-year",
        "It closed on 4 November 2017 and reopened 2018-01-15.",
        [
            ("4 November 2017", _day("2017-11-04"), None, "date", "date", None, None),
            ("2018-01-15", _day("2018-01-15"), None, "date", "date", None, None),
        ],
    ),
    (
        "year-range",
        "Output fell every year from 2015 to 2017 and in 2019-2020.",
        [
            (
                "from 2015 to 2017",
                _day("2015-01-01"),
                _day("2017-12-31"),
                "date",
                "date",
                None,
                None,
            ),
            ("2019-2020", _day("2019-01-01"), _day("2020-12-31"), "date", "date", None, None),
        ],
    ),
    (
        "decade",
        "Prices last peaked in the 1990s.",
        [("1990s", _day("1990-01-01"), _day("1999-12-31"), "date", "date", None, None)],
    ),
    (
        "hedges-a",
        "About 20 boats, around 30 cars, roughly 40 vans, nearly 50 trucks and almost 60 bikes.",
        [
            ("About 20", "20", None, None, "count", "about", "boats"),
            ("around 30", "30", None, None, "count", "around", "cars"),
            ("roughly 40", "40", None, None, "count", "roughly", "vans"),
            ("nearly 50", "50", None, None, "count", "nearly", "trucks"),
            ("almost 60", "60", None, None, "count", "almost", "bikes"),
        ],
    ),
    (
        "hedges-b",
        "Close to 70 firms, more than 1,200 staff, over 80 shops and at least 90 farms joined.",
        [
            ("Close to 70", "70", None, None, "count", "close to", "firms"),
            ("more than 1,200", "1200", None, None, "count", "more than", "staff"),
            ("over 80", "80", None, None, "count", "over", "shops"),
            ("at least 90", "90", None, None, "count", "at least", "farms"),
        ],
    ),
    (
        "hedges-c",
        "Up to 15 lorries, fewer than 25 ships, some 35 planes and an estimated 45 trains.",
        [
            ("Up to 15", "15", None, None, "count", "up to", "lorries"),
            ("fewer than 25", "25", None, None, "count", "fewer than", "ships"),
            ("some 35", "35", None, None, "count", "some", "planes"),
            ("an estimated 45", "45", None, None, "count", "an estimated", "trains"),
        ],
    ),
    (
        "units-a",
        "They moved 3 tonnes for 220 miles (354 km) across 40 square kilometres.",
        [
            ("3 tonnes", "3", None, "t", "mass", None, None),
            ("220 miles", "220", None, "mi", "length", None, None),
            ("354 km", "354", None, "km", "length", None, None),
            ("40 square kilometres", "40", None, "km2", "area", None, None),
        ],
    ),
    (
        "units-b",
        "Crews pumped 500 litres and 12 gallons in 36 hours over 3 days.",
        [
            ("500 litres", "500", None, "l", "volume", None, None),
            ("12 gallons", "12", None, "gal", "volume", None, None),
            ("36 hours", "36", None, "h", "duration", None, None),
            ("3 days", "3", None, "day", "duration", None, None),
        ],
    ),
    (
        "no-break-space",
        "Inspectors weighed 12\u00a0kg and a 10-year term.",
        [
            ("12\u00a0kg", "12", None, "kg", "mass", None, None),
            ("10-year", "10", None, "year", "duration", None, None),
        ],
    ),
    (
        "not-names",
        "Phase one of the COVID-19 plan used a Boeing 737 under Article 5 on Route 66.",
        [],
    ),
    (
        "not-ordinals",
        "It was the first and third-largest seizure, the 21st this year.",
        [],
    ),
    (
        "not-phone-clock-copyright",
        "Call (555) 010-7788 at 9:40 a.m. © 2019 The Ledger Company",
        [],
    ),
    (
        "not-clock-am-pm",
        "Crews arrived at 9 a.m., left at 5 PM and came back at 11pm.",
        [],
    ),
    (
        "not-furniture-date",
        "Updated: Nov 4,2017",
        [],
    ),
    (
        "not-pronoun-one",
        "No one came. One of the guards left; one more thing mattered.",
        [],
    ),
    (
        "one-counts",
        "Police shut one lab and two depots.",
        [
            ("one", "1", None, None, "count", None, "lab"),
            ("two", "2", None, None, "count", None, "depots"),
        ],
    ),
    (
        "count-plural-year-like",
        "The unit deployed 2000 troops.",
        [("2000", "2000", None, None, "count", None, "troops")],
    ),
    (
        "change-verb",
        "Unemployment rose from 5 to 7 percent.",
        [
            ("5", "5", None, "%", "percent", None, None),
            ("7 percent", "7", None, "%", "percent", None, None),
        ],
    ),
    pytest.param(
        "change-without-from",
        "Unemployment rose to 7 percent from 5.",
        [
            ("7 percent", "7", None, "%", "percent", None, None),
            ("5", "5", None, "%", "percent", None, None),
        ],
        marks=pytest.mark.xfail(reason="a value before its unit's figure takes no unit"),
        id="change-without-from",
    ),
    (
        "not-identifiers",
        "An F-16 and a G20 summit on 5G, flight MH17, open 24/7, see https://x.org/2017/5 or #1.",
        [],
    ),
    (
        "ratio",
        "About one in five homes and one in every 2 million flights.",
        [
            ("About one in five", "0.2", None, None, "fraction", "about", None),
            ("one in every 2 million", "5E-7", None, None, "fraction", None, None),
        ],
    ),
    (
        "heights-and-halves",
        "He is 6'9\" and 6-foot-9, waited 2½ hours, for a year and a half, by half a million fans.",
        [
            ("6'9\"", "81", None, "in", "length", None, None),
            ("6-foot-9", "81", None, "in", "length", None, None),
            ("2½ hours", "2.5", None, "h", "duration", None, None),
            ("a year and a half", "1.5", None, "year", "duration", None, None),
            ("half a million", "500000", None, None, "count", None, "fans"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(*row, id=row[0]) if type(row) is tuple else row for row in FIGURES],
)
def test_figures(name: str, text: str, expected: list[Row]) -> None:
    """Every figure of the text, with its exact span and reading, and nothing else."""
    spans = []
    position = 0
    for row in expected:
        start = text.index(row[0], position)
        spans.append((start, start + len(row[0])))
        position = start + len(row[0])
    found = find_figures(text)
    actual = [
        (
            (f.span.start, f.span.end),
            (
                f.text,
                str(f.value),
                None if f.high is None else str(f.high),
                f.unit,
                f.kind.value,
                f.approx,
                f.noun,
            ),
        )
        for f in found
    ]
    assert actual == list(zip(spans, [tuple(row) for row in expected], strict=True))


def test_dual_statement_links_both() -> None:
    """Each half of a dual statement points at the other."""
    text = "Agents took 12 kilograms, or about 26 pounds, of the powder."
    kilos, pounds = find_figures(text)
    assert kilos.same_as == pounds.span
    assert pounds.same_as == kilos.span
    assert kilos.compatible(pounds)


def test_figures_in_quote_are_linked() -> None:
    """A figure inside a quote carries the quote's span."""
    article = Article("a1", 'Police held nine men. "We found 12 kilograms," she said.')
    quote = Quote.at(article, 23, 45)
    nine, kilos = find_figures(article.text, quotes=[quote])
    assert (nine.quote, kilos.quote) == (None, quote.span)


def test_date_without_year_uses_given_year() -> None:
    """'on March 3' is dated with the publication year, and left out without one."""
    text = "Two men were held on March 3."
    assert [f.text for f in find_figures(text)] == ["Two"]
    dated = find_figures(text, year=2019)
    assert [(f.text, f.dates) for f in dated] == [
        ("Two", None),
        ("March 3", (datetime.date(2019, 3, 3), datetime.date(2019, 3, 3))),
    ]


def test_bad_text_is_a_type_error() -> None:
    """Non-text input is refused with a clear error."""
    with pytest.raises(TypeError, match="text must be a str"):
        find_figures(b"12 kg")  # type: ignore[arg-type]


def test_quote_outside_text_is_a_span_error() -> None:
    """A quote that does not fit the text is refused."""
    from provenance import SpanError

    with pytest.raises(SpanError):
        find_figures("short", quotes=[Quote(span=Span(0, 40), text="x" * 40)])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 1_000_000, id="digits"),
        pytest.param("," * 1_000_000, id="commas"),
        pytest.param("1," * 500_000, id="ones-and-commas"),
        pytest.param(" " * 1_000_000, id="spaces"),
        pytest.param('"' * 1_000_000, id="quote-marks"),
        pytest.param("1." * 500_000, id="ones-and-points"),
        pytest.param("<a " * 333_333, id="open-tags"),
    ],
)
def test_adversarial_megabyte_finishes(text: str) -> None:
    """A megabyte of hostile input finishes (timing lives in benchmarks/) with sane output."""
    for figure in find_figures(text):
        assert text[figure.span.start : figure.span.end] == figure.text


# --- properties -------------------------------------------------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(number: int) -> str:
    if number < 10:
        return _ONES[number]
    if number < 20:
        return _TEENS[number - 10]
    tens, ones = divmod(number, 10)
    return _TENS[tens] + ("-" + _ONES[ones] if ones else "")


@st.composite
def rendered_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A number as a writer might put it: digits, separators, decimals or words."""
    style = draw(st.sampled_from(["digits", "separators", "decimal", "words"]))
    if style == "words":
        number = draw(st.integers(min_value=2, max_value=99))
        return _in_words(number), Decimal(number)
    if style == "decimal":
        whole = draw(st.integers(min_value=0, max_value=99_999))
        frac = draw(st.from_regex(r"\A[0-9]{1,4}\Z"))
        return f"{whole}.{frac}", Decimal(f"{whole}.{frac}")
    number = draw(st.integers(min_value=0, max_value=10**12))
    if style == "separators":
        return f"{number:,}", Decimal(number)
    return str(number), Decimal(number)


@given(rendered=rendered_numbers(), before=st.sampled_from(["", "Police counted ", "So "]))
def test_rendered_numbers_are_recovered(rendered: tuple[str, Decimal], before: str) -> None:
    """A number written in digits, with separators or in words comes back exactly."""
    written, value = rendered
    text = f"{before}{written} cases were logged."
    (figure,) = find_figures(text)
    assert (figure.span.start, figure.span.end, figure.value) == (
        len(before),
        len(before) + len(written),
        value,
    )
    assert figure.noun == "cases"


_ALPHABET = st.sampled_from(
    [*"0123456789,.-–$€%() \u00a0\"'“”kgmoabtinsy", "about ", " to ", "million", "Nov "]
)


@given(st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=200))
def test_any_text_gives_sound_figures(text: str) -> None:
    """Any string: no crash, spans sorted and in bounds, each covering its recorded text."""
    figures = find_figures(text, year=2020)
    starts = [f.span.start for f in figures]
    assert starts == sorted(starts)
    for figure in figures:
        assert 0 <= figure.span.start < figure.span.end <= len(text)
        assert text[figure.span.start : figure.span.end] == figure.text
        assert figure.interval.low <= figure.interval.high


def test_example_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    """examples/figures.py runs and prints each figure with its interval."""
    import runpy
    import sys
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "examples" / "figures.py"
    argv = sys.argv
    sys.argv = [str(example)]
    try:
        runpy.run_path(str(example), run_name="__main__")
    finally:
        sys.argv = argv
    out = capsys.readouterr().out
    assert out.startswith("11 figures\n")
    assert "'about 26 pounds'" in out
    assert "interval=[10.614061458..12.972741782 kg]" in out


_HEDGED_UNITS = [
    ("kilograms", "kg"),
    ("pounds", "lb"),
    ("miles", "mi"),
    ("square kilometres", "km2"),
    ("litres", "l"),
    ("percent", "%"),
    ("per cent", "%"),
    ("hours", "h"),
    ("km", "km"),
    ("%", "%"),
]


@given(
    rendered=rendered_numbers(),
    hedge=st.sampled_from(["", "about", "nearly", "more than", "at least", "up to", "some"]),
    unit=st.sampled_from(_HEDGED_UNITS),
)
def test_hedged_numbers_with_units_are_recovered(
    rendered: tuple[str, Decimal], hedge: str, unit: tuple[str, str]
) -> None:
    """Hedge, number and unit come back as one figure with exact value, unit and span."""
    written, value = rendered
    words, canonical = unit
    gap = "" if words == "%" else " "
    phrase = f"{hedge} {written}{gap}{words}".lstrip()
    text = f"Officials said {phrase} were involved."
    (figure,) = find_figures(text)
    assert (figure.text, figure.value, figure.unit, figure.approx) == (
        phrase,
        value,
        canonical,
        hedge or None,
    )
    assert figure.span.start == len("Officials said ")
