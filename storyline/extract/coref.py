"""In-document coreference: short names, roles and pronouns linked to the full name they stand for.

No offline coreference model exists for spaCy 3.8, so this is rule-based: surname and initial forms link to
the full name ("D. Peskov" → "Dmitry Peskov"); a role ("the Kremlin spokesman") links to an apposed name or
to the most recent person whose own description shares its role and does not contradict its nationality;
a pronoun links to the nearest gender-compatible person, subjects first, sentence by sentence backwards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from anyascii import anyascii
from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from storyline.extract.quotes.marks import find_quoted_spans
from storyline.model import Document, Mention, make_id
from storyline.model.records import MentionKind


def word_set(words: str) -> frozenset[str]:
    """The space-separated words of `words` as a set."""
    return frozenset(words.split())


MALE_NAMES = word_set(
    "alexander aleksandr alyaksandr aliaksandr dmitry dmitri vladimir uladzimir roman mikhail anton "
    "linas grigory syarhei sergei sergey sergiy nathan donald barack joe joseph john mike michael "
    "bill george viktor victor igor ivan pavel andrei andrey andrzej alexei alexey oleg yuri boris "
    "nikolai emmanuel olaf volodymyr petro gitanas antony jens mark david james robert tom peter paul "
    "ramzan maxim ilya valentin valery vitaly ales pavel yevgeny evgeny artem kirill stepan"
)
FEMALE_NAMES = word_set(
    "svetlana sviatlana jovita hanna alena maria mariya anna olga elena natalia natalya tatiana irina "
    "hillary angela ursula kamala nancy maria veronika veranika lidia lydia yulia julia marina "
    "ekaterina kristina ingrida kaja annalena liz theresa margaret valentina victoria maryna sofia"
)
FEMALE_ENDINGS = ("ova", "eva", "ina", "aya", "skaya", "ienė", "iene", "aitė", "aite", "ytė", "yte", "ska")
MALE_ENDINGS = ("ov", "ev", "sky", "skiy", "ski", "ius", "kas", "nas")
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
            "herself": "f", "they": "p", "them": "p", "their": "p", "themselves": "p"}  # fmt: skip
TITLES = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "madam": "f",
    "dr": "",
    "dr.": "",
}
ROLE_HEADS = word_set(
    "spokesman spokeswoman spokesperson secretary leader president minister premier diplomat head "
    "candidate chancellor ambassador envoy chairman chairwoman governor mayor representative chief "
    "counterpart director official"
)
ROLE_TAGS = (
    ("spokes", re.compile(r"press secretary|spokes(?:man|woman|person)|press (?:officer|service)")),
    ("pm", re.compile(r"prime minister|premier|head of (?:the )?government")),
    ("diplomat", re.compile(r"diplomat|foreign (?:minister|ministry|affairs)|ambassador|envoy")),
    ("minister", re.compile(r"(?<!prime )\bminister\b|\bministry\b")),
    ("candidate", re.compile(r"candidate|contender")),
    ("leader", re.compile(r"\bpresident\b|head of state|\bleader\b")),
    ("secretary", re.compile(r"state secretary")),
)  # fmt: skip
NATIONS = {"russian": "ru", "russia": "ru", "kremlin": "ru", "belarusian": "by", "belarus": "by",
           "lithuanian": "lt", "lithuania": "lt", "ukrainian": "ua", "ukraine": "ua", "american": "us",
           "polish": "pl", "poland": "pl", "german": "de", "germany": "de", "french": "fr", "france": "fr",
           "british": "uk", "chinese": "cn", "china": "cn", "kazakh": "kz", "latvian": "lv"}  # fmt: skip
WALK_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
MAX_PRONOUN_SENTENCES = 4


@dataclass(slots=True)
class _Person:
    gender: str = ""
    tags: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)


def fold(text: str) -> str:
    return anyascii(text).lower().strip(".,'’\"")


def _words(text: str) -> list[str]:
    words = [w for w in re.split(r"\s+", text.replace("’s", "").replace("'s", "")) if w]
    return [w for w in words if w.lower() not in TITLES] or words


def _same_surname(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 88)


def _gender(text: str, doc: Doc, start: int) -> str:
    words = _words(text)
    title = doc.text[max(0, start - 5) : start].strip().lower().split()[-1:] or [""]
    if TITLES.get(title[0]):
        return TITLES[title[0]]
    first, last = fold(words[0]), fold(words[-1])
    if first in MALE_NAMES or (len(words) > 1 and first in FEMALE_NAMES):
        return "m" if first in MALE_NAMES else "f"
    if last.endswith(FEMALE_ENDINGS):
        return "f"
    return "m" if last.endswith(MALE_ENDINGS) else ""


def _link_names(mentions: Sequence[Mention]) -> dict[str, str]:
    """refers_to for name mentions: short forms and repeats point at the first full name they match."""
    names = [m for m in mentions if m.kind == "name" and m.label in ("PERSON", "GPE", "ORG", "NORP", "FAC")]
    full = [
        m for m in names if m.label == "PERSON" and len(_words(m.text)) >= 2 and len(_words(m.text)[0]) > 2
    ]
    links: dict[str, str] = {}
    for mention in names:
        surname = fold(_words(mention.text)[-1])
        matches = [f for f in full if f.id != mention.id and _same_surname(fold(_words(f.text)[-1]), surname)]
        if mention in full:
            matches = [
                f
                for f in matches
                if f.start < mention.start
                and fold(_words(f.text)[0])[:1] == fold(_words(mention.text)[0])[:1]
            ]
            target = matches[0] if matches else None
        else:
            before = [f for f in matches if f.start < mention.start]
            target = before[-1] if before else (matches[0] if matches else None)
        if target is not None:
            links[mention.id] = links.get(target.id, target.id)
    return links


def _tags(text: str) -> set[str]:
    """Role tags of a description; a role inside "of/for the …" after another role is the possessor's."""
    lowered = text.lower()
    found = sorted((m.start(), tag) for tag, pattern in ROLE_TAGS for m in pattern.finditer(lowered))
    tags: set[str] = set()
    for position, tag in found:
        if tags and re.search(r"\b(?:of|for|to)\b[^,]*$", lowered[:position]) and tag in ("leader", "pm"):
            continue
        tags.add(tag)
    return tags


