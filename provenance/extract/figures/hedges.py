"""Hedges before a number ("about", "more than", "an estimated"), and range openers.

The hedge words are the keys of :data:`provenance.units.HEDGES`, which also
says how each widens a figure's interval; this module only finds them.
"""

from __future__ import annotations

import re

from provenance.extract.figures.gates import ending_before, endings
from provenance.units import HEDGES

__all__ = [
    "DATE_HEDGES",
    "OVER_DURATION_VERBS",
    "CHANGE_VERBS",
    "HEDGE_BEFORE",
    "HEDGE_WINDOW",
    "OPENER_ENDINGS",
    "OVER_MEANS_ABOUT_AFTER",
    "RANGE_OPENER",
    "find_hedge",
]

#: How far before a number a hedge may start (the longest hedge and two blanks).
HEDGE_WINDOW = max(len(hedge) for hedge in HEDGES) + 3

_HEDGES = "|".join(
    re.escape(hedge).replace(r"\ ", r"[ \u00a0]") for hedge in sorted(HEDGES, key=len, reverse=True)
)

#: A hedge that ends right before a number, matched within a bounded window.
#: Example: "more than 1,200" has the hedge "more than".
HEDGE_BEFORE = re.compile(rf"(?<![\w-])(?P<hedge>(?i:{_HEDGES}))[ \u00a0]{{1,2}}\Z")

#: How a hedge may end (a necessary test before searching for one).
_HEDGE_ENDINGS = endings(HEDGES, ignore_case=True)

#: Words opening a range before its low end: "from six months to 10 years",
#: "between 3 and 5 percent".
RANGE_OPENER = re.compile(r"(?<![\w-])(?P<opener>(?i:from|between))[ \u00a0]{1,2}\Z")

#: How a range opener may end (a necessary test before searching for one).
OPENER_ENDINGS = endings(["from", "between"], ignore_case=True)

#: Verbs of change: "rose from 5 to 7 percent" states two values, not a range.
CHANGE_VERBS = frozenset(
    {"rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen",
     "grew", "grow", "grows", "growing", "grown", "climbed", "climb", "climbs", "climbing",
     "declined", "decline", "declines", "declining", "decreased", "decrease", "decreases",
     "decreasing", "increased", "increase", "increases", "increasing", "dropped", "drop",
     "drops", "dropping", "jumped", "jump", "jumps", "jumping", "surged", "surge", "surges",
     "soared", "soar", "soars", "slipped", "slip", "slips", "dipped", "dip", "dips",
     "plunged", "plummeted", "tumbled", "slumped", "shrank", "shrunk", "shrinks", "expanded",
     "expands", "swelled", "swollen", "widened", "narrowed", "edged", "ballooned", "spiked",
     "rebounded", "recovered", "cut", "cuts", "reduced", "reduces", "lowered", "raised",
     "raises", "boosted", "lifted", "hiked", "slashed", "trimmed", "went", "gone", "up",
     "down"}
)  # fmt: skip


#: Words after which "over" means "because of", not "more than":
#: "jailed over a €4.5 million scam".
OVER_MEANS_ABOUT_AFTER = frozenset(
    {
        "arrested",
        "charged",
        "clash",
        "clashed",
        "convicted",
        "detained",
        "dispute",
        "fined",
        "fired",
        "jailed",
        "probe",
        "protest",
        "protested",
        "questioned",
        "quit",
        "resigned",
        "row",
        "sacked",
        "sentenced",
        "sued",
    }
)


def find_hedge(text: str, start: int, *, ending: str | None = None) -> re.Match[str] | None:
    """The hedge that ends right before ``text[start]``, if any.

    ``ending`` is ``ending_before(text, start)``
    (:func:`~provenance.extract.figures.gates.ending_before`) if the caller
    already has it; it is read again if ``None``.

    Example:
        >>> text = "seized more than 1,200 pills"
        >>> find_hedge(text, 17).group("hedge")
        'more than'
    """
    if ending is None:
        ending = ending_before(text, start)
    if ending not in _HEDGE_ENDINGS:
        return None
    return HEDGE_BEFORE.search(text, max(0, start - HEDGE_WINDOW), start)


#: Words after which "over" before a duration means "more than" ("adds over 30
#: minutes"); elsewhere it means "during" ("over two years", "Over 18 months of ...").
OVER_DURATION_VERBS = frozenset(
    {
        "add",
        "adds",
        "added",
        "last",
        "lasts",
        "lasted",
        "take",
        "takes",
        "took",
        "spend",
        "spends",
        "spent",
        "wait",
        "waits",
        "waited",
        "serve",
        "serves",
        "served",
        "stay",
        "stays",
        "stayed",
        "for",
    }
)

#: Hedges a date may carry ("around 2045"); a date's interval widens by its own length.
DATE_HEDGES = frozenset({"about", "around", "roughly", "approximately", "circa", "some"})
