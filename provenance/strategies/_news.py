"""Realistic news articles whose quotes, speakers and figures are known exactly.

An article is composed from sentence shapes that news text uses (a writer's
statement of a figure, a quote before or after its cue, a pronoun or surname
speaker, a partial quote, an organisation's statement, a quote that runs across
paragraphs, dual units, ranges, hedges, number words), and every quote and figure
is recorded with its exact span while the text is built, so the ground truth never
depends on searching the text again.

Conventions are the ones :func:`provenance.analyze` follows: a quote's span is the
words inside the marks; a figure's span is hedge + number + unit words, and for a
count the counted noun is recorded in ``noun``, not spanned.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from provenance.model import (
    Article,
    Attribution,
    Figure,
    FigureKind,
    Quote,
    QuoteKind,
    Span,
)

__all__ = ["AnnotatedArticle", "annotated_articles"]


@attrs.frozen(kw_only=True)
class AnnotatedArticle:
    """An article with the quotes and figures it is known to contain.

    Attributes:
        article: The composed article.
        quotes: Every quote, with its kind and attribution (speaker, source, cue).
        figures: Every figure, with span, value, high, unit, kind, hedge and noun.

    Example:
        >>> from hypothesis import given
        >>> @given(annotated_articles())
        ... def test_ground_truth_slices(case):
        ...     for quote in case.quotes:
        ...         assert case.article.slice(quote.span) == quote.text
        >>> test_ground_truth_slices()
    """

    article: Article
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]


@attrs.frozen
class _Person:
    first: str
    last: str
    pronoun: str
    title: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


PEOPLE = (
    _Person("Ana", "Ruiz", "she", "Interior Minister"),
    _Person("Tomás", "Ekdahl", "he", "Harbour Master"),
    _Person("Grace", "Otieno", "she", "police spokeswoman"),
    _Person("Piotr", "Malinowski", "he", "fire chief"),
    _Person("Mei", "Tanaka", "she", "Deputy Mayor"),
    _Person("Kwame", "Asante", "he", "Health Commissioner"),
)

ORGANISATIONS = ("Harbour Safety Board", "Coastal Freight Union", "Regional Water Agency")

#: Things a person might say: no digits, no quotation marks, no names.
UTTERANCES = (
    "We will not reopen the road until it is safe",
    "Nobody expected the water to rise this quickly",
    "This is a matter for the courts now",
    "Our crews worked through the night and they are exhausted",
    "We are asking people to stay away from the river",
    "The warning signs were there and they were ignored",
    "I have never seen anything like it in my career",
    "Families deserve answers and they will get them",
)

#: Fragments quoted inside the writer's own sentence.
FRAGMENTS = (
    "deeply irresponsible",
    "a turning point for the region",
    "entirely preventable",
    "far too slow",
)

QUOTE_MARKS = (('"', '"'), ("“", "”"), ("«", "»"))

NOUNS = ("residents", "vehicles", "containers", "workers", "households")

_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen"),
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(n: int) -> str:
    """English words for ``0 <= n < 100``: ``23`` -> ``"twenty-three"``.

    Example:
        >>> number_words(23), number_words(40), number_words(7)
        ('twenty-three', 'forty', 'seven')
    """
    if not 0 <= n < 100:
        raise ValueError(f"number_words covers 0..99, not {n}")
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"


class _Builder:
    """Appends text while recording the exact span of every quote and figure."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.quotes: list[tuple[Span, QuoteKind, str | None, Span | None, Span | None]] = []
        self.figures: list[tuple[Span, dict[str, object]]] = []
        self.open_quote: Span | None = None

    def add(self, text: str) -> Span:
        span = Span(self.length, self.length + len(text))
        self.parts.append(text)
        self.length += len(text)
        return span

    def figure(self, text: str, **fields: object) -> Span:
        span = self.add(text)
        self.figures.append((span, fields))
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)


@attrs.frozen
class _FigureText:
    """A rendered figure: its text and the fields analysis must recover."""

    text: str
    value: Decimal
    unit: str | None
    kind: FigureKind
    approx: str | None = None
    high: Decimal | None = None
    noun: str | None = None


_HEDGES = (None, None, "about", "more than", "nearly", "at least", "up to", "around")

_MASS_UNITS = (("kilograms", "kg"), ("kg", "kg"), ("pounds", "lb"), ("tonnes", "t"))
_LENGTH_UNITS = (("kilometres", "km"), ("km", "km"), ("miles", "mi"))


@st.composite
def _digits(draw: st.DrawFn, low: int, high: int) -> tuple[str, int]:
    n = draw(st.integers(low, high))
    if n >= 1000 and draw(st.booleans()):
        return f"{n:,}", n
    return str(n), n


def _plain(value: Decimal) -> Decimal:
    """``2.641E+11`` as ``264100000000``: the same number, written as news writes it."""
    return Decimal(format(value, "f"))


