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


def _narrowest_covering(
    spans: Sequence[Span], attributions: Sequence[Attribution]
) -> list[Attribution | None]:
    """:func:`_covering` of each of ``spans`` at once, in O((n + m) log n), not O(n * m).

    A sweep in order of start: every attribution whose content starts at or
    before a span's start goes into a Fenwick tree over content ends (largest
    end first), holding the least ``(width, index)``; the span then asks for
    the least among ends at or after its own end. The index breaks ties as
    ``min`` over ``attributions`` in order does.

    Example:
        >>> from provenance import Article
        >>> article = Article("a1", "Ruiz said that the court said 12 kilograms were found.")
        >>> wide = Attribution.at(article, content=Span(15, 54), source=Span(0, 4),
        ...                       cue=Span(5, 9), speaker="Ruiz")
        >>> narrow = Attribution.at(article, content=Span(30, 54), source=Span(15, 24),
        ...                         cue=Span(25, 29), speaker="court")
        >>> [a and a.speaker for a in _narrowest_covering(
        ...     [Span(30, 42), Span(15, 18), Span(0, 4)], [wide, narrow])]
        ['court', 'Ruiz', None]
    """
    ends = sorted({attribution.content.end for attribution in attributions})
    size = len(ends)
    none = (1 << 62, 1 << 62)
    tree = [none] * (size + 1)  # 1-based; position p holds ends[size - p]

    def position(end: int) -> int:
        """How many distinct content ends are at or after ``end``."""
        return size - bisect.bisect_left(ends, end)

    by_start = sorted(range(len(attributions)), key=lambda index: attributions[index].content.start)
    results: list[Attribution | None] = [None] * len(spans)
    added = 0
    for query in sorted(range(len(spans)), key=lambda index: spans[index].start):
        span = spans[query]
        while added < len(by_start) and (attributions[by_start[added]].content.start <= span.start):
            index = by_start[added]
            content = attributions[index].content
            key = (content.end - content.start, index)
            slot = position(content.end)
            while slot <= size:
                if key < tree[slot]:
                    tree[slot] = key
                slot += slot & -slot
            added += 1
        best = none
        slot = position(span.end)
        while slot > 0:
            if tree[slot] < best:
                best = tree[slot]
            slot -= slot & -slot
        if best != none:
            results[query] = attributions[best[1]]
    return results


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
    checked: tuple[tuple[str, Sequence[Sentence | Figure]], ...] = (
        ("sentences", sentences),
        ("figures", figures),
    )
    for name, items in checked:
        for index, item in enumerate(items):
            span = item.span
            if span.end > len(text) or text[span.start : span.end] != item.text:
                _check(text, f"{name}[{index}].span", span, item.text)
    ordered_quotes = sorted(quotes, key=lambda quote: (quote.span.start, quote.span.end))
    starts = [quote.span.start for quote in ordered_quotes]
    ordered_figures = sorted(figures, key=lambda figure: (figure.span.start, figure.span.end))
    figure_starts = [figure.span.start for figure in ordered_figures]

    # Each figure's attribution as _attribution() gives it, with the covering
    # attributions found in one sweep: asking each figure in turn is quadratic.
    figure_quotes = [_quote_of(figure, ordered_quotes, starts) for figure in ordered_figures]
    asked = [
        figure.span if quote is None else quote.span
        for figure, quote in zip(ordered_figures, figure_quotes, strict=True)
    ]
    covering = _narrowest_covering(asked, attributions)
    figure_attributions = [
        quote.attribution if quote is not None and quote.attribution is not None else found
        for quote, found in zip(figure_quotes, covering, strict=True)
    ]

    claims = []
    for sentence in sorted(sentences, key=lambda item: (item.span.start, item.span.end)):
        first = bisect.bisect_left(figure_starts, sentence.span.start)
        last = bisect.bisect_left(figure_starts, sentence.span.end)
        carried = ordered_figures[first:last]
        if not carried:
            continue
        attribution = None
        for index in range(first, last):
            attribution = figure_attributions[index]
            if attribution is not None:
                break
        claims.append(
            Claim(span=sentence.span, text=sentence.text, figures=carried, attribution=attribution)
        )
    return tuple(claims)
