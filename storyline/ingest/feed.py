"""The feed reader: one RawDocument per RSS 2.0 / Atom item, with its own date, link and the feed's title."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from storyline.errors import EmptyInput, UnreadableInput
from storyline.ingest.dates import parse_day, publication, struct_day
from storyline.ingest.markup import fragment_text
from storyline.model import PublicationDate, RawDocument, Rejected


def read_feed(source: str, data: bytes) -> Iterator[RawDocument | Rejected]:
    """Every item of the feed in `data`; an item without text is a Rejected of its own (`source#N`)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        broken = bool(parsed.bozo)
        yield Rejected(
            stage="ingest",
            source=source,
            reason="not a readable RSS/Atom feed (malformed XML)" if broken else "feed has no items",
            code=UnreadableInput.code if broken else EmptyInput.code,
        )
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _item(f"{source}#{number}", entry, outlet, broken=bool(parsed.bozo))


def _item(source: str, entry: Any, outlet: str | None, *, broken: bool) -> RawDocument | Rejected:
    text = _item_text(entry)
    if not text:
        link = entry.get("link")
        where = f" ({link})" if link else ""
        why = "the feed XML is malformed (cut off?)" if broken else "neither content nor summary"
        return Rejected(
            stage="ingest",
            source=source,
            reason=f"feed item has no text{where}: {why}",
            code=UnreadableInput.code if broken else EmptyInput.code,
        )
    return RawDocument(
        source=source,
        format="feed",
        raw_text=text,
        title=entry.get("title") or None,
        outlet=outlet,
        author=_author(entry.get("author")),
        url=entry.get("link") or None,
        language=(entry.get("title_detail") or {}).get("language") or None,
        published=_published(entry),
    )


def _item_text(entry: Any) -> str:
    """The item's full content if present, else its summary, as text."""
    for content in entry.get("content") or ():
        text = _as_text(content)
        if text:
            return text
    detail = entry.get("summary_detail")
    return _as_text(detail) if detail else fragment_text(entry.get("summary") or "")


def _as_text(detail: Any) -> str:
    value = detail.get("value") or ""
    return fragment_text(value) if "html" in (detail.get("type") or "html") else value.strip()


def _published(entry: Any) -> PublicationDate:
    """The item's published (else updated) date, in its own time zone where the raw string allows."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if raw:
            day = parse_day(raw) or struct_day(entry.get(f"{key}_parsed"))
            if day:
                return publication(day, "metadata", f"feed item <{key}>: {raw}")
    return PublicationDate.unknown()


def _author(value: str | None) -> str | None:
    """The name in an RSS author field ("desk@example.org (Mara Lind)" → "Mara Lind")."""
    if not value:
        return None
    named = re.search(r"\(([^)]+)\)", value)
    return named.group(1).strip() if named else value.strip()
