"""Check latency against corpus size: 1k, 10k and 100k generated source sentences.

The sources are generated news articles (20 one-line paragraphs each) from
templates written for this benchmark, with a large vocabulary of generated names
and places, as real news has: a check should start from rare words and never scan
every sentence. Generation is deterministic and each corpus is a prefix of the
next, so the checked text's copied sentences are in every corpus.

For each size: the time to build the :class:`~provenance.trace.Corpus` (analysis
and index of every source), its peak traced memory (:mod:`tracemalloc`, in a
second build, since tracing slows allocation), and the median latency of
``corpus.check`` on one pre-analysed derived article (after one warm-up check),
whose figures and quotes are copied, changed or invented.

Run alone: ``python -m benchmarks.scale [--sizes 1000,10000,100000]``.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["SIZES", "derived_text", "generate_articles", "measure_size", "plot"]

SIZES: tuple[int, ...] = (1_000, 10_000, 100_000)
SENTENCES_PER_ARTICLE = 20

_ONSETS = ("b", "br", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ei", "ou")
_CODAS = ("", "n", "r", "l", "s", "th", "nd", "rk", "m")
_FIRST = ("Ana", "Tomas", "Mira", "Jonah", "Leila", "Oren", "Priya", "Kasper", "Ines", "Dara")
_AGENCIES = ("ministry", "port authority", "fire service", "water board", "council", "agency")
_GOODS = ("grain", "diesel", "timber", "copper", "rice", "cement", "medicine", "fertiliser")
_EVENTS = ("flood", "storm", "landslide", "blackout", "strike", "fire", "outbreak", "collapse")
_NOUNS = ("residents", "workers", "families", "vehicles", "schools", "homes", "patients")
_UNITS = ("kilograms", "tonnes", "litres", "kilometres", "hours", "days")
_MONTHS = ("January", "March", "April", "June", "August", "October", "December")
_VERBS = ("rebuild", "reopen", "inspect", "repair", "replace", "reroute", "protect")

#: Sentence templates (every figure and quote a check would look up).
TEMPLATES: tuple[str, ...] = (
    "{person} said the {agency} moved {n} {unit} of {goods} to {place} by {month}.",
    "Officials in {place} counted {n} {noun} after the {event} on {month} {day}.",
    '"We will {verb} the {goods} depot in {place} within {k} days," {person} told reporters.',
    "The {agency} said {pct} percent of the {noun} in {place} had no power.",
    "About {n} {noun} left {place} as the {event} spread toward {place2}.",
    "{person}, {age}, runs the {agency} office in {place} and has done so since {year}.",
    '"The {event} cost us {k} million dollars and {n} {noun}," said {person}.',
    "Crews from {place} cleared {n} {unit} of debris in {k} hours, the {agency} said.",
)


def _word(rng: random.Random) -> str:
    syllables = rng.randint(2, 3)
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _sentence(rng: random.Random, names: Sequence[str], places: Sequence[str]) -> str:
    template = rng.choice(TEMPLATES)
    return template.format(
        person=f"{rng.choice(_FIRST)} {rng.choice(names)}",
        agency=rng.choice(_AGENCIES),
        goods=rng.choice(_GOODS),
        event=rng.choice(_EVENTS),
        noun=rng.choice(_NOUNS),
        unit=rng.choice(_UNITS),
        month=rng.choice(_MONTHS),
        verb=rng.choice(_VERBS),
        place=rng.choice(places),
        place2=rng.choice(places),
        n=f"{rng.randint(2, 90_000):,}",
        k=rng.randint(2, 60),
        pct=rng.randint(2, 98),
        day=rng.randint(1, 28),
        age=rng.randint(25, 80),
        year=rng.randint(1990, 2024),
    )


def generate_articles(sentences: int, *, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of generated source articles holding ``sentences`` sentences in all.

    Example:
        >>> [article_id for article_id, _ in generate_articles(45)]
        ['gen-00000', 'gen-00001', 'gen-00002']
    """
    rng = random.Random(seed)
    names = [_word(rng) for _ in range(5000)]
    places = [_word(rng) for _ in range(3000)]
    number = 0
    left = sentences
    while left > 0:
        count = min(SENTENCES_PER_ARTICLE, left)
        lines = [_sentence(rng, names, places) for _ in range(count)]
        yield f"gen-{number:05d}", "\n".join(lines) + "\n"
        number += 1
        left -= count


