"""Extraction: from an article's text to its :class:`~provenance.Analysis`.

The stages, each in its own module, run in this order over the untouched text:

1. :mod:`~provenance.extract.sentences`: paragraphs (lines), then sentences;
2. :mod:`~provenance.extract.quotes`: quotation marks paired per paragraph
   (runs before sentence splitting, so that no sentence ends inside a
   quotation), then each marked span classified as quote or term;
3. :mod:`~provenance.extract.attribution`: cues, sources and speakers;
4. :mod:`~provenance.extract.figures`: numbers with their units, hedges,
   precision and counted nouns, linked to the quote they sit in;
5. :mod:`~provenance.extract.claims`: each sentence stating figures, with who
   asserts it.

Word tables for all rules are in :mod:`~provenance.extract.cues`. Every stage
is linear in the length of the text: one pass, bounded look-around.

Example:
    >>> analysis = analyze('"We will act," said Ana Ruiz. She runs the lab.')
    >>> [(q.text, q.kind.value, q.speaker) for q in analysis.quotes]
    [('We will act,', 'direct', 'Ana Ruiz')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from provenance.errors import InputError
from provenance.extract.attribution import Cue, find_cues, reported_content
from provenance.extract.claims import build_claims
from provenance.extract.figures import find_figures
from provenance.extract.quotes import Marked, classify, find_marked
from provenance.extract.sentences import find_paragraphs, split_sentences
from provenance.model.analysis import Analysis
from provenance.model.annotations import Attribution, Quote, QuoteKind, Sentence
from provenance.model.article import Article
from provenance.model.span import Span

__all__ = ["InputError", "analyze", "build_claims", "find_figures"]


def analyze(article: Article | str) -> Analysis:
    """Find the sentences, quotes and attributions of an article.

    Args:
        article: The article, or a plain string (analysed as
            ``Article(id="text", text=...)``).

    Returns:
        The :class:`~provenance.Analysis`; every span is a half-open code-point
        range of the article's text. Dates written without a year take the
        year of ``article.published`` (and are left out when it is unknown).

    Raises:
        InputError: If ``article`` is neither an :class:`Article` nor a ``str``.
        TextError: If a plain string holds a lone surrogate.

    Example:
        >>> analysis = analyze("Yu Haibin spoke. “Nothing matters more,” he said.")
        >>> [s.text for s in analysis.sentences]
        ['Yu Haibin spoke.', '“Nothing matters more,” he said.']
        >>> quote = analysis.quotes[0]
        >>> quote.text, quote.speaker, quote.attribution.cue_text
        ('Nothing matters more,', 'Yu Haibin', 'said')
    """
    if isinstance(article, str):
        article = Article("text", article)
    elif not isinstance(article, Article):
        raise InputError(f"analyze() takes an Article or a str, not {type(article).__name__}")
    text = article.text
    paragraphs = find_paragraphs(text)
    marked = find_marked(text, paragraphs)
    protected = [m.outer for m in marked]
    sentence_spans = split_sentences(text, paragraphs, protected=protected)
    cues = find_cues(text, sentence_spans, [m.outer for m in marked])
    quotes, used = _quotes(text, marked, sentence_spans, cues, paragraphs)
    quotes = _resumed(text, quotes)
    quotes.extend(_nested_quotes(text, marked, quotes))
    attributions = [q.attribution for q in quotes if q.attribution is not None]
    for index, cue in enumerate(cues):
        if index in used or cue.source is None or cue.quote_only:
            continue
        content = reported_content(text, sentence_spans[cue.sentence], cue)
        if content is not None:
            attributions.append(_attribution(text, content, cue))
    sentences = [Sentence(span=s, text=text[s.start : s.end]) for s in sentence_spans]
    year = article.published.year if article.published else None
    figures = find_figures(text, quotes=quotes, year=year)
    claims = build_claims(
        text, sentences=sentences, figures=figures, quotes=quotes, attributions=attributions
    )
    return Analysis(
        article=article,
        sentences=sentences,
        quotes=quotes,
        attributions=attributions,
        figures=figures,
        claims=claims,
    )


def _attribution(
    text: str, content: Span, cue: Cue | None, speaker: str | None = None
) -> Attribution:
    if cue is None:
        return Attribution(content=content, speaker=speaker)
    return Attribution(
        content=content,
        speaker=cue.speaker,
        source=cue.source,
        source_text=cue.source_text(text),
        cue=cue.cue,
        cue_text=text[cue.cue.start : cue.cue.end],
    )


def _nearest_cue(
    text: str, marked: Marked, candidates: Sequence[tuple[int, Cue]], starts: Sequence[int]
) -> int | None:
    """Index of the cue nearest the marked span in its sentence, cues with a source first.

    Only the few cues on either side are compared (``starts`` are the cue starts,
    sorted), so a long sentence with many quotes and cues stays linear.
    """
    best: tuple[int, int, int] | None = None
    outer = marked.outer
    middle = bisect.bisect_left(starts, outer.start)
    for position in range(max(0, middle - _CUE_REACH), min(len(candidates), middle + _CUE_REACH)):
        index, cue = candidates[position]
        near = cue.near
        if near.start >= outer.end:
            distance = near.start - outer.end
            if distance > _CLAUSE_GAP or _crosses_clause(text, outer.end, near.start):
                continue
        elif near.end <= outer.start:
            distance = outer.start - near.end + 1
        else:
            continue
        rank = (0 if cue.source is not None else 1, distance, index)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[2]


_CUE_REACH = 3
_CLAUSE_GAP = 300
_CLAUSE_WORDS = frozenset({"while", "whereas", "and", "but", "although", "though", "as"})


def _crosses_clause(text: str, start: int, end: int) -> bool:
    """Whether the words between a quote and a later cue start another clause."""
    return any(word.strip(",;:") in _CLAUSE_WORDS for word in text[start:end].lower().split())


def _quotes(
    text: str,
    marked: list[Marked],
    sentences: list[Span],
    cues: list[Cue],
    paragraphs: list[Span],
) -> tuple[list[Quote], set[int]]:
    """The marked spans that are quotes, attributed; and the indices of the cues used."""
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[int, Cue]]] = {}
    for index, cue in enumerate(cues):
        by_sentence.setdefault(cue.sentence, []).append((index, cue))
    sentence_of = [max(0, bisect.bisect_right(starts, m.content.start) - 1) for m in marked]
    cue_starts = {key: [c.cue.start for _, c in value] for key, value in by_sentence.items()}
    chosen: list[int | None] = [
        _nearest_cue(
            text, m, by_sentence.get(sentence_of[i], ()), cue_starts.get(sentence_of[i], [])
        )
        for i, m in enumerate(marked)
    ]
    group_cue: dict[int, int] = {}
    for index, m in enumerate(marked):
        cue_index = chosen[index]
        if cue_index is not None and _in_group(marked, m):
            group_cue.setdefault(m.group, cue_index)
    quotes: list[Quote] = []
    used: set[int] = set()
    last_in_paragraph: dict[int, Quote] = {}
    last_of_group: dict[int, Quote] = {}
    for index, m in enumerate(marked):
        if not sentences:
            break
        cue_index = chosen[index]
        grouped = _in_group(marked, m)
        attribution: Attribution | None = None
        continued = False
        if cue_index is not None:
            attribution = _attribution(text, m.content, cues[cue_index])
        else:
            attribution, continued = _continued(text, m, last_in_paragraph, last_of_group)
            if attribution is None and grouped and m.group in group_cue:
                attribution = _attribution(text, m.content, cues[group_cue[m.group]])
        kind = classify(
            text,
            m,
            sentence=sentences[sentence_of[index]],
            attributed=cue_index is not None,
            continued=continued,
        )
        if kind is None:
            continue
        if cue_index is not None:
            used.add(cue_index)
        quote = Quote(
            span=m.content,
            text=text[m.content.start : m.content.end],
            kind=kind,
            attribution=attribution,
        )
        quotes.append(quote)
        last_in_paragraph[m.paragraph] = quote
        last_of_group[m.group] = quote
    return quotes, used


def _continued(
    text: str,
    marked: Marked,
    last_in_paragraph: dict[int, Quote],
    last_of_group: dict[int, Quote],
) -> tuple[Attribution | None, bool]:
    """The attribution a quote without a cue continues, and whether it continues one.

    In order: the previous quote of the same paragraph (source and cue copied),
    the previous piece of the same multi-paragraph quotation (copied), or, for a
    quotation opening its paragraph, the last quote of the previous paragraph
    (its speaker only).
    """
    for earlier in (last_in_paragraph.get(marked.paragraph), last_of_group.get(marked.group)):
        if earlier is not None and earlier.attribution is not None:
            return attrs.evolve(earlier.attribution, content=marked.content), True
    if _opens_paragraph(text, marked.open.start):
        earlier = last_in_paragraph.get(marked.paragraph - 1)
        if earlier is not None and earlier.attribution is not None:
            return Attribution(content=marked.content, speaker=earlier.attribution.speaker), True
    return None, False


def _resumed(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quotation split by its cue keeps the kind of its first part.

    In ``“The plan,” he said, “is to finish first.”`` the second part starts
    lower-case but is as direct as the first.
    """
    resumed: list[Quote] = []
    for quote in quotes:
        previous = resumed[-1] if resumed else None
        if (
            previous is not None
            and quote.kind is QuoteKind.PARTIAL
            and previous.kind is QuoteKind.DIRECT
            and previous.text.endswith(",")
            and 0 < quote.span.start - previous.span.end <= _RESUME_GAP
            and "\n" not in text[previous.span.end : quote.span.start]
            and text[previous.span.end : quote.span.start].rstrip(" “\"‘'«").endswith(",")
        ):
            quote = attrs.evolve(quote, kind=QuoteKind.DIRECT)
        resumed.append(quote)
    return resumed


