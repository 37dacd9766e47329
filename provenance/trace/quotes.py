"""Tracing quotes: the same words, a fragment, an elided quote, or a rewording.

Rules, in order (each documented in the reason the finding carries):

1. **Same words.** The quote's words, normalised (:mod:`provenance.trace.text`),
   occur in a row in a source: ``TRACED``. A fragment of a longer source quote
   is the same words. An elided quote (``...``, ``[...]``) is split into pieces
   that must each occur, in order, in one source, at most
   :data:`~provenance.trace.thresholds.MAX_ELISION_GAP` words apart.
2. **Other speaker.** If every source that has the same words gives them to a
   known speaker who is not the quote's (known) speaker: ``CONFLICT``, naming
   both. Names agree when one's words are all in the other ("Yu" and "Yu
   Haibin").
3. **Reworded.** Otherwise, for a quote without elisions of at least
   :data:`~provenance.trace.thresholds.QUOTE_MIN_WORDS` words, the source
   sentences sharing its rarest words are scored (:func:`reworded_score`)
   against the run of words from the first to the last that the quote shares,
   or against the whole source quote that run falls in;
   the best at or above :data:`~provenance.trace.thresholds.QUOTE_APPROXIMATE`
   (with enough shared words and word order, ``QUOTE_MIN_SHARED`` and
   ``QUOTE_MIN_ORDER``) is ``APPROXIMATE`` (or ``CONFLICT`` under rule 2). A rewording must negate
   the same words as the quote (:data:`NEGATIONS`): "is not safe" does not
   reword "is safe ... should not worry".
4. Otherwise ``UNTRACED``, naming the closest sentence's score when there was one.
"""

from __future__ import annotations

import attrs
from rapidfuzz import fuzz

from provenance.model import Quote, Span, Verdict
from provenance.trace import thresholds
from provenance.trace.index import Index
from provenance.trace.report import Evidence, Finding, MatchKind
from provenance.trace.text import STOPWORDS, Word, elided_pieces, stem, words

__all__ = ["NEGATIONS", "check_quote", "reworded_score", "same_person"]


def same_person(one: str, other: str) -> bool:
    """Whether two speaker names can name the same person: one's words are all in the other.

    Example:
        >>> same_person("Yu", "Yu Haibin"), same_person("Austin Moore", "Yu Haibin")
        (True, False)
    """
    mine = {w.norm for w in words(one)}
    theirs = {w.norm for w in words(other)}
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def reworded_score(quote: list[str], window: list[str], weights: dict[str, float]) -> float:
    """How well a source ``window`` rewords ``quote`` (both lists of normalised words).

    The mean of two measures from 0 to 1: the share of the quote's content
    words (stop words aside, stems compared, each weighted by
    ``weights.get(stem, 1.0)``) found in the window, and rapidfuzz's
    ``fuzz.ratio`` over the two sequences of word stems (so word order counts).

    Example:
        >>> q = "we will punish these crimes severely".split()
        >>> s = "we will severely punish such crimes".split()
        >>> round(reworded_score(q, s, {}), 2)
        0.83
    """
    return (_shared(quote, window, weights) + _order(quote, window)) / 2


def _shared(quote: list[str], window: list[str], weights: dict[str, float]) -> float:
    content = {stem(w) for w in quote if w not in STOPWORDS}
    if not content:
        return 0.0
    present = {stem(w) for w in window}
    total = sum(weights.get(s, 1.0) for s in content)
    return sum(weights.get(s, 1.0) for s in content if s in present) / total


def _order(quote: list[str], window: list[str]) -> float:
    return float(fuzz.ratio([stem(w) for w in quote], [stem(w) for w in window])) / 100


@attrs.frozen
class _Hit:
    source: int
    pieces: tuple[Span, ...]
    kind: MatchKind
    score: float
    speaker: str | None
    longer: bool  # the source quote is longer than the match: a fragment
    quoted: bool  # the match lies in a quote of the source