def derived_text(first_article: str) -> str:
    """A text derived from the first generated article: copied, changed and invented parts.

    Its first three sentences are copied; the next two have their numbers changed
    (conflicts); then come an invented figure and an invented quote.
    """
    lines = first_article.splitlines()
    copied = lines[:3]
    changed = [_change_numbers(line) for line in lines[3:5]]
    invented = [
        "A spokesman for the harbour said 4,321 sheep crossed the new bridge on Friday.",
        '"Nobody here has ever seen a summer like this one," said Quill Ambersley.',
    ]
    return "\n".join([*copied, *changed, *invented]) + "\n"


def _change_numbers(line: str) -> str:
    out = []
    for char in line:
        out.append(str((int(char) + 3) % 10) if char.isdigit() else char)
    return "".join(out)


def measure_size(sentences: int, *, checks: int = 5, memory: bool = True) -> dict[str, Any]:
    """Build a corpus of ``sentences`` generated sentences and time checks against it."""
    import provenance.extract
    import provenance.trace

    Article = provenance.Article
    analyze = provenance.extract.analyze
    Corpus = provenance.trace.Corpus

    articles = [Article(article_id, text) for article_id, text in generate_articles(sentences)]
    derived = analyze(Article("derived", derived_text(articles[0].text)))
    gc.collect()
    started = time.perf_counter()
    corpus = Corpus(articles)
    build = time.perf_counter() - started
    corpus.check(derived)  # warm-up
    latencies = []
    for _ in range(checks):
        started = time.perf_counter()
        report = corpus.check(derived)
        latencies.append(time.perf_counter() - started)
    result: dict[str, Any] = {
        "sentences": sentences,
        "articles": len(articles),
        "indexed_sentences": corpus.sentence_count,
        "mb": sum(len(a.text.encode("utf-8")) for a in articles) / 1e6,
        "build_s": build,
        "check_ms": statistics.median(latencies) * 1000,
        "check_ms_all": [t * 1000 for t in latencies],
        "verdicts": {verdict.value: count for verdict, count in report.counts.items()},
    }
    del corpus
    gc.collect()
    if memory:
        tracemalloc.start()
        corpus = Corpus(articles)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del corpus
        gc.collect()
        result["peak_mib"] = peak / 2**20
    return result


def plot(results: Sequence[dict[str, Any]], out: Path) -> None:
    """Draw check latency, build time and peak memory against corpus size into a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    sizes = [r["sentences"] for r in results]
    thousands = FuncFormatter(lambda x, _: f"{x:,.0f}")
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2), constrained_layout=True)
    latency = [r["check_ms"] for r in results]
    left.plot(sizes, latency, "o-", color="tab:blue", label="check latency (median)")
    left.axhline(2 * latency[0], color="tab:red", ls="--", lw=1, label="target: 2× the smallest")
    for size, ms in zip(sizes, latency, strict=True):
        left.annotate(
            f"{ms:.1f} ms", (size, ms), textcoords="offset points", xytext=(0, 8), ha="center"
        )
    left.set_xscale("log")
    left.margins(x=0.15)
    left.xaxis.set_major_formatter(thousands)
    left.set_ylim(bottom=0, top=max(*latency, 2 * latency[0]) * 1.3)
    left.set_xlabel("source sentences in the corpus")
    left.set_ylabel("Corpus.check latency (ms)")
    left.set_title("Check latency against corpus size")
    left.legend(loc="upper left")
    left.grid(True, alpha=0.3)
    build = [r["build_s"] for r in results]
    right.plot(sizes, build, "s-", color="tab:orange", label="build: analysis + index (s)")
    right.set_xscale("log")
    right.set_yscale("log")
    right.margins(x=0.15, y=0.2)
    right.xaxis.set_major_formatter(thousands)
    right.set_xlabel("source sentences in the corpus")
    right.set_ylabel("Corpus build time (s)")
    right.set_title("Index build time and peak traced memory")
    right.grid(True, alpha=0.3)
    handles, labels = right.get_legend_handles_labels()
    if all("peak_mib" in r for r in results):
        memory = right.twinx()
        peaks = [r["peak_mib"] for r in results]
        memory.plot(sizes, peaks, "^--", color="tab:green", label="peak traced memory (MiB)")
        memory.set_yscale("log")
        memory.margins(y=0.2)
        memory.set_ylabel("peak traced memory (MiB)")
        more_handles, more_labels = memory.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
    for size, seconds in zip(sizes, build, strict=True):
        right.annotate(
            f"{seconds:.1f} s",
            (size, seconds),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
        )
    right.legend(handles, labels, loc="upper left")
    fig.savefig(out, dpi=110)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc build")
    parser.add_argument("--plot", type=Path, default=None, help="write the PNG here")
    args = parser.parse_args(argv)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.append(measure_size(size, memory=not args.no_memory))
        print(json.dumps(results[-1]), flush=True)
    if args.plot is not None:
        plot(results, args.plot)


if __name__ == "__main__":
    main()
