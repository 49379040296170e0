"""The tagger: finds temporal expressions in text with the grammar rules, longest match first, then
widens them with fuzzy parts ("mid-", "at the end of"), relative years ("August 9 last year"),
appositions ("the next day, September 21") and clock times."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from storyline.extract.time.lexicon import PART_MODS, PARTS_OF_DAY
from storyline.extract.time.reading import Reading, Rule
from storyline.extract.time.rules_absolute import ABSOLUTE_RULES
from storyline.extract.time.rules_extent import EXTENT_RULES, hour_in_part
from storyline.extract.time.rules_relative import RELATIVE_RULES

RULES: tuple[Rule, ...] = ABSOLUTE_RULES + RELATIVE_RULES + EXTENT_RULES
_FUZZY_BEFORE = re.compile(
    r"(?P<p>(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close)\s+of(?:\s+the)?|early|mid-?|late)\s*$",
    re.IGNORECASE,
)
# "the morning of Oct. 5", "the early morning hours of Thursday", "the evening of Sept. 30, 1998"
_PART_OF_DAY_BEFORE = re.compile(
    r"(?:the\s+)?(?:(?:early|late)\s+)?(?P<p>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+$",
    re.IGNORECASE,
)
_RELATIVE_YEAR_AFTER = re.compile(r"^,?\s+(?:of\s+)?(?P<w>last|this|next)\s+year\b", re.IGNORECASE)
_APPOSITION = re.compile(r"^,?\s+(?:on\s+)?$")
_CLOCK_JOIN = re.compile(r"^,?\s+(?:at\s+)?$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the text and the reading of it."""

    start: int
    end: int
    reading: Reading
    rule: str


def tag(text: str) -> list[Candidate]:
    """Every temporal expression in `text`, in order, without overlaps."""
    found: list[Candidate] = []
    lowered = text.lower()
    for item in RULES:
        if item.needs and not any(word in lowered for word in item.needs):
            continue
        for match in item.pattern.finditer(text):
            reading = item.build(match)
            if reading is not None:
                found.append(Candidate(match.start(), match.end(), reading, item.name))
    chosen = _longest_first(found)
    chosen = [_with_fuzzy_part(text, c) for c in chosen]
    return _combine(text, chosen)


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    taken: list[Candidate] = []
    for candidate in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _with_fuzzy_part(text: str, candidate: Candidate) -> Candidate:
    reading = candidate.reading
    if (
        reading.type != "DATE"
        or reading.mod is not None
        or reading.weekday is not None
        or reading.day is not None
        or reading.holiday is not None
    ):
        return candidate
    if reading.value is not None and (reading.value.startswith("P") or "REF" in reading.value):
        return candidate
    if reading.unit == "day" or (reading.value is not None and len(reading.value) == 10):
        return candidate
    match = _FUZZY_BEFORE.search(text[max(0, candidate.start - 30) : candidate.start])
    if match is None:
        return candidate
    words = " ".join(match["p"].lower().split()).replace("very ", "").removesuffix(" the")
    mod = PART_MODS.get(words) or PART_MODS.get(words.removeprefix("the ")) or "MID"
    start = candidate.start - (len(match[0]))
    return Candidate(start, candidate.end, replace(reading, mod=mod), candidate.rule)


