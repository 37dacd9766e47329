"""Sentence and paragraph splitting on news text: exact sentences, as tables."""

from __future__ import annotations

import pytest

from provenance.extract import analyze
from provenance.extract.sentences import find_paragraphs, split_sentences

SPLITS = [
    pytest.param(
        "Gov. Lena Park met Sen. Omar Diaz at St. Jude’s on Nov. 3. They spoke briefly.",
        ["Gov. Lena Park met Sen. Omar Diaz at St. Jude’s on Nov. 3.", "They spoke briefly."],
        id="titles-and-month",
    ),
    pytest.param(
        "Envoys from the U.S. Embassy arrived. Talks began in the U.K. later.",
        ["Envoys from the U.S. Embassy arrived.", "Talks began in the U.K. later."],
        id="initialism-mid-sentence",
    ),
    pytest.param(
        "The plane left the U.S. The crew was tired.",
        ["The plane left the U.S.", "The crew was tired."],
        id="initialism-ends-sentence",
    ),
    pytest.param(
        "The vote ended at 9:40 p.m. Tuesday with 1,200 ballots. Turnout was 5.87 percent.",
        ["The vote ended at 9:40 p.m. Tuesday with 1,200 ballots.", "Turnout was 5.87 percent."],
        id="pm-number-decimal",
    ),
    pytest.param(
        "Officer J. R. Smith of Acme Inc. testified. Dr. Mo agreed.",
        ["Officer J. R. Smith of Acme Inc. testified.", "Dr. Mo agreed."],
        id="initials-and-inc",
    ),
    pytest.param(
        "“We tried. We failed,” the mayor said. She left.",
        ["“We tried. We failed,” the mayor said.", "She left."],
        id="two-sentence-quote-kept-whole",
    ),
    pytest.param(
        "“Is it over?” she asked. Nobody answered.",
        ["“Is it over?” she asked.", "Nobody answered."],
        id="question-then-cue",
    ),
    pytest.param(
        "He blamed the storms. “They wrecked everything.” Crews are out.",
        ["He blamed the storms.", "“They wrecked everything.”", "Crews are out."],
        id="quote-closes-sentence",
    ),
    pytest.param(
        "‘We lost. That is all.’ Rain fell.",
        ["‘We lost. That is all.’", "Rain fell."],
        id="standalone-quote-kept-whole",
    ),
    pytest.param(
        "He paused... and went on. Then... Silence.",
        ["He paused... and went on.", "Then...", "Silence."],
        id="ellipses",
    ),
    pytest.param(
        "Flood hits valley town\nBy Ada Lowe\nUpdated: Nov 4,2017\nWATERFORD, Ireland — Rain fell.",
        [
            "Flood hits valley town",
            "By Ada Lowe",
            "Updated: Nov 4,2017",
            "WATERFORD, Ireland — Rain fell.",
        ],
        id="furniture-lines-and-dateline",
    ),
    pytest.param(
        "Line one without stop\r\nLine two.\r\n\r\n(PHOTO: Kim Ode/Agency)",
        ["Line one without stop", "Line two.", "(PHOTO: Kim Ode/Agency)"],
        id="crlf-and-caption",
    ),
    pytest.param("No. 5 won. It was close.", ["No. 5 won.", "It was close."], id="number-abbrev"),
    pytest.param(
        "<h1>Dam holds</h1><p>Water rose. It fell.</p>",
        ["Dam holds", "Water rose.", "It fell."],
        id="html-block-tags",
    ),
    pytest.param(
        "KENT, Wash. — Rain fell. Acme Inc. Shares rose.",
        ["KENT, Wash. — Rain fell.", "Acme Inc. Shares rose."],
        id="state-dateline-and-inc",
    ),
    pytest.param("雨が降った。人々は帰った。", ["雨が降った。", "人々は帰った。"], id="cjk"),
    pytest.param("", [], id="empty"),
    pytest.param(" \n\t\n ", [], id="only-space"),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentences(text: str, expected: list[str]) -> None:
    """Each row splits into exactly the expected sentences."""
    assert [s.text for s in analyze(text).sentences] == expected


def test_paragraphs_strip_and_skip_blank_lines() -> None:
    """Paragraphs are non-blank lines without outer white space."""
    text = "  One.  \n\n\u2028Two\r\nThree"
    assert [text[p.start : p.end] for p in find_paragraphs(text)] == ["One.", "Two", "Three"]


def test_repeated_sentences_keep_their_own_offsets() -> None:
    """Two copies of one sentence get two different spans."""
    text = "It rained. It rained."
    assert [(s.start, s.end) for s in split_sentences(text)] == [(0, 10), (11, 21)]
