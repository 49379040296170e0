"""Grammar rules for durations, sets and clock times: "for five weeks", "every year", "08:44", "noon"."""

# ruff: noqa: E501  (the rule table keeps one rule per line: a regex reads best unbroken)

from __future__ import annotations

import re

from storyline.extract.time.lexicon import (
    APPROX_MODS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_ZONES,
    WEEKDAYS,
    number_value,
)
from storyline.extract.time.reading import (
    MONTH,
    NUMBER,
    PART_OF_DAY,
    SEASON,
    UNIT,
    UNITS,
    WEEKDAY,
    Reading,
    Rule,
    rule,
)
from storyline.extract.time.rules_absolute import month_number
from storyline.extract.time.rules_relative import duration_value, unit_name

_QUANT = (
    r"more than|less than|at least|at most|nearly|almost|about|around|over|up to|some|roughly|approximately"
)
# words between a number and its unit that keep the span a duration ("eight trading days", "20 more years")
_COUNTED = (
    r"(?:more|additional|extra|further|consecutive|straight|full|long|trading|business|working|calendar)"
)
_BARE_PLURAL_BEFORE = re.compile(
    r"(?:\bfor|\bin recent|\bwithin|\bover|\bin|\bfor many|\bfor several)\s+$", re.I
)
_ADJECTIVE_AFTER = re.compile(
    r"\s+(?!and\b|or\b|in\b|on\b|at\b|by\b|for\b|to\b|since\b|until\b|basis\b)[a-z]"
)
_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
              "quarterly": "P3M", "hourly": "PT1H", "biweekly": "P2W", "nightly": "P1D"}  # fmt: skip


# "$500 million a year", "700 seats a week": a rate, not a stretch of time
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|cents?|dollars?|pounds?|euros?"
    r"|yuan|yen|rupees?))(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
_FRACTION_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)  # "three-quarters of its food", "a quarter of"
# "a second front", "a second term": the ordinal, not a second of time ("a second later", "a second or two")
_ORDINAL_AFTER = re.compile(
    r"\s+(?!(?:and|or|in|on|at|by|for|to|of|later|earlier|ago|before|after|too|longer|more|less|the|a|an)\b)"
    r"[a-z]"
)


def _not_a_duration(match: re.Match[str], word: str) -> bool:
    """An age ("8-month-old"), a rate ("$2 million a year"), a fraction ("three-quarters of") or an
    ordinal ("a second front")."""
    text, unit = match.string, match["u"].lower()
    if re.match(r"[\s-]+old|-(?:earlier|ago)\b", text[match.end() : match.end() + 8]):
        return True  # "8-month-old"; "a year-earlier loss" (rules_relative)
    if word in {"a", "an"} and _RATE_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
        return True
    if unit == "second" and word in {"a", "an"} and _ORDINAL_AFTER.match(text, match.end()):
        return True
    fraction = unit.startswith("quarter") and not match[0].lower().startswith("the ")
    return fraction and _FRACTION_AFTER.match(text, match.end()) is not None


# "will one day be", "hopes to one day fly", "he may one day": the unknown day to come, not a span
_SOME_DAY_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|should|must|shall|to|'ll)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE
)


# a capitalised word after a capitalised number and unit: the duration is part of a name ("the Six-Day
# War", "the Hundred Years' War", "the Ninth Five-Year Plan"): no time (TimeML marks no proper names)
_NAME_AFTER = re.compile(r"['’]?\s+[A-Z][a-z]")


def _in_a_name(match: re.Match[str]) -> bool:
    words = re.findall(r"[A-Za-z]+", match[0])
    capitalised = bool(words) and all(word[0].isupper() for word in words)
    return capitalised and ("-" in match[0] or match[0].endswith(("'", "’")))


def _names_after(match: re.Match[str]) -> bool:
    return _in_a_name(match) and _NAME_AFTER.match(match.string, match.end()) is not None


