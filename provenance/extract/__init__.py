"""Extraction: sentences, quotes, attributions, figures and claims found in a text."""
