"""Pronouns as mentions, linked to the nearest gender-compatible person, subjects first."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.extract.coref.context import Context
from storyline.extract.coref.lexicon import MAX_PRONOUN_SENTENCES, PRONOUNS
from storyline.model import Mention


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _pronoun_target(
    ctx: Context, token: Token, gender: str, people: Sequence[Mention], roots: dict[str, str]
) -> str | None:
    """The nearest compatible person: this sentence before the pronoun, then earlier ones; subjects first."""
    here = ctx.sentence(token.idx)
    outside = not ctx.in_quote(token.idx)
    pool = [m for m in people if m.start < token.idx and not (outside and ctx.in_quote(m.start))]
    unquoted = [n for n in range(here, -1, -1) if n == here or not (outside and ctx.in_quote(ctx.starts[n]))]
    for sentence in unquoted[:MAX_PRONOUN_SENTENCES]:
        candidates = sorted((m for m in pool if ctx.sentence(m.start) == sentence),
                            key=lambda m: (not _is_subject(ctx.doc, m), -m.start))  # fmt: skip
        for mention in candidates:
            if ctx.persons[roots[mention.id]].gender in (gender, ""):
                return roots[mention.id]
    return None


def pronoun_mentions(ctx: Context, known: list[Mention], roots: dict[str, str]) -> list[Mention]:
    found = []
    for token in ctx.doc:
        gender = PRONOUNS.get(token.lower_)
        if gender is None or token.pos_ not in ("PRON", "DET"):
            continue
        people = [m for m in known if roots.get(m.id) in ctx.persons]
        target = _pronoun_target(ctx, token, gender, people, roots) if gender != "p" else None
        mention = ctx.mention(token.idx, token.idx + len(token), "PERSON", "pronoun", target)
        if target is not None:
            roots[mention.id] = target
        known.append(mention)
        found.append(mention)
    return found
