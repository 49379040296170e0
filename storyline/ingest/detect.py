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


NEVER_READ = {  # kinds found in folders of articles that storyline never reads: skipped there, not rejected
    "an image": ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .svg .heic .avif",
    "a PDF": ".pdf",
    "an office document": ".doc .docx .odt .rtf .xls .xlsx .ods .ppt .pptx .epub",
    "audio": ".mp3 .wav .ogg .oga .flac .m4a .aac .opus",
    "a video": ".mp4 .mov .avi .mkv .webm .m4v .mpg .mpeg",
    "an archive": ".zip .tar .tgz .gz .bz2 .xz .7z .rar .zst",
    "a database": ".db .db-wal .db-shm .db-journal .sqlite .sqlite3 .sqlite-wal .sqlite-shm",
    "a program or library": ".exe .dll .so .dylib .pyc .o .a .class .jar .wasm .bin",
    "a font": ".woff .woff2 .ttf .otf .eot",
    "a stylesheet or script": ".css .js .mjs .map",
}
_NEVER_READ = {ext: kind for kind, exts in NEVER_READ.items() for ext in exts.split()}


def extension(path: str) -> str:
    """The lower-case extension, `.gz` kept with a known inner one (`.warc.gz`, `.html.gz`); "" if none."""
    name = PurePath(path).name.lower()
    suffix = PurePath(name).suffix
    if suffix == ".gz":
        inner = PurePath(name[: -len(suffix)]).suffix
        if inner and inner in EXTENSIONS:
            return inner + suffix
    return suffix


def is_gzip(path: str) -> bool:
    """True for `.X.gz` names storyline decompresses and reads as X (`.warc.gz` streams on its own)."""
    found = extension(path)
    return found.endswith(".gz") and found != ".warc.gz"


def never_read(path: str) -> str | None:
    """What kind of file `path` is when storyline never reads that kind ("an image"), else None."""
    return _NEVER_READ.get(extension(path))


def detect_format(path: str, head: bytes) -> str | None:
    """The reader for `path` given its first bytes `head`; None when storyline does not read it."""
    kind = EXTENSIONS.get(extension(path).removesuffix(".gz") if is_gzip(path) else extension(path))
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
