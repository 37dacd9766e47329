"""Print every quote of an article with its kind, speaker, source, cue and offsets.

Usage: ``python examples/quotes.py [path/to/article.txt]``. Without a path, a short
article written for this example is used. Offsets are half-open code-point indices.
"""

from __future__ import annotations

import sys
from pathlib import Path

from provenance import Article
from provenance.extract import analyze

SAMPLE = """\
Harbour reopens after storm, mayor says
By Tom Reyes

KESTREL BAY — The harbour reopened on Friday, three days after a storm sank 14 boats.

“We lost a season’s work in one night,” said Mayor Ines Soto, who toured the docks at dawn. \
“But nobody was hurt, and that is what counts.”

Soto said repairs would cost about $2 million. The coast guard called the rescue \
“textbook,” and fishermen known as the “Dawn Crew” were first back at sea.

“The insurers have been quick,” she added.

“We will rebuild the north pier first.
“Then the rest, one plank at a time.”
"""


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
        article = Article(path.stem, path.read_bytes().decode("utf-8"))
    else:
        article = Article("sample", SAMPLE)
    analysis = analyze(article)
    for quote in analysis.quotes:
        attribution = quote.attribution
        source = attribution.source_text if attribution else None
        cue = attribution.cue_text if attribution else None
        print(f"[{quote.span.start}:{quote.span.end}] {quote.kind.value:7} {quote.text!r}")
        print(f"    speaker={quote.speaker!r} source={source!r} cue={cue!r}")
    reported = [
        a for a in analysis.attributions if a.content not in {q.span for q in analysis.quotes}
    ]
    if reported:
        print("\nReported speech:")
    for attribution in reported:
        content = analysis.article.slice(attribution.content)
        print(f"[{attribution.content.start}:{attribution.content.end}] {content!r}")
        print(f"    speaker={attribution.speaker!r} source={attribution.source_text!r} "
              f"cue={attribution.cue_text!r}")  # fmt: skip


if __name__ == "__main__":
    main()
