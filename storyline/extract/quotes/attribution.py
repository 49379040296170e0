"""Reading the attribution clause next to a direct quote: speaker words, reporting verb and relay."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.extract.coref.lexicon import ROLE_HEADS
from storyline.extract.quotes.marks import MARK_TOKENS
from storyline.extract.quotes.tokens import tokens_within
from storyline.lang.en.quoting import (
    IMPERSONAL_SUBJECTS,
    NON_SPEAKER_WORDS,
    RELAY_VERBS,
    SPEAKER_PREPOSITIONS,
)
from storyline.lang.en.reporting import SPEECH_VERBS

CharSpan = tuple[int, int]
MAX_SPEAKER_TOKENS = 9
MAX_VERB_DISTANCE = 8
WEB_NAME = re.compile(r"[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}", re.IGNORECASE)
OUTLET_NOUNS = frozenset(
    {"newspaper", "daily", "channel", "agency", "radio", "magazine", "website", "site", "portal", "outlet"}
)
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bSen|\bRep|\bGov|\bLt|\bCol)\.$")
OUTLET_WORDS = (
    r"(?:(?:newspaper|daily|TV channel|channel|agency|news agency|radio station|radio|magazine|website"
    r"|portal|broadcaster|outlet)\s+)?"
)
NAME = r"[“\"«]?\s*(?P<relay>[A-Z][\w.\-]*(?:\s+(?:[A-Z0-9][\w.\-]*))*)"
RELAY_PATTERNS = (
    re.compile(r"(?i:\b(?:writes|wrote|reports|reported|published by)\s+)(?:the\s+)?" + OUTLET_WORDS + NAME),
    re.compile(
        r"(?i:\b(?:in an interview with|on the air of|in a conversation with|told)\s+)(?:the\s+)?"
        + OUTLET_WORDS
        + NAME
    ),
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a quote is credited to, by which verb, through which outlet, and the clause that says so."""

    speaker: CharSpan | None
    cue: CharSpan | None
    relay: str | None
    region: CharSpan


def sentence_end(text: str, start: int) -> int:
    """End of the sentence going on at `start`: after . ! ? (not an initial or title) or at a line break."""
    i = start
    while i < len(text):
        char = text[i]
        if char == "\n":
            return i
        at_end = char in ".!?" and (i + 1 == len(text) or text[i + 1].isspace())
        if at_end and not ABBREVIATION.search(text[max(0, i - 4) : i + 1]):
            return i + 1
        i += 1
    return len(text)


def sentence_start(text: str, end: int) -> int:
    """Start of the sentence that `end` lies in (after . ! ? and space, or a line break)."""
    i = end - 1
    while i > 0:
        if text[i] == "\n":
            return i + 1
        if text[i].isspace() and text[i - 1] in ".!?" and not ABBREVIATION.search(text[max(0, i - 5) : i]):
            return i + 1
        i -= 1
    return 0


def find_relay(text: str, region: CharSpan) -> str | None:
    """The outlet a clause credits ("writes Gazeta.ru", "in an interview with RBC"), if any."""
    clause = text[region[0] : region[1]]
    for pattern in RELAY_PATTERNS:
        match = pattern.search(clause)
        if match:
            return match.group("relay").strip(' .,”"»')
    return None


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    return tokens_within(doc, start, end)


def _is_word(token: Token) -> bool:
    return not (token.is_punct or token.is_space or token.text in MARK_TOKENS)


def _phrase(tokens: list[Token]) -> CharSpan | None:
    """Char span of a speaker phrase: the words, trimmed of punctuation and adverbs at either end."""
    words = [t for t in tokens if not t.is_space]
    while words and (not _is_word(words[0]) or words[0].lower_ in NON_SPEAKER_WORDS):
        words.pop(0)
    while words and (not _is_word(words[-1]) or words[-1].lower_ in NON_SPEAKER_WORDS):
        words.pop()
    if not words or len(words) > MAX_SPEAKER_TOKENS:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _after_verb(tokens: list[Token]) -> list[Token]:
    """The noun phrase after an inverted reporting verb: "added D. Peskov", "said a spokesman for ..."."""
    phrase: list[Token] = []
    for token in tokens:
        if token.pos_ == "ADP" and token.lower_ not in SPEAKER_PREPOSITIONS:
            break
        if token.lower_ in ("as", "that", "in", "at", "on") or token.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        if (token.is_punct and token.text not in (".", "-")) or token.text in MARK_TOKENS:
            break
        if token.text == "." and phrase:
            break
        phrase.append(token)
    return phrase


NOT_FRAMING = frozenset({"be", "have", "do", "get", "go", "come", "make", "take", "seem"})
MISTAGGED_CUES = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes"})


