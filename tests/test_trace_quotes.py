"""Tracing quotes: same words, fragments, elisions, rewordings, other speakers."""

from __future__ import annotations

import pytest
import trace_fixture as fx

from provenance import Article, Span, Verdict
from provenance.trace import Corpus, MatchKind
from provenance.trace.quotes import reworded_score, same_person


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(fx.sources())


def check_one(corpus: Corpus, written: str, words: str, speaker: str | None = "Hanna Voss"):
    """Check one quote ``words`` inside the text ``written``; return its finding."""
    article = Article("d", written)
    report = corpus.check(fx.analysis(article, quotes=[fx.quote(article, words, speaker)]))
    (finding,) = report
    return finding


# (id, written text, quoted words, speaker, verdict, source id, exact evidence span text)
TABLE = [
    (
        "exact-other-marks",
        "«We will find out who cut corners, and they will pay for every fish,» Voss said.",
        "We will find out who cut corners, and they will pay for every fish,",
        "Hanna Voss",
        Verdict.TRACED,
        "wire",
        "We will find out who cut corners, and they will pay for every fish",
    ),
    (
        "case-space-punctuation",
        'Voss said: "we  WILL find out -- who cut corners; and they will pay for every fish"',
        "we  WILL find out -- who cut corners; and they will pay for every fish",
        "Hanna Voss",
        Verdict.TRACED,
        "wire",
        "We will find out who cut corners, and they will pay for every fish",
    ),
    (
        "fragment",
        "Voss vowed that offenders would “pay for every fish”.",
        "pay for every fish",
        "Voss",
        Verdict.TRACED,
        "wire",
        "pay for every fish",
    ),
    (
        "elision-dots",
        '"We will find out who cut corners ... they will pay for every fish," Voss said.',
        "We will find out who cut corners ... they will pay for every fish,",
        "Hanna Voss",
        Verdict.TRACED,
        "wire",
        "We will find out who cut corners, and they will pay for every fish",
    ),
    (
        "elision-brackets",
        '"We will find out [...] they will pay for every fish," Voss said.',
        "We will find out [...] they will pay for every fish,",
        "Hanna Voss",
        Verdict.TRACED,
        "wire",
        "We will find out who cut corners, and they will pay for every fish",
    ),
    (
        "another-translation",
        "“Whoever ignored the safety rules will be held responsible for each dead fish,” "
        "Voss said.",
        "Whoever ignored the safety rules will be held responsible for each dead fish,",
        "Hanna Voss",
        Verdict.APPROXIMATE,
        "state",
        "Those who ignored the safety rules will be held to account for each fish that died",
    ),
    (
        "other-speaker",
        '"The water is safe to drink and residents should not worry," Voss said.',
        "The water is safe to drink and residents should not worry,",
        "Hanna Voss",
        Verdict.CONFLICT,
        "paper",
        "The water is safe to drink and residents should not worry",
    ),
    (
        "surname-agrees",
        '"The water is safe to drink and residents should not worry," Brandt said.',
        "The water is safe to drink and residents should not worry,",
        "Brandt",
        Verdict.TRACED,
        "paper",
        "The water is safe to drink and residents should not worry",
    ),
    (
        "speaker-unknown",
        '"The water is safe to drink and residents should not worry," it was said.',
        "The water is safe to drink and residents should not worry,",
        None,
        Verdict.TRACED,
        "paper",
        "The water is safe to drink and residents should not worry",
    ),
]


@pytest.mark.parametrize(
    ("written", "words", "speaker", "verdict", "source", "match"),
    [pytest.param(*row[1:], id=row[0]) for row in TABLE],
)
def test_quote_verdicts(corpus, written, words, speaker, verdict, source, match):
    """Each quote gets its verdict, with the exact source characters as evidence."""
    finding = check_one(corpus, written, words, speaker)
    assert (finding.verdict, finding.evidence[0].article_id) == (verdict, source)
    evidence = finding.evidence[0]
    assert evidence.match_text == match
    text = {a.article.id: a.text for a in fx.sources()}[source]
    assert text[evidence.match.start : evidence.match.end] == match


