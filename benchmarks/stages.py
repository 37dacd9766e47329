"""Where ``analyze`` spends its time, stage by stage, and how fast each stage runs alone.

The stages are the functions :func:`provenance.extract.analyze` calls, timed in place
(each is wrapped while the text is analysed, then restored): paragraphs, quote marks,
sentences, attribution cues, quote pairing, figures, claims, and building the
:class:`~provenance.Analysis` (which checks every span against the text). What is left
(sentence and attribution objects, reported clauses) is "other".

A stage's own throughput (MB of text per second of that stage alone) shows why the
whole cannot come near one regex pass: every stage is a pass over the text that does
more than a regex does, and the slowest of them bounds the whole.

Run alone: ``python -m benchmarks.stages [--size 5e5]``.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import provenance.extract as extract
from benchmarks.accuracy import load_corpus
from benchmarks.throughput import repeated_texts

__all__ = ["STAGES", "measure_stages", "stages_markdown"]

#: ``(name in provenance.extract, what it does)`` in the order analyze calls them.
STAGES: tuple[tuple[str, str], ...] = (
    ("find_paragraphs", "paragraphs"),
    ("find_marked", "quotation marks paired"),
    ("split_sentences", "sentences"),
    ("find_cues", "attribution cues, sources, speakers"),
    ("_quotes", "quotes matched to cues, kinds"),
    ("find_figures", "figures: numbers, units, hedges, dates"),
    ("build_claims", "claims"),
    ("Analysis", "Analysis built, every span checked"),
)


@contextlib.contextmanager
def _timed(totals: dict[str, float]) -> Iterator[None]:
    """Wrap each stage of :data:`STAGES` in ``provenance.extract`` to add up its time."""
    originals = {name: getattr(extract, name) for name, _ in STAGES}

    def wrap(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] += time.process_time() - started

        return timed

    for name, function in originals.items():
        setattr(extract, name, wrap(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(extract, name, function)


def measure_stages(size: int = 500_000, repeats: int = 5) -> dict[str, Any]:
    """CPU seconds of each stage over ``size`` bytes of corpus text (best of ``repeats``).

    Returns ``{"bytes", "total_s", "stages": {name: seconds}, "other_s"}`` for the
    fastest pass.
    """
    corpus = [article.text for article in load_corpus()]
    texts = repeated_texts(corpus, size)
    for text in corpus:
        extract.analyze(text)
    best: dict[str, Any] | None = None
    for _ in range(repeats):
        totals = {name: 0.0 for name, _ in STAGES}
        with _timed(totals):
            started = time.process_time()
            for text in texts:
                extract.analyze(text)
            total = time.process_time() - started
        if best is None or total < best["total_s"]:
            best = {"total_s": total, "stages": dict(totals)}
    assert best is not None
    best["bytes"] = sum(len(text.encode("utf-8")) for text in texts)
    best["other_s"] = best["total_s"] - sum(best["stages"].values())
    return best


def stages_markdown(measured: dict[str, Any]) -> str:
    """The stage table of :func:`measure_stages`, in Markdown."""
    megabytes = measured["bytes"] / 1e6
    total = measured["total_s"]
    lines = [
        "| stage | what it does | share | CPU s per MB | MB/s alone |",
        "|---|---|---:|---:|---:|",
    ]
    rows = [(name, does, measured["stages"][name]) for name, does in STAGES]
    rows.append(
        ("other", "sentence and attribution objects, reported clauses", measured["other_s"])
    )
    for name, does, seconds in rows:
        alone = f"{megabytes / seconds:.3g}" if seconds > 0 else "n/a"
        lines.append(
            f"| `{name}` | {does} | {seconds / total:.0%} | {seconds / megabytes:.3f} | {alone} |"
        )
    lines.append(
        f"| **analyze** | all of it | 100% | {total / megabytes:.3f} | {megabytes / total:.3g} |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=float, default=5e5)
    args = parser.parse_args()
    print(stages_markdown(measure_stages(int(args.size))))


if __name__ == "__main__":
    main()
