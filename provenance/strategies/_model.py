"""Strategies for model objects bound to awkward text (see :mod:`provenance.strategies`)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from provenance import units
from provenance.model import (
    Analysis,
    Article,
    Attribution,
    Claim,
    Figure,
    FigureKind,
    Interval,
    Quote,
    QuoteKind,
    Sentence,
    Span,
)

__all__ = [
    "analyses",
    "articles",
    "attributions",
    "claims",
    "figures",
    "quotes",
    "sentences",
    "spans",
    "texts",
]

#: Any code point but a lone surrogate (which :class:`Article` refuses).
_CHARACTERS = st.characters(codec="utf-8")

#: Characters that break naive offset code: astral, combining, CRLF, odd spaces, marks.
AWKWARD_CHARACTERS = (
    "😀",  # astral: two UTF-16 code units, four UTF-8 bytes
    "𝔘",  # astral letter
    "𠜎",  # astral CJK
    "e\u0301",  # e + combining acute: two code points, one glyph
    "é",  # precomposed
    "\r\n",  # CRLF, kept as is
    "\r",
    "\n\n",
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\t",
    "\u200f",  # right-to-left mark
    "“",
    "”",
    '"',
    "'",
    "’",
    "«",
    "»",
    "\x00",
    "שלום",  # right-to-left text
)


def texts(*, min_size: int = 0, max_size: int = 80) -> SearchStrategy[str]:
    """Unicode text without lone surrogates, rich in characters that break offsets.

    Args:
        min_size: Fewest pieces (characters or awkward sequences) to join.
        max_size: Most pieces to join.

    Example:
        >>> from hypothesis import given
        >>> @given(texts())
        ... def test_encodes(text):
        ...     text.encode("utf-8")
        >>> test_encodes()
    """
    if min_size < 0 or max_size < min_size:
        raise InvalidArgument(f"need 0 <= min_size <= max_size, got {min_size}, {max_size}")
    piece = st.one_of(
        _CHARACTERS,
        st.sampled_from(AWKWARD_CHARACTERS),
    )
    return st.lists(piece, min_size=min_size, max_size=max_size).map("".join)


def spans(text: str | SearchStrategy[str]) -> SearchStrategy[Span]:
    """Spans that fit ``text``: ``0 <= start <= end <= len(text)``.

    Args:
        text: The text (or a strategy of texts) the spans point into.

    Example:
        >>> from hypothesis import given
        >>> @given(spans("hello"))
        ... def test_fits(span):
        ...     assert span.end <= 5
        >>> test_fits()
    """
    if isinstance(text, str):
        return _spans_of(text)
    if not isinstance(text, SearchStrategy):
        raise InvalidArgument(f"text must be a str or a strategy, not {text!r}")
    return text.flatmap(_spans_of)


def _spans_of(text: str) -> SearchStrategy[Span]:
    bound = st.integers(min_value=0, max_value=len(text))
    return st.tuples(bound, bound).map(lambda pair: Span(min(pair), max(pair)))


_optional_text = st.none() | st.text(_CHARACTERS, max_size=20)


@st.composite
def _articles(draw: st.DrawFn, text: SearchStrategy[str]) -> Article:
    return Article(
        draw(st.text(_CHARACTERS, min_size=1, max_size=12)),
        draw(text),
        title=draw(_optional_text),
        publisher=draw(_optional_text),
        url=draw(st.none() | st.just("https://example.org/news/1")),
        published=draw(st.none() | st.dates(datetime.date(1990, 1, 1))),
        byline=draw(_optional_text),
    )


def articles(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Article]:
    """Articles with awkward text and any combination of metadata.

    Args:
        text: Strategy for the article text; :func:`texts` by default.

    Example:
        >>> from hypothesis import given
        >>> @given(articles())
        ... def test_slices(article):
        ...     assert article.slice(Span(0, len(article.text))) == article.text
        >>> test_slices()
    """
    if text is not None and not isinstance(text, SearchStrategy):
        raise InvalidArgument(f"text must be a strategy, not {text!r}")
    return _articles(texts() if text is None else text)


def _article_or_draw(draw: st.DrawFn, article: Article | None) -> Article:
    return draw(articles()) if article is None else article


@st.composite
def _sentences(draw: st.DrawFn, article: Article | None) -> Sentence:
    article = _article_or_draw(draw, article)
    span = draw(_spans_of(article.text))
    return Sentence(span=span, text=article.slice(span))


def sentences(*, article: Article | None = None) -> SearchStrategy[Sentence]:
    """Sentences bound to ``article`` (or to a drawn article).

    Example:
        >>> from hypothesis import given
        >>> article = Article("a1", "One. Two.")
        >>> @given(sentences(article=article))
        ... def test_bound(sentence):
        ...     assert article.slice(sentence.span) == sentence.text
        >>> test_bound()
    """
    return _sentences(article)


_speakers = st.none() | st.sampled_from(["Ana Ruiz", "Tomás Ek", "the court", "Ministry"])


@st.composite
def _attributions(draw: st.DrawFn, article: Article | None) -> Attribution:
    article = _article_or_draw(draw, article)
    spans_of = _spans_of(article.text)
    return Attribution.at(
        article,
        content=draw(spans_of),
        speaker=draw(_speakers),
        source=draw(st.none() | spans_of),
        cue=draw(st.none() | spans_of),
    )


def attributions(*, article: Article | None = None) -> SearchStrategy[Attribution]:
    """Attributions bound to ``article`` (or to a drawn article).

    Example:
        >>> from hypothesis import given
        >>> @given(attributions())
        ... def test_mention(attribution):
        ...     assert (attribution.source is None) == (attribution.source_text is None)
        >>> test_mention()
    """
    return _attributions(article)


@st.composite
def _quotes(draw: st.DrawFn, article: Article | None) -> Quote:
    article = _article_or_draw(draw, article)
    span = draw(_spans_of(article.text))
    return Quote(
        span=span,
        text=article.slice(span),
        kind=draw(st.sampled_from(QuoteKind)),
        attribution=draw(st.none() | attributions(article=article)),
    )


def quotes(*, article: Article | None = None) -> SearchStrategy[Quote]:
    """Quotes bound to ``article`` (or to a drawn article), with or without attribution.

    Example:
        >>> from hypothesis import given
        >>> @given(quotes())
        ... def test_kind(quote):
        ...     assert quote.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)
        >>> test_kind()
    """
    return _quotes(article)


_values = st.decimals(
    allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**12
)
_units = st.none() | st.sampled_from(sorted(units.UNITS)) | st.sampled_from(["USD", "EUR"])


@st.composite
def _figures(draw: st.DrawFn, article: Article | None) -> Figure:
    article = _article_or_draw(draw, article)
    spans_of = _spans_of(article.text)
    span = draw(spans_of)
    value = draw(_values)
    high = draw(st.none() | _values.filter(lambda high: high >= value))
    return Figure(
        span=span,
        text=article.slice(span),
        value=value,
        high=high,
        unit=draw(_units),
        kind=draw(st.sampled_from(FigureKind)),
        approx=draw(st.none() | st.sampled_from(sorted(units.HEDGES))),
        precision=draw(
            st.sampled_from([Decimal("0.001"), Decimal("0.1"), Decimal(1), Decimal(1000)])
        ),
        noun=draw(st.none() | st.sampled_from(["deaths", "defendants", "people"])),
        quote=draw(st.none() | spans_of),
        same_as=draw(st.none() | spans_of),
    )


def figures(*, article: Article | None = None) -> SearchStrategy[Figure]:
    """Figures bound to ``article`` (or to a drawn article), any value, unit and hedge.

    Example:
        >>> from hypothesis import given
        >>> @given(figures())
        ... def test_interval(figure):
        ...     assert figure.interval.low <= figure.interval.high
        >>> test_interval()
    """
    return _figures(article)


T = TypeVar("T")


def _few(draw: st.DrawFn, strategy: SearchStrategy[T]) -> tuple[T, ...]:
    """Draw up to three values (enough to exercise sorting, few enough to read)."""
    drawn: list[T] = draw(st.lists(strategy, max_size=3))
    return tuple(drawn)


@st.composite
def _claims(draw: st.DrawFn, article: Article | None) -> Claim:
    article = _article_or_draw(draw, article)
    span = draw(_spans_of(article.text))
    return Claim(
        span=span,
        text=article.slice(span),
        figures=_few(draw, figures(article=article)),
        attribution=draw(st.none() | attributions(article=article)),
    )


def claims(*, article: Article | None = None) -> SearchStrategy[Claim]:
    """Claims bound to ``article`` (or to a drawn article).

    Example:
        >>> from hypothesis import given
        >>> @given(claims())
        ... def test_asserted(claim):
        ...     assert claim.asserted_by
        >>> test_asserted()
    """
    return _claims(article)


@st.composite
def _analyses(draw: st.DrawFn, article: SearchStrategy[Article]) -> Analysis:
    drawn = draw(article)
    return Analysis(
        article=drawn,
        sentences=_few(draw, sentences(article=drawn)),
        quotes=_few(draw, quotes(article=drawn)),
        attributions=_few(draw, attributions(article=drawn)),
        figures=_few(draw, figures(article=drawn)),
        claims=_few(draw, claims(article=drawn)),
    )


def analyses(*, article: SearchStrategy[Article] | None = None) -> SearchStrategy[Analysis]:
    """Analyses whose every object is bound to the analysed article (not extraction output).

    Example:
        >>> from hypothesis import given
        >>> @given(analyses())
        ... def test_sorted(analysis):
        ...     starts = [q.span.start for q in analysis.quotes]
        ...     assert starts == sorted(starts)
        >>> test_sorted()
    """
    return _analyses(articles() if article is None else article)


def _intervals() -> SearchStrategy[Interval]:
    return _figures(None).map(lambda figure: figure.interval)


def type_strategies() -> dict[str, SearchStrategy[Any]]:
    """The strategy ``st.from_type`` uses for each model class, by class name.

    Hypothesis registers them itself through the ``hypothesis`` entry point once
    the package is installed.

    Example:
        >>> from hypothesis import strategies as st
        >>> from hypothesis import given
        >>> @given(st.from_type(Span))
        ... def test_span(span):
        ...     assert isinstance(span, Span)
        >>> test_span()
    """
    return {
        "Span": spans(texts()),
        "Article": articles(),
        "Sentence": sentences(),
        "Attribution": attributions(),
        "Quote": quotes(),
        "Figure": figures(),
        "Interval": _intervals(),
        "Claim": claims(),
        "Analysis": analyses(),
    }
