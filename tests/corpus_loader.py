"""Load the labelled corpus (tests/corpus) with every label resolved to a span.

Test modules can ``from corpus_loader import labelled_articles`` (pytest puts ``tests/`` on
``sys.path``) and assert their extractor's output against the labels:

>>> article = load_labelled("lisbon-wire-01")
>>> quote = article.quotes[0]
>>> article.text[quote.start : quote.end] == quote.text
True
>>> quote.speaker
'Ana Ruiz'

Spans are half-open code-point offsets into the exact text of the ``.txt`` file, read
as bytes and decoded as UTF-8, with no newline translation (CRLF files keep their carriage returns).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass(frozen=True)
class Label:
    """One labelled span: ``text == article_text[start:end]`` plus the label's fields.

    ``fields`` holds everything else of the label (``kind``, ``speaker``, ``value``, ...).
    """

    text: str
    start: int
    end: int
    fields: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        """Label fields as attributes: ``label.speaker``, ``label.value``."""
        try:
            return self.__dict__["fields"][name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True)
class LabelledArticle:
    """A corpus article: its exact text, metadata and resolved labels."""

    id: str
    text: str
    style: str
    publisher: str
    title: str | None
    sentences: tuple[Label, ...]
    quotes: tuple[Label, ...]
    not_quotes: tuple[Label, ...]
    figures: tuple[Label, ...]
    ambiguous_figures: tuple[Label, ...]
    not_figures: tuple[Label, ...]


def find_occurrence(text: str, needle: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th match of ``needle`` (0-based, overlapping counted).

    >>> find_occurrence("aaa", "aa", 1)
    1
    """
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(needle, at + 1)
        if at == -1:
            raise LookupError(f"{needle!r} has no occurrence {occurrence}")
    return at


def corpus_ids() -> list[str]:
    """Ids of all labelled articles, sorted.

    >>> "lisbon-wire-01" in corpus_ids()
    True
    """
    return sorted(p.stem for p in CORPUS.glob("*.json"))


def _labels(text: str, entries: list[dict[str, Any]]) -> tuple[Label, ...]:
    labels = []
    for entry in entries:
        start = find_occurrence(text, entry["text"], entry["occurrence"])
        fields = {k: v for k, v in entry.items() if k not in ("text", "occurrence")}
        labels.append(Label(entry["text"], start, start + len(entry["text"]), fields))
    return tuple(sorted(labels, key=lambda label: (label.start, label.end)))


def load_labelled(article_id: str) -> LabelledArticle:
    """The article ``article_id`` with its labels resolved and sorted by span."""
    text = (CORPUS / f"{article_id}.txt").read_bytes().decode("utf-8")
    with (CORPUS / f"{article_id}.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return LabelledArticle(
        id=data["id"],
        text=text,
        style=data["style"],
        publisher=data["publisher"],
        title=data["title"],
        sentences=_labels(text, data["sentences"]),
        quotes=_labels(text, data["quotes"]),
        not_quotes=_labels(text, data["not_quotes"]),
        figures=_labels(text, data["figures"]),
        ambiguous_figures=_labels(text, data["ambiguous_figures"]),
        not_figures=_labels(text, data["not_figures"]),
    )


def labelled_articles() -> list[LabelledArticle]:
    """Every labelled article of the corpus, sorted by id."""
    return [load_labelled(article_id) for article_id in corpus_ids()]
