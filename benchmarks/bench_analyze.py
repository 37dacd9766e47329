"""Throughput of ``analyze()`` on news-like and adversarial text, at 1 MB and 2 MB.

Plain script: ``python benchmarks/bench_analyze.py [MB]`` prints one row per input
with MB/s at 1x and 2x the size and the time ratio 2x/1x (about 2 when linear).
Best of 3 runs each; compare ratios, not absolute numbers, on noisy machines.
Optionally compares the sentence splitter with syntok/pysbd if installed.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable

from provenance.extract import analyze
from provenance.extract.sentences import split_sentences

WORDS = (
    "the", "court", "ministry", "officials", "said", "on", "Thursday", "that", "about", "12",
    "kilograms", "of", "drug", "were", "seized", "in", "a", "joint", "investigation", "with",
    "U.S.", "agencies", "and", "police", "Xingtai", "while", "prosecutors", "added", "nine",
    "defendants", "had", "been", "sentenced",
)  # fmt: skip
NAMES = ("Ana Ruiz", "Yu Haibin", "Dr. Lena Park", "the deputy director", "a senior official")
CUES = ("said", "told reporters", "added", "noted", "wrote")


def news_like(size: int, seed: int = 7) -> str:
    """Paragraphs of made-up news prose with quotes, cues, abbreviations and figures."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 25)))
        name = rng.choice(NAMES)
        cue = rng.choice(CUES)
        kind = rng.randrange(4)
        if kind == 0:
            paragraph = f"“{words.capitalize()},” {name} {cue}. “It was 5.87 kg.”"
        elif kind == 1:
            paragraph = f"{name.capitalize()} {cue} the plan was “{words}.”"
        elif kind == 2:
            paragraph = f"{words.capitalize()}, according to {name}. Mr. Yu met U.S. envoys."
        else:
            paragraph = f"{words.capitalize()} in a “phase one” deal known as “Ghost”."
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "news-like": news_like,
    "no punctuation": lambda n: ("word " * (n // 5 + 1))[:n],
    "double marks": lambda n: "“" * n,
    "straight marks": lambda n: '"' * n,
    "apostrophes": lambda n: "'" * n,
    "marks and words": lambda n: ('"a" ' * (n // 4 + 1))[:n],
    "said said": lambda n: ("he said " * (n // 8 + 1))[:n],
    "quotes and cues": lambda n: ('"Go," he said, "now" ' * (n // 20 + 1))[:n],
    "digits and dots": lambda n: ("1.2. " * (n // 5 + 1))[:n],
    "digits with separators": lambda n: ("12,345,678 " * (n // 11 + 1))[:n],
    "1,1,1": lambda n: ("1," * (n // 2 + 1))[:n],
    "one huge sentence": lambda n: ("the court said about 12 kilograms, " * (n // 35 + 1))[:n],
    "spaces": lambda n: " " * n,
    "capitals": lambda n: ("Ana Ruiz " * (n // 9 + 1))[:n],
    "newlines": lambda n: ("“a\n" * (n // 3 + 1))[:n],
}


def best_of(runs: int, function: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    size = int(megabytes * 1_000_000)
    print(f"{'input':18} {'MB/s @1x':>9} {'MB/s @2x':>9} {'ratio 2x/1x':>11}")
    for name, make in ADVERSARIAL.items():
        one, two = make(size), make(2 * size)
        t1 = best_of(3, lambda one=one: analyze(one))  # type: ignore[misc]
        t2 = best_of(3, lambda two=two: analyze(two))  # type: ignore[misc]
        print(f"{name:18} {megabytes / t1:9.2f} {2 * megabytes / t2:9.2f} {t2 / t1:11.2f}")
    text = news_like(200_000)
    t = best_of(3, lambda: split_sentences(text))
    print(f"\nsentence splitter alone on news-like text: {0.2 / t:.2f} MB/s")
    try:
        import syntok.segmenter as segmenter

        t = best_of(1, lambda: list(segmenter.analyze(text)))
        print(f"syntok analyze on the same text:           {0.2 / t:.2f} MB/s")
    except ImportError:
        pass
    try:
        import pysbd

        sample = text[:50_000]
        t = best_of(1, lambda: pysbd.Segmenter(language="en", char_span=True).segment(sample))
        print(f"pysbd char_span on 50 kB of it:            {0.05 / t:.2f} MB/s")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
