"""The text rendering of a report: what a fact-checker reads (private; see ``Report.render``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance.model import Figure, Verdict

if TYPE_CHECKING:
    from provenance.trace.report import Evidence, Finding, Report

__all__ = ["render_report"]

_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_COLORS = {
    Verdict.TRACED: "\033[32m",  # green
    Verdict.APPROXIMATE: "\033[36m",  # cyan
    Verdict.CONFLICT: "\033[31m",  # red
    Verdict.UNTRACED: "\033[33m",  # yellow
}
_MARK = "\033[1;4;35m"  # bold, underlined, magenta
_OPEN, _CLOSE = "⟦", "⟧"
_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _marked(evidence: Evidence, *, color: bool, width: int) -> str:
    """The evidence sentence on one line, the matched pieces marked, shortened to ``width``."""
    base = evidence.sentence.start
    text = evidence.sentence_text
    cuts = sorted((p.start - base, p.end - base) for p in evidence.pieces)
    first, last = cuts[0][0], cuts[-1][1]
    lead, tail = 0, len(text)
    if len(text) > width:
        room = max(width - (last - first), 20) // 2
        lead, tail = max(0, first - room), min(len(text), last + room)
    out: list[str] = ["…" if lead > 0 else ""]
    cursor = lead
    for start, end in cuts:
        out.append(_one_line_keep(text[cursor:start]))
        inner = _one_line_keep(text[start:end])
        out.append(f"{_MARK}{inner}{_RESET}" if color else f"{_OPEN}{inner}{_CLOSE}")
        cursor = end
    out.append(_one_line_keep(text[cursor:tail]))
    out.append("…" if tail < len(text) else "")
    return "".join(out)


def _one_line_keep(text: str) -> str:
    """White space runs made single spaces, keeping a leading or trailing space."""
    return _SPACES.sub(" ", text)


def _finding(finding: Finding, *, color: bool, width: int) -> list[str]:
    subject = finding.subject
    label = finding.verdict.value.upper()
    if color:
        label = f"{_BOLD}{_COLORS[finding.verdict]}{label}{_RESET}"
    what = finding.what
    where = f"{subject.span.start}..{subject.span.end}"
    extra = ""
    if not isinstance(subject, Figure) and subject.speaker is not None:
        extra = f" (attributed to {subject.speaker})"
    lines = [f"{label} {what} “{_one_line(subject.text)}” at {where}{extra}"]
    lines.append(f"    {finding.reason}")
    for evidence in finding.evidence:
        sentence = f"{evidence.sentence.start}..{evidence.sentence.end}"
        head = f"{evidence.article_id} {sentence} ({evidence.kind.value}, {evidence.score:.2f})"
        if color:
            head = f"{_DIM}{head}{_RESET}"
        lines.append(f"    {head}: {_marked(evidence, color=color, width=width)}")
    return lines


def render_report(report: Report, *, color: bool, width: int) -> str:
    """The whole report: a summary line, then each finding in text order."""
    lines = [report.summary()]
    for finding in report:
        lines.append("")
        lines.extend(_finding(finding, color=color, width=width))
    return "\n".join(lines)