def _combine(text: str, candidates: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if previous is not None and candidate.start < previous.end:
            continue
        candidate = _with_relative_year(text, candidate)
        candidate = _with_part_of_day(text, candidate)
        candidate = _with_shared_shift(text, out[-1] if out else None, candidate)
        while (
            out and candidate.start < out[-1].end
        ):  # "the early morning hours of Thursday" over "early morning"
            out.pop()
        previous = out[-1] if out else None
        merged = _merge(text, previous, candidate) if previous else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(candidate)
    return out


def _with_relative_year(text: str, candidate: Candidate) -> Candidate:
    reading = candidate.reading
    if not reading.partial or (reading.month is None and reading.season is None):
        return candidate  # "August 9 last year", "the spring of last year"
    match = _RELATIVE_YEAR_AFTER.match(text[candidate.end : candidate.end + 20])
    if match is None:
        return candidate
    offset = {"last": -1, "this": 0, "next": 1}[match["w"].lower()]
    return Candidate(
        candidate.start, candidate.end + match.end(), replace(reading, year_offset=offset), candidate.rule
    )


def _with_shared_shift(text: str, previous: Candidate | None, candidate: Candidate) -> Candidate:
    """A bare month, season or weekday joined by "and"/"or" to one with "this/last/next" shares its
    shift: "this autumn and winter" is this winter, "last March and April" last April."""
    if previous is None or not _COORDINATION.match(text[previous.end : candidate.start]):
        return candidate
    a, b = previous.reading, candidate.reading
    shifted = a.year_offset is not None or a.direction in ("past", "future")
    if not (shifted and a.partial and b.partial) or b.year_offset is not None or b.direction is not None:
        return candidate
    if b.day is not None or b.holiday is not None or b.clock is not None or a.day is not None:
        return candidate
    if _kind(a) is None or _kind(a) != _kind(b):
        return candidate
    reading = replace(b, year_offset=a.year_offset, direction=a.direction)
    return Candidate(candidate.start, candidate.end, reading, candidate.rule)


_COORDINATION = re.compile(r"^,?\s+(?:and|or)\s+$", re.IGNORECASE)


def _kind(reading: Reading) -> str | None:
    """Month and season ("this summer and September") or weekday: the kinds that may share a shift."""
    if reading.weekday is not None:
        return "weekday"
    return "month" if reading.month is not None or reading.season is not None else None


def _with_part_of_day(text: str, candidate: Candidate) -> Candidate:
    reading = candidate.reading
    is_day = (
        reading.unit == "day"
        or reading.day is not None
        or reading.weekday is not None
        or reading.holiday is not None
        or (reading.value is not None and len(reading.value) == 10)  # a written date: "Sept. 30, 1998"
    )
    if not is_day or reading.clock is not None:
        return candidate
    match = _PART_OF_DAY_BEFORE.search(text[max(0, candidate.start - 40) : candidate.start])
    if match is None:
        return candidate
    clock = PARTS_OF_DAY[match["p"].lower()]
    start = candidate.start - len(match[0])
    return Candidate(start, candidate.end, replace(reading, type="TIME", clock=clock), candidate.rule)


def _merge(text: str, first: Candidate, second: Candidate) -> Candidate | None:
    """One expression out of two adjacent ones: a relative day + its explicit date, a date + its clock."""
    between = text[first.end : second.start]
    a, b = first.reading, second.reading
    day_word = a.unit == "day" and a.clock is None
    if _APPOSITION.match(between) and day_word and b.partial and b.day is not None:
        reading = replace(b, relative_to="narrative", direction="near")
        return Candidate(first.start, second.end, reading, "apposition")
    if _APPOSITION.match(between) and day_word and b.value is not None and len(b.value) == 10:
        return Candidate(first.start, second.end, b, "apposition")
    if _CLOCK_JOIN.match(between) and (_is_day(a) or a.unit == "day") and a.clock is None and _is_clock(b):
        return Candidate(first.start, second.end, replace(a, type="TIME", clock=b.clock), "date-time")
    if _PART_JOIN.match(between) and _is_clock(a) and a.clock not in _PARTS and _is_part_of_a_day(b):
        clock = _clock_in_part(text[first.start : first.end], a.clock or "", b.clock or "")
        return Candidate(first.start, second.end, replace(b, clock=clock), "time-part")
    if (
        _APPOSITION.match(between)
        and _is_clock(a)
        and (_is_day(b) or b.unit == "day")
        and b.clock is None
        and not _opens_sentence(text, first, second)
    ):
        return Candidate(first.start, second.end, replace(b, type="TIME", clock=a.clock), "time-date")
    return None


_PART_JOIN = re.compile(r"^[ \t]+$")
_PARTS = frozenset(PARTS_OF_DAY.values())
_MARKED = re.compile(r"[ap]\.?m\b|\b[01]\d[0-5]\d\b", re.IGNORECASE)  # "8 p.m.", "1700 GMT"


def _is_part_of_a_day(reading: Reading) -> bool:
    """A part of a named or deictic day ("tonight", "this morning", "Tuesday evening", "last night")."""
    return reading.type == "TIME" and reading.clock in _PARTS and (_is_day(reading) or reading.unit == "day")


def _clock_in_part(written: str, clock: str, part: str) -> str:
    """A clock told with its day's part is one time on that day (TIDES 2005: "ten o'clock tonight" is
    T22:00): a twelve-hour clock with no a.m./p.m. takes its half of the day from the part."""
    hour, minute = clock.split(":")
    if _MARKED.search(written) or not 1 <= int(hour) <= 12:
        return clock
    return f"{hour_in_part(int(hour), part):02d}:{minute}"


def _opens_sentence(text: str, first: Candidate, second: Candidate) -> bool:
    """A clock ending in a period and a capitalised day phrase that is no weekday or month: the next
    sentence ("at 8 p.m. The next day, ..."), not "10 p.m. Wednesday"."""
    b = second.reading
    named = b.weekday is not None or b.month is not None or b.value is not None
    return (
        text[first.end - 1 : first.end] == "."
        and text[second.start : second.start + 1].isupper()
        and not named
    )


def _is_day(reading: Reading) -> bool:
    """A reading that names one day: a month-day, a weekday or a full date."""
    full = reading.value is not None and len(reading.value) == 10
    one_day = reading.day is not None or reading.holiday is not None
    return one_day or (reading.weekday is not None and not reading.weekend) or full


def _is_clock(reading: Reading) -> bool:
    """A clock time or part of the day on the narrative day ("10 p.m.", "noon", "1700 BST")."""
    return (
        reading.type == "TIME" and reading.unit == "day" and reading.offset == 0 and reading.clock is not None
    )
