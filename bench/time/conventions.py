"""TBAQ-cleaned conventions that differ from TimeML in form only: a diagnostic, lenient value match.

The TE3 value F1 counts a value right only when it equals the gold string. TimeBank and AQUAINT write
some values in forms the TimeML guidelines do not, for the same time:
- an unpadded week ("2000-W6" for 2000-W06) and a clock without its minutes ("T17" for T17:00);
- a year or week with an unknown part ("1949-XX" for 1949, "1998-WXX" for the week we name);
- a weekday with a part of the day given as the bare day ("Thursday morning" = 1999-10-07, where
  TimeML, TimeBank's broadcast files and TempEval-3 write 1999-10-07TMO), or with another part
  ("Wednesday night" = 2000-01-05TEV).
`same_time` counts those as right and nothing else: a value naming another day, week, year or
granularity ("last week" = P1W, "a year ago" = 1988-Q3) stays wrong. The lenient value F1 says how
much of a corpus's gap is form alone; it is never the figure a goal is judged on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bench.time.te3data import Timex, matches

_WEEK = re.compile(r"-W(\d)(?!\d)")
_HOUR = re.compile(r"(T\d\d)$")
_PART = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|DT))?$")


def _form(value: str) -> str:
    value = _WEEK.sub(r"-W0\1", value)
    return _HOUR.sub(r"\1:00", value)


def same_time(gold: str, ours: str) -> bool:
    """Whether `ours` names the time of `gold` up to a convention of form (module docstring)."""
    gold, ours = _form(gold), _form(ours)
    if gold == ours:
        return True
    if gold.endswith("-XX") and re.fullmatch(r"\d{4}-XX", gold):
        return ours == gold[:4]
    if re.fullmatch(r"\d{4}-WXX", gold):
        return re.fullmatch(rf"{gold[:4]}-W\d\d", ours) is not None
    day_gold, day_ours = _PART.match(gold), _PART.match(ours)
    return bool(day_gold and day_ours and day_gold[1] == day_ours[1])


def lenient_value_f1(pairs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]], relaxed_f: float) -> float:
    """Relaxed F1 × the share of overlapped gold expressions whose value is `same_time` (one-to-one,
    first overlap, as te3data.score)."""
    overlapped = right = 0
    for gold, system in pairs:
        for g, s in matches(gold, system):
            overlapped += 1
            right += same_time(g.value, s.value)
    return relaxed_f * right / max(overlapped, 1)
