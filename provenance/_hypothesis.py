"""Hypothesis's entry point: registers provenance's strategies for ``st.from_type``."""

from __future__ import annotations

import importlib
from typing import Any


def _resolver(name: str) -> Any:
    """A ``register_type_strategy`` callable that imports the strategies lazily.

    Importing :mod:`provenance.strategies` here would be circular: hypothesis runs
    this hook while it is itself being imported.
    """

    def resolve(_: type) -> Any:
        strategies = importlib.import_module("provenance.strategies")
        return strategies.type_strategies()[name]

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register every model class with ``st.from_type``; hypothesis calls this on import."""
    from hypothesis import strategies as st

    from provenance import model

    for name in model.__all__:
        cls = getattr(model, name)
        if name in {
            "Span",
            "Article",
            "Sentence",
            "Attribution",
            "Quote",
            "Figure",
            "Interval",
            "Claim",
            "Analysis",
        }:
            st.register_type_strategy(cls, _resolver(name))