def _is_cue(token: Token) -> bool:
    """A reporting verb, or one of its forms the tagger mistook for a noun ("…,” said Vang")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lower_ in MISTAGGED_CUES
    return token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")


CYRILLIC_TRAILER = re.compile(
    r"[ \t]*(?:[,—–-][ \t]*)*(?P<cue>(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|ответил)а?)"
    r"[ \t]+(?P<who>[А-ЯЁ][а-яё\-]+(?:[ \t]+[А-ЯЁ][а-яё\-]+)?)"
)


def _cyrillic(text: str, close: int) -> Attribution | None:
    """`«…», — сказал Лукашенко.`: a Russian reporting verb and name after the quote."""
    match = CYRILLIC_TRAILER.match(text, close)
    if match is None:
        return None
    region = (close, match.end())
    return Attribution(speaker=match.span("who"), cue=match.span("cue"), relay=None, region=region)


SIGNED = re.compile(
    r"[^\S\n]*(?P<cue>[―—–-])[^\S\n]*(?P<who>[A-Z][\w.'’\-]*(?:[^\S\n]+[A-Z][\w.'’\-]*){0,4})"
    r"[^\S\n]*\.?[^\S\n]*(?=\n|$)"
)


def _signed(text: str, close: int) -> Attribution | None:
    """`“…” ― Carla Sanchez` ending its paragraph: a testimonial signed with a dash and a name."""
    match = SIGNED.match(text, close)
    if match is None:
        return None
    start, end = match.span("who")
    if text[end - 1] == "." and not ABBREVIATION.search(text[max(start, end - 4) : end]):
        end -= 1  # the sentence's full stop, not an initial's
    return Attribution(speaker=(start, end), cue=match.span("cue"), relay=None, region=(close, match.end()))


def trailer(doc: Doc, text: str, close: int) -> Attribution | None:
    """Attribution after a closing mark: `,” Peskov said`, `” added D. Peskov`, `” RIA quoted him`,
    `” ― Carla Sanchez`."""
    cyrillic = _cyrillic(text, close) or _signed(text, close)
    if cyrillic is not None:
        return cyrillic
    region = (close, sentence_end(text, close))
    tokens = [t for t in _tokens(doc, *region) if not t.is_space]
    verb_index = next((i for i, t in enumerate(tokens[: MAX_VERB_DISTANCE + 1]) if _is_cue(t)), None)
    if verb_index is None and _left_open(text, close):
        verb_index = _framing_verb(tokens)
        verb_index = _after_long_subject(tokens) if verb_index is None else verb_index
    if verb_index is None:
        return None
    verb = tokens[verb_index]
    before, after = tokens[:verb_index], _after_verb(tokens[verb_index + 1 :])
    if any(t.text in MARK_TOKENS and t.idx > close for t in before[1:]):
        return None
    relay = find_relay(text, region)
    if verb.lemma_.lower() in RELAY_VERBS:
        relay = relay or _relay_name(text, before)
        speaker = _phrase(after)
    else:
        speaker = _phrase(before) or _phrase(after) or _subject_words(verb, close)
    cue = (verb.idx, verb.idx + len(verb))
    return Attribution(speaker=speaker, cue=cue, relay=relay, region=region)


def _subject_words(verb: Token, close: int) -> CharSpan | None:
    """The verb's subject after the quote, whatever its length (its apposition and relative included)."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj" and c.idx >= close), None)
    if subject is None:
        return None
    doc = verb.doc
    first, last = subject.left_edge.i, subject.right_edge.i
    while first < subject.i and not _is_word(doc[first]):
        first += 1
    while last > subject.i and not _is_word(doc[last]):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _left_open(text: str, close: int) -> bool:
    """A quote ending in `,` `?` `!` or a dash inside its marks (`“…,” Toomey fumed`) goes on in the same
    sentence: what follows it is its attribution."""
    inside = text[:close].rstrip(" \t\"”’'`«»")
    return bool(inside) and inside[-1] in ",?!—–-"


def _framing_verb(tokens: list[Token]) -> int | None:
    """The verb of `“…,” Toomey fumed on Tuesday`, `“…?” Trump barked`, `“…!” beamed Hartley`: the first
    finite verb after a quote left open, before any other verb and within a few words, whatever its
    lemma (the frame, not the word, makes it an attribution)."""
    for index, token in enumerate(tokens[: MAX_VERB_DISTANCE + 1]):
        if token.text in MARK_TOKENS or token.text in ".;:":
            return None
        if token.pos_ in ("VERB", "AUX"):
            finite = token.pos_ == "VERB" and token.tag_ in ("VBD", "VBZ", "VBP")
            return index if finite and token.lemma_.lower() not in NOT_FRAMING else None
    return None


