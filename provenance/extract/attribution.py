"""Where attributions are recognised: cues, their sources, and who the speaker is.

**Cues** are words from :data:`~provenance.extract.cues.CUE_VERBS` (``said``,
``told reporters``, ``added``, ``wrote``, ...) and ``according to``, outside
any quotation, not after a passive auxiliary (``he was told``). A cue takes
its extension (``said in a statement``, ``pointed out``) and, for ``told``,
its object (``told reporters``, ``told the agency``, ``told Reuters``).

**Sources** are read from the tokens around the cue, at most a few dozen
tokens away, never across a quotation:

- before the cue (``Yu said``, ``he added``, ``the court said``, ``a senior
  official said``), skipping adverbs (``Yu also said``) and an appositive
  (``Yu Haibin, deputy director of ..., said``);
- after it (inverted: ``said Yu``, ``said the court``, ``according to
  police``) when the cue follows punctuation or a closing mark.

**Speakers** are resolved in one pass in text order (an index, no rescans):

- person names are capitalised token runs of two or more words, titles
  stripped (``Deputy Minister Ana Ruiz`` is ``Ana Ruiz``); a later single
  word (``Ruiz``, or ``Yu`` of ``Yu Haibin``) maps to the latest full name
  holding it, or any in the article;
- a title with ``the`` (``the deputy director``) resolves to the one person
  introduced with exactly that title (``Yu Haibin, deputy director of ...``
  or ``Deputy Director Yu Haibin``); otherwise the speaker is ``None``;
- ``he``/``she`` resolve by simple recency: the first person named earlier in
  the same sentence, else the salient person (the speaker of the last
  attribution, or else the first person introduced, or else named, in the
  last sentence naming one); unless that person is known by the other
  pronoun (from a courtesy title, ``Mr.``/``Ms.``, or the pronoun that first
  resolved to them): then the latest person named who is not. No name
  lists guess anyone's gender. ``they``/``it`` resolve to the last organisation;
- organisations (mentions holding a word of
  :data:`~provenance.extract.cues.ORG_WORDS`) speak as named, canonical name
  without ``the``; a generic mention (``the court``) takes the fullest name in
  the article holding that word (``Xingtai Intermediate People's Court``),
  else the mention without ``the``;
- indefinite descriptions (``a senior official``) and bare plurals
  (``officials``) keep their source span, with speaker ``None``.

Example:
    >>> from provenance.extract.sentences import split_sentences
    >>> text = "Ana Ruiz runs the lab. The results were clear, she said."
    >>> cues = find_cues(text, split_sentences(text), [])
    >>> [(text[c.cue.start:c.cue.end], c.source_text(text), c.speaker) for c in cues]
    [('said', 'she', 'Ana Ruiz')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from provenance.extract.cues import (
    ADVERBS,
    COURTESY_TITLES,
    CUE_EXTENSIONS,
    CUE_NEEDS_EXTENSION,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GENERIC_ORG_NOUNS,
    INDEFINITE,
    NAME_CONNECTORS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PASSIVE_AUXILIARIES,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSTNOMINALS,
    QUOTE_ONLY_CUES,
    SOURCE_NOUNS,
    STRICT_CUES,
    TITLES,
    TOLD_OBJECTS,
)
from provenance.model.span import Span

__all__ = ["Cue", "find_cues", "reported_content"]

TOKEN = re.compile(
    # The lookaheads only skip work: spaces start no token, a capital every abbreviation.
    r"(?=\S)(?:(?=[A-Z])"
    r"(?:Mrs|Mr|Ms|Dr|Prof|Gov|Sen|Rep|St|Gen|Lt|Col|Capt|Sgt|Det|Supt|Insp|Rev|Jr|Sr|Cpl"
    r"|Maj|Adm|Cmdr|Hon|Fr|Mt|Co|Inc|Corp|Ltd|Bros|Ing|Lic|Arq|Mgr|Dipl)\.(?!\w)"
    r"|(?:[A-Za-z]\.){2,12}|[A-Z]\.(?=\s{1,3}[A-Z])|[^\W_]+(?:[-’'.&][^\W_]+){0,12}|\S)"
)
"""A word (``Dr.``, ``U.S.``, ``China’s``, ``co-founder``) or one other non-space character."""

_CLAUSE_MARKS = frozenset({",", ":", ";", "—", "–", "-", ")", "("})
_QUOTE_CHARS = frozenset("\"“”„‟«»‹›‘’‚‛'`〝〞〟＂「」『』")
_STOP_PUNCTUATION = frozenset(".;:!?()[]—–")
_TOLD = frozenset({"tell", "tells", "told", "telling"})
_PLACE_PREPOSITIONS = frozenset({"the", "in", "at", "near", "across", "to", "from", "into"})
_APPOSITIVE_WINDOW = 40
_NAME_WINDOW = 8
_DESCRIPTION_WINDOW = 5


@attrs.frozen(kw_only=True)
class Cue:
    """An attribution cue, its source mention and the resolved speaker.

    Offsets are half-open code-point indices into the article's text.

    Args:
        cue: The cue words (``said``, ``told reporters``, ``according to``).
        source: The source mention as written (``he``, ``the court``), or ``None``.
        speaker: The resolved canonical speaker, or ``None``.
        sentence: Index of the sentence holding the cue.
        inverted: Whether the source follows the cue (``said Yu``, ``according to X``).
        quote_only: Whether the cue attributes only quotations (``continued``).

    Example:
        >>> text = '"Go," said Yu.'
        >>> cue = find_cues(text, [Span(0, 14)], [Span(0, 5)])[0]
        >>> cue.source_text(text), cue.inverted
        ('Yu', True)
    """

    cue: Span
    source: Span | None
    speaker: str | None
    sentence: int
    inverted: bool = False
    quote_only: bool = False

    def source_text(self, text: str) -> str | None:
        """The characters of the source mention, or ``None``.

        Example:
            >>> Cue(cue=Span(3, 7), source=Span(0, 2), speaker=None, sentence=0).source_text(
            ...     "He said.")
            'He'
        """
        return None if self.source is None else text[self.source.start : self.source.end]

    @property
    def near(self) -> Span:
        """The span covering the cue and its source.

        Example:
            >>> Cue(cue=Span(3, 7), source=Span(0, 2), speaker=None, sentence=0).near
            Span(start=0, end=7)
        """
        if self.source is None:
            return self.cue
        return Span(min(self.cue.start, self.source.start), max(self.cue.end, self.source.end))


class _Token:
    """One token of a sentence with the facts the rules ask about it (private)."""

    __slots__ = ("bare", "capital", "end", "lower", "name", "quoted", "start", "text", "word")

    def __init__(self, start: int, end: int, text: str, quoted: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.quoted = quoted
        self.word, self.lower, self.capital, self.bare, self.name = _facts(text)


@functools.lru_cache(maxsize=1 << 16)
def _facts(text: str) -> tuple[bool, str, bool, str, bool]:
    """``(word, lower, capital, bare, name)`` of a token's text, cached: words repeat."""
    if not text[:1].isalnum():
        return False, text, False, text, False
    capital = text[:1].isupper()
    bare = _bare(text)
    name = capital and bare not in NOT_NAME_WORDS and bare not in POSTNOMINALS
    return True, text.lower(), capital, bare, name


