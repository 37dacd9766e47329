"""assert_traceable: a test helper that fails with the rendered report."""

from __future__ import annotations

import pytest
import trace_fixture as fx

from provenance import Article, Verdict
from provenance.testing import assert_traceable
from provenance.trace import Corpus


def test_passes_when_everything_traces():
    """A text whose figures and quotes all trace passes and returns its report."""
    wire = fx.sources()[0]
    report = assert_traceable(wire, fx.sources())
    assert report.ok
    assert len(report) == 5


def test_fails_with_the_rendering():
    """Untraced and conflicting findings fail the test, each shown with its reason."""
    with pytest.raises(AssertionError) as error:
        assert_traceable(fx.derived(), Corpus(fx.sources()))
    message = str(error.value)
    assert message.splitlines()[0] == "4 of 11 findings untraced or in conflict"
    assert "CONFLICT figure “30,000” at 139..145" in message
    assert "UNTRACED quote “We saw this coming for years,”" in message
    assert "\nTRACED " not in message


def test_allow_and_ignore():
    """Allowed verdicts and ignored subjects do not fail the test."""
    with pytest.raises(AssertionError, match=r"^2 of 11 findings"):
        assert_traceable(fx.derived(), fx.sources(), allow=[Verdict.UNTRACED])
    report = assert_traceable(
        fx.derived(),
        fx.sources(),
        allow=["untraced"],
        ignore=["30,000", "The water is safe to drink, and residents should not worry,"],
    )
    assert not report.ok


def test_bad_allow_value():
    """An allow value that is not a verdict is refused."""
    with pytest.raises(ValueError, match="'fine' is not a valid Verdict"):
        assert_traceable(fx.sources()[0], fx.sources(), allow=["fine"])


def test_unknown_source_type():
    """Sources of another type are refused with a typed error."""
    from provenance.trace import CorpusError

    with pytest.raises(CorpusError, match="expected an Article, an Analysis or a str"):
        assert_traceable(Article("d", "x"), [42])  # type: ignore[list-item]
