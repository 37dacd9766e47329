"""Checks of the labelled corpus (tests/corpus) and the example corpus (examples/articles).

These tests check the DATA, not any extractor: every annotated text+occurrence must
resolve to a span of the exact article text, every label must come from the allowed
sets, and every digit of an article must be covered by some figure or not-figure label,
so that annotations stay exhaustive as articles are edited.
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
EXAMPLES = ROOT / "examples" / "articles"

STYLES = {
    "wire",
    "broadsheet",
    "state-media",
    "aggregator",
    "press-release",
    "translated",
    "local-tv",
    "web-scrape",
    "liveblog",
    "court",
    "science",
    "sports-business",
}
TOP_KEYS = {
    "id",
    "style",
    "publisher",
    "title",
    "notes",
    "sentences",
    "quotes",
    "not_quotes",
    "figures",
    "ambiguous_figures",
    "not_figures",
}
QUOTE_KEYS = {"text", "occurrence", "kind", "speaker", "source", "cue"}
FIGURE_KEYS = {"text", "occurrence", "value", "high", "unit", "kind", "approx", "noun"}
QUOTE_KINDS = {"direct", "partial"}
FIGURE_KINDS = {
    "count",
    "mass",
    "length",
    "area",
    "volume",
    "duration",
    "speed",
    "percent",
    "money",
    "multiplier",
    "fraction",
    "age",
    "date",
}
UNITS = {
    *("kg", "g", "mg", "t", "lb", "oz", "ton"),
    *("m", "km", "cm", "mm", "mi", "ft", "in", "yd"),
    *("m2", "km2", "mi2", "ha", "acre"),
    *("l", "ml", "m3", "gal", "bbl"),
    *("s", "min", "h", "day", "week", "month", "year"),
    *("%", "x", "km/h", "mph", "date"),
}
#: The units each kind may take (``None`` is a plain number); money takes ISO codes.
KIND_UNITS: dict[str, set[str | None]] = {
    "count": {None},
    "mass": {"kg", "g", "mg", "t", "lb", "oz", "ton"},
    "length": {"m", "km", "cm", "mm", "mi", "ft", "in", "yd"},
    "area": {"m2", "km2", "mi2", "ha", "acre"},
    "volume": {"l", "ml", "m3", "gal", "bbl"},
    "duration": {"s", "min", "h", "day", "week", "month", "year"},
    "speed": {"km/h", "mph"},
    "percent": {"%"},
    "multiplier": {"x"},
    "fraction": {None},
    "age": {"year", "month", "week", "day"},
    "date": {"date"},
}
CURRENCY = re.compile(r"[A-Z]{3}")  # "USD"
OPENING_MARKS = "\"'“”„‚‘’«»‹›"  # what may stand right before a quote's first character
CLOSING_MARKS = "\"'“”‘’«»‹›"  # what may stand right after a quote's last character
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
TITLE_MENTIONS = {"Minister"}  # a bare title as the source, as in a headline "Minister: ..."
VERDICTS = {"traced", "approximate", "conflict", "untraced"}


def occurrences(haystack: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle``, overlapping included.

    >>> occurrences("aaa", "aa")
    [0, 1]
    """
    starts = []
    at = haystack.find(needle)
    while at != -1:
        starts.append(at)
        at = haystack.find(needle, at + 1)
    return starts


def locate(text: str, entry: dict[str, Any]) -> tuple[int, int]:
    """The span of an annotation's ``text`` + ``occurrence`` in ``text``."""
    needle = entry["text"]
    assert isinstance(needle, str), entry
    assert needle, f"empty text in {entry!r}"
    starts = occurrences(text, needle)
    n = entry["occurrence"]
    assert isinstance(n, int), entry
    assert 0 <= n < len(starts), f"{needle!r} occurrence {n} not found ({len(starts)} occurrences)"
    return starts[n], starts[n] + len(needle)


def corpus_ids() -> list[str]:
    return sorted(p.stem for p in CORPUS.glob("*.json"))


