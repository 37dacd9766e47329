"""JSON documents: exact round trips for every class, and every tampering refused."""

import contextlib
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import (
    Analysis,
    Article,
    Attribution,
    Claim,
    DocumentError,
    Figure,
    FormatVersionError,
    Interval,
    Quote,
    Sentence,
    Span,
    converter,
    from_json,
    to_json,
)
from provenance import strategies as pst

MODEL_CLASSES = [Span, Article, Sentence, Attribution, Quote, Figure, Interval, Claim, Analysis]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_json_round_trip_is_exact(cls: type[Any], data: st.DataObject) -> None:
    """from_json(to_json(x)) == x for every class, over awkward Unicode text."""
    obj = data.draw(st.from_type(cls))
    document = to_json(obj)
    assert from_json(document, cls) == obj
    assert from_json(document) == obj


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_converter_round_trip_is_exact(cls: type[Any], data: st.DataObject) -> None:
    """The bare converter round-trips too, as cattrs users expect."""
    obj = data.draw(st.from_type(cls))
    assert converter.structure(converter.unstructure(obj), cls) == obj


@given(pst.articles())
def test_article_documents_are_utf8(article: Article) -> None:
    """Every document encodes as UTF-8 and records the article's digest."""
    document = to_json(article)
    document.encode("utf-8")
    assert json.loads(document)["data"]["digest"] == article.digest


def test_decimals_keep_their_written_form() -> None:
    """11.90 stays 11.90: precision survives the round trip."""
    figure = Figure(span=Span(0, 5), text="11.90", value=Decimal("11.90"))
    back = from_json(to_json(figure), Figure)
    assert str(back.value) == "11.90"
    assert back.precision == Decimal("0.01")


def test_lone_surrogates_outside_articles_round_trip_escaped() -> None:
    """Strings JSON cannot carry raw are escaped, and come back exactly."""
    attribution = Attribution(content=Span(0, 1), speaker="bad \ud800 name")
    document = to_json(attribution)
    document.encode("utf-8")
    assert "\\ud800" in document
    assert from_json(document, Attribution) == attribution


def test_readable_documents_keep_non_ascii_text() -> None:
    """Non-ASCII text is written as is, not escaped, when it can be."""
    assert "“Olá”" in to_json(Article("a1", "“Olá”"))


TEXT = 'Customs seized 12 kilograms. "We will not stop," Ana Ruiz said.'


def analysis_document() -> dict[str, Any]:
    article = Article("t1", TEXT)
    attribution = Attribution.at(
        article,
        content=article.find("We will not stop,"),
        speaker="Ana Ruiz",
        source=article.find("Ana Ruiz"),
        cue=article.find("said"),
    )
    figure = Figure.at(article, 15, 27, value="12", unit="kg", kind="mass")
    analysis = Analysis(
        article=article,
        sentences=[Sentence.at(article, 0, 28)],
        quotes=[Quote.at(article, 30, 47, attribution=attribution)],
        figures=[figure],
        claims=[Claim(span=Span(0, 28), text=TEXT[:28], figures=[figure])],
    )
    document: dict[str, Any] = json.loads(to_json(analysis))
    assert from_json(json.dumps(document), Analysis) == analysis
    return document


def setter(*path: Any) -> Callable[[Any], Callable[[dict[str, Any]], None]]:
    def with_value(value: Any) -> Callable[[dict[str, Any]], None]:
        def mutate(document: dict[str, Any]) -> None:
            target: Any = document
            for key in path[:-1]:
                target = target[key]
            if value is KeyError:
                del target[path[-1]]
            else:
                target[path[-1]] = value

        return mutate

    return with_value


D = ("data",)
TAMPERED = [
    pytest.param(
        setter(*D, "quotes", 0, "span", "end")(999),
        "span 30..999 is out of range for a text of 63 characters @ $.data.quotes[0].span",
        id="span-past-end",
    ),
    pytest.param(
        setter(*D, "sentences", 0, "span", "end")(20),
        "(edited text or tampered span) @ $.data.sentences[0].span",
        id="span-moved",
    ),
    pytest.param(
        setter(*D, "quotes", 0, "attribution", "cue", "start")(0),
        "records 'said' (edited text or tampered span) @ $.data.quotes[0].attribution.cue",
        id="cue-moved",
    ),
    pytest.param(
        setter(*D, "claims", 0, "figures", 0, "span", "start")(14),
        "records '12 kilograms' (edited text or tampered span) @ $.data.claims[0].figures[0].span",
        id="nested-figure-moved",
    ),
    pytest.param(
        setter(*D, "figures", 0, "span", "start")(-3),
        "start offset -3 is negative @ $.data.figures[0].span",
        id="negative-offset",
    ),
    pytest.param(
        setter(*D, "quotes", 0, "span", "start")("30"),
        "expected an integer, got '30' @ $.data.quotes[0].span.start",
        id="string-offset",
    ),
    pytest.param(
        setter(*D, "article", "text")(TEXT.replace("12", "13")),
        "does not match its text (sha256 ",
        id="text-edited",
    ),
    pytest.param(
        setter(*D, "article", "digest")("0" * 64),
        "@ $.data.article.digest",
        id="digest-edited",
    ),
    pytest.param(
        setter(*D, "figures", 0, "kind")("weight"),
        "'weight' is not one of 'count', 'mass',",
        id="unknown-figure-kind",
    ),
    pytest.param(
        setter(*D, "quotes", 0, "kind")("indirect"),
        "'indirect' is not one of 'direct', 'partial' @ $.data.quotes[0].kind",
        id="unknown-quote-kind",
    ),
    pytest.param(
        setter(*D, "figures", 0, "value")(12.5),
        'expected a decimal string such as "11.9", got 12.5 @ $.data.figures[0].value',
        id="float-value",
    ),
    pytest.param(
        setter(*D, "figures", 0, "value")("twelve"),
        "'twelve' is not a decimal number @ $.data.figures[0].value",
        id="word-value",
    ),
    pytest.param(
        setter(*D, "quotes", 0, "text")(KeyError),
        "required field missing @ $.data.quotes[0].text",
        id="missing-field",
    ),
    pytest.param(
        setter(*D, "article", "published")("yesterday"),
        "@ $.data.article.published",
        id="bad-date",
    ),
    pytest.param(
        setter(*D, "article", "text")("bad \ud800 text"),
        "lone surrogate '\\ud800' at index 4",
        id="lone-surrogate",
    ),
    pytest.param(
        setter(*D, "quotes")({"not": "a list"}),
        "@ $.data.quotes",
        id="object-for-list",
    ),
    pytest.param(
        setter("type")("Nope"),
        "unknown document type 'Nope' @ $.type",
        id="unknown-type",
    ),
    pytest.param(
        setter("format")("gibberish"),
        "missing or malformed format tag 'gibberish' @ $.format",
        id="bad-format-tag",
    ),
    pytest.param(
        setter("data")(KeyError),
        "required field missing @ $.data",
        id="no-data",
    ),
]


