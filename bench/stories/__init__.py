"""Benchmarks for copies, story clusters and timeline summaries (issue 12)."""