def _bare(word: str) -> str:
    """Lower case without a possessive ending and a final period."""
    lower = word.lower()
    for ending in ("’s", "'s", "’", "'"):
        if lower.endswith(ending):
            lower = lower[: -len(ending)]
            break
    return lower.rstrip(".")


def _tokens(text: str, sentence: Span, quoted: Sequence[Span], guard: list[int]) -> list[_Token]:
    """The tokens of ``sentence``; each quoted span (mark to mark) becomes one token.

    Only the gaps between quoted spans are tokenised: no token runs across a
    quotation mark (a mark is never inside a word), so the words inside a
    quotation need not be read. A quoted span's token starts at its first
    character in the sentence. ``guard`` is the index of the first quoted span
    that may still matter, kept from one sentence to the next.
    """
    position, stop, count = sentence.start, sentence.end, len(quoted)
    tokens: list[_Token] = []
    while True:
        while guard[0] < count and quoted[guard[0]].end <= position:
            guard[0] += 1
        span = quoted[guard[0]] if guard[0] < count else None
        gap_end = stop if span is None or span.start >= stop else span.start
        if gap_end > position:
            tokens += [
                _Token(match.start(), match.end(), match.group(), False)
                for match in TOKEN.finditer(text, position, gap_end)
            ]
        if span is None or span.start >= stop:
            return tokens
        first = _NON_SPACE.search(text, max(position, span.start), stop)
        if first is None:
            return tokens
        position = first.start()
        if position >= span.end:
            continue  # blank to the span's end (never, as spans end on a mark): read on
        tokens.append(_Token(position, min(span.end, stop), text[position], True))
        position = span.end
        if position >= stop:
            return tokens


_NON_SPACE = re.compile(r"\S")


def _is_name_word(token: _Token) -> bool:
    return token.name


def _name_run_back(tokens: list[_Token], end: int) -> int:
    """Index of the first token of the capitalised run ending at ``end``."""
    start = end
    index = end - 1
    floor = max(-1, end - _NAME_WINDOW)
    while index > floor:
        token = tokens[index]
        if token.quoted:
            break
        if _is_name_word(token):
            start = index
        elif _org_bridge_back(tokens, index):
            index -= 2  # "... Council for the | Exploration of the Sea"
            floor = max(-1, floor - 2)
            continue
        elif not (
            token.lower in NAME_CONNECTORS and index > 0 and _is_name_word(tokens[index - 1])
        ):
            break
        index -= 1
    return start


def _name_run_forward(tokens: list[_Token], start: int) -> int:
    """Index one past the last token of the capitalised run starting at ``start``."""
    end = start + 1
    index = start + 1
    ceiling = min(len(tokens), start + _NAME_WINDOW)
    while index < ceiling:
        token = tokens[index]
        if token.quoted:
            break
        if _is_name_word(token):
            end = index + 1
        elif _org_bridge(tokens, start, index):
            index += 2  # "International Council for the | Exploration"
            ceiling = min(len(tokens), ceiling + 2)
            continue
        elif not (
            token.lower in NAME_CONNECTORS
            and index + 1 < len(tokens)
            and _is_name_word(tokens[index + 1])
            and (
                tokens[index + 1].bare not in TITLES  # "Ruiz of | Health Minister ..."
                or (  # "Ministry of Health", but "Administration and | Deputy Head"
                    token.lower in _BRIDGES
                    and any(t.bare in ORG_WORDS for t in tokens[start:index])
                )
            )
        ):
            break
        index += 1
    return end


_BRIDGES = frozenset({"of", "for"})
"""Connectors that join two parts of one organisation's name with ``the`` after them
(not ``and the``, which joins two organisations)."""


