"""Units, dimensions and hedges: the tables that turn a written figure into an interval.

Canonical unit names are short and stable (``"kg"``, ``"lb"``, ``"mi"``,
``"USD"``, ``"%"``). Each belongs to one dimension with one base unit; the
factor to that base unit is exact, taken from pint's definitions as a
``Decimal`` (pint is imported only the first time a factor is needed, so
``import provenance`` stays fast), and cached.

Currencies are dimensions of their own: dollars never convert to euros.
Dates are a dimension of their own too (``"date"``): a date figure's value is
the day ordinal (:meth:`datetime.date.toordinal`) of the first day it covers,
so one day is one unit and intervals of dates compare like any other.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any, NamedTuple

__all__ = ["HEDGES", "UNITS", "Hedge", "UnitInfo", "base_factor", "unit_info"]


class UnitInfo(NamedTuple):
    """What a canonical unit measures and how it converts.

    Attributes:
        dimension: The dimension ("mass", "length", "money:USD", ...).
        base: The dimension's base unit ("kg", "m", "USD", ...).
        pint_name: The unit's name in pint, or ``None`` when the factor is 1
            or given in :data:`_FIXED_FACTORS`.
    """

    dimension: str
    base: str
    pint_name: str | None


#: Canonical unit -> what it measures. The base unit of each dimension maps to itself.
UNITS: dict[str, UnitInfo] = {
    # mass
    "kg": UnitInfo("mass", "kg", "kilogram"),
    "g": UnitInfo("mass", "kg", "gram"),
    "mg": UnitInfo("mass", "kg", "milligram"),
    "t": UnitInfo("mass", "kg", "metric_ton"),
    "lb": UnitInfo("mass", "kg", "pound"),
    "oz": UnitInfo("mass", "kg", "ounce"),
    "ton": UnitInfo("mass", "kg", "short_ton"),
    # length
    "m": UnitInfo("length", "m", "meter"),
    "km": UnitInfo("length", "m", "kilometer"),
    "cm": UnitInfo("length", "m", "centimeter"),
    "mm": UnitInfo("length", "m", "millimeter"),
    "mi": UnitInfo("length", "m", "mile"),
    "ft": UnitInfo("length", "m", "foot"),
    "in": UnitInfo("length", "m", "inch"),
    "yd": UnitInfo("length", "m", "yard"),
    # area
    "m2": UnitInfo("area", "m2", "meter**2"),
    "km2": UnitInfo("area", "m2", "kilometer**2"),
    "mi2": UnitInfo("area", "m2", "mile**2"),
    "ha": UnitInfo("area", "m2", "hectare"),
    "acre": UnitInfo("area", "m2", "acre"),
    # volume
    "l": UnitInfo("volume", "l", "liter"),
    "ml": UnitInfo("volume", "l", "milliliter"),
    "m3": UnitInfo("volume", "l", "meter**3"),
    "gal": UnitInfo("volume", "l", "gallon"),
    "bbl": UnitInfo("volume", "l", "oil_barrel"),
    # duration
    "s": UnitInfo("duration", "s", "second"),
    "min": UnitInfo("duration", "s", "minute"),
    "h": UnitInfo("duration", "s", "hour"),
    "day": UnitInfo("duration", "s", "day"),
    "week": UnitInfo("duration", "s", "week"),
    "month": UnitInfo("duration", "s", None),
    "year": UnitInfo("duration", "s", None),
    "decade": UnitInfo("duration", "s", None),
    # calendar dates, as day ordinals (datetime.date.toordinal)
    "date": UnitInfo("date", "date", None),
    # others
    "%": UnitInfo("percent", "%", None),
    "pp": UnitInfo("percentage point", "pp", None),
    "x": UnitInfo("multiplier", "x", None),
    "km/h": UnitInfo("speed", "m/s", "kilometer/hour"),
    "mph": UnitInfo("speed", "m/s", "mile/hour"),
    "m/s": UnitInfo("speed", "m/s", "meter/second"),
}

#: Factors pint does not state the way news means them (calendar averages).
_FIXED_FACTORS: dict[str, Decimal] = {
    "month": Decimal("2629746"),  # 1/12 of a Gregorian year of 365.2425 days
    "year": Decimal("31556952"),  # a Gregorian year of 365.2425 days
    "decade": Decimal("315569520"),  # ten Gregorian years
}


def unit_info(unit: str | None) -> UnitInfo:
    """What ``unit`` measures. Unknown units and currencies are their own dimension.

    Example:
        >>> unit_info("lb").dimension
        'mass'
        >>> unit_info("USD").dimension
        'money:USD'
        >>> unit_info(None).dimension
        'count'
    """
    if unit is None:
        return UnitInfo("count", "", None)
    known = UNITS.get(unit)
    if known is not None:
        return known
    if len(unit) == 3 and unit.isupper():
        return UnitInfo(f"money:{unit}", unit, None)
    return UnitInfo(f"unit:{unit}", unit, None)


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry(non_int_type=Decimal)


@functools.cache
def base_factor(unit: str | None) -> Decimal:
    """The exact factor that turns ``unit`` into its dimension's base unit.

    Example:
        >>> base_factor("lb")
        Decimal('0.45359237')
        >>> base_factor("%")
        Decimal('1')
    """
    if unit is None:
        return Decimal(1)
    if unit in _FIXED_FACTORS:
        return _FIXED_FACTORS[unit]
    info = unit_info(unit)
    if info.pint_name is None or unit == info.base:
        return Decimal(1)
    registry = _registry()
    base_name = UNITS[info.base].pint_name
    quantity = registry.Quantity(Decimal(1), info.pint_name).to(base_name)
    return Decimal(quantity.magnitude).normalize()


class Hedge(NamedTuple):
    """How a hedge word widens a figure's interval.

    ``low`` and ``high`` are factors applied to the stated value (``None``
    leaves that side at the written precision); ``open_low`` / ``open_high``
    make a side unbounded ("more than 30" has no upper end).
    """

    low: Decimal | None = None
    high: Decimal | None = None
    open_low: bool = False
    open_high: bool = False


_AROUND = Hedge(low=Decimal("0.9"), high=Decimal("1.1"))
_BELOW = Hedge(low=Decimal("0.9"))
_ABOVE = Hedge(high=Decimal("1.1"))
_AT_LEAST = Hedge(open_high=True)
_AT_MOST = Hedge(open_low=True)

#: Hedge (lower case, as normalised by extraction) -> how it widens the interval.
#: "about 26" covers 23.4..28.6; "nearly 30" covers 27..30.5; "more than 30"
#: covers 29.5 and up; "up to 10" covers everything up to 10.5.
HEDGES: dict[str, Hedge] = {
    "about": _AROUND,
    "around": _AROUND,
    "roughly": _AROUND,
    "approximately": _AROUND,
    "some": _AROUND,
    "an estimated": _AROUND,
    "maybe": _AROUND,
    "perhaps": _AROUND,
    "estimated": _AROUND,
    "nearly": _BELOW,
    "almost": _BELOW,
    "close to": _BELOW,
    "just under": _BELOW,
    "just over": _ABOVE,
    "slightly more than": _ABOVE,
    "a little over": _ABOVE,
    "more than": _AT_LEAST,
    "over": _AT_LEAST,
    "at least": _AT_LEAST,
    "upwards of": _AT_LEAST,
    "well over": _AT_LEAST,
    "in excess of": _AT_LEAST,
    "fewer than": _AT_MOST,
    "less than": _AT_MOST,
    "under": _AT_MOST,
    "up to": _AT_MOST,
    "at most": _AT_MOST,
    "no more than": _AT_MOST,
    "as many as": _AT_MOST,
    "as much as": _AT_MOST,
}
