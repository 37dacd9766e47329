"""Throughput: MB/s of each system on the labelled corpus text repeated to ~2 MB.

The text is the corpus articles (tests/corpus/*.txt) repeated, article by article,
until their UTF-8 size reaches the target (2 MB by default); every system reads the
same list of articles, one call per article, as a news pipeline would. MB means
10**6 bytes of UTF-8. Each system runs in its own child process (so that one's heap
and caches do not weigh on the next, and its peak resident memory is its own),
warms up on one copy of the corpus, then reads the whole text ``repeats`` times; the
best pass counts (wall clock; the process CPU time is recorded too, since these
machines are shared and noisy). Import and model load times are reported apart.

Run alone: ``python -m benchmarks.throughput [--only provenance] [--size 2e6]``;
profile analyze with ``python -m benchmarks.throughput --profile``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.accuracy import load_corpus
from benchmarks.peers import NAMES, MissingPeer, System, make

__all__ = ["ROOT", "measure", "measure_all", "repeated_texts"]

ROOT = Path(__file__).resolve().parent.parent

#: Default size of the text every system reads, in bytes of UTF-8.
SIZE = 2_000_000


def repeated_texts(texts: Sequence[str], size: int) -> list[str]:
    """``texts`` repeated in order until their UTF-8 size reaches ``size`` bytes.

    Example:
        >>> repeated_texts(["ab", "c"], 4)
        ['ab', 'c', 'ab']
    """
    if not texts:
        raise ValueError("no texts to repeat")
    out: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return out


def measure(
    system: System, texts: Sequence[str], warmup: Sequence[str], repeats: int
) -> dict[str, Any]:
    """Time ``system`` over ``texts``: warm-up pass, then best of ``repeats`` passes."""
    for text in warmup:
        system.run(text)
    size = sum(len(text.encode("utf-8")) for text in texts)
    passes = []
    cpu_passes = []
    dropped = 0
    for _ in range(repeats):
        dropped = 0
        cpu = time.process_time()
        started = time.perf_counter()
        for text in texts:
            dropped += system.run(text).dropped
        passes.append(time.perf_counter() - started)
        cpu_passes.append(time.process_time() - cpu)
    best = min(passes)
    return {
        "name": system.name,
        "version": system.version,
        "notes": system.notes,
        "bytes": size,
        "articles": len(texts),
        "dropped_per_pass": dropped,
        "passes_s": passes,
        "best_s": best,
        "mb_per_s": size / 1e6 / best,
        "cpu_passes_s": cpu_passes,
        "mb_per_cpu_s": size / 1e6 / min(cpu_passes),
        "load_s": system.load_seconds,
        "peak_rss_mib": peak_rss_mib(),
    }


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB (``VmHWM``; ``ru_maxrss`` survives exec)."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(name: str, size: int, repeats: int) -> dict[str, Any]:
    corpus = [article.text for article in load_corpus()]
    started = time.perf_counter()
    system = make(name)
    system.load_seconds = time.perf_counter() - started
    return measure(system, repeated_texts(corpus, size), corpus, repeats)


def measure_all(
    names: Sequence[str], *, size: int = SIZE, repeats: int = 3, log: Any = None
) -> list[dict[str, Any]]:
    """Measure each system in a child process; a peer that cannot run says why."""
    results = []
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    for name in names:
        command = [
            sys.executable,
            "-m",
            "benchmarks.throughput",
            "--child",
            name,
            "--size",
            str(size),
            "--repeats",
            str(repeats),
        ]
        if log is not None:
            print(f"throughput: {name} on {size / 1e6:g} MB, best of {repeats} ...", file=log)
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            results.append({"name": name, "error": tail})
        else:
            results.append(json.loads(lines[-1]))
        if log is not None:
            print(f"  {json.dumps(results[-1])[:300]}", file=log)
    return results


def profile(size: int, out: Path) -> None:
    """Profile analyze with pyinstrument on the repeated corpus; write the text report."""
    from pyinstrument import Profiler

    corpus = [article.text for article in load_corpus()]
    system = make("provenance")
    texts = repeated_texts(corpus, size)
    for text in corpus:
        system.run(text)
    profiler = Profiler()
    profiler.start()
    for text in texts:
        system.run(text)
    profiler.stop()
    out.write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    print(f"wrote {out}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(NAMES), help="comma-separated systems")
    parser.add_argument("--size", type=float, default=SIZE, help="bytes of text (default 2e6)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--profile", action="store_true", help="profile analyze (pyinstrument)")
    args = parser.parse_args(argv)
    size = int(args.size)
    if args.child:
        try:
            result = _child(args.child, size, args.repeats)
        except MissingPeer as exc:
            print(f"MissingPeer: {exc}", file=sys.stderr)
            raise SystemExit(3) from exc
        print(json.dumps(result))
        return
    if args.profile:
        profile(size, Path(__file__).with_name("profile_analyze.txt"))
        return
    for result in measure_all(args.only.split(","), size=size, repeats=args.repeats):
        print(json.dumps(result))


if __name__ == "__main__":
    main()
