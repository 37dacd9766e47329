r"""Where paragraphs and sentences are recognised: a linear, rule-based splitter.

Why our own splitter: on news text the well-kept segmenters were wrong where it
matters and slow (measured in ``benchmarks/bench_analyze.py`` and the README):
syntok and pySBD split after no mid-sentence ``U.S.`` but do split inside a
two-sentence quotation, pySBD searches its rewritten sentences back in the text
(offsets can land on another copy of a repeated sentence) and syntok is
superlinear on one long string. This splitter reads the original text once.

The rules, in order:

1. **Paragraphs.** Every line break (``\n``, ``\r\n``, ``\r``, U+2028, ...)
   and every block-level HTML tag (``<p>``, ``</div>``, ``<h1 ...>``, of scraped
   pages) ends a paragraph, because news text often has one paragraph per line; a
   paragraph is the line without its surrounding white space, and blank lines
   are no paragraphs. A paragraph break always ends a sentence, so headline,
   byline, caption and furniture lines (``Updated: Nov 4,2017``) are sentences
   of their own even without final punctuation.
2. **Datelines** are not split off: ``XINGTAI, China — A court ...`` is one
   sentence that starts with its dateline (a dateline on a line of its own is a
   sentence of its own, by rule 1).
3. **Candidates** are runs of ``. ! ? …`` (plus any closing quotation marks or
   brackets) followed by white space; CJK ``。！？`` need none. ``5.87``,
   ``1,200`` and ``U.S`` inside a token are never candidates.
4. **Quotations are kept whole**: no split inside a quotation (paired marks, or
   a piece running to the end of its paragraph), so ``“A. B,” he said.`` and
   ``‘A. B.’`` are one sentence each.
5. **The next word decides**: a candidate followed by a lower-case word or a
   dash does not end the sentence (``“Why?” she asked.``, ``MILLBROOK, Ky. —``).
   After an ellipsis, only a capital letter starts a new sentence.
6. **Abbreviations** (tables in :mod:`provenance.extract.cues`): titles
   (``Dr.``, ``Gov.``, ``St.``) never end a sentence; initials (``J. R.
   Smith``) never do; months (``Nov. 4``) and ``No. 5`` do not before a digit;
   initialisms (``U.S.``, ``a.m.``) and company suffixes (``Inc.``) end one only
   when a typical sentence starter follows (``the U.S. Embassy`` goes on,
   ``in the U.S. The ...`` ends).

Example:
    >>> text = "Dr. Ruiz arrived at 9 a.m. Monday.\nShe left the U.S. The end."
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['Dr. Ruiz arrived at 9 a.m. Monday.', 'She left the U.S.', 'The end.']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from provenance.extract.cues import (
    ABBREVIATIONS,
    INITIALISM_STARTERS,
    MONTH_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
)
from provenance.model.span import Span

__all__ = ["find_paragraphs", "split_sentences"]

LINE_BREAK = re.compile(
    r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]"
    r"|</?(?:p|div|h[1-6]|blockquote|li|ul|ol|br|hr|img|script|style|figure|figcaption"
    r"|section|article|header|footer|aside|nav|table|thead|tbody|tr|td|th|iframe)"
    r"(?![A-Za-z0-9])[^<>\n]{0,500}>"
)
"""A line break or a block-level HTML tag ends a paragraph: ``<p>One</p><p>Two</p>``."""

SENTENCE_END = re.compile(r"[.!?…。！？‼⁇⁈⁉]+[\"”’'»›)\]〞」』]*")
"""A candidate sentence end: ``crimes.”`` or ``?!`` or ``...``."""

INITIALISM = re.compile(r"(?:[A-Za-z]\.){1,8}[A-Za-z]")
"""The word before a final period that is an initialism: ``U.S`` of ``U.S.``."""

_CJK_END = frozenset("。！？")
_CORPORATE = frozenset({"inc", "corp", "ltd", "co", "bros", "plc", "llc"})
_OPENERS = frozenset("\"“‘'(«[„‚‹¿¡")
_ABBREVIATION_WINDOW = 16


def find_paragraphs(text: str) -> list[Span]:
    r"""The paragraphs of ``text``: each non-blank line without its outer white space.

    Offsets are half-open code-point indices into ``text``.

    Args:
        text: Any string.

    Returns:
        The paragraph spans, in text order.

    Example:
        >>> find_paragraphs("Title\r\n\n  Body text. \n")
        [Span(start=0, end=5), Span(start=10, end=20)]
    """
    spans: list[Span] = []
    start = 0
    for match in LINE_BREAK.finditer(text):
        _add_stripped(text, start, match.start(), spans)
        start = match.end()
    _add_stripped(text, start, len(text), spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def split_sentences(
    text: str,
    paragraphs: Sequence[Span] | None = None,
    *,
    protected: Sequence[Span] = (),
) -> list[Span]:
    """The sentences of ``text``, as half-open code-point spans, in text order.

    Args:
        text: Any string.
        paragraphs: Its paragraphs, if already found by :func:`find_paragraphs`.
        protected: Sorted, non-overlapping spans that no sentence boundary may
            fall inside (the paired quotations, mark to mark).

    Returns:
        Sentence spans without outer white space; they never overlap and every
        non-space character of a paragraph is in exactly one.

    Example:
        >>> text = "“Go. Now,” he said. It was 5.87 kg."
        >>> [text[s.start:s.end] for s in split_sentences(text, protected=[Span(0, 10)])]
        ['“Go. Now,” he said.', 'It was 5.87 kg.']
    """
    if paragraphs is None:
        paragraphs = find_paragraphs(text)
    sentences: list[Span] = []
    guard = 0
    for paragraph in paragraphs:
        start = paragraph.start
        for match in SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
            end = match.end()
            if end >= paragraph.end:
                break
            while guard < len(protected) and protected[guard].end <= end:
                guard += 1
            if guard < len(protected) and protected[guard].start < end:
                continue
            following = _next_word(text, end, paragraph.end)
            if following is None:
                continue
            if _is_boundary(text, match.start(), end, following):
                _add_stripped(text, start, end, sentences)
                start = following[0]
        _add_stripped(text, start, paragraph.end, sentences)
    return sentences


def _next_word(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """``(start of next sentence, index of its first letter or digit)`` or ``None``."""
    if not text[end].isspace() and text[end - 1] not in _CJK_END:
        return None
    index = end
    while index < limit and text[index].isspace():
        index += 1
    begin = index
    steps = 0
    while index < limit and text[index] in _OPENERS and steps < 4:
        index += 1
        steps += 1
    if index >= limit:
        return None
    return begin, index


def _is_boundary(text: str, start: int, end: int, following: tuple[int, int]) -> bool:
    first = text[following[1]]
    if first.islower():
        return False
    marks = text[start:end].rstrip("\"”’'»›)]〞」』")
    closed = len(marks) < end - start
    if first in "—–":
        return False
    if marks in ("...", "…", "....") or (len(marks) > 1 and marks.endswith("..")):
        return first.isupper() or not first.isalnum()
    if marks != "." or closed:
        return True
    word = _word_before(text, start)
    lower = word.lower()
    if INITIALISM.fullmatch(word):
        return _next_token(text, following[1]).lower() in INITIALISM_STARTERS
    if len(word) == 1 and word.isupper():
        return False
    if lower in TITLE_ABBREVIATIONS:
        return False
    if lower in _CORPORATE:
        return _next_token(text, following[1]).lower() in INITIALISM_STARTERS
    if lower in MONTH_ABBREVIATIONS or lower in ABBREVIATIONS:
        return not first.isdigit()
    return True


def _word_before(text: str, end: int) -> str:
    index = end
    limit = max(0, end - _ABBREVIATION_WINDOW)
    while index > limit and (text[index - 1].isalpha() or text[index - 1] == "."):
        index -= 1
    return text[index:end]


def _next_token(text: str, start: int) -> str:
    index = start
    limit = min(len(text), start + _ABBREVIATION_WINDOW)
    while index < limit and text[index].isalpha():
        index += 1
    return text[start:index]
