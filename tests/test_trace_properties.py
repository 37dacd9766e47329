"""Properties of tracing: copied quotes trace to their exact source words; nothing crashes."""

from __future__ import annotations

import trace_fixture as fx
from hypothesis import given
from hypothesis import strategies as st

from provenance import (
    Analysis,
    Article,
    Attribution,
    Figure,
    Quote,
    Sentence,
    Span,
    Verdict,
    from_json,
    to_json,
)
from provenance.strategies import annotated_articles
from provenance.trace import Corpus, MatchKind, Report
from provenance.trace.text import words

SOURCES = fx.sources()
CORPUS = Corpus(SOURCES)
TEXTS = {a.article.id: a.text for a in SOURCES}
SENTENCES = [(a.article.id, s) for a in SOURCES for s in a.sentences]
MARKS = [('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’"), ("''", "''"), ("„", "“")]


@st.composite
def copied_quotes(draw: st.DrawFn) -> tuple[str, Sentence, str, str]:
    """A run of at least two words of a source sentence, re-quoted in another style."""
    source_id, sentence = draw(st.sampled_from(SENTENCES))
    found = list(words(TEXTS[source_id], sentence.span.start, sentence.span.end))
    first = draw(st.integers(0, len(found) - 2))
    last = draw(st.integers(first + 1, len(found) - 1))
    original = TEXTS[source_id][found[first].start : found[last].end]
    change = draw(st.sampled_from([str, str.upper, str.lower, lambda t: t.replace(" ", "  ")]))
    return source_id, sentence, original, change(original)


def _quote_in(text_words: str, marks: tuple[str, str]) -> Analysis:
    opening, closing = marks
    article = Article("d", f"She said: {opening}{text_words}{closing} Then she left.")
    start = len("She said: ") + len(opening)
    quote = Quote.at(article, start, start + len(text_words))
    return Analysis(article=article, quotes=[quote])


@given(copied_quotes(), st.sampled_from(MARKS))
def test_copied_words_trace_to_the_same_words(copied, marks):
    """Words copied from a source, in any marks and case, are TRACED to the same words."""
    _, _, original, written = copied
    (finding,) = CORPUS.check(_quote_in(written, marks))
    assert finding.verdict in (Verdict.TRACED, Verdict.CONFLICT)
    matches = {(e.article_id, e.match_text) for e in finding.evidence}
    normalised = [w.norm for w in words(original)]
    assert any([w.norm for w in words(text)] == normalised for _, text in matches)
    for evidence in finding.evidence:
        assert evidence.kind in (MatchKind.EXACT, MatchKind.NORMALISED)
        assert TEXTS[evidence.article_id][evidence.match.start : evidence.match.end] == (
            evidence.match_text
        )
        assert evidence.sentence.contains(evidence.match)


@given(st.text(min_size=1, max_size=60), st.sampled_from(MARKS))
def test_any_quote_gets_a_finding_with_sound_spans(text, marks):
    """Any quoted text yields one finding whose evidence spans cover their recorded text."""
    (finding,) = CORPUS.check(_quote_in(text, marks))
    assert finding.verdict in tuple(Verdict)
    for evidence in finding.evidence:
        source = TEXTS[evidence.article_id]
        assert source[evidence.sentence.start : evidence.sentence.end] == evidence.sentence_text
        assert 0 <= evidence.score <= 1


@given(st.text(min_size=1, max_size=80), st.text(min_size=1, max_size=80))
def test_any_source_any_text(source_text, checked_text):
    """Arbitrary sources and texts, with a quote and a figure each, never crash."""
    source = Article("s", source_text)
    checked = Article("d", checked_text)

    def analysed(article: Article) -> Analysis:
        end = len(article.text)
        return Analysis(
            article=article,
            sentences=[Sentence.at(article, 0, end)],
            quotes=[
                Quote.at(article, 0, end, attribution=Attribution(content=article.span(0, end)))
            ],
            figures=[Figure.at(article, 0, min(end, 3), value=3)],
        )

    report = Corpus([analysed(source)]).check(analysed(checked))
    assert len(report) == 2
    for finding in report:
        for evidence in finding.evidence:
            assert source_text[evidence.match.start : evidence.match.end] == evidence.match_text


def _big(pattern: str, size: int = 1_000_000) -> str:
    return (pattern * (size // len(pattern) + 1))[:size]


def test_megabyte_inputs_finish():
    """1 MB of quote marks, digits, elisions and spaces, as source and as quote, finish."""
    for pattern in ('"', "1,1.", " . . . ", "a ... ", "the cat ", "  \t"):
        text = _big(pattern)
        article = Article("s", text)
        analysis = Analysis(
            article=article,
            sentences=[Sentence.at(article, 0, len(text))],
            quotes=[Quote.at(article, 0, len(text))],
        )
        corpus = Corpus([analysis])
        (finding,) = corpus.check(Analysis(article=article, quotes=[Quote.at(article, 0, 5000)]))
        assert finding.verdict in tuple(Verdict)
        report = corpus.check(analysis)
        assert len(report) == 1


def test_many_figures_finish():
    """A source and a text of 10,000 alike figures (lookups capped by rare words) finish."""
    unit = "Crews moved 7 kg of sand. "
    text = unit * 10_000
    article = Article("s", text)
    starts = range(0, len(text), len(unit))
    analysis = Analysis(
        article=article,
        sentences=[Sentence.at(article, s, s + len(unit) - 1) for s in starts],
        figures=[
            Figure.at(article, s + 12, s + 16, value=7, unit="kg", kind="mass", noun="sand")
            for s in starts
        ],
    )
    report = Corpus([analysis]).check(analysis)
    assert len(report) == 10_000
    assert {f.verdict for f in report} <= set(Verdict)


@given(annotated_articles(max_paragraphs=5))
def test_a_text_checked_against_itself_traces(case):
    """Against itself, every quote is TRACED to its own words and nothing is in conflict."""
    analysis = Analysis(article=case.article, quotes=case.quotes, figures=case.figures)
    report = Corpus([analysis]).check(analysis)
    assert len(report) == len(case.quotes) + len(case.figures)
    for finding in report:
        assert finding.verdict is not Verdict.CONFLICT, finding.reason
        if isinstance(finding.subject, Quote):
            assert finding.verdict is Verdict.TRACED
            own = finding.subject.span
            assert any(e.match.contains(Span(own.start, own.start)) for e in finding.evidence) or (
                finding.evidence[0].match_text.casefold().strip(" ,.")
                == finding.subject.text.casefold().strip(" ,.")
            )
        elif finding.verdict is not Verdict.TRACED:
            assert finding.reason.startswith("no source states a figure"), finding.reason


@given(annotated_articles(max_paragraphs=3), annotated_articles(max_paragraphs=3))
def test_reports_round_trip_through_json(source, checked):
    """Any report reads back equal from its JSON document."""
    corpus = Corpus(
        [Analysis(article=source.article, quotes=source.quotes, figures=source.figures)]
    )
    report = corpus.check(
        Analysis(article=checked.article, quotes=checked.quotes, figures=checked.figures)
    )
    assert from_json(to_json(report), Report) == report