def _org_bridge(tokens: list[_Token], start: int, index: int) -> bool:
    """Whether ``for the``/``of the`` at ``index`` goes on with the organisation's name.

    Only after a name holding an organisation word (``International Council for
    the Exploration of the Sea``, ``Office of the Prosecutor``), never after a
    person (``Ana Ruiz of the Port Authority`` is two names).
    """
    return (
        tokens[index].lower in _BRIDGES
        and index + 2 < len(tokens)
        and tokens[index + 1].lower == "the"
        and not tokens[index + 1].quoted
        and _is_name_word(tokens[index + 2])
        and any(t.bare in ORG_WORDS for t in tokens[start:index])
    )


def _org_bridge_back(tokens: list[_Token], index: int) -> bool:
    """:func:`_org_bridge` read backwards: ``the`` at ``index`` after ``for``/``of``."""
    if index < 2 or tokens[index].lower != "the" or tokens[index - 1].lower not in _BRIDGES:
        return False
    start = _name_run_back(tokens, index - 1)
    return start < index - 1 and _org_bridge(tokens, start, index - 1)


def _with_article(tokens: list[_Token], start: int) -> int:
    if start > 0 and tokens[start - 1].lower == "the" and not tokens[start - 1].quoted:
        return start - 1
    return start


def _source_before(tokens: list[_Token], index: int) -> tuple[int, int] | None:
    """Token range ``[first, last)`` of the source mention before the cue at ``index``."""
    j = index - 1
    skipped = 0
    while j >= 0 and tokens[j].lower in ADVERBS and skipped < 3 and not tokens[j].quoted:
        j -= 1
        skipped += 1
    if j < 0 or tokens[j].quoted:
        return None
    token = tokens[j]
    if token.text == ",":
        return _appositive_source(tokens, j)
    if token.lower in PERSON_PRONOUNS or token.lower in PLURAL_PRONOUNS or token.lower in _FIRST:
        return j, j + 1
    if _is_name_word(token):
        start = _with_article(tokens, _name_run_back(tokens, j + 1))
        return _behind_preposition(tokens, start, j + 1)
    if token.word and not token.capital:
        return _description_back(tokens, j)
    return None


def _behind_preposition(tokens: list[_Token], start: int, end: int) -> tuple[int, int]:
    """``A spokesman for the Met Office``, ``Reader Anouk from Haarlem``: the whole source.

    A name after ``for``/``of``/``at`` that follows a description extends the
    description; a place after ``from`` that follows a name is left out.
    """
    if start < 2:
        return start, end
    preposition = tokens[start - 1].lower
    if preposition in ("for", "of", "at", "with"):
        described = _description_back(tokens, start - 2)
        if described is not None and described[0] < start - 1:
            return described[0], end
    if preposition in ("from", "of", "in") and _is_name_word(tokens[start - 2]):
        first = _name_run_back(tokens, start - 1)
        return first, start - 1
    return start, end


def _appositive_source(tokens: list[_Token], comma: int) -> tuple[int, int] | None:
    """``Yu Haibin, deputy director of ..., said``: the mention before the appositive."""
    while comma > 1 and tokens[comma - 1].bare in POSTNOMINALS:
        comma -= 1
    if comma > 0 and _is_name_word(tokens[comma - 1]):
        start = _name_run_back(tokens, comma)
        if start > 0 and tokens[start - 1].text == ",":
            return start, comma
    floor = max(0, comma - _APPOSITIVE_WINDOW)
    for k in range(comma - 1, floor, -1):
        token = tokens[k]
        if token.quoted or token.text in _QUOTE_CHARS:
            return None
        if token.text != ",":
            continue
        found = _mention_before(tokens, k)
        if found is not None:
            return found
    return None


def _mention_before(tokens: list[_Token], end: int) -> tuple[int, int] | None:
    """A name or description ending just before ``end`` that starts a clause."""
    last = end - 1
    if last < 0:
        return None
    if _is_name_word(tokens[last]):
        start = _name_run_back(tokens, end)
        if _clause_start(tokens, start) or tokens[start - 1].bare in TITLES:
            return start, end
        before = tokens[start - 1]
        if before.lower in _PLACE_PREPOSITIONS and start > 1:
            described = _description_back(tokens, start - 2)
            if described is not None and _clause_start(tokens, described[0]):
                return described[0], end
        if before.lower in DETERMINERS:
            return start - 1, end
        return None
    described = _description_back(tokens, last)
    if described is not None and _clause_start(tokens, described[0]):
        return described
    return None


def _clause_start(tokens: list[_Token], start: int) -> bool:
    before = tokens[start - 1] if start > 0 else None
    return (
        before is None
        or before.quoted
        or before.text in _QUOTE_CHARS
        or before.text in _CLAUSE_MARKS
        or before.lower in _CONJUNCTIONS
    )


_CONJUNCTIONS = frozenset({"and", "but", "while", "as", "when", "because", "though", "although"})


def _description_back(tokens: list[_Token], head: int) -> tuple[int, int] | None:
    """``the court``, ``a senior official``, ``Chinese police``: ending at ``head``.

    With a determiner any noun can head the description (``one shopkeeper``);
    without one, only a source noun can (``police``, ``prosecutors``).
    """
    token = tokens[head]
    if not token.word or token.quoted or token.lower in FUNCTION_WORDS:
        return None
    if token.lower in DETERMINERS or token.lower in ADVERBS:
        return None
    floor = max(-1, head - _DESCRIPTION_WINDOW)
    index = head - 1
    while index > floor:
        token = tokens[index]
        if token.quoted or not token.word or token.lower in FUNCTION_WORDS:
            break
        if token.lower in DETERMINERS and token.lower not in _NOT_SOURCE_START:
            return index, head + 1
        if token.lower in ADVERBS or token.lower in _NOT_SOURCE_START:
            break
        index -= 1
    if tokens[head].bare not in SOURCE_NOUNS:
        return None
    start = head
    while start > 0 and start > head - 3 and _is_name_word(tokens[start - 1]):
        start -= 1
    return start, head + 1


