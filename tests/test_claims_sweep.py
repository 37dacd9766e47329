"""The one-sweep covering search of ``build_claims`` agrees with the plain scan."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.extract.claims import _covering, _narrowest_covering
from provenance.model.annotations import Attribution
from provenance.model.span import Span


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A span in a short text, so that spans often nest and tie."""
    start = draw(st.integers(0, 30))
    return Span(start, start + draw(st.integers(0, 12)))


@given(
    st.lists(spans(), max_size=12),
    st.lists(spans().map(lambda span: Attribution(content=span)), max_size=12),
)
def test_sweep_matches_scan(asked: list[Span], attributions: list[Attribution]) -> None:
    """Same attribution object (narrowest, first on ties) as one scan per span."""
    found = _narrowest_covering(asked, attributions)
    expected = [_covering(span, attributions) for span in asked]
    assert [id(a) if a else None for a in expected] == [id(a) if a else None for a in found]
