"""Tracing: every figure and quote of a text, traced to exact source sentences.

- :class:`Corpus` analyses and indexes the sources once;
  :meth:`Corpus.check` and :func:`check` return a :class:`Report`;
- a :class:`Report` holds one :class:`Finding` per figure and per quote, each
  with a :class:`~provenance.Verdict`, its :class:`Evidence` and a reason;
- :mod:`provenance.trace.thresholds` names every threshold and what it means.

Example:
    >>> from provenance import Analysis, Article, Figure, Sentence
    >>> wire = Article("wire", "Crews cleared 40 tonnes of debris from the river.")
    >>> source = Analysis(article=wire, sentences=[Sentence.at(wire, 0, 49)],
    ...     figures=[Figure.at(wire, 14, 23, value=40, unit="t", kind="mass")])
    >>> text = Article("summary", "Crews cleared 400 tonnes of debris from the river.")
    >>> report = check(Analysis(article=text,
    ...     figures=[Figure.at(text, 14, 24, value=400, unit="t", kind="mass")]), [source])
    >>> [(f.verdict.value, f.evidence[0].match_text) for f in report]
    [('conflict', '40 tonnes')]
"""

from provenance.errors import CorpusError
from provenance.trace import thresholds
from provenance.trace.corpus import Corpus, check
from provenance.trace.report import Evidence, Finding, MatchKind, Report, color_wanted

__all__ = [
    "Corpus",
    "CorpusError",
    "Evidence",
    "Finding",
    "MatchKind",
    "Report",
    "check",
    "color_wanted",
    "thresholds",
]
