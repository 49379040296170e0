"""Names written like short forms ("the Fed", "Gulf") and the `s:` blocking keys a short form and the
long names it can stand for share (link/entities/shortforms.py decides which one it stands for)."""

from __future__ import annotations

from storyline.names.keys.records import PERSON, PLACE_KEYS, NameRecord

CLIP_LETTERS = (3, 4)  # a clipping keeps this many letters ...
CLIP_DROPS = 3  # ... of a word at least this many letters longer


def short_keys(record: NameRecord) -> set[str]:
    """The `s:` blocking keys of a name: what it can be a short form of, and what can be short for it (a
    clipping and its organisation's long name share the first three letters, a head and its "X of Y" name
    the word)."""
    if record.mention.label == PERSON or record.abbreviation or record.block in PLACE_KEYS:
        return set()
    words = record.block.split()
    found = set()
    if is_short(record):
        found.add(f"s:{words[0]}")
        if len(words[0]) in CLIP_LETTERS:
            found.add(f"s:{words[0][: CLIP_LETTERS[0]]}")
    if len(words) >= 2 and record.mention.label == "ORG" and len(words[0]) >= CLIP_LETTERS[0] + CLIP_DROPS:
        found.add(f"s:{words[0][: CLIP_LETTERS[0]]}")
    if len(words) >= 3 and words[1] == "of":
        found.add(f"s:{words[0]}")
    return found


def is_short(record: NameRecord) -> bool:
    """A name written like a short form: capitalised first word, one word or a clipped first word."""
    return is_short_alias(record.alias)


def is_short_alias(alias: str) -> bool:
    """An alias written like a short form (`is_short` of its record)."""
    first = alias.split()[0]
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha()):
        return False
    return len(alias.split()) == 1 or len(first) in CLIP_LETTERS
