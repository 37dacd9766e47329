"""Sentences, attributions, quotes and claims: spans of one article with meaning."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs

from provenance.model._fields import optional_span, optional_str, span_field
from provenance.model.article import Article
from provenance.model.figure import Figure
from provenance.model.span import Span

__all__ = ["Attribution", "Claim", "Quote", "QuoteKind", "Sentence"]


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence of an article: its span and the exact characters it covers.

    Args:
        span: Half-open code-point offsets of the sentence in the article.
        text: The characters ``article.text[span.start:span.end]``.

    Example:
        >>> article = Article("a1", "First one. Second one.")
        >>> Sentence.at(article, 11, 22)
        Sentence(span=Span(start=11, end=22), text='Second one.')
    """

    span: Span = attrs.field(validator=span_field)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    @classmethod
    def at(cls, article: Article, start: int, end: int) -> Sentence:
        """The sentence at code-point offsets ``start..end`` of ``article``.

        Raises:
            SpanError: If the offsets do not fit the article's text.

        Example:
            >>> Sentence.at(Article("a1", "Hi. Bye."), 0, 3).text
            'Hi.'
        """
        span = article.span(start, end)
        return cls(span=span, text=article.slice(span))

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` for the binding check."""
        yield "span", self.span, self.text


@attrs.frozen(kw_only=True)
class Attribution:
    """Who says what: source, cue and content, as in news attribution research.

    ``Yu said`` has the source mention ``Yu`` (resolved speaker "Yu Haibin"),
    the cue ``said`` and, as content, the quoted or reported words. A pronoun
    source ("he") keeps its span and text as written while :attr:`speaker`
    holds the resolved name; a source that cannot be resolved ("a senior
    official") keeps its mention and has ``speaker=None``.

    Args:
        content: Span of the words attributed.
        speaker: Canonical name of who says it, or ``None`` if unresolved.
        source: Span of the source mention as written ("he", "the court").
        source_text: The characters of ``source``.
        cue: Span of the cue ("said", "according to", "told reporters").
        cue_text: The characters of ``cue``.

    Example:
        >>> article = Article("a1", '"We will act," he said.')
        >>> Attribution.at(article, content=Span(1, 12), source=Span(15, 17),
        ...                cue=Span(18, 22), speaker="Ana Ruiz").source_text
        'he'
    """

    content: Span = attrs.field(validator=span_field)
    speaker: str | None = attrs.field(default=None, validator=optional_str)
    source: Span | None = attrs.field(default=None, validator=optional_span)
    source_text: str | None = attrs.field(default=None, validator=optional_str)
    cue: Span | None = attrs.field(default=None, validator=optional_span)
    cue_text: str | None = attrs.field(default=None, validator=optional_str)

    @source_text.validator
    def _source_pair(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if (self.source is None) != (value is None):
            raise ValueError("source and source_text must be given together")

    @cue_text.validator
    def _cue_pair(self, attribute: attrs.Attribute[str | None], value: str | None) -> None:
        if (self.cue is None) != (value is None):
            raise ValueError("cue and cue_text must be given together")

    @classmethod
    def at(
        cls,
        article: Article,
        *,
        content: Span,
        speaker: str | None = None,
        source: Span | None = None,
        cue: Span | None = None,
    ) -> Attribution:
        """An attribution in ``article``, its mention texts read from the spans.

        Raises:
            SpanError: If a span does not fit the article's text.

        Example:
            >>> article = Article("a1", "Prices rose, the bank said.")
            >>> Attribution.at(article, content=Span(0, 11), source=Span(13, 21),
            ...                cue=Span(22, 26)).cue_text
            'said'
        """
        article.slice(content)
        return cls(
            content=content,
            speaker=speaker,
            source=source,
            source_text=None if source is None else article.slice(source),
            cue=cue,
            cue_text=None if cue is None else article.slice(cue),
        )

    @property
    def span(self) -> Span:
        """The smallest span covering source, cue and content.

        Example:
            >>> Attribution(content=Span(1, 12), cue=Span(17, 21), cue_text="said").span
            Span(start=1, end=21)
        """
        start, end = self.content.start, self.content.end
        for other in (self.source, self.cue):
            if other is not None:
                start = min(start, other.start)
                end = max(end, other.end)
        return Span(start, end)

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` for the binding check."""
        yield "content", self.content, None
        if self.source is not None:
            yield "source", self.source, self.source_text
        if self.cue is not None:
            yield "cue", self.cue, self.cue_text


class QuoteKind(str, enum.Enum):
    """Whether a quotation is a sentence or more of speech, or a fragment.

    Example:
        >>> QuoteKind("partial") is QuoteKind.PARTIAL
        True
    """

    DIRECT = "direct"
    """A sentence or more of someone's speech."""
    PARTIAL = "partial"
    """A fragment of speech inside the writer's own sentence."""


