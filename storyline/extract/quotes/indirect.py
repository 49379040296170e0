"""Indirect speech from the dependency parse: "X said that …", "according to X, …", "This was stated by X"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from storyline.extract.quotes.draft import CharSpan, Draft
from storyline.extract.quotes.frames import content_of
from storyline.extract.quotes.governor import subtree_span
from storyline.extract.quotes.lexicon import (
    IMPERSONAL_SUBJECTS,
    INDIRECT_VERBS,
    LABEL_VERBS,
    NOT_A_SPEAKER,
    QUESTION_VERBS,
    RELATIVE_SUBJECTS,
    RELAY_VERBS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from storyline.extract.quotes.nouns import noun_drafts
from storyline.extract.quotes.passive import Reading, passive_reading, question_reading, raising_reading

SUBJECTS = ("nsubj", "nsubjpass")
ANAPHORS = frozenset({"this", "that", "it", "these", "those", "so"})
# Subjects that name no source; "it", "who" and "which" do ("It said …", "a poll, which showed …").
NO_SOURCE = IMPERSONAL_SUBJECTS - {"it", "who", "which"}
OPINION = re.compile(
    r"(?i:\bin\s+)(?P<who>his|her|their|the\s+[\w\-]+(?:\s+[\w\-]+){0,3}|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)['’]?s?"
    r"\s+(?:opinion|view|words),\s*"
)
LEADING = frozenset({"that", "whether", "if", "how", ","})


def _span(tokens: Sequence[Token] | Span) -> CharSpan:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _subtree(token: Token) -> CharSpan:
    doc = token.doc
    return _span(doc[token.left_edge.i : token.right_edge.i + 1])


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is coordinated with or hangs from ("…, saying that",
    "after saying that"); for `voters saying they …`, `a group backing Bush`, the noun it qualifies."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if (
            current.dep_ not in ("conj", "advcl", "xcomp", "acl", "pobj", "prep", "acomp", "pcomp")
            or current.head is current
        ):
            return None
        current = current.head
    return None


def _trim(text: str, span: CharSpan) -> CharSpan:
    start, end = span
    words = text[start:end].split(" ", 1)
    if len(words) == 2 and words[0].lower() in LEADING:
        start += len(words[0]) + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in ",;:—" or text[end - 1].isspace()):
        end -= 1
    return start, end


def _verb_drafts(
    sent: Span, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool
) -> list[Draft]:
    drafts: list[Draft] = []
    for verb in sent:
        if verb.pos_ != "VERB" or _inside(verb.idx, quoted):
            continue
        holders = [d for d in drafts if d.start <= verb.idx < d.end]
        if holders and (not _own_subject(verb) or verb.left_edge.idx <= holders[-1].start):
            continue  # the head of reported content ("said she thinks …") is not a statement of its own
        reading = _unsourced(verb, attitudes)
        if reading is not None:
            if _fits(reading.content, quoted, drafts):
                _cut_before(drafts, verb, text)
                content = reading.content if reading.question else _trim(text, reading.content)
                drafts.append(_draft(sent, content, reading.source, reading.cue))
            continue
        if (verb.lemma_.lower() in QUESTION_VERBS and verb.tag_ == "VBN") or _relays_saying(verb):
            continue  # `Asked whether …, the mayor said`: the mayor was asked, he did not ask
        relayed = _as_saying(verb)
        subject = relayed or subject_of(verb)
        if subject is None or subject.lower_ in NO_SOURCE or subject.dep_ == "nsubjpass":
            continue
        if not attitudes and _not_a_statement(verb, subject):
            continue
        found = _content_for(verb, partials, attitudes)
        if found is None:
            continue
        clause, span, cue = found
        start, end = _trim(text, span)
        if start < verb.idx and _inside(verb.idx, [(d.start, d.end) for d in drafts]):
            continue  # a verb inside reported content whose content lies before it: a misparse
        if clause is not verb:
            end = _coordinated_end(verb, clause, text, end)
        if end - start < 3 or _inside(start, quoted):
            continue
        _cut_before(drafts, verb, text)
        drafts.append(_draft(sent, (start, end), speaker_span(subject, verb), cue))
        drafts[-1].relay = _relay_text(verb, text) if relayed is not None else None
    return drafts


def _relays_saying(verb: Token) -> bool:
    """`NTV cited unnamed sources as saying that …`: the relay verb is not the statement, the saying is."""
    return verb.lemma_.lower() in RELAY_VERBS and any(
        child.dep_ == "prep" and child.lower_ == "as" and any(g.dep_ == "pcomp" for g in child.children)
        for child in verb.children
    )


def _as_saying(verb: Token) -> Token | None:
    """The source a relay verb names for its `as saying` (its object: "unnamed sources"), or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_.lower() not in RELAY_VERBS:
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    return objects[0] if objects and objects[0].lower_ not in IMPERSONAL_SUBJECTS else None


