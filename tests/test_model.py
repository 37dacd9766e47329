"""Model objects: building at offsets, binding to articles, figure intervals."""

from decimal import Decimal

import attrs
import pytest

from provenance import (
    Analysis,
    Article,
    Attribution,
    BindingError,
    Claim,
    Figure,
    FigureKind,
    Interval,
    Quote,
    QuoteKind,
    Sentence,
    Span,
    SpanError,
)

TEXT = (
    "Customs officers seized 12 kilograms, or about 26 pounds, of the drug. "
    '"We will not stop," Ana Ruiz said.'
)
ARTICLE = Article("tagus-1", TEXT)


def quote() -> Quote:
    attribution = Attribution.at(
        ARTICLE,
        content=ARTICLE.find("We will not stop,"),
        speaker="Ana Ruiz",
        source=ARTICLE.find("Ana Ruiz"),
        cue=ARTICLE.find("said"),
    )
    return Quote.at(ARTICLE, 72, 89, kind=QuoteKind.DIRECT, attribution=attribution)


def test_objects_built_at_offsets_show_their_characters() -> None:
    """Quote.at, Figure.at and Sentence.at record the exact characters."""
    q = quote()
    assert q.text == "We will not stop,"
    assert q.speaker == "Ana Ruiz"
    assert q.attribution is not None
    assert (q.attribution.source_text, q.attribution.cue_text) == ("Ana Ruiz", "said")
    kilos = Figure.at(ARTICLE, 24, 36, value="12", unit="kg", kind="mass")
    assert kilos.text == "12 kilograms"
    assert Sentence.at(ARTICLE, 0, 70).text.endswith("of the drug.")


def test_objects_are_frozen() -> None:
    """Model objects cannot be mutated; attrs.evolve makes changed copies."""
    q = quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.kind = QuoteKind.PARTIAL  # type: ignore[misc]
    assert attrs.evolve(q, kind=QuoteKind.PARTIAL).kind is QuoteKind.PARTIAL


@pytest.mark.parametrize(
    ("written", "value", "unit", "approx", "low", "high"),
    [
        pytest.param("12", "12", "kg", None, "11.5", "12.5", id="integer"),
        pytest.param("11.9", "11.9", "kg", None, "11.85", "11.95", id="one-decimal"),
        pytest.param("26", "26", "lb", None, "11.566605435", "12.020197805", id="pounds"),
        pytest.param("26", "26", "lb", "about", "10.614061458", "12.972741782", id="about"),
        pytest.param("30", "30", None, "more than", "29.5", "Infinity", id="more-than"),
        pytest.param("10", "10", None, "up to", "-Infinity", "10.5", id="up-to"),
        pytest.param("30", "30", None, "nearly", "27.0", "30.5", id="nearly"),
    ],
)
def test_figure_intervals(
    written: str, value: str, unit: str | None, approx: str | None, low: str, high: str
) -> None:
    """Written precision and hedge imply an exact interval in base units."""
    figure = Figure(span=Span(0, len(written)), text=written, value=value, unit=unit, approx=approx)
    assert figure.interval.low == Decimal(low)
    assert figure.interval.high == Decimal(high)


def test_compatible_figures_across_units() -> None:
    """12 kg, about 26 lb and 11.9 kg all state one fact; 72,000 and 500000 do not."""
    kilos = Figure(span=Span(0, 2), text="12", value=12, unit="kg", kind=FigureKind.MASS)
    pounds = Figure(span=Span(0, 2), text="26", value=26, unit="lb", approx="about")
    precise = Figure(span=Span(0, 4), text="11.9", value="11.9", unit="kg")
    assert kilos.compatible(pounds)
    assert pounds.compatible(precise)
    assert kilos.compatible(precise)
    deaths = Figure(span=Span(0, 6), text="72,000", value=72000, precision=1000)
    inflated = Figure(span=Span(0, 6), text="500000", value=500000, precision=100000)
    assert not deaths.compatible(inflated)
    assert deaths.incompatibility(inflated) == "71500..72500 and 450000..550000 do not overlap"


