"""Trace a rewrite to its sources and print what a fact-checker needs to read.

Usage:
    python examples/trace_rewrite.py [DERIVED [SOURCE_FOLDER]]

Without arguments it checks the bundled example, ``examples/articles/derived.txt``,
against ``examples/articles/sources``. For each figure and quote of the rewrite it
prints the verdict, the reason and the source sentence with the matched characters
marked, then lists what needs a second look. Exit status 0 when everything traces.
"""

from __future__ import annotations

import sys
from pathlib import Path

from provenance import Verdict
from provenance.cli import load, source_files
from provenance.trace import Corpus, color_wanted

HERE = Path(__file__).resolve().parent / "articles"


def main(argv: list[str]) -> int:
    derived_path = Path(argv[0]) if argv else HERE / "derived.txt"
    folder = Path(argv[1]) if len(argv) > 1 else HERE / "sources"

    # Analyse and index the sources once; a Corpus can check any number of texts.
    corpus = Corpus(load(path) for path in source_files([folder]))
    report = corpus.check(load(derived_path))

    print(report.render(color=color_wanted(sys.stdout)))
    print()
    print("Needs a second look:")
    for finding in report:
        if finding.verdict is not Verdict.TRACED:
            subject = finding.subject
            print(f"  {finding.verdict.value:>11}  {finding.what} “{subject.text}”")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
