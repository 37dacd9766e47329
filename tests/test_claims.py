"""Claims: one per sentence with figures, asserted by a quote's speaker, a source or the writer."""

from __future__ import annotations

import pytest

from provenance import Article, Attribution, Quote, QuoteKind, Sentence, Span, SpanError
from provenance.extract.claims import attribution_of, build_claims
from provenance.extract.figures import find_figures

TEXT = (
    "Police held nine men on Friday. "
    "The ring sold 12 kilograms, according to the court. "
    "Nobody was hurt. "
    '"We found 30 guns," Ana Ruiz said. '
    "Ruiz said that 40 more were missing, and two men fled."
)
ARTICLE = Article("a1", TEXT)


def _sentences() -> list[Sentence]:
    sentences = []
    start = 0
    for end in (31, 83, 100, 135, len(TEXT)):
        while TEXT[start] == " ":
            start += 1
        sentences.append(Sentence.at(ARTICLE, start, end))
        start = end
    return sentences


def _span(needle: str, occurrence: int | None = None) -> Span:
    return ARTICLE.find(needle, occurrence=occurrence)


COURT = Attribution.at(
    ARTICLE,
    content=_span("The ring sold 12 kilograms"),
    source=_span("the court"),
    cue=_span("according to"),
    speaker="court",
)
QUOTE_SAID = Attribution.at(
    ARTICLE,
    content=_span("We found 30 guns,"),
    source=_span("Ana Ruiz"),
    cue=_span("said", occurrence=0),
    speaker="Ana Ruiz",
)
_WORDS = _span("We found 30 guns,")
QUOTE = Quote.at(ARTICLE, _WORDS.start, _WORDS.end, kind=QuoteKind.DIRECT, attribution=QUOTE_SAID)
REPORTED = Attribution.at(
    ARTICLE,
    content=_span("40 more were missing, and two men fled"),
    source=ARTICLE.find("Ruiz", occurrence=1),
    cue=_span("said", occurrence=1),
    speaker="Ana Ruiz",
)


def test_claims_per_sentence_with_attribution() -> None:
    """Sentences with figures become claims, asserted by the writer, a source or a speaker."""
    figures = find_figures(TEXT, quotes=[QUOTE])
    claims = build_claims(
        TEXT,
        sentences=_sentences(),
        figures=figures,
        quotes=[QUOTE],
        attributions=[COURT, QUOTE_SAID, REPORTED],
    )
    assert [
        (claim.text, [f.text for f in claim.figures], claim.asserted_by) for claim in claims
    ] == [
        ("Police held nine men on Friday.", ["nine"], "the writer"),
        ("The ring sold 12 kilograms, according to the court.", ["12 kilograms"], "court"),
        ('"We found 30 guns," Ana Ruiz said.', ["30"], "Ana Ruiz"),
        ("Ruiz said that 40 more were missing, and two men fled.", ["40", "two"], "Ana Ruiz"),
    ]


def test_unattributed_quote_falls_back_to_covering_attribution() -> None:
    """A figure in a quote without attribution takes an attribution covering the quote."""
    bare = Quote.at(ARTICLE, _WORDS.start, _WORDS.end)
    (figure,) = [f for f in find_figures(TEXT, quotes=[bare]) if f.text == "30"]
    assert attribution_of(figure, quotes=[bare], attributions=[QUOTE_SAID]) == QUOTE_SAID
    assert attribution_of(figure, quotes=[bare]) is None


def test_narrowest_covering_attribution_wins() -> None:
    """Of nested attributions, the one closest to the figure asserts it."""
    wide = Attribution.at(ARTICLE, content=Span(0, len(TEXT)), speaker="wire")
    figures = find_figures(TEXT)
    claims = build_claims(TEXT, sentences=_sentences(), figures=figures, attributions=[wide, COURT])
    assert [claim.asserted_by for claim in claims] == ["wire"] * 1 + ["court"] + ["wire"] * 2


def test_figures_outside_sentences_make_no_claim() -> None:
    """Only sentences carry claims; a figure outside every sentence is left out."""
    figures = find_figures(TEXT)
    assert build_claims(TEXT, sentences=_sentences()[:1], figures=figures)[0].figures == (
        figures[0],
    )
    assert build_claims(TEXT, sentences=[], figures=figures) == ()


def test_sentence_that_does_not_fit_is_refused() -> None:
    """A sentence recording other characters than the text holds is a SpanError."""
    wrong = Sentence(span=Span(0, 5), text="Nope!")
    with pytest.raises(SpanError, match="records 'Nope!'"):
        build_claims(TEXT, sentences=[wrong], figures=())
