"""Cheap necessary tests that skip a backward window search when it cannot match.

Several rules look for a word that ends right before a number, one or two
blanks away ("more than 1,200", "from six months", "Boeing 737"), with a
regex searched over a window of the text before the number. Most numbers
have no such word before them, and the search tries every position of the
window. :func:`ending_before` reads the last characters of the word before
the blanks in a few steps, and a rule's :func:`endings` table says whether
one of its words can end that way; only then is the window searched. The
gates only skip work: they never decide a match (the regex still does).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

__all__ = ["BLANKS", "CASE_EXTRAS", "SIZE", "either_case", "ending_before", "endings"]

#: The blanks between a word and the number after it in the backward rules.
BLANKS = " \u00a0"

#: How many characters of a word's end the gates compare.
SIZE = 3

#: Characters that Python's case-insensitive matching takes for an ASCII letter
#: besides its own two cases (a test checks this over every code point).
CASE_EXTRAS: dict[str, str] = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def either_case(letter: str) -> str:
    """A regex class of every character case-insensitive matching takes for ``letter``.

    Written as a class of its own (not under ``(?i:...)``), it lets the regex
    engine skip an alternative of an alternation at its first character.

    Example:
        >>> either_case("t"), either_case("S")
        ('[tT]', '[sSſ]')
    """
    lower = letter.lower()
    return "[" + lower + lower.upper() + CASE_EXTRAS.get(lower, "") + "]"


def _spellings(char: str, *, ignore_case: bool) -> set[str]:
    if char == " ":
        return set(BLANKS)
    if not ignore_case or not char.isascii() or not char.isalpha():
        return {char}
    lower = char.lower()
    return {lower, lower.upper(), *CASE_EXTRAS.get(lower, "")}


def endings(words: Iterable[str], *, ignore_case: bool) -> frozenset[str]:
    """Every way the last :data:`SIZE` characters of one of ``words`` may be written.

    A space in a word stands for any of :data:`BLANKS`; with ``ignore_case``,
    a letter stands for every character Python's case-insensitive matching
    takes for it. Test ``ending_before(text, start) in table``.

    Raises:
        ValueError: If a word is shorter than :data:`SIZE` (test those apart).

    Example:
        >>> table = endings(["from", "between"], ignore_case=True)
        >>> "rom" in table, "RoM" in table, "een" in table, "ron" in table
        (True, True, True, False)
    """
    out: set[str] = set()
    for word in words:
        if len(word) < SIZE:
            raise ValueError(f"{word!r} is shorter than {SIZE} characters")
        choices = [_spellings(char, ignore_case=ignore_case) for char in word[-SIZE:]]
        out.update("".join(chars) for chars in itertools.product(*choices))
    return frozenset(out)


def ending_before(text: str, start: int) -> str:
    """The last :data:`SIZE` characters before the one or two blanks before ``start``.

    Empty if ``text[start - 1]`` is not a blank. Fewer characters near the
    start of the text (where no word of :data:`SIZE` characters fits). The
    word a backward rule needs ends there.

    Example:
        >>> ending_before("seized more than 1,200", 17)
        'han'
        >>> ending_before("seized 1,200", 7), ending_before("(1,200", 1)
        ('zed', '')
    """
    end = start - 1
    if end < 0 or text[end] not in BLANKS:
        return ""
    if end > 0 and text[end - 1] in BLANKS:
        end -= 1
    return text[max(0, end - SIZE) : end]
