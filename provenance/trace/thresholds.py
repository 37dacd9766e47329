"""Every threshold tracing uses, each with what it means (scores run from 0 to 1).

These are deliberately strict: a confident match to a lookalike sentence is
worse than an honest ``UNTRACED``. Change them with care, and only with the
tests of the bundled example running.

Example:
    >>> from provenance.trace import thresholds
    >>> 0 < thresholds.QUOTE_APPROXIMATE < 1
    True
"""

from __future__ import annotations

__all__ = [
    "CANDIDATE_WORDS",
    "CONTEXT_MIN_WORDS",
    "CONTEXT_WINDOW",
    "FIGURE_CANDIDATES",
    "FIGURE_CONFLICT",
    "FIGURE_CONFLICT_NOUN",
    "FIGURE_CLOSER",
    "FIGURE_SAME_THING",
    "FIGURE_SAME_VALUE",
    "FIGURE_DISTINCT_DIGITS",
    "MAX_ELISION_GAP",
    "MAX_EVIDENCE",
    "MAX_PIECES",
    "MAX_POSTINGS",
    "POSTING_BUDGET",
    "QUOTE_APPROXIMATE",
    "QUOTE_CANDIDATES",
    "QUOTE_MAX_REWORDED_WORDS",
    "QUOTE_MIN_ORDER",
    "QUOTE_MIN_SHARED",
    "QUOTE_MIN_WORDS",
]

#: A reworded quote is ``APPROXIMATE`` when its
#: :func:`~provenance.trace.quotes.reworded_score` against a source passage
#: reaches this (and both parts of the score reach their minimums below).
#: Measured on the tests' tables: other translations and close paraphrases of
#: one remark score 0.65-0.80; lookalikes (same subject, other claim) and
#: shuffled words 0.40-0.66, the high ones failing :data:`QUOTE_MIN_ORDER`.
QUOTE_APPROXIMATE = 0.62

#: ... and when at least this share of the quote's content words (stemmed,
#: weighted by rarity) occur in the source passage. Guards against a high
#: score built from common words.
QUOTE_MIN_SHARED = 0.50

#: ... and when the word-order similarity (rapidfuzz ``fuzz.ratio`` over the
#: two sequences of stems) reaches this: the same words shuffled into another
#: claim ("who cut corners ... pay for every fish" -> "who paid for the fish
#: and cut the corners") score about 0.52; renderings of one remark 0.57-0.79.
QUOTE_MIN_ORDER = 0.55

#: A quote with fewer words than this is only ever matched word for word: too
#: short for a reworded match to mean anything.
QUOTE_MIN_WORDS = 4

#: A quote of more words than this is only ever matched word for word (the
#: rewording score compares word sequences in quadratic time).
QUOTE_MAX_REWORDED_WORDS = 300

#: A quote split by more elisions than this into more pieces is not traced:
#: no source quote is cut that often, and each piece costs a lookup.
MAX_PIECES = 20

#: How many source sentences, ranked by shared rare words, are scored with
#: rapidfuzz for a reworded quote.
QUOTE_CANDIDATES = 12

#: The pieces of an elided quote must each match, in order, with at most this
#: many source words between one piece and the next.
MAX_ELISION_GAP = 80

#: Words of a figure's sentence within this many words of the figure are its
#: context: what the figure is about.
CONTEXT_WINDOW = 10

#: A figure whose sentence offers fewer context stems than this ("It lasted 18
#: months.") also takes its context from the sentence before (its last
#: ``3 * CONTEXT_WINDOW`` words).
CONTEXT_MIN_WORDS = 2

#: A source figure is about the same thing as the checked one when the
#: weighted Dice coefficient of their contexts (content-word stems within
#: :data:`CONTEXT_WINDOW` words, each weighted by its rarity among figure
#: contexts) reaches this, and their counted nouns (when both are known)
#: agree. Enough to ``TRACE`` a *compatible* figure: the agreeing value is
#: evidence too. Measured on the bundled example: right pairs 0.23-1.00,
#: wrong pairs with a compatible value 0.09-0.19.
FIGURE_SAME_THING = 0.20

#: A source figure stating exactly the same value and unit, written with at
#: least :data:`FIGURE_DISTINCT_DIGITS` significant digits ("14,600 tonnes",
#: "18,250"; not "1.2 million" nor a date), is about the same thing from this
#: context similarity on: such a value rarely repeats by chance, while a
#: rewrite often rewords all around it ("setting next year's catch at about
#: 14,600 tonnes" for "sets the 2026 catch at 14,600 tonnes": 0.12).
FIGURE_SAME_VALUE = 0.08

#: Significant digits that make a value distinctive (the value in steps of its
#: written precision: 146 for "14,600", 2 digits for "1.2 million"), see
#: :data:`FIGURE_SAME_VALUE`.
FIGURE_DISTINCT_DIGITS = 3

#: For ``CONFLICT`` (an incompatible value), stricter: the contexts must agree
#: this much when the counted nouns are not both known...
FIGURE_CONFLICT = 0.45

#: ... or this much when both counted nouns are known and agree. A wrong
#: conflict accuses the text of an error it did not make.
FIGURE_CONFLICT_NOUN = 0.30

#: A compatible figure does not trace a figure when an incompatible one is more
#: about the same thing by this much context similarity (and clearly about it:
#: :data:`FIGURE_CONFLICT`): then the verdict is ``CONFLICT``. Measured on
#: the generated 10k-sentence benchmark corpus (one template, other names and
#: places): the sentence with the same names scores 1.00, look-alikes with other
#: names 0.46-0.69; a look-alike there traced "About 4,395" before this rule.
FIGURE_CLOSER = 0.25

#: How many source figures, ranked by shared context words, are compared with
#: the checked figure.
FIGURE_CANDIDATES = 20

#: A word whose occurrences in the corpus exceed this is too common to find
#: candidates by (it still counts when scoring them). Keeps each lookup's cost
#: independent of the corpus size.
MAX_POSTINGS = 2000

#: Candidates (sentences for a reworded quote, figures for a figure) are found
#: through at most this many of the rarest words of the quote or context.
CANDIDATE_WORDS = 8

#: ... and, rarest first, only while their postings add up to at most this many
#: (the rarest word is always used). Bounds each lookup's work by a constant, so
#: a check costs about the same against 1k or 100k source sentences even when a
#: context's words are all of middling frequency.
POSTING_BUDGET = 800

#: At most this many pieces of evidence are kept per finding, best first.
MAX_EVIDENCE = 3
