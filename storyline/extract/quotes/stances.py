"""Stances carried by an adjective after a copula: "Republicans have been critical of the deal", "she was
eager to debate", "he is sure that it will pass" (PolNeAR attributions; only with `attitudes=True`).

The subject is the source, the copula through the adjective (and its preposition) the cue, and the
preposition's object, the infinitive or the that-clause the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.lang.en.quoting import STANCE_ADJECTIVES

CharSpan = tuple[int, int]
Reading = tuple[CharSpan, CharSpan, CharSpan]  # content, source, cue


def _edges(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def stance_reading(adjective: Token) -> Reading | None:
    """The stance `adjective` (an `acomp` of a copula with a subject) reports, if its frame is listed."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    frames = STANCE_ADJECTIVES.get(adjective.lemma_.lower())
    subjects = [c for c in adjective.head.children if c.dep_ == "nsubj"]
    if not frames or not subjects or subjects[0].lower_ in ("it", "there", "this", "that"):
        return None
    first = min(
        (adjective.head, *(c for c in adjective.head.children if c.dep_ in ("aux", "neg"))), key=lambda t: t.i
    )
    for child in adjective.rights:
        if child.dep_ == "prep" and f"prep:{child.lower_}" in frames:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                return _edges(objects[0]), _edges(subjects[0]), (first.idx, child.idx + len(child))
        if child.dep_ in ("xcomp", "ccomp") and child.dep_ in frames:
            start, end = _edges(child)
            marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "that" and m.idx == start]
            start = child.doc[marks[0].i + 1].idx if marks else start
            cue_end = adjective.idx + len(adjective)
            return (start, end), _edges(subjects[0]), (first.idx, cue_end)
    return None