def check_quote(index: Index, text: str, quote: Quote) -> Finding:
    """The finding for one quote of the checked ``text`` against the corpus ``index``.

    Example:
        >>> from provenance import Analysis, Article, Quote
        >>> source = Article("wire", 'She said: "We will rebuild the bridge."')
        >>> index = Index()
        >>> index.add(Analysis(article=source))
        >>> checked = Article("d", "“we will REBUILD the bridge”")
        >>> finding = check_quote(index, checked.text, Quote.at(checked, 1, 27))
        >>> finding.verdict.value, finding.evidence[0].match_text
        ('traced', 'We will rebuild the bridge')
    """
    pieces = elided_pieces(text, quote.span.start, quote.span.end)
    if len(pieces) > thresholds.MAX_PIECES:
        return Finding(
            subject=quote,
            verdict=Verdict.UNTRACED,
            evidence=(),
            reason=f"the quote is cut into {len(pieces)} pieces by elisions; "
            f"at most {thresholds.MAX_PIECES} are traced",
        )
    piece_words = [list(words(text, p.start, p.end)) for p in pieces]
    if not piece_words:
        return Finding(
            subject=quote, verdict=Verdict.UNTRACED, evidence=(), reason="the quote has no words"
        )
    hits = _same_words(index, text, quote, piece_words)
    if hits:
        return _verdict(index, quote, hits, Verdict.TRACED, elided=len(pieces) > 1)
    flat = [w.norm for piece in piece_words for w in piece]
    if len(pieces) > 1:
        return Finding(
            subject=quote,
            verdict=Verdict.UNTRACED,
            evidence=(),
            reason=f"the {len(pieces)} elided pieces do not all occur, in order, in one source",
        )
    if len(flat) < thresholds.QUOTE_MIN_WORDS:
        return Finding(
            subject=quote,
            verdict=Verdict.UNTRACED,
            evidence=(),
            reason=f"no source has these words (too short, {len(flat)} words, to match reworded)",
        )
    if len(flat) > thresholds.QUOTE_MAX_REWORDED_WORDS:
        return Finding(
            subject=quote,
            verdict=Verdict.UNTRACED,
            evidence=(),
            reason=f"no source has these words (too long, {len(flat)} words, to match reworded)",
        )
    named = [w.norm for w in words(quote.speaker or "", 0, len(quote.speaker or ""))]
    hits, closest = _reworded(index, flat, named)
    if hits:
        return _verdict(index, quote, hits, Verdict.APPROXIMATE, elided=False)
    reason = "no source has these words or a close rewording"
    if closest is not None:
        score, source_id = closest
        reason += (
            f" (closest: a sentence of {source_id}, {score:.0%} similar; "
            f"{thresholds.QUOTE_APPROXIMATE:.0%} needed)"
        )
    return Finding(subject=quote, verdict=Verdict.UNTRACED, evidence=(), reason=reason)


def _same_words(index: Index, text: str, quote: Quote, piece_words: list[list[Word]]) -> list[_Hit]:
    ids = [[index.word_id(w.norm) for w in piece] for piece in piece_words]
    hits: list[_Hit] = []
    for start in index.find_run(ids[0], limit=thresholds.MAX_POSTINGS):
        runs = [(start, start + len(ids[0]))]
        source = index.source_of(start)
        limit = index.end_of_source(source)
        for piece in ids[1:]:
            low = runs[-1][1]
            top = min(low + thresholds.MAX_ELISION_GAP, limit)
            found = index.find_run(piece, low, top, limit=1)
            if not found:
                break
            runs.append((found[0], found[0] + len(piece)))
        if len(runs) != len(ids):
            continue
        spans = tuple(Span(index.starts[a], index.ends[b - 1]) for a, b in runs)
        source_text = index.analyses[source].text
        exact = all(
            source_text[span.start : span.end] == text[w[0].start : w[-1].end]
            for span, w in zip(spans, piece_words, strict=True)
        )
        hull = Span(spans[0].start, spans[-1].end)
        source_quote = index.quote_at(source, hull)
        hits.append(
            _Hit(
                source=source,
                pieces=spans,
                kind=MatchKind.EXACT if exact else MatchKind.NORMALISED,
                score=1.0,
                speaker=None if source_quote is None else source_quote.speaker,
                longer=source_quote is not None and source_quote.span.length > hull.length + 2,
                quoted=source_quote is not None,
            )
        )
    return hits