def _source_after(
    tokens: list[_Token], index: int, *, loose: bool = False
) -> tuple[int, int] | None:
    """Token range of the source mention starting at ``index`` (after the cue).

    ``loose`` (after ``according to``) accepts any noun after a determiner.
    """
    if index >= len(tokens) or tokens[index].quoted:
        return None
    token = tokens[index]
    if token.lower in PERSON_PRONOUNS or token.lower in PLURAL_PRONOUNS:
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or not following.word:
            return index, index + 1
        return None
    if _is_name_word(token):
        end = _name_run_forward(tokens, index)
        later = _name_after_title(tokens, end)
        return later if later is not None else (index, end)
    if token.word and not token.capital and token.lower not in FUNCTION_WORDS:
        later = _name_after_title(tokens, index)
        if later is not None:
            return later
    if token.lower == "the" and index + 1 < len(tokens) and _is_name_word(tokens[index + 1]):
        end = _name_run_forward(tokens, index + 1)
        if end < len(tokens) and not tokens[end].capital and _is_source_head(tokens[end]):
            end += 1
        return index, end
    if token.lower in DETERMINERS:
        end = index + 1
        ceiling = min(len(tokens), index + _DESCRIPTION_WINDOW + 1)
        while end < ceiling and tokens[end].word and not tokens[end].quoted:
            if tokens[end].lower in _AFTER_STOP:
                break
            end += 1
        while end > index + 1 and not (loose or _is_source_head(tokens[end - 1])):
            end -= 1
        return (index, end) if end > index + 1 else None
    if token.word and token.bare in SOURCE_NOUNS:
        return index, index + 1
    if loose and token.word and not token.capital:
        issued = _issuer_end(tokens, index + 1)  # "according to figures from the ONS"
        if issued > index + 1:
            return index, issued
    return None


def _name_after_title(tokens: list[_Token], index: int) -> tuple[int, int] | None:
    """``coach Bobby Tran``, ``passenger Ewan Baird``: a name after lower-case title words."""
    position = index
    while (
        position < min(len(tokens), index + 3)
        and tokens[position].word
        and not tokens[position].capital
        and tokens[position].lower not in FUNCTION_WORDS
        and tokens[position].lower not in DETERMINERS
    ):
        position += 1
    if position == index or position >= len(tokens) or not _is_name_word(tokens[position]):
        return None
    return position, _name_run_forward(tokens, position)


def _is_source_head(token: _Token) -> bool:
    bare = token.bare
    return bare in SOURCE_NOUNS or bare in ORG_WORDS or _is_name_word(token)


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"})
_FIRST = frozenset({"i", "we"})
_NOT_SOURCE_START = frozenset({"that", "this", "those", "these", "no", "any"})

_AFTER_STOP = frozenset(
    {"at", "in", "on", "during", "after", "before", "when", "who", "that", "to", "for",
     "and", "with", "from", "of", "as", "while", "which", "by", "than"}
)  # fmt: skip


_CUE_HEADS = CUE_VERBS | {"according"}
"""Lower-case tokens that can start a cue; :func:`_cue_end` is ``None`` on any other."""


def _cue_end(tokens: list[_Token], index: int) -> int | None:
    """Index one past the cue's last token, or ``None`` if ``index`` is no cue."""
    token = tokens[index]
    lower = token.lower
    if lower == "according":
        if index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            return index + 2
        return None
    if lower not in CUE_VERBS or token.quoted:
        return None
    if index > 0 and (
        tokens[index - 1].lower in PASSIVE_AUXILIARIES or tokens[index - 1].lower in DETERMINERS
    ):
        return None
    end = index + 1
    if lower in STRICT_CUES and end < len(tokens):
        following = tokens[end]
        if following.word and not following.capital and following.lower not in PERSON_PRONOUNS:
            return None
    if lower in CUE_NEEDS_EXTENSION:
        if end < len(tokens) and tokens[end].lower == "out":
            return end + 1
        return None
    if lower in _TOLD:
        end = _told_object(tokens, end)
    if end >= len(tokens):
        return end
    next_word = tokens[end].lower
    for extension in CUE_EXTENSIONS:
        stop = end + len(extension)
        if (
            extension[0] == next_word
            and stop <= len(tokens)
            and tuple(t.lower for t in tokens[end:stop]) == extension
        ):
            return stop
    return end


def _told_object(tokens: list[_Token], end: int) -> int:
    """``told reporters``, ``told the agency``, ``told Reuters``: the object's end."""
    if end >= len(tokens) or tokens[end].quoted:
        return end
    token = tokens[end]
    if _is_name_word(token):
        stop = _name_run_forward(tokens, end)
        return stop if stop - end <= 2 else end
    if token.lower in DETERMINERS:
        stop = end + 1
        ceiling = min(len(tokens), end + 3)
        while (
            stop < ceiling
            and tokens[stop].word
            and tokens[stop].lower not in FUNCTION_WORDS
            and tokens[stop].lower not in DETERMINERS
        ):
            stop += 1
        return stop if stop > end + 1 else end
    if token.lower in TOLD_OBJECTS or (
        token.word and token.lower.endswith("s") and token.lower not in FUNCTION_WORDS
    ):
        return end + 1
    return end


