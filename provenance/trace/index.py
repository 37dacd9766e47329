"""The index of a corpus: words by position, sentences, figures by context (private).

Built once per :class:`~provenance.trace.Corpus`; every lookup starts from the
postings of the rarest words involved, so its cost depends on how often those
words occur, not on how many sentences the corpus holds.

Layout (compact arrays, one entry per source word):

- ``words[g]``, ``starts[g]``, ``ends[g]``: the word id and code-point offsets
  (into its own source text) of the ``g``-th word of the whole corpus;
- ``postings[word id]``: every global position of that word, ascending;
- per source: the global position of its first word and its sentence spans
  (the analysis's sentences, or its lines when it has none);
- figures: each source figure with its dimension and context words, found
  through ``(dimension, word id)`` postings.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import TypeVar

import attrs

from provenance.model import Analysis, Figure, FigureKind, Quote, Span
from provenance.trace import thresholds
from provenance.trace.text import STOPWORDS, WORD, Word, normalise, stem, words

__all__ = [
    "MATTER_KINDS",
    "FigureContext",
    "Index",
    "SourceFigure",
    "Units",
    "context_words",
    "figure_head",
    "noun_head",
]

_LINE = re.compile(r"[^\r\n]+")

#: Words as written -> word id, for the most common spellings (bounded memory).
_RAW_CACHE = 200_000


@attrs.frozen
class Units:
    r"""The sentence spans of one text, sorted, as parallel arrays of offsets.

    Falls back to the text's lines when the analysis has no sentences.

    Example:
        >>> from provenance import Analysis, Article
        >>> units = Units.of(Analysis(article=Article("a", "One.\nTwo.")))
        >>> units.covering(6, 8)
        Span(start=5, end=9)
    """

    text: str
    starts: array[int]
    ends: array[int]

    @classmethod
    def of(cls, analysis: Analysis) -> Units:
        """The sentence units of ``analysis`` (its lines if it has no sentences)."""
        text = analysis.text
        if analysis.sentences:
            spans = [(s.span.start, s.span.end) for s in analysis.sentences]
        else:
            spans = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        return cls(text, array("q", (s for s, _ in spans)), array("q", (e for _, e in spans)))

    def index(self, offset: int) -> int:
        """The index of the last unit starting at or before ``offset`` (-1 if none)."""
        return bisect.bisect_right(self.starts, offset) - 1

    def before(self, span: Span) -> Span | None:
        r"""The unit just before the one holding ``span.start``, if any.

        Example:
            >>> from provenance import Analysis, Article
            >>> Units.of(Analysis(article=Article("a", "One.\nTwo."))).before(Span(5, 9))
            Span(start=0, end=4)
        """
        index = self.index(span.start)
        if self.starts and index >= 0 and self.starts[index] == span.start:
            index -= 1
        if index < 0 or self.ends[index] > span.start:
            return None
        return Span(self.starts[index], self.ends[index])

    def covering(self, start: int, end: int) -> Span:
        """The smallest run of whole units holding ``start..end`` (lines where none do)."""
        first = self.index(start)
        if first < 0 or self.ends[first] <= start:
            first += 1
        last = self.index(max(start, end - 1))
        if first <= last and first < len(self.starts):
            low = min(start, self.starts[first])
            high = max(end, self.ends[last])
            return Span(low, high)
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        return Span(line_start, len(self.text) if line_end < 0 else line_end)


def _content_norm(norm: str) -> bool:
    return norm not in STOPWORDS and not any(c.isdigit() for c in norm)


def _content(word: Word) -> bool:
    return _content_norm(word.norm)


def context_words(
    tokens: Sequence[Word],
    token_starts: Sequence[int],
    unit: Span,
    figure: Figure,
    before: Span | None = None,
) -> list[str]:
    """The stems of the content words near ``figure`` in its sentence ``unit``, and of its noun.

    ``tokens`` are the words of the whole text and ``token_starts`` their
    start offsets (for bisection). Words within
    :data:`~provenance.trace.thresholds.CONTEXT_WINDOW` words either side of
    the figure count; numbers, stop words and the figure's own words do
    not. When that leaves fewer than
    :data:`~provenance.trace.thresholds.CONTEXT_MIN_WORDS` stems ("It lasted
    18 months."), the last ``3 * CONTEXT_WINDOW`` words of the sentence
    ``before`` count too.

    Example:
        >>> from provenance import Article, Figure
        >>> article = Article("a", "Police seized 12 kilograms of fentanyl in Jiangsu.")
        >>> toks = list(words(article.text))
        >>> figure = Figure.at(article, 14, 26, value=12, unit="kg", kind="mass")
        >>> context_words(toks, [t.start for t in toks], Span(0, 50), figure)
        ['police', 'seiz', 'fentan', 'jiangs']
    """
    window = thresholds.CONTEXT_WINDOW
    first = bisect.bisect_left(token_starts, unit.start)
    last = bisect.bisect_left(token_starts, unit.end)
    here = bisect.bisect_left(token_starts, figure.span.start)
    after = bisect.bisect_left(token_starts, figure.span.end)
    near = chain(
        tokens[max(first, here - window) : here], tokens[after : min(last, after + window)]
    )
    found = [stem(t.norm) for t in near if _content(t)]
    if len(found) < thresholds.CONTEXT_MIN_WORDS and before is not None:
        start = bisect.bisect_left(token_starts, before.start)
        earlier = tokens[max(start, first - 3 * window) : first]
        found = [stem(t.norm) for t in earlier if _content(t)] + found
    if figure.noun:
        found.extend(stem(w.norm) for w in words(figure.noun) if _content(w))
    return list(dict.fromkeys(found))


def noun_head(noun: str | None) -> str | None:
    """The head word of a counted noun, lower case, naively made singular.

    Example:
        >>> noun_head("overdose deaths"), noun_head("defendants"), noun_head(None)
        ('death', 'defendant', None)
    """
    if not noun:
        return None
    found = [w.norm for w in words(noun)]
    if not found:
        return None
    head = found[-1]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        return head[:-1]
    return head


#: Kinds whose "of" phrase names the matter measured: "12 kilograms of fentanyl".
MATTER_KINDS = frozenset({FigureKind.MASS, FigureKind.VOLUME})

_ARTICLES = frozenset({"the", "a", "an"})


def figure_head(figure: Figure, following: Sequence[str]) -> str | None:
    """What a figure counts or measures: its noun's head, or the matter of a mass.

    For a mass or volume without a noun, the head of the "of" phrase among the
    next few normalised words ``following`` the figure.

    "12 kilograms, or about 26 pounds, of fentanyl" measures fentanyl; "42 pounds
    (19.1 kilograms) of alprazolam" measures alprazolam: not the same thing.

    Example:
        >>> from provenance import Figure, Span
        >>> mass = Figure(span=Span(0, 5), text="12 kg", value=12, unit="kg", kind="mass")
        >>> figure_head(mass, ["or", "about", "26", "pounds", "of", "fentanyl"])
        'fentanyl'
        >>> figure_head(mass, ["in", "all"]) is None
        True
    """
    if figure.noun:
        return noun_head(figure.noun)
    if figure.kind not in MATTER_KINDS:
        return None
    window = list(following[:6])
    if "of" not in window:
        return None
    rest = [w for w in window[window.index("of") + 1 :] if w not in _ARTICLES]
    if not rest or not _content_norm(rest[0]):
        return None
    return noun_head(rest[0])


@attrs.frozen
class SourceFigure:
    """A figure of a source, with where it sits and what it is about."""

    source: int
    figure: Figure
    sentence: Span
    dimension: str
    context: tuple[str, ...]
    """The stems of its context words."""
    head: str | None


@attrs.frozen
class FigureContext:
    """What a checked figure is about: its context words and noun head."""

    words: tuple[str, ...]
    head: str | None


class Index:
    """Words, sentences, quotes and figures of every source, for lookups by rare words.

    Example:
        >>> from provenance import Analysis, Article
        >>> index = Index()
        >>> index.add(Analysis(article=Article("a", "The raid was in Jiangsu.")))
        >>> index.size
        5
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.postings: list[array[int]] = []
        self.words: array[int] = array("i")
        self.starts: array[int] = array("i")
        self.ends: array[int] = array("i")
        self.analyses: list[Analysis] = []
        self.units: list[Units] = []
        self.quotes: list[tuple[Quote, ...]] = []
        self.quote_starts: list[list[int]] = []
        self.first_word: array[int] = array("q")
        self.figures: list[SourceFigure] = []
        self.figure_postings: dict[tuple[str, str], array[int]] = {}
        self.sentence_count = 0
        self._raw_ids: dict[str, int] = {}
        self.norms: list[str] = []
        self.stems: list[str] = []
        self.figure_df: dict[str, int] = {}
        self.figure_at: dict[tuple[int, int, int], int] = {}
        self.content = bytearray()

    @property
    def size(self) -> int:
        """The number of words indexed."""
        return len(self.words)

    def word_id(self, norm: str) -> int:
        """The id of a normalised word, or -1 if no source holds it."""
        return self.vocab.get(norm, -1)

    def intern(self, norm: str) -> int:
        """The id of a normalised word, adding it (with no occurrences) if new."""
        word_id = self.vocab.get(norm)
        if word_id is None:
            word_id = self._new_word(norm)
        return word_id

    def _new_word(self, norm: str) -> int:
        word_id = self.vocab[norm] = len(self.postings)
        self.postings.append(array("q"))
        self.norms.append(norm)
        self.stems.append(stem(norm))
        self.content.append(_content_norm(norm))
        return word_id

    def frequency(self, word_id: int) -> int:
        """How often a word occurs in the corpus (0 for -1)."""
        return 0 if word_id < 0 else len(self.postings[word_id])

    def idf(self, word_id: int) -> float:
        """How rare a word is: ``log(1 + words / (1 + occurrences))``."""
        return math.log(1 + len(self.words) / (1 + self.frequency(word_id)))

    def add(self, analysis: Analysis) -> None:
        """Index one analysed source."""
        source = len(self.analyses)
        self.analyses.append(analysis)
        units = Units.of(analysis)
        self.units.append(units)
        self.sentence_count += len(units.starts)
        self.quotes.append(analysis.quotes)
        self.quote_starts.append([q.span.start for q in analysis.quotes])
        self.first_word.append(len(self.words))
        vocab, postings, raw_ids = self.vocab, self.postings, self._raw_ids
        position = len(self.words)
        ids, starts, ends = array("i"), array("i"), array("i")
        for match in WORD.finditer(analysis.text):
            raw = match.group()
            word_id = raw_ids.get(raw)
            if word_id is None:
                norm = normalise(raw)
                word_id = vocab.get(norm)
                if word_id is None:
                    word_id = self._new_word(norm)
                if len(raw_ids) < _RAW_CACHE:
                    raw_ids[raw] = word_id
            postings[word_id].append(position)
            position += 1
            ids.append(word_id)
            starts.append(match.start())
            ends.append(match.end())
        self.words.extend(ids)
        self.starts.extend(starts)
        self.ends.extend(ends)
        first, last = self.first_word[source], len(self.words)
        for figure in analysis.figures:
            self._add_figure(source, figure, first, last, units)

    def _add_figure(self, source: int, figure: Figure, first: int, last: int, units: Units) -> None:
        """Index a source figure by its context words (read from the word arrays)."""
        sentence = units.covering(figure.span.start, figure.span.end)
        window = thresholds.CONTEXT_WINDOW
        starts = self.starts
        low = bisect.bisect_left(starts, sentence.start, first, last)
        high = bisect.bisect_left(starts, sentence.end, first, last)
        here = bisect.bisect_left(starts, figure.span.start, first, last)
        after = bisect.bisect_left(starts, figure.span.end, first, last)
        near = chain(
            self.words[max(low, here - window) : here],
            self.words[after : min(high, after + window)],
        )
        found = [self.stems[w] for w in near if self.content[w]]
        before = units.before(sentence)
        if len(found) < thresholds.CONTEXT_MIN_WORDS and before is not None:
            start = bisect.bisect_left(starts, before.start, first, last)
            earlier = self.words[max(start, low - 3 * window) : low]
            found = [self.stems[w] for w in earlier if self.content[w]] + found
        if figure.noun:
            found.extend(stem(w.norm) for w in words(figure.noun) if _content(w))
        context = tuple(dict.fromkeys(found))
        following = [self.norms[w] for w in self.words[after : min(high, after + 6)]]
        head = figure_head(figure, following)
        dimension = figure.interval.dimension
        figure_id = len(self.figures)
        self.figure_at[(source, figure.span.start, figure.span.end)] = figure_id
        self.figures.append(SourceFigure(source, figure, sentence, dimension, context, head))
        df = self.figure_df
        for key in context:
            df[key] = df.get(key, 0) + 1
            posting = self.figure_postings.get((dimension, key))
            if posting is None:
                posting = self.figure_postings[(dimension, key)] = array("i")
            posting.append(figure_id)

    def partner(self, figure_id: int) -> int | None:
        """The figure that states the same fact in other units ("12 kg, or 26 pounds")."""
        source = self.figures[figure_id]
        other = source.figure.same_as
        if other is None:
            return None
        return self.figure_at.get((source.source, other.start, other.end))

    def source_of(self, position: int) -> int:
        """The source holding global word ``position``."""
        return bisect.bisect_right(self.first_word, position) - 1

    def end_of_source(self, source: int) -> int:
        """The global position just past the last word of ``source``."""
        if source + 1 < len(self.first_word):
            return self.first_word[source + 1]
        return len(self.words)

    def find_run(
        self, ids: Sequence[int], low: int = 0, high: int | None = None, *, limit: int = 1 << 30
    ) -> list[int]:
        """The global positions where the word ids ``ids`` occur in a row, in one source.

        Only starts in ``low..high`` are returned, at most ``limit`` of them,
        in corpus order. Starts from the postings of the rarest word of ``ids``.
        """
        if not ids or min(ids) < 0:
            return []
        order = sorted(range(len(ids)), key=lambda j: len(self.postings[ids[j]]))
        pivot, check = order[0], order[-1] if len(order) == 1 else order[1]
        postings = self.postings[ids[pivot]]
        top = len(self.words) if high is None else high
        first = bisect.bisect_left(postings, low + pivot)
        last = bisect.bisect_right(postings, top + pivot)
        wanted = array("i", ids)
        checked, words = ids[check], self.words
        length, size = len(ids), len(words)
        found: list[int] = []
        for position in postings[first:last]:
            start = position - pivot
            if start < 0 or start + length > size:
                continue
            # The second rarest word first: most candidates fail there, without a slice.
            if words[start + check] != checked or words[start : start + length] != wanted:
                continue
            source = self.source_of(start)
            if start + length <= self.end_of_source(source):
                found.append(start)
                if len(found) >= limit:
                    break
        return found

    def _rarest(self, ids: Iterable[int]) -> list[int]:
        """The rarest usable word ids: present, not too frequent, at most a few."""
        frequency = self.frequency
        usable = [i for i in set(ids) if i >= 0 and 0 < frequency(i) <= thresholds.MAX_POSTINGS]
        usable.sort(key=lambda i: (frequency(i), i))
        return _within_budget(usable[: thresholds.CANDIDATE_WORDS], frequency)

    def candidates(self, ids: Iterable[int], limit: int) -> list[tuple[float, int, int]]:
        """Source sentences ranked by the rare words they share with ``ids``.

        Returns ``(score, source, unit index)``, best first, at most ``limit``;
        the score is the summed :meth:`idf` of distinct shared words. Only the
        :data:`~provenance.trace.thresholds.CANDIDATE_WORDS` rarest words, each
        at most :data:`~provenance.trace.thresholds.MAX_POSTINGS` times in the
        corpus, are used to find candidates: the cost of a lookup is bounded
        whatever the corpus size.
        """
        votes: dict[tuple[int, int], float] = {}
        for word_id in self._rarest(ids):
            weight = self.idf(word_id)
            seen: set[tuple[int, int]] = set()
            for position in self.postings[word_id]:
                source = self.source_of(position)
                key = (source, self.units[source].index(self.starts[position]))
                if key not in seen:
                    seen.add(key)
                    votes[key] = votes.get(key, 0.0) + weight
        ranked = heapq.nsmallest(limit, votes.items(), key=lambda item: (-item[1], item[0]))
        return [(score, source, unit) for (source, unit), score in ranked]

    def figure_idf(self, key: str) -> float:
        """How rare a context stem is among figure contexts: ``log(1 + F / (1 + df))``."""
        return math.log(1 + len(self.figures) / (1 + self.figure_df.get(key, 0)))

    def figure_candidates(
        self, dimension: str, stems: Iterable[str], limit: int
    ) -> list[tuple[float, int]]:
        """Source figures of ``dimension`` ranked by shared context stems.

        Returns ``(summed idf of shared stems, figure id)``, best first; found
        through the rarest context stems, as :meth:`candidates` does.
        """
        postings = self.figure_postings
        empty: array[int] = array("i")
        usable = [
            key
            for key in set(stems)
            if 0 < len(postings.get((dimension, key), empty)) <= thresholds.MAX_POSTINGS
        ]
        usable.sort(key=lambda key: (len(postings[(dimension, key)]), key))
        chosen = _within_budget(
            usable[: thresholds.CANDIDATE_WORDS], lambda key: len(postings[(dimension, key)])
        )
        votes: dict[int, float] = {}
        for key in chosen:
            weight = self.figure_idf(key)
            for figure_id in postings[(dimension, key)]:
                votes[figure_id] = votes.get(figure_id, 0.0) + weight
        ranked = heapq.nsmallest(limit, votes.items(), key=lambda item: (-item[1], item[0]))
        return [(score, figure_id) for figure_id, score in ranked]

    def quote_at(self, source: int, span: Span) -> Quote | None:
        """The source quote that overlaps ``span`` most, if any."""
        starts = self.quote_starts[source]
        quotes = self.quotes[source]
        best: Quote | None = None
        best_overlap = 0
        index = bisect.bisect_right(starts, span.end)
        # Quotes are sorted by start; a quote ending after span.start can start long before,
        # but never more than one paragraph back: look at a bounded number of them.
        for quote in quotes[max(0, index - 8) : index]:
            overlap = min(quote.span.end, span.end) - max(quote.span.start, span.start)
            if overlap > best_overlap:
                best, best_overlap = quote, overlap
        return best


K = TypeVar("K")


def _within_budget(words: list[K], frequency: Callable[[K], int]) -> list[K]:
    """The rarest-first ``words`` whose postings fit :data:`thresholds.POSTING_BUDGET`.

    The rarest word is always kept, however common.

    Example:
        >>> _within_budget(["a", "b", "c"], {"a": 10, "b": 500, "c": 700}.get)
        ['a', 'b']
    """
    chosen: list[K] = []
    spent = 0
    for word in words:
        spent += frequency(word)
        if chosen and spent > thresholds.POSTING_BUDGET:
            break
        chosen.append(word)
    return chosen
