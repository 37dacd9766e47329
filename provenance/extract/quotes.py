"""Where quotation marks are recognised and paired, and marked spans become quotes.

Pairing (:func:`find_marked`) reads each paragraph once, left to right, with a
stack of open marks:

- **Marks** are straight ``"``, curly ``“ ”``, reversed ``” “``, low-9 ``„ “``,
  two apostrophes ``''``, guillemets ``« »`` ``» «`` ``‹ ›``, CJK corner marks,
  and single ``‘ ’`` / ``'`` (nested in double marks or as the primary marks,
  UK style). Tables: :mod:`provenance.extract.cues`.
- **Direction** comes from the characters around a mark, not from its shape:
  a mark before a word and after a space opens, a mark after a word and before
  a space or punctuation closes; a mark with both or neither toggles (it closes
  when a mark of its family is open). So ``„a“`` and ``”a“`` pair like ``“a”``.
- **Inch marks** (``6'9"``) and HTML tags (``<a href="...">``) are skipped.
- **Apostrophes** are never marks: a single mark between two letters or digits
  (``don't``, ``China’s``), before a digit (``’90s``), before an elision
  (``rock ’n’ roll``, ``’til``), after a word when no single quotation is
  open (``others’ work``), or after ``s`` before a content word when a later
  mark can still close the open single quotation (``‘the bosses’ fault.’``).
- **Nesting**: single marks nest inside double ones and vice versa. The
  outermost pairs are the marked spans; pairs nested one level deep are kept
  in :attr:`Marked.inner` (``analyze`` reports them as quotes only when a cue
  inside the outer quote introduces them: ``“He told me, ‘Go.’”``). A
  double mark opening while a double is already innermost replaces it (the
  first was a stray mark), so one stray mark costs at most its own pair.
- **Paragraph bound**: an unpaired mark never reaches past its paragraph. The
  one exception is the news convention for quotes that run over paragraphs: a
  paragraph that opens a quotation without closing it, followed by a paragraph
  that starts with an opening mark, yields one marked piece per paragraph, all
  in one ``group``.

Which marked spans are quotes is decided in :func:`classify`: see its docstring.

Example:
    >>> text = "She said “it’s done” and ‘left’."
    >>> [text[m.content.start:m.content.end] for m in find_marked(text)]
    ['it’s done', 'left']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from provenance.extract.cues import (
    CLOSE_DOUBLE,
    CLOSE_SINGLE,
    DETERMINERS,
    ELISIONS,
    FUNCTION_WORDS,
    NAMING_LEADS,
    OPEN_DOUBLE,
    OPEN_SINGLE,
)
from provenance.extract.sentences import find_paragraphs
from provenance.model.annotations import QuoteKind
from provenance.model.span import Span

__all__ = ["Marked", "classify", "find_marked"]

MARK = re.compile(r"<[A-Za-z/!][^<>\n]{0,500}>|''|``|[\"“”„‟«»‹›‘’‚‛'〝〞〟＂「」『』]")
"""One quotation mark or apostrophe candidate (``“``, ``''``, ``’``), or an HTML tag to skip."""

_OPEN, _CLOSE, _EITHER, _WEAK_CLOSE = 1, 2, 3, 4
_DOUBLE, _SINGLE = 0, 1
_OPEN_CONTEXT = frozenset("([{—–-/:;¿¡>")
_CLOSE_CONTEXT = frozenset(",.;:!?)]}—–-/…<")
_ALL_MARKS = frozenset("\"“”„‟«»‹›‘’‚‛'`〝〞〟＂「」『』")
_SENTENCE_PUNCTUATION = frozenset(".!?…")
_LEAD_WINDOW = 40
_TERM_WORDS = 4
_CALL = frozenset({"call", "calls", "called"})
_NOT_MODIFIERS = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "said", "says", "called", "told",
     "very", "too", "so", "just", "also", "not", "only", "most", "more", "less"}
)  # fmt: skip
_MAX_STACK = 64


@attrs.frozen(kw_only=True)
class Marked:
    """A span of text between quotation marks, before deciding whether it is a quote.

    Offsets are half-open code-point indices into the article's text.

    Args:
        content: The words inside the marks, without outer white space.
        open: The opening mark.
        close: The closing mark, or ``None`` for a piece of a quotation that
            runs on into the next paragraph.
        paragraph: Index of the paragraph (from :func:`find_paragraphs`).
        group: Index (into the list of marked spans) of the first piece of a
            multi-paragraph quotation; a span's own index when it stands alone.
        inner: The ``(open, close)`` marks of quotations nested one level inside
            (``“He told me, ‘Go.’”``), in text order.

    Example:
        >>> find_marked('He said "no."')[0].content
        Span(start=9, end=12)
    """

    content: Span
    open: Span
    close: Span | None
    paragraph: int
    group: int
    inner: tuple[tuple[Span, Span], ...] = ()

    @property
    def outer(self) -> Span:
        """The span from the opening mark to the closing mark (or the content's end).

        Example:
            >>> find_marked('He said "no."')[0].outer
            Span(start=8, end=13)
        """
        end = self.close.end if self.close is not None else self.content.end
        return Span(self.open.start, end)


def _role(text: str, start: int, end: int, para: Span) -> tuple[int, int] | None:
    """``(family, direction)`` of the mark at ``start..end``, or ``None`` for an apostrophe."""
    mark = text[start:end]
    before = text[start - 1] if start > para.start else ""
    after = text[end] if end < para.end else ""
    single = mark in OPEN_SINGLE or mark in CLOSE_SINGLE
    if single and before.isalnum() and after.isalnum():
        return None  # the commonest mark of all: an apostrophe inside a word
    space_before = before == "" or before.isspace()
    space_after = after == "" or after.isspace()
    can_open = not space_after and (space_before or before in _OPEN_CONTEXT or before in _ALL_MARKS)
    can_close = not space_before and (space_after or after in _CLOSE_CONTEXT or after in _ALL_MARKS)
    if single:
        if after.isdigit():
            return None
        if can_open and after.isalpha() and _is_elision(text, end, para.end):
            return None
        if can_open and not can_close:
            return (_SINGLE, _OPEN) if mark in OPEN_SINGLE else None
        if can_close and not can_open:
            if mark not in CLOSE_SINGLE:
                return None
            return (_SINGLE, _WEAK_CLOSE) if before.isalnum() else (_SINGLE, _CLOSE)
        return (_SINGLE, _EITHER) if before != "" or after != "" else None
    if mark == '"' and before.isdigit() and _after_feet(text, start, para.start):
        return None
    if can_open and not can_close:
        return (_DOUBLE, _OPEN) if mark in OPEN_DOUBLE else (_DOUBLE, _EITHER)
    if can_close and not can_open:
        return (_DOUBLE, _CLOSE) if mark in CLOSE_DOUBLE else (_DOUBLE, _EITHER)
    if mark in ("„", "‟", "«", "〝", "「", "『") and not space_after:
        return _DOUBLE, _OPEN
    if mark in ("〞", "〟", "」", "』"):
        return _DOUBLE, _CLOSE
    return _DOUBLE, _EITHER


def _possessive(text: str, start: int, end: int, limit: int) -> bool:
    """Whether ``s’`` before a content word is a plural possessive: ``the bosses’ fault``."""
    if text[start - 1] not in "sS":
        return False
    index = end
    while index < limit and text[index] == " ":
        index += 1
    stop = index
    while stop < min(limit, index + 20) and text[stop].isalpha():
        stop += 1
    word = text[index:stop]
    return word.islower() and word not in FUNCTION_WORDS


def _after_feet(text: str, start: int, floor: int) -> bool:
    """Whether the ``"`` at ``start`` is an inch mark: ``6'9"``, ``5'11"``."""
    index = start
    while index > max(floor, start - 3) and text[index - 1].isdigit():
        index -= 1
    return index > floor + 1 and text[index - 1] in "'’" and text[index - 2].isdigit()


def _is_elision(text: str, start: int, limit: int) -> bool:
    index = start
    stop = min(limit, start + 6)
    while index < stop and text[index].isalpha():
        index += 1
    if index < limit and text[index].isalpha():
        return False
    return text[start:index].lower() in ELISIONS


_Pair = tuple[Span, Span, tuple[tuple[Span, Span], ...]]


def _pair_paragraph(text: str, para: Span) -> tuple[list[_Pair], Span | None, bool]:
    """Top-level pairs ``(open, close, inner)``, the unclosed opener, and an opening start."""
    pairs: list[_Pair] = []
    inner: list[tuple[Span, Span]] = []
    matches = [m.span() for m in MARK.finditer(text, para.start, para.end)]
    roles = [None if text[a] == "<" else _role(text, a, b, para) for a, b in matches]
    later_single = [False] * (len(roles) + 1)
    for index in range(len(roles) - 1, -1, -1):
        role = roles[index]
        closes = role is not None and role[0] == _SINGLE and role[1] != _OPEN
        later_single[index] = later_single[index + 1] or closes
    stack: list[tuple[int, int, int]] = []  # (family, mark start, mark end)
    starts_open = False
    first = True
    for position, (start, end) in enumerate(matches):
        if text[start] == "<":
            continue
        role = roles[position]
        weak = role == (_SINGLE, _WEAK_CLOSE)
        if weak and later_single[position + 1] and _possessive(text, start, end, para.end):
            continue
        if first:
            starts_open = start == para.start and role is not None and role[1] in (_OPEN, _EITHER)
            first = False
        if role is None:
            continue
        family, direction = role
        innermost = stack[-1][0] if stack else None
        pending = _find(stack, family)
        if direction == _EITHER:
            direction = _CLOSE if pending is not None else _OPEN
        if direction == _WEAK_CLOSE:
            if pending is None:
                continue
            direction = _CLOSE
        if direction == _OPEN:
            if innermost == family:
                stack.pop()
                if not stack:
                    inner = []
            if len(stack) < _MAX_STACK:
                stack.append((family, start, end))
            continue
        if pending is None:
            continue
        _, open_start, open_end = stack[pending]
        del stack[pending:]
        if not stack:
            pairs.append((Span(open_start, open_end), Span(start, end), tuple(inner)))
            inner = []
        elif len(stack) == 1:
            inner.append((Span(open_start, open_end), Span(start, end)))
    unclosed = Span(stack[0][1], stack[0][2]) if stack else None
    return pairs, unclosed, starts_open


def _find(stack: list[tuple[int, int, int]], family: int) -> int | None:
    """Index of the innermost open mark of ``family`` not hidden by the other family."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] == family:
            return index
        if family == _SINGLE:
            return None
    return None


def _content(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def find_marked(text: str, paragraphs: Sequence[Span] | None = None) -> list[Marked]:
    r"""Every outermost span between paired quotation marks, in text order.

    Args:
        text: Any string.
        paragraphs: Its paragraphs, if already found by :func:`find_paragraphs`.

    Returns:
        The marked spans; pieces of one multi-paragraph quotation share a ``group``.

    Example:
        >>> text = "“One,\n“two,” he said."
        >>> [(text[m.content.start:m.content.end], m.group) for m in find_marked(text)]
        [('One,', 0), ('two,', 0)]
    """
    if paragraphs is None:
        paragraphs = find_paragraphs(text)
    results: list[Marked] = []
    pending: tuple[int, Span, int | None] | None = None  # (paragraph, opener, group)
    for index, para in enumerate(paragraphs):
        pairs, unclosed, starts_open = _pair_paragraph(text, para)
        group: int | None = None
        if pending is not None and starts_open:
            piece = _content(text, pending[1].end, paragraphs[pending[0]].end)
            if piece is not None:
                group = pending[2] if pending[2] is not None else len(results)
                results.append(
                    Marked(content=piece, open=pending[1], close=None, paragraph=pending[0],
                           group=group)
                )  # fmt: skip
        pending = None
        for number, (opener, closer, nested) in enumerate(pairs):
            content = _content(text, opener.end, closer.start)
            if content is None:
                continue
            joined = group is not None and number == 0 and opener.start == para.start
            own = group if joined and group is not None else len(results)
            results.append(
                Marked(
                    content=content,
                    open=opener,
                    close=closer,
                    paragraph=index,
                    group=own,
                    inner=nested,
                )
            )
        if unclosed is not None:
            middle = group is not None and not pairs and unclosed.start == para.start
            pending = (index, unclosed, group if middle else None)
    return results


def _words(text: str, span: Span) -> int:
    """Runs of non-space characters in ``span`` (``str.split`` splits where ``isspace``)."""
    return len(text[span.start : span.end].split())


_LEAD_ENDS = frozenset(phrase[-1] for phrase in NAMING_LEADS)
"""The last word of every naming lead: no other word ends one."""


def _lead_words(text: str, start: int, floor: int) -> list[str]:
    """Lower-case words just before ``start`` (at most a few), nearest last."""
    window = text[max(floor, start - _LEAD_WINDOW) : start]
    return [w.strip(",:;()").lower() for w in window.split()][-3:]


def classify(
    text: str,
    marked: Marked,
    *,
    sentence: Span,
    attributed: bool,
    continued: bool,
) -> QuoteKind | None:
    """Whether a marked span is a quote, and of which kind; ``None`` for a term or name.

    The rule, first match wins:

    1. After a naming lead (``known as``, ``so-called``, ``dubbed``, ``titled``,
       ``called`` for short spans; :data:`~provenance.extract.cues.NAMING_LEADS`)
       it is a name or term, not a quote.
    2. A piece of a multi-paragraph quotation, or a paragraph that continues the
       previous paragraph's speaker (``continued``), is a quote.
    3. Up to four words that do not end in ``. ! ? … ,`` and are either all
       capitalised (``the “Clear Sky” campaign``, a title) or followed by a
       noun they modify (``a “phase one” trade deal``) are a term, even with a
       cue nearby; ``shown “genuine remorse” and`` stays a quote.
    4. An attributed span (a cue in its sentence, ``attributed``) is a quote.
    5. A sentence-like span (starts upper-case and ends in sentence
       punctuation) or one of at least six words is a quote, even unattributed.
    6. Anything else is a term.

    The kind is ``direct`` when the quotation starts upper-case and either ends
    in sentence punctuation, starts its sentence, or follows a colon, comma or
    dash (a sentence or more of speech); ``partial`` when it sits inside the
    writer's own sentence.

    Example:
        >>> text = 'He said "We won." It is a "term" here.'
        >>> found = find_marked(text)
        >>> classify(text, found[0], sentence=Span(0, 17), attributed=True, continued=False)
        <QuoteKind.DIRECT: 'direct'>
        >>> print(classify(text, found[1], sentence=Span(18, 38), attributed=False,
        ...                continued=False))
        None
    """
    content = marked.content
    words = _words(text, content)
    last = text[content.end - 1]
    ends_like_speech = last in _SENTENCE_PUNCTUATION or last == ","
    lead = _lead_words(text, marked.open.start, sentence.start)
    for phrase in NAMING_LEADS if lead and lead[-1] in _LEAD_ENDS else ():
        if tuple(lead[-len(phrase) :]) == phrase:
            if phrase[0] in _CALL and words > 3 and ends_like_speech:
                break
            return None
    multi = marked.close is None or continued
    first_char = _first_alnum(text, content)
    upper = first_char.isupper() or first_char.isdigit() or not first_char.isalpha()
    kind = _kind(text, marked, sentence, upper, last in _SENTENCE_PUNCTUATION)
    if multi:
        return kind
    if words <= _TERM_WORDS and not ends_like_speech and _is_term(text, marked, content):
        return None
    if attributed:
        return kind
    sentence_like = upper and last in _SENTENCE_PUNCTUATION
    if sentence_like or words >= 6:
        return kind
    return None


def _is_term(text: str, marked: Marked, content: Span) -> bool:
    """A short marked span that names something: Title Case, or modifying a noun.

    A noun modifier sits between a determiner, possessive or adjective and a
    lower-case noun (``a “phase one” trade deal``, ``the department’s “fix it first”
    program``); ``had “most likely” struck`` (after an auxiliary) is no term.
    """
    words = text[content.start : content.end].split()
    if all(word[:1].isupper() for word in words):
        return True
    if marked.close is None:
        return False
    index = marked.close.end
    limit = min(len(text), index + 3)
    while index < limit and text[index] in " \t\u00a0":
        index += 1
    stop = index
    ceiling = min(len(text), index + 20)
    while stop < ceiling and text[stop].isalpha():
        stop += 1
    following = text[index:stop]
    if not following.islower() or following in FUNCTION_WORDS:
        return False
    lead = _lead_words(text, marked.open.start, max(0, marked.open.start - _LEAD_WINDOW))
    if not lead:
        return False
    before = lead[-1]
    if before in DETERMINERS or before.endswith(("’s", "'s", "s’", "s'")):
        return True
    return before.isalpha() and before not in FUNCTION_WORDS and before not in _NOT_MODIFIERS


def _first_alnum(text: str, span: Span) -> str:
    for index in range(span.start, min(span.end, span.start + 8)):
        if text[index].isalnum():
            return text[index]
    return text[span.start]


def _kind(text: str, marked: Marked, sentence: Span, upper: bool, final: bool) -> QuoteKind:
    if not upper:
        return QuoteKind.PARTIAL
    if final:
        return QuoteKind.DIRECT
    index = marked.open.start
    while index > sentence.start and text[index - 1].isspace():
        index -= 1
    if index <= sentence.start or marked.open.start <= sentence.start:
        return QuoteKind.DIRECT
    if text[index - 1] in ":,—–(":
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL
