"""Role descriptions ("the Kremlin spokesman") as mentions, linked to an apposed name or a matching person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from storyline.extract.coref.context import Context
from storyline.extract.coref.lexicon import ROLE_HEADS
from storyline.extract.coref.persons import nations_of, role_tags
from storyline.model import Mention


def _role_span(chunk: Span) -> tuple[int, int]:
    end = chunk.end_char
    for child in chunk.root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            end = max(end, child.right_edge.idx + len(child.right_edge))
    return chunk.start_char, end


def role_mentions(ctx: Context, known: Sequence[Mention], roots: dict[str, str]) -> list[Mention]:
    """Role descriptions without a name inside, linked to an apposed name or a matching earlier person."""
    people = [m for m in known if roots.get(m.id) in ctx.persons]
    found = []
    for chunk in ctx.doc.noun_chunks:
        if chunk.root.lemma_.lower() not in ROLE_HEADS or chunk.root.tag_ in ("NNS", "NNPS"):
            continue
        start, end = _role_span(chunk)
        if any(m.start < end and start < m.end for m in people) or chunk.root.pos_ == "PROPN":
            continue
        text = ctx.document.text[start:end]
        apposed = [m for m in people if re.fullmatch(r",\s*", ctx.document.text[end : m.start] or "x")]
        target = roots[apposed[0].id] if apposed else _match_role(ctx, text, start, people, roots)
        found.append(ctx.mention(start, end, "PERSON", "role", target))
    return found


def _match_role(
    ctx: Context, text: str, start: int, people: Sequence[Mention], roots: dict[str, str]
) -> str | None:
    tags, nations = role_tags(text), nations_of(text)
    if not tags:
        return None
    for mention in sorted((m for m in people if m.end <= start), key=lambda m: -m.start):
        info = ctx.persons[roots[mention.id]]
        if tags & info.tags and not (nations and info.nations and not nations & info.nations):
            return roots[mention.id]
    return None