def _duration(match: re.Match[str]) -> Reading | None:
    word = " ".join(match["n"].lower().split())
    if _not_a_duration(match, word) or _names_after(match):
        return None
    count = number_value(word)
    unit = unit_name(match["u"])
    if count is None:
        return None
    singular = not match["u"].lower().endswith("s") or match["u"].lower() == "centuries"
    if word in {"a", "an", "one"} and not singular:
        return None
    if match.string[max(0, match.start() - 7) : match.start()].lower().rstrip().endswith(("twice", "once")):
        return None
    if match["f"] or match["h"]:
        if not isinstance(count, int | float) or (match["f"] and match["h"]):
            return None
        count += 0.5
    if isinstance(count, float) and count.is_integer():
        count = int(count)
    if (
        word == "one"
        and match["u"].lower() == "day"
        and not match["q"]
        and _SOME_DAY_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    ):
        return Reading(value="FUTURE_REF")  # "Islam will one day be", "hopes to one day follow": someday
    mod = APPROX_MODS.get(" ".join(match["q"].lower().split())) if match["q"] else None
    return Reading(type="DURATION", value=duration_value(count, unit), mod=mod)


def _long_compound(match: re.Match[str]) -> Reading | None:
    """ "a weeklong strike", "a decade-long war", "a two-year-long fight", "decades-long": how long it
    lasted (a bare plural is an unknown number: "decades-long" PXDE)."""
    unit = unit_name(match["u"])
    if unit in {"second", "weekend"} or _names_after(match):
        return None
    count = number_value(match["n"]) if match["n"] else ("X" if match["u"].lower().endswith("s") else 1)
    if count is None:
        return None
    return Reading(type="DURATION", value=duration_value(count, unit))


def _bare_plural(match: re.Match[str]) -> Reading | None:
    qualifier = match["q"]
    if qualifier is None and not _BARE_PLURAL_BEFORE.search(
        match.string[max(0, match.start() - 16) : match.start()]
    ):
        return None
    return Reading(type="DURATION", value=duration_value("X", unit_name(match["u"])))


def _bare_plural_ahead(match: re.Match[str]) -> Reading | None:
    """ "in the weeks ahead", "the months ahead": a stretch to come of unknown length (not "the days
    ahead of the vote", a time before an event)."""
    return Reading(type="DURATION", value=duration_value("X", unit_name(match["u"])))


def _set_every(match: re.Match[str]) -> Reading | None:
    name = match["u"]
    lowered = name.lower()
    if lowered in WEEKDAYS:
        part = f"T{PARTS_OF_DAY[match['p'].lower()]}" if match["p"] else ""  # "every Monday morning"
        return Reading(type="SET", value=f"XXXX-WXX-{WEEKDAYS[lowered] + 1}{part}")
    if lowered in PARTS_OF_DAY:
        return Reading(type="SET", value=f"XXXX-XX-XXT{PARTS_OF_DAY[lowered]}")
    if lowered in SEASONS:
        return Reading(type="SET", value=f"XXXX-{SEASONS[lowered]}")
    month = month_number(name)
    if month is not None:
        return Reading(type="SET", value=f"XXXX-{month:02d}")
    count = number_value(match["n"]) if match["n"] else 1
    if not isinstance(count, int):
        count = 1
    return Reading(type="SET", value=duration_value(count, unit_name(name)))


def _set_frequency(match: re.Match[str]) -> Reading | None:
    """ "twice a week", "three times a day", "once a month", "several times a year": a set with its
    frequency (TimeML: SET P1W, freq 2X), the frequency inside the expression."""
    return Reading(type="SET", value=duration_value(1, unit_name(match["u"])))


def _set_weekdays(match: re.Match[str]) -> Reading | None:
    """A weekday in the plural, or a weekday with a part of the day in the plural ("on Mondays",
    "Tuesday nights", "Sunday mornings"): every such day (TimeML: SET XXXX-WXX-2TNI)."""
    weekday = WEEKDAYS[match["wd"].lower()]
    if match["p"] is None and not match["s"]:
        return None
    part = f"T{PARTS_OF_DAY[match['p'].lower()]}" if match["p"] else ""
    return Reading(type="SET", value=f"XXXX-WXX-{weekday + 1}{part}")


