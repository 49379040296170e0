"""The statement fold and an entity the entity fold retires in the same step (issue 11).

A bare "Eliot" quoted in one document is its own entity; a later document names "Susan Elliott", and
the entity fold folds the bare name into her (the corpus's one full name of that surname), retiring the
first entity. The statement fold read the dirty speakers' records from the store, where the retired
entity still was, so its stale record claimed the quote's speaker mention too and, its id sorting after
the live one, won: the statement kept the retired id (1 of 933 statements of 40 Timeline17 articles
ingested in 5 runs of 8).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.model import DocumentAnalysis, Quote, make_id
from storyline.run.fold import link_new
from storyline.run.relink import relink
from storyline.settings import Settings
from storyline.store import open_store
from tests.link.entities.entity_builders import analysis


def _said(text: str, speaker: str) -> DocumentAnalysis:
    """A dated document naming `speaker` once, with one direct quote of theirs (between the quotes)."""
    found = analysis([(speaker, "PERSON")], published="2020-01-02", text=text)
    mention = found.mentions[0]
    start, end = text.index('"') + 1, text.rindex('"')
    quote = Quote(
        id=make_id("quote", found.document.id, start, end),
        document=found.document.id,
        start=start,
        end=end,
        text=text[start:end],
        kind="direct",
        speaker_text=speaker,
        speaker_start=mention.start,
        speaker_end=mention.end,
        speaker_mention=mention.id,
    )
    return replace(found, quotes=(quote,))


def _speakers(batches: list[list[DocumentAnalysis]], *, full: bool = False) -> tuple[set[str], list[str]]:
    with open_store(":memory:") as store:
        for batch in batches:
            for item in batch:
                store.save_analysis(item)
            if not full:
                link_new(store, Settings())
        if full:
            relink(store, Settings())
        entities = {e.id for e in store.load_entities()}
        return entities, [row.statement.speaker or "" for row in store.statements()]


def test_a_statement_follows_its_speaker_into_the_entity_that_absorbs_it() -> None:
    quoted = _said('Eliot said: "We will go on talking about the plan for the port."', "Eliot")
    named = analysis([("Susan Elliott", "PERSON")], published="2020-01-03")
    before, _ = _speakers([[quoted]])
    entities, speakers = _speakers([[quoted], [named]])
    retired = before - entities
    assert retired and min(retired) > min(entities)  # the retired id sorts after the live one
    assert speakers and set(speakers) <= entities
    assert (entities, speakers) == _speakers([[quoted, named]], full=True)
