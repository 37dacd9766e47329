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

__all__ = ["BLANKS", "CASE_EXTRAS", "SIZE", "Endings", "ending_before", "endings"]

#: The blanks between a word and the number after it in the backward rules.
BLANKS = " \u00a0"

#: How many characters of a word's end the gates compare.
SIZE = 3

#: Characters that Python's case-insensitive matching takes for an ASCII letter
#: besides its own two cases (a test checks this over every code point).
CASE_EXTRAS: dict[str, str] = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def _spellings(char: str, *, ignore_case: bool) -> set[str]:
    if char == " ":
        return set(BLANKS)
    if not ignore_case or not char.isascii() or not char.isalpha():
        return {char}
    lower = char.lower()
    return {lower, lower.upper(), *CASE_EXTRAS.get(lower, "")}


class Endings:
    """How the words a backward rule looks for may end, for ``ending in table`` tests.

    Built from the words by :func:`endings`. An ending (as given by
    :func:`ending_before`) is in the table if its last :data:`SIZE`
    characters can end one of the words, or if its last characters can be
    the whole of a shorter word ("No" in "Route No 5").
    """

    __slots__ = ("_long", "_short")

    def __init__(self, long: frozenset[str], short: dict[int, frozenset[str]]) -> None:
        self._long = long
        self._short = short

    def __contains__(self, ending: object) -> bool:
        if not isinstance(ending, str):
            return False
        if ending in self._long:
            return True
        return any(ending[-size:] in words for size, words in self._short.items())


def endings(words: Iterable[str], *, ignore_case: bool) -> Endings:
    """Every way the last :data:`SIZE` characters of one of ``words`` may be written.

    A space in a word stands for any of :data:`BLANKS`; with ``ignore_case``,
    a letter stands for every character Python's case-insensitive matching
    takes for it.

    Example:
        >>> table = endings(["from", "No"], ignore_case=False)
        >>> "rom" in table, "ROM" in table, "‘No" in table, "Nom" in table
        (True, False, True, False)
        >>> "RoM" in endings(["from"], ignore_case=True)
        True
    """
    long: set[str] = set()
    short: dict[int, set[str]] = {}
    for word in words:
        tail = word[-SIZE:]
        choices = [_spellings(char, ignore_case=ignore_case) for char in tail]
        spelled = {"".join(chars) for chars in itertools.product(*choices)}
        if len(tail) == SIZE:
            long.update(spelled)
        else:
            short.setdefault(len(tail), set()).update(spelled)
    return Endings(frozenset(long), {size: frozenset(ws) for size, ws in short.items()})


def ending_before(text: str, start: int) -> str:
    """The last :data:`SIZE` characters before the one or two blanks before ``start``.

    Empty if ``text[start - 1]`` is not a blank. Fewer characters near the
    start of the text. The word a backward rule needs ends there.

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
