"""Hypothesis strategies for provenance's objects, for property-testing your own pipelines.

Every strategy follows hypothesis's API style: plural names, keyword-only arguments
with defaults, arguments that vary take strategies, and bad arguments raise
``InvalidArgument`` when drawn from. Once the package is installed,
``st.from_type(Article)`` (and every other model class) works through hypothesis's
entry point for third-party strategies.

Two families:

- model objects bound to awkward text (:func:`texts`, :func:`spans`, :func:`articles`,
  :func:`sentences`, :func:`attributions`, :func:`quotes`, :func:`figures`,
  :func:`claims`, :func:`analyses`), for round trips and invariants;
- realistic news (:func:`annotated_articles`), whose quotes, speakers and figures
  are known exactly and attached as ground truth, and texts derived from it
  (:func:`derived_texts`) with the verdict each figure and quote must get.

Example:
    >>> from hypothesis import given
    >>> from provenance import strategies as pst
    >>> @given(pst.articles())
    ... def test_digest_is_hex(article):
    ...     assert len(article.digest) == 64
    >>> test_digest_is_hex()
"""

from provenance.strategies._derived import DerivedText, Expectation, derived_texts
from provenance.strategies._model import (
    AWKWARD_CHARACTERS,
    analyses,
    articles,
    attributions,
    claims,
    figures,
    quotes,
    sentences,
    spans,
    texts,
    type_strategies,
)
from provenance.strategies._news import AnnotatedArticle, annotated_articles

__all__ = [
    "AWKWARD_CHARACTERS",
    "AnnotatedArticle",
    "DerivedText",
    "Expectation",
    "analyses",
    "annotated_articles",
    "articles",
    "attributions",
    "claims",
    "derived_texts",
    "figures",
    "quotes",
    "sentences",
    "spans",
    "texts",
    "type_strategies",
]
