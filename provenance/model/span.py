"""Spans: half-open code-point offsets, and their UTF-16 and UTF-8 forms.

Every offset in provenance is a Python ``str`` index (a code point), and every
span is half-open: ``Span(start, end)`` covers ``text[start:end]``. Other offset
systems are converted only at the edges, with :meth:`Span.to_utf16`,
:meth:`Span.from_utf16`, :meth:`Span.to_utf8` and :meth:`Span.from_utf8`.
"""

from __future__ import annotations

import attrs

from provenance.errors import OffsetError, SpanError, TextError

__all__ = ["Span"]

_set = object.__setattr__


def _offset(name: str, value: object, start: object, end: object) -> None:
    """Accept only non-negative ``int`` offsets (``bool`` is not an offset)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int offset, not {value!r}")
    if value < 0:
        raise SpanError(
            f"{name} offset {value!r} is negative",
            start=start,  # type: ignore[arg-type]
            end=end,  # type: ignore[arg-type]
        )


def _encoded(text: str, codec: str) -> bytes:
    """Encode ``text`` strictly, naming the first character that cannot be encoded."""
    try:
        return text.encode(codec)
    except UnicodeEncodeError as error:
        char = text[error.start]
        raise TextError(
            f"text has a lone surrogate {char!r} at index {error.start}; "
            "it has no UTF-8 or UTF-16 form",
            index=error.start,
        ) from error


def _code_units(text: str, index: int, codec: str, width: int) -> int:
    """Code units of ``codec`` (``width`` bytes each) in ``text[:index]``."""
    return len(_encoded(text[:index], codec)) // width


def _code_points(text: str, offset: int, codec: str, width: int, name: str) -> int:
    """The code-point index at ``offset`` code units of ``codec`` into ``text``."""
    data = _encoded(text, codec)
    size = len(data) // width
    if type(offset) is not int or offset < 0 or offset > size:
        raise OffsetError(
            f"{name} offset {offset!r} is out of range for a text of {size} code units",
            start=offset if isinstance(offset, int) else -1,
            end=offset if isinstance(offset, int) else -1,
        )
    try:
        return len(data[: offset * width].decode(codec))
    except UnicodeDecodeError as error:
        unit = "bytes" if width == 1 else "code units"
        raise OffsetError(
            f"{name} offset {offset} falls inside a character (text of {size} {unit})",
            start=offset,
            end=offset,
        ) from error


@attrs.frozen(order=True, init=False)
class Span:
    """A half-open range of code-point offsets into a text: ``text[start:end]``.

    A span alone knows nothing of its text; it is checked against one
    (``0 <= start <= end <= len(text)``) whenever it is bound to an article.

    Args:
        start: Offset of the first character covered (a code-point index).
        end: Offset just past the last character covered.

    Raises:
        SpanError: If an offset is negative or ``start > end``.
        TypeError: If an offset is not an ``int``.

    Example:
        >>> span = Span(4, 9)
        >>> span.slice("The quick fox")
        'quick'
        >>> span.length
        5
    """

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # Written by hand (attrs makes the rest): spans are the most built objects
        # of an analysis, so the common case is one check and two slot writes.
        if not (type(start) is int and type(end) is int and 0 <= start <= end):
            _offset("start", start, start, end)
            _offset("end", end, start, end)
            if start > end:
                raise SpanError(f"span {start}..{end} ends before it starts", start=start, end=end)
        _set(self, "start", start)
        _set(self, "end", end)

    @property
    def length(self) -> int:
        """Number of code points covered.

        Example:
            >>> Span(2, 2).length
            0
        """
        return self.end - self.start

    def check(self, text: str, *, path: str = "") -> Span:
        """Return this span if it fits ``text``; raise otherwise.

        Args:
            text: The text the span points into.
            path: Where the span sits, used in the error message.

        Returns:
            This span, unchanged.

        Raises:
            SpanError: If ``end > len(text)``.

        Example:
            >>> Span(0, 3).check("abc")
            Span(start=0, end=3)
        """
        if self.end > len(text):
            where = f" at {path}" if path else ""
            raise SpanError(
                f"span {self.start}..{self.end}{where} is out of range "
                f"for a text of {len(text)} characters",
                start=self.start,
                end=self.end,
                path=path,
            )
        return self

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers.

        Raises:
            SpanError: If the span does not fit ``text``.

        Example:
            >>> Span(0, 5).slice("Hello, world")
            'Hello'
        """
        self.check(text)
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span.

        Example:
            >>> Span(0, 10).contains(Span(2, 5))
            True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        Example:
            >>> Span(0, 5).overlaps(Span(5, 9))
            False
        """
        return self.start < other.end and other.start < self.end

    def shift(self, delta: int) -> Span:
        """This span moved by ``delta`` characters.

        Example:
            >>> Span(2, 4).shift(10)
            Span(start=12, end=14)
        """
        return Span(self.start + delta, self.end + delta)

    def _in_units(self, text: str, codec: str, width: int) -> tuple[int, int]:
        self.check(text)
        start = _code_units(text, self.start, codec, width)
        return start, start + _code_units(text[self.start : self.end], self.length, codec, width)

    @classmethod
    def _from_units(
        cls, text: str, start: int, end: int, codec: str, width: int, name: str
    ) -> Span:
        return cls(
            _code_points(text, start, codec, width, name),
            _code_points(text, end, codec, width, name),
        )

    def to_utf16(self, text: str) -> tuple[int, int]:
        """The span as UTF-16 code-unit offsets (what JavaScript counts).

        Characters outside the Basic Multilingual Plane (emoji, rare CJK)
        count as two UTF-16 code units and one code point.

        Raises:
            SpanError: If the span does not fit ``text``.
            TextError: If ``text`` holds a lone surrogate.

        Example:
            >>> Span(2, 3).to_utf16("😀 a")
            (3, 4)
        """
        return self._in_units(text, "utf-16-le", 2)

    @classmethod
    def from_utf16(cls, text: str, start: int, end: int) -> Span:
        """The code-point span for UTF-16 code-unit offsets into ``text``.

        Raises:
            OffsetError: If an offset is out of range or splits a surrogate pair.
            SpanError: If ``start > end``.

        Example:
            >>> Span.from_utf16("😀 a", 3, 4)
            Span(start=2, end=3)
        """
        return cls._from_units(text, start, end, "utf-16-le", 2, "UTF-16")

    def to_utf8(self, text: str) -> tuple[int, int]:
        """The span as UTF-8 byte offsets.

        Raises:
            SpanError: If the span does not fit ``text``.
            TextError: If ``text`` holds a lone surrogate.

        Example:
            >>> Span(1, 2).to_utf8("é!")
            (2, 3)
        """
        return self._in_units(text, "utf-8", 1)

    @classmethod
    def from_utf8(cls, text: str, start: int, end: int) -> Span:
        """The code-point span for UTF-8 byte offsets into ``text``.

        Raises:
            OffsetError: If an offset is out of range or falls inside a character.
            SpanError: If ``start > end``.

        Example:
            >>> Span.from_utf8("é!", 2, 3)
            Span(start=1, end=2)
        """
        return cls._from_units(text, start, end, "utf-8", 1, "UTF-8")
