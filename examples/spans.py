"""Build an article, find spans in it, convert offsets, and round-trip it through JSON.

Run: python examples/spans.py
"""

from provenance import (
    Analysis,
    Article,
    Attribution,
    Figure,
    Quote,
    QuoteKind,
    Sentence,
    from_json,
    to_json,
)

TEXT = (
    "PORTO, Portugal — Harbour police seized 340 kilograms, or about 750 pounds, "
    "of cocaine from a cargo ship on Tuesday.\n\n"
    "“This is the largest seizure in the port’s history,” Inspector Marta Lobo told "
    "reporters. She said the ship had sailed from 🇧🇷 Santos."
)


def main() -> None:
    article = Article("porto-1", TEXT, publisher="Douro Daily")
    print(f"article {article.id!r}: {len(article.text)} code points, sha256 {article.digest[:16]}…")

    kilos = article.find("340 kilograms")
    pounds = article.find("about 750 pounds")
    words = article.find("This is the largest seizure in the port’s history,")
    flag = article.find("🇧🇷 Santos")
    for name, span in [("kilos", kilos), ("pounds", pounds), ("quote", words), ("flag", flag)]:
        print(
            f"{name:>6}: {span.start:>3}..{span.end:<3} utf16 {span.to_utf16(article.text)} "
            f"utf8 {span.to_utf8(article.text)} {article.slice(span)!r}"
        )

    mass = Figure.at(article, kilos.start, kilos.end, value=340, unit="kg", kind="mass")
    approx = Figure.at(
        article, pounds.start, pounds.end, value=750, unit="lb", kind="mass", approx="about"
    )
    print(f"\n{mass.text!r} is {mass.interval}")
    print(f"{approx.text!r} is {approx.interval}")
    print(f"compatible: {mass.compatible(approx)}")

    attribution = Attribution.at(
        article,
        content=words,
        speaker="Marta Lobo",
        source=article.find("Inspector Marta Lobo"),
        cue=article.find("told reporters"),
    )
    quote = Quote.at(
        article, words.start, words.end, kind=QuoteKind.DIRECT, attribution=attribution
    )
    first = Sentence.at(article, 0, article.text.index("\n"))
    analysis = Analysis(article=article, sentences=[first], quotes=[quote], figures=[approx, mass])

    document = to_json(analysis, indent=2)
    back = from_json(document, Analysis)
    print(f"\nJSON document: {len(document)} characters; round trip exact: {back == analysis}")
    print(f"quote by {back.quotes[0].speaker}: {back.quotes[0].text!r}")


if __name__ == "__main__":
    main()
