"""Claims: the sentences that carry figures, and who asserts each of them.

:func:`build_claims` makes one :class:`~provenance.model.annotations.Claim`
per sentence that holds at least one figure (a figure belongs to the
sentence its span starts in). A claim's attribution is, for its first figure
that has one:

1. the attribution of the quote the figure sits in ("'We seized 12
   kilograms,' Ruiz said."), or, for an unattributed quote, step 2 applied
   to the quote;
2. else the attribution whose content covers the figure ("according to the
   court, 12 kilograms ...", "Ruiz said that 12 kilograms ..."), the
   narrowest one when several do;
3. else ``None``: the writer asserts it.

Figures outside every sentence (a headline the splitter left out) make no
claim.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from provenance.errors import SpanError
from provenance.model.annotations import Attribution, Claim, Quote, Sentence
from provenance.model.figure import Figure
from provenance.model.span import Span

__all__ = ["build_claims"]


def _check(text: str, what: str, span: Span, recorded: str | None) -> None:
    span.check(text)
    if recorded is not None and text[span.start : span.end] != recorded:
        raise SpanError(
            f"{what} {span.start}..{span.end} records {recorded!r} but the text there is "
            f"{text[span.start : span.end]!r}",
            start=span.start,
            end=span.end,
            path=what,
        )


def _covering(span: Span, attributions: Sequence[Attribution]) -> Attribution | None:
    """The attribution with the narrowest content that covers ``span``."""
    covering = [
        attribution
        for attribution in attributions
        if attribution.content.start <= span.start and span.end <= attribution.content.end
    ]
    if not covering:
        return None
    return min(covering, key=lambda item: item.content.end - item.content.start)


def _quote_of(figure: Figure, quotes: Sequence[Quote], starts: list[int]) -> Quote | None:
    index = bisect.bisect_right(starts, figure.span.start) - 1
    if index >= 0 and figure.span.end <= quotes[index].span.end:
        return quotes[index]
    return None


def attribution_of(
    figure: Figure, *, quotes: Sequence[Quote] = (), attributions: Sequence[Attribution] = ()
) -> Attribution | None:
    """Who asserts ``figure``: its quote's attribution, a covering attribution, or ``None``.

    ``quotes`` must be sorted by span and not overlap (as extraction gives them).

    Example:
        >>> from provenance import Article
        >>> article = Article("a1", "Police seized 12 kilograms, according to the court.")
        >>> figure = Figure.at(article, 14, 26, value=12, unit="kg", kind="mass")
        >>> court = Attribution.at(article, content=Span(0, 26), source=Span(41, 50),
        ...                        cue=Span(28, 40), speaker="court")
        >>> attribution_of(figure, attributions=[court]).speaker
        'court'
    """
    ordered = sorted(quotes, key=lambda quote: (quote.span.start, quote.span.end))
    starts = [quote.span.start for quote in ordered]
    return _attribution(figure, ordered, starts, attributions)


def _attribution(
    figure: Figure,
    quotes: Sequence[Quote],
    starts: list[int],
    attributions: Sequence[Attribution],
) -> Attribution | None:
    quote = _quote_of(figure, quotes, starts)
    if quote is not None:
        if quote.attribution is not None:
            return quote.attribution
        return _covering(quote.span, attributions)
    return _covering(figure.span, attributions)


def build_claims(
    text: str,
    *,
    sentences: Sequence[Sentence],
    figures: Sequence[Figure],
    quotes: Sequence[Quote] = (),
    attributions: Sequence[Attribution] = (),
) -> tuple[Claim, ...]:
    """One claim per sentence that carries a figure, with who asserts it.

    Args:
        text: The article's text (offsets are code-point indices into it).
        sentences: The text's sentences.
        figures: The text's figures.
        quotes: The text's quotes (their attributions name speakers).
        attributions: The text's attributions ("according to X", "X said").

    Returns:
        The claims, sorted by span.

    Raises:
        SpanError: If a sentence or figure does not fit ``text``.

    Example:
        >>> from provenance import Article
        >>> article = Article("a1", "Nine men were held. Ruiz said 12 kilograms were found.")
        >>> sentences = [Sentence.at(article, 0, 19), Sentence.at(article, 20, 54)]
        >>> figures = [Figure.at(article, 0, 4, value=9, noun="men"),
        ...            Figure.at(article, 30, 42, value=12, unit="kg", kind="mass")]
        >>> said = Attribution.at(article, content=Span(30, 53), source=Span(20, 24),
        ...                       cue=Span(25, 29), speaker="Ana Ruiz")
        >>> [(claim.text, claim.asserted_by) for claim in build_claims(
        ...     article.text, sentences=sentences, figures=figures, attributions=[said])]
        [('Nine men were held.', 'the writer'), ('Ruiz said 12 kilograms were found.', 'Ana Ruiz')]
    """
    for index, sentence in enumerate(sentences):
        _check(text, f"sentences[{index}].span", sentence.span, sentence.text)
    for index, figure in enumerate(figures):
        _check(text, f"figures[{index}].span", figure.span, figure.text)
    ordered_quotes = sorted(quotes, key=lambda quote: (quote.span.start, quote.span.end))
    starts = [quote.span.start for quote in ordered_quotes]
    ordered_figures = sorted(figures, key=lambda figure: (figure.span.start, figure.span.end))
    figure_starts = [figure.span.start for figure in ordered_figures]

    claims = []
    for sentence in sorted(sentences, key=lambda item: (item.span.start, item.span.end)):
        first = bisect.bisect_left(figure_starts, sentence.span.start)
        last = bisect.bisect_left(figure_starts, sentence.span.end)
        carried = ordered_figures[first:last]
        if not carried:
            continue
        attribution = None
        for figure in carried:
            attribution = _attribution(figure, ordered_quotes, starts, attributions)
            if attribution is not None:
                break
        claims.append(
            Claim(span=sentence.span, text=sentence.text, figures=carried, attribution=attribution)
        )
    return tuple(claims)
