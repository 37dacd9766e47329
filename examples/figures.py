"""Print every figure of an article with its value, unit, interval and hedge.

Run: python examples/figures.py [ARTICLE.txt [YEAR]]
Without arguments it reads a short built-in article.
"""

import sys
from pathlib import Path

from provenance import Figure
from provenance.extract.figures import find_figures

TEXT = (
    "VALENCIA, Spain — Customs officers seized 12 kilograms, or about 26 pounds, of a "
    "synthetic opioid in August 2025, the port authority said on Nov 4, 2025.\n\n"
    "The powder was 50 to 100 times stronger than morphine and worth roughly $3bn. "
    "Nine defendants, aged between 23 and 58, face from six months to 10 years in prison. "
    "More than 1,200 officers took part; about 60% of the cargo was searched.\n\n"
    "© 2025 Levante Wire. Call (555) 010-7788."
)


def describe(figure: Figure) -> str:
    """One line: span, value (or range), unit, kind, hedge, interval, noun, links."""
    if figure.dates is not None:
        first, last = figure.dates
        value = first.isoformat() if first == last else f"{first.isoformat()}..{last.isoformat()}"
    else:
        value = str(figure.value) if figure.high is None else f"{figure.value}..{figure.high}"
    parts = [
        f"{figure.span.start:>5}-{figure.span.end:<5}",
        f"{figure.text!r:34}",
        f"value={value}",
        f"unit={figure.unit or '-'}",
        f"kind={figure.kind.value}",
        f"hedge={figure.approx or '-'}",
        f"precision={figure.precision}",
        f"interval=[{figure.interval}]",
    ]
    if figure.noun:
        parts.append(f"noun={figure.noun!r}")
    if figure.same_as is not None:
        parts.append(f"same_as={figure.same_as.start}-{figure.same_as.end}")
    return "  ".join(parts)


def main() -> None:
    """Read the article named on the command line (or the built-in one) and print its figures."""
    text = Path(sys.argv[1]).read_text(encoding="utf-8") if len(sys.argv) > 1 else TEXT
    year = int(sys.argv[2]) if len(sys.argv) > 2 else 2025
    figures = find_figures(text, year=year)
    print(f"{len(figures)} figures")
    for figure in figures:
        print(describe(figure))
    kilos, pounds = figures[0], figures[1]
    if len(sys.argv) == 1:
        print(f"\n{kilos.text!r} and {pounds.text!r} compatible: {kilos.compatible(pounds)}")


if __name__ == "__main__":
    main()
