"""Tracing figures: a compatible figure about the same thing, a conflict, or nothing.

**About the same thing.** A figure's *context* is the stems of the content
words within :data:`~provenance.trace.thresholds.CONTEXT_WINDOW` words of it in
its sentence (the figure's own words aside), plus its counted noun
(:func:`provenance.trace.index.context_words`). A source figure of the same
dimension is about the same thing when

- their counted nouns, when both are known, have the same head word
  ("overdose deaths" and "deaths" agree; "defendants" and "deaths" do not), and
- the weighted Dice coefficient of the two contexts, ``2 * shared / (mine +
  theirs)``, each stem weighted by its rarity among the corpus's figure
  contexts (:meth:`Index.figure_idf <provenance.trace.index.Index.figure_idf>`),
  reaches :data:`~provenance.trace.thresholds.FIGURE_SAME_THING`.

Candidates come from the ``(dimension, word)`` postings of the context words,
never from a scan of every source figure.

**Verdicts**, in order:

1. a source figure about the same thing whose interval overlaps
   (:meth:`Figure.compatible <provenance.Figure.compatible>`: units converted,
   written precision and hedges widen the interval): ``TRACED``, the reason
   saying when the match is only approximate (converted, hedged, rounded);
2. the figure follows by one arithmetic step (sum, difference, ratio, share in
   percent) from two source figures about the same thing *in one source
   sentence* ("six of the nine" gives three): ``APPROXIMATE``, the reason
   saying it is only derivable;
   unless an incompatible source figure is clearly *more* about the same thing
   (its context similarity higher by
   :data:`~provenance.trace.thresholds.FIGURE_CLOSER`): a look-alike sentence
   that happens to agree must not hide the one that disagrees;
3. a source figure clearly about the same thing
   (:data:`~provenance.trace.thresholds.FIGURE_CONFLICT`, or
   :data:`~provenance.trace.thresholds.FIGURE_CONFLICT_NOUN` when the counted
   nouns agree) with an incompatible value: ``CONFLICT``; except for the part
   of a whole stated in the checked text ("30,000 of the 72,000"), which is
   checked as stated and never accused for a source stating the whole
   another way;
4. otherwise ``UNTRACED``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal

import attrs

from provenance import units
from provenance.model import Figure, FigureKind, Span, Verdict
from provenance.trace import thresholds
from provenance.trace.index import FigureContext, Index, SourceFigure
from provenance.trace.report import Evidence, Finding, MatchKind

__all__ = ["PART_OF", "check_figure", "describe_interval", "is_part"]

#: Between the part and the whole of a share stated in the text:
#: ``30,000 of the 72,000``, ``three out of nine``, ``two of all 11``.
PART_OF = re.compile(
    r"[ \u00a0]{1,3}(?:out[ \u00a0]{1,3})?of[ \u00a0]{1,3}(?:(?:the|all)[ \u00a0]{1,3})?"
)


def is_part(text: str, figure: Figure, starts: Collection[int]) -> bool:
    """Whether ``figure`` is the part in "PART of the WHOLE", the whole a figure too.

    ``starts`` holds the start offsets of the text's figures (a set, for speed).

    Example:
        >>> from provenance import Article, Figure
        >>> article = Article("d", "30,000 of the 72,000 deaths")
        >>> part = Figure.at(article, 0, 6, value=30000)
        >>> whole = Figure.at(article, 14, 20, value=72000)
        >>> starts = {part.span.start, whole.span.start}
        >>> is_part(article.text, part, starts), is_part(article.text, whole, starts)
        (True, False)
    """
    match = PART_OF.match(text, figure.span.end)
    if match is None:
        return False
    return match.end() in starts


@attrs.frozen
class _Candidate:
    figure_id: int
    source: SourceFigure
    similarity: float


def check_figure(
    index: Index,
    figure: Figure,
    context: FigureContext,
    *,
    part: bool = False,
) -> Finding:
    """The finding for one figure of the checked text against the corpus ``index``.

    Args:
        index: The corpus index.
        figure: The checked figure.
        context: What it is about (its context words and noun head).
        part: Whether it is the part of a whole stated in the checked text.

    Example:
        >>> from provenance import Analysis, Article, Figure, Sentence
        >>> source = Article("wire", "Police seized 12 kilograms of fentanyl in Jiangsu.")
        >>> index = Index()
        >>> index.add(Analysis(article=source, sentences=[Sentence.at(source, 0, 50)],
        ...     figures=[Figure.at(source, 14, 26, value=12, unit="kg", kind="mass")]))
        >>> checked = Article("d", "About 26 pounds of fentanyl were seized in Jiangsu.")
        >>> pounds = Figure.at(checked, 0, 15, value=26, unit="lb", kind="mass", approx="about")
        >>> context = FigureContext(("fentan", "seiz", "jiangs"), None)
        >>> finding = check_figure(index, pounds, context)
        >>> finding.verdict.value, finding.evidence[0].match_text
        ('traced', '12 kilograms')
        >>> finding.reason
        'stated as “12 kilograms” in wire (converted from kg; this text hedges “about”)'
    """
    candidates = _about_the_same(index, figure, context)
    same = [
        c
        for c in candidates
        if c.similarity >= thresholds.FIGURE_SAME_THING
        or (
            c.similarity >= thresholds.FIGURE_SAME_VALUE
            and _same_distinct_value(figure, c.source.figure)
        )
    ]
    compatible = _one_per_sentence(figure, [c for c in same if figure.compatible(c.source.figure)])
    conflicting = _one_per_sentence(
        figure,
        [
            c
            for c in same
            if c.similarity >= _conflict_threshold(context, c.source)
            and not figure.compatible(c.source.figure)
        ],
    )
    if (
        compatible
        and conflicting
        and not part
        and conflicting[0].similarity >= compatible[0].similarity + thresholds.FIGURE_CLOSER
    ):
        # A look-alike sentence elsewhere happens to agree, but the sentence that is
        # clearly about this very thing disagrees: that is a conflict, not a trace.
        compatible = []
    overstated = [_overstates(figure, c.source.figure) for c in compatible]
    if compatible and all(overstated):
        best = compatible[0]
        return Finding(
            subject=figure,
            verdict=Verdict.APPROXIMATE,
            evidence=tuple(
                _evidence(index, c, MatchKind.COMPATIBLE)
                for c in compatible[: thresholds.MAX_EVIDENCE]
            ),
            reason=(
                f"overstated: {overstated[0]}, but "
                f"{index.analyses[best.source.source].article.id} states only "
                f"“{best.source.figure.text}”"
            ),
        )
    compatible = [c for c, why in zip(compatible, overstated, strict=True) if why is None]
    if compatible:
        best = compatible[0]
        evidence = tuple(
            _evidence(index, c, _kind(figure, c.source.figure))
            for c in compatible[: thresholds.MAX_EVIDENCE]
        )
        return Finding(
            subject=figure,
            verdict=Verdict.TRACED,
            evidence=evidence,
            reason=_traced_reason(index, figure, best.source),
        )
    derivation = _derivation(figure, same)
    if derivation is not None:
        one, other, how = derivation
        # Both figures sit in one source sentence: one piece of evidence, both marked.
        pieces = tuple(sorted((one.source.figure.span, other.source.figure.span)))
        analysis = index.analyses[one.source.source]
        derived = Evidence.of(
            analysis.article.id,
            analysis.text,
            one.source.sentence,
            Span(pieces[0].start, pieces[-1].end),
            kind=MatchKind.DERIVED,
            score=round(min(one.similarity, other.similarity), 4),
            pieces=pieces,
        )
        return Finding(
            subject=figure,
            verdict=Verdict.APPROXIMATE,
            evidence=(derived,),
            reason=f"only derivable: no source states it, but {how}",
        )
    if conflicting and not part:
        best = conflicting[0]
        # Evidence of a conflict: the sentences as much about this thing as the best one.
        conflicting = [
            c for c in conflicting if c.similarity >= best.similarity - thresholds.FIGURE_CLOSER
        ]
        source_figure = best.source.figure
        where = index.analyses[best.source.source].article.id
        return Finding(
            subject=figure,
            verdict=Verdict.CONFLICT,
            evidence=tuple(
                _evidence(index, c, MatchKind.INCOMPATIBLE)
                for c in conflicting[: thresholds.MAX_EVIDENCE]
            ),
            reason=(
                f"{where} states “{source_figure.text}” ({describe_interval(source_figure)}) "
                f"for the same thing; “{figure.text}” means {describe_interval(figure)}"
            ),
        )
    if conflicting:
        reason = (
            "no source states this part of a whole stated in the text "
            "(checked as stated; sources give other figures for the same thing)"
        )
    elif same:
        near = same[0]
        where = index.analyses[near.source.source].article.id
        needed = _conflict_threshold(context, near.source)
        reason = (
            f"no source states a compatible figure; “{near.source.figure.text}” in {where} "
            f"has another value but is not clearly about the same thing "
            f"({near.similarity:.0%} of the context shared; a conflict needs {needed:.0%})"
        )
    elif candidates:
        best = candidates[0]
        where = index.analyses[best.source.source].article.id
        reason = (
            f"no source states a figure about the same thing (closest: “{best.source.figure.text}”"
            f" in {where}, {best.similarity:.0%} of the context shared; "
            f"{thresholds.FIGURE_SAME_THING:.0%} needed)"
        )
    else:
        reason = "no source states a figure of this kind about the same thing"
    return Finding(subject=figure, verdict=Verdict.UNTRACED, evidence=(), reason=reason)


def _about_the_same(index: Index, figure: Figure, context: FigureContext) -> list[_Candidate]:
    """Source figures of the same dimension, best first, with their context similarity."""
    stems = list(dict.fromkeys(context.words))
    weights = {key: index.figure_idf(key) for key in stems}
    mine = sum(weights.values())
    if not mine:
        return []
    dimension = figure.interval.dimension
    found: list[_Candidate] = []
    for _, figure_id in index.figure_candidates(dimension, stems, thresholds.FIGURE_CANDIDATES):
        source = index.figures[figure_id]
        if context.head and source.head and context.head != source.head:
            continue
        theirs = sum(index.figure_idf(key) for key in source.context)
        shared = sum(w for key, w in weights.items() if key in source.context)
        found.append(_Candidate(figure_id, source, _similarity(shared, mine, theirs)))
    # Both halves of "92 feet (28 meters)" are about the same thing as much as either is.
    best = {c.figure_id: c for c in found}
    for candidate in list(best.values()):
        partner = index.partner(candidate.figure_id)
        if partner is None or (
            partner in best and best[partner].similarity >= candidate.similarity
        ):
            continue
        other = index.figures[partner]
        if other.dimension == dimension:
            best[partner] = _Candidate(partner, other, candidate.similarity)
    return sorted(best.values(), key=lambda c: (-c.similarity, c.figure_id))


def _overstates(figure: Figure, other: Figure) -> str | None:
    """How an open-ended figure claims more than a compatible ``other`` says, or ``None``.

    "More than 70 per cent" is compatible with "more than 60 per cent" (both
    allow 75) but does not follow from it: the bound this text gives lies
    beyond the source's. Closed figures follow from any overlap, as written
    precision and conversions allow (a converted "26 pounds" traces "12
    kilograms").

    Example:
        >>> seventy = Figure(span=Span(0, 12), text="more than 70", value=70,
        ...                  approx="more than")
        >>> sixty = attrs.evolve(seventy, text="more than 60", value=60)
        >>> print(_overstates(seventy, sixty))
        this text says “more than 70”
        >>> print(_overstates(sixty, seventy))
        None
    """
    hedge = units.HEDGES.get(figure.approx or "")
    if hedge is None or figure.kind is FigureKind.DATE:
        return None
    mine, theirs = figure.interval, other.interval
    if (hedge.open_high and mine.low > theirs.low) or (hedge.open_low and mine.high < theirs.high):
        return f"this text says “{figure.text}”"
    return None


def _same_distinct_value(figure: Figure, other: Figure) -> bool:
    """Whether both state one value too precise to repeat by chance ("14,600 tonnes").

    Example:
        >>> a = Figure(span=Span(0, 13), text="14,600 tonnes", value=14600, unit="t")
        >>> b = Figure(span=Span(0, 19), text="about 14,600 tonnes", value=14600, unit="t",
        ...            approx="about")
        >>> _same_distinct_value(a, b), _same_distinct_value(a, attrs.evolve(b, value=14000))
        (True, False)
    """
    if figure.kind is FigureKind.DATE or (figure.value, figure.high, figure.unit) != (
        other.value,
        other.high,
        other.unit,
    ):
        return False
    written = int(abs(figure.value) / figure.precision)  # 14,600 to the hundred: 146
    return len(str(written)) >= thresholds.FIGURE_DISTINCT_DIGITS


def _one_per_sentence(figure: Figure, candidates: list[_Candidate]) -> list[_Candidate]:
    """The best candidate of each source sentence, best first.

    A sentence stating one fact twice ("92 feet (28 meters)") is one piece of
    evidence: the figure in the checked figure's unit is preferred, then the
    more similar context.
    """
    best: dict[tuple[int, Span], _Candidate] = {}
    for candidate in candidates:
        key = (candidate.source.source, candidate.source.sentence)
        held = best.get(key)
        if held is None or _rank(figure, candidate) < _rank(figure, held):
            best[key] = candidate
    return sorted(best.values(), key=lambda c: (-c.similarity, c.figure_id))


def _rank(figure: Figure, candidate: _Candidate) -> tuple[bool, float, int]:
    same_unit = candidate.source.figure.unit == figure.unit
    return (not same_unit, -candidate.similarity, candidate.figure_id)


def _conflict_threshold(context: FigureContext, source: SourceFigure) -> float:
    """How much the contexts must agree to call an incompatible value a conflict."""
    if context.head is not None and context.head == source.head:
        return thresholds.FIGURE_CONFLICT_NOUN
    return thresholds.FIGURE_CONFLICT


def _similarity(shared: float, mine: float, theirs: float) -> float:
    """The weighted Dice coefficient of two contexts: ``2 * shared / (mine + theirs)``."""
    return min(1.0, 2 * shared / (mine + theirs)) if mine + theirs else 0.0


def _kind(figure: Figure, other: Figure) -> MatchKind:
    same = (figure.value, figure.high, figure.unit, figure.approx) == (
        other.value,
        other.high,
        other.unit,
        other.approx,
    )
    return MatchKind.SAME_VALUE if same else MatchKind.COMPATIBLE


def _traced_reason(index: Index, figure: Figure, source: SourceFigure) -> str:
    other = source.figure
    where = index.analyses[source.source].article.id
    notes = []
    if figure.unit != other.unit:
        notes.append(f"converted from {other.unit or 'a count'}")
    if other.approx:
        notes.append(f"the source hedges “{other.approx}”")
    if figure.approx and figure.approx != other.approx:
        notes.append(f"this text hedges “{figure.approx}”")
    hedge = units.HEDGES.get(figure.approx or "")
    open_ended = hedge is not None and (hedge.open_low or hedge.open_high)
    if (
        figure.unit == other.unit
        and (figure.value, figure.high) != (other.value, other.high)
        and not open_ended  # "up to €60 million" bounds a range; it rounds nothing
        and figure.high is None
        and other.high is None
    ):
        if figure.precision < other.precision:
            notes.append(f"the source is less precise: {_number(other.value)}")
        else:
            notes.append(f"rounded: {_number(other.value)} is given as {_number(figure.value)}")
    detail = f" ({'; '.join(notes)})" if notes else ""
    return f"stated as “{other.text}” in {where}{detail}"


def _number(value: Decimal) -> str:
    """A value as a reader writes it: ``4,730,000``, ``11.9``."""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        return f"{int(normal):,}"
    return f"{normal:,f}"


def describe_interval(figure: Figure) -> str:
    """The values a figure stands for, in its own written unit: ``17.5..18.5 month``.

    Example:
        >>> from provenance import Figure, Span
        >>> describe_interval(Figure(span=Span(0, 8), text="over 400", value=400,
        ...                          approx="more than"))
        '399.5 or more'
        >>> describe_interval(Figure(span=Span(0, 6), text="26 lb", value=26, unit="lb",
        ...                          kind="mass", approx="about"))
        '23.4..28.6 lb'
    """
    interval = figure.interval
    factor = units.base_factor(figure.unit)
    unit = f" {figure.unit}" if figure.unit else ""
    low, high = interval.low, interval.high
    if not high.is_finite():
        return f"{_number(low / factor)}{unit} or more"
    if not low.is_finite():
        return f"up to {_number(high / factor)}{unit}"
    return f"{_number(low / factor)}..{_number(high / factor)}{unit}"


def _base(figure: Figure) -> Decimal:
    return figure.value * units.base_factor(figure.unit)


def _derivation(
    figure: Figure, same: list[_Candidate]
) -> tuple[_Candidate, _Candidate, str] | None:
    """Two source figures from which ``figure`` follows by one arithmetic step, if any."""
    interval = figure.interval
    pool = same[: thresholds.FIGURE_CANDIDATES]
    for i, one in enumerate(pool):
        for other in pool[i + 1 :]:
            if (one.source.source, one.source.sentence) != (
                other.source.source,
                other.source.sentence,
            ):
                continue  # only figures one sentence relates ("six of the nine")
            a, b = one.source.figure, other.source.figure
            for result, how in _steps(figure, a, b):
                if interval.low < result < interval.high:
                    return one, other, how
    return None


def _steps(figure: Figure, a: Figure, b: Figure) -> list[tuple[Decimal, str]]:
    steps: list[tuple[Decimal, str]] = []
    if a.interval.dimension == b.interval.dimension == figure.interval.dimension:
        x, y = _base(a), _base(b)
        steps.append((x + y, f"“{a.text}” + “{b.text}” = {x + y:f}"))
        steps.append((abs(x - y), f"“{a.text}” and “{b.text}” differ by {abs(x - y):f}"))
    if figure.unit in ("%", "x") and a.interval.dimension == b.interval.dimension:
        x, y = sorted((_base(a), _base(b)))
        if x > 0:
            if figure.unit == "%":
                share = x / y * 100
                steps.append((share, f"“{a.text}” and “{b.text}” give {share:.1f}%"))
            else:
                ratio = y / x
                steps.append((ratio, f"“{a.text}” and “{b.text}” give {ratio:.1f} times"))
    return steps


def _evidence(index: Index, candidate: _Candidate, kind: MatchKind) -> Evidence:
    source = candidate.source
    analysis = index.analyses[source.source]
    return Evidence.of(
        analysis.article.id,
        analysis.text,
        source.sentence,
        source.figure.span,
        kind=kind,
        score=round(candidate.similarity, 4),
    )
