"""Metadata sheets: a CSV, TSV or JSON Lines file beside the articles with one row per article.

A row is keyed by the article's file: a `path` (relative to the sheet's folder, or absolute), or a
file name with or without its extension (`file`, `filename`, `name`, `document`). Recognised columns,
in any order and any case (first found wins): published (`published`, `publication_date`, `date`,
`pubdate`, `published_at`), outlet (`outlet`, `publisher`, `source`, `site`, `newspaper`), `url`,
`title`, `author` (`authors`, `byline`). Empty cells and the placeholders None/NULL/NA/- are absent.
PolNeAR's `metadata.tsv` (filename, publisher, publication_date, author, title) is such a sheet.
A key shared by rows that disagree is ambiguous and matches nothing; a full path still matches.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from storyline.errors import InputError
from storyline.ingest.dates import parse_day

KEY_COLUMNS = ("path", "file", "filename", "file_name", "name", "document")
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "published": ("published", "publication_date", "date", "pubdate", "published_at", "publish_date"),
    "outlet": ("outlet", "publisher", "source", "site", "newspaper"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline"),
}
_ABSENT = frozenset({"", "none", "null", "na", "n/a", "nan", "-"})
_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xml", ".json", ".jsonl")


@dataclass(frozen=True, slots=True, kw_only=True)
class SheetRow:
    """What one row says about one article; `published` is an ISO day or None."""

    key: str
    published: str | None = None
    published_text: str | None = None  # the cell as written, for the evidence
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Sheet:
    """The rows of one sheet, findable by full path, by file name and by file name without extension."""

    source: str
    by_path: Mapping[str, SheetRow] = field(default_factory=dict)
    by_name: Mapping[str, SheetRow] = field(default_factory=dict)
    rows: int = 0
    bad_dates: int = 0  # rows whose published cell is not a date

    def row_for(self, path: str) -> SheetRow | None:
        """The row about the file at `path` (a `#N` item suffix is ignored), if any."""
        path = re.sub(r"#\d+$", "", path)
        row = self.by_path.get(os.path.realpath(path))
        if row is not None:
            return row
        name = os.path.basename(path)
        return self.by_name.get(name) or self.by_name.get(_stem(name))


def _stem(name: str) -> str:
    """The file name without its known extensions: "a.htm.txt" → "a"."""
    lowered = name.lower()
    while lowered.endswith(_SUFFIXES):
        cut = next(s for s in _SUFFIXES if lowered.endswith(s))
        name, lowered = name[: -len(cut)], lowered[: -len(cut)]
    return name


def load_sheet(path: str) -> Sheet:
    """Read the sheet at `path`; raises InputError (with a hint) when it cannot be used at all."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        hint = "give a readable UTF-8 CSV, TSV or JSONL file"
        raise InputError(f"--metadata {path}: {error}", hint=hint) from error
    records = list(_records(path, text))
    if not records:
        raise InputError(f"--metadata {path}: no rows", hint="the first line must name the columns")
    key_column = next((k for k in KEY_COLUMNS if k in records[0]), None)
    if key_column is None:
        raise InputError(
            f"--metadata {path}: no column names the file",
            hint=f"add one of the columns {', '.join(KEY_COLUMNS)}",
        )
    return _index(path, [_row(record, key_column) for record in records])


def _records(path: str, text: str) -> Iterator[dict[str, str]]:
    """Rows as {lower-case column: cell} from JSON Lines, TSV or CSV (by extension, else by content)."""
    stripped = text.lstrip()
    if path.lower().endswith((".jsonl", ".ndjson")) or stripped.startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _json_record(path, number, line)
        return
    first = text.split("\n", 1)[0]
    delimiter = "\t" if path.lower().endswith(".tsv") or first.count("\t") > first.count(",") else ","
    for record in csv.DictReader(io.StringIO(text), delimiter=delimiter):
        yield {(k or "").strip().lower(): (v or "").strip() for k, v in record.items() if isinstance(v, str)}


def _json_record(path: str, number: int, line: str) -> dict[str, str]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"--metadata {path}: line {number} is not JSON ({error})") from error
    if not isinstance(value, dict):
        raise InputError(f"--metadata {path}: line {number} is not a JSON object")
    return {str(k).lower(): "" if v is None else str(v).strip() for k, v in value.items()}


def _cell(record: Mapping[str, str], name: str) -> str | None:
    for column in COLUMNS[name]:
        value = record.get(column)
        if value is not None and value.strip().lower() not in _ABSENT:
            return value.strip()
    return None


def _row(record: Mapping[str, str], key_column: str) -> SheetRow:
    published = _cell(record, "published")
    return SheetRow(
        key=record.get(key_column, "").strip(),
        published=parse_day(published) if published else None,
        published_text=published,
        outlet=_cell(record, "outlet"),
        url=_cell(record, "url"),
        title=_cell(record, "title"),
        author=_cell(record, "author"),
    )


def _index(source: str, rows: list[SheetRow]) -> Sheet:
    folder = os.path.dirname(os.path.abspath(source))
    by_path: dict[str, SheetRow] = {}
    by_name: dict[str, SheetRow] = {}
    ambiguous: set[str] = set()
    for row in rows:
        if not row.key:
            continue
        by_path[os.path.realpath(os.path.join(folder, row.key))] = row
        for name in {os.path.basename(row.key), _stem(os.path.basename(row.key))}:
            if name in by_name and by_name[name] != row:
                ambiguous.add(name)
            by_name[name] = row
    names = {name: row for name, row in by_name.items() if name not in ambiguous}
    bad = sum(1 for row in rows if row.published_text and row.published is None)
    return Sheet(source, by_path, names, len(rows), bad)
