"""Where a reporting verb's content is, by its frame: that-clause, infinitive, object or prepositional object.

"said that …" (ccomp), "vowed to repeal it" (xcomp), "announced plans to …" (dobj), "called for a ban"
(prep:for, the cue then takes in the preposition: "called for"). An object's content goes on through the
verb's later complements: "accused the FDIC of trying …", "saw immigrants as a burden".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.lang.en.quoting import ADJUNCT_PREPOSITIONS, CONTENT_NOUNS, CONTENT_PREPOSITIONS
from storyline.lang.en.reporting import (
    ATTITUDE_FRAMES,
    INDIRECT_VERBS,
    PHRASAL_PREPOSITIONS,
    SPEECH_FRAMES,
    TRAINED_FRAMES,
)

CharSpan = tuple[int, int]
THAT_WINDOW = 12  # `said earlier on Friday during a news conference that …`
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "oprd", "dative"})


@dataclass(frozen=True, slots=True)
class Content:
    """A verb's reported content: the clause token it hangs on, its character span, and the cue's span."""

    clause: Token
    span: CharSpan
    cue: CharSpan


def _edges(first: Token, last: Token) -> CharSpan:
    return first.left_edge.idx, last.right_edge.idx + len(last.right_edge)


def frames_of(verb: Token, attitudes: bool) -> frozenset[str]:
    """The complement kinds `verb` reports content through ("ccomp", "xcomp", "dobj", "prep:for" …)."""
    lemma = verb.lemma_.lower()
    frames = SPEECH_FRAMES.get(lemma, frozenset())
    if lemma in INDIRECT_VERBS:
        frames |= {"ccomp"}
    if attitudes:
        frames = frames | ATTITUDE_FRAMES.get(lemma, frozenset()) | TRAINED_FRAMES.get(lemma, frozenset())
    return frames


def content_of(verb: Token, attitudes: bool = False) -> Content | None:
    """The content `verb` reports, tried in order: that-clause, content noun, infinitive, object, prep."""
    frames = frames_of(verb, attitudes)
    if not frames:
        return None
    cue = (verb.idx, verb.idx + len(verb))
    clause = _clause(verb) if "ccomp" in frames else _that_clause(verb)
    if clause is not None:
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("that", "whether", "if")]
        span = _edges(clause, clause)
        return Content(clause, (marks[0].idx, span[1]) if marks else span, cue)
    children = [c for c in verb.rights]
    for child in children:
        if child.dep_ == "xcomp" and "xcomp" in frames:
            return Content(child, _edges(child, child), cue)
        if child.dep_ == "dobj" and "dobj" in frames and not _is_pronoun_object(child):
            return Content(child, _edges(child, _last_complement(verb, child, frames)), cue)
        if child.dep_ == "prep" and f"prep:{child.lower_}" in frames and _placed(verb, child):
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                phrase = (cue[0], child.idx + len(child)) if child.i - verb.i <= 2 else cue
                last = _last_complement(verb, child, frames)
                return Content(objects[0], (objects[0].left_edge.idx, _edges(last, last)[1]), phrase)
    return None


def _placed(verb: Token, prep: Token) -> bool:
    """A phrasal verb's preposition follows it ("called for a ban", "called publicly for"); "can call
    0800 123 for information" is no call for anything."""
    between = verb.doc[verb.i + 1 : prep.i]
    phrasal = prep.lower_ in PHRASAL_PREPOSITIONS.get(verb.lemma_.lower(), ())
    return not phrasal or all(t.pos_ in ("ADV", "PART") for t in between)


def _is_pronoun_object(obj: Token) -> bool:
    """`told him`, `asked them`: a personal pronoun object is the addressee, not the content."""
    return obj.pos_ == "PRON" and obj.lower_ not in ("that", "this", "it", "what", "something", "nothing")


def _last_complement(verb: Token, obj: Token, frames: frozenset[str]) -> Token:
    """The last of the verb's complements that carry on an object's content, right after it."""
    last = obj
    for child in verb.rights:
        if child.i <= obj.i:
            continue
        if child.dep_ in OBJECT_DEPS or (
            child.dep_ == "prep"
            and (child.lower_ in CONTENT_PREPOSITIONS or f"prep:{child.lower_}" in frames)
        ):
            last = child
        else:
            break
    return last


def _clause(verb: Token) -> Token | None:
    """The clause a speech verb reports: its ccomp, or the that-clause of "expressed confidence that"."""
    clause = _ccomp(verb)
    if clause is not None:
        return clause
    for child in verb.children:
        if child.dep_ == "dobj" and (child.lemma_.lower() in CONTENT_NOUNS or child.lower_ in CONTENT_NOUNS):
            for grandchild in child.children:
                if grandchild.dep_ in ("acl", "ccomp", "relcl") and any(
                    t.lower_ == "that" and t.dep_ == "mark" for t in grandchild.children
                ):
                    return grandchild
    return _that_after(verb)


def _ccomp(verb: Token) -> Token | None:
    """Of several clauses parsed as the verb's complement (`…: He said he's raised …`, `X is good, but it
    wasn't …, she said`), the one on the side away from the subject, nearest the verb."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(clauses) < 2:
        return clauses[0] if clauses else None
    right = [c for c in clauses if c.i > verb.i]
    left = [c for c in clauses if c.i < verb.i]
    subject_left = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children)
    if right and (subject_left or not left):
        return right[0]
    return left[-1]


def _that_after(verb: Token) -> Token | None:
    """`has said from the start that X …` parsed with the clause elsewhere: the clause `that` opens."""
    for token in verb.doc[verb.i + 1 : verb.i + 1 + THAT_WINDOW]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i:
            return token.head if token.head.pos_ in ("VERB", "AUX") else None
        if _complementizer(token, verb):
            return token.head
    return None


def _complementizer(that: Token, verb: Token) -> bool:
    """`said during the debate that he is …`, `reported at the time that …`: a `that` parsed as the
    relative pronoun of an adjunct noun but opening a clause with its own subject is the verb's `that`."""
    clause, noun = that.head, that.head.head
    prep = noun.head
    return (
        that.tag_ == "WDT"
        and that.dep_ not in ("nsubj", "nsubjpass")
        and clause.dep_ == "relcl"
        and clause.i > that.i
        and noun.dep_ == "pobj"
        and prep.head.i == verb.i
        and prep.lower_ in ADJUNCT_PREPOSITIONS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _that_clause(verb: Token) -> Token | None:
    """`disclosed that she has pneumonia`: a verb that reports content by some frame reports an explicit
    that-clause too."""
    for child in verb.children:
        marks = (t for t in child.children if t.dep_ == "mark")
        if child.dep_ == "ccomp" and child.i > verb.i and any(t.lower_ == "that" for t in marks):
            return child
    return None
