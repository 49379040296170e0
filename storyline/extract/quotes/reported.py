"""Reported speech hung on a verb: "X said that …", "X called it far-fetched", "X, he said, …", passives."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from storyline.extract.quotes.clauses import indirect_draft, inside, right_of, span_of, subtree_chars, trim
from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.extract.quotes.frames import content_of
from storyline.extract.quotes.governor import subtree_span
from storyline.extract.quotes.passive import Reading, passive_reading, question_reading, raising_reading
from storyline.extract.quotes.subjects import (
    SUBJECTS,
    as_saying,
    names_no_source,
    not_a_statement,
    own_subject,
    relay_text,
    relays_saying,
    speaker_span,
    subject_of,
)
from storyline.lang.en.quoting import LABEL_VERBS, QUESTION_VERBS
from storyline.lang.en.reporting import INDIRECT_VERBS, SPEECH_VERBS


def verb_drafts(
    sent: Span, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool
) -> list[Draft]:
    """The statements of the sentence's reporting verbs outside direct quotes, in verb order."""
    drafts: list[Draft] = []
    for verb in sent:
        if verb.pos_ != "VERB" or inside(verb.idx, quoted):
            continue
        holders = [d for d in drafts if d.start <= verb.idx < d.end]
        if holders and (not own_subject(verb) or verb.left_edge.idx <= holders[-1].start):
            continue  # the head of reported content ("said she thinks …") is not a statement of its own
        reading = _unsourced(verb, attitudes)
        if reading is not None:
            if _fits(reading.content, quoted, drafts):
                _cut_before(drafts, verb, text)
                content = reading.content if reading.question else trim(text, reading.content)
                drafts.append(indirect_draft(sent, content, reading.source, reading.cue))
            continue
        if (verb.lemma_.lower() in QUESTION_VERBS and verb.tag_ == "VBN") or relays_saying(verb):
            continue  # `Asked whether …, the mayor said`: the mayor was asked, he did not ask
        draft = _sourced(sent, verb, text, (quoted, partials, drafts), attitudes)
        if draft is not None:
            _cut_before(drafts, verb, text)
            drafts.append(draft)
    return drafts


def _sourced(
    sent: Span,
    verb: Token,
    text: str,
    context: tuple[Sequence[CharSpan], Sequence[CharSpan], Sequence[Draft]],
    attitudes: bool,
) -> Draft | None:
    """The statement of a verb whose subject (or the object of `cited … as saying`) is its source."""
    quoted, partials, drafts = context
    relayed = as_saying(verb)
    subject = relayed or subject_of(verb)
    if subject is None or names_no_source(subject) or (subject.dep_ == "nsubjpass" and not _perfect(verb)):
        return None
    if subject.lower_ == "it" and subject.head.i != verb.i and subject.head.lemma_ == "be":
        return None  # `It is hard to imagine …`, `it's time to focus on …`: nobody's statement
    if (not attitudes and not_a_statement(verb, subject)) or subject.lower_ == "you":
        return None  # `you know`, `you might think`: the reader, generic, in either mode
    if _caused(verb, subject):
        return None
    found = _content_for(verb, partials, attitudes)
    if found is None:
        return None
    clause, span, cue = found
    start, end = trim(text, span)
    if start < verb.idx and inside(verb.idx, [(d.start, d.end) for d in drafts]):
        return None  # a verb inside reported content whose content lies before it: a misparse
    if clause.i != verb.i:
        end = _coordinated_end(verb, clause, text, end)
    if end - start < 3 or inside(start, quoted):
        return None
    draft = indirect_draft(sent, (start, end), speaker_span(subject, verb), cue)
    draft.relay = relay_text(verb, text) if relayed is not None else None
    return draft


