"""Measurements that write BENCHMARKS.md; run with `make bench` (long) or one area at a time."""
