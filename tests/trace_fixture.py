"""A small hand-built corpus about a fictional river spill, for the tracing tests.

Every analysis is built by hand (sentences, quotes, figures), so these tests do not
depend on extraction. The text is written for this project.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from provenance import Analysis, Article, Attribution, Figure, Quote, QuoteKind, Sentence

_SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”’]?(?= |$)|$)", re.MULTILINE)


def sentences(article: Article) -> list[Sentence]:
    """Naive sentences for hand-written fixtures: up to . ! or ? before a space or line end."""
    found = []
    for match in _SENTENCE.finditer(article.text):
        start, end = match.start(), match.end()
        while start < end and article.text[start] == " ":
            start += 1
        if start < end:
            found.append(Sentence.at(article, start, end))
    return found


def quote(
    article: Article, words: str, speaker: str | None = None, *, occurrence: int = 0
) -> Quote:
    """The quote of ``words`` (exact text inside the marks), attributed to ``speaker``."""
    span = article.find(words, occurrence=occurrence)
    attribution = None if speaker is None else Attribution(content=span, speaker=speaker)
    kind = QuoteKind.DIRECT if words[:1].isupper() else QuoteKind.PARTIAL
    return Quote.at(article, span.start, span.end, kind=kind, attribution=attribution)


def figure(
    article: Article, text: str, value: str, unit: str | None = None, **fields: Any
) -> Figure:
    """The figure written ``text`` (its first occurrence unless ``occurrence`` is given)."""
    occurrence = fields.pop("occurrence", 0)
    span = article.find(text, occurrence=occurrence)
    kind = fields.pop("kind", "count" if unit is None else "mass")
    return Figure.at(article, span.start, span.end, value=value, unit=unit, kind=kind, **fields)


def analysis(
    article: Article, quotes: Sequence[Quote] = (), figures: Sequence[Figure] = ()
) -> Analysis:
    """The analysis of a fixture article, with naive sentences."""
    return Analysis(article=article, sentences=sentences(article), quotes=quotes, figures=figures)


WIRE = Article(
    "wire",
    "BRENNAU (Wire) — Crews removed 40 tonnes of sludge from the Ossel river after a tank "
    "at the Kestrel paper mill split open on Tuesday, officials said.\n"
    "The spill killed about 3,000 fish along a 12-kilometre stretch of the river, according "
    "to the regional water board.\n"
    "“We will find out who cut corners, and they will pay for every fish,” said Mayor "
    "Hanna Voss.\n"
    "Nine workers were treated for fumes at the district hospital.\n"
    "Plant manager Ole Brandt said the tank had passed an inspection in March.\n",
)

PAPER = Article(
    "paper",
    "Cleanup crews hauled about 88,000 pounds of sludge out of the Ossel on Wednesday.\n"
    '"The water is safe to drink and residents should not worry," Brandt told reporters.\n'
    "The state fined Kestrel 250,000 euros, a spokesman said.\n"
    "Of the nine workers treated for fumes, two remained in hospital on Thursday.\n",
)

STATE = Article(
    "state",
    "Mayor Hanna Voss said at a press conference: «Those who ignored the safety rules will "
    "be held to account for each fish that died.»\n"
    "The mayor thanked the rescue teams for their swift work.\n",
)


def sources() -> list[Analysis]:
    """The three analysed sources."""
    return [
        analysis(
            WIRE,
            quotes=[
                quote(
                    WIRE,
                    "We will find out who cut corners, and they will pay for every fish,",
                    "Hanna Voss",
                )
            ],
            figures=[
                figure(WIRE, "40 tonnes", "40", "t", noun="sludge"),
                figure(WIRE, "about 3,000", "3000", None, approx="about", noun="fish"),
                figure(WIRE, "12-kilometre", "12", "km", kind="length"),
                figure(WIRE, "Nine", "9", None, noun="workers"),
            ],
        ),
        analysis(
            PAPER,
            quotes=[
                quote(
                    PAPER,
                    "The water is safe to drink and residents should not worry,",
                    "Ole Brandt",
                )
            ],
            figures=[
                figure(PAPER, "about 88,000 pounds", "88000", "lb", approx="about", noun="sludge"),
                figure(PAPER, "250,000 euros", "250000", "EUR", kind="money"),
                figure(PAPER, "nine", "9", None, noun="workers"),
                figure(PAPER, "two", "2", None, noun="workers"),
            ],
        ),
        analysis(
            STATE,
            quotes=[
                quote(
                    STATE,
                    "Those who ignored the safety rules will be held to account for each fish "
                    "that died.",
                    "Hanna Voss",
                )
            ],
        ),
    ]


DERIVED = Article(
    "summary",
    "Crews removed 40 tonnes of sludge from the Ossel river this week. "
    "Roughly 88,000 pounds of sludge were hauled out in all.\n"
    "The spill killed 30,000 fish along the river, the water board said. "
    "The Kestrel mill employs 600 people.\n"
    "Seven of the nine workers treated for fumes went home.\n"
    "Mayor Hanna Voss vowed to “find out who cut corners”. "
    '"We will find out who cut corners ... they will pay for every fish," she said.\n'
    "“Whoever ignored the safety rules will be held responsible for each dead fish,” "
    "Voss told a press conference.\n"
    '"The water is safe to drink, and residents should not worry," Voss said.\n'
    '"We saw this coming for years," said one resident.\n',
)


def derived() -> Analysis:
    """The analysed summary, with one figure or quote per phenomenon."""
    return analysis(
        DERIVED,
        quotes=[
            quote(DERIVED, "find out who cut corners", "Hanna Voss"),
            quote(
                DERIVED,
                "We will find out who cut corners ... they will pay for every fish,",
                "Hanna Voss",
            ),
            quote(
                DERIVED,
                "Whoever ignored the safety rules will be held responsible for each dead fish,",
                "Hanna Voss",
            ),
            quote(
                DERIVED, "The water is safe to drink, and residents should not worry,", "Hanna Voss"
            ),
            quote(DERIVED, "We saw this coming for years,", None),
        ],
        figures=[
            figure(DERIVED, "40 tonnes", "40", "t", noun="sludge"),
            figure(
                DERIVED, "Roughly 88,000 pounds", "88000", "lb", approx="roughly", noun="sludge"
            ),
            figure(DERIVED, "30,000", "30000", None, noun="fish"),
            figure(DERIVED, "600", "600", None, noun="people"),
            figure(DERIVED, "Seven", "7", None, noun="workers"),
            figure(DERIVED, "nine", "9", None, noun="workers"),
        ],
    )
