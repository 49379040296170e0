"""Readers per input format (text, HTML, feeds, JSON Lines, WARC) that turn files into RawDocuments."""

from storyline.ingest.filters import RecordFilters, record_filters
from storyline.ingest.published import DatingOptions, dating_options
from storyline.ingest.read import read_file, read_paths

__all__ = ["DatingOptions", "RecordFilters", "dating_options", "read_file", "read_paths", "record_filters"]
