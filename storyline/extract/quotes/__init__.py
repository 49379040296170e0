"""Quote extraction: direct and indirect quotes with their speaker, relay and statement date.

`extract_quotes` is the stage function; the modules hold its parts: `marks` (pairing quotation marks),
`direct` and `attribution` (direct quotes and who they are credited to), `indirect` (reported speech:
`reported` verbs, `according` phrases, `nouns`, with `subjects` and `clauses`),
`posts` (tweets, interview transcripts), `headlines` (title-case lines), `speaker` (mention resolution)
and `said_on` (dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.quotes.attribution import find_relay
from storyline.extract.quotes.direct import direct_drafts, is_direct
from storyline.extract.quotes.draft import Draft, sound
from storyline.extract.quotes.headlines import headline_drafts
from storyline.extract.quotes.indirect import indirect_drafts
from storyline.extract.quotes.irrealis import not_a_saying
from storyline.extract.quotes.labels import label_drafts
from storyline.extract.quotes.marks import find_quoted_spans
from storyline.extract.quotes.posts import interview_drafts, post_drafts
from storyline.extract.quotes.said_on import said_on
from storyline.extract.quotes.speaker import resolve_speaker, tidy_speaker
from storyline.extract.quotes.turns import transcript_turns
from storyline.lang.en.quoting import FIRST_PERSON
from storyline.model import Document, Mention, Quote, TimeExpression, make_id

__all__ = ["extract_quotes"]

CARRY_CHARS = 250
CONTENT_LEAD = " \t:;,"  # what reported speech never opens with
CONTINUE_GAP = 40  # chars between an attribution and a speakerless quote that goes on with it
RELAY_TAIL = re.compile(r",\s*(?:writes|wrote|reports|reported)\s+[“\"«]?(?P<relay>[A-Z][^\n]*)$")


def extract_quotes(
    document: Document,
    doc: Doc,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpression],
    *,
    attitudes: bool = False,
) -> tuple[Quote, ...]:
    """Every quote in the document, in text order; `mentions` should include the coreference output.

    With `attitudes`, stances reported without speech are attributions too ("Ryan endorsed Trump",
    "voters want to limit immigration"), as in PolNeAR's annotation."""
    text = document.text
    spans = find_quoted_spans(text)
    direct = direct_drafts(doc, text, spans)
    turns = transcript_turns(doc, text)
    for start, end in turns.regions():  # a turn is the quote; marks inside it quote someone with a speaker
        direct = [d for d in direct if not (start <= d.start and d.end <= end) or _own_speaker(doc, text, d)]
    for extra in post_drafts(text) + (interview_drafts(text) or turns.drafts):
        if extra.transcript:
            direct = [d for d in direct if not _in_draft(d, extra) or _own_speaker(doc, text, d)]
        if not any(_overlaps(extra, d) and not _in_draft(d, extra) for d in direct):
            direct.append(extra)
    labels = [] if any(d.transcript for d in direct) else label_drafts(doc, text)  # transcripts: posts.py
    direct, held = _unheld(direct, labels)
    quoted = [(s.open, s.close) for s in spans if is_direct(text, s) and not _within(s.open, s.close, held)]
    quoted += [(d.start, d.end) for d in direct if not d.transcript]
    partials = [(s.start, s.end) for s in spans if not is_direct(text, s) and s.depth == 0]
    labelled = [d for d in labels if not any(_overlaps(d, o) for o in direct)]
    found = indirect_drafts(doc, text, quoted, partials, attitudes)
    found = [d for d in found if not any(_overlaps(d, o) for o in labelled)]
    indirect = [d for d in found + labelled if not _touches(d, quoted) and not turns.silences(d, text)]
    indirect = _with_headlines(indirect, headline_drafts(doc, text, attitudes), direct)
    for draft in indirect:
        _relay_tail(text, draft)
        _open_content(text, draft)
    # the default view keeps what someone said: not imagined speech, own thinking, published works
    indirect = _univocal(indirect) if attitudes else [d for d in indirect if not not_a_saying(doc, d)]
    drafts = sorted((d for d in direct + indirect if sound(d, text)), key=lambda d: (d.start, d.end))
    _continue_speakers(drafts, text)
    quotes: dict[tuple[int, int], Quote] = {}
    for draft in drafts:
        quotes.setdefault((draft.start, draft.end), _quote(document, doc, draft, mentions, timexes))
    return _carry_dates(list(quotes.values()))


def _with_headlines(indirect: list[Draft], headlines: list[Draft], direct: Sequence[Draft]) -> list[Draft]:
    """A title-case headline's reading replaces what the parser made of its line (it reads the line as one
    name); a headline holding a quote with a speaker of its own keeps the quote."""
    kept = [h for h in headlines if not any(_overlaps(h, d) and d.speaker for d in direct)]
    lines = [((h.speaker or (h.start, h.end))[0], h.end) for h in kept]
    return [d for d in indirect if not _touches(d, lines)] + kept


