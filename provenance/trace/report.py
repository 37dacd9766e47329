"""Findings, their evidence, and the report of one check, with its text rendering."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterable, Iterator
from typing import Union

import attrs

from provenance.errors import BindingError, SpanError
from provenance.model import Article, Figure, Quote, Span, Verdict
from provenance.model._fields import binding_errors
from provenance.serialize import register_document_type

__all__ = ["Evidence", "Finding", "MatchKind", "Report", "Subject"]

Subject = Union[Figure, Quote]  # noqa: UP007 (a runtime alias, usable with isinstance)
"""What a finding is about: a figure or a quote of the checked text."""


class MatchKind(str, enum.Enum):
    """How a piece of evidence was matched: the alignment is data, beside the span.

    Example:
        >>> MatchKind("normalised") is MatchKind.NORMALISED
        True
    """

    EXACT = "exact"
    """The quoted characters occur verbatim in the source."""
    NORMALISED = "normalised"
    """The same words, once case, quote marks, white space and punctuation are set aside."""
    FUZZY = "fuzzy"
    """Reworded: most words agree (see :data:`provenance.trace.thresholds.QUOTE_APPROXIMATE`)."""
    SAME_VALUE = "same_value"
    """A figure with the same value, unit and hedge about the same thing."""
    COMPATIBLE = "compatible"
    """A figure about the same thing whose interval overlaps (converted, rounded, hedged)."""
    INCOMPATIBLE = "incompatible"
    """A figure about the same thing whose interval does not overlap."""
    DERIVED = "derived"
    """One of two source figures from which the checked figure follows by arithmetic."""


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _evidences(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(items)


def _score(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError(f"{attribute.name} must be a number from 0 to 1, not {value!r}")


@attrs.frozen(kw_only=True)
class Evidence:
    """One source passage that bears on a finding, with absolute offsets into the source.

    Every span is a half-open code-point span of the *source* article's text,
    so ``source.text[match.start:match.end] == match_text``. The record is
    self-checking: the match lies inside the sentence, and the recorded texts
    agree with the spans.

    Args:
        article_id: The source article's id.
        sentence: The source sentence (or consecutive sentences, for a quote
            that runs across several) holding the match.
        sentence_text: The characters ``sentence`` covers.
        match: The matching characters: the quoted words, or the source figure.
        match_text: The characters ``match`` covers.
        pieces: The exact matched runs inside ``match`` (several for an elided
            quote; one otherwise).
        kind: How the match was made.
        score: How well it matches, from 0 to 1 (1 for the same words).
        speaker: For a quote, the speaker the source gives, if known.

    Raises:
        SpanError: If ``match`` or a piece lies outside ``sentence``, or the
            texts disagree with the spans.

    Example:
        >>> evidence = Evidence.of("wire-1", "Police seized 12 kg.", Span(0, 20),
        ...                        Span(14, 19), kind=MatchKind.SAME_VALUE, score=1.0)
        >>> evidence.match_text
        '12 kg'
    """

    article_id: str = attrs.field(validator=attrs.validators.instance_of(str))
    sentence: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    sentence_text: str = attrs.field(validator=attrs.validators.instance_of(str))
    match: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    match_text: str = attrs.field(validator=attrs.validators.instance_of(str))
    pieces: tuple[Span, ...] = attrs.field(
        converter=_spans,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Span)),
    )
    kind: MatchKind = attrs.field(validator=attrs.validators.in_(tuple(MatchKind)))
    score: float = attrs.field(validator=_score)
    speaker: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    def __attrs_post_init__(self) -> None:
        sentence = self.sentence
        if len(self.sentence_text) != sentence.length:
            raise SpanError(
                f"sentence {sentence.start}..{sentence.end} of {self.article_id!r} records "
                f"{len(self.sentence_text)} characters",
                start=sentence.start,
                end=sentence.end,
                path="sentence",
            )
        for path, span in (("match", self.match), *(("pieces", p) for p in self.pieces)):
            if not sentence.contains(span):
                raise SpanError(
                    f"{path} {span.start}..{span.end} lies outside sentence "
                    f"{sentence.start}..{sentence.end} of {self.article_id!r}",
                    start=span.start,
                    end=span.end,
                    path=path,
                )
        if self.inside(self.match) != self.match_text:
            raise SpanError(
                f"match {self.match.start}..{self.match.end} covers "
                f"{self.inside(self.match)!r} but records {self.match_text!r}",
                start=self.match.start,
                end=self.match.end,
                path="match_text",
            )

    @classmethod
    def of(
        cls,
        article_id: str,
        text: str,
        sentence: Span,
        match: Span,
        *,
        kind: MatchKind,
        score: float,
        pieces: tuple[Span, ...] | None = None,
        speaker: str | None = None,
    ) -> Evidence:
        """Evidence read from the source ``text``: the recorded texts come from the spans.

        Raises:
            SpanError: If a span does not fit ``text`` or lies outside ``sentence``.

        Example:
            >>> Evidence.of("a", "Yes. No.", Span(5, 8), Span(5, 7),
            ...             kind=MatchKind.EXACT, score=1.0).sentence_text
            'No.'
        """
        return cls(
            article_id=article_id,
            sentence=sentence,
            sentence_text=sentence.slice(text),
            match=match,
            match_text=match.slice(text),
            pieces=(match,) if pieces is None else pieces,
            kind=kind,
            score=score,
            speaker=speaker,
        )

    def inside(self, span: Span) -> str:
        """The characters of ``span`` (absolute offsets), read from the sentence text.

        Example:
            >>> evidence = Evidence.of("a", "Yes. No.", Span(5, 8), Span(5, 7),
            ...                        kind=MatchKind.EXACT, score=1.0)
            >>> evidence.inside(Span(5, 6))
            'N'
        """
        base = self.sentence.start
        return self.sentence_text[span.start - base : span.end - base]


def _subject(instance: object, attribute: attrs.Attribute[Subject], value: Subject) -> None:
    if not isinstance(value, (Figure, Quote)):
        raise TypeError(f"subject must be a Figure or a Quote, not {value!r}")


@attrs.frozen(kw_only=True)
class Finding:
    """What the sources say about one figure or quote of the checked text.

    Args:
        subject: The :class:`~provenance.Figure` or :class:`~provenance.Quote` checked.
        verdict: ``TRACED``, ``APPROXIMATE``, ``CONFLICT`` or ``UNTRACED``.
        evidence: The source passages, best first (empty when untraced).
        reason: A short sentence for a human: why this verdict.

    Example:
        >>> from provenance import Article, Figure, Verdict
        >>> figure = Figure.at(Article("d", "It cost 5 USD."), 8, 13, value=5, unit="USD")
        >>> finding = Finding(subject=figure, verdict=Verdict.UNTRACED, evidence=(),
        ...                   reason="no source states it")
        >>> finding.problem, finding.what
        (True, 'figure')
    """

    subject: Subject = attrs.field(validator=_subject)
    verdict: Verdict = attrs.field(validator=attrs.validators.in_(tuple(Verdict)))
    evidence: tuple[Evidence, ...] = attrs.field(
        converter=_evidences,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Evidence)),
    )
    reason: str = attrs.field(validator=attrs.validators.instance_of(str))

    @property
    def what(self) -> str:
        """``"figure"`` or ``"quote"``.

        Example:
            >>> from provenance import Quote, Span, Verdict
            >>> Finding(subject=Quote(span=Span(0, 2), text="Go"), verdict=Verdict.UNTRACED,
            ...         evidence=(), reason="").what
            'quote'
        """
        return "figure" if isinstance(self.subject, Figure) else "quote"

    @property
    def problem(self) -> bool:
        """Whether the verdict is ``UNTRACED`` or ``CONFLICT``.

        Example:
            >>> from provenance import Quote, Span, Verdict
            >>> Finding(subject=Quote(span=Span(0, 2), text="Go"), verdict=Verdict.TRACED,
            ...         evidence=(), reason="").problem
            False
        """
        return self.verdict in (Verdict.UNTRACED, Verdict.CONFLICT)

    @property
    def score(self) -> float:
        """The best evidence score, or 0 without evidence.

        Example:
            >>> from provenance import Quote, Span, Verdict
            >>> Finding(subject=Quote(span=Span(0, 2), text="Go"), verdict=Verdict.UNTRACED,
            ...         evidence=(), reason="").score
            0.0
        """
        return max((e.score for e in self.evidence), default=0.0)

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded text)`` of the subject for the binding check."""
        for part, span, text in self.subject.bound_parts():
            yield f"subject.{part}", span, text


