"""Accuracy of every system on the labelled corpus (tests/corpus/*.txt + *.json).

Scoring rules, the same for every system:

- **Quotes**: a found quote is right when its span equals a labelled quote's span
  exactly (the characters inside the marks, inner punctuation kept). Precision =
  right / found, recall = right / labelled. An article a system refused counts as
  zero quotes found. ``overlap`` scores also count a found quote that overlaps a
  labelled one (each labelled quote matched at most once), for tools whose spans
  are a little off.
- **Speakers**: over the labelled quotes with a named speaker that the system found
  (exact span), the share whose speaker equals the label's canonical name (case and
  white space ignored, a leading "the" ignored). "he" for "Ana Ruiz" is wrong.
  ``mention`` accuracy also accepts the labelled mention as written ("Ruiz", "she"),
  which is all that tools without coreference can give.
- **Figures**: a found figure is right when its span equals a labelled figure's span
  and its value, high end (ranges) and canonical unit equal the label's (values
  compared exactly up to 1e-9 relative, dates as day ordinals). Found figures that
  overlap an ``ambiguous_figures`` label are neither right nor wrong (left out).
  ``span only`` scores ignore value and unit.

Run alone: ``python -m benchmarks.accuracy [--only provenance,regex]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from benchmarks.peers import Found, FoundFigure, FoundQuote, System, iso_ordinal

__all__ = [
    "CORPUS",
    "Labelled",
    "Score",
    "load_corpus",
    "score_article",
    "score_system",
]

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


@dataclass(frozen=True)
class GoldQuote:
    """A labelled quote: span, canonical speaker (``None``: nobody named), mention as written."""

    start: int
    end: int
    speaker: str | None
    source: str | None = None


@dataclass(frozen=True)
class GoldFigure:
    """A labelled figure: span, exact value and high end, canonical unit."""

    start: int
    end: int
    value: Fraction
    high: Fraction | None
    unit: str | None


@dataclass(frozen=True)
class Labelled:
    """One labelled article: its text and what a perfect system would find."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    figures: tuple[GoldFigure, ...]
    ambiguous: tuple[tuple[int, int], ...] = ()


def locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    """The span of the ``occurrence``-th (0-based, overlapping) ``needle`` in ``text``.

    Example:
        >>> locate("aaa", "aa", 1)
        (1, 3)
    """
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise LookupError(f"{needle!r} occurrence {occurrence} not found")
    return start, start + len(needle)


def label_number(value: str, kind: str) -> Fraction:
    """A label's value: a decimal, a fraction ``"2/3"``, or an ISO date (as a day ordinal).

    Example:
        >>> label_number("2/3", "fraction")
        Fraction(2, 3)
    """
    if kind == "date":
        return iso_ordinal(value)
    if re.fullmatch(r"\d+/\d+", value):
        num, den = value.split("/")
        return Fraction(int(num), int(den))
    return Fraction(Decimal(value))


def parse_labels(article_id: str, text: str, data: dict[str, Any]) -> Labelled:
    """Turn one annotation document into spans and values."""
    quotes = tuple(
        GoldQuote(*locate(text, q["text"], q["occurrence"]), q["speaker"], q["source"])
        for q in data["quotes"]
    )
    figures = []
    for f in data["figures"]:
        start, end = locate(text, f["text"], f["occurrence"])
        value = label_number(f["value"], f["kind"])
        high = None if f["high"] is None else label_number(f["high"], f["kind"])
        figures.append(GoldFigure(start, end, value, high, f["unit"]))
    ambiguous = tuple(
        locate(text, a["text"], a["occurrence"]) for a in data.get("ambiguous_figures", ())
    )
    return Labelled(article_id, text, quotes, tuple(figures), ambiguous)


def load_corpus(folder: Path = CORPUS) -> list[Labelled]:
    """Every labelled article of ``folder``, sorted by id (texts read as exact bytes)."""
    articles = []
    for path in sorted(folder.glob("*.json")):
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        data = json.loads(path.read_text(encoding="utf-8"))
        articles.append(parse_labels(path.stem, text, data))
    return articles


@dataclass
class Score:
    """Counts for one system over some articles; the rates are computed from them.

    Example:
        >>> s = Score(quotes_found=4, quotes_labelled=5, quotes_right=3)
        >>> s.quote_precision, s.quote_recall
        (0.75, 0.6)
    """

    articles: int = 0
    dropped: int = 0
    quotes_found: int = 0
    quotes_labelled: int = 0
    quotes_right: int = 0
    quotes_overlap: int = 0
    speakers_scored: int = 0
    speakers_right: int = 0
    mentions_right: int = 0
    figures_found: int = 0
    figures_labelled: int = 0
    figures_right: int = 0
    figures_span_right: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add ``other``'s counts to these."""
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)

    @staticmethod
    def _rate(right: int, total: int) -> float | None:
        return right / total if total else None

    @property
    def quote_precision(self) -> float | None:
        """Right quotes / found quotes."""
        return self._rate(self.quotes_right, self.quotes_found)

    @property
    def quote_recall(self) -> float | None:
        """Right quotes / labelled quotes."""
        return self._rate(self.quotes_right, self.quotes_labelled)

    @property
    def quote_overlap_precision(self) -> float | None:
        """Overlapping quotes / found quotes."""
        return self._rate(self.quotes_overlap, self.quotes_found)

    @property
    def quote_overlap_recall(self) -> float | None:
        """Overlapping quotes / labelled quotes."""
        return self._rate(self.quotes_overlap, self.quotes_labelled)

    @property
    def speaker_accuracy(self) -> float | None:
        """Right speakers / found labelled quotes that name a speaker."""
        return self._rate(self.speakers_right, self.speakers_scored)

    @property
    def mention_accuracy(self) -> float | None:
        """Speakers that are the right name or the labelled mention ("Ruiz", "she")."""
        return self._rate(self.mentions_right, self.speakers_scored)

    @property
    def figure_precision(self) -> float | None:
        """Right figures / found figures (ambiguous ones left out)."""
        return self._rate(self.figures_right, self.figures_found)

    @property
    def figure_recall(self) -> float | None:
        """Right figures / labelled figures."""
        return self._rate(self.figures_right, self.figures_labelled)

    @property
    def figure_span_precision(self) -> float | None:
        """Figures with the right span / found figures."""
        return self._rate(self.figures_span_right, self.figures_found)

    @property
    def figure_span_recall(self) -> float | None:
        """Figures with the right span / labelled figures."""
        return self._rate(self.figures_span_right, self.figures_labelled)


