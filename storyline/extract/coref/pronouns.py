"""Pronouns as mentions, linked to the nearest gender-compatible person, main-clause subjects first."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.coref.context import Context
from storyline.extract.coref.lexicon import MAX_PRONOUN_SENTENCES, PRONOUNS
from storyline.model import Mention


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _salience(doc: Doc, mention: Mention, earlier: bool) -> tuple[bool, bool, int]:
    """Sort key, most salient first: subjects, then (in an earlier sentence) the main clause's subject
    before one inside a clause it reports ("Ghonim conceded that Mubarak has …" keeps Ghonim the topic
    of the next sentence), then the nearest."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return True, True, -mention.start
    if not earlier:
        return False, False, -mention.start
    verb = span.root.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return False, verb.dep_ != "ROOT", -mention.start


def _pronoun_target(
    ctx: Context, token: Token, gender: str, people: dict[int, list[Mention]], roots: dict[str, str]
) -> str | None:
    """The nearest compatible person: this sentence before the pronoun, then earlier ones; subjects first.

    When the pronoun is outside quotations, names inside them are skipped (the attribution of a sentence
    opening with a quote is still searched); at most MAX_PRONOUN_SENTENCES sentences are searched.
    `people` also holds role mentions that stand for nobody named ("An Interior Ministry spokesman
    denied … He said"): when one comes first, the pronoun is his and stays unresolved rather than credit
    a farther name.
    """
    here = ctx.sentence(token.idx)
    outside = not ctx.in_quote(token.idx)
    searched = 0
    for sentence in range(here, -1, -1):
        if not (sentence != here and outside and ctx.in_quote(ctx.starts[sentence])):
            searched += 1  # a sentence opening with a quote is not counted; its attribution is searched
        if searched > MAX_PRONOUN_SENTENCES:
            break
        pool = [
            m
            for m in people.get(sentence, ())
            if m.start < token.idx and not (outside and ctx.in_quote(m.start))
        ]
        for mention in sorted(pool, key=lambda m: _salience(ctx.doc, m, sentence != here)):
            if mention.id not in roots:
                return None
            if ctx.persons[roots[mention.id]].gender in (gender, ""):
                return roots[mention.id]
    return None


def _unnamed(ctx: Context, role: Mention, names: list[Mention]) -> bool:
    """A subject role that stands for nobody named: unresolved, and no name right after it ("the
    opposition leader Sviatlana Tsikhanouskaya" is hers)."""
    if role.kind != "role" or role.refers_to is not None or not _is_subject(ctx.doc, role):
        return False
    text = ctx.document.text
    return not any(m.start >= role.end and not text[role.end : m.start].strip(" ,") for m in names)


def pronoun_mentions(ctx: Context, known: list[Mention], roots: dict[str, str]) -> list[Mention]:
    people: dict[int, list[Mention]] = {}  # sentence -> mentions of known persons (pronouns join as resolved)
    names = [m for m in known if roots.get(m.id) in ctx.persons]
    for mention in known:
        if roots.get(mention.id) in ctx.persons or _unnamed(ctx, mention, names):
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
