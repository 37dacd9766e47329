"""A test helper for users who gate their own pipelines on provenance.

Example:
    >>> from provenance import Analysis, Article
    >>> source = Analysis(article=Article("wire", "Nothing to trace."))
    >>> report = assert_traceable(Analysis(article=Article("summary", "Quiet.")), [source])
    >>> report.ok
    True
"""

from __future__ import annotations

from collections.abc import Iterable

from provenance.model import Verdict
from provenance.trace import Corpus, Report, check
from provenance.trace.corpus import Source

__all__ = ["assert_traceable"]


def assert_traceable(
    text_or_article: Source,
    sources: Iterable[Source] | Corpus,
    *,
    allow: Iterable[Verdict | str] = (),
    ignore: Iterable[str] = (),
) -> Report:
    """Fail the calling test, showing the rendered report, unless everything traces.

    A finding fails the test when its verdict is ``UNTRACED`` or ``CONFLICT``
    and is not allowed.

    Args:
        text_or_article: The text to check (plain text, an article or an analysis).
        sources: The sources, or a ready :class:`~provenance.trace.Corpus`.
        allow: Verdicts to tolerate as well (``Verdict.UNTRACED`` or ``"untraced"``),
            e.g. for a summary allowed to add figures of its own.
        ignore: Subjects (figures or quotes, their exact text) exempt from the check.

    Returns:
        The report, for further assertions.

    Raises:
        AssertionError: With the summary and every failing finding rendered
            (verdict, reason, source sentences with the matched characters marked).

    Example:
        >>> from provenance import Analysis, Article, Figure
        >>> text = Article("summary", "The bridge cost 9 million euros.")
        >>> figure = Figure.at(text, 16, 31, value=9000000, unit="EUR", kind="money")
        >>> assert_traceable(Analysis(article=text, figures=[figure]), [])
        Traceback (most recent call last):
        ...
        AssertionError: 1 of 1 findings untraced or in conflict
        ...
        >>> assert_traceable(Analysis(article=text, figures=[figure]), [],
        ...                  allow=["untraced"]).ok
        False
    """
    allowed = {Verdict(v) for v in allow}
    exempt = set(ignore)
    report = check(text_or_article, sources)
    failing = [
        f for f in report.problems if f.verdict not in allowed and f.subject.text not in exempt
    ]
    if failing:
        shown = Report(article=report.article, findings=failing, source_count=report.source_count)
        raise AssertionError(
            f"{len(failing)} of {len(report)} findings untraced or in conflict\n"
            f"{report.summary()}\n\n" + shown.render().split("\n", 1)[1].lstrip("\n")
        )
    return report