def _after_long_subject(tokens: list[Token]) -> int | None:
    """`“…,” Trump, the party's front-runner by a wide margin after winning New Hampshire, said`: the
    reporting verb whose subject the words after the quote are, however long the apposition."""
    words = [t for t in tokens if _is_word(t)]
    if not words:
        return None
    subject = words[0]
    for _ in range(MAX_SPEAKER_TOKENS):
        if subject.dep_ == "nsubj" or subject.head.i == subject.i:
            break
        subject = subject.head
    verb = subject.head
    if subject.dep_ != "nsubj" or not _is_cue(verb) or verb.i < subject.i:
        return None
    return next((i for i, t in enumerate(tokens) if t.i == verb.i), None)


def _relay_name(text: str, tokens: list[Token]) -> str | None:
    """The outlet subject of `quoted`/`quotes`: "TASS", "the Nordpress agency", "kremlin.ru" (a web
    address the tagger reads as a number), without an outlet word before a name ("the website X")."""
    words = [t for t in tokens if _is_word(t)]
    lead = 1 if words and words[0].pos_ == "DET" else 0
    if len(words) > lead + 1 and words[lead].lower_ in OUTLET_NOUNS and _is_name(words[lead + 1]):
        words = words[lead + 1 :]
    if not words or len(words) > MAX_SPEAKER_TOKENS:
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") or _is_name(t) for t in words):
        return None
    return text[words[0].idx : words[-1].idx + len(words[-1])]


def _is_name(token: Token) -> bool:
    return token.text[:1].isupper() or WEB_NAME.fullmatch(token.text) is not None


ACCORDING = re.compile(
    r"(?i:\b(?:according to|in the words of|in the opinion of))\s+(?P<who>[^,:]+?)\s*[,:]\s*$"
)


def prefix(doc: Doc, text: str, open_mark: int, floor: int) -> Attribution | None:
    """Attribution before an opening mark: `X said: “`, `— X: “`, `According to her, "`."""
    start = max(sentence_start(text, open_mark), floor)
    head = text[start:open_mark].rstrip()
    if not head or head[-1] not in ":,—–":
        return None
    region = (start, start + len(head))
    according = ACCORDING.search(head)
    if according:
        who = (start + according.start("who"), start + according.end("who"))
        return Attribution(speaker=who, cue=(start + according.start(), who[0]), relay=None, region=region)
    tokens = [t for t in _tokens(doc, *region) if not t.is_space]
    verbs = [i for i, t in enumerate(tokens) if _is_cue(t)]
    if not verbs:
        return _colon_clause(tokens, region) if head[-1] == ":" else None
    relayed = next((i for i in verbs if tokens[i].lemma_.lower() in RELAY_VERBS), None)
    if relayed is not None:  # `TASS quoted Vladimir Putin as saying:`
        verb = tokens[relayed]
        speaker = _phrase(_after_verb(tokens[relayed + 1 :]))
        relay = _relay_name(text, tokens[:relayed]) or find_relay(text, region)
        return Attribution(speaker=speaker, cue=(verb.idx, verb.idx + len(verb)), relay=relay, region=region)
    index = verbs[-1]
    verb = tokens[index]
    before = tokens[:index]
    while before and before[-1].is_punct:  # `…, her adviser, Jake Sullivan, said:`: the comma closing it
        before = before[:-1]
    cut = max((i + 1 for i, t in enumerate(before) if t.is_punct), default=0)
    speaker = _phrase(before[cut:]) or _phrase(_after_verb(tokens[index + 1 :]))
    cue = (verb.idx, verb.idx + len(verb))
    return Attribution(speaker=speaker, cue=cue, relay=find_relay(text, region), region=region)


def _colon_clause(tokens: list[Token], region: CharSpan) -> Attribution | None:
    """`X put it bluntly: “`, `she addressed him directly:` — the clause's subject, or a bare `— X:` label."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    subjects = [c for r in roots[-1:] for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and (_names_someone(subjects[0]) or _speaking_noun(subjects[0], roots[-1])):
        subject = subjects[0]
        words = [t for t in tokens if subject.left_edge.i <= t.i <= subject.right_edge.i]
        verb = roots[-1]
        speaker = _phrase(words)
        if speaker:
            return Attribution(
                speaker=speaker, cue=(verb.idx, verb.idx + len(verb)), relay=None, region=region
            )
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None  # `The reason is simple: “…”`: a clause, not a label
    speaker = _phrase([t for t in tokens if t.text not in ("—", "–", "-")])
    return Attribution(speaker=speaker, cue=None, relay=None, region=region) if speaker else None


def _speaking_noun(subject: Token, verb: Token) -> bool:
    """`one fan ponders: “…”`, `the report concludes: “…”`: a noun subject of a full verb before the colon
    (not of a copula: `The reason is simple: …`)."""
    return subject.pos_ == "NOUN" and verb.pos_ == "VERB" and subject.lower_ not in IMPERSONAL_SUBJECTS


def _names_someone(subject: Token) -> bool:
    """A subject that can be a speaker: a name, a pronoun, or a role ("The minister", "the mayors")."""
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG"):
        return subject.lower_ not in IMPERSONAL_SUBJECTS
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in ROLE_HEADS
