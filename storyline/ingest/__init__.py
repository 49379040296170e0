"""Readers per input format (text, HTML, feeds, JSON Lines, WARC) that turn files into RawDocuments."""
