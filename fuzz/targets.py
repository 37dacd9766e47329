"""Fuzz targets: each takes raw bytes and checks provenance's invariants on them.

They are plain functions, so the atheris driver (``fuzz/run.py``) and the test
suite (``tests/test_fuzz.py``) run exactly the same checks. A target fails by
raising (an ``AssertionError`` for a broken invariant, anything else for a
crash); a ``ProvenanceError`` is not a failure only where the API documents it
for bad input (``from_json``).
"""

from __future__ import annotations

from collections.abc import Callable

from provenance import (
    Analysis,
    Article,
    ProvenanceError,
    Report,
    analyze,
    check,
    from_json,
    to_json,
)

__all__ = ["TARGETS", "analyze_target", "check_target", "from_json_target"]


def _text(data: bytes) -> str:
    """Bytes as text: UTF-8 with replacement, so that every input reaches the library."""
    return data.decode("utf-8", errors="replace")


def _assert_bound(analysis: Analysis) -> None:
    text = analysis.article.text
    assert analysis.binding_errors() == [], analysis.binding_errors()
    for group in (analysis.sentences, analysis.quotes, analysis.figures, analysis.claims):
        for item in group:
            assert text[item.span.start : item.span.end] == item.text, item
    for figure in analysis.figures:
        assert figure.interval.low <= figure.interval.high, figure


def analyze_target(data: bytes) -> None:
    """Analyse any text: every span slices its text and the JSON round trip is exact."""
    analysis = analyze(Article("fuzz", _text(data)))
    _assert_bound(analysis)
    assert from_json(to_json(analysis), Analysis) == analysis


def check_target(data: bytes) -> None:
    """Check the second half of any text against the first: one finding per subject, bound."""
    text = _text(data)
    middle = len(text) // 2
    source, derived = Article("source", text[:middle]), Article("derived", text[middle:])
    report = check(derived, [source])
    analysis = analyze(derived)
    assert len(report) == len(analysis.figures) + len(analysis.quotes)
    for finding in report:
        subject = finding.subject
        assert derived.text[subject.span.start : subject.span.end] == subject.text
        for evidence in finding.evidence:
            assert evidence.article_id == "source"
            sentence = source.text[evidence.sentence.start : evidence.sentence.end]
            assert sentence == evidence.sentence_text
            assert source.text[evidence.match.start : evidence.match.end] == evidence.match_text
            assert evidence.sentence.contains(evidence.match)
    assert from_json(to_json(report), Report) == report


def from_json_target(data: bytes) -> None:
    """Any bytes are read back or refused with a ProvenanceError, nothing else."""
    try:
        obj = from_json(data)
    except ProvenanceError:
        return
    assert from_json(to_json(obj)) == obj


TARGETS: dict[str, Callable[[bytes], None]] = {
    "analyze": analyze_target,
    "check": check_target,
    "from_json": from_json_target,
}
