"""Load the labelled corpus's figure annotations and score :func:`find_figures` on them.

Run ``python -m tests.corpus_figures`` for precision and recall and every miss.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from provenance.extract.figures import find_figures
from provenance.model.figure import Figure

CORPUS = Path(__file__).resolve().parent / "corpus"


class Expected(NamedTuple):
    """One annotated figure, resolved to its span."""

    article: str
    start: int
    end: int
    text: str
    occurrence: int
    value: Decimal
    high: Decimal | None
    unit: str | None
    kind: str
    approx: str | None
    noun: str | None


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    found = []
    index = text.find(needle)
    while index >= 0:
        found.append((index, index + len(needle)))
        index = text.find(needle, index + 1)
    return found


def _value(raw: str | None, kind: str) -> Decimal | None:
    if raw is None:
        return None
    if kind == "date":
        return Decimal(datetime.date.fromisoformat(raw).toordinal())
    if "/" in raw:
        top, bottom = raw.split("/")
        return Decimal(top) / Decimal(bottom)
    return Decimal(raw)


def articles() -> list[tuple[str, str, dict[str, Any]]]:
    """Every ``(id, text, annotations)`` of the corpus, text read with its exact bytes."""
    found = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        found.append((data["id"], text, data))
    return found


#: Publication years, read from each article's dateline, stamps or copyright line (the
#: corpus files carry no publication date; year-less dates take this year).
YEARS: dict[str, int] = {
    "bregnaz-translated-07": 2026,
    "brussels-wire-13": 2026,
    "calderana-business-11": 2026,
    "cleartide-release-12": 2026,
    "hexham-broadsheet-15": 2026,
    "millbrook-sports-16": 2026,
    "ogallala-broadsheet-14": 2026,
    "dublin-court-05": 2022,
    "kingman-localtv-08": 2026,
    "lisbon-wire-01": 2024,
    "malaria-science-06": 2026,
    "port-adair-broadsheet-02": 2025,
    "qinghe-state-03": 2026,
    "skylark-webscrape-09": 2026,
    "wexham-aggregator-04": 2025,
}


def year_of(data: dict[str, Any]) -> int | None:
    """The article's publication year, if known (see :data:`YEARS`)."""
    return YEARS.get(data["id"])


def expected(article: str, text: str, data: dict[str, Any]) -> list[Expected]:
    """The annotated figures of one article."""
    rows = []
    for item in data["figures"]:
        start, end = _spans(text, item["text"])[item["occurrence"]]
        value = _value(item["value"], item["kind"])
        assert value is not None
        rows.append(
            Expected(
                article,
                start,
                end,
                item["text"],
                item["occurrence"],
                value,
                _value(item["high"], item["kind"]),
                item["unit"],
                item["kind"],
                item["approx"],
                item["noun"],
            )
        )
    return rows


def label_spans(text: str, items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Spans of ``not_figures`` or ``ambiguous_figures`` labels."""
    return [_spans(text, item["text"])[item["occurrence"]] for item in items]


def problems(want: Expected, got: Figure | None) -> list[str]:
    """What differs between an annotated figure and the one found at its span."""
    if got is None:
        return ["not found"]
    wrong = []
    for name, mine in (
        ("value", got.value),
        ("high", got.high),
        ("unit", got.unit),
        ("kind", got.kind.value),
        ("approx", got.approx),
        ("noun", got.noun),
    ):
        theirs = getattr(want, name)
        if isinstance(mine, Decimal) and isinstance(theirs, Decimal):
            if abs(mine - theirs) > Decimal("1e-20"):
                wrong.append(f"{name} {mine} != {theirs}")
        elif mine != theirs:
            wrong.append(f"{name} {mine!r} != {theirs!r}")
    return wrong


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def score() -> tuple[int, int, int, list[str]]:
    """``(right, found, annotated, lines)``: right = span, value and unit all right.

    Found figures overlapping an ambiguous label are not counted.
    """
    right = found_count = annotated = 0
    lines = []
    for article, text, data in articles():
        figures = find_figures(text, year=year_of(data))
        by_span = {(f.span.start, f.span.end): f for f in figures}
        wants = expected(article, text, data)
        ambiguous = label_spans(text, data.get("ambiguous_figures", []))
        annotated += len(wants)
        want_spans = {(w.start, w.end) for w in wants}
        for want in wants:
            got = by_span.get((want.start, want.end))
            issues = problems(want, got)
            core = [i for i in issues if i.split()[0] in ("not", "value", "unit", "high")]
            if got is not None and not core:
                right += 1
            if issues:
                lines.append(f"MISS {article} {want.text!r}#{want.occurrence}: {'; '.join(issues)}")
        for figure in figures:
            span = (figure.span.start, figure.span.end)
            if span not in want_spans and _overlaps(span, ambiguous):
                continue
            found_count += 1
            if span not in want_spans:
                what = f"{figure.text!r} {figure.value} {figure.unit} {figure.kind.value}"
                lines.append(f"EXTRA {article} {what}")
    return right, found_count, annotated, lines


if __name__ == "__main__":
    right, found_count, annotated, lines = score()
    print("\n".join(lines))
    print(
        f"precision {right}/{found_count} = {right / found_count:.3f}; "
        f"recall {right}/{annotated} = {right / annotated:.3f}"
    )