_RESUME_GAP = 40


def _nested_quotes(text: str, marked: list[Marked], quotes: list[Quote]) -> list[Quote]:
    """Quotations inside a quote that its speaker attributes: ``“He told me, ‘Go.’”``.

    A nested pair is a quote only when a cue stands right before its opening mark
    (``said, ‘``, ``told me: ‹``), read from at most a short window inside the outer
    quote. ``I`` and ``we`` as its source are the outer quote's speaker.
    """
    by_span = {(q.span.start, q.span.end): q for q in quotes}
    found: list[Quote] = []
    for m in marked:
        outer = by_span.get((m.content.start, m.content.end))
        if outer is None or not m.inner:
            continue
        floor = m.content.start
        for opener, closer in m.inner:
            window = Span(max(floor, opener.start - _NESTED_WINDOW), opener.start)
            floor = closer.end
            content = _stripped(text, opener.end, closer.start)
            if content is None or window.start >= window.end:
                continue
            cues = find_cues(text, [window], [])
            if not cues:
                continue
            cue = cues[-1]
            if text[max(cue.cue.end, cue.near.end) : opener.start].strip(" ,:\u00a0\t"):
                continue
            speaker = cue.speaker
            source = cue.source_text(text)
            if source is not None and source.lower() in ("i", "we"):
                speaker = outer.speaker
            attribution = attrs.evolve(_attribution(text, content, cue), speaker=speaker)
            first = text[content.start]
            kind = QuoteKind.DIRECT if first.isupper() or first.isdigit() else QuoteKind.PARTIAL
            found.append(
                Quote(
                    span=content,
                    text=text[content.start : content.end],
                    kind=kind,
                    attribution=attribution,
                )
            )
    return found


_NESTED_WINDOW = 80


def _stripped(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _in_group(marked: list[Marked], m: Marked) -> bool:
    return m.close is None or marked[m.group] is not m


def _opens_paragraph(text: str, index: int) -> bool:
    start = index
    while start > 0 and text[start - 1] in " \t\u00a0\u3000":
        start -= 1
    return start == 0 or text[start - 1] in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
