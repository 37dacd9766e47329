"""Spans: validation, slicing, and exact UTF-16 / UTF-8 conversions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import OffsetError, Span, SpanError, TextError
from provenance import strategies as pst

EMOJI = "😀"  # one code point, two UTF-16 code units, four UTF-8 bytes


@pytest.mark.parametrize(
    ("start", "end", "error"),
    [
        pytest.param(-1, 3, SpanError, id="negative-start"),
        pytest.param(0, -2, SpanError, id="negative-end"),
        pytest.param(5, 2, SpanError, id="reversed"),
        pytest.param("1", 3, TypeError, id="string-offset"),
        pytest.param(True, 3, TypeError, id="bool-offset"),
        pytest.param(1.0, 3, TypeError, id="float-offset"),
    ],
)
def test_bad_offsets_are_refused(start: object, end: object, error: type[Exception]) -> None:
    """Offsets must be non-negative ints with start <= end."""
    with pytest.raises(error):
        Span(start, end)  # type: ignore[arg-type]


def test_span_error_is_value_error_and_names_the_offsets() -> None:
    """SpanError subclasses ValueError and keeps the offsets."""
    with pytest.raises(ValueError, match=r"span 5\.\.2 ends before it starts") as info:
        Span(5, 2)
    assert (info.value.start, info.value.end) == (5, 2)


def test_slice_past_the_end_is_refused() -> None:
    """A span longer than its text raises, naming both lengths."""
    with pytest.raises(SpanError, match="out of range for a text of 3 characters"):
        Span(1, 4).slice("abc")


@pytest.mark.parametrize(
    ("text", "span", "utf16", "utf8"),
    [
        pytest.param("plain", Span(1, 3), (1, 3), (1, 3), id="ascii"),
        pytest.param(f"{EMOJI} fox", Span(2, 5), (3, 6), (5, 8), id="astral-before"),
        pytest.param(f"a{EMOJI}b", Span(1, 2), (1, 3), (1, 5), id="astral-covered"),
        pytest.param("e\u0301tat", Span(0, 2), (0, 2), (0, 3), id="combining-mark"),
        pytest.param("line\r\nnext", Span(6, 10), (6, 10), (6, 10), id="crlf"),
        pytest.param("日本語", Span(1, 3), (1, 3), (3, 9), id="cjk"),
        pytest.param("𠜎字", Span(1, 2), (2, 3), (4, 7), id="astral-cjk"),
        pytest.param("", Span(0, 0), (0, 0), (0, 0), id="empty"),
    ],
)
def test_conversion_table(
    text: str, span: Span, utf16: tuple[int, int], utf8: tuple[int, int]
) -> None:
    """Known conversions in both directions."""
    assert span.to_utf16(text) == utf16
    assert span.to_utf8(text) == utf8
    assert Span.from_utf16(text, *utf16) == span
    assert Span.from_utf8(text, *utf8) == span


@pytest.mark.parametrize(
    ("convert", "text", "start", "end"),
    [
        pytest.param(Span.from_utf16, EMOJI, 1, 2, id="utf16-inside-surrogate-pair"),
        pytest.param(Span.from_utf8, "é", 1, 2, id="utf8-inside-character"),
        pytest.param(Span.from_utf8, EMOJI, 0, 3, id="utf8-end-inside-emoji"),
        pytest.param(Span.from_utf16, "ab", 0, 3, id="utf16-past-end"),
        pytest.param(Span.from_utf8, "ab", -1, 1, id="utf8-negative"),
    ],
)
def test_offsets_inside_a_character_are_refused(
    convert: object, text: str, start: int, end: int
) -> None:
    """An offset that splits a character or leaves the text raises OffsetError."""
    with pytest.raises(OffsetError):
        convert(text, start, end)  # type: ignore[operator]


def test_lone_surrogate_text_cannot_be_converted() -> None:
    """Text no UTF encoding carries raises TextError, naming the index."""
    with pytest.raises(TextError, match="index 1") as info:
        Span(0, 2).to_utf8("a\ud800")
    assert info.value.index == 1


@given(pst.spans(pst.texts()), pst.texts())
def test_span_fits_or_raises(span: Span, text: str) -> None:
    """Span.slice either returns exactly text[start:end] or raises SpanError."""
    if span.end <= len(text):
        assert span.slice(text) == text[span.start : span.end]
    else:
        with pytest.raises(SpanError):
            span.slice(text)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, Span]:
    text = draw(pst.texts())
    return text, draw(pst.spans(text))


@given(text_and_span())
def test_utf16_matches_python_encoder(case: tuple[str, Span]) -> None:
    """UTF-16 offsets equal the code-unit lengths Python's own encoder gives."""
    text, span = case
    start, end = span.to_utf16(text)
    assert start == len(text[: span.start].encode("utf-16-le")) // 2
    assert end == len(text[: span.end].encode("utf-16-le")) // 2
    encoded = text.encode("utf-16-le")
    assert encoded[2 * start : 2 * end].decode("utf-16-le") == span.slice(text)
    assert Span.from_utf16(text, start, end) == span


@given(text_and_span())
def test_utf8_matches_python_encoder(case: tuple[str, Span]) -> None:
    """UTF-8 offsets slice the encoded bytes to exactly the span's characters."""
    text, span = case
    start, end = span.to_utf8(text)
    assert text.encode("utf-8")[start:end].decode("utf-8") == span.slice(text)
    assert start == len(text[: span.start].encode("utf-8"))
    assert Span.from_utf8(text, start, end) == span


@pytest.mark.parametrize(
    ("a", "b", "contains", "overlaps"),
    [
        pytest.param(Span(0, 10), Span(2, 5), True, True, id="inside"),
        pytest.param(Span(0, 5), Span(5, 9), False, False, id="touching"),
        pytest.param(Span(0, 5), Span(4, 9), False, True, id="overlapping"),
        pytest.param(Span(3, 3), Span(3, 3), True, False, id="empty"),
    ],
)
def test_contains_and_overlaps(a: Span, b: Span, contains: bool, overlaps: bool) -> None:
    """Half-open semantics: touching spans do not overlap."""
    assert a.contains(b) is contains
    assert a.overlaps(b) is overlaps


def test_spans_sort_by_start_then_end() -> None:
    """Spans order like (start, end) tuples."""
    assert sorted([Span(3, 4), Span(0, 9), Span(0, 2)]) == [Span(0, 2), Span(0, 9), Span(3, 4)]
