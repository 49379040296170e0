"""The reporting verb that governs a quoted span in the dependency parse, and the verb's subject as speaker.

`"Oh, God," Biden blurted out` and `Hope Hicks, the campaign's spokeswoman, said: "…"` are read from the
parse: the quote hangs on a reporting verb (or the verb on the quote, `"…," he said`), and the speaker is
that verb's syntactic subject, however far away, never a noun that merely stands near the cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.quotes.draft import CharSpan
from storyline.extract.quotes.tokens import tokens_starting_in
from storyline.lang.en.quoting import RELAY_VERBS
from storyline.lang.en.reporting import INDIRECT_VERBS, MANNER_VERBS, SPEECH_VERBS

REPORTING = SPEECH_VERBS | INDIRECT_VERBS | MANNER_VERBS
INNER_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CLIMB = frozenset({"conj", "advcl", "xcomp"})


def _reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb outside [start, end) that the quoted words hang on, or that hangs on them."""
    inside = set(tokens_starting_in(doc, start, end))
    if not inside:
        return None
    tops = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside or doc[i].head.i == i]
    for top in tops:
        head = top.head
        if head.i not in inside and _reporting(head):
            return head
    for top in tops:
        for child in top.children:
            if child.i not in inside and child.dep_ in INNER_DEPS and _reporting(child):
                return child
    return None


def speaker_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is coordinated with (`… and added, "…"`)."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        subjects += [  # "Biden, asked about it, blurted out": the subject parsed under the participle
            s for c in current.lefts if c.dep_ == "parataxis" for s in c.lefts if s.dep_ in SUBJECTS
        ]
        if subjects:
            return subjects[0]
        finite = current.tag_ in ("VBD", "VBZ", "VBP")  # a finite verb without a subject is misparsed
        if not (current.dep_ in CLIMB or (finite and current.dep_ == "ccomp")) or current.head.i == current.i:
            return None
        current = current.head
    return None


def relayed(verb: Token) -> bool:
    """`TASS quoted him as saying "…"`: the verb's subject is the outlet, not the speaker."""
    return any(t.lemma_.lower() in RELAY_VERBS for t in (verb, verb.head))


def subtree_span(token: Token) -> CharSpan:
    """The token's phrase, without punctuation or quotation marks at its edges."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    while left < token.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def cue_span(verb: Token) -> CharSpan:
    """The verb with a particle right after it: "blurted out", "pointed out"."""
    end = verb.idx + len(verb)
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.dep_ == "prt" and following.head == verb:
        end = following.idx + len(following)
    return verb.idx, end
