"""What is not a figure: names, identifiers, phone numbers, page furniture, idioms.

Each rule is data: a table of words or a named pattern with an example.

- Numbers inside names and identifiers: after a naming word ("phase one",
  "Boeing 737", "Article 5", "Route 66", "Flight 370"), glued to letters or
  to a hyphen after letters ("COVID-19", "F-16", "G20", "5G", "MH17"), and
  inside URLs, e-mail addresses, hashtags and HTML attributes.
- Ordinals ("first", "21st", "third-largest") are not figures: the number
  words table has no ordinals and digits glued to "st"/"nd"/"rd"/"th" are
  identifiers by the rule above (dates such as "Nov. 4th, 2017" are read by
  the date rules first).
- Phone numbers and clock times ("(555) 010-7788", "9:40 a.m.").
- Page furniture: a copyright line's year ("© 2019 The Ledger Company",
  "Copyright 2019") and dates stamped "Updated:", "Published:", "Posted:".
- "one" as a pronoun or idiom ("one of the few", "no one", "one more thing",
  "one another") is not a count.
"""

from __future__ import annotations

import re

from provenance.extract.figures.gates import SIZE, endings

__all__ = [
    "HALF_BEFORE",
    "IRREGULAR_PLURALS",
    "AGE_HOLDERS",
    "BLOCKED",
    "FURNITURE_BEFORE",
    "NAME_BEFORE",
    "NAME_ENDINGS",
    "SHORT_NAMES",
    "NAMING_WORDS",
    "NOT_AFTER_ONE",
    "NOT_BEFORE_ONE",
    "NOUN_SKIP",
    "NOUN_STOP",
    "blocked_spans",
    "furniture_before",
]

#: Words after which a number is part of a name ("Article 5", "phase one").
NAMING_WORDS = frozenset(
    {
        "Act",
        "Air",
        "Airbus",
        "Amendment",
        "Apollo",
        "Article",
        "Boeing",
        "Building",
        "Bus",
        "Category",
        "Channel",
        "Chapter",
        "Class",
        "Clause",
        "Division",
        "Exit",
        "Flight",
        "Formula",
        "Gate",
        "Grade",
        "Highway",
        "Interstate",
        "Level",
        "Line",
        "Model",
        "No",
        "No.",
        "Number",
        "Page",
        "Paragraph",
        "Phase",
        "Platform",
        "Precinct",
        "Proposition",
        "Resolution",
        "Room",
        "Route",
        "Rule",
        "Section",
        "Stage",
        "Suite",
        "Terminal",
        "Title",
        "Unit",
        "Version",
        "Ward",
        "Windows",
        "Year",
        "iPhone",
        "flight",
        "no.",
        "number",
        "phase",
        "route",
        "row",
        "seat",
        "version",
    }
)

#: A naming word right before a number (matched in a bounded window).
#: Example: "Boeing 737" ends with the naming word "Boeing".
NAME_BEFORE = re.compile(
    r"(?<![\w.])(?P<name>"
    + "|".join(re.escape(word) for word in sorted(NAMING_WORDS, key=len, reverse=True))
    + r"|(?:Act|Law|Treaty|Convention|Accord)[ \u00a0]of"
    + r")[ \u00a0]{1,2}\Z"
)

_NAME_WORDS = [*NAMING_WORDS, "Act of"]

#: How the words :data:`NAME_BEFORE` looks for may end: a necessary test that
#: skips its window search (see :mod:`provenance.extract.figures.gates`), with
#: :data:`SHORT_NAMES` (too short for the table) tested apart.
NAME_ENDINGS = endings([word for word in _NAME_WORDS if len(word) >= SIZE], ignore_case=False)

#: Naming words shorter than the gate's endings ("No").
SHORT_NAMES = tuple(word for word in _NAME_WORDS if len(word) < SIZE)

#: Page furniture right before a number or date: "© 2019", "Updated: Nov 4,2017",
#: "Posted: 5:42 PM, Mar 12, 2026", a byline's "| March 9, 2026" and the text of a
#: scraped link ``">March 9, 2026</a>``.
FURNITURE_BEFORE = re.compile(
    r"(?:\|[ \u00a0]?|\">|©|\([cC]\)|(?i:copyright)"
    r"|(?i:updated|published|posted|last modified)[ \u00a0]?:?)"
    r"[ \u00a0]{0,2}(?:\d{1,2}:\d{2}[ \u00a0]?(?:[AaPp]\.?[Mm]\.?)?,?[ \u00a0]{0,2})?\Z"
)

#: The words of :data:`FURNITURE_BEFORE`, for its gate.
_FURNITURE_WORDS = ("copyright", "updated", "published", "posted", "last modified")

#: How a word of :data:`FURNITURE_BEFORE` may end.
_FURNITURE_WORD_ENDINGS = endings(_FURNITURE_WORDS, ignore_case=True)

#: Other characters that may come last before the blanks: "|", '">', "©", "(c)",
#: "Updated:" and the end of a clock time ("5:42", "5:42 PM", "5:42 p.m.,").
_FURNITURE_LAST = frozenset("|>©):.Mm,")


def furniture_before(text: str, start: int) -> bool:
    """Whether page furniture (:data:`FURNITURE_BEFORE`) ends right before ``text[start]``.

    A few character tests come first: the last character before at most
    three blanks must be able to end the furniture; only then is the
    24-character window searched.

    Example:
        >>> text = "Updated: 5:42 PM, 2017 and 2018"
        >>> furniture_before(text, 18), furniture_before(text, 27)
        (True, False)
    """
    end = start
    floor = max(0, start - 3)
    while end > floor and text[end - 1] in " \u00a0":
        end -= 1
    if end == 0:
        return False
    last = text[end - 1]
    if last in _FURNITURE_LAST or last.isdigit():
        pass
    elif last not in "tTdD" or text[max(0, end - 3) : end] not in _FURNITURE_WORD_ENDINGS:
        return False
    return FURNITURE_BEFORE.search(text, max(0, start - 24), start) is not None


