"""Readers per input format (text, HTML, feeds, JSON Lines, WARC) that turn files into RawDocuments."""

from storyline.ingest.published import DatingOptions, dating_options
from storyline.ingest.read import read_file, read_paths

__all__ = ["DatingOptions", "dating_options", "read_file", "read_paths"]
