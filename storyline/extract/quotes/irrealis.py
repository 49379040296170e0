"""What is not a saying in the default quotes view: speech only imagined, wished or predicted, first-person
thinking, and a work that was merely published.

The default view lists what someone said. A cue that is hypothetical ("If X were to say", "One might
argue", "would like to hear X say that", "are likely to argue", "women who will say no"), a frame of the
writer's own thinking ("I think", "which I believe aired", "do you think") or a publication cue with a
non-person source ("CNN.com published a … interactive") reports no statement. Attribution mode
(`attitudes=True`, PolNeAR's broad reading) keeps them all.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.quotes.draft import Draft
from storyline.extract.quotes.subjects import subject_of
from storyline.lang.en.quoting import (
    ADDRESSEE_VERBS,
    CONDITIONAL_MARKS,
    IRREALIS_ADJECTIVES,
    IRREALIS_HEADS,
    IRREALIS_MODALS,
    NON_SPEECH_COGNITION,
    PERSONAL_PRONOUNS,
    PUBLICATION_NOUNS,
    PUBLICATION_VERBS,
    READER_PRONOUNS,
)
from storyline.lang.en.reporting import SPEECH_VERBS

MAX_CLIMB = 4


def not_a_saying(doc: Doc, draft: Draft) -> bool:
    """Whether the draft's cue reports no statement (see the module docstring); False without a verb cue."""
    verb = _cue_verb(doc, draft)
    if verb is None:
        return False
    return hypothetical(verb) or own_thinking(verb) or mere_publication(verb) or passive_non_saying(verb)


def _cue_verb(doc: Doc, draft: Draft) -> Token | None:
    if draft.cue is None:
        return None
    span = doc.char_span(draft.cue[0], draft.cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ == "VERB"] or [t for t in span if t.pos_ == "AUX"]
    return verbs[0] if verbs else None  # "was found": the verb, not its auxiliary


def hypothetical(verb: Token) -> bool:
    """A saying only imagined, wished or predicted: a modal on the verb or on the verbs it is the
    complement of ("might argue", "would like to hear X say"), a conditional clause ("If X were to say"),
    a wish or plan ("wants to say") or a prediction ("is likely to argue")."""
    current = verb
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "aux" and c.lower_ in IRREALIS_MODALS for c in current.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children):
            return True
        if current.i != verb.i and current.lemma_.lower() in IRREALIS_HEADS:
            return True
        if current.pos_ == "ADJ" and current.lower_ in IRREALIS_ADJECTIVES:
            return True
        if not _complement(current):
            return False
        current = current.head
    return False


def _complement(token: Token) -> bool:
    """Whether the token is the infinitive complement or purpose clause of its head ("to argue", "hear X
    say", "will meet with Bush to discuss")."""
    if token.head.i == token.i:
        return False
    if token.dep_ == "xcomp" or (token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)):
        return True
    bare = token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children)
    return token.dep_ == "ccomp" and bare


def own_thinking(verb: Token) -> bool:
    """A cognition frame of the writer or the reader: "I think", "we believe", "do you know"."""
    if verb.lemma_.lower() not in NON_SPEECH_COGNITION:
        return False
    subject = subject_of(verb)
    return subject is not None and subject.lower_ in READER_PRONOUNS


def mere_publication(verb: Token) -> bool:
    """A publication cue whose source or object is a work, the source no person: "CNN.com published a …
    interactive", "An earlier series in The Post detailed the crisis" ("the group detailed two dozen
    incidents", "the newspaper has detailed the spending" and "Smith detailed the plan" still report)."""
    if verb.lemma_.lower() not in PUBLICATION_VERBS:
        return False
    if not any(c.dep_ == "dobj" for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower_ in PERSONAL_PRONOUNS:
        return False
    if any(t.ent_type_ == "PERSON" for t in subject.subtree):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    works = [subject, *objects, *(c for o in objects for c in o.children if c.dep_ in ("amod", "compound"))]
    return any(t.lemma_.lower() in PUBLICATION_NOUNS for t in works)  # "a cold case interactive" too


def passive_non_saying(verb: Token) -> bool:
    """A passive that reports no saying of its subject: a verb of finding or showing with no clause
    ("Kellermann was found by his wife"; "it was found that …" still reports), or the addressee of a
    telling whose subject comes through coordination ("Gordon returned and was told he was dismissed")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ADDRESSEE_VERBS:
        return not any(c.dep_ == "agent" for c in verb.children)
    return lemma not in SPEECH_VERBS and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
