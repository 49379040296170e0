"""Which WARC records an ingest keeps: by host of the target URI, by language, by crawl date.

Host and date are read from the record's WARC headers before its body is read, so a record outside
them costs almost nothing; the language comes from the record's own metadata
(`WARC-Identified-Content-Language`, as Common Crawl writes it) or, where there is none, from a cheap
detector (py3langid) run on the extracted article text. The WARC date is the crawl date, not the
publication date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from storyline.errors import InputError

LANGUAGE_HEADER = "WARC-Identified-Content-Language"
# ISO 639-3 codes (what Common Crawl's metadata uses) of the languages news crawls hold most
_ISO3 = {
    "eng": "en", "rus": "ru", "ukr": "uk", "bel": "be", "deu": "de", "fra": "fr", "spa": "es",
    "ita": "it", "por": "pt", "pol": "pl", "nld": "nl", "tur": "tr", "ara": "ar", "zho": "zh",
    "jpn": "ja", "kor": "ko", "hin": "hi", "swe": "sv", "ces": "cs", "ron": "ro", "hun": "hu",
}  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordFilters:
    """`--warc-host`, `--warc-lang`, `--warc-since`, `--warc-until`: empty keeps every record."""

    hosts: tuple[str, ...] = ()  # a host keeps itself and its subdomains: bbc.co.uk keeps www.bbc.co.uk
    languages: tuple[str, ...] = ()  # ISO 639-1 codes: en, ru
    since: dt.date | None = None  # crawl day, inclusive
    until: dt.date | None = None

    @property
    def active(self) -> bool:
        return bool(self.hosts or self.languages or self.since or self.until)


@dataclass(slots=True)
class FilterTally:
    """How many records of one file each filter set aside."""

    dropped: Counter[str] = field(default_factory=Counter)

    def reason(self) -> str | None:
        total = sum(self.dropped.values())
        if not total:
            return None
        parts = ", ".join(f"{name} {count:,}" for name, count in sorted(self.dropped.items()))
        return f"{total:,} WARC record(s) outside the filters ({parts})"


def record_filters(
    hosts: list[str] | None = None,
    languages: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> RecordFilters:
    """Filters from the command line; InputError (with a hint) for a date or language it cannot use."""
    for language in languages or ():
        if not (len(language) == 2 and language.isalpha()):
            raise InputError(
                f"--warc-lang {language!r} is not a language code", hint="give one like en or ru"
            )
    return RecordFilters(
        hosts=tuple(h.strip().lower().lstrip(".") for h in hosts or () if h.strip()),
        languages=tuple(language.lower() for language in languages or ()),
        since=_day("--warc-since", since),
        until=_day("--warc-until", until),
    )


def _day(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise InputError(f"{option} {value!r} is not a date", hint="write it as YYYY-MM-DD") from error


def host_kept(filters: RecordFilters, uri: str | None) -> bool:
    if not filters.hosts:
        return True
    host = (urlsplit(uri or "").hostname or "").lower()
    return any(host == wanted or host.endswith("." + wanted) for wanted in filters.hosts)


def date_kept(filters: RecordFilters, warc_date: str | None) -> bool:
    """Whether the crawl day in `warc_date` (ISO 8601) is inside the filters; an unreadable one is not."""
    if filters.since is None and filters.until is None:
        return True
    try:
        day = dt.date.fromisoformat((warc_date or "")[:10])
    except ValueError:
        return False
    return (filters.since is None or day >= filters.since) and (filters.until is None or day <= filters.until)


def language_kept(filters: RecordFilters, declared: str | None, text: str) -> bool:
    """Whether the record's language is wanted: its metadata's first language, else the detector's."""
    if not filters.languages:
        return True
    return record_language(declared, text) in filters.languages


def record_language(declared: str | None, text: str) -> str:
    """The ISO 639-1 code of a record: from `WARC-Identified-Content-Language` (`eng,fra`) or detected."""
    first = (declared or "").split(",")[0].strip().lower()
    if first:
        return _ISO3.get(first, first)
    import py3langid  # imported on the first record that needs it (its model loads in about a second)

    return str(py3langid.classify(text[:5000])[0])
