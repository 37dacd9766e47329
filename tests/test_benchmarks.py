"""The benchmark scorer on tiny hand-made cases, with exact counts (no peers needed)."""

from __future__ import annotations

import doctest
from fractions import Fraction

import pytest

import provenance.extract
from benchmarks import accuracy, peers, scale, stages, throughput
from benchmarks.accuracy import GoldFigure, GoldQuote, Labelled, score_article
from benchmarks.peers import Found, FoundFigure, FoundQuote

#: 'Ana Ruiz said "we will act" and "soon", and 12 kg of rice, about 40 people.'
TEXT = 'Ana Ruiz said "we will act" and "soon", and 12 kg of rice, about 40 people.'
GOLD = Labelled(
    id="tiny",
    text=TEXT,
    quotes=(GoldQuote(15, 26, "Ana Ruiz", "Ana Ruiz"), GoldQuote(33, 37, "Ana Ruiz", "she")),
    figures=(
        GoldFigure(44, 49, Fraction(12), None, "kg"),
        GoldFigure(59, 67, Fraction(40), None, None),
    ),
    ambiguous=((0, 3),),
)


def test_gold_spans_are_what_the_names_say() -> None:
    """The hand-made labels cover the characters they mean."""
    assert [TEXT[q.start : q.end] for q in GOLD.quotes] == ["we will act", "soon"]
    assert [TEXT[f.start : f.end] for f in GOLD.figures] == ["12 kg", "about 40"]


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        pytest.param(
            Found(quotes=(FoundQuote(15, 26, "Ana Ruiz"), FoundQuote(33, 37, "she"))),
            {"quotes_found": 2, "quotes_right": 2, "speakers_right": 1, "mentions_right": 2},
            id="both-quotes-one-pronoun",
        ),
        pytest.param(
            Found(quotes=(FoundQuote(14, 27, "Ruiz"),)),
            {"quotes_found": 1, "quotes_right": 0, "quotes_overlap": 1, "speakers_scored": 0},
            id="marks-included-overlap-only",
        ),
        pytest.param(
            Found(dropped=True, error="odd marks"),
            {"quotes_found": 0, "quotes_right": 0, "dropped": 1, "quotes_labelled": 2},
            id="dropped-article-counts-as-zero",
        ),
    ],
)
def test_quote_scores(found: Found, expected: dict[str, int]) -> None:
    """Quotes are right only on exact spans; speakers by name, mentions as written."""
    score = score_article(GOLD, found, {"quotes", "speakers"})
    assert {name: getattr(score, name) for name in expected} == expected


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        pytest.param(
            (FoundFigure(44, 49, Fraction(12), None, "kg"), FoundFigure(59, 67, Fraction(40))),
            (2, 2, 2),
            id="all-right",
        ),
        pytest.param(
            (FoundFigure(44, 49, Fraction(12), None, None), FoundFigure(65, 67, Fraction(40))),
            (2, 0, 1),
            id="unit-missing-and-hedge-left-out",
        ),
        pytest.param(
            (FoundFigure(0, 3, Fraction(1)), FoundFigure(44, 46, Fraction(12))),
            (1, 0, 0),
            id="ambiguous-left-out-short-span-wrong",
        ),
    ],
)
def test_figure_scores(figures: tuple[FoundFigure, ...], expected: tuple[int, int, int]) -> None:
    """Figures need span, value and unit right; ambiguous ones count neither way."""
    score = score_article(GOLD, Found(figures=figures), {"figures"})
    assert (score.figures_found, score.figures_right, score.figures_span_right) == expected
    assert score.figures_labelled == 2


def test_rates_from_counts() -> None:
    """Precision and recall are computed from the summed counts."""
    total = accuracy.Score()
    total.add(score_article(GOLD, Found(quotes=(FoundQuote(15, 26, "Ana Ruiz"),)), {"quotes"}))
    total.add(score_article(GOLD, Found(), {"quotes"}))
    assert (total.quote_precision, total.quote_recall) == (1.0, 0.25)


def test_corpus_labels_load() -> None:
    """Every labelled article of tests/corpus resolves into spans and values."""
    corpus = accuracy.load_corpus()
    assert corpus
    for article in corpus:
        spans = [(q.start, q.end) for q in article.quotes]
        spans += [(f.start, f.end) for f in article.figures]
        for start, end in spans:
            assert 0 <= start < end <= len(article.text)


def test_regex_floor_on_the_tiny_text() -> None:
    """The floor finds both straight-quoted spans, without speakers."""
    found = peers.make("regex").run(TEXT)
    assert found.quotes == (FoundQuote(15, 26), FoundQuote(33, 37))


def test_stage_timing_restores_analyze() -> None:
    """Every stage is timed, the stages add up to at most the whole, analyze is restored."""
    before = {name: getattr(provenance.extract, name) for name, _ in stages.STAGES}
    measured = stages.measure_stages(size=20_000, repeats=1)
    assert {name: getattr(provenance.extract, name) for name, _ in stages.STAGES} == before
    assert set(measured["stages"]) == {name for name, _ in stages.STAGES}
    assert all(seconds > 0 for seconds in measured["stages"].values())
    assert sum(measured["stages"].values()) <= measured["total_s"]
    table = stages.stages_markdown(measured)
    assert table.count("\n") == len(stages.STAGES) + 3  # header, rule, stages, other, total
    assert "| `find_figures` | figures: numbers, units, hedges, dates |" in table


def test_generated_sources_are_deterministic() -> None:
    """Each generated corpus is a prefix of the next, so copied sentences are in all."""
    small = list(scale.generate_articles(45))
    big = list(scale.generate_articles(100))
    assert big[:2] == small[:2]
    assert sum(len(text.splitlines()) for _, text in small) == 45


@pytest.mark.parametrize("module", [accuracy, peers, scale, throughput], ids=lambda m: m.__name__)
def test_doctests(module: object) -> None:
    """The benchmark modules' examples run."""
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0
