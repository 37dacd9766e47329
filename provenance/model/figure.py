"""Figures: numeric statements of fact, with unit, hedge, precision and interval."""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from provenance import units
from provenance.model._fields import optional_span, optional_str, span_field
from provenance.model.article import Article
from provenance.model.span import Span

__all__ = ["Figure", "FigureKind", "Interval"]

_INF = Decimal("Infinity")


class FigureKind(str, enum.Enum):
    """What a figure measures.

    Example:
        >>> FigureKind("mass")
        <FigureKind.MASS: 'mass'>
    """

    COUNT = "count"
    MASS = "mass"
    LENGTH = "length"
    AREA = "area"
    VOLUME = "volume"
    DURATION = "duration"
    SPEED = "speed"
    PERCENT = "percent"
    MONEY = "money"
    MULTIPLIER = "multiplier"
    FRACTION = "fraction"
    AGE = "age"
    DATE = "date"
    OTHER = "other"


def _decimal(value: Decimal | int | str) -> Decimal:
    """Convert to a finite ``Decimal`` exactly; floats are refused (they are not exact)."""
    if type(value) is Decimal and value.is_finite():
        return value
    if isinstance(value, bool) or not isinstance(value, (Decimal, int, str)):
        raise TypeError(f"expected a Decimal, int or str, not {value!r}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"expected a finite number, not {value!r}")
    return number


def _optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else _decimal(value)


def _kind(value: FigureKind | str) -> FigureKind:
    return value if type(value) is FigureKind else FigureKind(value)


def _finite(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, Decimal) and value.is_finite()):
        raise ValueError(f"{attribute.name} must be a finite Decimal, not {value!r}")


