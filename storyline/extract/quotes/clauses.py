"""Character spans of reported clauses: token ranges, subtrees, trimming, and the indirect draft itself."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from storyline.extract.quotes.draft import CharSpan, Draft

LEADING = frozenset({"that", "whether", "if", "how", ","})


def span_of(tokens: Sequence[Token] | Span) -> CharSpan:
    """From the first token's first character to the last token's last."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def subtree_chars(token: Token) -> CharSpan:
    """The characters of the token's whole subtree."""
    doc = token.doc
    return span_of(doc[token.left_edge.i : token.right_edge.i + 1])


def trim(text: str, span: CharSpan) -> CharSpan:
    """Without a leading complementizer ("that", "whether" …), edge spaces and trailing , ; : —."""
    start, end = span
    words = text[start:end].split(" ", 1)
    if len(words) == 2 and words[0].lower() in LEADING:
        start += len(words[0]) + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1] in ",;:—" or text[end - 1].isspace()):
        end -= 1
    return start, end


def trimmed(draft: Draft, text: str) -> Draft:
    """The draft with its content trimmed in place."""
    draft.start, draft.end = trim(text, (draft.start, draft.end))
    return draft


def inside(offset: int, spans: Sequence[CharSpan]) -> bool:
    """Whether the offset lies in one of the spans."""
    return any(start <= offset < end for start, end in spans)


def right_of(verb: Token) -> CharSpan:
    """The characters of the verb's subtree after the verb (empty at the verb when there are none)."""
    doc = verb.doc
    return (
        span_of(doc[verb.i + 1 : verb.right_edge.i + 1])
        if verb.right_edge.i > verb.i
        else (verb.idx, verb.idx)
    )


def indirect_draft(sent: Span, content: CharSpan, speaker: CharSpan | None, cue: CharSpan) -> Draft:
    """An indirect draft whose attribution regions are the sentence around its content."""
    regions = ((sent.start_char, content[0]), (content[1], sent.end_char))
    return Draft(kind="indirect", start=content[0], end=content[1], speaker=speaker, cue=cue,
                 regions=regions)  # fmt: skip