def _reworded(
    index: Index, flat: list[str], named: list[str]
) -> tuple[list[_Hit], tuple[float, str] | None]:
    content = [index.word_id(w) for w in flat if w not in STOPWORDS]
    # The speaker's name finds the sentences that attribute the remark (rare words
    # that the quote's own words may lack); it is used to find candidates, not to score.
    lookup = content + [index.word_id(w) for w in named if w not in STOPWORDS]
    weights: dict[str, float] = {}
    for norm in flat:
        if norm not in STOPWORDS:
            key = stem(norm)
            weights[key] = max(weights.get(key, 0.0), index.idf(index.word_id(norm)))
    hits: list[_Hit] = []
    closest: tuple[float, str] | None = None
    for _, source, unit in index.candidates(lookup, thresholds.QUOTE_CANDIDATES):
        units = index.units[source]
        start, end = units.starts[unit], units.ends[unit]
        sentence_words = list(words(units.text, start, end))
        window = _window(flat, sentence_words)
        if not window:
            continue
        source_quote = index.quote_at(source, Span(window[0].start, window[-1].end))
        if source_quote is not None:
            # Compare with the whole source quote: another rendering of one remark.
            quoted = list(words(units.text, source_quote.span.start, source_quote.span.end))
            window = quoted or window
        norms = [w.norm for w in window]
        score = reworded_score(flat, norms, weights)
        shared = _shared(flat, norms, weights)
        if closest is None or score > closest[0]:
            closest = (score, index.analyses[source].article.id)
        order = _order(flat, norms)
        if (
            score < thresholds.QUOTE_APPROXIMATE
            or shared < thresholds.QUOTE_MIN_SHARED
            or order < thresholds.QUOTE_MIN_ORDER
        ):
            continue
        if _negated(flat) != _negated(norms):
            continue  # "is safe" reworded as "is not safe" says another thing
        hull = Span(window[0].start, window[-1].end)
        hits.append(
            _Hit(
                source=source,
                pieces=(hull,),
                kind=MatchKind.FUZZY,
                score=round(score, 4),
                speaker=None if source_quote is None else source_quote.speaker,
                longer=False,
                quoted=source_quote is not None,
            )
        )
    hits.sort(key=lambda hit: -hit.score)
    return hits, closest


#: Words that turn a statement around; a rewording must negate the same words.
NEGATIONS = frozenset(
    ("not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "cannot", "without")
)


def _negated(norms: list[str]) -> frozenset[str]:
    """The stems of the words that a negation turns around ("not safe" -> ``safe``)."""
    found = set()
    for i, word in enumerate(norms):
        if word in NEGATIONS or word.endswith("n't"):
            following = [w for w in norms[i + 1 : i + 4] if w not in STOPWORDS]
            if following:
                found.add(stem(following[0]))
    return frozenset(found)


def _window(quote: list[str], sentence: list[Word]) -> list[Word]:
    """The run of the sentence from the first to the last word whose stem the quote holds."""
    wanted = {stem(w) for w in quote if w not in STOPWORDS}
    marks = [i for i, w in enumerate(sentence) if stem(w.norm) in wanted]
    if not marks:
        return []
    return sentence[marks[0] : marks[-1] + 1]


def _verdict(
    index: Index, quote: Quote, hits: list[_Hit], verdict: Verdict, *, elided: bool
) -> Finding:
    speaker = quote.speaker
    same = [h for h in hits if h.speaker and speaker and same_person(h.speaker, speaker)]
    other = [h for h in hits if h.speaker and speaker and not same_person(h.speaker, speaker)]
    conflict = bool(other) and not same
    chosen = other if conflict else _ranked(same or hits)
    chosen = chosen[: thresholds.MAX_EVIDENCE]
    evidence = tuple(_evidence(index, hit) for hit in chosen)
    best = chosen[0]
    where = index.analyses[best.source].article.id
    if conflict:
        return Finding(
            subject=quote,
            verdict=Verdict.CONFLICT,
            evidence=evidence,
            reason=(
                f"{'the same words' if verdict is Verdict.TRACED else 'a close rewording'}, "
                f"but {where} gives them to {best.speaker}, and this text to {speaker}"
            ),
        )
    if verdict is Verdict.APPROXIMATE:
        reason = f"reworded: {best.score:.0%} similar to words in {where}"
    elif elided:
        reason = f"the same words, in {len(best.pieces)} elided pieces, in order, in {where}"
    elif best.longer:
        reason = f"the same words, a fragment of a longer quote in {where}"
    else:
        how = "verbatim" if best.kind is MatchKind.EXACT else "once marks, case and spacing agree"
        reason = f"the same words in {where} ({how})"
    if best.speaker is not None:
        reason += f"; spoken by {best.speaker}"
    elif speaker is not None:
        reason += "; the source does not say who spoke, so the speaker is unchecked"
    return Finding(subject=quote, verdict=verdict, evidence=evidence, reason=reason)


def _ranked(hits: list[_Hit]) -> list[_Hit]:
    """Unique hits: in a source quote first, then naming a speaker, then by score."""
    seen: set[tuple[int, tuple[Span, ...]]] = set()
    unique = []
    for hit in hits:
        key = (hit.source, hit.pieces)
        if key not in seen:
            seen.add(key)
            unique.append(hit)
    return sorted(unique, key=lambda h: (not h.quoted, h.speaker is None, -h.score))


def _evidence(index: Index, hit: _Hit) -> Evidence:
    analysis = index.analyses[hit.source]
    match = Span(hit.pieces[0].start, hit.pieces[-1].end)
    sentence = index.units[hit.source].covering(match.start, match.end)
    return Evidence.of(
        analysis.article.id,
        analysis.text,
        sentence,
        match,
        kind=hit.kind,
        score=hit.score,
        pieces=hit.pieces,
        speaker=hit.speaker,
    )
