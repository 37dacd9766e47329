"""Validators and helpers shared by the annotation classes (private)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

import attrs

from provenance.errors import SpanError
from provenance.model.span import Span

span_field = attrs.validators.instance_of(Span)
optional_span = attrs.validators.optional(attrs.validators.instance_of(Span))
optional_str = attrs.validators.optional(attrs.validators.instance_of(str))


class Bound(Protocol):
    """An object whose spans point into one article."""

    def bound_parts(self) -> Iterator[tuple[str, Span, str | None]]:
        """Yield ``(path, span, recorded_text)`` for every span the object holds."""
        ...


def all_bound(text: str, objects: Iterable[Bound]) -> bool:
    """Whether every span of ``objects`` fits ``text`` and covers what it records.

    The quick yes of :func:`binding_errors`, which builds no paths; call that to
    learn what is wrong.
    """
    length = len(text)
    for item in objects:
        for _, span, recorded in item.bound_parts():
            if span.end > length or (
                recorded is not None and text[span.start : span.end] != recorded
            ):
                return False
    return True


def binding_errors(text: str, items: Iterable[tuple[str, Bound]]) -> list[SpanError]:
    """Every span of ``items`` that does not fit ``text`` or covers other characters.

    Each item is ``(path, object)``; the errors name ``path.part``.
    """
    errors: list[SpanError] = []
    for path, item in items:
        for part, span, recorded in item.bound_parts():
            where = f"{path}.{part}" if part else path
            if span.end > len(text):
                errors.append(
                    SpanError(
                        f"span {span.start}..{span.end} is out of range for a text of "
                        f"{len(text)} characters",
                        start=span.start,
                        end=span.end,
                        path=where,
                    )
                )
            elif recorded is not None and text[span.start : span.end] != recorded:
                actual = text[span.start : span.end]
                errors.append(
                    SpanError(
                        f"span {span.start}..{span.end} covers {_clip(actual)} but the object "
                        f"records {_clip(recorded)} (edited text or tampered span)",
                        start=span.start,
                        end=span.end,
                        path=where,
                    )
                )
    return errors


def _clip(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
