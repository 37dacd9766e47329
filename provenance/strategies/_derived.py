"""Texts written from known sources, with the verdict each figure and quote must get.

A derived text is built paragraph by paragraph from an annotated source (one
sentence per paragraph, as :func:`annotated_articles` composes them): a figure's
sentence copied, its figure converted to another unit, rounded within its hedge,
perturbed beyond it, or an invented figure; a quote copied with other marks,
re-punctuated, reworded, given to another speaker, or invented. Every item's span
in the derived text and its expected :class:`~provenance.Verdict` are recorded as
the text is built.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from provenance.model import Article, Figure, FigureKind, QuoteKind, Span, Verdict
from provenance.strategies._news import (
    PEOPLE,
    QUOTE_MARKS,
    AnnotatedArticle,
    annotated_articles,
)

__all__ = ["DerivedText", "Expectation", "derived_texts"]


@attrs.frozen(kw_only=True)
class Expectation:
    """What checking one figure or quote of a derived text must say.

    Attributes:
        span: The figure's or quote's span in the derived text.
        text: The characters it covers.
        verdict: The verdict :func:`provenance.check` must give it.
        operation: How it was derived ("copied", "converted", "rounded",
            "perturbed", "invented", "quote copied", "re-punctuated", "reworded",
            "misattributed", "quote invented").

    Example:
        >>> Expectation(span=Span(0, 2), text="12", verdict=Verdict.TRACED,
        ...             operation="copied").verdict.value
        'traced'
    """

    span: Span
    text: str
    verdict: Verdict
    operation: str


@attrs.frozen(kw_only=True)
class DerivedText:
    """A text derived from sources, with the expected verdict of each item.

    Attributes:
        article: The derived text.
        sources: The source articles it was written from.
        expected: One expectation per figure and quote of the derived text.

    Example:
        >>> from hypothesis import given
        >>> @given(derived_texts())
        ... def test_expectations_slice(case):
        ...     for item in case.expected:
        ...         assert case.article.slice(item.span) == item.text
        >>> test_expectations_slice()
    """

    article: Article
    sources: tuple[Article, ...]
    expected: tuple[Expectation, ...]


#: Rewordings that keep most words: what another translation of a remark looks like.
REWORDINGS = {
    "We will not reopen the road until it is safe": (
        "We will not reopen this road until it is safe again"
    ),
    "Nobody expected the water to rise this quickly": (
        "Nobody had expected the water to rise so quickly"
    ),
    "This is a matter for the courts now": "This is now a matter for the courts",
    "Our crews worked through the night and they are exhausted": (
        "Our crews worked all through the night and they are now exhausted"
    ),
    "We are asking people to stay away from the river": (
        "We are asking everyone to keep away from the river"
    ),
    "The warning signs were there and they were ignored": (
        "The warning signs were all there, and they were ignored"
    ),
    "I have never seen anything like it in my career": (
        "I have never seen anything like this in my whole career"
    ),
    "Families deserve answers and they will get them": (
        "The families deserve answers, and they will get them"
    ),
}

#: Remarks no source makes.
INVENTED_REMARKS = (
    "The budget for next season has already been approved",
    "Volunteers from nearby villages brought blankets and soup",
)

#: Figure sentences about things no source mentions.
INVENTED_FIGURES = (
    ("The museum lent ", " paintings to a gallery in Oslo."),
    ("A choir of ", " singers performed at the cathedral."),
)

_CONVERSIONS = {"kg": ("pounds", Decimal("2.20462262")), "km": ("miles", Decimal("0.621371"))}


def _paragraph(text: str, span: Span) -> Span:
    """The paragraph (one composed sentence) around ``span``."""
    start = text.rfind("\n\n", 0, span.start)
    end = text.find("\n\n", span.end)
    return Span(0 if start < 0 else start + 2, len(text) if end < 0 else end)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.expected: list[tuple[Span, Verdict, str]] = []

    def add(self, text: str) -> Span:
        span = Span(self.length, self.length + len(text))
        self.parts.append(text)
        self.length += len(text)
        return span

    def expect(self, text: str, verdict: Verdict, operation: str) -> None:
        self.expected.append((self.add(text), verdict, operation))

    def paragraph(self) -> None:
        if self.parts:
            self.add("\n\n")


def _standalone(source: AnnotatedArticle) -> list[tuple[Figure, Span]]:
    """Figures that are the only figure of their paragraph and in no quote."""
    text = source.article.text
    counts: dict[Span, int] = {}
    for figure in source.figures:
        para = _paragraph(text, figure.span)
        counts[para] = counts.get(para, 0) + 1
    return [
        (figure, _paragraph(text, figure.span))
        for figure in source.figures
        if figure.quote is None and counts[_paragraph(text, figure.span)] == 1
    ]


def _number(value: Decimal) -> str:
    return f"{int(value):,}" if value == value.to_integral_value() else str(value.normalize())


def _clear_of(value: Decimal, figure: Figure, source: AnnotatedArticle) -> bool:
    """Whether ``value`` in ``figure``'s unit is incompatible with every source figure."""
    probe = attrs.evolve(figure, value=value, high=None, approx=None, precision=Decimal(1))
    return not any(probe.compatible(other) for other in source.figures)


