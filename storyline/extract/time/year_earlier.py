"""Year-earlier periods: "a year ago" in a report on a quarter is that quarter a year before.

"Net income rose to $5 million in the third quarter from $4 million a year earlier": the comparison
is with the third quarter of the year before, not with that whole year. A year-back expression ("a
year ago", "a year earlier", "year-earlier", "year-ago") that resolved to the year before a quarter
named within PERIOD_REACH sentences before it (or earlier in its own sentence) takes that quarter's
place a year back (1989-Q3 → 1988-Q3). A period of another length named after the quarter ("for the
nine months", "for the full year") ends the quarter's reach: "a year earlier" then stays the year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.time.calendar import time_value
from storyline.model import TimeExpression

PERIOD_REACH = 2  # sentences a quarter stays the period under discussion
_YEAR_BACK = re.compile(r"^(?:a\s+year\s+(?:ago|earlier)|year[- ](?:earlier|ago))$", re.IGNORECASE)
_QUARTER = re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$")
# another period under discussion: "the nine months", "the first half", "the full year", "the year"
OTHER_PERIOD = re.compile(
    r"^(?:the\s+(?:(?:latest|first|second|past|full|fiscal)\s+)*(?:half|year)|(?:the\s+)?(?:\w+\s+){1,2}months)$",
    re.IGNORECASE,
)


def with_quarter_years(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` with each year-back expression after a quarter moved onto the year-earlier
    quarter (module docstring)."""
    out = list(expressions)
    period: TimeExpression | None = None
    for index, expression in enumerate(out):
        back = _YEAR_BACK.match(expression.text) is not None
        if back and period is not None and expression.sentence - period.sentence <= PERIOD_REACH:
            out[index] = _year_before(expression, period)
        elif not back and _QUARTER.match(expression.value):
            period = expression
        elif OTHER_PERIOD.match(expression.text):
            period = None
    return out


def _year_before(expression: TimeExpression, quarter: TimeExpression) -> TimeExpression:
    match = _QUARTER.match(quarter.value)
    back = int(match["y"]) if match and "year-" in quarter.text.lower() else None  # "the year-ago quarter"
    # in the quarter's own sentence the comparison is with it whatever year the narrative reached:
    # "In this year's third quarter, net was $10 million, against $9 million a year earlier"
    same_sentence = expression.sentence == quarter.sentence
    if match is None or not (same_sentence or expression.value in (str(int(match["y"]) - 1), str(back))):
        return expression
    value = f"{int(match['y']) - 1 if back is None else back}-Q{match['q']}"
    return replace(expression, value=value, time=time_value(value) or expression.time)