#: Spans that hold no figures: phone numbers, clock times, URLs, e-mail
#: addresses (from the "@" on), hashtags, @handles and HTML tags.
#: Examples: "(555) 010-7788", "+1 212 555 0199", "9:40", "9 a.m.", "https://x.org/2017/11",
#: "news@example.org", "#G20", "<p class=\"s2\">".
_BLOCKED_RULES: tuple[tuple[str, str], ...] = (
    ("phone", r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"),
    ("phone_spaced", r"(?<![\d,.])\d{3,4} \d{3} \d{3,4}(?![\d,])"),
    (
        "furniture_line",
        r"(?m:^(?:Read more|RELATED|Related|See also|Watch Live|Listen Live|"
        r"Comments|Weather Alerts|Share this)\b[^\r\n]{0,300})",
    ),
    ("clock", r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)"),
    ("clock_ampm", r"(?<![\d.,])\d{1,2}[ \u00a0]?(?:[aApP]\.[mM]\.|[aApP][mM]\b)"),
    ("coordinates", r"\d{1,3}°(?:[ ]?\d{1,2}(?:\.\d{1,6})?[′'])?(?:[ ]?\d{1,2}[″\"])?[ ]?[NSEW]?"),
    ("url", r"(?i:https?://|www\.)[^\s<>\"]{0,2000}"),
    ("tag", r"(?:(?<![\w&])#|@)[\w.-]{1,100}"),
    ("html", r"<[a-zA-Z/!][^<>]{0,2000}>"),
)

#: One pattern for all blocked spans.
BLOCKED = re.compile(
    # A cheap look at the first character skips most positions at once; the
    # second look (a little dearer) keeps "h"/"w" only before "http(s)://"/"www."
    # and "R", "S", "W", "L", "C" only at the start of a line. Both only skip work.
    r"(?=[\d+(#@<hHwWRSWLC])"
    r"(?=[\d+(#@<]|[hH](?i:ttps?://)|[wW](?i:ww\.)|[RSWLC](?<![^\n][RSWLC]))(?:"
    + "|".join(f"(?P<{name}>{rule})" for name, rule in _BLOCKED_RULES)
    + ")"
)

#: Words before "one" that make it a pronoun: "no one", "every one", "the one".
NOT_BEFORE_ONE = frozenset(
    {"no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "than"}
)

#: Words after "one" that make it a pronoun or idiom: "one of", "one another",
#: "one more thing".
NOT_AFTER_ONE = frozenset(
    {"of", "another", "more", "who", "that", "which", "day", "way", "thing", "or", "by"}
)

#: Words that end a counted noun ("nine defendants were" -> "defendants").
NOUN_STOP = frozenset(
    (
        "a",
        "about",
        "after",
        "against",
        "among",
        "amid",
        "across",
        "between",
        "including",
        "like",
        "plus",
        "toward",
        "towards",
        "versus",
        "via",
        "vs",
        "within",
        "without",
        "all",
        "also",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "either",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "last",
        "least",
        "less",
        "many",
        "may",
        "might",
        "more",
        "most",
        "much",
        "must",
        "near",
        "neither",
        "next",
        "nor",
        "not",
        "of",
        "off",
        "on",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "per",
        "said",
        "say",
        "says",
        "she",
        "should",
        "since",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "under",
        "until",
        "up",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "whose",
        "will",
        "with",
        "would",
        "yet",
        "you",
    )
)

#: Words in -s that are no plural noun: they never head a compound after a
#: plural without -s ("nine people always ...", "300 police overseas").
NOT_PLURAL_NOUNS = frozenset(
    {"always", "perhaps", "sometimes", "nevertheless", "nonetheless", "besides",
     "afterwards", "whereas", "thus", "upwards", "downwards", "backwards", "forwards",
     "overseas", "indoors", "outdoors", "sideways", "unless", "hers", "ours", "yours",
     "theirs", "towards", "across", "series", "news", "means", "species"}
)  # fmt: skip

#: Words skipped before a counted noun: "nine other defendants" -> "defendants".
NOUN_SKIP = frozenset({"other", "more", "additional", "further", "fewer"})


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` that holds no figure, in text order.

    Example:
        >>> text = "Call (555) 010-7788 at 9:40."
        >>> [text[s:e] for s, e in blocked_spans(text)]
        ['(555) 010-7788', '9:40']
    """
    return [(m.start(), m.end()) for m in BLOCKED.finditer(text)]


#: People before a hedged number make it an age: "people over 70", "children under five".
AGE_HOLDERS = frozenset(
    {
        "people",
        "men",
        "women",
        "children",
        "adults",
        "those",
        "anyone",
        "residents",
        "pensioners",
        "patients",
        "drivers",
        "kids",
        "girls",
        "boys",
    }
)

#: Plurals that do not end in "s": "nine people", "14 aircraft".
IRREGULAR_PLURALS = frozenset(
    {
        "sheep",
        "livestock",
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "personnel",
        "troops",
        "cattle",
        "fish",
        "deer",
        "teeth",
        "mice",
        "geese",
        "feet",
        "crew",
        "aircraft",
        "media",
        "data",
    }
)

#: Words after which "half" is a fraction: "half of", "half the".
HALF_BEFORE = frozenset(
    {"of", "the", "a", "an", "their", "its", "his", "her", "them", "all", "that", "those", "these"}
)