@st.composite
def _derived(draw: st.DrawFn, sources: SearchStrategy[AnnotatedArticle]) -> DerivedText:
    source = draw(sources)
    text = source.article.text
    writer = _Writer()
    for figure, para in _standalone(source):
        before = text[para.start : figure.span.start]
        after = text[figure.span.end : para.end]
        open_ended = figure.approx in {"more than", "at least", "up to"}
        wrong = (figure.value * 7).quantize(Decimal(1)) + 3
        choices: dict[str, tuple[str, Verdict]] = {}
        if (
            figure.high is None
            and not open_ended
            and figure.kind in (FigureKind.COUNT, FigureKind.MASS, FigureKind.LENGTH)
            and _clear_of(wrong, figure, source)
        ):
            words = figure.text[len(figure.text.rstrip("abcdefghijklmnopqrstuvwxyz")) :]
            tail = "" if figure.kind is FigureKind.COUNT else f" {words.strip()}"
            choices["perturbed"] = (f"{_number(wrong)}{tail}", Verdict.CONFLICT)
        if figure.unit in _CONVERSIONS and figure.high is None:
            word, factor = _CONVERSIONS[figure.unit]
            converted = _number((figure.value * factor).quantize(Decimal(1)))
            choices["converted"] = (f"about {converted} {word}", Verdict.TRACED)
        if (
            figure.kind is FigureKind.COUNT
            and figure.high is None
            and figure.value >= 1000
            and not open_ended
        ):
            rounded = (figure.value / 100).quantize(Decimal(1)) * 100
            choices["rounded"] = (f"about {_number(rounded)}", Verdict.TRACED)
        choices["copied"] = (figure.text, Verdict.TRACED)
        operation = draw(st.sampled_from(list(choices)))
        replacement, verdict = choices[operation]
        writer.paragraph()
        writer.add(before)
        writer.expect(replacement, verdict, operation)
        writer.add(after)
    if draw(st.booleans()):
        lead, tail = draw(st.sampled_from(INVENTED_FIGURES))
        writer.paragraph()
        writer.add(lead)
        writer.expect(str(draw(st.integers(21, 99))), Verdict.UNTRACED, "invented")
        writer.add(tail)

    spoken = [
        q
        for q in source.quotes
        if q.kind is QuoteKind.DIRECT and q.text.rstrip(",.") in REWORDINGS and q.speaker
    ]
    for quote in spoken:
        speaker = quote.speaker
        assert speaker is not None
        words = quote.text.rstrip(",.")
        operation = draw(
            st.sampled_from(["quote copied", "re-punctuated", "reworded", "misattributed"])
        )
        said, verdict = words + ",", Verdict.TRACED
        if operation == "re-punctuated":
            said = words + "."
        elif operation == "reworded":
            said, verdict = REWORDINGS[words] + ",", Verdict.APPROXIMATE
        elif operation == "misattributed":
            others = [p.name for p in PEOPLE if p.name != speaker and p.name not in text]
            if others:
                speaker, verdict = draw(st.sampled_from(others)), Verdict.CONFLICT
            else:
                operation = "quote copied"
        opening, closing = draw(st.sampled_from(QUOTE_MARKS))
        writer.paragraph()
        if said.endswith("."):  # a full sentence: the cue comes first, as news writes it
            writer.add(f"{speaker} said: {opening}")
            writer.expect(said, verdict, operation)
            writer.add(closing)
        else:
            writer.add(opening)
            writer.expect(said, verdict, operation)
            writer.add(f"{closing} {speaker} said.")
    if draw(st.booleans()):
        opening, closing = draw(st.sampled_from(QUOTE_MARKS))
        writer.paragraph()
        writer.add(opening)
        writer.expect(
            draw(st.sampled_from(INVENTED_REMARKS)) + ",", Verdict.UNTRACED, "quote invented"
        )
        writer.add(f"{closing} {draw(st.sampled_from(PEOPLE)).name} said.")

    article = Article("derived", "".join(writer.parts))
    expected = tuple(
        Expectation(span=span, text=article.slice(span), verdict=verdict, operation=operation)
        for span, verdict, operation in writer.expected
    )
    return DerivedText(article=article, sources=(source.article,), expected=expected)


def derived_texts(
    sources: SearchStrategy[AnnotatedArticle] | None = None,
) -> SearchStrategy[DerivedText]:
    """Texts written from annotated sources, with each figure's and quote's expected verdict.

    Figures are copied, converted to another unit ("about 26 pounds" for "12
    kilograms"), rounded within a hedge ("about 3,900" for "3,930"), perturbed
    beyond any compatible value (``CONFLICT``) or invented (``UNTRACED``);
    quotes are copied with other quotation marks, re-punctuated (``TRACED``),
    reworded (``APPROXIMATE``), given to another speaker (``CONFLICT``) or
    invented (``UNTRACED``).

    Args:
        sources: Strategy for the source article; :func:`annotated_articles`
            by default. The composer writes one sentence per paragraph, which
            is what lets a figure's sentence be copied whole.

    Example:
        >>> from hypothesis import given
        >>> from provenance import Verdict
        >>> @given(derived_texts())
        ... def test_verdicts_known(case):
        ...     assert all(isinstance(item.verdict, Verdict) for item in case.expected)
        >>> test_verdicts_known()
    """
    if sources is not None and not isinstance(sources, SearchStrategy):
        raise InvalidArgument(f"sources must be a strategy of AnnotatedArticle, not {sources!r}")
    return _derived(annotated_articles(min_paragraphs=2) if sources is None else sources)
