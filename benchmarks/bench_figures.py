"""Speed of find_figures: MB/s on news text, and 1 MB vs 2 MB of adversarial input.

Run: python benchmarks/bench_figures.py
News text is the labelled corpus (tests/corpus/*.txt) repeated to about 2 MB. A linear
extractor takes about twice as long on 2 MB as on 1 MB of the same input.
"""

import time
from collections.abc import Callable
from pathlib import Path

from provenance.extract.figures import find_figures

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``work``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def news(size: int) -> str:
    """The corpus articles, repeated to ``size`` characters."""
    texts = [
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests/corpus").glob("*.txt"))
    ]
    joined = "\n\n".join(texts)
    return (joined * (size // len(joined) + 1))[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "commas": lambda n: "," * n,
    "1,1,1,...": lambda n: ("1," * n)[:n],
    "spaces": lambda n: " " * n,
    "quote marks": lambda n: '"' * n,
    "1 1 1 ...": lambda n: ("1 " * n)[:n],
    "about 1 to 2 ...": lambda n: ("about 1 to 2 " * n)[:n],
    "Nov 4, ...": lambda n: ("Nov 4, " * n)[:n],
    "<a <a ...": lambda n: ("<a " * n)[:n],
}


def main() -> None:
    """Print MB/s on news text and the 2 MB / 1 MB time ratio of each adversarial input."""
    text = news(2 * MB)
    seconds = best_of(3, lambda: find_figures(text, year=2025))
    figures = len(find_figures(text, year=2025))
    rate = len(text) / MB / seconds
    print(f"news text: {len(text) / MB:.1f} MB, {figures} figures, {rate:.2f} MB/s")
    print(f"{'input':18} {'1 MB s':>8} {'2 MB s':>8} {'ratio':>6}")
    for name, make in ADVERSARIAL.items():
        one, two = make(MB), make(2 * MB)
        t1 = best_of(1, lambda one=one: find_figures(one))
        t2 = best_of(1, lambda two=two: find_figures(two))
        print(f"{name:18} {t1:8.2f} {t2:8.2f} {t2 / t1:6.2f}")


if __name__ == "__main__":
    main()
