"""Sentence embeddings for "find sentences like this one": an optional extra; exact search needs none."""