def _set_parts(match: re.Match[str]) -> Reading | None:
    """A part of the day in the plural ("in the mornings", "during the evenings"): every such part
    (TimeML: SET XXXX-XX-XXTMO)."""
    return Reading(type="SET", value=f"XXXX-XX-XXT{PARTS_OF_DAY[match['p'].lower()]}")


def _set_adverb(match: re.Match[str]) -> Reading | None:
    if _ADJECTIVE_AFTER.match(match.string[match.end() : match.end() + 20]):
        return None
    return Reading(type="SET", value=_SET_UNITS[match[0].lower()])


_RUNNING_TIME = re.compile(r"[ \t]*\)")  # a bare "m:ss" closed by a bracket: "(2:17)", "( 0:45 )"
_OPENS = re.compile(r"\([ \t]*\Z")


def _clock(match: re.Match[str]) -> Reading | None:
    hour = int(match["h"])
    minute = match["mi"] or "00"
    marker = (match["ap"] or "").lower().replace(".", "")
    if marker == "pm" and hour < 12:
        hour += 12
    elif marker == "am" and hour == 12:
        hour = 0
    if not marker and not match["mi"]:
        return None
    if (
        not marker
        and _RUNNING_TIME.match(match.string, match.end())
        and _OPENS.search(match.string, max(0, match.start() - 3), match.start())
    ):
        return None  # "Singer sends his piano to US (2:17)": a video's running time, not a clock
    return Reading(type="TIME", unit="day", offset=0, relative_to="narrative", clock=f"{hour:02d}:{minute}")


_AT_BEFORE = re.compile(r"\b(?:at|by|until|till|before|after|since|from)\s+\Z", re.IGNORECASE)


def _elapsed(match: re.Match[str]) -> Reading | None:
    """ "finished in 2:07:35": hours (one digit), minutes and seconds without a.m./p.m. are a time taken
    (a race's, a flight's: DURATION PT2H7M35S); a two-digit hour ("23:03:00", "09:39:00"), a.m./p.m.,
    a zone, a date before it ("Jan 14 2011 23:03:00") or "at", "by", "until" make it a clock."""
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"])
    marker = (match["ap"] or "").lower().replace(".", "")
    before = match.string[max(0, match.start() - 8) : match.start()]
    lead = _AT_BEFORE.search(before) or re.search(r"\d[,.]?\s+\Z", before)
    if marker or match["z"] or lead or len(match["h"]) == 2:
        hour += 12 if marker == "pm" and hour < 12 else -12 if marker == "am" and hour == 12 else 0
        if hour > 23:
            return None
        clock = f"{hour:02d}:{minute:02d}:{second:02d}"
        return Reading(type="TIME", unit="day", offset=0, relative_to="narrative", clock=clock)
    parts = [f"{n}{letter}" for n, letter in ((hour, "H"), (minute, "M"), (second, "S")) if n]
    return Reading(type="DURATION", value="PT" + ("".join(parts) or "0S"))


def _military(match: re.Match[str]) -> Reading | None:
    """A four-digit 24-hour clock with a time zone or "hours" ("1700 BST", "0900 GMT", "1700 hours")."""
    return Reading(
        type="TIME", unit="day", offset=0, relative_to="narrative", clock=f"{match['h']}:{match['mi']}"
    )


def _part_of_day(match: re.Match[str]) -> Reading | None:
    """A part of the day on the narrative day: "mid-afternoon", "late morning", "in the evening"."""
    clock = PARTS_OF_DAY[match["p"].lower()]
    return Reading(type="TIME", unit="day", offset=0, relative_to="narrative", clock=clock)


# "overnight" read as "suddenly" ("did not happen overnight", "became a star overnight") or as a
# modifier of a thing that is no time ("overnight rates", "an overnight bag")
_SUDDENLY_BEFORE = re.compile(
    r"\b(?:happen(?:s|ed)?|change[sd]?|disappear(?:s|ed)?|vanish(?:es|ed)?|transform(?:s|ed)?|became|become"
    r"|becomes|solved?|fixed?|cured?|success|sensation|star|celebrity|millionaire)\s+\Z",
    re.IGNORECASE,
)
_OVERNIGHT_THING_AFTER = re.compile(
    r"\s+(?:success(?:es)?|sensation|celebrity|star|rates?|lending|loans?|repos?|index|stays?|bags?|trips?"
    r"|guests?|camps?|flights?|trains?|shifts?|parking|delivery|mail|express|oats|markets?|money|funds?)\b",
    re.IGNORECASE,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|'ll|shall|going\s+to|plans?\s+to|expected\s+to|due\s+to|set\s+to|scheduled\s+to)\b[^.;:!?]*\Z",
    re.IGNORECASE,
)


