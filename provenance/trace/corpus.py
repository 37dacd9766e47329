"""The corpus of sources, and checking a text against it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator

from provenance.errors import CorpusError
from provenance.model import Analysis, Article, Figure
from provenance.trace.figures import check_figure, is_part
from provenance.trace.index import FigureContext, Index, Units, context_words, figure_head
from provenance.trace.quotes import check_quote
from provenance.trace.report import Finding, Report
from provenance.trace.text import words

__all__ = ["Corpus", "CorpusError", "check"]

Source = Article | Analysis | str
"""What a corpus accepts: an article, a ready analysis, or plain text."""


def _analyze(item: Article | str) -> Analysis:
    """Analyse ``item`` with :func:`provenance.extract.analyze` (imported on first use)."""
    from provenance.extract import analyze  # type: ignore[import-not-found, attr-defined, unused-ignore]

    result: Analysis = analyze(item)
    return result


def _as_analysis(item: object, default_id: str) -> Analysis:
    if isinstance(item, Analysis):
        return item
    if isinstance(item, str):
        return _analyze(Article(default_id, item))
    if isinstance(item, Article):
        return _analyze(item)
    raise CorpusError(f"expected an Article, an Analysis or a str, not {item!r}")


class Corpus:
    """Source articles, analysed and indexed once, to check texts against.

    Articles and plain strings are analysed with
    :func:`provenance.extract.analyze`; ready :class:`~provenance.Analysis`
    objects are indexed as they are. Plain strings get the ids ``source-1``,
    ``source-2``, ... A check costs about the same whatever the corpus size:
    every lookup starts from the postings of rare words.

    Args:
        sources: The source articles.
        progress: Called with the number of sources indexed so far, after each.

    Raises:
        CorpusError: If two sources share an id, or a source is of another type.

    Example:
        >>> from provenance import Analysis, Article, Quote, Sentence
        >>> wire = Article("wire", 'Ruiz said: "The bridge will reopen in May."')
        >>> corpus = Corpus([Analysis(article=wire, sentences=[Sentence.at(wire, 0, 43)],
        ...                           quotes=[Quote.at(wire, 12, 42)])])
        >>> text = Article("summary", "Ruiz promised “the bridge will reopen in May”.")
        >>> report = corpus.check(Analysis(article=text, quotes=[Quote.at(text, 14, 44)]))
        >>> [(f.verdict.value, f.evidence[0].match_text) for f in report]
        [('traced', 'The bridge will reopen in May')]
    """

    def __init__(
        self,
        sources: Iterable[Source],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._index = Index()
        seen: set[str] = set()
        for number, item in enumerate(sources, 1):
            analysis = _as_analysis(item, f"source-{number}")
            article_id = analysis.article.id
            if article_id in seen:
                raise CorpusError(f"two sources have the id {article_id!r}; ids must be unique")
            seen.add(article_id)
            self._index.add(analysis)
            if progress is not None:
                progress(number)

    def __len__(self) -> int:
        return len(self._index.analyses)

    def __iter__(self) -> Iterator[Analysis]:
        return iter(self._index.analyses)

    @property
    def sentence_count(self) -> int:
        r"""How many source sentences are indexed.

        Example:
            >>> from provenance import Analysis, Article
            >>> Corpus([Analysis(article=Article("a", "One.\nTwo."))]).sentence_count
            2
        """
        return self._index.sentence_count

    def check(self, item: Source) -> Report:
        """Trace every figure and quote of ``item`` to the sources.

        Args:
            item: The text to check: an article, its analysis, or plain text
                (which gets the id ``"text"``).

        Returns:
            A :class:`~provenance.trace.Report` with one finding per figure
            and per quote, in text order.

        Example:
            >>> from provenance import Analysis, Article
            >>> corpus = Corpus([Analysis(article=Article("a", "Nothing here."))])
            >>> corpus.check(Analysis(article=Article("d", "Nor here."))).ok
            True
        """
        analysis = _as_analysis(item, "text")
        checked = Checked(analysis) if analysis.figures else None
        index = self._index
        findings: list[Finding] = []
        text = analysis.text
        for quote in analysis.quotes:
            findings.append(check_quote(index, text, quote))
        starts = {figure.span.start for figure in analysis.figures}
        for figure in analysis.figures:
            assert checked is not None
            findings.append(
                check_figure(
                    index,
                    figure,
                    checked.context(figure),
                    part=is_part(text, figure, starts),
                )
            )
        return Report(article=analysis.article, findings=findings, source_count=len(index.analyses))


class Checked:
    """The checked text's words and sentences, to read each figure's context.

    Example:
        >>> from provenance import Analysis, Article, Figure
        >>> article = Article("d", "Crews cleared 40 tonnes of debris.")
        >>> figure = Figure.at(article, 14, 23, value=40, unit="t", kind="mass")
        >>> Checked(Analysis(article=article, figures=[figure])).context(figure).words
        ('crew', 'clear', 'debri')
    """

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.units = Units.of(analysis)
        self.tokens = list(words(analysis.text))
        self.starts = [t.start for t in self.tokens]

    def context(self, figure: Figure) -> FigureContext:
        """The context words and noun head of one of the text's figures."""
        sentence = self.units.covering(figure.span.start, figure.span.end)
        before = self.units.before(sentence)
        found = context_words(self.tokens, self.starts, sentence, figure, before)
        after = bisect.bisect_left(self.starts, figure.span.end)
        last = bisect.bisect_left(self.starts, sentence.end)
        following = [t.norm for t in self.tokens[after : min(last, after + 6)]]
        return FigureContext(tuple(found), figure_head(figure, following))


def check(item: Source, sources: Iterable[Source] | Corpus) -> Report:
    """Trace every figure and quote of ``item`` to ``sources`` (a one-off :class:`Corpus`).

    Build a :class:`Corpus` once instead when checking many texts against the
    same sources.

    Example:
        >>> from provenance import Analysis, Article
        >>> check(Analysis(article=Article("d", "Quiet day.")),
        ...       [Analysis(article=Article("a", "Quiet day."))]).ok
        True
    """
    corpus = sources if isinstance(sources, Corpus) else Corpus(sources)
    return corpus.check(item)
