"""The word tables that quote and attribution rules read: rules are data.

Everything a reader may want to tune lives here, each table with the phenomenon
it serves: quotation-mark characters, apostrophe elisions, abbreviations that do
not end a sentence, attribution cue verbs and their extensions, words that
introduce a name rather than speech ("known as"), titles stripped from names,
pronouns, and the nouns that make a mention an organisation.

All tables hold lower-case words unless said otherwise; the rules compare
``word.lower()``.

Example:
    >>> "said" in CUE_VERBS and "according" not in CUE_VERBS
    True
    >>> TITLES >= {"dr", "minister"}
    True
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATIONS",
    "CUE_NEEDS_EXTENSION",
    "INDEFINITE",
    "QUOTE_ONLY_CUES",
    "TITLE_ABBREVIATIONS",
    "ADVERBS",
    "CLOSE_DOUBLE",
    "CLOSE_SINGLE",
    "COURTESY_TITLES",
    "CUE_EXTENSIONS",
    "CUE_VERBS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "ELISIONS",
    "FUNCTION_WORDS",
    "GENERIC_ORG_NOUNS",
    "INITIALISM_STARTERS",
    "MONTH_ABBREVIATIONS",
    "NAME_CONNECTORS",
    "NAMING_LEADS",
    "NOT_NAME_WORDS",
    "OPEN_DOUBLE",
    "OPEN_SINGLE",
    "ORG_WORDS",
    "PASSIVE_AUXILIARIES",
    "PERSON_NOUNS",
    "PERSON_PRONOUNS",
    "PLURAL_PRONOUNS",
    "POSTNOMINALS",
    "SOURCE_NOUNS",
    "STRICT_CUES",
    "TITLES",
    "TOLD_OBJECTS",
]

# --- Quotation marks -------------------------------------------------------------
# Which characters may open or close a double or single quotation. A character in
# both sets of its family (straight marks, ” and “, » and «) is ambidextrous: the
# characters around it decide (see provenance.extract.quotes).

OPEN_DOUBLE = frozenset({'"', "“", "”", "„", "‟", "«", "»", "''", "``", "〝", "＂", "「", "『"})
"""Marks that can open a double quotation: ``“a”``, ``„a“``, ``”a“``, ``«a»``, ``»a«``."""
CLOSE_DOUBLE = frozenset({'"', "”", "“", "»", "«", "''", "〞", "〟", "＂", "」", "』"})
"""Marks that can close a double quotation."""
OPEN_SINGLE = frozenset({"'", "‘", "’", "‚", "‛", "‹", "›"})
"""Marks that can open a single quotation: ``‘a’``, ``'a'``, ``‚a‘``, ``‹a›``."""
CLOSE_SINGLE = frozenset({"'", "’", "‘", "›", "‹"})
"""Marks that can close a single quotation."""

ELISIONS = frozenset({"n", "em", "til", "cause", "tis", "twas", "bout", "round", "nuff", "kay"})
"""Words that an apostrophe starts (``rock ’n’ roll``, ``’til``): never a quote mark."""

# --- Sentence boundaries ---------------------------------------------------------

ABBREVIATIONS = frozenset(
    {
        # titles: never end a sentence (``Dr. Ana Ruiz``)
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "st", "gen", "lt", "col",
        "capt", "sgt", "cpl", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp",
        "det", "fr", "sr", "jr", "mt", "ft", "messrs", "mme", "mlle",
        # in running text: ``No. 5``, ``vs. Spain``, ``approx. 30``
        "no", "nos", "vs", "v", "approx", "est", "dept", "univ", "fig", "figs", "vol",
        "p", "pp", "ca", "cf", "al", "ave", "blvd", "rd", "sq", "ste", "bldg", "apt",
        "inc", "corp", "ltd", "co", "bros", "plc", "llc", "etc", "ed", "eds", "op", "cit",
        # US states in datelines and addresses: ``Lincoln, Neb.``
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
        "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
        "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
    }
)  # fmt: skip
"""Words whose period does not end a sentence when a lower-case word or digit follows.

The titles among them (``Mr. Yu``) never end one.
"""
TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "st", "gen", "lt", "col", "capt",
     "sgt", "cpl", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "fr",
     "mt", "messrs", "mme", "mlle", "no", "nos", "co", "ing", "lic", "arq", "mgr", "vs", "v",
     "approx", "fig", "figs", "vol", "p", "pp", "cf"}
)  # fmt: skip
"""Abbreviations that are always followed by more of the same sentence (``Dr. Ruiz``)."""
MONTH_ABBREVIATIONS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
"""Month abbreviations: ``Nov. 4`` goes on; ``in Nov. The`` ends a sentence."""
INITIALISM_STARTERS = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in",
        "on", "at", "as", "after", "before", "this", "that", "these", "those", "there",
        "his", "her", "its", "their", "our", "my", "if", "when", "while", "since", "some",
        "many", "most", "officials", "police", "yet", "so", "still", "however", "meanwhile",
        "last", "earlier", "later", "despite", "although", "for", "according", "what",
    }
)  # fmt: skip
"""After ``U.S.``/``a.m.``, a sentence ends only if one of these capitalised words follows.

``the U.S. Embassy`` goes on; ``into the U.S. The ruling`` ends.
"""

# --- Attribution cues ------------------------------------------------------------

CUE_VERBS = frozenset(
    {
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding",
        "noting", "claiming", "insisting", "warning", "stressing", "explaining",
        "arguing", "stating", "declaring", "asking", "writing", "acknowledging",
        "admitting", "conceding", "emphasising", "emphasizing", "reiterating",
        "ask", "asks", "asked",
        "note", "notes", "noted",
        "claim", "claims", "claimed",
        "write", "writes", "wrote", "written",
        "tweet", "tweets", "tweeted",
        "post", "posts", "posted",
        "insist", "insists", "insisted",
        "stress", "stresses", "stressed",
        "explain", "explains", "explained",
        "warn", "warns", "warned",
        "state", "states", "stated",
        "declare", "declares", "declared",
        "announce", "announces", "announced",
        "argue", "argues", "argued",
        "reply", "replies", "replied",
        "respond", "responds", "responded",
        "recall", "recalls", "recalled",
        "acknowledge", "acknowledges", "acknowledged",
        "admit", "admits", "admitted",
        "confirm", "confirms", "confirmed",
        "deny", "denies", "denied",
        "assert", "asserts", "asserted",
        "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized",
        "remark", "remarks", "remarked",
        "observe", "observes", "observed",
        "reiterate", "reiterates", "reiterated",
        "caution", "cautions", "cautioned",
        "urge", "urges", "urged",
        "vow", "vows", "vowed",
        "concede", "concedes", "conceded",
        "complain", "complains", "complained",
        "predict", "predicts", "predicted",
        "testify", "testifies", "testified",
        "continue", "continues", "continued",
        "allege", "alleges", "alleged",
        "maintain", "maintains", "maintained",
        "point", "points", "pointed",  # only with "out", see CUE_EXTENSIONS
        "describe", "describes", "described",
        "call", "calls", "called",
        "answer", "answers", "answered",
    }
)  # fmt: skip
"""Verbs that attribute speech: ``Yu said``, ``said Yu``, ``, she added.``"""

CUE_NEEDS_EXTENSION = frozenset({"point", "points", "pointed"})
"""Cue verbs that attribute only with their extension (``pointed out``)."""

QUOTE_ONLY_CUES = frozenset(
    {"describe", "describes", "described", "call", "calls", "called",
     "continue", "continues", "continued", "post", "posts", "posted", "state", "states",
     "note", "notes", "confirm", "confirms", "maintain", "maintains", "deny", "denies",
     "denied", "admit", "admits", "predict", "predicts", "observe", "observes", "urge",
     "urges", "urged", "vow", "vows", "vowed", "caution", "cautions", "stress", "stresses",
     "remark", "remarks", "complain", "complains", "write", "writes", "written", "ask",
     "asks", "asked", "alleged", "alleges", "allege", "recall", "recalls", "recalled"}
)  # fmt: skip
"""Cue verbs too common in other senses to make reported speech without a quote.

``prices continued to rise`` is no attribution; ``“…,” she continued.`` is.
"""

STRICT_CUES = frozenset(
    {"continue", "continues", "continued", "post", "posts", "posted", "state", "states",
     "maintain", "maintains", "maintained", "remark", "remarks", "observe", "observes",
     "note", "notes", "add", "adds", "recall", "recalls", "confirm", "confirms", "deny",
     "denies", "claims", "stress", "stresses", "warn", "warns"}
)  # fmt: skip
"""Cue verbs that attribute only before punctuation, a quote or a source.

``“…,” she continued.`` is a cue; ``prices continued to rise`` is not.
"""

CUE_EXTENSIONS = (
    ("out",),  # pointed out
    ("in", "a", "statement"),  # said in a statement
    ("in", "a", "written", "statement"),  # said in a written statement
    ("in", "a", "separate", "statement"),  # claimed in a separate statement
    ("in", "a", "joint", "statement"),  # said in a joint statement
    ("in", "a", "letter"),  # claimed in a letter
    ("in", "a", "video", "message"),  # said in a video message
    ("in", "a", "video"),  # said in a video
    ("in", "an", "interview"),  # said in an interview
    ("on", "x"),  # wrote on X
    ("on", "twitter"),  # wrote on Twitter
    ("on", "facebook"),  # wrote on Facebook
    ("in", "a", "post"),  # wrote in a post
    ("at", "a", "press", "conference"),  # said at a press conference
    ("at", "a", "news", "conference"),  # said at a news conference
    ("in", "a", "tweet"),  # wrote in a tweet
)
"""Words that join the cue verb they follow: ``said in a statement``, ``pointed out``."""

TOLD_OBJECTS = frozenset(
    {"reporters", "journalists", "the", "a", "an", "this", "our", "local", "state", "us",
     "me", "him", "her", "them", "lawmakers", "parliament", "congress", "the court",
     "jurors", "investigators", "police", "officials", "viewers", "listeners", "readers",
     "delegates", "students", "supporters"}
)  # fmt: skip
"""Words that may start the object of ``told``: ``told reporters``, ``told the agency``.

A capitalised object (``told Reuters``) is accepted too.
"""

ADVERBS = frozenset(
    {
        "also", "later", "previously", "then", "has", "had", "have", "once", "further",
        "recently", "repeatedly", "separately", "earlier", "again", "strongly", "firmly",
        "flatly", "simply", "only", "publicly", "privately", "reportedly", "often",
        "quickly", "calmly", "angrily", "bluntly", "frankly", "openly", "told", "would",
        "will", "can", "could", "may", "might", "did", "does", "do", "just", "always",
        "never", "sharply", "clearly", "first", "last", "allegedly", "initially",
        "subsequently", "finally", "however", "sometimes", "cheerfully", "softly",
        "quoted", "as", "was", "is",
    }
)  # fmt: skip
"""Words that may stand between a source and its cue: ``Yu also said``, ``he has said``."""

FUNCTION_WORDS = frozenset(
    {"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "to", "of", "in",
     "on", "at", "for", "with", "by", "from", "as", "into", "onto", "about", "than", "is",
     "was", "were", "are", "be", "been", "has", "had", "have", "not", "it", "if", "when",
     "while", "because", "so", "would", "will", "could", "should", "may", "might", "can",
     "must", "did", "do", "does", "after", "before", "over", "under", "until", "since",
     "during", "without", "within", "against", "between", "through", "per", "via"}
)  # fmt: skip
"""Words that are never the head of a source or a modified noun: ``and``, ``of``, ``was``."""

COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "judge", "justice", "sir", "dame", "lord",
     "lady", "det", "sgt", "lt", "capt", "col", "gen", "rev", "father", "sister", "insp",
     "supt", "cpl", "maj", "adm", "cmdr", "hon", "fr", "sen", "gov", "rep", "detective",
     "sergeant", "inspector", "constable", "pc", "councillor", "councilor", "alderman",
     "ing", "lic", "arq", "mgr", "dipl"}
)  # fmt: skip
"""Titles kept in a source mention as written (``Dr. Ana Ruiz``, ``Judge Helen Marrinan``).

Job titles before a name are left out of the mention (``Interior Minister Ana Ruiz``
has the source ``Ana Ruiz``); every title is left out of the speaker's name.
"""

PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "am", "to"})
"""A cue after one of these is no attribution: ``he was told``, ``is said to``."""

# --- Speakers --------------------------------------------------------------------

PERSON_PRONOUNS = frozenset({"he", "she"})
"""Pronouns resolved to the most recent person not known by the other pronoun."""
PLURAL_PRONOUNS = frozenset({"they", "it"})
"""Pronouns resolved to the most recent organisation or group speaker."""

DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
     "one", "another", "two", "three", "several", "some", "many", "other", "both", "each",
     "every", "no", "any"}
)  # fmt: skip
"""Words that start a described source: ``the court``, ``a senior official``."""
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "two", "three"})
"""Determiners of unresolvable sources: ``a senior official`` has no speaker."""

SOURCE_NOUNS = frozenset(
    {
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "police", "court", "ministry", "agency", "prosecutor", "prosecutors", "judge",
        "minister", "director", "head", "chief", "president", "governor", "senator",
        "mayor", "office", "department", "company", "report", "researchers", "scientists",
        "experts", "analysts", "authorities", "commission", "government", "embassy",
        "witnesses", "residents", "lawyer", "lawyers", "attorney", "attorneys", "statement",
        "chairman", "chairwoman", "secretary", "administration", "council", "committee",
        "board", "bureau", "ruling", "verdict", "study", "survey", "researcher", "source",
        "sources", "diplomat", "diplomats", "regulator", "regulators", "investigators",
        "organisers", "organizers", "doctors", "doctor", "firm", "bank", "group", "union",
        "interpreter", "translator", "team", "coach", "manager", "ceo",
        "founder", "professor", "author", "authors", "paper", "letter", "document",
        "filing", "indictment", "agent", "agents", "officer", "officers", "inspector",
        "commissioner", "ambassador", "leader", "leaders", "lawmaker", "lawmakers",
        "representative", "representatives", "vice", "deputy", "economist", "economists",
        "parliament", "ministers", "tribunal", "prosecution", "defence",
        "defense", "campaign", "party", "staff", "employees", "workers", "fans",
    }
)  # fmt: skip
"""Common nouns that can head a described source (``police said``, ``the court said``)."""

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "vice",
        "minister", "deputy", "director", "general", "judge", "justice", "gov", "governor",
        "sen", "senator", "rep", "representative", "mayor", "chief", "secretary", "prime",
        "foreign", "chairman", "chairwoman", "chair", "officer", "detective", "sgt",
        "sergeant", "lt", "lieutenant", "capt", "captain", "col", "colonel", "gen",
        "commissioner", "ambassador", "spokesman", "spokeswoman", "spokesperson", "premier",
        "king", "queen", "prince", "princess", "pope", "sir", "dame", "lord", "lady",
        "coach", "head", "executive", "inspector", "det", "insp", "cpl", "maj", "adm",
        "cmdr", "hon", "fr", "pc", "dep", "asst", "supt.", "superintendent", "supt", "councillor",
        "councilor", "councilman", "councilwoman", "assemblyman", "assemblywoman",
        "attorney", "prosecutor", "st", "rev", "father", "sister", "brother", "imam",
        "rabbi", "bishop", "cardinal", "chancellor", "speaker", "leader", "minster",
        "commander", "admiral", "marshal", "sheriff", "constable", "acting", "senior",
        "former", "state", "federal", "interior", "finance", "health", "trade", "defence",
        "defense", "economy", "environment", "education", "labour", "labor",
        "vice-minister", "vice-president", "director-general", "secretary-general",
        "master", "harbour", "harbor", "port", "fire", "police", "city", "county",
        "manager",
        "vice-chairman", "vice-premier", "ing", "lic", "arq", "mgr", "dipl", "passenger",
        "eu", "un", "shadow", "reader",
    }
)  # fmt: skip
"""Words stripped from the front of a person's name: ``Deputy Minister Ana Ruiz``."""

ORG_WORDS = frozenset(
    {
        "ministry", "court", "commission", "office", "department", "agency",
        "administration", "police", "embassy", "bureau", "council", "institute",
        "university", "company", "corp", "corporation", "inc", "group", "bank",
        "association", "service", "services", "committee", "party", "government",
        "procuratorate", "parliament", "congress", "senate", "assembly", "authority",
        "authorities", "board", "center", "centre", "centers", "centres", "foundation",
        "fund", "organisation", "organization", "union", "federation", "club", "league",
        "network", "news",
        "times", "post", "press", "xinhua", "reuters", "agence", "ltd", "llc", "plc",
        "co", "hospital", "school", "college", "tribunal", "prosecutors", "prosecution",
        "coalition", "alliance", "society", "forces", "army", "navy", "command",
        "directorate", "secretariat", "cabinet", "house", "force", "unit",
        "team", "review", "journal", "television", "tv", "radio", "herald", "tribune",
        "wire", "daily", "gazette", "chronicle", "observer", "telegraph", "ledger",
        "energy", "air", "airlines", "airways", "motors", "systems", "technologies",
        "holdings", "partners", "capital", "media", "pharma", "pharmaceuticals", "labs",
        "foods", "industries", "logistics", "freight", "rail", "railways", "telecom",
    }
)  # fmt: skip
"""Nouns that make a capitalised mention an organisation (``the Lisbon District Court``)."""

POSTNOMINALS = frozenset(
    {"sc", "qc", "kc", "mp", "mep", "msp", "td", "phd", "md", "jr", "sr", "esq", "obe",
     "mbe", "cbe", "ii", "iii"}
)  # fmt: skip
"""Letters after a name that are not part of it: ``Brendan Moloney SC`` is ``Brendan Moloney``."""

PERSON_NOUNS = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "lawyer",
     "lawyers", "attorney", "witness", "witnesses", "resident", "residents", "teacher",
     "doctor", "doctors", "victim", "man", "woman", "driver", "officer", "officers",
     "source", "sources", "expert", "experts", "analyst", "analysts", "researcher",
     "researchers", "prosecutor", "prosecutors", "agent", "agents", "diplomat",
     "diplomats", "neighbour", "neighbor", "person", "people", "worker", "workers",
     "shopkeeper", "owner", "manager", "student", "nurse", "patient", "mother", "father",
     "farmer", "fisherman", "engineer", "scientist", "scientists", "economist", "master",
     "pilot", "guard", "judge", "clerk", "citizen", "voter", "fan", "parent", "child"}
)  # fmt: skip
"""Heads of descriptions of unnamed people: ``the official said`` has no speaker.

A described source whose head is neither a title nor one of these is a group or
body spoken of by its description: ``the coast guard said`` has the speaker
``coast guard``.
"""

DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "document", "letter", "filing", "ruling", "study", "survey",
     "paper", "indictment", "complaint", "lawsuit", "memo", "data", "figures", "release"}
)  # fmt: skip
"""Heads of sources that are documents, not speakers: ``the statement said`` has none."""

GENERIC_ORG_NOUNS = frozenset(
    {"company", "firm", "carrier", "airline", "operator", "utility", "retailer", "insurer",
     "manufacturer", "club", "charity", "broadcaster", "developer", "group", "business"}
)  # fmt: skip
"""``the company said`` speaks for the organisation last named (``Xcel Energy``)."""

NAME_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "del", "da", "van", "von"})
"""Lower-case words allowed inside an organisation's name (``Ministry of Public Security``)."""

NOT_NAME_WORDS = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "by", "for",
        "to", "of", "with", "from", "after", "before", "when", "while", "this", "that",
        "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "there", "here", "what", "who", "why", "how", "where",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday",
        "tomorrow", "updated", "advertisement", "read", "more", "listen", "live", "watch",
        "photo", "copyright", "said", "says", "according", "despite", "although",
        "many", "some", "most", "all", "no", "not", "yes", "so", "yet", "still", "also",
        "then", "now", "one", "two", "three", "speaking", "asked", "meanwhile", "however",
    }
)  # fmt: skip
"""Capitalised words that never belong to a person's name (sentence starters, dates)."""

NAMING_LEADS = (
    ("known", "as"),
    ("known", "simply", "as"),
    ("simply", "known", "as"),
    ("nicknamed",),
    ("dubbed",),
    ("so-called",),
    ("alias",),
    ("aka",),
    ("a.k.a",),
    ("titled",),
    ("entitled",),
    ("codenamed",),
    ("code-named",),
    ("named",),
    ("the", "word"),
    ("the", "term"),
    ("branded",),
    ("labelled",),
    ("labeled",),
    ("called",),
    ("calls",),
    ("call",),
)
"""Words before a marked span that make it a name, nickname, title or term, not speech.

``a dealer known as “Diana”``, ``the so-called “phase one” deal``. ``called`` is
here only for short marked spans (``a group called “Ghost”``): ``called it “a
failure of nerve.”`` is sentence-like and stays a quote.
"""
