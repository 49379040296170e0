"""Attributions by phrase rather than verb: "according to X, …", "in her opinion, …", "In the latest poll, …",
and "This was announced by X" pointing back at the previous sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from storyline.extract.quotes.clauses import indirect_draft, subtree_chars, trim
from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.lang.en.quoting import POLL_NOUNS, SOURCE_NOUNS
from storyline.lang.en.reporting import INDIRECT_VERBS

ANAPHORS = frozenset({"this", "that", "it", "these", "those", "so"})
OPINION = re.compile(
    r"(?i:\bin\s+)(?P<who>his|her|their|the\s+[\w\-]+(?:\s+[\w\-]+){0,3}|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['’]?s?"
    r"\s+(?:opinion|view|words),\s*"
)


def according_drafts(sent: Span, text: str) -> list[Draft]:
    """`According to X, …` / `…, according to X.` / `In her opinion, …`."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if not objects:
                return []
            speaker = subtree_chars(objects[0])
            clause = _clause_of(token, sent)
            return [
                _around(clause, text, (token.idx, speaker[1]), speaker, (token.idx, token.nbor().idx + 2))
            ]
    match = OPINION.search(text, sent.start_char, sent.end_char)
    if match:
        who = (match.start("who"), match.end("who"))
        cue = (match.start(), match.end() - len(match.group()) + len(match.group().rstrip(" ,")))
        return [_around((sent.start_char, sent.end_char), text, (match.start(), match.end()), who, cue)]
    return []


def _clause_of(according: Token, sent: Span) -> CharSpan:
    """The clause an `according to` phrase qualifies: its head's subtree, or the sentence."""
    head = according.head
    if head.i == according.i or head.dep_ == "ROOT":
        return sent.start_char, sent.end_char
    return subtree_chars(head)


def _around(clause: CharSpan, text: str, phrase: CharSpan, speaker: CharSpan, cue: CharSpan) -> Draft:
    """The clause minus the attribution phrase is the content (the whole clause when the phrase is inside)."""
    before = text[clause[0] : phrase[0]].strip(" ,\n")
    after = text[phrase[1] : clause[1]].strip(" ,.\n")
    if before and after:
        content = trim(text, clause)
    elif before:
        content = trim(text, (clause[0], phrase[0]))
    else:
        content = trim(text, (phrase[1], clause[1]))
    while content[0] < content[1] and text[content[0]] in ",: ":
        content = (content[0] + 1, content[1])
    draft = Draft(kind="indirect", start=content[0], end=content[1], speaker=speaker, cue=cue)
    draft.regions = (clause,)
    return draft


def in_source_drafts(sent: Span, text: str) -> list[Draft]:
    """`In the latest poll, Clinton led by 5 points`: a sentence opened by a source of information
    (PolNeAR's attribution; the phrase is source and cue, the rest of the clause the content)."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "in" or first.dep_ != "prep":
        return _in_source_within(sent, text)
    objects = [c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS]
    after = first.right_edge.i + 1
    if not objects or after >= len(sent.doc) or sent.doc[after].text != ",":
        return []
    phrase = (first.idx, first.right_edge.idx + len(first.right_edge))
    clause = (sent.start_char, sent.end_char)
    source = (objects[0].left_edge.idx, phrase[1])
    return [_around(clause, text, phrase, source, (first.idx, first.idx + len(first)))]


def _in_source_within(sent: Span, text: str) -> list[Draft]:
    """`Clinton led by 5 points in a CBS News poll`, `… fell to 10 percent in the latest poll`: the clause an
    `in <poll>` phrase qualifies is what the poll says."""
    for token in sent:
        objects = [c for c in token.children if c.dep_ == "pobj" and _a_poll(c)]
        if token.lower_ != "in" or token.dep_ != "prep" or not objects:
            continue
        clause = token.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        phrase = (token.idx, token.right_edge.idx + len(token.right_edge))
        source = (objects[0].left_edge.idx, phrase[1])
        draft = _around(subtree_chars(clause), text, phrase, source, (token.idx, token.idx + len(token)))
        return [draft] if draft.end - draft.start >= 3 else []
    return []


def _a_poll(noun: Token) -> bool:
    """A poll or survey that says something: singular or specified ("the latest polls", "January polls"),
    not the generic "the polls" of "slid in the polls" (train: 3 of 22 annotated as a source)."""
    if noun.lemma_.lower() not in POLL_NOUNS:
        return False
    return noun.tag_ != "NNS" or any(c.dep_ != "det" for c in noun.children)


def anaphoric_drafts(sent: Span, previous: Span | None) -> list[Draft]:
    """`This was announced on March 30 by X.`: the previous sentence is what X said."""
    if previous is None:
        return []
    for verb in sent:
        if verb.lemma_.lower() not in INDIRECT_VERBS or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in ANAPHORS]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if subjects and agents:
            content = (previous.start_char, previous.end_char)
            draft = indirect_draft(sent, content, subtree_chars(agents[0]), (verb.idx, verb.idx + len(verb)))
            draft.regions = ((sent.start_char, sent.end_char),)
            return [draft]
    return []