@st.composite
def _count(draw: st.DrawFn) -> _FigureText:
    hedge = draw(st.sampled_from(_HEDGES))
    if draw(st.booleans()):
        n = draw(st.integers(2, 99))
        written = number_words(n)
    else:
        written, n = draw(_digits(2, 250_000))
    text = written if hedge is None else f"{hedge} {written}"
    noun = draw(st.sampled_from(NOUNS))
    return _FigureText(text, Decimal(n), None, FigureKind.COUNT, hedge, noun=noun)


@st.composite
def _measure(draw: st.DrawFn) -> _FigureText:
    kind = draw(st.sampled_from([FigureKind.MASS, FigureKind.LENGTH]))
    word, unit = draw(st.sampled_from(_MASS_UNITS if kind is FigureKind.MASS else _LENGTH_UNITS))
    hedge = draw(st.sampled_from(_HEDGES))
    if draw(st.booleans()):
        tenths = draw(st.integers(11, 9999))
        value = Decimal(tenths).scaleb(-1)
        written = str(value)
    else:
        written, n = draw(_digits(2, 90_000))
        value = Decimal(n)
    space = draw(st.sampled_from([" ", " ", "\u00a0"]))
    text = f"{written}{space}{word}" if hedge is None else f"{hedge} {written}{space}{word}"
    return _FigureText(text, value, unit, kind, hedge)


@st.composite
def _percent(draw: st.DrawFn) -> _FigureText:
    low = draw(st.integers(1, 60))
    suffix = draw(st.sampled_from(["%", " percent", " per cent"]))
    if draw(st.booleans()):
        high = draw(st.integers(low + 1, 99))
        text = f"between {low} and {high}{suffix}"
        return _FigureText(text, Decimal(low), "%", FigureKind.PERCENT, high=Decimal(high))
    return _FigureText(f"{low}{suffix}", Decimal(low), "%", FigureKind.PERCENT)


@st.composite
def _money(draw: st.DrawFn) -> _FigureText:
    symbol, unit = draw(st.sampled_from([("$", "USD"), ("€", "EUR"), ("£", "GBP")]))
    whole = draw(st.integers(1, 900))
    if draw(st.booleans()):
        tenth = draw(st.integers(1, 9))
        written, value = f"{whole}.{tenth}", Decimal(f"{whole}.{tenth}")
    else:
        written, value = str(whole), Decimal(whole)
    scale_word, scale = draw(st.sampled_from([(" million", 6), (" billion", 9), ("", 0)]))
    return _FigureText(
        f"{symbol}{written}{scale_word}", _plain(value.scaleb(scale)), unit, FigureKind.MONEY
    )


_FIGURES = st.one_of(_count(), _measure(), _percent(), _money())


def _add_figure(builder: _Builder, figure: _FigureText, quote: Span | None = None) -> Span:
    return builder.figure(
        figure.text,
        value=figure.value,
        high=figure.high,
        unit=figure.unit,
        kind=figure.kind,
        approx=figure.approx,
        noun=figure.noun,
        quote=quote,
    )


def _figure_tail(figure: _FigureText) -> str:
    """What follows a figure in a writer's sentence, so that it reads as news."""
    if figure.kind is FigureKind.COUNT:
        return f" {figure.noun} were moved to safety"
    if figure.kind is FigureKind.MASS:
        return " of cargo were lost overboard"
    if figure.kind is FigureKind.LENGTH:
        return " of coastline were closed"
    if figure.kind is FigureKind.PERCENT:
        return " of the harbour's berths were damaged"
    return " was set aside for repairs"