UNTRACED = [
    ("invented", "We saw this coming for years,"),
    ("negated-rewording", "The water is not safe to drink and residents should worry."),
    ("lookalike", "Those who ignored the parking rules will be fined for each day they stayed."),
    ("shuffled-words", "We will find out who paid for the fish and cut the corners."),
    ("too-short-to-reword", "They pay fish"),
    ("piece-out-of-order", "they will pay for every fish ... We will find out who cut corners"),
]


@pytest.mark.parametrize(("words"), [pytest.param(w, id=i) for i, w in UNTRACED])
def test_honest_misses(corpus, words):
    """Lookalikes, negations and inventions are UNTRACED, without evidence."""
    finding = check_one(corpus, f'"{words}" she said.', words)
    assert (finding.verdict, finding.evidence) == (Verdict.UNTRACED, ())


def test_elided_pieces_are_marked(corpus):
    """An elided quote's evidence holds one exact span per piece, in order."""
    words = "We will find out who cut corners ... they will pay for every fish,"
    finding = check_one(corpus, f'"{words}" Voss said.', words)
    evidence = finding.evidence[0]
    assert [evidence.inside(p) for p in evidence.pieces] == [
        "We will find out who cut corners",
        "they will pay for every fish",
    ]
    assert evidence.kind is MatchKind.EXACT


def test_conflict_names_both_speakers(corpus):
    """A conflict's reason names the source's speaker and the text's."""
    words = "The water is safe to drink and residents should not worry,"
    finding = check_one(corpus, f'"{words}" Voss said.', words)
    assert finding.reason == (
        "the same words, but paper gives them to Ole Brandt, and this text to Hanna Voss"
    )
    assert finding.evidence[0].speaker == "Ole Brandt"


def test_normalised_kind_when_characters_differ(corpus):
    """Same words with other punctuation are NORMALISED, not EXACT."""
    words = "we  WILL find out -- who cut corners"
    finding = check_one(corpus, f'"{words}"', words)
    assert finding.evidence[0].kind is MatchKind.NORMALISED
    assert finding.evidence[0].match == Span(
        fx.WIRE.find("We will find out who cut corners").start,
        fx.WIRE.find("We will find out who cut corners").end,
    )


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Yu", "Yu Haibin", True),
        ("yu haibin", "Yu Haibin", True),
        ("Austin Moore", "Yu Haibin", False),
        ("", "Yu", False),
    ],
)
def test_same_person(one, other, same):
    """Names agree when one's words are all in the other."""
    assert same_person(one, other) is same


def test_reworded_score_range():
    """The rewording score runs from 0 (nothing shared) to 1 (the same words)."""
    words = ["we", "will", "punish", "these", "crimes"]
    assert reworded_score(words, words, {}) == 1.0
    assert reworded_score(words, ["sunny", "weather", "ahead"], {}) == 0.0


def test_evidence_in_a_source_quote_comes_first():
    """Words in a writer's sentence and in a source quote: the speaker's quote is the evidence."""
    blog = Article("blog", "At the lake, anglers pay for every fish they keep.")
    corpus = Corpus([fx.analysis(blog), *fx.sources()])
    finding = check_one(corpus, "She said they would “pay for every fish”.", "pay for every fish")
    assert [e.article_id for e in finding.evidence] == ["wire"]
    assert finding.verdict is Verdict.TRACED
    unattributed = check_one(corpus, "“pay for every fish”", "pay for every fish", None)
    assert [e.article_id for e in unattributed.evidence] == ["wire", "blog"]


def test_a_reworded_quote_is_found_through_its_speaker_among_look_alikes() -> None:
    """Thirty other speakers say nearly the same thing; the named speaker's remark wins."""
    from provenance import Article, Verdict, check

    others = [
        Article(
            f"other-{n}",
            f'"The landslide cost us {n} million dollars," said Speaker{n} Lastname{n}.',
        )
        for n in range(2, 32)
    ]
    real = Article("real", '"The landslide cost us 54 million dollars," said Ana Himeirk.')
    derived = Article(
        "derived", '"The landslide has cost us 87 million dollars," said Ana Himeirk.'
    )
    findings = {f.subject.text: f for f in check(derived, [*others, real])}
    quote = findings["The landslide has cost us 87 million dollars,"]
    assert quote.verdict is Verdict.APPROXIMATE
    assert quote.evidence[0].article_id == "real"
