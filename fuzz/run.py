"""Run a fuzz target under atheris (coverage-guided, libFuzzer options apply).

    pip install -e ".[fuzz]"
    python fuzz/run.py analyze -max_total_time=3600 fuzz/corpus/analyze
    python fuzz/run.py check -runs=100000
    python fuzz/run.py from_json -max_len=4096

The first argument names the target (analyze, check, from_json); the rest go
to libFuzzer. A crash writes the failing input to ``crash-*`` in the current
folder; replay it with ``python fuzz/run.py TARGET crash-...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from targets import TARGETS

    import provenance  # noqa: F401  (instrumented for coverage)


def main() -> None:
    """Pick the target named by the first argument and fuzz it."""
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        names = ", ".join(TARGETS)
        sys.exit(f"usage: python fuzz/run.py {{{names}}} [libFuzzer options]")
    target = TARGETS[sys.argv.pop(1)]
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
