"""The article: the ground-truth text that every span points into."""

from __future__ import annotations

import datetime
import hashlib

import attrs

from provenance.errors import AmbiguousSpanError, DigestError, SpanNotFoundError, TextError
from provenance.model.span import Span

__all__ = ["Article"]


def _nonempty(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value:
        raise ValueError(f"{attribute.name} must be a non-empty string")


def _sha256(article: Article) -> str:
    """SHA-256 of the article's UTF-8 text; refuses text with lone surrogates."""
    try:
        data = article.text.encode("utf-8")
    except UnicodeEncodeError as error:
        char = article.text[error.start]
        raise TextError(
            f"text of article {article.id!r} has a lone surrogate {char!r} at index "
            f"{error.start}; such text has no UTF-8 form, so it cannot be pinned by a "
            "digest or written as JSON (decode your input with errors='replace' or fix it)",
            index=error.start,
        ) from error
    return hashlib.sha256(data).hexdigest()


_optional_str = attrs.validators.optional(attrs.validators.instance_of(str))


@attrs.frozen
class Article:
    """A news text and its metadata: the ground truth all spans point into.

    The text is kept exactly as given (no normalisation of newlines, white
    space or quotation marks), so that every offset means the same thing to
    every reader. Its :attr:`digest` pins every span to this exact text.

    Text with lone surrogate code points (which no UTF encoding can carry) is
    refused, because it could be neither hashed nor written as portable JSON.

    Args:
        id: A name for the article, unique within a corpus or document.
        text: The article's text, as published.
        title: The headline, if known.
        publisher: Who published it ("Reuters", "The Daily Ledger").
        url: Where it was published.
        published: The publication date.
        byline: The byline as written.

    Raises:
        TextError: If ``text`` holds a lone surrogate.
        ValueError: If ``id`` is empty.

    Example:
        >>> article = Article("ledger-1", "Officials said 12 kilograms were seized.")
        >>> article.find("12 kilograms")
        Span(start=15, end=27)
        >>> article.digest[:12]
        'a7efd7f891be'
    """

    id: str = attrs.field(validator=[attrs.validators.instance_of(str), _nonempty])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    title: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)
    publisher: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)
    url: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)
    published: datetime.date | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(datetime.date)),
    )
    byline: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)
    digest: str = attrs.field(init=False, eq=False, repr=False)
    """SHA-256 (hex) of the UTF-8 text: pins every span to this exact text."""

    @digest.default
    def _digest(self) -> str:
        return _sha256(self)

    def check_digest(self, digest: str) -> None:
        """Raise unless ``digest`` is this article's digest.

        Raises:
            DigestError: If the digests differ (the text was edited).

        Example:
            >>> article = Article("a1", "text")
            >>> article.check_digest(article.digest)
        """
        if digest != self.digest:
            raise DigestError(
                f"article {self.id!r}: digest {digest!r} does not match its text "
                f"(sha256 {self.digest})",
                expected=digest,
                actual=self.digest,
            )

    def span(self, start: int, end: int) -> Span:
        """A span of this article, checked against its text.

        Raises:
            SpanError: If the offsets are negative, reversed or past the end.

        Example:
            >>> Article("a1", "Hello, world").span(7, 12)
            Span(start=7, end=12)
        """
        return Span(start, end).check(self.text)

    def slice(self, span: Span) -> str:
        """The characters ``span`` covers in this article.

        Raises:
            SpanError: If the span does not fit the text.

        Example:
            >>> Article("a1", "Hello, world").slice(Span(0, 5))
            'Hello'
        """
        return span.slice(self.text)

    def find_all(self, needle: str) -> tuple[Span, ...]:
        """Every occurrence of the exact string ``needle``, overlapping ones included.

        Example:
            >>> Article("a1", "aaa").find_all("aa")
            (Span(start=0, end=2), Span(start=1, end=3))
        """
        if not needle:
            raise ValueError("needle must be a non-empty string")
        spans = []
        index = self.text.find(needle)
        while index >= 0:
            spans.append(Span(index, index + len(needle)))
            index = self.text.find(needle, index + 1)
        return tuple(spans)

    def find(self, needle: str, *, occurrence: int | None = None) -> Span:
        """The span of the exact string ``needle``.

        Args:
            needle: The characters to find, exactly as written.
            occurrence: Which occurrence (0 for the first) when there are
                several; without it, ``needle`` must occur exactly once.

        Raises:
            SpanNotFoundError: If ``needle`` does not occur (or not that often).
            AmbiguousSpanError: If it occurs more than once and ``occurrence``
                is not given.

        Example:
            >>> article = Article("a1", "He said no. She said no.")
            >>> article.find("no", occurrence=1)
            Span(start=21, end=23)
        """
        spans = self.find_all(needle)
        if not spans:
            raise SpanNotFoundError(f"{needle!r} does not occur in article {self.id!r}")
        if occurrence is None:
            if len(spans) > 1:
                where = ", ".join(f"{s.start}..{s.end}" for s in spans[:5])
                more = ", ..." if len(spans) > 5 else ""
                raise AmbiguousSpanError(
                    f"{needle!r} occurs {len(spans)} times in article {self.id!r} "
                    f"(at {where}{more}); pass occurrence=0..{len(spans) - 1}",
                    spans=spans,
                )
            return spans[0]
        if not 0 <= occurrence < len(spans):
            raise SpanNotFoundError(
                f"{needle!r} occurs {len(spans)} times in article {self.id!r}; "
                f"there is no occurrence={occurrence}"
            )
        return spans[occurrence]
