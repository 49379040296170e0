"""Cleaning: boilerplate removal and normalisation with a map back to raw offsets."""

from storyline.clean.document import clean_document

__all__ = ["clean_document"]
