"""The exceptions that provenance raises.

Every error is a :class:`ProvenanceError`; concrete errors also subclass the
builtin a caller would naturally catch (``ValueError``, ``LookupError``), so
``except ValueError`` keeps working in code that does not know provenance.

Example:
    >>> from provenance import Article, ProvenanceError
    >>> try:
    ...     Article("a1", "Short.").span(0, 99)
    ... except ProvenanceError as error:
    ...     print(error)
    span 0..99 is out of range for a text of 6 characters
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AmbiguousSpanError",
    "BindingError",
    "CorpusError",
    "DigestError",
    "DocumentError",
    "FormatVersionError",
    "InputError",
    "OffsetError",
    "ProvenanceError",
    "SpanError",
    "SpanNotFoundError",
    "TextError",
]


class ProvenanceError(Exception):
    """Base class of every error raised by provenance.

    Example:
        >>> issubclass(SpanError, ProvenanceError)
        True
    """


class SpanError(ProvenanceError, ValueError):
    """A span that does not fit the text it is bound to.

    Raised when offsets are negative, reversed, past the end of the text, or
    when an object's recorded characters differ from what its span covers in
    the article (the article was edited, or the span was tampered with).

    Attributes:
        start: The span's start offset.
        end: The span's end offset.
        path: Where the span sits, e.g. ``"quotes[2].span"``, or ``""``.

    Example:
        >>> from provenance import Span
        >>> Span(0, 99).slice("Short.")
        Traceback (most recent call last):
        ...
        provenance.errors.SpanError: span 0..99 is out of range for a text of 6 characters
    """

    def __init__(self, message: str, *, start: int, end: int, path: str = "") -> None:
        super().__init__(message)
        self.start = start
        self.end = end
        self.path = path


class BindingError(SpanError):
    """Spans that do not fit the article they are bound to, all listed with their paths.

    Attributes:
        errors: One :class:`SpanError` per misfit, each with its ``path``.

    Example:
        >>> from provenance import Analysis, Article, Sentence, Span
        >>> Analysis(article=Article("a1", "Hi."),
        ...          sentences=[Sentence(span=Span(0, 9), text="Hi.")])
        Traceback (most recent call last):
        ...
        provenance.errors.BindingError: 1 span does not fit article 'a1':
          sentences[0].span: span 0..9 is out of range for a text of 3 characters
    """

    def __init__(self, article_id: str, errors: Sequence[SpanError]) -> None:
        self.errors = tuple(errors)
        first = self.errors[0]
        count = len(self.errors)
        noun = "span does" if count == 1 else "spans do"
        lines = "".join(f"\n  {error.path}: {error}" for error in self.errors)
        super().__init__(
            f"{count} {noun} not fit article {article_id!r}:{lines}",
            start=first.start,
            end=first.end,
            path=first.path,
        )


class OffsetError(SpanError):
    """A UTF-16 or UTF-8 offset that falls inside one character, or past the text.

    Example:
        >>> from provenance import Span
        >>> Span.from_utf8("é", 1, 2)
        Traceback (most recent call last):
        ...
        provenance.errors.OffsetError: UTF-8 offset 1 falls inside a character (text of 2 bytes)
    """


class TextError(ProvenanceError, ValueError):
    r"""Text that provenance cannot hold exactly (a lone surrogate code point).

    Attributes:
        index: The code-point index of the offending character.

    Example:
        >>> from provenance import Article
        >>> Article("a1", "bad \ud800 text")
        Traceback (most recent call last):
        ...
        provenance.errors.TextError: text of article 'a1' has a lone surrogate ...
    """

    def __init__(self, message: str, *, index: int) -> None:
        super().__init__(message)
        self.index = index


class InputError(ProvenanceError, TypeError):
    """Input that :func:`analyze` cannot read: neither an :class:`Article` nor a ``str``.

    Example:
        >>> from provenance import analyze
        >>> analyze(b"bytes")
        Traceback (most recent call last):
        ...
        provenance.errors.InputError: analyze() takes an Article or a str, not bytes
    """


class SpanNotFoundError(ProvenanceError, LookupError):
    """An exact string that does not occur in the article.

    Example:
        >>> from provenance import Article
        >>> Article("a1", "One line.").find("two")
        Traceback (most recent call last):
        ...
        provenance.errors.SpanNotFoundError: 'two' does not occur in article 'a1'
    """


class AmbiguousSpanError(ProvenanceError, ValueError):
    """An exact string that occurs more than once when one occurrence was asked for.

    Attributes:
        spans: Every occurrence, in text order.

    Example:
        >>> from provenance import Article
        >>> Article("a1", "no, no").find("no")
        Traceback (most recent call last):
        ...
        provenance.errors.AmbiguousSpanError: 'no' occurs 2 times in article 'a1' ...
    """

    def __init__(self, message: str, *, spans: Sequence[object]) -> None:
        super().__init__(message)
        self.spans = tuple(spans)


class CorpusError(ProvenanceError, ValueError):
    """Sources that cannot form a corpus (two with one id, or not an article at all).

    Example:
        >>> from provenance import Analysis, Article, Corpus
        >>> Corpus([Analysis(article=Article("a", "One.")), Analysis(article=Article("a", "Two."))])
        Traceback (most recent call last):
        ...
        provenance.errors.CorpusError: two sources have the id 'a'; ids must be unique
    """


class DigestError(ProvenanceError, ValueError):
    """A digest that does not match the text it claims to pin.

    Attributes:
        expected: The digest recorded with the data.
        actual: The SHA-256 of the text at hand.

    Example:
        >>> from provenance import Article
        >>> Article("a1", "text").check_digest("0" * 64)
        Traceback (most recent call last):
        ...
        provenance.errors.DigestError: article 'a1': digest '000...' does not match its text ...
    """

    def __init__(self, message: str, *, expected: str, actual: str) -> None:
        super().__init__(message)
        self.expected = expected
        self.actual = actual


class DocumentError(ProvenanceError, ValueError):
    """A JSON document that cannot be read back, with every problem and its path.

    Attributes:
        errors: One line per problem, each ending in ``@ $.path.to.value``.

    Example:
        >>> from provenance import from_json, Span
        >>> from_json('{"format": "provenance/1", "type": "Span",'
        ...           ' "data": {"start": "x", "end": 2}}')
        Traceback (most recent call last):
        ...
        provenance.errors.DocumentError: invalid provenance document (1 problem):
          invalid value for type, expected int: expected an integer, got 'x' @ $.data.start
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = tuple(errors)
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  {line}" for line in self.errors)
        super().__init__(f"invalid provenance document ({count} {noun}):\n{lines}")


class FormatVersionError(DocumentError):
    """A document written in a format version this release cannot read.

    Example:
        >>> from provenance import from_json
        >>> from_json('{"format": "provenance/2", "type": "Span", "data": {}}')
        Traceback (most recent call last):
        ...
        provenance.errors.FormatVersionError: invalid provenance document (1 problem):
          unsupported format 'provenance/2': this release reads provenance/1 @ $.format
    """
