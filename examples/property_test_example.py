"""Property-test a pipeline with provenance's strategies: "my summariser never invents a figure".

The summariser below keeps the first sentences of an article and, for American readers,
converts kilograms to pounds with a rule of thumb ("double it") that is a little off.
Hypothesis draws realistic articles with `provenance.strategies.annotated_articles()`,
and `assert_traceable` fails the property as soon as a converted figure no longer agrees
with its source, showing the rendered report for the smallest failing article hypothesis
could find.

Run: ``python examples/property_test_example.py`` (prints the failure and exits 0), or
``pytest examples/property_test_example.py`` (the property is marked as expected to fail).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings

from provenance import Article, analyze
from provenance import strategies as pst
from provenance.testing import assert_traceable

KILOGRAMS = re.compile(r"\b(\d{1,6})(?:[ \u00a0])(?:kilograms|kg)\b")


def summarise(article: Article, sentences: int = 4) -> str:
    """A naive summariser: the first few sentences, kilograms "converted" to pounds."""
    kept = "\n".join(s.text for s in analyze(article).sentences[:sentences])
    return KILOGRAMS.sub(lambda m: f"{int(m.group(1)) * 2} pounds", kept)  # the bug: x2


@pytest.mark.xfail(reason="the summariser converts kilograms with a wrong factor", strict=True)
@settings(max_examples=500, deadline=None, database=None, derandomize=True)
@given(pst.annotated_articles(min_paragraphs=2, max_paragraphs=4))
def test_summaries_trace_to_their_article(case: pst.AnnotatedArticle) -> None:
    """Every figure and quote of a summary is stated by the article it summarises."""
    assert_traceable(summarise(case.article), [case.article])


def main() -> None:
    """Run the property once and show how its failure reads."""
    try:
        test_summaries_trace_to_their_article()
    except AssertionError as failure:
        print("The property failed, as it should. What hypothesis and provenance report:\n")
        for note in getattr(failure, "__notes__", []):  # hypothesis's falsifying example
            print(note)
        print()
        print(str(failure))
    else:
        print("No failure found: the summariser traced on every drawn article.")


if __name__ == "__main__":
    main()