def _continue_speakers(drafts: Sequence[Draft], text: str) -> None:
    """`Teachers are “looking to see …,” García said. “It’s a big deal.”`: a direct quote with no
    attribution, opening right after another quote's attribution in the same paragraph, goes on with it,
    whichever kind that quote is (direct quotes already inherit from a direct quote before them)."""
    for index, draft in enumerate(drafts):
        if draft.kind != "direct" or draft.speaker is not None or draft.cue is not None or not index:
            continue
        previous = drafts[index - 1]
        if previous.speaker is None or previous.end > draft.start:
            continue
        said = max(previous.end, previous.speaker[1], previous.cue[1] if previous.cue else 0)
        gap = text[min(said, draft.start) : draft.start]
        if "\n" not in gap and len(gap) <= CONTINUE_GAP:
            draft.speaker, draft.relay, draft.regions = previous.speaker, previous.relay, previous.regions


def _carry_dates(quotes: list[Quote]) -> tuple[Quote, ...]:
    """A quote dated only by publication, right after a dated quote of the same speaker, was said then too
    ("Peskov said on Friday … “No, …,” the Kremlin spokesman told reporters")."""
    for index, quote in enumerate(quotes):
        if quote.said_on_from != "published" or quote.speaker_mention is None:
            continue
        earlier = [
            q
            for q in quotes[:index]
            if q.speaker_mention == quote.speaker_mention and 0 <= quote.start - q.end <= CARRY_CHARS
        ]
        if earlier and earlier[-1].said_on_from == "text":
            quotes[index] = replace(quote, said_on=earlier[-1].said_on, said_on_from="text")
    return tuple(quotes)


def _univocal(drafts: list[Draft]) -> list[Draft]:
    """One attribution per word, as PolNeAR annotates: reported speech whose cue lies inside another's
    content is part of that content ("Devine said Sanders plans to remain …" is Devine's only)."""
    return [
        d
        for d in drafts
        if d.cue is None or not any(o is not d and o.start <= d.cue[0] < o.end for o in drafts)
    ]


def _overlaps(a: Draft, b: Draft) -> bool:
    return a.start < b.end and b.start < a.end


def _in_draft(inner: Draft, outer: Draft) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _own_speaker(doc: Doc, text: str, draft: Draft) -> bool:
    """Whether a quote inside a turn is said by someone other than the turn's speaker: a cue that is no
    hypothetical (or a continuation of a named speaker) and a speaker not in the first person (`And he
    said, "Let's go."`)."""
    if draft.speaker is None or not_a_saying(doc, draft):
        return False
    words = doc.char_span(*draft.speaker, alignment_mode="expand")
    if draft.cue is None and (words is None or any(t.pos_ in ("VERB", "AUX") for t in words)):
        return False  # a continuation names its speaker; a clause ("If X were to say") is none
    return text[draft.speaker[0] : draft.speaker[1]].strip().lower() not in FIRST_PERSON


def _unheld(direct: list[Draft], labels: Sequence[Draft]) -> tuple[list[Draft], list[Draft]]:
    """`Cruz: Trump Would Put Liberals On Court, ‘I Fear …’`: a speakerless quote inside a labelled line
    is part of the label's content; returns the other quotes and the labels holding one."""
    held = [o for o in labels if any(d.speaker is None and _within(d.start, d.end, [o]) for d in direct)]
    return [d for d in direct if d.speaker is not None or not _within(d.start, d.end, held)], held


def _within(start: int, end: int, drafts: Sequence[Draft]) -> bool:
    return any(o.start <= start and end <= o.end + 1 for o in drafts)


def _touches(draft: Draft, regions: Sequence[tuple[int, int]]) -> bool:
    return any(start < draft.end and draft.start < end for start, end in regions)


def _open_content(text: str, draft: Draft) -> None:
    """`X tweets : Oil is …`: reported speech starts at its first word, not at the colon after the cue."""
    start = draft.start
    while start < draft.end and text[start] in CONTENT_LEAD:
        start += 1
    if start < draft.end:
        draft.start = start


def _relay_tail(text: str, draft: Draft) -> None:
    """`…, writes Gazeta.ru`: the outlet named at the end of reported speech is its relay, not its content."""
    match = RELAY_TAIL.search(text, draft.start, draft.end)
    if match:
        draft.relay = match.group("relay").strip(' .,”"»…')
        draft.end = match.start()
    draft.relay = draft.relay or next(
        (r for r in map(lambda g: find_relay(text, g), draft.regions) if r), None
    )


def _quote(
    document: Document, doc: Doc, draft: Draft, mentions: Sequence[Mention], timexes: Sequence[TimeExpression]
) -> Quote:
    text = document.text
    date, source = said_on(draft, document, timexes, doc)
    speaker = tidy_speaker(doc, draft.speaker, mentions) if draft.speaker else None
    if speaker is not None and speaker[0] >= speaker[1]:
        speaker = None
    cue = draft.cue
    return Quote(
        id=make_id("quote", document.id, draft.start, draft.end),
        document=document.id,
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        kind=draft.kind,
        speaker_text=text[speaker[0] : speaker[1]] if speaker else None,
        speaker_start=speaker[0] if speaker else None,
        speaker_end=speaker[1] if speaker else None,
        speaker_mention=resolve_speaker(doc, speaker, mentions) if speaker else None,
        cue_text=text[cue[0] : cue[1]] if cue else None,
        cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None,
        relay=draft.relay,
        said_on=date,
        said_on_from=source,
        fragments=draft.fragments,
    )
