"""Benchmark: index build time, peak memory and per-article check latency vs corpus size.

Sources are generated directly as analyses (sentences, quotes with speakers, figures
with nouns), so the benchmark measures tracing alone, not extraction. The checked
article mixes copied, converted, contradicted and invented figures and copied,
reworded, misattributed and invented quotes. A flat latency column is the point.

Run: ``python benchmarks/bench_check.py [sizes...]`` (default 1000 10000 100000).
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import tracemalloc

from provenance import Analysis, Article, Attribution, Figure, Quote, Sentence
from provenance.trace import Corpus

SENTENCES_PER_ARTICLE = 20
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vo",
    "pi",
    "da",
    "gu",
    "fe",
    "ho",
    "ji",
    "ly",
    "ze",
    "wa",
    "bo",
    "ce",
    "ni",
]
NAMES = ["Ana Ruiz", "Ole Brandt", "Hanna Voss", "Yu Min", "Tom Hale", "Ines Pardo"]


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    words = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def zipf_words(rng: random.Random, vocab: list[str], n: int) -> list[str]:
    """Words with a Zipf-like distribution: a few very common, most rare."""
    return [vocab[min(int(rng.paretovariate(0.6)) - 1, len(vocab) - 1)] for _ in range(n)]


def article(rng: random.Random, vocab: list[str], number: int) -> Analysis:
    parts: list[str] = []
    marks: list[tuple[str, int, int, str | None]] = []  # kind, start, end, extra
    cursor = 0
    for index in range(SENTENCES_PER_ARTICLE):
        words = zipf_words(rng, vocab, rng.randint(12, 24))
        if index % 5 == 2:
            body = " ".join(words).capitalize()
            speaker = rng.choice(NAMES)
            sentence = f"“{body},” said {speaker}."
            marks.append(("quote", cursor + 1, cursor + 1 + len(body), speaker))
        elif index % 3 == 0:
            value = rng.randint(2, 900)
            noun = rng.choice(vocab[200:5000])
            head = " ".join(words[:6]).capitalize()
            figure = f"{value} kilograms"
            sentence = f"{head} {figure} of {noun} {' '.join(words[6:])}."
            start = cursor + len(head) + 1
            marks.append(("figure", start, start + len(figure), f"{value}|{noun}"))
        else:
            sentence = " ".join(words).capitalize() + "."
        marks.append(("sentence", cursor, cursor + len(sentence), None))
        parts.append(sentence)
        cursor += len(sentence) + 1
    text = "\n".join(parts) + "\n"
    art = Article(f"src-{number}", text)
    sentences, quotes, figures = [], [], []
    for kind, start, end, extra in marks:
        if kind == "sentence":
            sentences.append(Sentence.at(art, start, end))
        elif kind == "quote":
            attribution = Attribution(content=art.span(start, end), speaker=extra)
            quotes.append(Quote.at(art, start, end, attribution=attribution))
        else:
            assert extra is not None
            value, noun = extra.split("|")
            figures.append(
                Figure.at(art, start, end, value=value, unit="kg", kind="mass", noun=noun)
            )
    return Analysis(article=art, sentences=sentences, quotes=quotes, figures=figures)


def derived_from(rng: random.Random, sources: list[Analysis]) -> Analysis:
    """A summary: copied and altered figures and quotes from a few sources, plus inventions."""
    picked = rng.sample(sources, 4)
    parts: list[str] = []
    quotes, figures = [], []
    spans: list[tuple[str, int, int, object]] = []
    cursor = 0
    for number, source in enumerate(picked):
        quote = source.quotes[0]
        text = quote.text if number % 2 == 0 else quote.text.upper()
        speaker = quote.speaker if number != 1 else "Somebody Else"
        sentence = f"“{text}” said {speaker}."
        spans.append(("quote", cursor + 1, cursor + 1 + len(text), speaker))
        parts.append(sentence)
        cursor += len(sentence) + 1
        figure = source.figures[0]
        covering = source.covering(source.sentences, figure.span)[0]
        value = figure.value if number % 2 == 0 else figure.value * 7
        before = source.text[covering.span.start : figure.span.start]
        after = source.text[figure.span.end : covering.span.end]
        written = f"{value} kilograms"
        sentence = f"{before}{written}{after}"
        start = cursor + len(before)
        spans.append(("figure", start, start + len(written), (value, figure.noun)))
        parts.append(sentence)
        cursor += len(sentence) + 1
    invented = "Nobody ever said these particular words in any source at all."
    spans.append(("quote", cursor + 1, cursor + 1 + len(invented), "Ana Ruiz"))
    parts.append(f"“{invented}” said Ana Ruiz.")
    text = "\n".join(parts) + "\n"
    art = Article("summary", text)
    for kind, start, end, extra in spans:
        if kind == "quote":
            assert isinstance(extra, str)
            attribution = Attribution(content=art.span(start, end), speaker=extra)
            quotes.append(Quote.at(art, start, end, attribution=attribution))
        else:
            value, noun = extra  # type: ignore[misc]
            figures.append(
                Figure.at(art, start, end, value=value, unit="kg", kind="mass", noun=noun)
            )
    return Analysis(article=art, quotes=quotes, figures=figures)


def measure(size: int) -> dict[str, float]:
    rng = random.Random(size)
    vocab = vocabulary(rng)
    sources = [article(rng, vocab, i) for i in range(size // SENTENCES_PER_ARTICLE)]
    derived = derived_from(rng, sources)
    started = time.perf_counter()
    corpus = Corpus(sources)
    build = time.perf_counter() - started
    timings = []
    for _ in range(7):
        started = time.perf_counter()
        report = corpus.check(derived)
        timings.append(time.perf_counter() - started)
    del corpus
    tracemalloc.start()
    corpus = Corpus(sources)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "sentences": corpus.sentence_count,
        "build_s": build,
        "peak_mib": peak / 2**20,
        "check_ms": statistics.median(timings) * 1000,
        "findings": len(report),
        "counts": " ".join(f"{v.value[:4]}={n}" for v, n in report.counts.items()),  # type: ignore[dict-item]
    }


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1_000, 10_000, 100_000]
    print(f"{'sentences':>10} {'build s':>8} {'index MiB':>10} {'check ms':>9}  verdicts")
    for size in sizes:
        row = measure(size)
        print(
            f"{row['sentences']:>10} {row['build_s']:>8.2f} {row['peak_mib']:>10.1f} "
            f"{row['check_ms']:>9.2f}  {row['counts']}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