def _nations(text: str) -> set[str]:
    return {NATIONS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in NATIONS}


def _description(doc: Doc, mention: Mention, persons: Sequence[Mention]) -> str:
    """Title words before a name ("Prime Minister of Belarus …") and its apposition (", spokesman for …,")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return ""
    left = _walk_left(doc, span, persons)
    right = ""
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        tokens = []
        for token in doc[span.end + 1 : span.end + 12]:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                break
            tokens.append(token.text)
        right = " ".join(tokens)
    return f"{left} | {right}"


def _walk_left(doc: Doc, span: Span, persons: Sequence[Mention]) -> str:
    tokens: list[Token] = []
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    owned = False  # the words describe another person's name (an apposition to it)
    while i >= 0:
        token = doc[i]
        if any(p.start <= token.idx < p.end for p in persons):
            owned = True
            break
        if not (token.pos_ in WALK_POS or token.lower_ in ("of", "for", "-")):
            owned = token.text == "," and i > 0 and any(p.start <= doc[i - 1].idx < p.end for p in persons)
            break
        tokens.insert(0, token)
        if token.is_sent_start:
            break
        i -= 1
    if owned:
        cut = max((k for k, t in enumerate(tokens) if t.lower_ in ("of", "for")), default=-1)
        tokens = tokens[cut + 1 :]
    return " ".join(t.text for t in tokens)


def _root(mention_id: str, links: dict[str, str]) -> str:
    return links.get(mention_id, mention_id)


def _persons(doc: Doc, names: Sequence[Mention], links: dict[str, str]) -> dict[str, _Person]:
    """What the document says about each person (root name mention id): gender, role tags, nationality."""
    by_id = {m.id: m for m in names}
    persons: dict[str, _Person] = {}
    person_mentions = [m for m in names if by_id[_root(m.id, links)].label == "PERSON"]
    for mention in person_mentions:
        info = persons.setdefault(_root(mention.id, links), _Person())
        info.gender = info.gender or _gender(mention.text, doc, mention.start)
        description = _description(doc, mention, person_mentions)
        info.tags |= _tags(description)
        info.nations |= _nations(description)
    return persons


@dataclass(frozen=True, slots=True)
class _Context:
    """What resolution needs: the parse, sentence numbers, quoted regions, person facts, links so far."""

    document: Document
    doc: Doc
    starts: tuple[int, ...]  # sentence start offsets, in order
    quoted: tuple[tuple[int, int], ...]
    persons: dict[str, _Person]

    def sentence(self, offset: int) -> int:
        return max(0, sum(1 for s in self.starts if s <= offset) - 1)

    def in_quote(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.quoted)

    def mention(self, start: int, end: int, label: str, kind: MentionKind, refers_to: str | None) -> Mention:
        return Mention(
            id=make_id("mention", self.document.id, start, end),
            document=self.document.id,
            start=start,
            end=end,
            text=self.document.text[start:end],
            label=label,
            kind=kind,
            sentence=self.sentence(start),
            refers_to=refers_to,
        )


def _role_span(chunk: Span) -> tuple[int, int]:
    end = chunk.end_char
    for child in chunk.root.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            end = max(end, child.right_edge.idx + len(child.right_edge))
    return chunk.start_char, end


def _role_mentions(ctx: _Context, known: Sequence[Mention], roots: dict[str, str]) -> list[Mention]:
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
    ctx: _Context, text: str, start: int, people: Sequence[Mention], roots: dict[str, str]
) -> str | None:
    tags, nations = _tags(text), _nations(text)
    if not tags:
        return None
    for mention in sorted((m for m in people if m.end <= start), key=lambda m: -m.start):
        info = ctx.persons[roots[mention.id]]
        if tags & info.tags and not (nations and info.nations and not nations & info.nations):
            return roots[mention.id]
    return None


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _pronoun_target(
    ctx: _Context, token: Token, gender: str, people: Sequence[Mention], roots: dict[str, str]
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


def _pronoun_mentions(ctx: _Context, known: list[Mention], roots: dict[str, str]) -> list[Mention]:
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


def resolve_references(document: Document, doc: Doc, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The given mentions (names linked to their full form) plus pronoun and role mentions with refers_to."""
    links = _link_names(mentions)
    names = [replace(m, refers_to=links.get(m.id, m.refers_to)) for m in mentions]
    starts = tuple(s.start_char for s in doc.sents if s.text.strip())
    quoted = tuple((q.open, q.close) for q in find_quoted_spans(document.text) if q.depth == 0)
    ctx = _Context(
        document, doc, starts, quoted, _persons(doc, [m for m in names if m.kind == "name"], links)
    )
    roots = {m.id: _root(m.id, links) for m in names if m.kind == "name"}
    roles = _role_mentions(ctx, names, roots)
    roots.update({m.id: m.refers_to for m in roles if m.refers_to})
    taken = {(m.start, m.end) for m in names}
    known = sorted([*names, *(r for r in roles if (r.start, r.end) not in taken)], key=lambda m: m.start)
    pronouns = _pronoun_mentions(ctx, list(known), roots)
    result = [*known, *(p for p in pronouns if (p.start, p.end) not in taken)]
    return tuple(sorted(result, key=lambda m: (m.start, m.end)))