def _perfect(verb: Token) -> bool:
    """`he’s sought to protect …`, `she's said that …`: a contracted `has` the parser took for a passive
    `is` (no `by` agent) — an active perfect whose subject is the source."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _caused(verb: Token, subject: Token) -> bool:
    """`to make every American feel that …`, `let them think …`, `helped officials realize …`: a bare verb
    under a causative or perception verb is not its subject's statement (PolNeAR train: 30 of 96 sources
    annotated), unless the speaker asks to speak (`let me say`)."""
    bare = verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)
    return bare and subject.lower_ not in ("me", "us")


def _unsourced(verb: Token, attitudes: bool) -> Reading | None:
    """A question (`asked whether …`), a passive (`X was reported by Y`) or, with attitudes, a raising
    verb (`X seemed Y`)."""
    subject = subject_of(verb)
    asker = speaker_span(subject, verb) if subject is not None and subject.dep_ != "nsubjpass" else None
    question = question_reading(verb, asker, attitudes)
    if question is not None:
        return question
    if _perfect(verb):
        return None
    if any(c.dep_ == "nsubjpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return passive_reading(verb, attitudes)
    return raising_reading(verb) if attitudes else None


def _fits(content: CharSpan, quoted: Sequence[CharSpan], drafts: Sequence[Draft]) -> bool:
    start, end = content
    return (
        end - start >= 3
        and not inside(start, quoted)
        and not inside(start, [(d.start, d.end) for d in drafts])
    )


def _content_for(
    verb: Token, partials: Sequence[CharSpan], attitudes: bool
) -> tuple[Token, CharSpan, CharSpan] | None:
    """The clause token, content span and cue span of a reporting verb, by frame, label or parenthesis."""
    cue = (verb.idx, verb.idx + len(verb))
    content = content_of(verb, attitudes)
    if content is not None:
        return content.clause, content.span, content.cue
    if verb.lemma_.lower() in LABEL_VERBS and _labelled(verb, partials) is not None:
        return verb, right_of(verb), cue
    if _parenthetical(verb):
        return verb.head, subtree_span(verb.head), cue
    reported = _as_reported(verb)
    if reported is not None:
        return verb.head, reported, cue
    return None


def _as_reported(verb: Token) -> CharSpan | None:
    """`As Politico reported, the …`, `…, as he noted`, `Hawaii, as an adviser pointed out, does not …`: an
    `as` clause of saying with no content of its own reports the clause it qualifies (the rest of it)."""
    lemma, head = verb.lemma_.lower(), verb.head
    if verb.dep_ != "advcl" or lemma not in SPEECH_VERBS | INDIRECT_VERBS | {"put"}:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    if (lemma == "put") != (len(objects) == 1 and objects[0].lower_ == "it") or (lemma != "put" and objects):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in SPEECH_VERBS | INDIRECT_VERBS:
        return None
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    end = head.right_edge.i
    while end > last and doc[end].is_punct:
        end -= 1
    if first <= head.left_edge.i:
        tokens = doc[last + 1 : head.right_edge.i + 1]
    elif last >= end:
        tokens = doc[head.left_edge.i : first]
    else:
        tokens = doc[head.left_edge.i : head.right_edge.i + 1]
    words = [t for t in tokens if not t.is_punct]
    return span_of(tokens) if len(words) >= 2 else None


def _parenthetical(verb: Token) -> bool:
    """`The closures, he said, have hit public courses`: a speech verb set off by commas inside the clause
    it reports, with a subject of its own (the whole clause is the content, as an `according to` is)."""
    if verb.lemma_.lower() not in SPEECH_VERBS | INDIRECT_VERBS or verb.dep_ not in ("parataxis", "advcl"):
        return False
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if not subjects or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    left, right = subjects[0].left_edge.i, verb.i
    doc = verb.doc
    before = doc[left - 1].text if left > 0 else ""
    after = doc[right + 1].text if right + 1 < len(doc) else ""
    return before == "," and after == "," and verb.head.left_edge.i < left


def _coordinated_end(verb: Token, clause: Token, text: str, end: int) -> int:
    """`said that X had never sought, and did not seek, to …`: a subjectless conjunct goes on with it."""
    for child in verb.children:
        if child.dep_ != "conj" or child.i <= clause.right_edge.i or child.lemma_.lower() in SPEECH_VERBS:
            continue
        if any(c.dep_ in SUBJECTS for c in child.children):
            continue
        end = max(end, trim(text, subtree_chars(child))[1])
    return end


def _cut_before(drafts: list[Draft], verb: Token, text: str) -> None:
    """A reporting verb inside an earlier draft's content starts a statement of its own: end that draft."""
    for draft in drafts:
        if draft.start <= verb.idx < draft.end:
            left = verb.left_edge
            cut = left.idx if left.i < verb.i else verb.idx
            draft.end = trim(text, (draft.start, cut))[1]
            while draft.end > draft.start and text[draft.end - 4 : draft.end] == " and":
                draft.end = trim(text, (draft.start, draft.end - 4))[1]


def _labelled(verb: Token, partials: Sequence[CharSpan]) -> Token | None:
    """`called Belarus ‘Russia’s closest ally’`, `called a merger far-fetched`: a labelling verb whose
    object holds a partial quote or has an object predicate."""
    start, end = right_of(verb)
    if any(
        (c.dep_ == "oprd" and c.pos_ != "NUM") or (c.dep_ == "dobj" and _ends_in_label(c))
        for c in verb.children
    ):
        return verb
    return verb if any(start <= p[0] and p[1] <= end for p in partials) else None


def _ends_in_label(obj: Token) -> bool:
    """`the idea of a merger of the two towns far-fetched`: an adjective after the noun it is parsed as
    modifying, ending the object, is the label the verb gives it (English puts attributes first)."""
    last = obj.right_edge
    while last.is_punct and last.i > obj.i:
        last = last.nbor(-1)
    adjective = last.head if last.dep_ in ("amod", "advmod") and last.head.pos_ == "ADJ" else last
    return adjective.pos_ == "ADJ" and adjective.dep_ == "amod" and adjective.head.i < adjective.left_edge.i
