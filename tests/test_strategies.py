"""The strategies users get: their ground truth is exact and bound to the article."""

import pytest
from hypothesis import given
from hypothesis.errors import InvalidArgument

from provenance import Analysis, Figure, FigureKind, Quote, analyze, check
from provenance import strategies as pst


@given(pst.annotated_articles())
def test_annotated_ground_truth_binds_to_its_article(case: pst.AnnotatedArticle) -> None:
    """Every recorded quote and figure covers exactly its text in the article."""
    analysis = Analysis(article=case.article, quotes=case.quotes, figures=case.figures)
    assert analysis.binding_errors() == []
    for quote in case.quotes:
        assert quote.attribution is not None
        assert quote.attribution.content == quote.span
        assert quote.speaker


@given(pst.annotated_articles())
def test_annotated_figures_state_their_value(case: pst.AnnotatedArticle) -> None:
    """A figure written in digits shows its value's digits in its text."""
    for figure in case.figures:
        digits = "".join(c for c in figure.text if c.isdigit())
        if digits and figure.kind in (FigureKind.COUNT, FigureKind.MASS, FigureKind.LENGTH):
            assert str(figure.value).replace(".", "").lstrip("0").startswith(digits.lstrip("0"))


def test_number_words() -> None:
    """Numbers render as English words the way news writes them."""
    from provenance.strategies._news import number_words

    assert [number_words(n) for n in (0, 9, 13, 20, 23, 99)] == [
        "zero",
        "nine",
        "thirteen",
        "twenty",
        "twenty-three",
        "ninety-nine",
    ]


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: pst.annotated_articles(min_paragraphs=0), id="no-paragraphs"),
        pytest.param(
            lambda: pst.annotated_articles(min_paragraphs=4, max_paragraphs=2), id="reversed"
        ),
        pytest.param(lambda: pst.texts(min_size=5, max_size=2), id="texts-reversed"),
        pytest.param(lambda: pst.spans(42), id="spans-of-int"),
    ],
)
def test_bad_arguments_raise_invalid_argument(call: object) -> None:
    """Bad strategy arguments raise hypothesis's InvalidArgument."""
    with pytest.raises(InvalidArgument):
        call()  # type: ignore[operator]


def _quote_facts(quotes: tuple[Quote, ...]) -> set[tuple[object, ...]]:
    return {
        (
            q.span,
            q.text,
            q.kind,
            q.speaker,
            q.attribution.source_text if q.attribution else None,
            q.attribution.cue_text if q.attribution else None,
        )
        for q in quotes
    }


def _figure_facts(figures: tuple[Figure, ...]) -> set[tuple[object, ...]]:
    return {
        (f.span, f.text, f.value, f.high, f.unit, f.kind, f.approx, f.noun, f.quote, f.same_as)
        for f in figures
    }


@given(pst.annotated_articles())
def test_analyze_recovers_the_ground_truth_exactly(case: pst.AnnotatedArticle) -> None:
    """Spans, kinds, speakers, sources, cues, values, units and hedges all come back."""
    analysis = analyze(case.article)
    assert _quote_facts(analysis.quotes) == _quote_facts(case.quotes)
    assert _figure_facts(analysis.figures) == _figure_facts(case.figures)


@given(pst.derived_texts())
def test_check_gives_the_expected_verdict_for_every_derived_item(case: pst.DerivedText) -> None:
    """Copied, converted, rounded, perturbed, invented, reworded, misattributed: as expected."""
    report = check(case.article, list(case.sources))
    verdicts = {finding.subject.span: finding.verdict for finding in report}
    expected = {item.span: item.verdict for item in case.expected}
    assert verdicts == expected


@given(pst.derived_texts())
def test_derived_expectations_slice_their_text(case: pst.DerivedText) -> None:
    """Every expectation's span covers exactly its recorded text."""
    for item in case.expected:
        assert case.article.slice(item.span) == item.text