def load(article_id: str) -> tuple[str, dict[str, Any]]:
    raw = (CORPUS / f"{article_id}.txt").read_bytes()
    text = raw.decode("utf-8")
    with (CORPUS / f"{article_id}.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return text, data


def parse_number(value: str) -> Fraction:
    """A decimal string or a simple fraction ``"2/3"`` as an exact Fraction."""
    if re.fullmatch(r"\d+/\d+", value):
        num, den = value.split("/")
        return Fraction(int(num), int(den))
    try:
        return Fraction(Decimal(value))
    except InvalidOperation as exc:
        raise AssertionError(f"not a number: {value!r}") from exc


def test_corpus_is_big_enough() -> None:
    """The corpus holds at least the number of articles the brief asks for."""
    assert len(corpus_ids()) >= 6


def test_every_txt_has_json() -> None:
    """Articles and annotations come in pairs."""
    assert sorted(p.stem for p in CORPUS.glob("*.txt")) == corpus_ids()


def test_gitattributes_keep_bytes() -> None:
    """Git must not touch line endings of the corpus texts."""
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "tests/corpus/*.txt -text" in attributes


def test_readme_lists_every_article() -> None:
    """tests/corpus/README.md has a line for every article."""
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for article_id in corpus_ids():
        assert f"{article_id}.txt" in readme, article_id


@pytest.mark.parametrize("article_id", corpus_ids())
def test_schema(article_id: str) -> None:
    """Top-level keys, id and style are as specified."""
    text, data = load(article_id)
    assert set(data) == TOP_KEYS
    assert data["id"] == article_id
    assert data["style"] in STYLES
    assert isinstance(data["publisher"], str)
    assert data["publisher"]
    assert data["title"] is None or data["title"] in text
    words = len(text.split())
    assert 300 <= words <= 700, f"{words} words"


@pytest.mark.parametrize("article_id", corpus_ids())
def test_every_label_resolves(article_id: str) -> None:
    """Every text+occurrence of every list resolves to a span of the article."""
    text, data = load(article_id)
    for key in ("sentences", "quotes", "not_quotes", "figures", "ambiguous_figures"):
        for entry in data[key]:
            start, end = locate(text, entry)
            assert text[start:end] == entry["text"]
    for entry in data["not_figures"]:
        locate(text, entry)


@pytest.mark.parametrize("article_id", corpus_ids())
def test_no_duplicate_labels(article_id: str) -> None:
    """No span is labelled twice in the same list."""
    _, data = load(article_id)
    for key in ("sentences", "quotes", "not_quotes", "figures", "ambiguous_figures"):
        seen = [(e["text"], e["occurrence"]) for e in data[key]]
        assert len(seen) == len(set(seen)), key


@pytest.mark.parametrize("article_id", corpus_ids())
def test_sentences_are_trimmed(article_id: str) -> None:
    """Sentence labels have no leading or trailing white space and no line break inside."""
    _, data = load(article_id)
    for entry in data["sentences"]:
        assert entry["text"] == entry["text"].strip(), entry
        assert "\n" not in entry["text"], entry


@pytest.mark.parametrize("article_id", corpus_ids())
def test_sentences_never_cut_a_quote(article_id: str) -> None:
    """A sentence that overlaps a quote contains all of it (no split inside quotations)."""
    text, data = load(article_id)
    quotes = [locate(text, q) for q in data["quotes"]]
    for entry in data["sentences"]:
        start, end = locate(text, entry)
        for q_start, q_end in quotes:
            if q_start < end and start < q_end:
                assert start < q_start, (entry["text"], text[q_start:q_end])
                assert q_end <= end, (entry["text"], text[q_start:q_end])


@pytest.mark.parametrize("article_id", corpus_ids())
def test_quotes(article_id: str) -> None:
    """Quotes sit right inside quotation marks and their labels are well formed."""
    text, data = load(article_id)
    names: dict[str, str] = {}
    for entry in data["quotes"]:
        assert set(entry) == QUOTE_KEYS, entry
        start, end = locate(text, entry)
        assert entry["kind"] in QUOTE_KINDS
        assert start > 0, entry
        assert text[start - 1] in OPENING_MARKS, f"no mark before {entry}"
        after = text[end : end + 1]
        # A piece of a quote running across paragraphs ends at the paragraph's end.
        assert after in CLOSING_MARKS or after in ("\r", "\n"), f"no mark after {entry}"
        assert entry["text"] == entry["text"].strip()
        speaker, source, cue = entry["speaker"], entry["source"], entry["cue"]
        if speaker is not None:
            assert speaker in text, f"speaker {speaker!r} never written"
            assert not speaker.startswith(("the ", "The ", "Dr. ", "Mr. ", "Ms. ")), speaker
        if source is not None:
            assert source in text, f"source {source!r} not in text"
            first = source.split()[0].lower()
            named = first not in PRONOUNS and first not in {"the", "a", "an", "its", "his"}
            named = named and source[0].isupper() and source not in TITLE_MENTIONS
            if named and speaker is not None:
                assert names.setdefault(source, speaker) == speaker, source
                assert source.split()[-1].strip("’'s") in speaker, (source, speaker)
        if cue is not None:
            assert cue in text, f"cue {cue!r} not in text"


@pytest.mark.parametrize("article_id", corpus_ids())
def test_not_quotes(article_id: str) -> None:
    """Not-quotes say why they are not quotes."""
    _, data = load(article_id)
    for entry in data["not_quotes"]:
        assert set(entry) == {"text", "occurrence", "why"}
        assert entry["why"]


def check_figure(entry: dict[str, Any]) -> None:
    """One figure label is well formed: kind, unit, value, hedge and noun agree."""
    assert set(entry) == FIGURE_KEYS, entry
    kind, unit = entry["kind"], entry["unit"]
    assert kind in FIGURE_KINDS, entry
    if kind == "money":
        assert unit is not None, entry
        assert CURRENCY.fullmatch(unit), entry
    else:
        assert unit in KIND_UNITS[kind], entry
        assert unit is None or unit in UNITS
    value, high = entry["value"], entry["high"]
    if kind == "date":
        low_day = date.fromisoformat(value)
        if high is not None:
            assert low_day <= date.fromisoformat(high), entry
    else:
        low_num = parse_number(value)
        if high is not None:
            assert low_num <= parse_number(high), entry
    approx = entry["approx"]
    if approx is not None:
        assert approx == approx.lower(), entry
        assert entry["text"].lower().startswith(approx), entry
    if entry["noun"] is not None:
        assert kind == "count", entry


@pytest.mark.parametrize("article_id", corpus_ids())
def test_figures(article_id: str) -> None:
    """Figures carry allowed kinds and units and exact values; nouns follow them."""
    text, data = load(article_id)
    for entry in data["figures"]:
        check_figure(entry)
        _, end = locate(text, entry)
        if entry["noun"] is not None:
            assert entry["noun"] in text[end : end + 120], entry


@pytest.mark.parametrize("article_id", corpus_ids())
def test_other_labels(article_id: str) -> None:
    """Ambiguous figures and not-figures are located; not-figures say why."""
    _, data = load(article_id)
    for entry in data["ambiguous_figures"]:
        assert set(entry) == {"text", "occurrence"}
    for entry in data["not_figures"]:
        assert set(entry) == {"text", "occurrence", "why"}
        assert entry["why"]


@pytest.mark.parametrize("article_id", corpus_ids())
def test_every_digit_is_labelled(article_id: str) -> None:
    """Every digit lies inside a figure, an ambiguous figure or a not-figure label."""
    text, data = load(article_id)
    covered = bytearray(len(text))
    for key in ("figures", "ambiguous_figures", "not_figures"):
        for entry in data[key]:
            start, end = locate(text, entry)
            covered[start:end] = b"\x01" * (end - start)
    missing = [
        text[max(0, m.start() - 20) : m.end() + 20]
        for m in re.finditer(r"\d+", text)
        if not all(covered[m.start() : m.end()])
    ]
    assert missing == []


@pytest.mark.parametrize("article_id", corpus_ids())
def test_figures_do_not_overlap(article_id: str) -> None:
    """Figure spans never overlap one another."""
    text, data = load(article_id)
    spans = sorted(locate(text, e) for e in data["figures"])
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, text[start - 30 : start + 30]


# ---------------------------------------------------------------- examples/articles


def example_sources() -> list[str]:
    return sorted(p.stem for p in (EXAMPLES / "sources").glob("*.txt"))


@pytest.mark.skipif(not EXAMPLES.exists(), reason="example corpus not written yet")
def test_example_sources_have_metadata() -> None:
    """Every example source has a metadata file with the agreed keys."""
    ids = example_sources()
    assert len(ids) >= 4
    for source_id in ids:
        with (EXAMPLES / "sources" / f"{source_id}.json").open(encoding="utf-8") as fh:
            meta = json.load(fh)
        assert set(meta) == {"id", "publisher", "title", "published", "url", "byline"}
        assert meta["id"] == source_id
        date.fromisoformat(meta["published"])
        assert meta["url"].startswith("https://example.org/")


@pytest.mark.skipif(not EXAMPLES.exists(), reason="example corpus not written yet")
def test_example_expectations_resolve() -> None:
    """Every expected finding resolves in derived.txt and its evidence in its source."""
    derived = (EXAMPLES / "derived.txt").read_text(encoding="utf-8")
    with (EXAMPLES / "expected.json").open(encoding="utf-8") as fh:
        expected = json.load(fh)
    sources = {
        source_id: (EXAMPLES / "sources" / f"{source_id}.txt").read_text(encoding="utf-8")
        for source_id in example_sources()
    }
    verdicts = set()
    for entry in expected["figures"] + expected["quotes"]:
        locate(derived, entry)
        assert entry["verdict"] in VERDICTS, entry
        verdicts.add(entry["verdict"])
        assert entry["why"]
        if entry["verdict"] == "untraced":
            assert entry["evidence"] == [], entry
        else:
            assert entry["evidence"], entry
        for evidence in entry["evidence"]:
            assert set(evidence) == {"source", "sentence", "match"}, evidence
            assert evidence["source"] in sources, evidence
            assert evidence["sentence"] in sources[evidence["source"]], evidence
            assert evidence["match"] in evidence["sentence"], evidence
    for entry in expected["figures"]:
        check_figure({k: entry[k] for k in FIGURE_KEYS})
    for entry in expected["quotes"]:
        assert entry["kind"] in QUOTE_KINDS, entry
    assert verdicts == VERDICTS


@pytest.mark.skipif(not EXAMPLES.exists(), reason="example corpus not written yet")
def test_example_quotes_sit_inside_marks() -> None:
    """Every expected quote of derived.txt sits right inside quotation marks."""
    derived = (EXAMPLES / "derived.txt").read_text(encoding="utf-8")
    with (EXAMPLES / "expected.json").open(encoding="utf-8") as fh:
        expected = json.load(fh)
    for entry in expected["quotes"]:
        start, end = locate(derived, entry)
        assert derived[start - 1] in OPENING_MARKS, entry
        assert derived[end] in CLOSING_MARKS, entry


@pytest.mark.skipif(not EXAMPLES.exists(), reason="example corpus not written yet")
def test_example_digits_are_all_expected() -> None:
    """Every digit of derived.txt lies inside a figure that has an expected verdict."""
    derived = (EXAMPLES / "derived.txt").read_text(encoding="utf-8")
    with (EXAMPLES / "expected.json").open(encoding="utf-8") as fh:
        expected = json.load(fh)
    covered = bytearray(len(derived))
    for entry in expected["figures"]:
        start, end = locate(derived, entry)
        covered[start:end] = b"\x01" * (end - start)
    missing = [m.group() for m in re.finditer(r"\d+", derived) if not covered[m.start()]]
    assert missing == []


def test_loader_resolves_every_label() -> None:
    """The shared loader resolves every label to the exact characters of its article."""
    from corpus_loader import labelled_articles

    articles = labelled_articles()
    assert [a.id for a in articles] == corpus_ids()
    for article in articles:
        for group in (article.sentences, article.quotes, article.figures, article.not_figures):
            for label in group:
                assert article.text[label.start : label.end] == label.text


@pytest.mark.parametrize(
    ("needle", "what"),
    [
        pytest.param("\r\n", "CRLF line endings", id="crlf"),
        pytest.param("\u00a0", "no-break space", id="nbsp"),
        pytest.param("\u2009", "thin space", id="thin-space"),
        pytest.param("\t", "tab", id="tab"),
        pytest.param("„", "low-9 quotation mark", id="low-9"),
        pytest.param("«", "guillemet", id="guillemet"),
        pytest.param("‹", "single guillemet", id="single-guillemet"),
        pytest.param("''", "two apostrophes as a double mark", id="two-apostrophes"),
        pytest.param("”We", "reversed curly quotes", id="reversed-curly"),
    ],
)
def test_corpus_keeps_its_hazards(needle: str, what: str) -> None:
    """Some article still holds each character hazard (no editor normalised it away)."""
    texts = [load(article_id)[0] for article_id in corpus_ids()]
    assert any(needle in text for text in texts), what
