"""The analysis of one article: every sentence, quote, attribution, figure and claim."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

import attrs

from provenance.errors import BindingError, SpanError
from provenance.model._fields import all_bound, binding_errors
from provenance.model.annotations import Attribution, Claim, Quote, Sentence
from provenance.model.article import Article
from provenance.model.figure import Figure
from provenance.model.span import Span

__all__ = ["Analysis", "Verdict"]


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]: ...


T = TypeVar("T", bound=_Spanned)


def _by_span(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(sorted(items, key=lambda item: (item.span.start, item.span.end)))


# One typed converter per field, so that type checkers see Iterable[Sentence] etc.
def _sentences(items: Iterable[Sentence]) -> tuple[Sentence, ...]:
    return _by_span(items)


def _quotes(items: Iterable[Quote]) -> tuple[Quote, ...]:
    return _by_span(items)


def _attributions(items: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return _by_span(items)


def _figures(items: Iterable[Figure]) -> tuple[Figure, ...]:
    return _by_span(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return _by_span(items)


class Verdict(str, enum.Enum):
    """What the sources say about a figure or quote of a checked text.

    Example:
        >>> Verdict("traced") is Verdict.TRACED
        True
    """

    TRACED = "traced"
    """A source sentence states it: the same quote words, or a compatible figure."""
    APPROXIMATE = "approximate"
    """Supported only loosely: a quote whose wording differs, or a figure only derivable."""
    CONFLICT = "conflict"
    """Sources state it with an incompatible value, or give the quote to another speaker."""
    UNTRACED = "untraced"
    """No source sentence supports it."""


@attrs.frozen(kw_only=True)
class Analysis:
    """What :func:`provenance.analyze` finds in an article, each tuple sorted by span.

    Constructing an analysis binds every span to the article: each must lie
    inside its text and cover exactly the characters its object records, or
    the analysis is refused with every mismatch listed.

    Args:
        article: The article analysed.
        sentences: Its sentences.
        quotes: Its quotations.
        attributions: Who says what.
        figures: Its numeric figures.
        claims: Sentences that state figures, with who asserts them.

    Raises:
        SpanError: If any span does not fit the article (all are listed).

    Example:
        >>> article = Article("a1", "Hi. Bye.")
        >>> analysis = Analysis(article=article, sentences=[Sentence.at(article, 4, 8),
        ...                                                 Sentence.at(article, 0, 3)])
        >>> [s.text for s in analysis.sentences]
        ['Hi.', 'Bye.']
    """

    article: Article = attrs.field(validator=attrs.validators.instance_of(Article))
    sentences: tuple[Sentence, ...] = attrs.field(
        default=(),
        converter=_sentences,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Sentence)),
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(),
        converter=_quotes,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Quote)),
    )
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(),
        converter=_attributions,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Attribution)),
    )
    figures: tuple[Figure, ...] = attrs.field(
        default=(),
        converter=_figures,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Figure)),
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(),
        converter=_claims,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Claim)),
    )

    def __attrs_post_init__(self) -> None:
        text = self.article.text
        parts = (self.sentences, self.quotes, self.attributions, self.figures, self.claims)
        if all(all_bound(text, objects) for objects in parts):
            return
        errors = self.binding_errors()
        if errors:
            raise BindingError(self.article.id, errors)

    def binding_errors(self) -> list[SpanError]:
        """Every span that does not fit the article, each naming its path.

        Example:
            >>> Analysis(article=Article("a1", "Hi.")).binding_errors()
            []
        """
        items: list[tuple[str, _Spanned]] = []
        for name in ("sentences", "quotes", "attributions", "figures", "claims"):
            objects: tuple[_Spanned, ...] = getattr(self, name)
            items.extend((f"{name}[{index}]", item) for index, item in enumerate(objects))
        return binding_errors(self.article.text, items)

    @property
    def text(self) -> str:
        """The article's text.

        Example:
            >>> Analysis(article=Article("a1", "Hi.")).text
            'Hi.'
        """
        return self.article.text

    def covered(self, items: Iterable[T], span: Span) -> tuple[T, ...]:
        """The items that lie wholly inside ``span``: "the quotes in this sentence".

        Example:
            >>> article = Article("a1", 'He said "yes." Then left.')
            >>> analysis = Analysis(article=article, quotes=[Quote.at(article, 9, 13)],
            ...                     sentences=[Sentence.at(article, 0, 14)])
            >>> [q.text for q in analysis.covered(analysis.quotes, analysis.sentences[0].span)]
            ['yes.']
        """
        return tuple(item for item in items if span.contains(item.span))

    def covering(self, items: Iterable[T], span: Span) -> tuple[T, ...]:
        """The items that wholly contain ``span``: "the sentence of this figure".

        Example:
            >>> article = Article("a1", "One. Two kg.")
            >>> analysis = Analysis(article=article, sentences=[Sentence.at(article, 0, 4),
            ...                                                 Sentence.at(article, 5, 12)])
            >>> analysis.covering(analysis.sentences, Span(5, 8))[0].text
            'Two kg.'
        """
        return tuple(item for item in items if item.span.contains(span))