def _relay_text(verb: Token, text: str) -> str | None:
    outlet = subject_of(verb.head.head)
    return text[slice(*_subtree(outlet))].strip(" ,") if outlet is not None else None


def _credited(subject: Token | None, verb: Token) -> Token | None:
    """The noun a relative clause's pronoun stands for (`Russia, which has said …` credits Russia)."""
    head = verb.head
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        return head if head.pos_ in ("NOUN", "PROPN") else subject
    return subject


def _not_a_statement(verb: Token, subject: Token) -> bool:
    """A negated saying (`can't say`, `has not said`), or one by the reader or by nobody."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    if subject.lower_ == "one":
        return any(child.lower_ == "no" for child in subject.children)
    return subject.lower_ in NOT_A_SPEAKER


def _unsourced(verb: Token, attitudes: bool) -> Reading | None:
    """A question (`asked whether …`), a passive (`X was reported by Y`) or, with attitudes, a raising
    verb (`X seemed Y`)."""
    subject = subject_of(verb)
    asker = speaker_span(subject, verb) if subject is not None and subject.dep_ != "nsubjpass" else None
    question = question_reading(verb, asker, attitudes)
    if question is not None:
        return question
    if any(c.dep_ == "nsubjpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return passive_reading(verb, attitudes)
    return raising_reading(verb) if attitudes else None


def _trimmed(draft: Draft, text: str) -> Draft:
    draft.start, draft.end = _trim(text, (draft.start, draft.end))
    return draft


def _fits(content: CharSpan, quoted: Sequence[CharSpan], drafts: Sequence[Draft]) -> bool:
    start, end = content
    return (
        end - start >= 3
        and not _inside(start, quoted)
        and not _inside(start, [(d.start, d.end) for d in drafts])
    )


def speaker_span(subject: Token, verb: Token) -> CharSpan:
    """The subject's words; for `a group backing Bush` (the verb inside the subject's phrase) the words
    before the verb."""
    if subject.i < verb.i <= subject.right_edge.i:
        last = verb.doc[verb.left_edge.i - 1]
        while last.is_punct and last.i > subject.left_edge.i:
            last = last.nbor(-1)
        return subject.left_edge.idx, last.idx + len(last)
    return _subtree(subject)


def _content_for(
    verb: Token, partials: Sequence[CharSpan], attitudes: bool
) -> tuple[Token, CharSpan, CharSpan] | None:
    """The clause token, content span and cue span of a reporting verb, by frame, label or parenthesis."""
    cue = (verb.idx, verb.idx + len(verb))
    content = content_of(verb, attitudes)
    if content is not None:
        return content.clause, content.span, content.cue
    if verb.lemma_.lower() in LABEL_VERBS and _labelled(verb, partials) is not None:
        return verb, _right_of(verb), cue
    if _parenthetical(verb):
        return verb.head, subtree_span(verb.head), cue
    return None


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
        end = max(end, _trim(text, _subtree(child))[1])
    return end


def _cut_before(drafts: list[Draft], verb: Token, text: str) -> None:
    """A reporting verb inside an earlier draft's content starts a statement of its own: end that draft."""
    for draft in drafts:
        if draft.start <= verb.idx < draft.end:
            left = verb.left_edge
            cut = left.idx if left.i < verb.i else verb.idx
            draft.end = _trim(text, (draft.start, cut))[1]
            while draft.end > draft.start and text[draft.end - 4 : draft.end] == " and":
                draft.end = _trim(text, (draft.start, draft.end - 4))[1]


def _own_subject(verb: Token) -> bool:
    return any(
        c.dep_ in SUBJECTS and c.pos_ in ("PRON", "PROPN", "NOUN") and c.lower_ not in IMPERSONAL_SUBJECTS
        for c in verb.children
    )


def _labelled(verb: Token, partials: Sequence[CharSpan]) -> Token | None:
    """`called Belarus ‘Russia’s closest ally’`, `called a merger far-fetched`: a labelling verb whose
    object holds a partial quote or has an object predicate."""
    start, end = _right_of(verb)
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


def _right_of(verb: Token) -> CharSpan:
    doc = verb.doc
    return (
        _span(doc[verb.i + 1 : verb.right_edge.i + 1]) if verb.right_edge.i > verb.i else (verb.idx, verb.idx)
    )


