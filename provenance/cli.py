"""The command line: ``provenance check`` and ``provenance analyze``.

``provenance check DERIVED --sources SRC...`` traces every figure and quote of
DERIVED to the sources (files or folders; ``.txt`` is plain UTF-8 text,
``.json`` a document written by :func:`provenance.to_json` holding an
``Article`` or an ``Analysis``). A ``.json`` file beside a ``.txt`` file of the
same name that is not such a document is read as that article's metadata
(``id``, ``publisher``, ``title``, ``published`` as an ISO date, ``url``,
``byline``). Exit status: 0 when everything traces, 1 when anything is
untraced or in conflict, 2 on bad input (one line on stderr, nothing on
stdout).

``provenance analyze FILE`` prints the quotes with their speakers and the
figures with their values.

Example:
    >>> import io
    >>> main(["check", "/no/such/file.txt", "--sources", "/no/such/dir"], stderr=io.StringIO())
    2
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from provenance.errors import DocumentError, ProvenanceError
from provenance.model import Analysis, Article, Figure
from provenance.serialize import from_json, to_json

__all__ = ["InputError", "load", "main"]

#: Show a progress indicator on a terminal when indexing at least this many sources.
PROGRESS_MIN = 20

_METADATA = ("id", "publisher", "title", "published", "url", "byline")


class InputError(ProvenanceError, ValueError):
    """A file the command line cannot read as an article.

    Example:
        >>> str(InputError("x.txt: no such file"))
        'x.txt: no such file'
    """


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def _is_document(value: object) -> bool:
    return isinstance(value, dict) and "format" in value and "type" in value


def _metadata(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: bad JSON ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object of article metadata")
    fields: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _METADATA or value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"{path}: metadata {key!r} must be a string, not {value!r}")
        if key == "published":
            try:
                fields[key] = datetime.date.fromisoformat(value)
            except ValueError:
                raise InputError(f"{path}: published {value!r} is not an ISO date") from None
        else:
            fields[key] = value
    return fields


def load(path: Path) -> Article | Analysis:
    """Read one file as an article (``.txt``, with ``.json`` metadata beside it) or a document.

    Raises:
        InputError: For a missing or unreadable file, undecodable bytes or bad JSON.
        DocumentError: For a provenance document that does not validate.

    Example:
        >>> import tempfile
        >>> folder = Path(tempfile.mkdtemp())
        >>> _ = (folder / "wire.txt").write_text("Crews worked all night.", encoding="utf-8")
        >>> load(folder / "wire.txt").id
        'wire'
    """
    text = _read_text(path)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}: bad JSON ({error})") from None
        if not _is_document(data):
            raise InputError(f"{path}: not a provenance document (no format and type)")
        try:
            result: object = from_json(text)
        except DocumentError as error:
            problems = "; ".join(error.errors[:3])
            more = f" (and {len(error.errors) - 3} more)" if len(error.errors) > 3 else ""
            raise InputError(f"{path}: invalid document: {problems}{more}") from None
        if not isinstance(result, (Article, Analysis)):
            kind = type(result).__name__
            raise InputError(f"{path}: holds a {kind}, expected an Article or an Analysis")
        return result
    fields: dict[str, Any] = {"id": path.stem}
    meta = path.with_suffix(".json")
    if meta.is_file():
        fields.update(_metadata(meta))
    article_id = fields.pop("id")
    return Article(article_id, text, **fields)


def _is_metadata(path: Path) -> bool:
    """A ``.json`` file beside a ``.txt`` of the same name that is not a document."""
    if path.suffix.lower() != ".json" or not path.with_suffix(".txt").is_file():
        return False
    try:
        return not _is_document(json.loads(_read_text(path)))
    except json.JSONDecodeError:
        return True  # reported when the .txt is loaded


def source_files(paths: Sequence[Path]) -> list[Path]:
    """The files named, with the ``.txt`` and ``.json`` files inside named folders.

    Raises:
        InputError: If a path does not exist, or a folder holds no sources.

    Example:
        >>> source_files([Path("/no/such/dir")])
        Traceback (most recent call last):
        ...
        provenance.cli.InputError: /no/such/dir: no such file or folder
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in (".txt", ".json") and not _is_metadata(p)
            )
            if not found:
                raise InputError(f"{path}: folder holds no .txt or .json sources")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def _analysis(item: Article | Analysis) -> Analysis:
    if isinstance(item, Analysis):
        return item
    try:
        from provenance.extract import analyze  # type: ignore[import-not-found, attr-defined, unused-ignore]
    except ImportError:
        raise InputError(
            "extraction is not available in this installation (provenance.extract is missing); "
            "give analysed sources as JSON Analysis documents"
        ) from None
    result: Analysis = analyze(item)
    return result


