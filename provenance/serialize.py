"""Serialisation: one cattrs converter for every class, and versioned JSON documents.

A document is a JSON object ``{"format": "provenance/1", "type": NAME, "data": ...}``.
Readers accept any ``provenance/1`` or ``provenance/1.N`` document and refuse other
major versions. Structuring is strict (``"5"`` is not an offset, ``5.0`` is not a
Decimal) and validates every span against its article; all problems are reported
together, each with its path in the document (``$.data.quotes[2].span``).

Decimals are written as strings (``"11.90"``) so that they round-trip exactly,
dates as ISO 8601 strings. :func:`to_json` writes UTF-8-safe JSON: strings
holding lone surrogates (possible outside articles, which refuse them) are
escaped, so every document can be stored and read back exactly.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, Union, cast

import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError
from cattrs.gen import make_dict_structure_fn
from cattrs.strategies import configure_tagged_union
from cattrs.v import format_exception, transform_error

from provenance.errors import (
    BindingError,
    DigestError,
    DocumentError,
    FormatVersionError,
    ProvenanceError,
)
from provenance.model import (
    Analysis,
    Article,
    Attribution,
    Claim,
    Figure,
    FigureKind,
    Interval,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    Verdict,
)

__all__ = [
    "FORMAT",
    "configure_converter",
    "converter",
    "document_types",
    "from_json",
    "make_converter",
    "register_document_type",
    "to_json",
]

T = TypeVar("T")

#: The format tag this release writes.
FORMAT = "provenance/1"
_FORMAT = re.compile(r"provenance/(\d+)(?:\.(\d+))?")
_MAJOR = 1

_DOCUMENT_TYPES: dict[str, type[Any]] = {}


def register_document_type(cls: type[T]) -> type[T]:
    """Make ``cls`` readable and writable as a top-level document type.

    Example:
        >>> "Quote" in document_types()
        True
    """
    _DOCUMENT_TYPES[cls.__name__] = cls
    return cls


def document_types() -> dict[str, type[Any]]:
    """The classes a document's ``"type"`` may name, by name.

    Example:
        >>> sorted(document_types())[:3]
        ['Analysis', 'Article', 'Attribution']
    """
    return dict(_DOCUMENT_TYPES)


for _cls in (Span, Article, Sentence, Attribution, Quote, Figure, Interval, Claim, Analysis):
    register_document_type(_cls)


def _strict_int(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _strict_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _strict_bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{value!r} is not one of {allowed}") from None


def _structure_decimal(value: object, _: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f'expected a decimal string such as "11.9", got {value!r}')
    try:
        return Decimal(value)
    except InvalidOperation as error:
        raise ValueError(f"{value!r} is not a decimal number") from error


def _structure_date(value: object, _: object) -> datetime.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {value!r}")
    return datetime.date.fromisoformat(value)


def _unstructure_article(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"id": article.id, "text": article.text, "digest": article.digest}
    for field in ("title", "publisher", "url", "byline"):
        value = getattr(article, field)
        if value is not None:
            data[field] = value
    if article.published is not None:
        data["published"] = article.published.isoformat()
    return data


def _note(error: Exception, name: str, kind: Any) -> Exception:
    note = AttributeValidationNote(f"Structuring class @ attribute {name}", name, kind)
    setattr(error, "__notes__", [*getattr(error, "__notes__", []), note])  # noqa: B010
    return error


def configure_converter(converter: cattrs.Converter) -> None:
    """Install provenance's hooks on ``converter``.

    Example:
        >>> import cattrs
        >>> mine = cattrs.Converter()
        >>> configure_converter(mine)
        >>> mine.unstructure(Span(1, 2))
        {'start': 1, 'end': 2}
    """
    converter.register_structure_hook(int, _strict_int)
    converter.register_structure_hook(str, _strict_str)
    converter.register_structure_hook(bool, _strict_bool)
    # str-based enums are registered by their own class, which wins over str.
    for enum_type in (QuoteKind, FigureKind, Verdict):
        converter.register_structure_hook(enum_type, _structure_enum)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, _structure_date)

    converter.register_unstructure_hook(Article, _unstructure_article)
    article_fields = make_dict_structure_fn(Article, converter)

    def structure_article(data: Any, cls: type[Article]) -> Article:
        article = article_fields(data, cls)
        digest = data.get("digest")
        if digest is not None:
            try:
                article.check_digest(digest)
            except DigestError as error:
                raise ClassValidationError(
                    "article digest does not match its text",
                    [_note(error, "digest", str)],
                    Article,
                ) from None
        return article

    converter.register_structure_hook(Article, structure_article)

    analysis_fields = make_dict_structure_fn(Analysis, converter)

    def structure_analysis(data: Any, cls: type[Analysis]) -> Analysis:
        try:
            return analysis_fields(data, cls)
        except (BindingError, ClassValidationError) as error:
            # Report each misfit span at its own path, not one lump at the analysis.
            found = error.exceptions if isinstance(error, ClassValidationError) else (error,)
            binding = [e for e in found if isinstance(e, BindingError)]
            if not binding:
                raise
            others = [e for e in found if not isinstance(e, BindingError)]
            parts = [_note(e, e.path, Span) for b in binding for e in b.errors]
            raise ClassValidationError(
                "spans do not fit the article", [*others, *parts], Analysis
            ) from None

    converter.register_structure_hook(Analysis, structure_analysis)

    # A finding's subject is a figure or a quote: tagged {"type": "Figure", ...}.
    configure_tagged_union(
        Union[Figure, Quote],  # noqa: UP007 (a runtime union object cattrs can register)
        converter,
        tag_generator=lambda cls: cls.__name__,
        tag_name="type",
    )


def make_converter() -> cattrs.Converter:
    """A new converter configured for every provenance class.

    Example:
        >>> make_converter().structure({"start": 0, "end": 3}, Span)
        Span(start=0, end=3)
    """
    new = cattrs.Converter(detailed_validation=True)
    configure_converter(new)
    return new


#: The ready converter for every provenance class (never cattrs's global one).
converter: cattrs.Converter = make_converter()


def _describe(error: BaseException, kind: type | None) -> str:
    """One line for one problem: our own messages verbatim, cattrs's otherwise."""
    if isinstance(error, ProvenanceError):
        return str(error)
    base = format_exception(error, kind)
    detail = str(error.args[0]) if error.args else ""
    if detail and detail not in base and isinstance(error, (ValueError, TypeError)):
        return f"{base}: {detail}"
    return base


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Write ``obj`` as a versioned JSON document.

    Args:
        obj: An instance of any provenance class.
        indent: Pretty-print with this indent.

    Raises:
        TypeError: If ``obj``'s class is not a document type.

    Example:
        >>> to_json(Span(0, 5))
        '{"format": "provenance/1", "type": "Span", "data": {"start": 0, "end": 5}}'
    """
    name = type(obj).__name__
    if _DOCUMENT_TYPES.get(name) is not type(obj):
        raise TypeError(f"{name} is not a provenance document type")
    document = {"format": FORMAT, "type": name, "data": converter.unstructure(obj)}
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(document, ensure_ascii=True, indent=indent)
    return text


def from_json(text: str | bytes, cls: type[T] | None = None) -> T:
    """Read a document written by :func:`to_json`, validating everything.

    Args:
        text: The JSON document.
        cls: The class expected; when given, a document of another type is
            refused. When omitted, the document's ``"type"`` decides.

    Returns:
        An object equal to the one written.

    Raises:
        FormatVersionError: If the document is of another major format version.
        DocumentError: For malformed JSON and for every wrong type, missing
            field, out-of-range or tampered span, bad digest or unknown enum
            value, all listed with their paths.

    Example:
        >>> from_json(to_json(Span(0, 5)), Span)
        Span(start=0, end=5)
    """
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DocumentError([f"not JSON: {error} @ $"]) from error
    if not isinstance(document, dict):
        raise DocumentError([f"expected a JSON object, got {type(document).__name__} @ $"])
    tag = document.get("format")
    match = _FORMAT.fullmatch(tag) if isinstance(tag, str) else None
    if match is None:
        raise DocumentError([f"missing or malformed format tag {tag!r} @ $.format"])
    if int(match.group(1)) != _MAJOR:
        raise FormatVersionError(
            [f"unsupported format {tag!r}: this release reads {FORMAT} @ $.format"]
        )
    name = document.get("type")
    target = _DOCUMENT_TYPES.get(name) if isinstance(name, str) else None
    if target is None:
        raise DocumentError([f"unknown document type {name!r} @ $.type"])
    if cls is not None and target is not cls:
        raise DocumentError([f"expected a {cls.__name__} document, got {name!r} @ $.type"])
    if "data" not in document:
        raise DocumentError(["required field missing @ $.data"])
    try:
        return cast(T, converter.structure(document["data"], target))
    except Exception as error:  # every structuring failure becomes one report
        raise DocumentError(transform_error(error, "$.data", _describe)) from error
