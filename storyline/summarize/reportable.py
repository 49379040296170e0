"""Which candidate sentences can stand for a day in a brief: reports, not questions, asides or page talk.

A brief line is read alone, next to a date, so it must be a statement about the world. Read on real
pages (bench/results/reading.md), the lines that failed were:
- questions ("You know what , I still have n't seen it ?"): a transcript's or a reader's, never a report;
- a sentence wholly in brackets, a live blog's "( Update 6:22 a.m. Friday in Cairo , 11:22 p.m. ET )";
- the page talking to its reader, in the first or second person outside quotation marks ("Get Wonkbook
  delivered to your inbox", "Please be sure to tune in this Saturday , ... for my full documentary", a
  blogger's "I posted it two days ago", "We 're about to mark the anniversary"): a report is about
  third parties, and what a source said in the first or second person stays allowed inside its
  quotation marks;
- a sentence cut at a title's dot ("The military opened a hearing Tuesday for Maj."), half a report.
"""

from __future__ import annotations

import re

from storyline.lang.en.quotation import QUOTATION
from storyline.lang.en.roman import NUMBERED_BY_ROMAN
from storyline.names.lexicon import TITLE_WORDS

_ADDRESS = re.compile(r"\b(?:you|your|yours|yourself|yourselves|please)\b", re.IGNORECASE)
_NOT_A_NUMERAL = "".join(f"(?<!{noun} )" for noun in NUMBERED_BY_ROMAN)  # "World War I" is a number
_FIRST_PERSON = re.compile(_NOT_A_NUMERAL + r"\b(?:I|me|my|mine|myself|[Ww]e|[Oo]ur|ours|ourselves)\b(?!\.)")
_CLOSERS = "\"'”’»)] "
_CUT_AT_TITLE = re.compile(r"\b([A-Z][a-z]{0,4})\.$")


def reportable(text: str) -> bool:
    """Whether a sentence can be a brief line (see the module docstring)."""
    stripped = text.strip()
    if not stripped or stripped.rstrip(_CLOSERS).endswith("?"):
        return False
    if stripped.startswith("(") and stripped.endswith(")"):
        return False
    unquoted = QUOTATION.sub(" ", stripped)
    if _ADDRESS.search(unquoted) or _FIRST_PERSON.search(unquoted):
        return False
    cut = _CUT_AT_TITLE.search(stripped)
    return cut is None or cut.group(1).lower() not in TITLE_WORDS
