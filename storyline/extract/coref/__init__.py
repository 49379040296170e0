"""In-document coreference: short names, roles and pronouns linked to the full name they stand for.

No offline coreference model exists for spaCy 3.8, so this is rule-based: surname and initial forms link to
the full name ("D. Peskov" → "Dmitry Peskov"); a role ("the Kremlin spokesman") links to an apposed name or
to the most recent person whose own description shares its role and does not contradict its nationality;
a pronoun links to the nearest gender-compatible person, subjects first, sentence by sentence backwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.coref.context import Context
from storyline.extract.coref.persons import link_names, persons_of, root_of
from storyline.extract.coref.pronouns import pronoun_mentions
from storyline.extract.coref.roles import role_mentions
from storyline.extract.quotes.marks import find_quoted_spans
from storyline.model import Document, Mention

__all__ = ["resolve_references"]


def resolve_references(document: Document, doc: Doc, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The given mentions (names linked to their full form) plus pronoun and role mentions with refers_to."""
    links = link_names(mentions)
    names = [replace(m, refers_to=links.get(m.id, m.refers_to)) for m in mentions]
    starts = tuple(s.start_char for s in doc.sents if s.text.strip())
    quoted = tuple(sorted((q.open, q.close) for q in find_quoted_spans(document.text) if q.depth == 0))
    ctx = Context(
        document, doc, starts, quoted, persons_of(doc, [m for m in names if m.kind == "name"], links)
    )
    roots = {m.id: root_of(m.id, links) for m in names if m.kind == "name"}
    roles = role_mentions(ctx, names, roots)
    roots.update({m.id: m.refers_to for m in roles if m.refers_to})
    taken = {(m.start, m.end) for m in names}
    known = sorted([*names, *(r for r in roles if (r.start, r.end) not in taken)], key=lambda m: m.start)
    pronouns = pronoun_mentions(ctx, list(known), roots)
    result = [*known, *(p for p in pronouns if (p.start, p.end) not in taken)]
    return tuple(sorted(result, key=lambda m: (m.start, m.end)))