def _sorted_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    items = tuple(findings)
    return tuple(sorted(items, key=lambda f: (f.subject.span.start, f.subject.span.end, f.what)))


@attrs.frozen(kw_only=True)
class Report:
    """Every finding of one check, in text order, with the article checked.

    The report carries the checked article, so that its JSON is self-contained
    and every subject span is validated against the text when read back.

    Args:
        article: The checked article.
        findings: One finding per figure and per quote.
        source_count: How many source articles the text was checked against
            (their ids appear in the evidence; the corpus may be large).

    Raises:
        BindingError: If a subject's span does not fit the article.

    Example:
        >>> from provenance import Article
        >>> report = Report(article=Article("d", "Nothing to check."), findings=())
        >>> report.ok, len(report)
        (True, 0)
    """

    article: Article = attrs.field(validator=attrs.validators.instance_of(Article))
    findings: tuple[Finding, ...] = attrs.field(
        converter=_sorted_findings,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(Finding)),
    )
    source_count: int = attrs.field(default=0, validator=attrs.validators.ge(0))

    def __attrs_post_init__(self) -> None:
        items = [(f"findings[{i}]", finding) for i, finding in enumerate(self.findings)]
        errors = binding_errors(self.article.text, items)
        if errors:
            raise BindingError(self.article.id, errors)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def counts(self) -> dict[Verdict, int]:
        """How many findings have each verdict (every verdict listed, in enum order).

        Example:
            >>> from provenance import Article
            >>> Report(article=Article("d", "x"), findings=()).counts[Verdict.TRACED]
            0
        """
        counts = dict.fromkeys(Verdict, 0)
        for finding in self.findings:
            counts[finding.verdict] += 1
        return counts

    @property
    def ok(self) -> bool:
        """Whether nothing is ``UNTRACED`` or in ``CONFLICT``.

        Example:
            >>> from provenance import Article
            >>> Report(article=Article("d", "x"), findings=()).ok
            True
        """
        return not self.problems

    @property
    def problems(self) -> tuple[Finding, ...]:
        """The findings that are ``UNTRACED`` or in ``CONFLICT``.

        Example:
            >>> from provenance import Article
            >>> Report(article=Article("d", "x"), findings=()).problems
            ()
        """
        return tuple(f for f in self.findings if f.problem)

    def summary(self) -> str:
        """One line: how many findings of each verdict.

        Example:
            >>> from provenance import Article
            >>> Report(article=Article("d", "x"), findings=()).summary()
            'd: 0 findings (0 traced, 0 approximate, 0 conflict, 0 untraced)'
        """
        counts = ", ".join(f"{n} {verdict.value}" for verdict, n in self.counts.items())
        noun = "finding" if len(self) == 1 else "findings"
        return f"{self.article.id}: {len(self)} {noun} ({counts})"

    def render(self, *, color: bool = False, width: int = 100) -> str:
        """The report as text for a human: each finding, its reason and its evidence.

        Each finding shows its verdict, what was checked (with its offsets in
        the checked article), the reason, and each source sentence with the
        matched characters marked ``⟦like this⟧`` (or in ANSI bold colour
        when ``color`` is true).

        Args:
            color: Mark verdicts and matches with ANSI colours instead of brackets.
            width: Shorten source sentences longer than this around the match.

        Example:
            >>> from provenance import Article
            >>> print(Report(article=Article("d", "x"), findings=()).render())
            d: 0 findings (0 traced, 0 approximate, 0 conflict, 0 untraced)
        """
        from provenance.trace.render import render_report

        return render_report(self, color=color, width=width)


def color_wanted(stream: object) -> bool:
    """Whether to colour output on ``stream``: a terminal, and ``NO_COLOR`` unset.

    Example:
        >>> import io
        >>> color_wanted(io.StringIO())
        False
    """
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


for _cls in (Evidence, Finding, Report):
    register_document_type(_cls)