def test_figures_of_other_dimensions_are_incompatible() -> None:
    """Kilograms never compare with miles, nor dollars with euros."""
    kilos = Figure(span=Span(0, 2), text="12", value=12, unit="kg")
    miles = Figure(span=Span(0, 2), text="12", value=12, unit="mi")
    dollars = Figure(span=Span(0, 2), text="$5", value=5, unit="USD")
    euros = Figure(span=Span(0, 2), text="€5", value=5, unit="EUR")
    assert kilos.incompatibility(miles) == "mass cannot be compared with length"
    assert not dollars.compatible(euros)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        pytest.param({"value": 1.5}, TypeError, id="float-value"),
        pytest.param({"value": "NaN"}, ValueError, id="nan-value"),
        pytest.param({"value": 5, "high": 3}, ValueError, id="reversed-range"),
        pytest.param({"value": 5, "precision": 0}, ValueError, id="zero-precision"),
        pytest.param({"value": 5, "kind": "weight"}, ValueError, id="unknown-kind"),
    ],
)
def test_bad_figures_are_refused(fields: dict[str, object], error: type[Exception]) -> None:
    """Figures refuse inexact or inconsistent values."""
    with pytest.raises(error):
        Figure(span=Span(0, 1), text="x", **fields)  # type: ignore[arg-type]


def test_interval_refuses_reversed_bounds() -> None:
    """An interval's high end may not lie below its low end."""
    with pytest.raises(ValueError, match="ends before it starts"):
        Interval(low=Decimal(2), high=Decimal(1), dimension="mass", unit="kg")


def test_analysis_sorts_every_tuple_by_span() -> None:
    """Objects given in any order come out sorted by (start, end)."""
    second = Sentence.at(ARTICLE, 71, len(TEXT))
    first = Sentence.at(ARTICLE, 0, 70)
    analysis = Analysis(article=ARTICLE, sentences=[second, first], quotes=[quote()])
    assert analysis.sentences == (first, second)
    assert analysis.covered(analysis.quotes, second.span) == (quote(),)
    assert analysis.covering(analysis.sentences, Span(72, 75)) == (second,)


def test_analysis_refuses_spans_from_an_edited_text() -> None:
    """Objects whose characters differ in the bound article are refused, all listed."""
    edited = Article("tagus-1", TEXT.replace("Customs", "Harbour"))
    kilos = Figure.at(ARTICLE, 24, 36, value="12", unit="kg", kind="mass")
    claim = Claim(span=Span(0, 70), text=TEXT[:70], figures=(kilos,))
    with pytest.raises(BindingError) as info:
        Analysis(article=edited, claims=[claim], quotes=[attrs.evolve(quote(), span=Span(70, 200))])
    assert [error.path for error in info.value.errors] == [
        "quotes[0].span",
        "claims[0].span",
    ]
    assert "out of range for a text of 105 characters" in str(info.value.errors[0])
    assert str(info.value.errors[1]) == (
        "span 0..70 covers 'Harbour officers seized 12 kilograms, o…' but the object "
        "records 'Customs officers seized 12 kilograms, o…' (edited text or tampered span)"
    )
    assert isinstance(info.value, SpanError)


def test_claim_says_who_asserts_it() -> None:
    """A claim without attribution is the writer's; with one, the speaker's."""
    kilos = Figure.at(ARTICLE, 24, 36, value="12", unit="kg", kind="mass")
    claim = Claim(span=Span(0, 70), text=TEXT[:70], figures=[kilos])
    assert claim.asserted_by == "the writer"
    assert claim.figures == (kilos,)
    unnamed = attrs.evolve(claim, attribution=Attribution(content=Span(0, 70)))
    assert unnamed.asserted_by == "an unnamed source"


def test_touching_intervals_are_not_compatible() -> None:
    """'2' (1.5..2.5) and '3' (2.5..3.5) share only an end point: not the same fact."""
    two = Figure(span=Span(0, 1), text="2", value=2)
    three = Figure(span=Span(0, 1), text="3", value=3)
    assert not two.compatible(three)
    assert two.incompatibility(three) == "1.5..2.5 and 2.5..3.5 do not overlap"
