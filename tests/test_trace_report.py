"""Reports: counts, ok, rendering with marked matches, and exact JSON round trips."""

from __future__ import annotations

import json

import attrs
import pytest
import trace_fixture as fx

from provenance import Article, DocumentError, Quote, Span, SpanError, Verdict, from_json, to_json
from provenance.trace import Corpus, Evidence, Finding, MatchKind, Report, check, color_wanted


@pytest.fixture(scope="module")
def report() -> Report:
    return Corpus(fx.sources()).check(fx.derived())


def test_one_finding_per_figure_and_quote(report):
    """Every figure and quote of the text has exactly one finding, in text order."""
    derived = fx.derived()
    subjects = [f.subject for f in report]
    expected = sorted([*derived.figures, *derived.quotes], key=lambda s: s.span.start)
    assert subjects == expected


def test_counts_and_ok(report):
    """Counts list every verdict; the report is not ok with conflicts or untraced findings."""
    assert report.counts == {
        Verdict.TRACED: 5,
        Verdict.APPROXIMATE: 2,
        Verdict.CONFLICT: 2,
        Verdict.UNTRACED: 2,
    }
    assert not report.ok
    assert [f.subject.text for f in report.problems] == [
        "30,000",
        "600",
        "The water is safe to drink, and residents should not worry,",
        "We saw this coming for years,",
    ]
    assert report.source_count == 3


def test_render_marks_matched_characters(report):
    """The rendering shows verdict, subject with offsets, reason and the marked source."""
    text = report.render()
    assert text.splitlines()[0] == (
        "summary: 11 findings (5 traced, 2 approximate, 2 conflict, 2 untraced)"
    )
    block = text.split("\n\n")[3]
    assert block == (
        "CONFLICT figure “30,000” at 139..145\n"
        "    wire states “about 3,000” (2,700..3,300) for the same thing; "
        "“30,000” means 29,999.5..30,000.5\n"
        "    wire 150..265 (incompatible, 0.62): The spill killed ⟦about 3,000⟧ fish along a "
        "12-kilometre stretch of the ri…"
    )
    assert "⟦We will find out who cut corners⟧, and ⟦they will pay for every fish⟧" in text


def test_render_in_colour(report):
    """With colour, verdicts and matches are ANSI-marked instead of bracketed."""
    text = report.render(color=True)
    assert "\x1b[1m\x1b[31mCONFLICT\x1b[0m" in text
    assert "\x1b[1;4;35mabout 3,000\x1b[0m" in text
    assert "⟦" not in text


def test_color_wanted_respects_no_color(monkeypatch):
    """Colour only on a terminal, and never when NO_COLOR is set."""

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert color_wanted(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not color_wanted(Tty())


def test_json_round_trip_is_exact(report):
    """A report survives to_json/from_json exactly, figures and quotes tagged by type."""
    document = to_json(report)
    assert from_json(document, Report) == report
    subjects = [f["subject"]["type"] for f in json.loads(document)["data"]["findings"]]
    assert subjects.count("Figure") == 6
    assert subjects.count("Quote") == 5


def test_json_refuses_subject_from_another_text(report):
    """A subject whose span no longer covers its text is refused, with its path."""
    data = json.loads(to_json(report))
    data["data"]["findings"][0]["subject"]["span"]["start"] += 1
    with pytest.raises(DocumentError) as error:
        from_json(json.dumps(data), Report)
    assert "findings[0].subject.span" in str(error.value)


def test_evidence_checks_its_own_spans():
    """Evidence refuses a match outside its sentence or a text that disagrees."""
    good = Evidence.of(
        "wire", "One. Two three.", Span(5, 15), Span(9, 14), kind=MatchKind.EXACT, score=1.0
    )
    assert good.match_text == "three"
    with pytest.raises(SpanError, match="lies outside sentence"):
        attrs.evolve(good, match=Span(0, 3), match_text="One")
    with pytest.raises(SpanError, match="covers 'three' but records 'thing'"):
        attrs.evolve(good, match_text="thing")
    with pytest.raises(ValueError, match="score must be a number from 0 to 1"):
        attrs.evolve(good, score=1.5)


def test_report_refuses_subject_outside_article():
    """A report binds every subject to the checked article."""
    quote = Quote(span=Span(0, 40), text="x" * 40)
    finding = Finding(subject=quote, verdict=Verdict.UNTRACED, evidence=(), reason="")
    with pytest.raises(SpanError, match=r"findings\[0\]\.subject\.span"):
        Report(article=Article("d", "short"), findings=[finding])


def test_check_accepts_a_ready_corpus():
    """check() builds a corpus from sources, or reuses one."""
    corpus = Corpus(fx.sources())
    assert check(fx.derived(), corpus) == check(fx.derived(), fx.sources())
    assert len(corpus) == 3
    assert corpus.sentence_count == 11
