"""Figures of the labelled corpus (tests/corpus): every annotation found exactly."""

from __future__ import annotations

import pytest

from provenance.extract.figures import find_figures
from tests.corpus_figures import articles, expected, label_spans, problems, score, year_of

#: Known misses: (article, text, occurrence) -> why.
KNOWN_MISSES: dict[tuple[str, str, int], str] = {
    ("bregnaz-translated-07", "a week", 0): "'a'/'an' count as one only after a hedge",
    ("malaria-science-06", "76", 0): "the noun sits after 'among' (an elided 'severe cases')",
    ("wexham-aggregator-04", "January", 0): (
        "a bare month is dated in the publication year; here it is the next January"
    ),
    ("millbrook-sports-16", "Feb. 1", 0): (
        "a year-less day is dated in the publication year; here it is next year's"
    ),
}

#: Known false figures: (article, not-figure text, occurrence) -> why.
KNOWN_EXTRAS: dict[tuple[str, str, int], str] = {
    ("qinghe-state-03", "four strictest", 0): "a slogan's number reads as a count",
}

_ARTICLES = articles()
_FOUND = {
    article: {(f.span.start, f.span.end): f for f in find_figures(text, year=year_of(data))}
    for article, text, data in _ARTICLES
}


def _cases() -> list[object]:
    cases: list[object] = []
    for article, text, data in _ARTICLES:
        for want in expected(article, text, data):
            key = (article, want.text, want.occurrence)
            marks = []
            if key in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[key], strict=True))
            cases.append(
                pytest.param(want, marks=marks, id=f"{article}:{want.text}#{want.occurrence}")
            )
    return cases


@pytest.mark.parametrize("want", _cases())
def test_annotated_figure_is_found(want: object) -> None:
    """The annotated figure is found at its span with its value, unit, kind, hedge and noun."""
    from tests.corpus_figures import Expected

    assert isinstance(want, Expected)
    got = _FOUND[want.article].get((want.start, want.end))
    assert problems(want, got) == []


def _not_figures() -> list[object]:
    cases: list[object] = []
    for article, text, data in _ARTICLES:
        items = data.get("not_figures", [])
        for item, span in zip(items, label_spans(text, items), strict=True):
            key = (article, item["text"], item["occurrence"])
            marks = []
            if key in KNOWN_EXTRAS:
                marks.append(pytest.mark.xfail(reason=KNOWN_EXTRAS[key], strict=True))
            cases.append(
                pytest.param(
                    article, span, marks=marks, id=f"{article}:{item['text']}#{item['occurrence']}"
                )
            )
    return cases


@pytest.mark.parametrize(("article", "span"), _not_figures())
def test_not_figure_is_not_found(article: str, span: tuple[int, int]) -> None:
    """No figure is found inside or across a span labelled as not a figure."""
    start, end = span
    overlapping = [
        figure.text for (low, high), figure in _FOUND[article].items() if low < end and start < high
    ]
    assert overlapping == []


def test_precision_and_recall() -> None:
    """Over the corpus, a figure is right when span, value and unit are all right."""
    right, found, annotated, _ = score()
    assert right / found >= 0.97
    assert right / annotated >= 0.97


def test_found_figures_round_trip_through_json() -> None:
    """Every figure found in the corpus survives the JSON converter exactly, in its analysis."""
    from provenance import Analysis, Article, from_json, to_json

    for article, text, data in _ARTICLES:
        analysis = Analysis(
            article=Article(article, text),
            figures=find_figures(text, year=year_of(data)),
        )
        assert from_json(to_json(analysis)) == analysis
