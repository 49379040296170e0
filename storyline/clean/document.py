"""The clean stage: boilerplate out, whitespace tidied, every kept character mapped back to raw text."""

from __future__ import annotations

from storyline.clean.captions import caption_breaks
from storyline.clean.head import head_breaks
from storyline.clean.lines import line_cuts
from storyline.clean.offsets import Cut, Kept
from storyline.clean.patterns import INLINE, INVISIBLE, LONE_CR, REPLACEMENTS
from storyline.clean.treebank import REASON as TREEBANK
from storyline.clean.treebank import read_treebank
from storyline.clean.whitespace import blank_run_cuts, trailing_space_cuts
from storyline.errors import EmptyInput
from storyline.model import Document, RawDocument, Rejected, make_id

_NOT_SHOWN = frozenset({"whitespace", TREEBANK})  # normalisation, not boilerplate: not listed as removed


def clean_document(raw: RawDocument) -> Document | Rejected:
    """The cleaned Document of `raw`, or a Rejected when nothing but boilerplate is left."""
    work, treebank = read_treebank(working_text(raw.raw_text))
    work = caption_breaks(head_breaks(work))
    kept = clean_pieces(work, raw, treebank)
    text = kept.text(work)
    if not text:
        return Rejected(
            stage="clean",
            source=raw.source,
            reason="nothing left after removing boilerplate and header lines",
            code=EmptyInput.code,
        )
    return Document(
        id=make_id("doc", text),
        source=raw.source,
        format=raw.format,
        text=text,
        raw_text=raw.raw_text,
        offset_map=kept.offset_map(),
        title=raw.title,
        outlet=raw.outlet,
        author=raw.author,
        url=raw.url,
        language=raw.language,
        published=raw.published,
        removed=tuple(span for span in kept.removed if span.reason not in _NOT_SHOWN),
    )


def working_text(raw_text: str) -> str:
    """`raw_text` with one-for-one replacements (no-break spaces, lone CRs): same length, same offsets."""
    return LONE_CR.sub("\n", raw_text.translate(REPLACEMENTS))


def clean_pieces(work: str, raw: RawDocument, treebank: list[Cut] | None = None) -> Kept:
    """The kept pieces of `work` after each cleaning pass; every pass sees the previous pass's text.

    `treebank` holds the cuts of read_treebank (the rest of each PTB bracket token, in `work` offsets).
    """
    kept = Kept.whole(len(work)).drop([*_raw_cuts(work, raw), *(treebank or ())])
    text = kept.text(work)
    kept = kept.drop(line_cuts(text, title=raw.title, outlet=raw.outlet, repeated=raw.repeated_lines))
    kept = kept.drop(trailing_space_cuts(kept.text(work)))
    return kept.drop(blank_run_cuts(kept.text(work)))


def _raw_cuts(work: str, raw: RawDocument) -> list[Cut]:
    """Header lines the reader consumed, invisible characters and inline junk, in raw offsets."""
    cuts: list[Cut] = [(start, end, "header") for start, end in raw.header_spans]
    cuts.extend((m.start(), m.end(), "invisible character") for m in INVISIBLE.finditer(work))
    for reason, pattern in INLINE:
        cuts.extend((m.start(), m.end(), reason) for m in pattern.finditer(work))
    return cuts
