"""Who a reporting verb credits: its subject (through coordination and participles), relays and refusals."""

from __future__ import annotations

from spacy.tokens import Token

from storyline.extract.quotes.clauses import subtree_chars
from storyline.extract.quotes.draft import CharSpan
from storyline.lang.en.quoting import IMPERSONAL_SUBJECTS, MADE_TO_SAY, NOT_A_SPEAKER, RELAY_VERBS

SUBJECTS = ("nsubj", "nsubjpass")
# Subjects that name no source; "it", "who" and "which" do ("It said …", "a poll, which showed …").
NO_SOURCE = IMPERSONAL_SUBJECTS - {"it", "who", "which"}


def names_no_source(subject: Token) -> bool:
    """An impersonal subject ("there", "this", "what", a relative `that`): it names no source."""
    return subject.lower_ in NO_SOURCE


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with or hangs from ("…, saying that",
    "after saying that"); for `voters saying they …`, `a group backing Bush`, the noun it qualifies."""
    current = verb
    for _ in range(5):
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        subjects = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")] or subjects
        if subjects:  # of two (`WASHINGTON (AP) — Ingrid Holm said`), the one nearer the verb
            before = [c for c in subjects if c.i < current.i]
            return before[-1] if before else subjects[0]
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
            return _maker(current.head) or current.head
        if (
            current.dep_ not in ("conj", "advcl", "xcomp", "acl", "pobj", "prep", "acomp", "pcomp")
            or current.head.i == current.i
        ):
            return None
        current = current.head
    return None


def _maker(noun: Token) -> Token | None:
    """Who made or delivered a statement noun that is the object of their verb ("Trump released a statement
    saying …", "Clinton, in a speech attacking …"): its subject speaks through it."""
    if noun.lemma_.lower() not in MADE_TO_SAY:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj" or names_no_source(subject) or subject.i == noun.i:
        return None
    return subject


def speaker_span(subject: Token, verb: Token) -> CharSpan:
    """The subject's words; for `a group backing Bush` (the verb inside the subject's phrase) the words
    before the verb."""
    if subject.i < verb.i <= subject.right_edge.i:
        last = verb.doc[verb.left_edge.i - 1]
        while last.is_punct and last.i > subject.left_edge.i:
            last = last.nbor(-1)
        return subject.left_edge.idx, last.idx + len(last)
    return subtree_chars(subject)


def own_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own that names someone."""
    return any(
        c.dep_ in SUBJECTS and c.pos_ in ("PRON", "PROPN", "NOUN") and c.lower_ not in IMPERSONAL_SUBJECTS
        for c in verb.children
    )


def not_a_statement(verb: Token, subject: Token) -> bool:
    """A negated saying (`can't say`, `has not said`), or one by the reader or by nobody."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    if subject.lower_ == "one":
        return any(child.lower_ == "no" for child in subject.children)
    return subject.lower_ in NOT_A_SPEAKER


def relays_saying(verb: Token) -> bool:
    """`NTV cited unnamed sources as saying that …`: the relay verb is not the statement, the saying is."""
    return verb.lemma_.lower() in RELAY_VERBS and any(
        child.dep_ == "prep" and child.lower_ == "as" and any(g.dep_ == "pcomp" for g in child.children)
        for child in verb.children
    )


def as_saying(verb: Token) -> Token | None:
    """The source a relay verb names for its `as saying` (its object: "unnamed sources"), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in RELAY_VERBS:
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    return objects[0] if objects and objects[0].lower_ not in IMPERSONAL_SUBJECTS else None


def relay_text(verb: Token, text: str) -> str | None:
    """The outlet that cites a source `as saying`: the relay verb's subject."""
    outlet = subject_of(verb.head.head)
    return text[slice(*subtree_chars(outlet))].strip(" ,") if outlet is not None else None
