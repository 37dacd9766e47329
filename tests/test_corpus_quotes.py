"""The labelled corpus (tests/corpus): every expected quote, tricky sentence and non-quote.

Each expected quote must be found with its exact span, kind and speaker; each tricky
sentence must be one sentence; each not-quote must not be a quote. Known misses are
listed in KNOWN with the reason. Precision, recall and accuracies over the corpus are
printed by ``python benchmarks/eval_quotes.py``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import Analysis, Article
from provenance.extract import analyze

CORPUS = Path(__file__).resolve().parent / "corpus"

# (article id, kind of check, label text prefix) -> why it fails
KNOWN: dict[tuple[str, str, str], str] = {
    ("hexham-broadsheet-15", "quote", "No village will be left offline"): (
        "headline 'Minister: ...' colon attribution is not a cue"
    ),
    ("millbrook-sports-16", "quote", "No, sir, I play the trumpet,"): (
        "'He' inside a quote refers to someone only world knowledge identifies"
    ),
    ("millbrook-sports-16", "quote", "Mom, you do sleep in the car,"): (
        "'her son' is a description resolved only by world knowledge"
    ),
    ("millbrook-sports-16", "quote", "Whatever I choose"): (
        "two people share a surname; the surname maps to the latest full name"
    ),
    ("millbrook-sports-16", "quote", "This gym made me."): (
        "two people share a surname; the surname maps to the latest full name"
    ),
}


def _labels() -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.stem, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(CORPUS.glob("*.json"))
    ]


@functools.cache
def _analysis(article_id: str) -> Analysis:
    text = (CORPUS / f"{article_id}.txt").read_bytes().decode("utf-8")
    return analyze(Article(article_id, text))


def _params(section: str, check: str) -> list[Any]:
    params = []
    for article_id, labels in _labels():
        for index, label in enumerate(labels.get(section, [])):
            marks = []
            for (known_id, known_check, prefix), reason in KNOWN.items():
                if (known_id, known_check) == (article_id, check) and label["text"].startswith(
                    prefix
                ):
                    marks.append(pytest.mark.xfail(reason=reason))
            params.append(pytest.param(article_id, label, id=f"{article_id}:{index}", marks=marks))
    return params


def _span(analysis: Analysis, label: dict[str, Any]) -> tuple[int, int]:
    span = analysis.article.find(label["text"], occurrence=label["occurrence"])
    return span.start, span.end


@pytest.mark.parametrize(("article_id", "label"), _params("quotes", "quote"))
def test_expected_quote(article_id: str, label: dict[str, Any]) -> None:
    """The quote is found at its exact span, with its kind and speaker."""
    analysis = _analysis(article_id)
    found = {(q.span.start, q.span.end): q for q in analysis.quotes}
    quote = found.get(_span(analysis, label))
    assert quote is not None, f"quote not found: {label['text']!r}"
    assert (quote.kind.value, quote.speaker) == (label["kind"], label["speaker"])


@pytest.mark.parametrize(("article_id", "label"), _params("not_quotes", "not-quote"))
def test_not_a_quote(article_id: str, label: dict[str, Any]) -> None:
    """Nicknames, terms and titles in marks are not quotes."""
    analysis = _analysis(article_id)
    assert _span(analysis, label) not in {(q.span.start, q.span.end) for q in analysis.quotes}


@pytest.mark.parametrize(("article_id", "label"), _params("sentences", "sentence"))
def test_tricky_sentence(article_id: str, label: dict[str, Any]) -> None:
    """The labelled text is exactly one sentence."""
    analysis = _analysis(article_id)
    spans = {(s.span.start, s.span.end) for s in analysis.sentences}
    assert _span(analysis, label) in spans
