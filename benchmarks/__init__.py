"""Benchmarks: provenance side by side with the tools users would pick instead.

``python -m benchmarks`` runs accuracy, throughput and scale in one run and writes
``benchmarks/RESULTS.md`` and ``benchmarks/check_latency.png``; the peers (textacy
with spaCy, quantulum3) come with the ``bench`` extra and are imported only when used.
"""