def _name_runs(tokens: list[_Token]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the capitalised runs and titles, left to right.

    They depend on the tokens only, so :func:`find_cues` finds them once per
    sentence and shares them between its two name scans.
    """
    runs: list[tuple[int, int]] = []
    count = len(tokens)
    index = 0
    while index < count:
        token = tokens[index]
        if not token.name and token.lower not in TITLES:
            index += 1
            continue
        end = _name_run_forward(tokens, index) if token.name else index + 1
        while end < count and tokens[end].name and end - index < 10:
            end = _name_run_forward(tokens, end)
        runs.append((index, end))
        index = end
    return runs


_Name = tuple[str, int, str, tuple[str, ...], bool, str | None]
"""A name found in a sentence, for :meth:`_Resolver.replay` (private):
``(kind, start, name, parts, quoted, gender)``; kind is ``"org"`` (``name`` the canonical
name), ``"person"`` (a full name, ``parts`` its words' keys) or ``"single"`` (one
name word, ``name`` its key: resolved against the people named so far); gender is
``"he"`` or ``"she"`` from a courtesy title (``Mr.``, ``Ms.``), else ``None``."""

_HONORIFIC_GENDER = {
    "mr": "he", "mr.": "he", "sir": "he", "mrs": "she", "mrs.": "she", "ms": "she",
    "ms.": "she", "miss": "she", "dame": "she",
}  # fmt: skip
"""Courtesy titles that say whether ``he`` or ``she`` can refer to the person."""


@attrs.define
class _Resolver:
    """Speaker resolution state, updated in text order (private)."""

    text: str
    people: dict[str, str] = attrs.Factory(dict)  # single name word -> full name
    all_people: dict[str, str] = attrs.Factory(dict)  # same, over the whole article
    titles: dict[str, set[str]] = attrs.Factory(dict)  # "deputy director" -> names
    orgs: dict[str, str] = attrs.Factory(dict)  # org word -> fullest name
    salient: str | None = None
    last_org: str | None = None
    introduced: set[str] = attrs.Factory(set)  # full names seen so far
    fresh: list[str] = attrs.Factory(list)  # full names introduced in the current sentence
    genders: dict[str, str] = attrs.Factory(dict)  # full name -> "he" or "she", once known
    recent: list[str] = attrs.Factory(list)  # people mentioned, latest last

    def scan_names(self, tokens: list[_Token], runs: list[tuple[int, int]]) -> list[_Name]:
        """Record the full names, titles and organisations of ``_name_runs(tokens)``.

        Returns what :meth:`replay` needs to redo the same in a later pass
        without reading the tokens again.
        """
        names: list[_Name] = []
        for index, end in runs:
            self._record(tokens, index, end, names)
        return names

    def replay(self, names: list[_Name]) -> list[tuple[int, str]]:
        """Redo :meth:`scan_names` of one sentence in order; return its person mentions.

        Titles, organisations and :attr:`all_people` are the first pass's, whole;
        what changes as the text goes on (who was named last) is redone here.
        """
        mentions: list[tuple[int, str]] = []
        for kind, start, name, parts, quoted, gender in names:
            if kind == "org":
                if not quoted:
                    self.last_org = name
            elif kind == "person":
                for part in parts:
                    self.people[part] = name
                if gender is not None:
                    self.genders.setdefault(name, gender)
                if not quoted:
                    mentions.append((start, name))
                    self.recent.append(name)
                    if name not in self.introduced:
                        self.introduced.add(name)
                        self.fresh.append(name)
            else:
                known = self.people.get(name)
                if known is not None:
                    mentions.append((start, known))
                    self.recent.append(known)
        return mentions

    def _record(self, tokens: list[_Token], start: int, end: int, names: list[_Name]) -> None:
        words = [t.bare for t in tokens[start:end]]
        quoted = tokens[start].quoted
        if any(w in ORG_WORDS for w in words):
            name = _strip_the(self.text, tokens, start, end)
            for word in words:
                if word in ORG_WORDS and len(name) > len(self.orgs.get(word, "")):
                    self.orgs[word] = name
            names.append(("org", tokens[start].start, name, (), quoted, None))
            return
        title_end = start
        for index in range(start, end):
            if tokens[index].bare in TITLES:
                title_end = index + 1
        stop = title_end
        while stop < end and _is_name_word(tokens[stop]):
            stop += 1
        name_tokens = tokens[title_end:stop]
        if not name_tokens:
            return
        before = tokens[start - 1].lower if start > 0 else ""
        if len(name_tokens) >= 2 and before not in _PLACE_PREPOSITIONS:
            name = self.text[tokens[title_end].start : _name_end(tokens[stop - 1])]
            parts = tuple(part.bare for part in name_tokens)
            for part in parts:
                self.people[part] = name
                self.all_people.setdefault(part, name)
            title = " ".join(
                t.lower for t in tokens[start:title_end] if t.word and t.bare not in _HONORIFICS
            )
            if not title and stop == end:
                title = _appositive_title(tokens, end)
            if not title and before == ",":
                title = _description_title(tokens, start - 1)
            if title:
                self.titles.setdefault(title, set()).add(name)
                head = title.split()[-1]
                if head != title:
                    self.titles.setdefault(head, set()).add(name)
            gender = None
            for token in tokens[start:title_end]:
                gender = _HONORIFIC_GENDER.get(token.bare, gender)
            names.append(("person", tokens[start].start, name, parts, quoted, gender))
        elif len(name_tokens) == 1 and not quoted:
            names.append(("single", tokens[start].start, name_tokens[0].bare, (), False, None))

    def _agreeing(self, chosen: str | None, pronoun: str) -> str | None:
        """``chosen`` for ``he``/``she``, unless known as the other: then the latest who is not.

        A person is known as ``he`` or ``she`` from a courtesy title (``Mr.``, ``Ms.``)
        or from the pronoun that last resolved to them; the first agreeing
        resolution is remembered.
        """
        if chosen is not None and self.genders.get(chosen, pronoun) != pronoun:
            fallback = None
            for name in reversed(self.recent):
                known = self.genders.get(name)
                if known == pronoun:
                    fallback = name
                    break
                if known is None and fallback is None:
                    fallback = name
            if fallback is None:
                return chosen
            chosen = fallback
        if chosen is not None:
            self.genders.setdefault(chosen, pronoun)
        return chosen

    def speaker(
        self, tokens: list[_Token], first: int, last: int, earlier: list[tuple[int, str]]
    ) -> str | None:
        """The canonical speaker of the mention ``tokens[first:last]``."""
        words = [t for t in tokens[first:last] if t.word]
        if not words:
            return None
        lowers = [t.bare for t in words]
        head = lowers[-1]
        if len(words) == 1 and head in PERSON_PRONOUNS:
            if earlier and earlier[0][0] < tokens[first].start:
                chosen: str | None = earlier[0][1]
            else:
                chosen = self.salient
            return self._agreeing(chosen, head)
        if len(words) == 1 and head in PLURAL_PRONOUNS:
            return self.last_org
        issuer = _issuer(tokens, first, last)
        if issuer is not None:
            return self.speaker(tokens, issuer, last, earlier)
        if lowers[0] in INDEFINITE:
            return None
        if head in DOCUMENT_NOUNS and not words[-1].capital:
            return None
        if lowers[0] == "the" and head in GENERIC_ORG_NOUNS and self.last_org is not None:
            return self.last_org
        if any(w in ORG_WORDS for w in lowers):
            if all(not t.capital for t in words[1:]) and not words[-1].capital:
                named = self.orgs.get(head)
                if named is not None and named.lower() != _plain(words, self.text).lower():
                    return named
            return _plain(words, self.text)
        if words[-1].capital:
            stripped: list[_Token] = []
            for token in words:
                if stripped and not _is_name_word(token):
                    break
                if token.bare in TITLES:
                    stripped = []
                elif _is_name_word(token):
                    stripped.append(token)
            if not stripped:
                return None
            if len(stripped) == 1:
                key = stripped[0].bare
                return (
                    self.people.get(key) or self.all_people.get(key) or _plain(stripped, self.text)
                )
            return self.text[stripped[0].start : _name_end(stripped[-1])]
        if lowers[0] in DETERMINERS:
            title = " ".join(lowers[1:])
            names = self.titles.get(title, set())
            if len(names) == 1:
                return next(iter(names))
            if lowers[0] == "the" and head not in TITLES and head not in PERSON_NOUNS:
                return _plain(words, self.text)
        return None


_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."}
)


def _name_end(token: _Token) -> int:
    for ending in ("’s", "'s"):
        if token.text.endswith(ending):
            return token.end - len(ending)
    return token.end


def _plain(words: list[_Token], text: str) -> str:
    if words and words[0].lower == "the":
        words = words[1:]
    if not words:
        return ""
    return text[words[0].start : _name_end(words[-1])]


def _strip_the(text: str, tokens: list[_Token], start: int, end: int) -> str:
    return _plain([t for t in tokens[start:end] if t.word], text)


def _description_title(tokens: list[_Token], comma: int) -> str:
    """``the digital infrastructure minister, Tom Achebe``: the title before the comma."""
    words: list[str] = []
    index = comma - 1
    while index >= 0 and len(words) < 4:
        token = tokens[index]
        if token.lower in DETERMINERS or token.lower.endswith(("’s", "'s")):
            return " ".join(reversed(words)) if words and words[0] in TITLES else ""
        if not token.word or token.capital or token.lower in FUNCTION_WORDS:
            return ""
        words.append(token.lower)
        index -= 1
    return ""


def _appositive_title(tokens: list[_Token], end: int) -> str:
    """``Yu Haibin, deputy director of ...``: the title words of the appositive, lower case."""
    if end >= len(tokens) or tokens[end].text != ",":
        return ""
    index = end + 1
    if index < len(tokens) and tokens[index].lower in DETERMINERS:
        index += 1
    words: list[str] = []
    while index < len(tokens) and len(words) < 4:
        token = tokens[index]
        if not token.word or token.lower in _AFTER_STOP or token.lower in CUE_VERBS:
            break
        if token.capital and not all(part in TITLES for part in token.lower.split("-")):
            break
        words.append(token.lower)
        index += 1
    if not words or (words[-1] not in TITLES and words[-1] not in PERSON_NOUNS):
        return ""
    return " ".join(words)


def find_cues(text: str, sentences: Sequence[Span], quoted: Sequence[Span]) -> list[Cue]:
    """Every attribution cue outside ``quoted``, with its source and resolved speaker.

    One pass over the sentences in text order; each cue looks at a bounded number
    of tokens around it. Offsets are half-open code-point indices into ``text``.

    Args:
        text: The article's text.
        sentences: Its sentences, in text order.
        quoted: Sorted, non-overlapping spans whose words are quoted speech
            (mark to mark); cues and sources are never taken from inside them.

    Returns:
        The cues in text order.

    Example:
        >>> text = 'Yu Haibin spoke. "We act," the deputy said. Yu added more.'
        >>> [c.speaker for c in find_cues(text, [Span(0, 16), Span(17, 43), Span(44, 58)],
        ...                                [Span(17, 26)])]
        [None, 'Yu Haibin']
    """
    resolver = _Resolver(text)
    all_tokens: list[list[_Token]] = []
    guard = [0]
    for sentence in sentences:
        tokens = _tokens(text, sentence, quoted, guard)
        all_tokens.append(tokens)
    all_runs = [_name_runs(tokens) for tokens in all_tokens]
    prescan = _Resolver(text)
    all_names = [
        prescan.scan_names(tokens, runs) for tokens, runs in zip(all_tokens, all_runs, strict=True)
    ]
    resolver.all_people = prescan.all_people
    resolver.orgs = prescan.orgs
    resolver.titles = prescan.titles
    cues: list[Cue] = []
    for number, tokens in enumerate(all_tokens):
        resolver.fresh = []
        mentions = resolver.replay(all_names[number])
        first_person: str | None = None
        if resolver.fresh:
            first_person = resolver.fresh[0]
        elif mentions:
            first_person = mentions[0][1]
        spoke = False
        last_speaker: str | None = None
        previous: Cue | None = None
        heads = [index for index, token in enumerate(tokens) if token.lower in _CUE_HEADS]
        for index in heads:  # _cue_end is None on any other token
            end = _cue_end(tokens, index)
            if end is None:
                continue
            cue = _make_cue(text, tokens, index, end, number, resolver, mentions)
            if (
                cue.source is None
                and previous is not None
                and previous.source is not None
                and tokens[index].lower.endswith("ing")
            ):
                cue = attrs.evolve(cue, source=previous.source, speaker=previous.speaker)
            cues.append(cue)
            previous = cue
            if cue.source is not None and _person_like(text, cue.source):
                spoke = True
                last_speaker = cue.speaker
        if spoke:
            resolver.salient = last_speaker
        elif first_person is not None:
            resolver.salient = first_person
    return cues


def _after_job_titles(tokens: list[_Token], first: int, last: int) -> int:
    """Where a source mention starts once job titles before the name are left out.

    ``EU Transport Commissioner Katrin Lindqvist`` starts at ``Katrin``;
    ``Dr. Ana Ruiz`` keeps its courtesy title.
    """
    start = first
    if any(token.bare in ORG_WORDS for token in tokens[first:last]):
        return first
    for index in range(first, last - 1):
        bare = tokens[index].bare
        if bare in TITLES and bare not in COURTESY_TITLES:
            start = index + 1
    while start < last - 1 and not tokens[start].word:
        start += 1
    return start


def _person_like(text: str, source: Span) -> bool:
    """Whether a source mention names or describes a person (not an organisation)."""
    words = text[source.start : source.end].split()
    for index, word in enumerate(words):
        if index and word.lower() in ("for", "of", "at", "from", "with"):
            words = words[:index]
            break
    if not words:
        return False
    head = _bare(words[-1])
    if head in ORG_WORDS or head in PLURAL_PRONOUNS:
        return False
    if head in PERSON_PRONOUNS:
        return True
    if head in PERSON_NOUNS or head in SOURCE_NOUNS or head in TITLES:
        # A common noun, even capitalised at the start of a sentence ("Officials
        # said ..."): one person only in the singular.
        return not head.endswith("s")
    return words[-1][:1].isupper()


_ISSUED_BY = frozenset({"from", "by"})

#: What an organisation issues: ``figures from``, ``a statement by`` (documents too).
_ISSUED_THINGS = DOCUMENT_NOUNS | frozenset(
    {"statistics", "estimates", "numbers", "records", "documents", "reports", "studies",
     "surveys", "analysis", "research", "count", "tally", "poll", "polling", "census",
     "announcement", "statements", "spokesperson", "spokesman", "spokeswoman"}
)  # fmt: skip


_BEHIND = frozenset({"from", "by", "for", "of", "at", "with"})


def _issuer_end(tokens: list[_Token], end: int) -> int:
    """``a statement from the Ministry of Health``: the source goes on to the name after it.

    After ``according to``, a document or description (``a statement``,
    ``figures``, ``a spokesperson``, ``a teacher``) may be followed by
    ``from``/``by``/``for``/``of``/``at``/``with`` and a capitalised name; the
    source ends after the name, or where it ended. (Who speaks is
    :func:`_issuer`'s question.)
    """
    if end >= len(tokens) or tokens[end].lower not in _BEHIND or tokens[end].quoted:
        return end
    start = end + 1
    if start < len(tokens) and tokens[start].lower == "the":
        start += 1
    if start < len(tokens) and _is_name_word(tokens[start]) and not tokens[start].quoted:
        return _name_run_forward(tokens, start)
    return end


def _issuer(tokens: list[_Token], first: int, last: int) -> int | None:
    """Where the issuer's name starts in ``a statement from the Ministry``, or ``None``.

    Only a lower-case description before ``from``/``by`` and a capitalised name
    after it (``the Ministry``, ``Reuters``): that name speaks.
    """
    for index in range(first + 1, last - 1):
        if tokens[index].lower in _ISSUED_BY:
            if tokens[index - 1].bare not in _ISSUED_THINGS or any(
                t.capital for t in tokens[first + 1 : index] if t.word
            ):
                return None
            start = index + 1
            if tokens[start].lower == "the" and start + 1 < last:
                start += 1
            return start if _is_name_word(tokens[start]) and tokens[last - 1].capital else None
    return None


def _make_cue(
    text: str,
    tokens: list[_Token],
    index: int,
    end: int,
    number: int,
    resolver: _Resolver,
    mentions: list[tuple[int, str]],
) -> Cue:
    lower = tokens[index].lower
    previous = tokens[index - 1] if index > 0 else None
    after_punctuation = previous is None or previous.quoted or not previous.word
    source: tuple[int, int] | None
    inverted = False
    if lower == "according":
        source = _source_after(tokens, end, loose=True)
        if source is not None:
            source = (source[0], _issuer_end(tokens, source[1]))
        inverted = source is not None
    elif previous is not None and previous.text == "," and not previous.quoted:
        source = _source_before(tokens, index)
        if source is None:
            source = _source_after(tokens, end)
            inverted = source is not None
    elif after_punctuation:
        source = _source_after(tokens, end)
        inverted = source is not None
        if source is None:
            source = _source_before(tokens, index)
    else:
        source = _source_before(tokens, index)
        if source is None and previous is not None and not previous.word:
            source = _source_after(tokens, end)
            inverted = source is not None
    cue_span = Span(tokens[index].start, tokens[end - 1].end)
    if source is None:
        return Cue(cue=cue_span, source=None, speaker=None, sentence=number,
                   quote_only=lower in QUOTE_ONLY_CUES)  # fmt: skip
    first, last = source
    if tokens[last - 1].capital:
        first = _after_job_titles(tokens, first, last)
    source_span = Span(tokens[first].start, _name_end(tokens[last - 1]))
    speaker = resolver.speaker(tokens, first, last, mentions)
    return Cue(
        cue=cue_span,
        source=source_span,
        speaker=speaker,
        sentence=number,
        inverted=inverted,
        quote_only=lower in QUOTE_ONLY_CUES,
    )


_CONTENT_TRIM = frozenset(" \t,:;—–.!?")


def reported_content(text: str, sentence: Span, cue: Cue) -> Span | None:
    """The reported clause that ``cue`` attributes, inside ``sentence``, or ``None``.

    ``Yu said that X.`` attributes ``X``; ``X, Yu said.`` and ``X, according to
    Yu.`` attribute ``X``; ``According to Yu, X.`` attributes ``X``. Outer white
    space, commas and final punctuation are left out. Offsets are half-open
    code-point indices into ``text``.

    Example:
        >>> text = "Prices rose 5 percent, the bank said."
        >>> cue = find_cues(text, [Span(0, 37)], [])[0]
        >>> span = reported_content(text, Span(0, 37), cue)
        >>> text[span.start:span.end]
        'Prices rose 5 percent'
    """
    near = cue.near
    before = _trimmed(text, sentence.start, near.start)
    start = near.end
    lowered = text[start : start + 7].lower()
    that = False
    for word in (" that ", ", that "):
        if lowered.startswith(word):
            start += len(word)
            that = True
            break
    if not that:
        start, that = _after_adjunct(text, start, sentence.end)
    after = _trimmed(text, start, sentence.end)
    if after is not None:
        words = text[after.start : min(after.end, after.start + 80)].split()
        first = words[0].lower() if words else ""
        if len(words) < 3 or (not that and (first in _PREPOSITIONS or first.endswith("ing"))):
            after = None
    if after is not None:
        return after
    if before is not None and _comma_before(text, sentence, near):
        return before
    return None


#: A short adjunct of time, place or manner between a cue and ``that``:
#: "said on Tuesday that", "told reporters at a news conference in Lagos that".
#: Example: in "said late on Friday that prices rose", it matches " late on Friday that ".
_ADJUNCT_THAT = re.compile(
    r"[ \u00a0]{1,2}(?P<first>[^\W\d_]{2,20})(?:[ \u00a0]{1,2}[^\s,;:.!?\"“”‘’«»()]{1,30}){0,6}?"
    r"[ \u00a0]{1,2}that[ \u00a0]"
)

#: Words an adjunct before ``that`` starts with (lower case), besides adverbs in -ly.
_ADJUNCT_STARTS = frozenset(
    {"on", "in", "at", "during", "after", "before", "late", "early", "earlier", "last",
     "this", "via", "by", "from", "through", "over", "outside", "inside", "again", "also",
     "yesterday", "today", "tonight", "overnight", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip

#: Day words a wire story puts right after a cue: "said Thursday the bridge ...".
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "yesterday", "today", "tonight"}
)  # fmt: skip

#: The next word, if a day word could be: " Thursday " -> "Thursday".
_NEXT_WORD = re.compile(r"[ \u00a0]{1,2}(?P<word>[A-Za-z]{3,9})(?=[ \u00a0])")


def _after_adjunct(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the reported clause starts after a cue ending at ``start``, and if "that" opens it.

    ``said on Tuesday that X`` and ``said in a filing that X`` report ``X`` (an
    adjunct of at most seven words, no punctuation, then ``that``); ``said
    Thursday X`` reports ``X``. Otherwise the clause starts at ``start``.

    Example:
        >>> text = "The agency said last week that prices rose."
        >>> position, that = _after_adjunct(text, 15, len(text))
        >>> text[position:], that
        ('prices rose.', True)
    """
    match = _ADJUNCT_THAT.match(text, start, end)
    if match is not None:
        first = match.group("first").lower()
        if first in _ADJUNCT_STARTS or first.endswith("ly"):
            return match.end(), True
    day = _NEXT_WORD.match(text, start, end)
    if day is not None and day.group("word").lower() in _DAY_WORDS:
        return day.end(), False
    return start, False


_PREPOSITIONS = frozenset(
    {"at", "in", "on", "during", "after", "before", "when", "while", "to", "from", "via",
     "by", "with", "outside", "inside", "as", "late", "earlier", "last", "this",
     "yesterday", "today", "recently", "told"}
)  # fmt: skip


def _comma_before(text: str, sentence: Span, near: Span) -> bool:
    index = near.start
    while index > sentence.start and text[index - 1].isspace():
        index -= 1
    return index > sentence.start and text[index - 1] in ",—–"


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _CONTENT_TRIM:
        start += 1
    while end > start and text[end - 1] in _CONTENT_TRIM:
        end -= 1
    return Span(start, end) if end - start > 1 else None