def _overnight(match: re.Match[str]) -> Reading | None:
    """ "Fighting raged overnight": the night that has just passed when the story is told, so the night
    before its day (a night is valued on the day it begins, TNI), or the coming night in a future clause
    ("crews will work overnight"). It counts from the day told (the publication, dateline or post day),
    not from a day the story reported: "The quake struck on Tuesday [...] There were reports of looting
    overnight", told on Wednesday, is Tuesday's night."""
    before = match.string[max(0, match.start() - 80) : match.start()]
    if _SUDDENLY_BEFORE.search(before[-30:]) or _OVERNIGHT_THING_AFTER.match(match.string, match.end()):
        return None
    sentence_start = max(before.rfind(". "), before.rfind("\n"))
    offset = 0 if _FUTURE_BEFORE.search(before[sentence_start + 1 :]) else -1
    return Reading(type="TIME", unit="day", offset=offset, clock="NI")


_CLOCK_LEAD = re.compile(r"\b(?:at|by|until|till|around|about|after|before|from|to|since|and)\s+$", re.I)
_HOUR = r"(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"


def hour_in_part(hour: int, part: str) -> int:
    """A twelve-hour clock's hour in a part of the day ("MO", "AF", "EV", "NI"): 4 in the afternoon is
    16, 10 at night 22, 12 at night 24 (midnight), 12 in the morning 0; a night hour from 1 to 5 is in
    the early hours (TIDES 2005: a clock and its part of the day are one time)."""
    if part in {"AF", "EV"} or (part == "NI" and 6 <= hour < 12):
        return hour + 12 if hour < 12 else hour
    if part == "NI" and hour == 12:
        return 24
    return 0 if part == "MO" and hour == 12 else hour


def _spoken_clock(match: re.Match[str]) -> Reading | None:
    """ "4 in the morning", "seven in the evening", "11 at night", "10 o'clock": the hour of a part of
    the day (night: 6 to 11 in the evening, 1 to 5 in the early hours), or an "o'clock" hour as written."""
    hour = number_value(match["h"].lower())
    if not isinstance(hour, int) or not 1 <= hour <= 12:
        return None
    if not match["o"] and not _CLOCK_LEAD.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None  # "two in the afternoon were hurt", "one in the morning show": a count, not an hour
    part = (match["p"] or match["p2"] or "").lower().split()[-1:] or [""]
    if part[0] in PARTS_OF_DAY:
        hour = hour_in_part(hour, PARTS_OF_DAY[part[0]])
    return Reading(type="TIME", unit="day", offset=0, relative_to="narrative", clock=f"{hour:02d}:00")


def _hour_before_part(match: re.Match[str]) -> Reading | None:
    """A bare hour told with a day's part after it ("at 10 this morning", "by 9 last night", "at 7:30
    Tuesday evening"): the hour, which the tagger joins to that part (tagger._merge). Only after a
    word that leads a clock: "killed 10 this morning" counts people."""
    hour = number_value(match["h"].lower())
    if not isinstance(hour, int) or not 1 <= hour <= 12:
        return None
    if not _CLOCK_LEAD.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None
    return Reading(
        type="TIME", unit="day", offset=0, relative_to="narrative", clock=f"{hour:02d}:{match['mi'] or '00'}"
    )


def _noon(match: re.Match[str]) -> Reading | None:
    if (
        match[0].lower() == "noon"
        and match.string[max(0, match.start() - 5) : match.start()].lower() == "high "
    ):
        return None  # "High Noon", "high noon comes today": a showdown, not a time
    clock = "24:00" if match[0].lower() == "midnight" else "12:00"
    return Reading(type="TIME", unit="day", offset=0, relative_to="narrative", clock=clock)


