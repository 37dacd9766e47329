"""Unit words as written -> canonical unit and kind: the table behind figure units.

Canonical units are those of :data:`provenance.units.UNITS`, or an ISO
currency code for money. Words match case-insensitively and in singular or
plural ("kilogram", "kilograms", "12-kilogram haul"); symbols and
abbreviations match case-sensitively ("kg" but not "KG"; "5G" is not five
grams).

Decisions, kept as data here:

- "pounds" is the unit of mass (lb); money in pounds is written "£26" or
  "26 pounds sterling" (GBP).
- A bare "$" is US dollars; "¥" is Japanese yen (write "yuan" or "CNY" for
  China's currency).
- "in", "t" and "l" are not read as inch, tonne and litre (they are too often
  words or letters); "m" is read as metres only as a symbol after digits.
- "times" is a multiplier ("60 times stronger") only before a comparative;
  elsewhere ("arrested three times") it is the counted noun.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from provenance.extract.figures.gates import either_case
from provenance.model.figure import FigureKind

__all__ = [
    "COMPARATIVES",
    "CURRENCY_SIGNS",
    "UNIT",
    "UNIT_SYMBOLS",
    "UNIT_WORDS",
    "UnitWord",
    "lookup_unit",
]


class UnitWord(NamedTuple):
    """What a unit word means: canonical unit and the kind of figure it makes."""

    unit: str
    kind: FigureKind


_M, _L, _A, _V = FigureKind.MASS, FigureKind.LENGTH, FigureKind.AREA, FigureKind.VOLUME
_D, _P, _S, _MO = FigureKind.DURATION, FigureKind.PERCENT, FigureKind.SPEED, FigureKind.MONEY

#: Unit words (case-insensitive; "s" plurals listed) -> unit and kind.
UNIT_WORDS: dict[str, UnitWord] = {
    # mass
    "kilogram": UnitWord("kg", _M),
    "kilograms": UnitWord("kg", _M),
    "kilogramme": UnitWord("kg", _M),
    "kilogrammes": UnitWord("kg", _M),
    "kilo": UnitWord("kg", _M),
    "kilos": UnitWord("kg", _M),
    "gram": UnitWord("g", _M),
    "grams": UnitWord("g", _M),
    "gramme": UnitWord("g", _M),
    "grammes": UnitWord("g", _M),
    "milligram": UnitWord("mg", _M),
    "milligrams": UnitWord("mg", _M),
    "tonne": UnitWord("t", _M),
    "tonnes": UnitWord("t", _M),
    "metric ton": UnitWord("t", _M),
    "metric tons": UnitWord("t", _M),
    "ton": UnitWord("ton", _M),
    "tons": UnitWord("ton", _M),
    "pound": UnitWord("lb", _M),
    "pounds": UnitWord("lb", _M),
    "ounce": UnitWord("oz", _M),
    "ounces": UnitWord("oz", _M),
    # length
    "metre": UnitWord("m", _L),
    "metres": UnitWord("m", _L),
    "meter": UnitWord("m", _L),
    "meters": UnitWord("m", _L),
    "kilometre": UnitWord("km", _L),
    "kilometres": UnitWord("km", _L),
    "kilometer": UnitWord("km", _L),
    "kilometers": UnitWord("km", _L),
    "centimetre": UnitWord("cm", _L),
    "centimetres": UnitWord("cm", _L),
    "centimeter": UnitWord("cm", _L),
    "centimeters": UnitWord("cm", _L),
    "millimetre": UnitWord("mm", _L),
    "millimetres": UnitWord("mm", _L),
    "millimeter": UnitWord("mm", _L),
    "millimeters": UnitWord("mm", _L),
    "mile": UnitWord("mi", _L),
    "miles": UnitWord("mi", _L),
    "foot": UnitWord("ft", _L),
    "feet": UnitWord("ft", _L),
    "inch": UnitWord("in", _L),
    "inches": UnitWord("in", _L),
    "yard": UnitWord("yd", _L),
    "yards": UnitWord("yd", _L),
    # area
    "square metre": UnitWord("m2", _A),
    "square metres": UnitWord("m2", _A),
    "square meter": UnitWord("m2", _A),
    "square meters": UnitWord("m2", _A),
    "square kilometre": UnitWord("km2", _A),
    "square kilometres": UnitWord("km2", _A),
    "square kilometer": UnitWord("km2", _A),
    "square kilometers": UnitWord("km2", _A),
    "square mile": UnitWord("mi2", _A),
    "square miles": UnitWord("mi2", _A),
    "hectare": UnitWord("ha", _A),
    "hectares": UnitWord("ha", _A),
    "acre": UnitWord("acre", _A),
    "acres": UnitWord("acre", _A),
    # volume
    "litre": UnitWord("l", _V),
    "litres": UnitWord("l", _V),
    "liter": UnitWord("l", _V),
    "liters": UnitWord("l", _V),
    "millilitre": UnitWord("ml", _V),
    "millilitres": UnitWord("ml", _V),
    "milliliter": UnitWord("ml", _V),
    "milliliters": UnitWord("ml", _V),
    "cubic metre": UnitWord("m3", _V),
    "cubic metres": UnitWord("m3", _V),
    "cubic meter": UnitWord("m3", _V),
    "cubic meters": UnitWord("m3", _V),
    "gallon": UnitWord("gal", _V),
    "gallons": UnitWord("gal", _V),
    "barrel": UnitWord("bbl", _V),
    "barrels": UnitWord("bbl", _V),
    # duration
    "second": UnitWord("s", _D),
    "seconds": UnitWord("s", _D),
    "minute": UnitWord("min", _D),
    "minutes": UnitWord("min", _D),
    "hour": UnitWord("h", _D),
    "hours": UnitWord("h", _D),
    "day": UnitWord("day", _D),
    "days": UnitWord("day", _D),
    "week": UnitWord("week", _D),
    "weeks": UnitWord("week", _D),
    "month": UnitWord("month", _D),
    "months": UnitWord("month", _D),
    "year": UnitWord("year", _D),
    "years": UnitWord("year", _D),
    "decade": UnitWord("decade", _D),
    "decades": UnitWord("decade", _D),
    # percent and speed
    "percent": UnitWord("%", _P),
    "per cent": UnitWord("%", _P),
    "percentage point": UnitWord("pp", _P),
    "percentage points": UnitWord("pp", _P),
    "miles per hour": UnitWord("mph", _S),
    "kilometres per hour": UnitWord("km/h", _S),
    "kilometers per hour": UnitWord("km/h", _S),
    # money
    "dollar": UnitWord("USD", _MO),
    "dollars": UnitWord("USD", _MO),
    "us dollars": UnitWord("USD", _MO),
    "u.s. dollars": UnitWord("USD", _MO),
    "euro": UnitWord("EUR", _MO),
    "euros": UnitWord("EUR", _MO),
    "pounds sterling": UnitWord("GBP", _MO),
    "yuan": UnitWord("CNY", _MO),
    "renminbi": UnitWord("CNY", _MO),
    "yen": UnitWord("JPY", _MO),
    "rupee": UnitWord("INR", _MO),
    "rupees": UnitWord("INR", _MO),
    "swiss francs": UnitWord("CHF", _MO),
}

#: Unit symbols and abbreviations (case-sensitive) -> unit and kind.
UNIT_SYMBOLS: dict[str, UnitWord] = {
    "%": UnitWord("%", _P),
    "kg": UnitWord("kg", _M),
    "g": UnitWord("g", _M),
    "mg": UnitWord("mg", _M),
    "lb": UnitWord("lb", _M),
    "lbs": UnitWord("lb", _M),
    "oz": UnitWord("oz", _M),
    "km": UnitWord("km", _L),
    "cm": UnitWord("cm", _L),
    "mm": UnitWord("mm", _L),
    "m": UnitWord("m", _L),
    "mi": UnitWord("mi", _L),
    "ft": UnitWord("ft", _L),
    "km2": UnitWord("km2", _A),
    "km²": UnitWord("km2", _A),
    "sq km": UnitWord("km2", _A),
    "m2": UnitWord("m2", _A),
    "m²": UnitWord("m2", _A),
    "ha": UnitWord("ha", _A),
    "ml": UnitWord("ml", _V),
    "mph": UnitWord("mph", _S),
    "km/h": UnitWord("km/h", _S),
    "kph": UnitWord("km/h", _S),
    "USD": UnitWord("USD", _MO),
    "EUR": UnitWord("EUR", _MO),
    "GBP": UnitWord("GBP", _MO),
    "CNY": UnitWord("CNY", _MO),
    "RMB": UnitWord("CNY", _MO),
    "JPY": UnitWord("JPY", _MO),
    "CHF": UnitWord("CHF", _MO),
    "INR": UnitWord("INR", _MO),
}

#: Currency signs written before a number -> ISO code ("$3bn", "€4.5 million").
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
}


def _alternation(keys: list[str], *, ignore_case: bool) -> str:
    """Longest first, spaces matching any run of one or two blanks.

    Keys are grouped under their first character ("k(?:ilograms|ilogram|...)";
    with ``ignore_case``, under a class of the letter's spellings, "[kKK](?i:ilos|ilo)",
    so that the regex engine skips a group at its first character),
    which only skips work: two keys that start with different letters never
    match at the same place, and within a group the longest still comes
    first, so the same key matches as in the flat alternation (a test checks
    this on every position of the corpus texts).
    """
    ordered = sorted(keys, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for key in ordered:
        groups.setdefault(key[0].lower() if ignore_case else key[0], []).append(key)
    return "|".join(
        (either_case(group[0][0]) + "(?i:" if ignore_case else re.escape(group[0][0]) + "(?:")
        + "|".join(re.escape(key[1:]).replace(r"\ ", r"[ \u00a0]{1,2}") for key in group)
        + ")"
        for group in groups.values()
    )


#: A unit after a number: blanks (also no-break and thin spaces) or a hyphen
#: ("12-kilogram"), then a unit word or symbol, ending at a word boundary.
#: Example: ``UNIT.match(" kilograms of").group("unit")`` is ``"kilograms"``.
UNIT = re.compile(
    r"(?:[ \u00a0\u2009\u202f]{0,2}|-)"
    rf"(?P<unit>{_alternation(list(UNIT_WORDS), ignore_case=True)}"
    rf"|{_alternation(list(UNIT_SYMBOLS), ignore_case=False)})"
    r"(?![\w²])"
)


def lookup_unit(written: str) -> UnitWord:
    """The meaning of a unit as matched by :data:`UNIT`.

    Example:
        >>> lookup_unit("Kilograms")
        UnitWord(unit='kg', kind=<FigureKind.MASS: 'mass'>)
        >>> lookup_unit("per\u00a0cent").unit
        '%'
    """
    symbol = UNIT_SYMBOLS.get(written)
    if symbol is not None:
        return symbol
    return UNIT_WORDS[" ".join(written.lower().split())]


#: Words after "times" that make it a multiplier: "60 times stronger", "three times what".
COMPARATIVES = frozenset(
    {
        "more",
        "less",
        "as",
        "the",
        "what",
        "that",
        "higher",
        "lower",
        "greater",
        "larger",
        "bigger",
        "stronger",
    }
)
