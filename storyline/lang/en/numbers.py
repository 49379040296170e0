"""English number words: cardinal names ("fifteen", "twenty-two", "three hundred") and their values.

One home for the cardinals that the temporal tagger reads in durations ("for five weeks") and that the
linker reads as figures ("fifteen cases" and "twenty cases" are two updates, as "15" and "20" are).
`cardinal_value` reads one written-out number; `spell_figures` rewrites the written-out numbers of a
text as digits, so code that compares figures sees "twenty-two deaths" as "22 deaths".
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Final

ONES: Final = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    }
)  # fmt: skip
TENS: Final = MappingProxyType(
    {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90}
)  # fmt: skip
SCALES: Final = MappingProxyType({"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9})
CARDINALS: Final = MappingProxyType({**ONES, **TENS, **SCALES})

_WORD = "|".join(sorted(CARDINALS, key=len, reverse=True))
# a run of number words: "twenty-two", "one hundred and twenty", "three thousand" (not "and" alone)
NUMBER_WORDS: Final = re.compile(
    rf"\b(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*\b(?![\w-])", re.IGNORECASE
)


def cardinal_value(text: str) -> int | None:
    """The value of a written-out whole number ("twenty-two" → 22, "one hundred and five" → 105,
    "a hundred" → 100), else None ("several", "twenty twenty-two" read as 20 + 22 is refused)."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if words[:1] in (["a"], ["an"]) and len(words) > 1:
        words[0] = "one"
    if not words or any(w not in CARDINALS for w in words):
        return None
    total, current = 0, 0
    for word in words:
        value = CARDINALS[word]
        if value >= 100:
            current = max(current, 1) * value
            if value > 100:
                total, current = total + current, 0
            continue
        rest = current % 100
        if rest and not (rest >= 20 and rest % 10 == 0 and value < 10):
            return None  # "five six", "twenty twenty": two numbers, not one
        current += value
    return total + current


def spell_figures(text: str) -> str:
    """The text with each written-out number as digits, as news writes them ("fifteen new cases" → "15
    new cases", "three thousand" → "3000", "two million" → "2 million"); runs that are not one number
    ("five six"), "one" alone ("one of the worst"), a scale alone ("a million") and a number after a
    definite determiner ("the two sides", a known group, not a figure) stay as written."""
    return NUMBER_WORDS.sub(_digits, text)


# a definite determiner before a number names a group already known, not a figure ("the two sides")
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|your|my|all)\s+$", re.IGNORECASE)


def _digits(match: re.Match[str]) -> str:
    written = match.group()
    if _DEFINITE.search(match.string[max(0, match.start() - 8) : match.start()]):
        return written
    head, _, scale = written.lower().rpartition(" ")
    if scale in ("million", "billion") and cardinal_value(head) is not None:
        return f"{cardinal_value(head)} {written[-len(scale) :]}"
    value = cardinal_value(written)
    alone = written.lower() == "one" or written.lower() in SCALES  # "one of the worst", "a million"
    return written if value is None or alone else str(value)