def _draft(sent: Span, content: CharSpan, speaker: CharSpan | None, cue: CharSpan) -> Draft:
    regions = ((sent.start_char, content[0]), (content[1], sent.end_char))
    return Draft(kind="indirect", start=content[0], end=content[1], speaker=speaker, cue=cue,
                 regions=regions)  # fmt: skip


def _inside(offset: int, spans: Sequence[CharSpan]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _according(sent: Span, text: str) -> list[Draft]:
    """`According to X, …` / `…, according to X.` / `In her opinion, …`."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
            if not objects:
                return []
            speaker = _subtree(objects[0])
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
    if head is according or head.dep_ == "ROOT":
        return sent.start_char, sent.end_char
    return _subtree(head)


def _around(clause: CharSpan, text: str, phrase: CharSpan, speaker: CharSpan, cue: CharSpan) -> Draft:
    """The clause minus the attribution phrase is the content (the whole clause when the phrase is inside)."""
    before = text[clause[0] : phrase[0]].strip(" ,\n")
    after = text[phrase[1] : clause[1]].strip(" ,.\n")
    if before and after:
        content = _trim(text, clause)
    elif before:
        content = _trim(text, (clause[0], phrase[0]))
    else:
        content = _trim(text, (phrase[1], clause[1]))
    while content[0] < content[1] and text[content[0]] in ",: ":
        content = (content[0] + 1, content[1])
    draft = Draft(kind="indirect", start=content[0], end=content[1], speaker=speaker, cue=cue)
    draft.regions = (clause,)
    return draft


def _anaphoric(sent: Span, previous: Span | None) -> list[Draft]:
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
            draft = _draft(sent, content, _subtree(agents[0]), (verb.idx, verb.idx + len(verb)))
            draft.regions = ((sent.start_char, sent.end_char),)
            return [draft]
    return []


def indirect_drafts(
    doc: Doc, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool = False
) -> list[Draft]:
    """Every indirect statement outside direct quotes, with partial quotes inside it kept as fragments."""
    drafts: list[Draft] = []
    previous: Span | None = None
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        if _inside(sent.start_char, quoted):  # `“…,” he said, adding that …`: the verbs after the quote
            found = _verb_drafts(sent, text, quoted, partials, attitudes)
        else:
            found = _anaphoric(sent, previous) or _sentence_drafts(sent, text, quoted, partials, attitudes)
        taken = [*quoted, *((d.start, d.end) for d in found)]
        drafts += found + [_trimmed(d, text) for d in noun_drafts(sent, taken, attitudes)]
        previous = _strip_sentence(sent)
    for draft in drafts:
        draft.fragments = tuple(p for p in partials if draft.start <= p[0] and p[1] <= draft.end)
    return drafts


def _sentence_drafts(
    sent: Span, text: str, quoted: Sequence[CharSpan], partials: Sequence[CharSpan], attitudes: bool
) -> list[Draft]:
    """`According to X, …`; but when a reporting verb has its own speaker (`according to Interfax, Peskov
    called …`), X is the outlet relaying it."""
    according = _according(sent, text)
    verbs = _verb_drafts(sent, text, quoted, partials, attitudes)
    if according and verbs and attitudes:
        return according + verbs  # PolNeAR's reading: the outer attribution (one per word, see _univocal)
    if according and verbs and according[0].speaker:
        outlet = text[according[0].speaker[0] : according[0].speaker[1]]
        for draft in verbs:
            draft.relay = draft.relay or outlet
        return verbs
    if not according and not verbs and attitudes:
        return _in_source(sent, text)
    return according or verbs


def _in_source(sent: Span, text: str) -> list[Draft]:
    """`In the latest poll, Clinton led by 5 points`: a sentence opened by a source of information
    (PolNeAR's attribution; the phrase is source and cue, the rest of the clause the content)."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.lower_ != "in" or first.dep_ != "prep":
        return []
    objects = [c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS]
    after = first.right_edge.i + 1
    if not objects or after >= len(sent.doc) or sent.doc[after].text != ",":
        return []
    phrase = (first.idx, first.right_edge.idx + len(first.right_edge))
    clause = (sent.start_char, sent.end_char)
    source = (objects[0].left_edge.idx, phrase[1])
    return [_around(clause, text, phrase, source, (first.idx, first.idx + len(first)))]


def _strip_sentence(sent: Span) -> Span:
    tokens = [t for t in sent if not t.is_space]
    return sent.doc[tokens[0].i : tokens[-1].i + 1] if tokens else sent
