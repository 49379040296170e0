"""Which publication date a read document gets: the precedence between sheet, batch date, the file's own
metadata, its path and its dateline.

Precedence (first that gives a day wins; the confidence is stored with the date):
  1. the metadata sheet's row for the file (`--metadata`): source "metadata", 0.95;
  2. the batch date (`--published`): source "metadata", 0.95;
  3. the file's own metadata (feed item, JSONL field, HTML markup, a `date:` header line): "metadata", 0.95;
  4. a day in the file name (0.9) or in a folder name (0.85): source "path", the pattern in the evidence;
  5. the reader's byline date ("By Sam Ortiz | June 8, 2023"): "byline", 0.9;
  6. a dateline with its year ("Mon Apr 25 , 2011"): "byline", 0.85;
  7. a yearless wire dateline ("LONDON, June 8 (Reuters) -") with the year of the path: "byline", 0.8.
Otherwise the date stays unknown (a yearless dateline is named in the evidence, never completed from
the clock) and the extract stage may still infer one from the text. Explicit user statements come
first because they are about these files; found dates follow by how directly they were written.
A sheet row also fills outlet, url, title and author where it has them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from storyline.errors import InputError
from storyline.ingest.datelines import Dateline, find_dateline
from storyline.ingest.dates import CONFIDENCE, parse_day
from storyline.ingest.pathdates import PathDate, path_date
from storyline.ingest.sheet import Sheet, SheetRow, load_sheet
from storyline.model import PublicationDate, RawDocument

DATELINE_CONFIDENCE = 0.85
YEARLESS_CONFIDENCE = 0.8


@dataclass(frozen=True, slots=True, kw_only=True)
class DatingOptions:
    """What the user told ingest about publication dates: a metadata sheet, a date for the batch."""

    sheet: Sheet | None = None
    published: str | None = None  # ISO day


def dating_options(metadata: str | None = None, published: str | None = None) -> DatingOptions:
    """Options from `--metadata FILE` and `--published DATE`; InputError (with a hint) when unusable."""
    day = None
    if published is not None:
        day = parse_day(published)
        if day is None:
            raise InputError(f"--published {published!r} is not a date", hint="write it as YYYY-MM-DD")
    return DatingOptions(sheet=load_sheet(metadata) if metadata else None, published=day)


def date_document(raw: RawDocument, options: DatingOptions) -> RawDocument:
    """`raw` with its publication date chosen by the module's precedence (and sheet fields filled)."""
    row = options.sheet.row_for(raw.source) if options.sheet is not None else None
    if row is not None:
        raw = _with_row(raw, row)
    published = _chosen(raw, row, options)
    return raw if published is raw.published else replace(raw, published=published)


def _with_row(raw: RawDocument, row: SheetRow) -> RawDocument:
    return replace(
        raw,
        outlet=row.outlet or raw.outlet,
        url=row.url or raw.url,
        title=row.title or raw.title,
        author=row.author or raw.author,
    )


def _chosen(raw: RawDocument, row: SheetRow | None, options: DatingOptions) -> PublicationDate:
    if row is not None and row.published is not None and options.sheet is not None:
        return _stated(row.published, f"metadata sheet {options.sheet.source}: {row.published_text}")
    if options.published is not None:
        return _stated(options.published, f"--published {options.published}")
    if raw.published.value is not None and raw.published.source == "metadata":
        return raw.published
    found = path_date(raw.source)
    by_path = found.publication() if found is not None else None
    if by_path is not None:
        return by_path
    if raw.published.value is not None:
        return raw.published
    return _from_dateline(find_dateline(raw.raw_text), found) or raw.published


def _stated(day: str, evidence: str) -> PublicationDate:
    return PublicationDate(value=day, source="metadata", confidence=CONFIDENCE["metadata"], evidence=evidence)


def _from_dateline(dateline: Dateline | None, found: PathDate | None) -> PublicationDate | None:
    if dateline is None:
        return None
    if dateline.year is not None:
        evidence = f"dateline: {dateline.evidence}"
        return PublicationDate(
            value=dateline.day, source="byline", confidence=DATELINE_CONFIDENCE, evidence=evidence
        )
    day = dateline.with_year(found.year) if found is not None and found.year is not None else None
    if day is None or found is None:
        evidence = f"yearless dateline ({dateline.evidence}): no year from a path or sheet"
        return PublicationDate(value=None, source="none", confidence=0.0, evidence=evidence)
    evidence = f"dateline: {dateline.evidence}; year from path: {found.evidence}"
    return PublicationDate(value=day, source="byline", confidence=YEARLESS_CONFIDENCE, evidence=evidence)
