"""The bundled example (examples/articles): the exact verdict and evidence of every finding.

Runs once extraction (``provenance.extract``) and the example corpus are installed. Two
checks per finding: this table of exact results (verdict, first evidence's source and
absolute match span in the source text), and agreement with the corpus author's
``expected.json`` (the same verdict; every piece of evidence is one the author lists, in
the sentence the author gives, and the marked characters lie inside the author's match).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import Verdict
from provenance.cli import load, source_files
from provenance.trace import Corpus, Finding, Report

ROOT = Path(__file__).resolve().parent.parent / "examples" / "articles"
pytestmark = pytest.mark.skipif(
    not (ROOT / "expected.json").is_file(), reason="the example corpus is not installed"
)

T, A, C, U = Verdict.TRACED, Verdict.APPROXIMATE, Verdict.CONFLICT, Verdict.UNTRACED

# (subject text, occurrence in derived.txt, verdict, source id, match start, match end)
EXACT = [
    ("1,187", 0, T, "valencia-today-local", 299, 304),
    ("about €4.7 million", 0, T, "isna-state", 333, 351),
    ("nine", 0, T, "isna-state", 365, 369),
    ("Three", 0, A, "wire-valencia", 874, 889),
    ("nine", 1, T, "wire-valencia", 885, 889),
    ("more than 15 years", 0, U, None, 0, 0),
    ("more than 400", 0, C, "herald-us", 467, 469),
    ("about 90 feet", 0, T, "wire-valencia", 626, 635),
    ("more than 340 kilograms", 0, T, "isna-state", 1057, 1075),
    ("about 60%", 0, T, "herald-us", 566, 584),
    ("about 26 pounds", 0, T, "isna-state", 1112, 1124),
    ("58-year-old", 0, T, "valencia-today-local", 778, 785),
    ("at least 230", 0, T, "wire-valencia", 783, 795),
    ("around €860,000", 0, T, "wire-valencia", 853, 872),
    ("18-month", 0, T, "wire-valencia", 1309, 1318),
    (
        "This was not a hobby. It was a business, and a very profitable one,",
        0,
        T,
        "wire-valencia",
        943,
        1009,
    ),
    (
        "We followed the coins … to auction catalogues in Munich and London,",
        0,
        T,
        "wire-valencia",
        1322,
        1431,
    ),
    (
        "This heritage belongs to every Spaniard, and today it returns to where it belongs.",
        0,
        T,
        "valencia-today-local",
        515,
        596,
    ),
    (
        "Anyone who loots our past to sell it abroad will find the Civil Guard waiting for them.",
        0,
        A,
        "isna-state",
        1288,
        1367,
    ),
    (
        "We can put them in a museum, but we can never put the history back,",
        0,
        C,
        "herald-us",
        1471,
        1537,
    ),
    ("torn out of its context", 0, T, "herald-us", 1350, 1373),
    ("This is only the tip of the iceberg,", 0, U, None, 0, 0),
]


@pytest.fixture(scope="module")
def report() -> Report:
    extract = pytest.importorskip("provenance.extract")
    analyze = getattr(extract, "analyze", None)
    if analyze is None:
        pytest.skip("provenance.extract has no analyze() yet")

    derived = analyze(load(ROOT / "derived.txt"))
    if not derived.figures:
        pytest.skip("analyze() finds no figures yet (the figure stage is not wired in)")
    corpus = Corpus(analyze(load(p)) for p in source_files([ROOT / "sources"]))
    return corpus.check(derived)


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return {
        path.stem: path.read_text(encoding="utf-8") for path in (ROOT / "sources").glob("*.txt")
    }


def finding_at(report: Report, text: str, occurrence: int) -> Finding:
    """The finding whose subject is the ``occurrence``-th ``text`` of the checked article."""
    span = report.article.find(text, occurrence=occurrence)
    found = [
        f for f in report if (f.subject.span.start, f.subject.span.end) == (span.start, span.end)
    ]
    assert found, f"no finding for {text!r} at {span.start}..{span.end}"
    return found[0]


def test_one_finding_per_expected_subject(report):
    """The report has exactly the figures and quotes the example lists."""
    assert len(report) == len(EXACT)


@pytest.mark.parametrize(
    ("text", "occurrence", "verdict", "source", "start", "end"),
    [pytest.param(*row, id=f"{row[0][:30]}#{row[1]}") for row in EXACT],
)
def test_exact_verdict_and_evidence(report, sources, text, occurrence, verdict, source, start, end):
    """Each finding has its verdict and, first, the evidence span in its source."""
    finding = finding_at(report, text, occurrence)
    assert finding.verdict is verdict
    if source is None:
        assert finding.evidence == ()
        return
    evidence = finding.evidence[0]
    assert (evidence.article_id, evidence.match.start, evidence.match.end) == (source, start, end)
    assert sources[source][start:end] == evidence.match_text


EXPECTED = (
    json.loads((ROOT / "expected.json").read_text(encoding="utf-8"))
    if (ROOT / "expected.json").is_file()
    else {"figures": [], "quotes": []}
)


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(e, id=f"{kind[:-1]}:{e['text'][:30]}#{e['occurrence']}")
        for kind in ("figures", "quotes")
        for e in EXPECTED[kind]
    ],
)
def test_agrees_with_the_corpus_author(report, expected):
    """Same verdict as expected.json; evidence drawn from the author's sentences and matches."""
    finding = finding_at(report, expected["text"], expected["occurrence"])
    assert finding.verdict.value == expected["verdict"], finding.reason
    listed = [(e["source"], e["sentence"], e["match"]) for e in expected.get("evidence", [])]
    for evidence in finding.evidence:
        fits = [
            (sentence, match)
            for source, sentence, match in listed
            if source == evidence.article_id and sentence == evidence.sentence_text.strip()
        ]
        assert fits, f"{evidence.article_id}: {evidence.sentence_text!r} is not listed"
        inside = evidence.match.start - evidence.sentence.start
        relative = (inside, inside + evidence.match.length)
        assert any(
            sentence.find(match) <= relative[0] and relative[1] <= sentence.find(match) + len(match)
            for sentence, match in fits
        ), f"{evidence.match_text!r} lies outside the listed matches {fits}"
