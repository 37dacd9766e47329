"""Compare our sentence splitter with syntok and pySBD on the corpus's tricky sentences.

Plain script: ``python benchmarks/compare_splitters.py`` (syntok and pysbd are optional;
``pip install syntok pysbd``). A labelled sentence counts as right when the splitter
returns exactly its span. Prints accuracy and MB/s per splitter (ours includes pairing
the quotation marks, which it needs to keep quotations whole).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from provenance.extract.quotes import find_marked
from provenance.extract.sentences import find_paragraphs, split_sentences

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
Splitter = Callable[[str], list[tuple[int, int]]]


def ours(text: str) -> list[tuple[int, int]]:
    paragraphs = find_paragraphs(text)
    quoted = [m.outer for m in find_marked(text, paragraphs)]
    return [(s.start, s.end) for s in split_sentences(text, paragraphs, protected=quoted)]


def syntok_spans(text: str) -> list[tuple[int, int]]:
    import syntok.segmenter as segmenter

    spans = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            spans.append((start, end))
    return spans


def pysbd_spans(text: str) -> list[tuple[int, int]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", char_span=True, clean=False)
    spans = []
    for span in segmenter.segment(text):
        piece = text[span.start : span.end]
        start = span.start + len(piece) - len(piece.lstrip())
        spans.append((start, span.start + len(piece.rstrip())))
    return spans


def main() -> None:
    articles = []
    for path in sorted(CORPUS.glob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_bytes().decode("utf-8")
        expected = []
        for label in labels.get("sentences", []):
            start = -1
            for _ in range(label["occurrence"] + 1):
                start = text.find(label["text"], start + 1)
            expected.append((start, start + len(label["text"])))
        articles.append((text, expected))
    size = sum(len(text) for text, _ in articles) / 1e6
    splitters: dict[str, Splitter] = {"provenance": ours}
    try:
        import syntok  # noqa: F401

        splitters["syntok"] = syntok_spans
    except ImportError:
        pass
    try:
        import pysbd  # noqa: F401

        splitters["pysbd"] = pysbd_spans
    except ImportError:
        pass
    print(f"{'splitter':12} {'right':>7} {'of':>4} {'accuracy':>8} {'MB/s':>7}")
    for name, split in splitters.items():
        right = total = 0
        start = time.perf_counter()
        results = [set(split(text)) for text, _ in articles]
        seconds = time.perf_counter() - start
        for found, (_, expected) in zip(results, articles, strict=True):
            total += len(expected)
            right += sum(span in found for span in expected)
        print(f"{name:12} {right:7} {total:4} {right / total:8.3f} {size / seconds:7.2f}")


if __name__ == "__main__":
    main()
