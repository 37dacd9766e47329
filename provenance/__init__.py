"""provenance: trace every figure and quote of a text to the source sentences that state it.

The public API is what ``__all__`` lists:

- extraction: :func:`analyze` (sentences, quotes, attributions, figures and
  claims of an article), :func:`find_figures`, :func:`build_claims`;
- the model: :class:`Span`, :class:`Article`, :class:`Sentence`,
  :class:`Attribution`, :class:`Quote`, :class:`Figure`, :class:`Claim`,
  :class:`Analysis`, :class:`Verdict` and their enums;
- the errors: :class:`ProvenanceError` and its subclasses;
- tracing: :class:`Corpus` (sources analysed and indexed once), :func:`check`,
  :class:`Report`, :class:`Finding`, :class:`Evidence`, :class:`MatchKind`;
  :func:`provenance.testing.assert_traceable` gates a test on a report;
- serialisation: :data:`converter`, :func:`to_json`, :func:`from_json`.

Offsets everywhere are half-open Python ``str`` indices (code points).

Example:
    >>> import provenance
    >>> article = provenance.Article("a1", "Police seized 12 kilograms.")
    >>> article.find("12 kilograms")
    Span(start=14, end=26)
"""

from provenance.errors import (
    AmbiguousSpanError,
    BindingError,
    CorpusError,
    DigestError,
    DocumentError,
    FormatVersionError,
    InputError,
    OffsetError,
    ProvenanceError,
    SpanError,
    SpanNotFoundError,
    TextError,
)
from provenance.extract import analyze, build_claims, find_figures
from provenance.model import (
    Analysis,
    Article,
    Attribution,
    Claim,
    Figure,
    FigureKind,
    Interval,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    Verdict,
)
from provenance.serialize import (
    FORMAT,
    configure_converter,
    converter,
    from_json,
    make_converter,
    to_json,
)
from provenance.trace import Corpus, Evidence, Finding, MatchKind, Report, check

__all__ = [
    "FORMAT",
    "AmbiguousSpanError",
    "Analysis",
    "Article",
    "Attribution",
    "BindingError",
    "Claim",
    "Corpus",
    "CorpusError",
    "DigestError",
    "DocumentError",
    "Evidence",
    "Figure",
    "FigureKind",
    "Finding",
    "FormatVersionError",
    "InputError",
    "Interval",
    "MatchKind",
    "OffsetError",
    "ProvenanceError",
    "Quote",
    "QuoteKind",
    "Report",
    "Sentence",
    "Span",
    "SpanError",
    "SpanNotFoundError",
    "TextError",
    "Verdict",
    "analyze",
    "build_claims",
    "check",
    "configure_converter",
    "converter",
    "find_figures",
    "from_json",
    "make_converter",
    "to_json",
]

__version__ = "0.1.0"
