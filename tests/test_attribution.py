"""Attribution: cues, sources and resolved speakers, as tables of short texts."""

from __future__ import annotations

import pytest

from provenance.extract import analyze

# (text, [(quote text, speaker, source as written, cue as written)])
QUOTE_SPEAKERS = [
    pytest.param(
        "“We acted fast,” said Omar Diaz.",
        [("We acted fast,", "Omar Diaz", "Omar Diaz", "said")],
        id="inverted-name",
    ),
    pytest.param(
        "Omar Diaz, head of the port authority, spoke. “We acted fast,” Diaz said.",
        [("We acted fast,", "Omar Diaz", "Diaz", "said")],
        id="surname-to-full-name",
    ),
    pytest.param(
        "Omar Diaz runs the port. “We acted fast,” he told reporters.",
        [("We acted fast,", "Omar Diaz", "he", "told reporters")],
        id="pronoun-told-reporters",
    ),
    pytest.param(
        "“It held,” Lena Park, chief engineer at the dam, said on Monday.",
        [("It held,", "Lena Park", "Lena Park", "said")],
        id="appositive-between-source-and-cue",
    ),
    pytest.param(
        "“It held,” said Lena Park, chief engineer at the dam.",
        [("It held,", "Lena Park", "Lena Park", "said")],
        id="inverted-with-appositive",
    ),
    pytest.param(
        "“No comment,” Deputy Mayor Ines Soto said.",
        [("No comment,", "Ines Soto", "Ines Soto", "said")],
        id="job-title-left-out",
    ),
    pytest.param(
        "“No comment,” Dr. Ines Soto said.",
        [("No comment,", "Ines Soto", "Dr. Ines Soto", "said")],
        id="courtesy-title-kept-in-source",
    ),
    pytest.param(
        "Ines Soto, the deputy mayor, spoke first. “Stay home,” the deputy mayor said.",
        [("Stay home,", "Ines Soto", "the deputy mayor", "said")],
        id="title-resolves-when-unique",
    ),
    pytest.param(
        "The port minister, Omar Diaz, spoke. “We start now,” the minister said.",
        [("We start now,", "Omar Diaz", "the minister", "said")],
        id="title-from-description-before-name",
    ),
    pytest.param(
        "“Stay home,” a senior official said.",
        [("Stay home,", None, "a senior official", "said")],
        id="unnamed-official",
    ),
    pytest.param(
        "The Harbour District Court sat late. “The appeal fails,” the court said.",
        [("The appeal fails,", "Harbour District Court", "the court", "said")],
        id="organisation-generic-to-fullest-name",
    ),
    pytest.param(
        "The ministry claimed in a statement that smugglers “moved their labs offshore.”",
        [("moved their labs offshore.", "ministry", "The ministry", "claimed in a statement")],
        id="organisation-never-named",
    ),
    pytest.param(
        "“We will act. We must,” Lena Park said. “Now.”",
        [
            ("We will act. We must,", "Lena Park", "Lena Park", "said"),
            ("Now.", "Lena Park", "Lena Park", "said"),
        ],
        id="second-quote-same-paragraph",
    ),
    pytest.param(
        "Lena Park wrote: “The data are clear.”",
        [("The data are clear.", "Lena Park", "Lena Park", "wrote")],
        id="cue-before-colon",
    ),
    pytest.param(
        "“Costs rose,” according to Lena Park.",
        [("Costs rose,", "Lena Park", "Lena Park", "according to")],
        id="according-to",
    ),
    pytest.param(
        "Tern Energy cut power. “We regret it,” the statement said.",
        [("We regret it,", None, "the statement", "said")],
        id="document-is-no-speaker",
    ),
    pytest.param(
        "Tern Energy cut power. “We regret it,” the company said.",
        [("We regret it,", "Tern Energy", "the company", "said")],
        id="generic-company-to-last-organisation",
    ),
    pytest.param(
        "“Who pays?” she asked.",
        [("Who pays?", None, "she", "asked")],
        id="pronoun-without-antecedent",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_SPEAKERS)
def test_quote_attribution(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """Each quote gets the expected speaker, source mention and cue."""
    got = [
        (
            q.text,
            q.speaker,
            q.attribution.source_text if q.attribution else None,
            q.attribution.cue_text if q.attribution else None,
        )
        for q in analyze(text).quotes
    ]
    assert got == expected


def test_multi_paragraph_pieces_share_the_speaker() -> None:
    """Every piece of a quote running over paragraphs has the same speaker."""
    text = (
        "Lena Park spoke at the hearing.\n\n"
        "“The first report came in 2014,” she said. “Nobody read it.\n\n"
        "“The second came in 2019.\n\n"
        "“Then the wall fell.”\n\n"
        "The hearing ended."
    )
    quotes = analyze(text).quotes
    assert [q.text for q in quotes] == [
        "The first report came in 2014,",
        "Nobody read it.",
        "The second came in 2019.",
        "Then the wall fell.",
    ]
    assert {q.speaker for q in quotes} == {"Lena Park"}


def test_cue_less_paragraph_continues_previous_speaker() -> None:
    """A quote paragraph with no cue continues the previous paragraph's quote speaker."""
    text = "“We are ready,” said Omar Diaz.\n\n“The boats are fuelled and waiting.”"
    quotes = analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are ready,", "Omar Diaz"),
        ("The boats are fuelled and waiting.", "Omar Diaz"),
    ]
    assert quotes[1].attribution is not None
    assert quotes[1].attribution.cue is None


# (text, [(content, speaker, source, cue)]) for reported speech without quotes
REPORTED = [
    pytest.param(
        "Omar Diaz said that 40 boats had left.",
        [("40 boats had left", "Omar Diaz", "Omar Diaz", "said")],
        id="said-that",
    ),
    pytest.param(
        "About 40 boats left, according to the coastguard service.",
        [("About 40 boats left", "coastguard service", "the coastguard service", "according to")],
        id="according-to-after",
    ),
    pytest.param(
        "According to police, 40 boats left.",
        [("40 boats left", "police", "police", "According to")],
        id="according-to-before",
    ),
    pytest.param(
        "Forty boats left early, the harbour master said on Friday.",
        [("Forty boats left early", None, "the harbour master", "said")],
        id="clause-then-source",
    ),
    pytest.param(
        "The port authority said on Tuesday that 340 kilograms were seized.",
        [("340 kilograms were seized", "port authority", "The port authority", "said")],
        id="said-adjunct-that",
    ),
    pytest.param(
        "Ana Ruiz told reporters at a briefing in Lagos that 40 officers took part.",
        [("40 officers took part", "Ana Ruiz", "Ana Ruiz", "told reporters")],
        id="told-adjunct-that",
    ),
    pytest.param(
        "The ministry said Wednesday 12 people had died.",
        [("12 people had died", "ministry", "The ministry", "said")],
        id="said-weekday",
    ),
    pytest.param(
        "The mayor said the city that never sleeps would rest.",
        [("the city that never sleeps would rest", None, "The mayor", "said")],
        id="that-inside-the-clause",
    ),
    pytest.param(
        "The Council for the Study of the Sea said cod fell by 40%.",
        [
            (
                "cod fell by 40%",
                "Council for the Study of the Sea",
                "The Council for the Study of the Sea",
                "said",
            )
        ],
        id="organisation-name-through-for-the",
    ),
    pytest.param(
        "Nine men were held, according to the Office of the Prosecutor.",
        [
            (
                "Nine men were held",
                "Office of the Prosecutor",
                "the Office of the Prosecutor",
                "according to",
            )
        ],
        id="organisation-name-through-of-the-after-cue",
    ),
    pytest.param(
        "The Centers for Disease Control said 40 people died.",
        [
            (
                "40 people died",
                "Centers for Disease Control",
                "The Centers for Disease Control",
                "said",
            )
        ],
        id="plural-organisation-word",
    ),
    pytest.param(
        "Ana Ruiz of the Port Authority said 12 boats left.",
        [("12 boats left", "Ana Ruiz", "Ana Ruiz", "said")],
        id="person-of-the-organisation-is-not-bridged",
    ),
    pytest.param(
        "The Ministry of Health and the Food Agency said 12 boats left.",
        [("12 boats left", "Food Agency", "the Food Agency", "said")],
        id="and-the-joins-two-organisations",
    ),
    pytest.param(
        "According to a statement from the Ministry of Health, 14 people were held.",
        [
            (
                "14 people were held",
                "Ministry of Health",
                "a statement from the Ministry of Health",
                "According to",
            )
        ],
        id="according-to-a-document-from-an-organisation",
    ),
    pytest.param(
        "Prices rose 3%, according to figures from the Office for National Statistics.",
        [
            (
                "Prices rose 3%",
                "Office for National Statistics",
                "figures from the Office for National Statistics",
                "according to",
            )
        ],
        id="according-to-figures-from",
    ),
    pytest.param(
        "According to a spokesperson for the Ministry of Health, 14 people were held.",
        [
            (
                "14 people were held",
                None,
                "a spokesperson for the Ministry of Health",
                "According to",
            )
        ],
        id="according-to-a-description-for-an-organisation",
    ),
    pytest.param(
        "According to a teacher from Limerick, 14 people were held.",
        [("14 people were held", None, "a teacher from Limerick", "According to")],
        id="from-a-place-is-no-issuer",
    ),
    pytest.param("Prices continued to rise.", [], id="not-a-cue"),
    pytest.param("He was told to wait.", [], id="passive-not-a-cue"),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    """Reported speech yields attributions whose content is the reported clause."""
    analysis = analyze(text)
    got = [
        (analysis.article.slice(a.content), a.speaker, a.source_text, a.cue_text)
        for a in analysis.attributions
    ]
    assert got == expected


def test_he_and_she_skip_a_person_known_as_the_other() -> None:
    """A pronoun passes over the salient person once that person is known by the other one."""
    text = (
        "Mayor Elena Voss met union leader Marcus Hale on Monday.\n"
        '"We made real progress," she said.\n'
        'Hale was less upbeat. "Nothing is agreed," he said.\n'
        'Voss said the city would offer a 3% raise. He called the offer "an insult".\n'
        'Mr. Omar Farouk arrived later. "Too late," she said.'
    )
    quotes = analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We made real progress,", "Elena Voss"),
        ("Nothing is agreed,", "Marcus Hale"),
        ("an insult", "Marcus Hale"),
        ("Too late,", "Elena Voss"),
    ]
