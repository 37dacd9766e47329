"""Check a plain summary string (an LLM's, say) against two source reports.

Run: ``python examples/check_summary.py``. All text here is made up for the example.
"""

from __future__ import annotations

from provenance import Article
from provenance.trace import check

SOURCES = [
    Article(
        "harbour-gazette",
        "Firefighters brought a blaze at the Tellmark grain terminal under control on "
        "Sunday after nearly nine hours, the fire service said.\n"
        "About 1,200 tonnes of wheat were destroyed and two workers were treated for "
        "smoke inhalation.\n"
        '"The silos held, and that saved the rest of the harbour," said fire chief '
        "Maren Holt.\n",
    ),
    Article(
        "coast-radio",
        "A fire at the Tellmark grain terminal burned for almost nine hours on Sunday.\n"
        "Port director Ivo Brenner said the terminal would reopen within 10 days.\n"
        '"We owe the crews a great deal," Brenner told reporters.\n',
    ),
]

SUMMARY = (
    "A fire at the Tellmark grain terminal burned for nine hours on Sunday, destroying "
    "about 1,200 tonnes of wheat. Two workers were treated for smoke inhalation and "
    '40 people were evacuated. Fire chief Maren Holt said "the silos held, and that '
    'saved the rest of the harbour." "We owe the crews a great deal," Holt added.'
)


def main() -> None:
    report = check(SUMMARY, SOURCES)
    print(report.render())
    print()
    print("ok" if report.ok else f"{len(report.problems)} problem(s) to fix before publishing")


if __name__ == "__main__":
    main()
