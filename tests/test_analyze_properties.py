"""Invariants of analyze() on any string, and 1 MB adversarial inputs that must finish.

Speed is measured in benchmarks/bench_analyze.py, never asserted here.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import Analysis, Article
from provenance.extract import InputError, analyze

# Characters that exercise every rule: marks, apostrophes, terminal punctuation,
# line breaks, cue words' letters, digits, NUL, right-to-left and CJK text.
ALPHABET = st.sampled_from(
    [
        *"\"'“”„‟«»‹›‘’‚`.!?…。,;:—-() \t\n\r\u2028\x00\u00a0aAeEsSdDhHiIoOtTyYuU5.0",
        *("said ", "he ", "told reporters ", "according to ", "Ana Ruiz ", "U.S. ", "Dr. "),
        *("שלום ", "مرحبا ", "中文 ", "''", "\r\n", "\n\n", "the court "),
    ]
)
NEWSY = st.lists(ALPHABET, max_size=120).map("".join)


def check(analysis: Analysis) -> None:
    """Every span lies inside the text and slices exactly what its object records."""
    text = analysis.text
    assert analysis.binding_errors() == []
    for sentence in analysis.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text
    for quote in analysis.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.text
    for attribution in analysis.attributions:
        assert 0 <= attribution.content.start <= attribution.content.end <= len(text)


@given(NEWSY)
def test_any_newsy_string_gives_a_valid_analysis(text: str) -> None:
    """Strings built from quote marks, cues and punctuation never break analyze()."""
    check(analyze(text))


@given(st.text(max_size=200))
def test_any_string_gives_a_valid_analysis(text: str) -> None:
    """Any Unicode string (without lone surrogates) gives a valid analysis."""
    try:
        article = Article("t", text)
    except ValueError:
        return
    check(analyze(article))


@given(NEWSY)
def test_sentences_are_ordered_disjoint_and_cover_the_text(text: str) -> None:
    """Sentences come in text order, never overlap, and hold every non-space character."""
    sentences = analyze(text).sentences
    for before, after in itertools.pairwise(sentences):
        assert before.span.end <= after.span.start
    covered = {i for s in sentences for i in range(s.span.start, s.span.end)}
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


@given(NEWSY)
def test_quotes_never_cross_a_line_break(text: str) -> None:
    """A quote ends, at the latest, where its paragraph (line) ends."""
    for quote in analyze(text).quotes:
        assert not any(c in quote.text for c in "\n\r\u2028")


@given(NEWSY)
def test_quotes_are_disjoint_or_nested(text: str) -> None:
    """Two quotes are apart, or one (a nested quotation) lies inside the other."""
    quotes = analyze(text).quotes
    for one, other in itertools.combinations(quotes, 2):
        apart = one.span.end <= other.span.start or other.span.end <= one.span.start
        assert apart or one.span.contains(other.span) or other.span.contains(one.span)


def test_plain_string_is_wrapped_in_an_article() -> None:
    """A str is analysed as Article(id='text')."""
    assert analyze("Hi.").article == Article("text", "Hi.")


def test_other_input_is_a_typed_error() -> None:
    """Input that is neither Article nor str raises InputError (a TypeError)."""
    with pytest.raises(InputError, match="not int"):
        analyze(42)  # type: ignore[arg-type]
    assert issubclass(InputError, TypeError)


MEGABYTE = 1_000_000

ADVERSARIAL = [
    pytest.param(lambda: "", id="empty"),
    pytest.param(lambda: "“" * MEGABYTE, id="opening-marks"),
    pytest.param(lambda: '"' * MEGABYTE, id="straight-marks"),
    pytest.param(lambda: "'" * MEGABYTE, id="apostrophes"),
    pytest.param(lambda: "’s " * (MEGABYTE // 3), id="possessives"),
    pytest.param(lambda: "word " * (MEGABYTE // 5), id="no-punctuation"),
    pytest.param(lambda: "1.2. " * (MEGABYTE // 5), id="digits-and-dots"),
    pytest.param(lambda: " " * MEGABYTE, id="spaces"),
    pytest.param(lambda: '"Go," he said, "now" ' * (MEGABYTE // 20), id="quotes-and-cues"),
    pytest.param(lambda: "he said " * (MEGABYTE // 8), id="cues-without-end"),
    pytest.param(lambda: "“a\n" * (MEGABYTE // 3), id="unclosed-per-line"),
    pytest.param(lambda: "\x00\r\n\u202e" * (MEGABYTE // 4), id="nul-crlf-rtl"),
]


@pytest.mark.parametrize("make", ADVERSARIAL)
def test_one_megabyte_adversarial_input_finishes(make: object) -> None:
    """1 MB of quote marks, apostrophes, digits or spaces gives a valid analysis."""
    assert callable(make)
    text = make()
    check(analyze(text))
