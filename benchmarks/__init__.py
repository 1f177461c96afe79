"""Benchmarks: accuracy against peers, speed, HTTP load and cost growth (``make bench``).

Not part of the product and not run in CI (CI runs only the fast path's correctness test).
Results land in ``benchmarks/RESULTS.md`` and ``benchmarks/results.json``.
"""
