"""Quote precision and recall, kind and speaker accuracy of analyze() on tests/corpus.

Plain script: ``python benchmarks/eval_quotes.py [-v]`` prints one row per article
and a total; ``-v`` also lists every miss, every extra quote and every wrong label.

A found quote matches an expected one when their spans are equal. Speaker, kind,
source and cue accuracy are computed over the matched quotes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from provenance import Article
from provenance.extract import analyze

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def occurrence(text: str, needle: str, index: int) -> tuple[int, int]:
    start = -1
    for _ in range(index + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise LookupError(f"{needle!r} occurrence {index} not found")
    return start, start + len(needle)


def evaluate(verbose: bool) -> dict[str, int]:
    totals = dict.fromkeys(
        ["expected", "found", "matched", "kind", "speaker", "source", "cue", "sent", "sent_ok"],
        0,
    )
    print(f"{'article':28} {'exp':>4} {'found':>5} {'match':>5} {'kind':>4} {'spkr':>4}")
    for path in sorted(CORPUS.glob("*.json")):
        labels: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        analysis = analyze(Article(labels["id"], text))
        found = {(q.span.start, q.span.end): q for q in analysis.quotes}
        expected = {occurrence(text, q["text"], q["occurrence"]): q for q in labels["quotes"]}
        row = dict.fromkeys(totals, 0)
        row["expected"], row["found"] = len(expected), len(found)
        for span, label in expected.items():
            quote = found.get(span)
            if quote is None:
                if verbose:
                    print(f"  MISS  {label['text'][:70]!r}")
                continue
            row["matched"] += 1
            attribution = quote.attribution
            got = {
                "kind": quote.kind.value,
                "speaker": quote.speaker,
                "source": attribution.source_text if attribution else None,
                "cue": attribution.cue_text if attribution else None,
            }
            for key in ("kind", "speaker", "source", "cue"):
                if got[key] == label[key]:
                    row[key] += 1
                elif verbose:
                    quoted = label["text"][:50]
                    print(f"  {key.upper():6}{quoted!r}: {got[key]!r} != {label[key]!r}")
        for span, quote in found.items():
            if span not in expected and verbose:
                print(f"  EXTRA {quote.text[:70]!r} ({quote.kind.value}, {quote.speaker})")
        sentences = {s.text for s in analysis.sentences}
        for label in labels.get("sentences", []):
            row["sent"] += 1
            if label["text"] in sentences:
                row["sent_ok"] += 1
            elif verbose:
                print(f"  SENT  {label['text'][:90]!r}")
        for key in totals:
            totals[key] += row[key]
        print(
            f"{labels['id']:28} {row['expected']:4} {row['found']:5} {row['matched']:5} "
            f"{row['kind']:4} {row['speaker']:4}"
        )
    matched = totals["matched"]
    print()
    print(f"quote precision  {matched / max(1, totals['found']):.3f} ({matched}/{totals['found']})")
    print(f"quote recall     {matched / max(1, totals['expected']):.3f} "
          f"({matched}/{totals['expected']})")  # fmt: skip
    for key in ("kind", "speaker", "source", "cue"):
        print(f"{key:6} accuracy  {totals[key] / max(1, matched):.3f} ({totals[key]}/{matched})")
    print(f"tricky sentences {totals['sent_ok'] / max(1, totals['sent']):.3f} "
          f"({totals['sent_ok']}/{totals['sent']})")  # fmt: skip
    return totals


if __name__ == "__main__":
    evaluate("-v" in sys.argv)
