"""Pronouns as mentions, linked to the nearest gender-compatible person, subjects first."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.coref.context import Context
from storyline.extract.coref.lexicon import MAX_PRONOUN_SENTENCES, PRONOUNS
from storyline.model import Mention


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _pronoun_target(
    ctx: Context, token: Token, gender: str, people: dict[int, list[Mention]], roots: dict[str, str]
) -> str | None:
    """The nearest compatible person: this sentence before the pronoun, then earlier ones; subjects first.

    Earlier sentences inside quotations are skipped when the pronoun is outside one; at most
    MAX_PRONOUN_SENTENCES sentences are searched.
    """
    here = ctx.sentence(token.idx)
    outside = not ctx.in_quote(token.idx)
    searched = 0
    for sentence in range(here, -1, -1):
        if sentence != here and outside and ctx.in_quote(ctx.starts[sentence]):
            continue
        searched += 1
        if searched > MAX_PRONOUN_SENTENCES:
            break
        pool = [
            m
            for m in people.get(sentence, ())
            if m.start < token.idx and not (outside and ctx.in_quote(m.start))
        ]
        for mention in sorted(pool, key=lambda m: (not _is_subject(ctx.doc, m), -m.start)):
            if ctx.persons[roots[mention.id]].gender in (gender, ""):
                return roots[mention.id]
    return None


def pronoun_mentions(ctx: Context, known: list[Mention], roots: dict[str, str]) -> list[Mention]:
    people: dict[int, list[Mention]] = {}  # sentence -> mentions of known persons (pronouns join as resolved)
    for mention in known:
        if roots.get(mention.id) in ctx.persons:
            people.setdefault(ctx.sentence(mention.start), []).append(mention)
    found = []
    for token in ctx.doc:
        gender = PRONOUNS.get(token.lower_)
        if gender is None or token.pos_ not in ("PRON", "DET"):
            continue
        target = _pronoun_target(ctx, token, gender, people, roots) if gender != "p" else None
        mention = ctx.mention(token.idx, token.idx + len(token), "PERSON", "pronoun", target)
        if target is not None:
            roots[mention.id] = target
            if target in ctx.persons:
                people.setdefault(ctx.sentence(mention.start), []).append(mention)
        known.append(mention)
        found.append(mention)
    return found
