"""Quotation marks, apostrophes, quotes versus terms, and quote kinds, as tables."""

from __future__ import annotations

import pytest

from provenance import QuoteKind
from provenance.extract import analyze
from provenance.extract.quotes import find_marked

MARKS = [
    pytest.param('She said "yes" twice.', ["yes"], id="straight"),
    pytest.param("She said “yes” twice.", ["yes"], id="curly"),
    pytest.param("Er sagte „ja“ zweimal.", ["ja"], id="low-9"),
    pytest.param("She said ”yes“ twice.", ["yes"], id="reversed"),
    pytest.param("She said ''yes'' twice.", ["yes"], id="two-apostrophes"),
    pytest.param("Il a dit « oui » deux fois.", ["oui"], id="guillemets-spaced"),
    pytest.param("Er sagte »ja« zweimal.", ["ja"], id="guillemets-reversed"),
    pytest.param("Il a dit ‹ oui › hier.", ["oui"], id="single-guillemets"),
    pytest.param("She said ‘yes’ twice.", ["yes"], id="single-primary"),
    pytest.param("She said 'yes' twice.", ["yes"], id="straight-single-primary"),
    pytest.param(
        "“The boss called it ‘a mess’ today,” he said.",
        ["The boss called it ‘a mess’ today,"],
        id="single-nested-in-double",
    ),
    pytest.param(
        "‘He told us “go home” first,’ she said.",
        ["He told us “go home” first,"],
        id="double-nested-in-single",
    ),
    pytest.param("Ruiz’s team and the others’ cars.", [], id="possessives"),
    pytest.param("Hits of the ’90s and rock ’n’ roll ’til dawn.", [], id="elisions"),
    pytest.param("Don't panic, it's fine, isn't it", [], id="contractions"),
    pytest.param(
        "‘It’s the others’ fault,’ he said.",
        ["It’s the others’ fault,"],
        id="plural-possessive-inside-single-quote",
    ),
    pytest.param(
        "A stray “ mark and then “a real one” here.", ["a real one"], id="stray-opener-replaced"
    ),
    pytest.param("Unclosed “start of words\nNext line “closed” ok.", ["closed"], id="unbalanced"),
    pytest.param('Empty "" marks and " " spaces.', [], id="empty-marks"),
    pytest.param("He is 6'9\" and she is 5'11\", they said.", [], id="feet-and-inches"),
    pytest.param(
        '<p>She said <a href="/x">“yes”</a> twice.</p>', ["yes"], id="html-attributes-skipped"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marked_spans(text: str, expected: list[str]) -> None:
    """Outermost paired marks give exactly the expected inner texts."""
    assert [text[m.content.start : m.content.end] for m in find_marked(text)] == expected


def test_multi_paragraph_quote_is_one_group() -> None:
    """Paragraphs that open a mark without closing it continue into the next."""
    text = "“First part of it.\n\n“Second part.\n\n“Last part,” she said.\n\nAfter."
    found = find_marked(text)
    assert [text[m.content.start : m.content.end] for m in found] == [
        "First part of it.",
        "Second part.",
        "Last part,",
    ]
    assert [m.group for m in found] == [0, 0, 0]
    assert [m.close is None for m in found] == [True, True, False]


def test_nested_pairs_are_kept_inside_their_outer_span() -> None:
    """A quotation inside a quotation is recorded on the outer marked span."""
    text = "“A guard told me, ‘Run.’ So I ran,” she said."
    (outer,) = find_marked(text)
    assert [(text[o.start : c.end]) for o, c in outer.inner] == ["‘Run.’"]


def test_nested_quote_with_a_cue_is_a_quote() -> None:
    """A nested quotation introduced by a cue inside the outer quote is reported too."""
    text = "Lena Park spoke. “A guard told me, ‘Run now.’ So I ran,” she said."
    quotes = analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("A guard told me, ‘Run now.’ So I ran,", "Lena Park"),
        ("Run now.", None),
    ]
    assert quotes[1].attribution is not None
    assert quotes[1].attribution.source_text == "A guard"


def test_scare_quotes_inside_a_quote_are_not_quotes() -> None:
    """A nested marked term with no cue before it stays part of the outer quote."""
    text = "“The so-called ‘plan’ failed,” Lena Park said."
    assert [q.text for q in analyze(text).quotes] == ["The so-called ‘plan’ failed,"]


def test_unclosed_mark_without_continuation_is_dropped() -> None:
    """An unclosed mark whose next paragraph does not open a mark yields nothing."""
    assert find_marked("He said “we will win.\n\nThe end.") == []


QUOTES = [
    pytest.param(
        "“We will rebuild,” the mayor said.",
        [("We will rebuild,", "direct")],
        id="direct-with-cue",
    ),
    pytest.param(
        'The agency said the cartel "keeps shipping poison north."',
        [("keeps shipping poison north.", "partial")],
        id="partial-inside-writer-sentence",
    ),
    pytest.param(
        "Lee said: “Nothing will stop us.”",
        [("Nothing will stop us.", "direct")],
        id="direct-after-colon",
    ),
    pytest.param("Police hunted a courier known as “Moth,” officials said.", [], id="nickname"),
    pytest.param("The two sides signed a “stage two” trade pact.", [], id="coined-term"),
    pytest.param("She reads “Winter Harbour Tales” every year.", [], id="title-of-work"),
    pytest.param("The so-called “clean wall” policy failed.", [], id="so-called"),
    pytest.param(
        "The board said the merger was “likely”.",
        [("likely", "partial")],
        id="one-word-partial-with-cue",
    ),
    pytest.param(
        "It was “a slow disaster for every family on the coast” in the end.",
        [("a slow disaster for every family on the coast", "partial")],
        id="long-unattributed-fragment",
    ),
    pytest.param(
        "“The river is rising fast.” Residents fled.",
        [("The river is rising fast.", "direct")],
        id="sentence-like-unattributed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotes_and_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    """Quotes are found with their kind; terms, titles and nicknames are not quotes."""
    assert [(q.text, q.kind.value) for q in analyze(text).quotes] == expected


def test_quote_span_covers_words_inside_marks() -> None:
    """The quote span starts after the opening mark and ends before the closing one."""
    text = "Then: “Go now.” she said."
    quote = analyze(text).quotes[0]
    assert (quote.span.start, quote.span.end, quote.kind) == (7, 14, QuoteKind.DIRECT)
    assert text[quote.span.start - 1] == "“"
    assert text[quote.span.end] == "”"
