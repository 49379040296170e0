"""Ingest throughput and memory on real articles, next to spaCy alone."""
