"""The command line: exit codes, JSON output, one-line errors, folders and metadata."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest
import trace_fixture as fx

from provenance import Analysis, Article, from_json, to_json
from provenance.cli import main
from provenance.trace import Report


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    """The fixture sources and summary, as JSON Analysis documents."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for analysis in fx.sources():
        (sources / f"{analysis.article.id}.json").write_text(to_json(analysis), encoding="utf-8")
    (tmp_path / "summary.json").write_text(to_json(fx.derived()), encoding="utf-8")
    return tmp_path


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """An extraction module that finds naive sentences and nothing else."""
    module = types.ModuleType("provenance.extract")
    module.analyze = lambda article: Analysis(  # type: ignore[attr-defined]
        article=article, sentences=fx.sentences(article)
    )
    monkeypatch.setitem(sys.modules, "provenance.extract", module)


def test_check_text_report_exits_1_on_problems(documents):
    """Untraced and conflicting findings: the text report, and exit status 1."""
    status, out, err = run(
        "check", str(documents / "summary.json"), "--sources", str(documents / "sources")
    )
    assert (status, err) == (1, "")
    assert out.splitlines()[0] == (
        "summary: 11 findings (5 traced, 2 approximate, 2 conflict, 2 untraced)"
    )
    assert "⟦about 3,000⟧" in out
    assert "\x1b[" not in out


def test_check_json_round_trips(documents):
    """--json writes a Report document that reads back."""
    status, out, _ = run(
        "check",
        str(documents / "summary.json"),
        "--sources",
        *(str(p) for p in sorted((documents / "sources").iterdir())),
        "--json",
    )
    report = from_json(out, Report)
    assert status == 1
    assert report.counts == fx_counts()


def fx_counts():
    from provenance.trace import Corpus

    return Corpus(fx.sources()).check(fx.derived()).counts


def test_check_colour_always(documents):
    """--color always marks with ANSI even off a terminal."""
    _, out, _ = run(
        "check",
        str(documents / "summary.json"),
        "--sources",
        str(documents / "sources"),
        "--color",
        "always",
    )
    assert "\x1b[1;4;35mabout 3,000\x1b[0m" in out


def test_check_exits_0_when_everything_traces(documents):
    """A text checked against itself traces completely: exit status 0."""
    wire = str(documents / "sources" / "wire.json")
    status, out, _ = run("check", wire, "--sources", wire)
    assert status == 0
    assert out.startswith("wire: 5 findings (5 traced, 0 approximate, 0 conflict, 0 untraced)")


@pytest.mark.usefixtures("fake_extraction")
def test_plain_text_with_metadata_beside_it(tmp_path):
    """A .txt source takes its id and metadata from a .json beside it."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "wire.txt").write_text(fx.WIRE.text, encoding="utf-8")
    (sources / "wire.json").write_text(
        json.dumps({"id": "wire-2019", "publisher": "Wire", "published": "2019-11-07"}),
        encoding="utf-8",
    )
    (tmp_path / "summary.json").write_text(to_json(fx.derived()), encoding="utf-8")
    _, out, _ = run("check", str(tmp_path / "summary.json"), "--sources", str(sources), "--json")
    report = from_json(out, Report)
    fragment = next(f for f in report if f.subject.text == "find out who cut corners")
    assert (report.source_count, fragment.evidence[0].article_id) == (1, "wire-2019")


ERRORS = [
    ("missing-file", lambda d: ["check", str(d / "nope.txt"), "--sources", str(d)], "no such file"),
    (
        "missing-source",
        lambda d: ["check", str(d / "summary.json"), "--sources", str(d / "gone")],
        "no such file or folder",
    ),
    (
        "undecodable",
        lambda d: ["check", str(d / "latin1.txt"), "--sources", str(d / "sources")],
        "not UTF-8 text (byte 0xe9 at offset 3)",
    ),
    (
        "bad-json",
        lambda d: ["check", str(d / "broken.json"), "--sources", str(d / "sources")],
        "bad JSON",
    ),
    (
        "not-a-document",
        lambda d: ["check", str(d / "list.json"), "--sources", str(d / "sources")],
        "not a provenance document",
    ),
    (
        "invalid-document",
        lambda d: ["check", str(d / "tampered.json"), "--sources", str(d / "sources")],
        "invalid document",
    ),
    (
        "empty-folder",
        lambda d: ["check", str(d / "summary.json"), "--sources", str(d / "empty")],
        "folder holds no .txt or .json sources",
    ),
    (
        "no-extraction",
        lambda d: ["check", str(d / "plain.txt"), "--sources", str(d / "sources")],
        "extraction is not available",
    ),
]


@pytest.mark.parametrize(
    ("argv", "message"), [pytest.param(argv, message, id=name) for name, argv, message in ERRORS]
)
def test_errors_exit_2_with_one_line(documents, monkeypatch, argv, message):
    """Bad input: exit 2, one line on stderr naming the problem, nothing on stdout."""
    monkeypatch.setitem(sys.modules, "provenance.extract", None)
    (documents / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (documents / "broken.json").write_text('{"format": ', encoding="utf-8")
    (documents / "list.json").write_text("[1, 2]", encoding="utf-8")
    (documents / "plain.txt").write_text("Plain text.", encoding="utf-8")
    (documents / "empty").mkdir()
    data = json.loads(to_json(fx.derived()))
    data["data"]["quotes"][0]["span"]["end"] += 1
    (documents / "tampered.json").write_text(json.dumps(data), encoding="utf-8")
    status, out, err = run(*argv(documents))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("provenance: error: ")
    assert message in err


def test_analyze_prints_quotes_and_figures(documents):
    """The analyze command lists quotes with speakers and figures with values and intervals."""
    status, out, _ = run("analyze", str(documents / "summary.json"))
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "summary: 11 sentences, 5 quotes, 6 figures"
    assert "  309..333 partial “find out who cut corners” — Hanna Voss" in lines
    assert "  14..23 “40 tonnes” = 40 t (mass) of “sludge” means 39.5..40.5 t" in lines


def test_analyze_json(documents):
    """The analyze command with --json writes the Analysis document."""
    status, out, _ = run("analyze", str(documents / "summary.json"), "--json")
    assert status == 0
    assert from_json(out, Analysis) == fx.derived()


def test_article_json_needs_extraction(documents, monkeypatch):
    """An Article document is analysed like plain text."""
    monkeypatch.setitem(sys.modules, "provenance.extract", None)
    path = documents / "article.json"
    path.write_text(to_json(Article("a", "Text.")), encoding="utf-8")
    status, _, err = run("analyze", str(path))
    assert status == 2
    assert "extraction is not available" in err


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        """Always a terminal."""
        return True


def test_progress_on_a_terminal_for_many_sources(tmp_path):
    """Indexing many sources shows a progress bar on a terminal stderr, and clears it."""
    from provenance.cli import PROGRESS_MIN

    folder = tmp_path / "sources"
    folder.mkdir()
    for number in range(PROGRESS_MIN):
        article = Article(f"s{number:02}", f"Source number {number} says little.")
        (folder / f"s{number:02}.json").write_text(to_json(Analysis(article=article)), "utf-8")
    derived = tmp_path / "d.json"
    derived.write_text(to_json(Analysis(article=Article("d", "Nothing."))), "utf-8")
    out, err = io.StringIO(), Terminal()
    status = main(["check", str(derived), "--sources", str(folder)], stdout=out, stderr=err)
    assert status == 0
    assert f"] {PROGRESS_MIN}/{PROGRESS_MIN}" in err.getvalue()
    assert err.getvalue().endswith("\r")
    assert out.getvalue().startswith("d: 0 findings")
