"""Tracing figures: compatible, converted, rounded, conflicting, derivable, invented."""

from __future__ import annotations

import pytest
import trace_fixture as fx

from provenance import Article, Figure, Verdict
from provenance.trace import Corpus, MatchKind
from provenance.trace.figures import is_part
from provenance.trace.index import noun_head


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(fx.sources())


def check_figures(corpus: Corpus, written: str, *figures: tuple[str, dict]):
    """Check the figures (text, fields) of ``written``; return the findings in text order."""
    article = Article("d", written)
    made = [fx.figure(article, text, **fields) for text, fields in figures]
    return list(corpus.check(fx.analysis(article, figures=made)))


# (id, written, figure text, fields, verdict, evidence source, evidence text, evidence kind)
TABLE = [
    (
        "same-value",
        "Crews removed 40 tonnes of sludge from the river.",
        "40 tonnes",
        {"value": "40", "unit": "t", "noun": "sludge"},
        Verdict.TRACED,
        "wire",
        "40 tonnes",
        MatchKind.SAME_VALUE,
    ),
    (
        "converted-and-hedged",
        "Cleanup crews hauled some 44 tons of sludge out of the Ossel.",
        "some 44 tons",
        {"value": "44", "unit": "ton", "approx": "some", "noun": "sludge"},
        Verdict.TRACED,
        "paper",
        "about 88,000 pounds",
        MatchKind.COMPATIBLE,
    ),
    (
        "rounded-within-precision",
        "Crews removed 40.2 tonnes of sludge from the Ossel river.",
        "40.2 tonnes",
        {"value": "40.2", "unit": "t", "noun": "sludge"},
        Verdict.TRACED,
        "wire",
        "40 tonnes",
        MatchKind.COMPATIBLE,
    ),
    (
        "length-with-hyphen",
        "Dead fish lined a 12-kilometre stretch of the river.",
        "12-kilometre",
        {"value": "12", "unit": "km", "kind": "length"},
        Verdict.TRACED,
        "wire",
        "12-kilometre",
        MatchKind.SAME_VALUE,
    ),
    (
        "money",
        "The state fined Kestrel 250,000 euros on Friday.",
        "250,000 euros",
        {"value": "250000", "unit": "EUR", "kind": "money"},
        Verdict.TRACED,
        "paper",
        "250,000 euros",
        MatchKind.SAME_VALUE,
    ),
    (
        "contradicted",
        "The spill killed 30,000 fish along the river, the water board said.",
        "30,000",
        {"value": "30000", "noun": "fish"},
        Verdict.CONFLICT,
        "wire",
        "about 3,000",
        MatchKind.INCOMPATIBLE,
    ),
    (
        "contradicted-mass",
        "Crews removed 400 tonnes of sludge from the Ossel river.",
        "400 tonnes",
        {"value": "400", "unit": "t", "noun": "sludge"},
        Verdict.CONFLICT,
        "wire",
        "40 tonnes",
        MatchKind.INCOMPATIBLE,
    ),
]


@pytest.mark.parametrize(
    ("written", "text", "fields", "verdict", "source", "match", "kind"),
    [pytest.param(*row[1:], id=row[0]) for row in TABLE],
)
def test_figure_verdicts(corpus, written, text, fields, verdict, source, match, kind):
    """Each figure gets its verdict and the exact source figure as evidence."""
    (finding,) = check_figures(corpus, written, (text, fields))
    evidence = finding.evidence[0]
    assert (finding.verdict, evidence.article_id, evidence.match_text, evidence.kind) == (
        verdict,
        source,
        match,
        kind,
    )