@pytest.mark.parametrize(("tamper", "expected"), TAMPERED)
def test_tampered_documents_are_refused_with_their_path(
    tamper: Callable[[dict[str, Any]], None], expected: str
) -> None:
    """Each tampering raises DocumentError naming what is wrong and where."""
    document = analysis_document()
    tamper(document)
    with pytest.raises(DocumentError) as info:
        from_json(json.dumps(document))
    assert any(expected in line for line in info.value.errors), info.value.errors


def test_every_problem_is_reported_at_once() -> None:
    """Several problems come together, each with its own path."""
    document = analysis_document()
    setter(*D, "quotes", 0, "span", "start")("30")(document)
    setter(*D, "figures", 0, "kind")("weight")(document)
    setter(*D, "sentences", 0, "span", "end")(20)(document)
    with pytest.raises(DocumentError) as info:
        from_json(json.dumps(document))
    assert [line.rsplit(" @ ", 1)[1] for line in info.value.errors] == [
        "$.data.quotes[0].span.start",
        "$.data.figures[0].kind",
    ]
    document = analysis_document()
    setter(*D, "quotes", 0, "span", "end")(999)(document)
    setter(*D, "sentences", 0, "span", "end")(20)(document)
    with pytest.raises(DocumentError) as info:
        from_json(json.dumps(document))
    assert [line.rsplit(" @ ", 1)[1] for line in info.value.errors] == [
        "$.data.sentences[0].span",
        "$.data.quotes[0].span",
    ]


@pytest.mark.parametrize(
    ("tag", "readable"),
    [
        pytest.param("provenance/1", True, id="current"),
        pytest.param("provenance/1.7", True, id="later-minor"),
        pytest.param("provenance/2", False, id="next-major"),
        pytest.param("provenance/0", False, id="older-major"),
    ],
)
def test_format_versions(tag: str, readable: bool) -> None:
    """Any 1.x document is read; other major versions are refused."""
    document = json.dumps({"format": tag, "type": "Span", "data": {"start": 1, "end": 2}})
    if readable:
        assert from_json(document) == Span(1, 2)
    else:
        with pytest.raises(FormatVersionError, match=f"unsupported format '{tag}'"):
            from_json(document)


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        pytest.param("{", "not JSON: ", id="truncated"),
        pytest.param("[1, 2]", r"expected a JSON object, got list @ \$", id="array"),
        pytest.param(b"\xff\xfe", "not JSON: ", id="undecodable-bytes"),
    ],
)
def test_malformed_json(document: str | bytes, expected: str) -> None:
    """Malformed input is a DocumentError, not a JSON or Unicode exception."""
    with pytest.raises(DocumentError, match=expected):
        from_json(document)


def test_a_document_of_another_type_is_refused() -> None:
    """Asking for a Quote from a Span document fails clearly."""
    with pytest.raises(DocumentError, match=r"expected a Quote document, got 'Span' @ \$\.type"):
        from_json(to_json(Span(0, 1)), Quote)


def test_only_provenance_objects_are_documents() -> None:
    """to_json refuses objects it cannot read back."""
    with pytest.raises(TypeError, match="dict is not a provenance document type"):
        to_json({"start": 0})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


@given(st.text() | st.binary())
def test_arbitrary_input_is_refused_cleanly(document: str | bytes) -> None:
    """Any string or bytes is read or refused with a DocumentError, nothing else."""
    with contextlib.suppress(DocumentError):
        from_json(document)


@given(st.data())
def test_mutated_documents_are_read_or_refused_cleanly(data: st.DataObject) -> None:
    """Replacing any node of a valid document never escapes as a non-provenance error."""
    document = analysis_document()
    nodes: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            nodes.append((node, key))
            if isinstance(child, (dict, list)):
                walk(child)

    walk(document)
    for _ in range(data.draw(st.integers(1, 3))):
        parent, key = data.draw(st.sampled_from(nodes))
        parent[key] = data.draw(json_values)
    problems: tuple[str, ...] = ()
    try:
        from_json(json.dumps(document))
    except DocumentError as error:
        problems = error.errors
    assert all(" @ $" in line for line in problems), problems
