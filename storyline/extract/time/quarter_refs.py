"""The quarter under discussion: "the quarter", "the latest period", "the 1988 quarter" refer back to it.

An earnings report names its quarter once ("the fiscal first quarter", "third-quarter profit") and
then refers to it ("sales for the quarter ended Sept. 29", "the latest period includes a gain", "in
the 1988 quarter"). These are anaphoric: in TimeML their value is a function of an anchor
(`anchorTimeID`), here the quarter named earlier in the text, not the document date. Without a quarter
named before them, they keep the reading's own value, the quarter before the anchor's.
- "the quarter", "that quarter", "the fiscal quarter" take the last named quarter.
- "the latest/last/most recent quarter or period" take it only when it is no later than their own
  value, the last quarter over (a forecast for the "fourth quarter" does not make it the latest one).
- "the 1988 quarter/period" take the named quarter's number in their own year; "the 1988 quarter"
  with no quarter named is a quarter of that year whose number is unsaid (1988-QX).
A quarter named with an indefinite article ("after a flat second quarter") is mentioned in passing
and does not become the quarter under discussion; a period of another length named after it ("in the
first nine months", "for the full year") ends its reach, as for year-earlier periods (year_earlier.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.time.calendar import time_value
from storyline.extract.time.year_earlier import OTHER_PERIOD
from storyline.model import TimeExpression

_QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
_NAMED = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b", re.IGNORECASE)
_BACK = re.compile(r"\byear-(?:earlier|ago)\b|\bcomparable\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"\ban?\s+(?:[\w-]+\s+)?$", re.IGNORECASE)  # "a flat second quarter"
_PLAIN = re.compile(r"^(?:the|that)\s+(?:fiscal\s+)?quarter$", re.IGNORECASE)
_LATEST = re.compile(r"^the\s+(?:latest|last|most\s+recent)\s+(?:fiscal\s+)?(?:quarter|period)$", re.I)
_YEARS = re.compile(r"^the\s+(?P<y>\d{4})\s+(?P<u>quarter|period)$", re.IGNORECASE)


def with_quarter_referents(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` of `text` with each reference back to the quarter under discussion given that
    quarter's value (module docstring)."""
    out = list(expressions)
    named: re.Match[str] | None = None
    for index, expression in enumerate(out):
        quarter = _QUARTER.match(expression.value)
        if quarter and _NAMED.search(expression.text) and not _BACK.search(expression.text):
            before = text[max(0, expression.start - 24) : expression.start]
            named = named if _INDEFINITE.search(before) else quarter
            continue
        if OTHER_PERIOD.match(expression.text):
            named = None
            continue
        value = _referent(expression, named)
        if value is not None and value != expression.value:
            out[index] = replace(expression, value=value, time=time_value(value) or expression.time)
    return out


def _referent(expression: TimeExpression, named: re.Match[str] | None) -> str | None:
    text = expression.text
    years = _YEARS.match(text)
    if years:
        if named is not None:
            return f"{years['y']}-Q{named['q']}"
        return f"{years['y']}-QX" if years["u"].lower() == "quarter" else None
    if named is None or not _QUARTER.match(expression.value):
        return None
    if _PLAIN.match(text):
        return named[0]
    if _LATEST.match(text) and named[0] <= expression.value:
        return named[0]
    return None