UNTRACED = [
    ("invented", "The Kestrel mill employs 600 people.", "600", {"value": "600", "noun": "people"}),
    (
        "lookalike-other-noun",
        "Nine firefighters were treated for burns at the district hospital.",
        "Nine",
        {"value": "9", "noun": "firefighters"},
    ),
    (
        "other-currency",
        "The state fined Kestrel 250,000 dollars on Friday.",
        "250,000 dollars",
        {"value": "250000", "unit": "USD", "kind": "money"},
    ),
    (
        "unrelated-sentence-same-number",
        "A choir sang for 40 minutes at the opening of the new library.",
        "40 minutes",
        {"value": "40", "unit": "min", "kind": "duration"},
    ),
    (
        "other-matter-not-a-conflict",
        "Crews removed 400 tonnes of gravel from the Ossel river after the spill.",
        "400 tonnes",
        {"value": "400", "unit": "t"},
    ),
    (
        "same-unit-other-matter",
        "A lorry spilled 40 tonnes of grain on the motorway near the airport.",
        "40 tonnes",
        {"value": "40", "unit": "t", "noun": "grain"},
    ),
]


@pytest.mark.parametrize(
    ("written", "text", "fields"), [pytest.param(*row[1:], id=row[0]) for row in UNTRACED]
)
def test_honest_misses(corpus, written, text, fields):
    """Inventions and lookalikes are UNTRACED, without evidence."""
    (finding,) = check_figures(corpus, written, (text, fields))
    assert (finding.verdict, finding.evidence) == (Verdict.UNTRACED, ())


def test_part_of_a_whole_is_not_accused(corpus):
    """'Three of the nine' is checked as stated: UNTRACED, not a conflict with 'two'."""
    three, _ = check_figures(
        corpus,
        "Three of the nine workers treated for fumes remained in hospital on Thursday.",
        ("Three", {"value": "3", "noun": "workers"}),
        ("nine", {"value": "9", "noun": "workers"}),
    )
    assert (three.verdict, three.evidence) == (Verdict.UNTRACED, ())
    assert three.reason.startswith("no source states this part of a whole")


def test_derivable_figure_is_approximate(corpus):
    """'Seven of the nine' follows from 'nine' and 'two': APPROXIMATE, only derivable."""
    seven, nine = check_figures(
        corpus,
        "Seven of the nine workers treated for fumes went home.",
        ("Seven", {"value": "7", "noun": "workers"}),
        ("nine", {"value": "9", "noun": "workers"}),
    )
    assert seven.verdict is Verdict.APPROXIMATE
    assert seven.reason == "only derivable: no source states it, but “nine” and “two” differ by 7"
    (evidence,) = seven.evidence
    assert (evidence.article_id, evidence.match_text, evidence.kind) == (
        "paper",
        "nine workers treated for fumes, two",
        MatchKind.DERIVED,
    )
    assert [evidence.inside(p) for p in evidence.pieces] == ["nine", "two"]
    assert nine.verdict is Verdict.TRACED


def test_reason_says_converted_and_hedged(corpus):
    """A traced figure's reason says when the source states it only approximately."""
    (finding,) = check_figures(
        corpus,
        "Crews removed 40 tonnes of sludge from the river.",
        ("40 tonnes", {"value": "40", "unit": "t", "noun": "sludge"}),
    )
    assert finding.reason == "stated as “40 tonnes” in wire"
    assert finding.evidence[1].match_text == "about 88,000 pounds"
    (hedged,) = check_figures(
        corpus,
        "Cleanup crews hauled some 44 tons of sludge out of the Ossel.",
        ("some 44 tons", {"value": "44", "unit": "ton", "approx": "some", "noun": "sludge"}),
    )
    assert hedged.reason == (
        "stated as “about 88,000 pounds” in paper "
        "(converted from lb; the source hedges “about”; this text hedges “some”)"
    )


