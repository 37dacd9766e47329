"""Snapshot ``to_json(analyze(text))`` for a fixed set of texts, to prove speedups change nothing.

Plain script: ``python benchmarks/snapshot_analyze.py OUT_DIR`` writes one JSON file per
input into ``OUT_DIR`` (default ``/tmp/provenance-snapshot``) plus ``texts.json`` with the
generated texts in order. Compare two runs with ``diff -r``; they must be byte-identical.

Inputs: every ``tests/corpus/*.txt``, every ``examples/articles/**/*.txt``, every
``/work/shared/seeds/*.txt`` if present (never commit their outputs), and 300
``provenance.strategies.annotated_articles()`` examples drawn deterministically
(``derandomize=True``, no example database).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from provenance.extract import analyze
from provenance.serialize import to_json
from provenance.strategies import annotated_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path("/work/shared/seeds")
GENERATED = 300


def generated_texts() -> list[str]:
    """The texts of ``GENERATED`` annotated articles, drawn in a fixed order."""
    texts: list[str] = []

    @settings(
        derandomize=True,
        database=None,
        max_examples=GENERATED,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(annotated_articles())
    def collect(case: object) -> None:
        texts.append(case.article.text)  # type: ignore[attr-defined]

    collect()
    return texts


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/provenance-snapshot")
    out.mkdir(parents=True, exist_ok=True)
    files = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    files += sorted((ROOT / "examples" / "articles").rglob("*.txt"))
    files += sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    for path in files:
        name = f"{path.parent.name}--{path.stem}.json"
        text = path.read_text(encoding="utf-8")
        (out / name).write_text(to_json(analyze(text), indent=1), encoding="utf-8")
    texts = generated_texts()
    (out / "texts.json").write_text(json.dumps(texts, indent=0), encoding="utf-8")
    for number, text in enumerate(texts):
        (out / f"generated-{number:03d}.json").write_text(
            to_json(analyze(text), indent=1), encoding="utf-8"
        )
    print(f"{len(files)} files and {len(texts)} generated texts written to {out}")


if __name__ == "__main__":
    main()