@st.composite
def _annotated(draw: st.DrawFn, paragraphs: tuple[int, int]) -> AnnotatedArticle:
    builder = _Builder()
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    people = draw(st.permutations(PEOPLE))[:3]
    introduced: set[str] = set()
    last_speaker: _Person | None = None

    def mention(person: _Person, *, starts_sentence: bool = False) -> Span:
        """Name ``person``: title and full name first, surname later; the name's span."""
        if person.name in introduced:
            return builder.add(person.last)
        introduced.add(person.name)
        title = person.title[0].upper() + person.title[1:] if starts_sentence else person.title
        builder.add(f"{title} ")
        return builder.add(person.name)

    if draw(st.booleans()):
        builder.add(draw(st.sampled_from(["Listen Live", "Harbour storm latest"])) + "\n\n")
    count = draw(st.integers(*paragraphs))
    for index in range(count):
        if index:
            builder.add("\n\n")
        shape = draw(
            st.sampled_from(
                ["writer", "after", "before", "pronoun", "partial", "org", "inquote", "dual"]
            )
        )
        person = draw(st.sampled_from(people))
        if shape == "pronoun" and last_speaker is None:
            shape = "after"
        if shape == "writer":
            figure = draw(_FIGURES)
            lead = "Officials said " if draw(st.booleans()) else "On Tuesday, "
            builder.add(lead)
            _add_figure(builder, figure)
            builder.add(_figure_tail(figure) + ".")
            continue
        if shape == "dual":
            kilos = draw(st.integers(2, 900))
            pounds = round(Decimal(kilos) * Decimal("2.20462"))
            builder.add("Inspectors seized ")
            first = builder.figure(
                f"{kilos} kilograms", value=Decimal(kilos), unit="kg", kind=FigureKind.MASS
            )
            builder.add(", or ")
            second = builder.figure(
                f"about {pounds} pounds",
                value=Decimal(pounds),
                unit="lb",
                kind=FigureKind.MASS,
                approx="about",
            )
            builder.add(", of the drug.")
            builder.figures[-2][1]["same_as"] = second
            builder.figures[-1][1]["same_as"] = first
            continue
        if shape == "org":
            organisation = draw(st.sampled_from(ORGANISATIONS))
            source = builder.add(f"The {organisation}")
            builder.add(" ")
            cue = builder.add("said in a statement")
            builder.add(" that the delay was ")
            builder.add(opening)
            words = builder.add(draw(st.sampled_from(FRAGMENTS)) + ".")
            builder.add(closing)
            builder.quotes.append((words, QuoteKind.PARTIAL, organisation, source, cue))
            continue
        if shape == "partial":
            source, speaker = mention(person, starts_sentence=True), person.name
            builder.add(" ")
            cue = builder.add("said")
            builder.add(" the response had been ")
            builder.add(opening)
            words = builder.add(draw(st.sampled_from(FRAGMENTS)))
            builder.add(f"{closing}.")
            builder.quotes.append((words, QuoteKind.PARTIAL, speaker, source, cue))
            last_speaker = person
            continue
        if shape == "pronoun":
            assert last_speaker is not None
            person = last_speaker
        utterance = draw(st.sampled_from(UTTERANCES))
        if shape == "before":
            source, speaker = mention(person, starts_sentence=True), person.name
            builder.add(" ")
            cue = builder.add("said")
            builder.add(f": {opening}")
            words = builder.add(utterance + ".")
            builder.add(closing)
        else:
            builder.add(opening)
            quote_start = builder.length
            if shape == "inquote":
                builder.add("We counted ")
                figure = draw(_count())
                figure_span = _add_figure(builder, figure)
                builder.add(f" {figure.noun} on the quay,")
            else:
                builder.add(utterance + ",")
            words = Span(quote_start, builder.length)
            builder.add(f"{closing} ")
            source = builder.add(person.pronoun) if shape == "pronoun" else mention(person)
            speaker = person.name
            builder.add(" ")
            cue = builder.add(draw(st.sampled_from(["said", "told reporters", "added"])))
            builder.add(".")
            if shape == "inquote":
                span, fields = builder.figures[-1]
                assert span == figure_span
                fields["quote"] = words
        builder.quotes.append((words, QuoteKind.DIRECT, speaker, source, cue))
        last_speaker = person
    if draw(st.booleans()):
        builder.add("\n\n© Tagus Daily")

    article = Article("composed", builder.text)
    quotes = tuple(
        Quote(
            span=span,
            text=article.slice(span),
            kind=kind,
            attribution=Attribution.at(
                article, content=span, speaker=speaker, source=source, cue=cue
            ),
        )
        for span, kind, speaker, source, cue in builder.quotes
    )
    figures = tuple(
        Figure(span=span, text=article.slice(span), **fields)  # type: ignore[arg-type]
        for span, fields in builder.figures
    )
    return AnnotatedArticle(article=article, quotes=quotes, figures=figures)


def annotated_articles(
    *, min_paragraphs: int = 1, max_paragraphs: int = 6
) -> SearchStrategy[AnnotatedArticle]:
    """Realistic news articles with their quotes, speakers and figures as ground truth.

    Paragraphs are drawn from news shapes: a writer's figure, a quote after or
    before its cue ("said", "told reporters", "added"), a pronoun speaker, a
    partial quote, an organisation's statement, a figure inside a quote, and dual
    units ("12 kilograms, or about 26 pounds"). Figures are written in digits,
    with thousands separators, in words, with hedges, ranges, no-break spaces,
    currencies and scales. Speakers are introduced with a title and full name,
    then named by surname or pronoun.

    Args:
        min_paragraphs: Fewest paragraphs.
        max_paragraphs: Most paragraphs.

    Example:
        >>> from hypothesis import given
        >>> @given(annotated_articles(max_paragraphs=3))
        ... def test_speakers_named(case):
        ...     assert all(q.speaker for q in case.quotes)
        >>> test_speakers_named()
    """
    if not 1 <= min_paragraphs <= max_paragraphs:
        raise InvalidArgument(
            f"need 1 <= min_paragraphs <= max_paragraphs, got {min_paragraphs}, {max_paragraphs}"
        )
    return _annotated((min_paragraphs, max_paragraphs))