def _positive(instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if not value > 0:
        raise ValueError(f"{attribute.name} must be positive, not {value!r}")


def _range(
    instance: Any, attribute: attrs.Attribute[Decimal | None], value: Decimal | None
) -> None:
    if value is not None and value < instance.value:
        raise ValueError(f"range {instance.value}..{value} ends before it starts")


def written_precision(value: Decimal) -> Decimal:
    """The step of the last written digit: 1 for ``12``, 0.1 for ``11.9``.

    Example:
        >>> written_precision(Decimal("11.90"))
        Decimal('0.01')
    """
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(1).scaleb(exponent)


def _plain(number: Decimal) -> str:
    """``number`` without trailing zeros or exponent: 306.17484975, 72000, Infinity."""
    if not number.is_finite():
        return str(number)
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@attrs.frozen(kw_only=True)
class Interval:
    """A closed interval of values in a dimension's base unit.

    Either end may be infinite ("more than 30 people").

    Example:
        >>> a = Interval(low=Decimal("11.5"), high=Decimal("12.5"), dimension="mass", unit="kg")
        >>> b = Interval(low=Decimal("11.85"), high=Decimal("11.95"), dimension="mass", unit="kg")
        >>> a.overlaps(b)
        True
    """

    low: Decimal = attrs.field(validator=attrs.validators.instance_of(Decimal))
    high: Decimal = attrs.field(validator=attrs.validators.instance_of(Decimal))
    dimension: str = attrs.field(validator=attrs.validators.instance_of(str))
    unit: str = attrs.field(validator=attrs.validators.instance_of(str))

    @high.validator
    def _ordered(self, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
        if value < self.low:
            raise ValueError(f"interval {self.low}..{value} ends before it starts")

    def overlaps(self, other: Interval) -> bool:
        """Whether both intervals are in one dimension and share more than an end point.

        Example:
            >>> kg = Interval(low=Decimal(1), high=Decimal(2), dimension="mass", unit="kg")
            >>> m = Interval(low=Decimal(1), high=Decimal(2), dimension="length", unit="m")
            >>> kg.overlaps(m)
            False
        """
        if self.dimension != other.dimension:
            return False
        if self.low == self.high or other.low == other.high:
            return self.low <= other.high and other.low <= self.high
        # Written figures round half-way values either way, so intervals that only
        # touch ("2" is 1.5..2.5, "3" is 2.5..3.5) share no value a writer meant.
        return self.low < other.high and other.low < self.high

    def __str__(self) -> str:
        return f"{_plain(self.low)}..{_plain(self.high)} {self.unit}".rstrip()


@attrs.frozen(kw_only=True)
class Figure:
    """A numeric statement of fact, as written: "about 26 pounds", "nine defendants".

    The stated value is exact (a ``Decimal``); the written precision, the
    hedge and the unit together imply an :attr:`interval` in the dimension's
    base unit, which is what comparisons use: never converted floats.

    Args:
        span: The number with its hedge and unit words.
        text: The characters the span covers.
        value: The stated value (for a range, its low end).
        high: The high end of a range ("from 50 to 100 times"), else ``None``.
        unit: Canonical unit (see :data:`provenance.units.UNITS`; a currency
            is its ISO code), or ``None`` for a plain count.
        kind: What the figure measures.
        approx: The hedge, lower case ("about", "more than"), or ``None``.
        precision: The step of the last written digit (1 for "12", 0.1 for
            "11.9"); the value stands for ``value ± precision / 2``. Extraction
            reads round numbers of 1000 or more as rounded ("72,000" has
            precision 1000) and scaled numbers by their last digit ("1.2
            million": 100000); see :mod:`provenance.extract.figures.numbers`.
        noun: The thing counted or measured ("defendants"), if known.
        quote: The span of the quote the figure sits in, if any.
        same_as: The span of another figure stating the same fact in other
            units ("12 kilograms, or about 26 pounds").

    Example:
        >>> article = Article("a1", "Police seized 26 pounds (11.9 kilograms).")
        >>> pounds = Figure.at(article, 14, 23, value="26", unit="lb", kind="mass")
        >>> kilos = Figure.at(article, 25, 39, value="11.9", unit="kg", kind="mass")
        >>> pounds.compatible(kilos)
        True
    """

    span: Span = attrs.field()
    text: str = attrs.field()
    value: Decimal = attrs.field(converter=_decimal)
    high: Decimal | None = attrs.field(default=None, converter=_optional_decimal)
    unit: str | None = None
    kind: FigureKind = attrs.field(default=FigureKind.COUNT, converter=_kind)
    approx: str | None = None
    precision: Decimal = attrs.field(
        default=attrs.Factory(lambda self: written_precision(self.value), takes_self=True),
        converter=_decimal,
    )
    noun: str | None = None
    quote: Span | None = None
    same_as: Span | None = None

    def __attrs_post_init__(self) -> None:
        # One pass over the common case (figures are built by the thousand);
        # the field checks below give the precise error otherwise.
        if (
            type(self.span) is Span
            and type(self.text) is str
            and (self.high is None or self.high >= self.value)
            and self.precision > 0
            and (self.unit is None or type(self.unit) is str)
            and (self.approx is None or type(self.approx) is str)
            and (self.noun is None or type(self.noun) is str)
            and (self.quote is None or type(self.quote) is Span)
            and (self.same_as is None or type(self.same_as) is Span)
        ):
            return
        for name, checks in _FIGURE_CHECKS:
            field = getattr(attrs.fields(Figure), name)
            for check in checks:
                check(self, field, getattr(self, name))

    @classmethod
    def at(
        cls,
        article: Article,
        start: int,
        end: int,
        *,
        value: Decimal | int | str,
        unit: str | None = None,
        kind: FigureKind | str = FigureKind.COUNT,
        **fields: object,
    ) -> Figure:
        """The figure written at ``start..end`` of ``article``.

        Other keyword arguments (``high``, ``approx``, ``precision``, ``noun``,
        ``quote``, ``same_as``) are passed through.

        Raises:
            SpanError: If the offsets do not fit the article's text.

        Example:
            >>> article = Article("a1", "about 26 pounds")
            >>> Figure.at(article, 0, 15, value=26, unit="lb", kind="mass", approx="about").text
            'about 26 pounds'
        """
        span = article.span(start, end)
        return cls(
            span=span,
            text=article.slice(span),
            value=value,
            unit=unit,
            kind=FigureKind(kind),
            **fields,  # type: ignore[arg-type]
        )

    @property
    def low(self) -> Decimal:
        """The low end of the stated value (the value itself unless a range).

        Example:
            >>> Figure(span=Span(0, 8), text="6 to 10", value=6, high=10).low
            Decimal('6')
        """
        return self.value

    @property
    def dates(self) -> tuple[datetime.date, datetime.date] | None:
        """The first and last day a date figure covers, or ``None`` for other kinds.

        A date figure's ``value`` (and ``high``, for a month, a year or a
        range) are day ordinals (:meth:`datetime.date.toordinal`).

        Example:
            >>> august = datetime.date(2017, 8, 1).toordinal()
            >>> figure = Figure(span=Span(0, 11), text="August 2017", value=august,
            ...                 high=august + 30, unit="date", kind="date")
            >>> [day.isoformat() for day in figure.dates]
            ['2017-08-01', '2017-08-31']
        """
        if self.kind is not FigureKind.DATE:
            return None
        last = self.value if self.high is None else self.high
        return (
            datetime.date.fromordinal(int(self.value)),
            datetime.date.fromordinal(int(last)),
        )

    @functools.cached_property
    def interval(self) -> Interval:
        """Every value this figure is compatible with, in its dimension's base unit.

        The written value ± half its precision, widened by the hedge as
        :data:`provenance.units.HEDGES` says, then converted exactly. A
        hedged date widens by its own length on each side ("around 2045"
        covers 2044 to 2046).

        Example:
            >>> Figure(span=Span(0, 2), text="12", value=12, unit="kg", kind="mass").interval
            Interval(low=Decimal('11.5'), high=Decimal('12.5'), dimension='mass', unit='kg')
        """
        top = self.value if self.high is None else self.high
        half = self.precision / 2
        low, high = self.value - half, top + half
        hedge = units.HEDGES.get(self.approx or "")
        if hedge is not None and self.unit == "date":
            # A hedged date ("around 2045") widens by its own length on each
            # side: factors of a day ordinal would mean centuries.
            length = top - self.value + 1
            if hedge.low is not None:
                low = self.value - length - half
            if hedge.high is not None:
                high = top + length + half
            if hedge.open_low:
                low = -_INF
            if hedge.open_high:
                high = _INF
        elif hedge is not None:
            if hedge.low is not None:
                low = min(low, self.value - abs(self.value) * (1 - hedge.low))
            if hedge.high is not None:
                high = max(high, top + abs(top) * (hedge.high - 1))
            if hedge.open_low:
                low = -_INF
            if hedge.open_high:
                high = _INF
        info = units.unit_info(self.unit)
        factor = units.base_factor(self.unit)
        return Interval(
            low=low * factor, high=high * factor, dimension=info.dimension, unit=info.base
        )

    def incompatibility(self, other: Figure) -> str | None:
        """Why ``other`` cannot state the same fact as this figure, or ``None``.

        Example:
            >>> a = Figure(span=Span(0, 6), text="72,000", value=72000, precision=1000)
            >>> b = Figure(span=Span(0, 6), text="500000", value=500000, precision=100000)
            >>> print(a.incompatibility(b))
            71500..72500 and 450000..550000 do not overlap
        """
        mine, theirs = self.interval, other.interval
        if mine.dimension != theirs.dimension:
            return f"{mine.dimension} cannot be compared with {theirs.dimension}"
        if mine.overlaps(theirs):
            return None
        return f"{mine} and {theirs} do not overlap"

    def compatible(self, other: Figure) -> bool:
        """Whether the two figures can state the same fact (their intervals overlap).

        Example:
            >>> a = Figure(span=Span(0, 5), text="12 kg", value=12, unit="kg", kind="mass")
            >>> b = Figure(span=Span(0, 5), text="26 lb", value=26, unit="lb", kind="mass")
            >>> a.compatible(b)
            True
        """
        return self.incompatibility(other) is None

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` for the binding check."""
        yield "span", self.span, self.text
        if self.quote is not None:
            yield "quote", self.quote, None
        if self.same_as is not None:
            yield "same_as", self.same_as, None


_Check = Any
_FIGURE_CHECKS: tuple[tuple[str, tuple[_Check, ...]], ...] = (
    ("span", (span_field,)),
    ("text", (attrs.validators.instance_of(str),)),
    ("value", (_finite,)),
    ("high", (_finite, _range)),
    ("unit", (optional_str,)),
    ("kind", (attrs.validators.in_(tuple(FigureKind)),)),
    ("approx", (optional_str,)),
    ("precision", (_finite, _positive)),
    ("noun", (optional_str,)),
    ("quote", (optional_span,)),
    ("same_as", (optional_span,)),
)
"""Figure's field checks in field order: :meth:`Figure.__attrs_post_init__`'s slow path."""