EXTENT_RULES: tuple[Rule, ...] = (
    rule("duration", rf"(?:(?P<q>{_QUANT})\s+(?!the\s))?(?:the\s+(?:past|last|next|first|previous|coming|following|final)\s+)?(?P<n>{NUMBER})(?P<f>\s+1/2|\s+and\s+a\s+half)?[\s-]+(?:{_COUNTED}\s+)?(?P<u>{UNIT}|{UNITS})(?P<h>\s+and\s+a\s+half)?(?:['’]s?)?", _duration),
    rule("long-compound", rf"(?:(?P<n>(?!an?\b){NUMBER})[\s-]+)?(?P<u>{UNIT}|{UNITS})-?long", _long_compound, needs=("long",)),
    rule("duration-plural", rf"(?:(?P<q>recent|the past few|the last few|the next few|the coming|coming|many|several|the past|the last)\s+)?(?P<u>{UNITS})", _bare_plural),
    rule("plural-ahead", rf"the\s+(?:(?:coming|next|few)\s+)*(?P<u>{UNITS})\s+ahead(?!\s+of\b)", _bare_plural_ahead, needs=("ahead",)),
    rule("set-every", rf"(?:every|each)\s+(?:(?P<n>{NUMBER})\s+)?(?P<u>{UNIT}|{UNITS}|{WEEKDAY}|{PART_OF_DAY}|{SEASON}|{MONTH})(?:(?<=day)\s+(?P<p>{PART_OF_DAY}))?", _set_every, needs=("every", "each")),
    rule("set-frequency", rf"(?:once|twice|thrice|(?:{NUMBER}|many|a\s+few|few|several|\d+)\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})", _set_frequency, needs=("once", "twice", "thrice", "times")),
    rule("set-weekdays", rf"(?P<wd>{WEEKDAY})(?P<s>s)?(?:\s+(?P<p>morning|afternoon|evening|night)s)?", _set_weekdays, flags=0),
    rule("set-parts", r"(?:(?<=\bin )|(?<=during ))the\s+(?P<p>morning|afternoon|evening|night)s", _set_parts, needs=("ings", "nights")),
    rule("set-adverb", r"daily|weekly|monthly|annually|yearly|quarterly|hourly|biweekly|nightly", _set_adverb, needs=("daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "nightly")),
    rule("clock", rf"(?P<h>[01]?\d|2[0-3])(?:(?::|\.(?=[0-5]\d\s*(?:[ap]\.?m\b|[ap]\.m\.|{TIME_ZONES})))(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)?(?:\s*(?-i:{TIME_ZONES}))?", _clock),
    rule("elapsed", rf"(?P<h>\d{{1,2}}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![.:]\d)(?:\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b))?(?:\s*(?P<z>(?-i:{TIME_ZONES})))?", _elapsed, needs=(":",)),
    rule("military-clock", rf"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:(?i:hours|hrs)|{TIME_ZONES})", _military, flags=0),
    rule("part-of-day", rf"(?:mid[\s-]*(?=morning|afternoon|evening)|(?:early|late)\s+|(?:(?<=\bin )|(?<=during )|(?<=\bby )|(?<=\binto )|(?<=\bthrough )|(?<=\bthroughout ))the\s+)(?P<p>{PART_OF_DAY})", _part_of_day),
    rule("spoken-clock", rf"(?P<h>{_HOUR})(?:(?P<o>\s+o['’]clock)(?:\s+(?P<p>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?|\s+(?P<p2>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))", _spoken_clock, needs=("clock", "in the", "at night")),
    rule("noon", r"noon|midnight|midday", _noon, needs=("noon", "midnight", "midday")),
    rule("overnight", r"overnight", _overnight, needs=("overnight",)),
    rule("hour-before-part", rf"(?P<h>{_HOUR})(?::(?P<mi>[0-5]\d))?(?=\s+(?:tonight\b|(?:(?:this|last|tomorrow|yesterday)\s+|{WEEKDAY}\s+)(?:morning|afternoon|evening|night)\b))", _hour_before_part),
)  # fmt: skip
