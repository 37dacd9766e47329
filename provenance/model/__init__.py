"""The data model: spans, articles and the annotations that point into them.

Model objects know nothing of extraction or tracing.
"""

from provenance.model.analysis import Analysis, Verdict
from provenance.model.annotations import Attribution, Claim, Quote, QuoteKind, Sentence
from provenance.model.article import Article
from provenance.model.figure import Figure, FigureKind, Interval
from provenance.model.span import Span

__all__ = [
    "Analysis",
    "Article",
    "Attribution",
    "Claim",
    "Figure",
    "FigureKind",
    "Interval",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Span",
    "Verdict",
]