@attrs.frozen(kw_only=True)
class Quote:
    """A direct or partial quotation: the words inside the quotation marks.

    Args:
        span: The quoted words, without the quotation marks.
        text: The characters ``article.text[span.start:span.end]``.
        kind: :attr:`QuoteKind.DIRECT` or :attr:`QuoteKind.PARTIAL`.
        attribution: Who said it, or ``None`` when nothing in the text says.

    Example:
        >>> article = Article("a1", 'She called it "a turning point."')
        >>> quote = Quote.at(article, 15, 31, kind=QuoteKind.PARTIAL)
        >>> quote.text, quote.speaker
        ('a turning point.', None)
    """

    span: Span = attrs.field(validator=span_field)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: QuoteKind = attrs.field(
        default=QuoteKind.DIRECT,
        converter=QuoteKind,
        validator=attrs.validators.in_(tuple(QuoteKind)),
    )
    attribution: Attribution | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Attribution)),
    )

    @classmethod
    def at(
        cls,
        article: Article,
        start: int,
        end: int,
        *,
        kind: QuoteKind = QuoteKind.DIRECT,
        attribution: Attribution | None = None,
    ) -> Quote:
        """The quote whose words lie at ``start..end`` of ``article``.

        Raises:
            SpanError: If the offsets do not fit the article's text.

        Example:
            >>> Quote.at(Article("a1", '"Go," he said.'), 1, 3).text
            'Go'
        """
        span = article.span(start, end)
        return cls(span=span, text=article.slice(span), kind=kind, attribution=attribution)

    @property
    def speaker(self) -> str | None:
        """The resolved speaker's name, or ``None``.

        Example:
            >>> Quote(span=Span(0, 2), text="Go").speaker is None
            True
        """
        return None if self.attribution is None else self.attribution.speaker

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` for the binding check."""
        yield "span", self.span, self.text
        if self.attribution is not None:
            for part, span, text in self.attribution.bound_parts():
                yield f"attribution.{part}", span, text


def _figure_tuple(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    return tuple(figures)


@attrs.frozen(kw_only=True)
class Claim:
    """A sentence-level statement carrying one or more figures, and who asserts it.

    Args:
        span: The sentence (or clause) that states the figures.
        text: The characters the span covers.
        figures: The figures stated, in text order.
        attribution: Who asserts it ("according to X", a quote's speaker), or
            ``None`` when it is the writer's own statement.

    Example:
        >>> article = Article("a1", "Police seized 12 kilograms.")
        >>> figure = Figure.at(article, 14, 26, value="12", unit="kg", kind="mass")
        >>> claim = Claim(span=Span(0, 27), text=article.text, figures=(figure,))
        >>> claim.asserted_by
        'the writer'
    """

    span: Span = attrs.field(validator=span_field)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    figures: tuple[Figure, ...] = attrs.field(
        converter=_figure_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Figure)),
    )
    attribution: Attribution | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Attribution)),
    )

    @property
    def asserted_by(self) -> str:
        """The speaker's name, ``"the writer"``, or ``"an unnamed source"``.

        Example:
            >>> Claim(span=Span(0, 1), text="x", figures=()).asserted_by
            'the writer'
        """
        if self.attribution is None:
            return "the writer"
        return self.attribution.speaker or "an unnamed source"

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` for the binding check."""
        yield "span", self.span, self.text
        for index, figure in enumerate(self.figures):
            for part, span, text in figure.bound_parts():
                yield f"figures[{index}].{part}", span, text
        if self.attribution is not None:
            for part, span, text in self.attribution.bound_parts():
                yield f"attribution.{part}", span, text
