"""Units, precision, hedges and intervals: when two figures can state the same fact."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from provenance import Figure
from provenance import units as u
from provenance.extract.figures import find_figures


def one(text: str) -> Figure:
    """The single figure of ``text``."""
    (figure,) = find_figures(text)
    return figure


COMPATIBLE = [
    ("12 kilograms", "about 26 pounds"),
    ("about 26 pounds", "11.9 kilograms"),
    ("12 kilograms", "11.9 kilograms"),
    ("12 kilograms", "26 pounds"),
    ("72,300", "72,000"),
    ("5.87 kilograms", "5.9 kilograms"),
    ("60%", "60 percent"),
    ("Nov 4, 2017", "November 2017"),
    ("from six months to 10 years", "10 years"),
    ("more than 1,200", "5,000"),
    ("1.2 million", "1,215,000"),
    ("$3bn", "$3.04 billion"),
]

INCOMPATIBLE = [
    ("72,000", "500000", "71500..72500 and 450000..550000 do not overlap"),
    ("30,000", "72,000", "25000..35000 and 71500..72500 do not overlap"),
    ("5.87 kilograms", "5.8 kilograms", "5.865..5.875 kg and 5.75..5.85 kg do not overlap"),
    ("60 percent", "60 times stronger", "percent cannot be compared with multiplier"),
    ("$3bn", "€3bn", "money:USD cannot be compared with money:EUR"),
    ("12 kilograms", "12 miles", "mass cannot be compared with length"),
    ("from six months to 10 years", "12 years", None),
    ("Nov 4, 2017", "Nov 6, 2017", None),
    ("fewer than 25", "40", None),
]


@pytest.mark.parametrize(("a", "b"), COMPATIBLE, ids=[f"{a}~{b}" for a, b in COMPATIBLE])
def test_compatible(a: str, b: str) -> None:
    """Figures whose intervals overlap in one dimension are compatible, both ways."""
    first, second = one(a), one(b)
    assert (first.incompatibility(second), second.incompatibility(first)) == (None, None)


@pytest.mark.parametrize(
    ("a", "b", "why"), INCOMPATIBLE, ids=[f"{a}!~{b}" for a, b, _ in INCOMPATIBLE]
)
def test_incompatible(a: str, b: str, why: str | None) -> None:
    """Figures that cannot state one fact say why."""
    first, second = one(a), one(b)
    assert not first.compatible(second)
    assert not second.compatible(first)
    if why is not None:
        assert first.incompatibility(second) == why


def test_dual_statement_of_the_seeds_kind() -> None:
    """'12 kilograms' traces to both halves of '26 pounds (11.9 kilograms)'."""
    kilos = one("12 kilograms")
    pounds, metric = find_figures("26 pounds (11.9 kilograms)")
    assert kilos.compatible(pounds)
    assert kilos.compatible(metric)


PRECISION = [
    ("72,000", "1000"),
    ("72,306", "1"),
    ("500000", "100000"),
    ("30,000", "10000"),
    ("120", "1"),
    ("10 years", "1"),
    ("5.87 kilograms", "0.01"),
    ("1.2 million", "100000"),
    ("$3bn", "1000000000"),
    ("€4.5 million", "100000"),
    ("nine", "1"),
    ("a dozen", "1"),
    ("two-thirds of them", "0.01"),
    ("12\u2009000", "1000"),
]


@pytest.mark.parametrize(("text", "precision"), PRECISION, ids=[t for t, _ in PRECISION])
def test_precision_rules(text: str, precision: str) -> None:
    """The precision implied by how a number is written (see numbers.py)."""
    assert one(text).precision == Decimal(precision)


INTERVALS = [
    ("12 kilograms", "11.5", "12.5", "kg"),
    ("11.9 kilograms", "11.85", "11.95", "kg"),
    ("about 26 pounds", "10.614061458", "12.972741782", "kg"),
    ("26 pounds", "11.566605435", "12.020197805", "kg"),
    ("nearly 30", "27.0", "30.5", ""),
    ("more than 1,200", "1150", "Infinity", ""),
    ("up to 10", "-Infinity", "10.5", ""),
    ("60 percent", "59.5", "60.5", "%"),
    ("2 hours", "5400", "9000", "s"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), INTERVALS, ids=[r[0] for r in INTERVALS])
def test_intervals(text: str, low: str, high: str, unit: str) -> None:
    """Written value ± half its precision, widened by the hedge, in base units."""
    interval = one(text).interval
    assert (interval.low, interval.high, interval.unit) == (Decimal(low), Decimal(high), unit)


def test_date_figures_cover_their_days() -> None:
    """A month covers its days; ``dates`` gives them back; other kinds have none."""
    month = one("August 2017")
    assert month.dates == (datetime.date(2017, 8, 1), datetime.date(2017, 8, 31))
    assert month.interval.dimension == "date"
    assert one("nine").dates is None


@pytest.mark.parametrize(
    "hedge",
    [
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "close to",
        "more than",
        "over",
        "at least",
        "up to",
        "fewer than",
        "some",
        "an estimated",
    ],
)
def test_every_hedge_of_the_issue_widens(hedge: str) -> None:
    """Each hedge is in the table, and widens the interval of '40'."""
    assert hedge in u.HEDGES
    plain, hedged = one("40 cars").interval, one(f"{hedge} 40 cars").interval
    assert hedged.low <= plain.low
    assert hedged.high >= plain.high
    assert (hedged.low, hedged.high) != (plain.low, plain.high)


@pytest.mark.parametrize(
    ("unit", "factor"),
    [
        ("lb", "0.45359237"),
        ("decade", "315569520"),
        ("month", "2629746"),
        ("date", "1"),
        ("pp", "1"),
        ("km2", "1000000"),
    ],
)
def test_exact_base_factors(unit: str, factor: str) -> None:
    """Factors to base units are exact decimals, not floats."""
    assert u.base_factor(unit) == Decimal(factor)


def test_pint_pound_to_ounce_is_not_compared_as_floats() -> None:
    """16 oz and 1 lb overlap as intervals even where float conversion would differ."""
    assert one("1 pound").compatible(one("16 ounces"))
