"""Gate a pipeline in your own test suite: fail when a summary says what no source says.

Run: ``pytest examples/gate_in_pytest.py``. The second test shows the failure output
(it is marked as expected to fail, so the run stays green).
"""

from __future__ import annotations

import pytest

from provenance import Article, Verdict
from provenance.testing import assert_traceable

SOURCE = Article(
    "council-minutes",
    "The council approved a budget of 4.2 million euros for the new library on Monday.\n"
    "Building work is due to start in March and to last 18 months.\n"
    '"Every district deserves a library within walking distance," said councillor '
    "Ada Lindqvist.\n",
)


def summarise(text: str) -> str:
    """Stand-in for your summariser (an LLM call, a template, a rewrite desk)."""
    return (
        "Councillors backed a 4.2 million euro library budget; work begins in March "
        'and lasts 18 months. "Every district deserves a library within walking '
        'distance," said Ada Lindqvist.'
    )


def test_summary_traces_to_the_minutes():
    """Every figure and quote of the summary is in the minutes."""
    report = assert_traceable(summarise(SOURCE.text), [SOURCE])
    assert report.counts[Verdict.TRACED] == len(report)


@pytest.mark.xfail(reason="shows the failure message: the summary invents a figure", strict=True)
def test_an_invented_figure_fails_the_gate():
    """A summary with a figure no source states fails, showing the rendered report."""
    assert_traceable(
        "The council approved a 4.2 million euro library that will hold 90,000 books.",
        [SOURCE],
    )
