"""A short briefing on a corpus: who matters, what happened when, and which statements were repeated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from storyline.model import CorpusLinks, DocumentAnalysis, Entity, Quote, TimelineEntry

PRECISE = frozenset({"day", "week", "month"})  # a briefing lists events dated at least to the month


@dataclass(frozen=True, slots=True, kw_only=True)
class RepeatedStatement:
    """A statement reported by more than one article, with its first report and a sourced text."""

    speaker: str
    text: str
    first_source: str  # outlet or source of the first report
    first_published: str | None
    reports: int
    quote: Quote


@dataclass(frozen=True, slots=True, kw_only=True)
class Briefing:
    """What the demo prints: counts, main people, the busiest timeline entries, repeated statements."""

    documents: int
    outlets: int
    first_published: str | None
    last_published: str | None
    people: tuple[Entity, ...]
    timeline: tuple[TimelineEntry, ...]
    repeated: tuple[RepeatedStatement, ...]


def build_briefing(
    analyses: Sequence[DocumentAnalysis], links: CorpusLinks, *, people: int = 8, events: int = 10
) -> Briefing:
    """Pick the people in most documents, the most-reported timeline entries and every repeated statement."""
    dates = sorted(d for d in (a.document.published.value for a in analyses) if d)
    outlets = {a.document.outlet or a.document.source for a in analyses}
    persons = main_people(analyses, links.entities)
    precise = [t for t in links.timeline if t.time.granularity in PRECISE]
    busiest = sorted(precise, key=lambda t: (-_reporting_documents(t), t.time.start))[:events]
    return Briefing(
        documents=len(analyses),
        outlets=len(outlets),
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        people=tuple(persons[:people]),
        timeline=tuple(sorted(busiest, key=lambda t: t.time.start)),
        repeated=_repeated_statements(analyses, links),
    )


def main_people(analyses: Sequence[DocumentAnalysis], entities: Sequence[Entity]) -> list[Entity]:
    """Persons ranked by the number of documents they appear in (then mentions, then name): a name
    repeated forty times in one article is not a main person of the story."""
    document_of = {m.id: a.document.id for a in analyses for m in a.mentions}
    persons = [e for e in entities if e.type == "PERSON"]

    def rank(entity: Entity) -> tuple[int, int, str]:
        documents = {document_of[m] for m in entity.mentions if m in document_of}
        return (-len(documents), -len(entity.mentions), entity.name)

    return sorted(persons, key=rank)


def _reporting_documents(entry: TimelineEntry) -> int:
    return len({span.document for span in entry.mentions})


def _repeated_statements(
    analyses: Sequence[DocumentAnalysis], links: CorpusLinks
) -> tuple[RepeatedStatement, ...]:
    quotes = {q.id: q for a in analyses for q in a.quotes}
    documents = {a.document.id: a.document for a in analyses}
    names = {e.id: e.name for e in links.entities}
    repeated: list[RepeatedStatement] = []
    for statement in links.statements:
        reporting = {quotes[q].document for q in statement.quotes if q in quotes}
        if len(reporting) < 2:
            continue
        first = quotes[statement.quotes[0]]
        document = documents[statement.first_document]
        repeated.append(
            RepeatedStatement(
                speaker=names.get(statement.speaker or "", first.speaker_text or "unknown speaker"),
                text=first.text,
                first_source=document.outlet or PurePath(document.source).name,
                first_published=statement.first_published.value,
                reports=len(reporting),
                quote=first,
            )
        )
    return tuple(sorted(repeated, key=_statement_order))


def _statement_order(item: RepeatedStatement) -> tuple[str, str]:
    return (item.first_published or "9999", item.speaker)


def top_aliases(entity: Entity, limit: int = 6) -> list[str]:
    """The entity's aliases other than its display name, shortest spelling variants first."""
    others = [a for a in entity.aliases if a != entity.name]
    return sorted(others, key=lambda a: (len(a), a))[:limit]