def _progress(stream: TextIO, total: int) -> Callable[[int], None] | None:
    if total < PROGRESS_MIN or not stream.isatty():
        return None

    def show(done: int) -> None:
        width = 30
        filled = width * done // total
        stream.write(f"\rindexing sources [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            stream.write("\r" + " " * (width + 40) + "\r")
        stream.flush()

    return show


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from provenance.trace import Corpus, color_wanted

    derived = _analysis(load(Path(args.derived)))
    files = source_files([Path(p) for p in args.sources])
    analyses = [_analysis(load(p)) for p in files]
    corpus = Corpus(analyses, progress=_progress(err, len(analyses)))
    report = corpus.check(derived)
    if args.json:
        text = to_json(report, indent=2)
    else:
        color = args.color == "always" or (args.color == "auto" and color_wanted(out))
        text = report.render(color=color)
    out.write(text + "\n")
    return 0 if report.ok else 1


def _describe_figure(figure: Figure) -> str:
    from provenance.trace.figures import describe_interval

    value = f"{figure.value}" if figure.high is None else f"{figure.value}..{figure.high}"
    parts = [f"{value} {figure.unit or ''}".rstrip(), f"({figure.kind.value})"]
    if figure.approx:
        parts.append(f"hedge “{figure.approx}”")
    if figure.noun:
        parts.append(f"of “{figure.noun}”")
    parts.append(f"means {describe_interval(figure)}")
    return " ".join(parts)


def _analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    analysis = _analysis(load(Path(args.file)))
    if args.json:
        out.write(to_json(analysis, indent=2) + "\n")
        return 0
    lines = [
        f"{analysis.article.id}: {len(analysis.sentences)} sentences, "
        f"{len(analysis.quotes)} quotes, {len(analysis.figures)} figures",
        "",
        "quotes:",
    ]
    for quote in analysis.quotes:
        speaker = quote.speaker or "(speaker unknown)"
        cue = ""
        if quote.attribution is not None and quote.attribution.cue_text:
            cue = f", cue “{quote.attribution.cue_text}”"
        where = f"{quote.span.start}..{quote.span.end}"
        lines.append(f"  {where} {quote.kind.value} “{quote.text}” — {speaker}{cue}")
    lines += ["", "figures:"]
    for figure in analysis.figures:
        where = f"{figure.span.start}..{figure.span.end}"
        lines.append(f"  {where} “{figure.text}” = {_describe_figure(figure)}")
    out.write("\n".join(lines) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="provenance",
        description="Trace every figure and quote of a text to the source sentences that state it.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser(
        "check",
        help="trace a text's figures and quotes to sources",
        description="Exit 0 when everything traces, 1 when not, 2 on bad input.",
    )
    check.add_argument("derived", metavar="DERIVED", help="the text to check (.txt or .json)")
    check.add_argument(
        "--sources",
        metavar="SRC",
        nargs="+",
        required=True,
        help="source files or folders (.txt plain text, .json provenance documents)",
    )
    check.add_argument("--json", action="store_true", help="write the report as JSON")
    check.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (auto: on a terminal, unless NO_COLOR is set)",
    )
    check.set_defaults(run=_check)
    analyze = commands.add_parser("analyze", help="print the quotes and figures found in a text")
    analyze.add_argument("file", metavar="FILE", help="the text (.txt or .json)")
    analyze.add_argument("--json", action="store_true", help="write the analysis as JSON")
    analyze.set_defaults(run=_analyze)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status.

    Args:
        argv: The arguments (``sys.argv[1:]`` when omitted).
        stdout: Where the report goes (``sys.stdout`` when omitted).
        stderr: Where errors and progress go (``sys.stderr`` when omitted).

    Example:
        >>> import io
        >>> err = io.StringIO()
        >>> main(["analyze", "/no/such/file.txt"], stderr=err)
        2
        >>> print(err.getvalue().strip())
        provenance: error: /no/such/file.txt: no such file
    """
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args, out, err)
    except ProvenanceError as error:
        first = str(error).strip().splitlines()
        detail = "; ".join(line.strip() for line in first)
        err.write(f"provenance: error: {detail}\n")
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
