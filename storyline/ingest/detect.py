"""Which reader a file needs: by extension first, then by sniffing its first bytes."""

from __future__ import annotations

import re
from pathlib import PurePath

TEXT, HTML, FEED, JSONL, WARC = "text", "html", "feed", "jsonl", "warc"
EXTENSIONS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    "": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".rss": FEED,
    ".atom": FEED,
    ".xml": FEED,  # confirmed by sniffing: XML that is not a feed is refused
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".warc": WARC,
    ".warc.gz": WARC,
}
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_WARC = re.compile(rb"WARC/\d")


def extension(path: str) -> str:
    """The lower-case extension, with `.warc.gz` kept whole; "" when there is none."""
    name = PurePath(path).name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return PurePath(name).suffix


def detect_format(path: str, head: bytes) -> str | None:
    """The reader for `path` given its first bytes `head`; None when storyline does not read it."""
    kind = EXTENSIONS.get(extension(path))
    if kind == FEED:
        return FEED if _FEED.search(head) else None
    if kind == TEXT and not extension(path):
        return sniff(head) or TEXT
    return kind if kind is not None else sniff(head)


def sniff(head: bytes) -> str | None:
    """The format `head` looks like: a WARC, a feed, an HTML page; None when it looks like none."""
    if _WARC.match(head):
        return WARC
    if _FEED.search(head[:2048]):
        return FEED
    if _HTML.search(head[:2048]):
        return HTML
    return None
