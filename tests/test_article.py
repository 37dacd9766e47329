"""Articles: exact text, digest, finding spans, refusing what JSON cannot carry."""

import datetime
import hashlib

import pytest

from provenance import (
    AmbiguousSpanError,
    Article,
    DigestError,
    Span,
    SpanError,
    SpanNotFoundError,
    TextError,
)

TEXT = "LISBON — Harbour pilots seized 12\u00a0kg of cargo.\r\nPilots said “no comment.” Pilots"


def test_text_is_kept_exactly() -> None:
    """No normalisation: CRLF, no-break spaces and curly marks stay as given."""
    article = Article("lisbon-1", TEXT)
    assert article.text == TEXT
    assert article.find("12\u00a0kg") == Span(31, 36)
    assert article.slice(Span(46, 48)) == "\r\n"


def test_digest_is_sha256_of_utf8_text() -> None:
    """The digest is the hex SHA-256 of the UTF-8 encoded text."""
    article = Article("lisbon-1", TEXT)
    assert article.digest == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    article.check_digest(article.digest)


def test_digest_of_edited_text_differs() -> None:
    """An edited text no longer matches the digest recorded for the original."""
    original = Article("lisbon-1", TEXT)
    edited = Article("lisbon-1", TEXT.replace("12", "13"))
    with pytest.raises(DigestError, match="does not match its text") as info:
        edited.check_digest(original.digest)
    assert info.value.expected == original.digest
    assert info.value.actual == edited.digest


def test_metadata_is_optional_and_typed() -> None:
    """Metadata fields are keyword-only and checked."""
    article = Article(
        "a1",
        "text",
        title="Pilots seize cargo",
        publisher="Tagus Wire",
        url="https://example.org/a1",
        published=datetime.date(2024, 3, 5),
        byline="By Rita Vaz",
    )
    assert article.published == datetime.date(2024, 3, 5)
    with pytest.raises(TypeError):
        Article("a1", "text", published="2024-03-05")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="non-empty"):
        Article("", "text")


@pytest.mark.parametrize(
    ("text", "index"),
    [
        pytest.param("\ud800", 0, id="lone-high"),
        pytest.param("ok \udfff", 3, id="lone-low"),
        pytest.param("😀 then \ud83d", 7, id="after-astral"),
    ],
)
def test_lone_surrogates_are_refused(text: str, index: int) -> None:
    """Text with lone surrogates is refused at construction, naming the index."""
    with pytest.raises(TextError, match=f"at index {index}") as info:
        Article("bad", text)
    assert info.value.index == index


def test_find_requires_occurrence_when_ambiguous() -> None:
    """A repeated needle needs occurrence=; every occurrence is listed."""
    article = Article("lisbon-1", TEXT)
    with pytest.raises(
        AmbiguousSpanError, match=r"occurs 2 times .* \(at 48\.\.54, 74\.\.80\)"
    ) as info:
        article.find("Pilots")
    assert info.value.spans == (Span(48, 54), Span(74, 80))
    assert article.find("Pilots", occurrence=1) == Span(74, 80)


@pytest.mark.parametrize(
    ("needle", "occurrence"),
    [
        pytest.param("absent", None, id="absent"),
        pytest.param("Pilots", 2, id="occurrence-too-high"),
        pytest.param("Pilots", -1, id="negative-occurrence"),
    ],
)
def test_find_missing_raises_lookup_error(needle: str, occurrence: int | None) -> None:
    """Absent needles raise SpanNotFoundError, a LookupError."""
    with pytest.raises(SpanNotFoundError):
        Article("lisbon-1", TEXT).find(needle, occurrence=occurrence)
    assert issubclass(SpanNotFoundError, LookupError)


def test_find_all_includes_overlapping_occurrences() -> None:
    """find_all reports every start position, overlapping ones too."""
    assert Article("a", "aaaa").find_all("aa") == (Span(0, 2), Span(1, 3), Span(2, 4))


def test_span_checks_bounds() -> None:
    """Article.span binds offsets to the text."""
    article = Article("a", "four")
    assert article.span(0, 4) == Span(0, 4)
    with pytest.raises(SpanError, match="out of range"):
        article.span(2, 5)
