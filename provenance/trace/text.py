"""Words with their offsets: how tracing compares texts without rewriting them.

Tracing never searches a rewritten text. It reads the words of the original
text once with :data:`WORD` (taking every offset from ``match.start()`` and
``match.end()``), and compares their *normalised* forms: case folded, with
curly apostrophes made straight. Quote-mark style, white space and
punctuation therefore never matter, and every match maps back to exact
characters of the untouched text.

Example:
    >>> [(t.norm, t.start, t.end) for t in words("“It’s DONE,”  he said.")]
    [("it's", 1, 5), ('done', 6, 10), ('he', 14, 16), ('said', 17, 21)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "ELISION",
    "STEM_LETTERS",
    "STOPWORDS",
    "WORD",
    "Piece",
    "Word",
    "elided_pieces",
    "normalise",
    "stem",
    "words",
]

#: A word: letters and digits, with inner apostrophes ("it’s", "o'clock").
#: Linear: every repetition of the group must consume an apostrophe first.
#: Example: ``“It’s done”`` -> ``It’s``, ``done``.
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")

#: An elision inside a quotation, with the white space around it:
#: ``...``, ``…``, ``. . .``, ``[...]``, ``[…]``, ``(...)``.
#: Example: ``"we will act ... without delay"`` -> one elision, two pieces.
ELISION = re.compile(
    r"[ \t\u00a0]{0,8}"
    r"(?:[\[(][ \u00a0]?(?:\.[ \u00a0]?){3}[\])]|[\[(]…[\])]|…|\.[ \u00a0]?\.[ \u00a0]?\.)"
    r"[ \t\u00a0]{0,8}"
)

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})

#: Words too common to say what a sentence is about (never used as evidence that
#: two sentences speak of the same thing; they still count in quote matching).
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are aren't as at be
    because been before being below between both but by can could did do does doing
    down during each few for from further had has have having he her here hers herself
    him himself his how i if in into is it it's its itself just me more most my myself
    no nor not now of off on once only or other our ours ourselves out over own same
    she should so some such than that that's the their theirs them themselves then
    there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours yourself
    said says say told tell according added also one two three four five six seven
    eight nine ten percent per cent mr mrs ms dr since along among amid many much make
    makes made rest across including around least roughly nearly almost still already
    yet well even ever another every whose whether
    """.split()  # noqa: SIM905 (a word table reads best as words)
)


class Word(NamedTuple):
    """One word of a text: its normalised form and its half-open code-point offsets.

    Example:
        >>> next(words("Hello"))
        Word(norm='hello', start=0, end=5)
    """

    norm: str
    start: int
    end: int


def normalise(word: str) -> str:
    """The form words are compared in: case folded, apostrophes made straight.

    Example:
        >>> normalise("CHINA’S")
        "china's"
    """
    return word.casefold().translate(_APOSTROPHES)


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Word]:
    """The words of ``text[start:end]``, with offsets into ``text`` itself.

    Example:
        >>> [w.norm for w in words("one, two; three", 5)]
        ['two', 'three']
    """
    pattern_end = len(text) if end is None else end
    for match in WORD.finditer(text, start, pattern_end):
        yield Word(normalise(match.group()), match.start(), match.end())


#: Letters of a word kept by :func:`stem` once a suffix is gone: enough to join
#: "determined" and "determination", few enough to keep most words apart.
STEM_LETTERS = 6

_SUFFIXES = ("ing", "ed", "ly", "es", "s")


def stem(norm: str) -> str:
    """A crude stem: one inflection suffix off, then at most :data:`STEM_LETTERS` letters.

    Joins "arrested" and "arresting", "weigh" and "weighing", "crimes" and
    "crime", "determined" and "determination". Crude on purpose: it only
    decides which words count as the same when two texts are compared.

    Example:
        >>> [stem(w) for w in ("arrested", "arresting", "weighing", "crimes", "boxes")]
        ['arrest', 'arrest', 'weigh', 'crime', 'box']
    """
    for suffix in _SUFFIXES:
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            if suffix == "es" and not norm.endswith(("ses", "xes", "zes", "ches", "shes")):
                continue
            if suffix == "s" and norm.endswith("ss"):
                break
            norm = norm[: -len(suffix)]
            break
    return norm[:STEM_LETTERS]


class Piece(NamedTuple):
    """A run of quoted words between elisions, as offsets into the checked text.

    Example:
        >>> Piece(0, 4)
        Piece(start=0, end=4)
    """

    start: int
    end: int


def elided_pieces(text: str, start: int, end: int) -> tuple[Piece, ...]:
    """Split ``text[start:end]`` at elisions into the pieces that hold words.

    Example:
        >>> text = "we will act ... [...] without delay"
        >>> [text[p.start:p.end] for p in elided_pieces(text, 0, len(text))]
        ['we will act', 'without delay']
    """
    pieces: list[Piece] = []
    cursor = start
    for match in ELISION.finditer(text, start, end):
        pieces.append(Piece(cursor, match.start()))
        cursor = match.end()
    pieces.append(Piece(cursor, end))
    return tuple(p for p in pieces if WORD.search(text, p.start, p.end) is not None)