def same_name(found: str | None, label: str | None) -> bool:
    """Whether a found speaker names the labelled one (case, spaces, "the" ignored).

    Example:
        >>> same_name("the  Ministry", "ministry"), same_name("he", "Ana Ruiz")
        (True, False)
    """
    if found is None or label is None:
        return False

    def norm(name: str) -> str:
        words = name.casefold().split()
        if words and words[0] == "the":
            words = words[1:]
        return " ".join(words)

    return norm(found) == norm(label)


def same_number(found: Fraction | None, label: Fraction | None) -> bool:
    """Exact equality up to 1e-9 relative (for repeating fractions such as 2/3).

    Example:
        >>> same_number(Fraction("0.6666666666666666666666666667"), Fraction(2, 3))
        True
    """
    if found is None or label is None:
        return found is label
    scale = max(Fraction(1), abs(label))
    return bool(abs(found - label) <= scale / 10**9)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _score_quotes(
    score: Score, gold: Sequence[GoldQuote], found: Sequence[FoundQuote], speakers: bool
) -> None:
    score.quotes_labelled += len(gold)
    score.quotes_found += len(found)
    by_span = {(q.start, q.end): q for q in found}
    for label in gold:
        hit = by_span.get((label.start, label.end))
        if hit is None:
            continue
        score.quotes_right += 1
        if speakers and label.speaker is not None:
            score.speakers_scored += 1
            score.speakers_right += same_name(hit.speaker, label.speaker)
            score.mentions_right += same_name(hit.speaker, label.speaker) or same_name(
                hit.speaker, label.source
            )
    used: set[int] = set()
    for label in gold:
        for index, q in enumerate(found):
            if index not in used and _overlaps((q.start, q.end), (label.start, label.end)):
                used.add(index)
                score.quotes_overlap += 1
                break


def _score_figures(
    score: Score,
    gold: Sequence[GoldFigure],
    ambiguous: Iterable[tuple[int, int]],
    found: Sequence[FoundFigure],
) -> None:
    unclear = list(ambiguous)
    labelled = {(g.start, g.end): g for g in gold}
    kept = [
        f
        for f in found
        if (f.start, f.end) in labelled or not any(_overlaps((f.start, f.end), a) for a in unclear)
    ]
    score.figures_labelled += len(gold)
    score.figures_found += len(kept)
    for f in kept:
        label = labelled.get((f.start, f.end))
        if label is None:
            continue
        score.figures_span_right += 1
        if (
            same_number(f.value, label.value)
            and same_number(f.high, label.high)
            and f.unit == label.unit
        ):
            score.figures_right += 1


def score_article(labelled: Labelled, found: Found, does: Iterable[str]) -> Score:
    """Score what one system found in one article against its labels.

    Example:
        >>> gold = Labelled("a", 'He said "go" and "stay".', (GoldQuote(9, 11, "Al"),), ())
        >>> found = Found(quotes=(FoundQuote(9, 11, "he"), FoundQuote(18, 22)))
        >>> s = score_article(gold, found, {"quotes", "speakers"})
        >>> s.quotes_right, s.quotes_found, s.speakers_scored, s.speakers_right
        (1, 2, 1, 0)
    """
    does = set(does)
    score = Score(articles=1, dropped=int(found.dropped))
    if found.error is not None:
        score.errors.append(f"{labelled.id}: {found.error}")
    if "quotes" in does:
        _score_quotes(score, labelled.quotes, found.quotes, "speakers" in does)
    if "figures" in does:
        _score_figures(score, labelled.figures, labelled.ambiguous, found.figures)
    return score


def score_system(system: System, corpus: Sequence[Labelled]) -> Score:
    """Run ``system`` on every labelled article and add up its scores."""
    total = Score()
    for labelled in corpus:
        try:
            found = system.run(labelled.text)
        except Exception as exc:  # a peer crashing on an article drops it, as textacy does
            found = Found(dropped=True, error=f"{type(exc).__name__}: {exc}")
        total.add(score_article(labelled, found, system.does))
    return total


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.peers import NAMES, MissingPeer, make

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(NAMES))
    args = parser.parse_args(argv)
    corpus = load_corpus()
    for name in args.only.split(","):
        try:
            system = make(name)
        except MissingPeer as exc:
            print(f"{name}: not run: {exc}")
            continue
        score = score_system(system, corpus)
        print(name, json.dumps(summary(score)))


def summary(score: Score) -> dict[str, Any]:
    """Counts and rates of a score as plain data (JSON-ready)."""
    data: dict[str, Any] = dict(vars(score))
    for name in (
        "quote_precision",
        "quote_recall",
        "quote_overlap_precision",
        "quote_overlap_recall",
        "speaker_accuracy",
        "mention_accuracy",
        "figure_precision",
        "figure_recall",
        "figure_span_precision",
        "figure_span_recall",
    ):
        data[name] = getattr(score, name)
    return data


if __name__ == "__main__":
    main()