def test_evidence_sentence_is_the_source_sentence(corpus):
    """Evidence spans are absolute offsets of the source, the sentence around the match."""
    (finding,) = check_figures(
        corpus,
        "The spill killed 30,000 fish along the river.",
        ("30,000", {"value": "30000", "noun": "fish"}),
    )
    evidence = finding.evidence[0]
    sentence = fx.WIRE.find(
        "The spill killed about 3,000 fish along a 12-kilometre stretch of the river, "
        "according to the regional water board."
    )
    assert (evidence.sentence, evidence.match) == (sentence, fx.WIRE.find("about 3,000"))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("30,000 of the 72,000 deaths", True),
        ("three out of nine", True),
        ("30,000 and 72,000 deaths", False),
    ],
)
def test_is_part(text, part):
    """Only the first figure of 'PART of the WHOLE' is a part."""
    article = Article("d", text)
    first, second = text.split(" ")[0], text.split(" ")[-2 if "deaths" in text else -1]
    figures = [
        Figure.at(article, *_at(article, first), value=1),
        Figure.at(article, *_at(article, second), value=2),
    ]
    assert is_part(text, figures[0], {f.span.start for f in figures}) is part


def _at(article: Article, text: str) -> tuple[int, int]:
    span = article.find(text)
    return span.start, span.end


@pytest.mark.parametrize(
    ("noun", "head"),
    [("overdose deaths", "death"), ("defendants", "defendant"), ("bodies", "body"), (None, None)],
)
def test_noun_head(noun, head):
    """Nouns compare by their last word, naively made singular."""
    assert noun_head(noun) == head


def test_a_look_alike_that_agrees_does_not_hide_the_sentence_that_disagrees() -> None:
    """The same template with other names may agree by chance; the same names decide."""
    from provenance import Article, Verdict, check

    sources = [
        Article(
            "harbour", "About 1,062 workers left Breivozand as the strike spread toward Poubem."
        ),
        Article("other-1", "About 3,755 workers left Brusaigi as the strike spread toward Saifei."),
        Article("other-2", "About 46,148 workers left Kolvatten as the strike spread toward Idra."),
    ]
    derived = Article(
        "derived", "About 4,395 workers left Breivozand as the strike spread toward Poubem."
    )
    (finding,) = check(derived, sources)
    assert finding.verdict is Verdict.CONFLICT
    assert [(e.article_id, e.match_text) for e in finding.evidence] == [("harbour", "About 1,062")]


def test_a_distinctive_value_traces_through_a_full_rewording() -> None:
    """14,600 tonnes restated exactly traces with little shared context; a round 40 does not."""
    source = Article(
        "wire",
        "The deal, struck after a night of talks, sets the 2026 catch at 14,600 tonnes; "
        "40 boats will stay in port.",
    )
    corpus = Corpus([source])
    derived = Article(
        "summary",
        "Next year's allowed catch under the agreement is about 14,600 tonnes. "
        "The deal allows 40 boats to sail.",
    )
    findings = {f.subject.text: f for f in corpus.check(derived)}
    assert findings["about 14,600 tonnes"].verdict is Verdict.TRACED
    assert findings["about 14,600 tonnes"].evidence[0].match_text == "14,600 tonnes"
    assert findings["40"].verdict is Verdict.UNTRACED
    assert findings["40"].reason == (
        "no source states a figure about the same thing (closest: “40” in wire, "
        "13% of the context shared; 20% needed)"
    )  # a round 40 needs the usual context; 14,600 needed only 8%


def test_an_open_bound_beyond_the_source_is_only_approximate() -> None:
    """More than 70% does not follow from more than 60%; more than 50% does."""
    source = Article(
        "wire", "She said more than 60 per cent of the assessed fish stocks were overfished."
    )
    corpus = Corpus([source])
    stronger = Article("a", "More than 70 per cent of assessed fish stocks are overfished.")
    weaker = Article("b", "More than 50 per cent of assessed fish stocks are overfished.")
    (overstated,) = corpus.check(stronger)
    assert overstated.verdict is Verdict.APPROXIMATE
    assert overstated.reason == (
        "overstated: this text says “More than 70 per cent”, but wire states only "
        "“more than 60 per cent”"
    )
    assert overstated.evidence[0].match_text == "more than 60 per cent"
    (follows,) = corpus.check(weaker)
    assert follows.verdict is Verdict.TRACED
