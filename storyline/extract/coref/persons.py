"""What a document says about each person: name links (short forms to full names), gender, roles, nation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from storyline.extract.coref.lexicon import (
    FEMALE_ENDINGS,
    FEMALE_NAMES,
    MALE_ENDINGS,
    MALE_NAMES,
    NATIONS,
    POSSESSOR_TAGS,
    ROLE_TAGS,
    TITLES,
    WALK_POS,
)
from storyline.extract.nlp import doc_text
from storyline.model import Mention
from storyline.names.fold import fold_word as fold


@dataclass(slots=True)
class Person:
    gender: str = ""
    tags: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)


def name_words(text: str) -> list[str]:
    words = [w for w in re.split(r"\s+", text.replace("’s", "").replace("'s", "")) if w]
    return [w for w in words if w.lower() not in TITLES] or words


def same_surname(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 88)


def gender_of(text: str, doc: Doc, start: int) -> str:
    words = name_words(text)
    title = doc_text(doc)[max(0, start - 5) : start].strip().lower().split()[-1:] or [""]
    if TITLES.get(title[0]):
        return TITLES[title[0]]
    first, last = fold(words[0]), fold(words[-1])
    if first in MALE_NAMES or (len(words) > 1 and first in FEMALE_NAMES):
        return "m" if first in MALE_NAMES else "f"
    if last.endswith(FEMALE_ENDINGS):
        return "f"
    return "m" if last.endswith(MALE_ENDINGS) else ""


def _is_full(text: str) -> bool:
    words = name_words(text)
    return len(words) >= 2 and len(words[0]) > 2


def _surname(text: str) -> str:
    return fold(name_words(text)[-1])


def link_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """refers_to for name mentions: short forms and repeats point at the first full name they match."""
    names = [m for m in mentions if m.kind == "name" and m.label in ("PERSON", "GPE", "ORG", "NORP", "FAC")]
    words = {m.id: name_words(m.text) for m in names}
    surname = {m.id: fold(words[m.id][-1]) for m in names}
    initial = {m.id: fold(words[m.id][0])[:1] for m in names}
    full = [m for m in names if m.label == "PERSON" and len(words[m.id]) >= 2 and len(words[m.id][0]) > 2]
    full_ids = {m.id for m in full}
    matching = _full_names_by_surname(full, surname)
    links: dict[str, str] = {}
    for mention in names:
        matches = [f for f in matching(surname[mention.id]) if f.id != mention.id]
        if mention.id in full_ids:
            same_initial = [
                f for f in matches if f.start < mention.start and initial[f.id] == initial[mention.id]
            ]
            target = same_initial[0] if same_initial else None
        else:
            before = [f for f in matches if f.start < mention.start]
            target = before[-1] if before else (matches[0] if matches else None)
        if target is not None:
            links[mention.id] = links.get(target.id, target.id)
    return links


def _full_names_by_surname(full: list[Mention], surname: dict[str, str]) -> Callable[[str], list[Mention]]:
    """A lookup of the full-name mentions (in document order) whose surname matches a folded surname."""
    order = {m.id: index for index, m in enumerate(full)}
    groups: dict[str, list[Mention]] = {}
    for mention in full:
        groups.setdefault(surname[mention.id], []).append(mention)
    found: dict[str, list[Mention]] = {}

    def matching(key: str) -> list[Mention]:
        if key not in found:
            hits = [m for other, group in groups.items() if same_surname(other, key) for m in group]
            found[key] = sorted(hits, key=lambda m: order[m.id])
        return found[key]

    return matching


def role_tags(text: str) -> set[str]:
    """Role tags of a description; a role inside "of/for the …" after another role is the possessor's."""
    lowered = text.lower()
    found = sorted((m.start(), tag) for tag, pattern in ROLE_TAGS for m in pattern.finditer(lowered))
    tags: set[str] = set()
    for position, tag in found:
        if tags and re.search(r"\b(?:of|for|to)\b[^,]*$", lowered[:position]) and tag in POSSESSOR_TAGS:
            continue
        tags.add(tag)
    return tags


def nations_of(text: str) -> set[str]:
    return {NATIONS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in NATIONS}


def description(doc: Doc, mention: Mention, named: frozenset[int]) -> str:
    """Title words before a name ("Prime Minister of Belarus …"), its apposition (", spokesman for …,") and
    a copular predicate ("… had been state secretary"). `named` holds the offsets inside person names."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ""
    left = walk_left(doc, span, named)
    right = ""
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        tokens = []
        for token in doc[span.end + 1 : span.end + 12]:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                break
            tokens.append(token.text)
        right = " ".join(tokens)
    return f"{left} | {right} | {_predicate(span)}"


def _predicate(span: Span) -> str:
    """`Rapota had been state secretary since 2011`: the role a copula gives the name."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return ""
    attrs = [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return " ".join(t.text for a in attrs for t in a.subtree if t.dep_ != "prep" or t.head is a)


def walk_left(doc: Doc, span: Span, named: frozenset[int]) -> str:
    tokens: list[Token] = []
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    owned = False  # the words describe another person's name (an apposition to it)
    while i >= 0:
        token = doc[i]
        if token.idx in named:
            owned = True
            break
        if not (token.pos_ in WALK_POS or token.lower_ in ("of", "for", "-")):
            owned = token.text == "," and i > 0 and doc[i - 1].idx in named
            break
        tokens.insert(0, token)
        if token.is_sent_start:
            break
        i -= 1
    if owned:
        cut = max((k for k, t in enumerate(tokens) if t.lower_ in ("of", "for")), default=-1)
        tokens = tokens[cut + 1 :]
    return " ".join(t.text for t in tokens)


def root_of(mention_id: str, links: dict[str, str]) -> str:
    return links.get(mention_id, mention_id)


def persons_of(doc: Doc, names: Sequence[Mention], links: dict[str, str]) -> dict[str, Person]:
    """What the document says about each person (root name mention id): gender, role tags, nationality."""
    by_id = {m.id: m for m in names}
    persons: dict[str, Person] = {}
    person_mentions = [m for m in names if by_id[root_of(m.id, links)].label == "PERSON"]
    named = frozenset(offset for m in person_mentions for offset in range(m.start, m.end))
    for mention in person_mentions:
        info = persons.setdefault(root_of(mention.id, links), Person())
        info.gender = info.gender or gender_of(mention.text, doc, mention.start)
        described = description(doc, mention, named)
        info.tags |= role_tags(described)
        info.nations |= nations_of(described)
    return persons
