"""Grammar rules for relative and deictic expressions: yesterday, last year, a day earlier, on Tuesday, now."""

# ruff: noqa: E501  (the rule table keeps one rule per line: a regex reads best unbroken)

from __future__ import annotations

import re
from typing import Literal

from storyline.extract.time.lexicon import (
    APPROX_MODS,
    GENERIC_NOW_NOUNS,
    KIND_OF_DAY_ADJECTIVES,
    MONTHS,
    NAMED_WEEKDAY_WORDS,
    PARTS_OF_DAY,
    SEASONS,
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
    Direction,
    Reading,
    Rule,
    rule,
)

_DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_SHIFT_WORDS: dict[str, int] = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the previous": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1, "the last": -1,
    "the same": 0, "that": 0, "that same": 0, "the past": -1,
}  # fmt: skip
_NARRATIVE_WORDS = frozenset({"the previous", "the following", "the same", "that", "that same", "the next"})
_DIRECTION: dict[str, Direction] = {"last": "past", "past": "past", "next": "future", "coming": "future"}
# "the past"/"the future" end a noun phrase ("in the future is unclear", "into the future if"), not
# modify one ("the future king", "the future of the port")
_REFERENCE_END = re.compile(
    r"\s*(?:[,.;:!?)'\"”’]|$|\s+(?:and|but|or|as|when|while|if|unless|because|than|that|is|are|was|were"
    r"|will|would|could|can|may|might|must|should|has|have|had|remains?|looks?|seems?|holds?|for|to|in|at"
    r"|by|with|without|from|on|they|he|she|it|we|i|you|there|this|these)\b)",
    re.IGNORECASE,
)
_UNIT_NAMES = {"fortnight": "week", "night": "day", "weekend": "weekend", "century": "century"}


def unit_name(word: str) -> str:
    word = word.lower().rstrip("s") if word.lower() != "centuries" else "century"
    return _UNIT_NAMES.get(word, word)


_NAME_BEFORE_TODAY = re.compile(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+)\s+$")
_PROGRAMME_AFTER = re.compile(r"\s*(?:''|\"|”)?\s*(?:show|programme|program|presenter)\b")
_CLOSING_QUOTE = re.compile(r"\s*(?:''|\"|”)")
# "today's youth", "today's highly competitive world": the present age (lower-case words after "'s")
_AFTER_TODAY = re.compile(r"\s*['’]s((?:\s+[a-z-]+){1,3})")
_PHRASE_BREAK = frozenset(
    {"of", "in", "on", "at", "for", "with", "and", "or", "the", "a", "to", "by", "from"}
)


def _generic_today(match: re.Match[str]) -> bool:
    after = _AFTER_TODAY.match(match.string, match.end())
    for word in after[1].split() if after else ():
        if word in GENERIC_NOW_NOUNS:
            return True
        if word in _PHRASE_BREAK:
            return False
    return False


def _programme_today(match: re.Match[str]) -> bool:
    """ "Today" as the name of a programme: in quotation marks or before "show"/"programme" ("said on
    NBC's `` Today '' show", "on the Today programme")."""
    if match["w"] != "Today" or match["p"] is not None:
        return False
    after = match.string[match.end() : match.end() + 24]
    quoted = match.string[max(0, match.start() - 4) : match.start()].rstrip().endswith(("``", '"', "“"))
    return bool(_PROGRAMME_AFTER.match(after)) or (quoted and bool(_CLOSING_QUOTE.match(after)))


def _deictic_day(match: re.Match[str]) -> Reading | None:
    word = match["w"].lower()
    before = match.string[max(0, match.start() - 20) : match.start()]
    if match["w"][0].isupper() and word == "today" and _NAME_BEFORE_TODAY.search(before):
        return None  # a title: "USA TODAY", "VOA Today", "BBC Radio Today"
    if _programme_today(match):
        return None  # a programme: "the `` Today '' show", "the Today programme"
    if word == "today" and match["p"] is None and _generic_today(match):
        return Reading(value="PRESENT_REF")  # "today's youth": the present age, not the day
    part = match["p"].lower() if match["p"] else ("night" if word == "tonight" else None)
    if part is None:
        return Reading(unit="day", offset=_DEICTIC_DAYS[word])
    return Reading(type="TIME", unit="day", offset=_DEICTIC_DAYS[word], clock=PARTS_OF_DAY[part])


def _part_of_today(match: re.Match[str]) -> Reading | None:
    if _programme_title(match):
        return None  # "told CBS This Morning on Monday"
    offset = -1 if match["w"].lower() == "last" else 0
    return Reading(type="TIME", unit="day", offset=offset, clock=PARTS_OF_DAY[match["p"].lower()])


def _programme_title(match: re.Match[str]) -> bool:
    """ "This Week" / "This Morning" as a programme's title: both words capitalised after an opening
    quotation mark or a network's initials ("on ABC's ``This Week With David Brinkley''", "told CBS This
    Morning on Monday")."""
    first, second = (match["s"], match["u"]) if "s" in match.re.groupindex else (match["w"], match["p"])
    if not (first == "This" and second[:1].isupper()):
        return False
    before = match.string[max(0, match.start() - 8) : match.start()].rstrip()
    return before.endswith(("``", '"', "“")) or bool(_NETWORK_BEFORE.search(before))


_NETWORK_BEFORE = re.compile(r"\b[A-Z]{2,}(?:['’]s)?$")


def _shifted_unit(match: re.Match[str]) -> Reading | None:
    if _programme_title(match):
        return None
    words = " ".join(match["s"].lower().split())
    if match["u"].lower() == "today":
        return None  # "said that today would be the last day": "today" alone is the deictic day
    if match["u"].lower() in PARTS_OF_DAY:
        if words not in _NARRATIVE_WORDS:
            return None
        clock = PARTS_OF_DAY[match["u"].lower()]
        return Reading(
            type="TIME", unit="day", offset=_SHIFT_WORDS[words], relative_to="narrative", clock=clock
        )
    unit = unit_name(match["u"])
    if unit in {"second", "minute", "hour"}:
        return None
    offset = _SHIFT_WORDS[words]
    if words in {"the last", "past", "the past"} and unit in {"year", "month", "decade", "century"}:
        return Reading(type="DURATION", value=duration_value(1, unit))
    if unit in {"decade", "century"} and (
        words in {"the next", "the coming"}
        or (
            words in {"the following", "the previous"}
            and _SPAN_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
        )
    ):
        return Reading(type="DURATION", value=duration_value(1, unit))  # "over the next decade": ten years
    if words in _NARRATIVE_WORDS:
        return Reading(unit=unit, offset=offset, relative_to="narrative")
    return Reading(unit=unit, offset=offset)


# "over the following decade", "for the previous century": the stretch, not the calendar decade
_SPAN_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within)\s+\Z", re.IGNORECASE)

_PAST_AS_ADJECTIVE = re.compile(r"(?i)\b(?:the|this)\s+$")


def _shifted_name(match: re.Match[str]) -> Reading | None:
    word, name = match["s"].lower(), match["n"]
    if word == "past" and not _PAST_AS_ADJECTIVE.search(
        match.string[max(0, match.start() - 6) : match.start()]
    ):
        return None  # "could continue past August": a preposition; "the past August", "this past Monday"
    direction: Direction = _DIRECTION.get(word, "near")
    if name[0].isupper() and name.lower() in MONTHS:
        if word == "this":  # "this September": the anchor's own year, whichever side of it
            return Reading(month=MONTHS[name.lower()], year_offset=0)
        return Reading(month=MONTHS[name.lower()], direction=direction)
    if name.lower() in WEEKDAYS:
        part = match["p"]
        if part:
            return Reading(
                type="TIME", weekday=WEEKDAYS[name.lower()], direction=direction,
                clock=PARTS_OF_DAY[part.lower()],
            )  # fmt: skip
        return Reading(weekday=WEEKDAYS[name.lower()], direction=direction)
    if name.lower() in SEASONS:
        if word == "this":
            return Reading(season=SEASONS[name.lower()], year_offset=0)
        return Reading(season=SEASONS[name.lower()], direction=direction)
    return None


def _weekday(match: re.Match[str]) -> Reading | None:
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if before is not None and before[1] in NAMED_WEEKDAY_WORDS:
        return None  # "Super Tuesday", "Black Friday": a name; "Good Friday" is a holiday (rules_absolute)
    weekday = WEEKDAYS[match["wd"].lower()]
    part = f"T{PARTS_OF_DAY[match['p'].lower()]}" if match["p"] else ""
    if _some_such_day(match) and _NOUN_PHRASE_END.match(match.string, match.end()):
        # "compared to a normal Friday afternoon", "on a Sunday": some such day, which day is unsaid
        return Reading(type="TIME" if part else "DATE", value=f"XXXX-WXX-{weekday + 1}{part}")
    if match["p"]:
        return Reading(type="TIME", weekday=weekday, clock=PARTS_OF_DAY[match["p"].lower()])
    return Reading(weekday=weekday)


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[\s-]+\Z")

# an indefinite article (maybe with one adjective) before a weekday: not a day of the calendar
_ANY_WEEKDAY = re.compile(r"\b(?:an?|any)\s+(?:(?P<adj>[a-z]+)\s+)?\Z")


def _some_such_day(match: re.Match[str]) -> bool:
    """An indefinite article before the weekday, with at most a kind-of-day adjective between them."""
    before = _ANY_WEEKDAY.search(match.string, max(0, match.start() - 24), match.start())
    return before is not None and (before["adj"] is None or before["adj"] in KIND_OF_DAY_ADJECTIVES)


# ... closing its noun phrase ("on a Sunday, when", "a normal Friday afternoon."), not a modifier of
# one ("a Sunday night memorial service", "a Wednesday meeting": that day's service, meeting)
_NOUN_PHRASE_END = re.compile(
    r"\s*(?:[,.;:!?)\"'”’]|$|(?:in|when|and|or|but|that|which|with|of|at|on|before|after|as|like|to|for)\b)"
)


def duration_value(count: float | str, unit: str) -> str:
    letters = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
               "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
    if unit == "decade" and isinstance(count, int | float):
        count, unit = count * 10, "year"
    if unit == "century" and isinstance(count, int | float):
        count, unit = count * 100, "year"
    if unit == "quarter" and isinstance(count, int | float):
        count, unit = count * 3, "month"
    prefix = "PT" if unit in {"second", "minute", "hour"} else "P"
    smaller = _SMALLER.get(unit)
    if isinstance(count, float) and not count.is_integer() and smaller is not None:
        whole, rest = int(count), round((count - int(count)) * smaller[1])
        if (
            rest == (count - int(count)) * smaller[1]
        ):  # "2 1/2 years" → P2Y6M, "a minute and a half" → PT1M30S
            head = f"{whole}{letters[unit]}" if whole else ""
            return f"{prefix}{head}{rest}{smaller[0]}"
    text = count if isinstance(count, str) else (f"{count:g}")
    return f"{prefix}{text}{letters[unit]}"


_SMALLER = {"year": ("M", 12), "hour": ("M", 60), "minute": ("S", 60)}


def _ago(match: re.Match[str]) -> Reading | None:
    """ "two weeks ago" (or "back": "a couple of years back") shifts the anchor; "months ago" (no number)
    and "a few years ago" are PAST_REF;
    "a week or so ago" is approximate."""
    bare_plural = match["n"] is None and match["u"].lower().endswith("s")
    count = number_value(match["n"] or "a")
    unit = unit_name(match["u"])
    if unit in _YEARS_IN and isinstance(count, float) and (count * _YEARS_IN[unit]).is_integer():
        unit, count = "year", int(count * _YEARS_IN[unit])  # "a quarter century ago", "half a century ago"
    if bare_plural or not isinstance(count, int) or unit in {"second", "minute", "hour"}:
        return Reading(value="PAST_REF")
    if unit == "fortnight":
        unit, count = "week", count * 2
    return Reading(unit=unit, offset=-count, mod=_ago_mod(match))


_YEARS_IN = {"decade": 10, "century": 100}

# quantifiers before "N units ago" ("less than a dozen years ago", "more than two weeks ago")
_AGO_QUANT = (
    r"about|some|nearly|almost|around|roughly|approximately|more\s+than|less\s+than|over|under|at\s+least"
)


def _ago_mod(match: re.Match[str]) -> str | None:
    """The TIMEX3 mod of a quantified "ago" ("about" APPROX, "more than" MORE_THAN, "or so" APPROX)."""
    if match["a"] is None:
        return "APPROX" if "o" in match.groupdict() and match["o"] else None
    return APPROX_MODS.get(" ".join(match["a"].lower().split()), "APPROX")


def _earlier_later(match: re.Match[str]) -> Reading | None:
    count = 1 if match["n"].lower() == "the" else number_value(match["n"])
    unit = unit_name(match["u"])
    if match["n"].lower() == "the" and unit != "day":
        return None  # "the year before" follows the last year mentioned, not the reference day
    if not isinstance(count, int) or unit in {"second", "minute", "hour"}:
        return None
    sign = -1 if match["w"].lower() in {"earlier", "before"} else 1
    return Reading(unit=unit, offset=sign * count, relative_to="narrative")


def _fiscal_quarter(match: re.Match[str]) -> Reading | None:
    bare_period = not match["w"] and not match["y"] and match[0].lower().endswith("period")
    if bare_period and _PERIOD_OF.match(match.string[match.end() : match.end() + 20]):
        return None  # a period described, not the quarter reported: "the period for voter registration"
    shift = -4 if match["y"] else 0
    offset = 0 if (match["w"] or "").lower() == "current" else -1
    return Reading(unit="quarter", offset=offset + shift)


_PERIOD_OF = re.compile(
    r"\s+(?:of|for|from|between|when|in\s+which|during|before|after|since|leading|that)\b", re.I
)


def _period_part(match: re.Match[str]) -> Reading | None:
    words = match["p"].lower()
    mod = "START" if ("beginning" in words or "start" in words) else "MID" if "middle" in words else "END"
    offset = -1 if match["w"].lower() == "last" else 0
    return Reading(unit=unit_name(match["u"]), offset=offset, mod=mod)


def _weekend(match: re.Match[str]) -> Reading | None:
    word = (match["w"] or "").lower()
    directions: dict[str, Direction] = {"last": "past", "next": "future", "this": "near"}
    direction = directions.get(word)
    return Reading(weekday=5, weekend=True, direction=direction)


# "in the near term", "at a later date": the time to come (only after "in"/"at": "the short term
# rates" is no reference)
_FUTURE_REFERENCES = frozenset(
    {
        "the future",
        "the years to come",
        "soon",
        "the near future",
        "the near term",
        "the short term",
        "a later date",
    }
)


def _reference(match: re.Match[str]) -> Reading | None:
    word = " ".join(match[0].lower().split())
    if word in {"the past", "the future"} and not _REFERENCE_END.match(
        match.string[match.end() : match.end() + 12]
    ):
        return None
    if word in {"the past", "recently", "at the time"}:
        return Reading(value="PAST_REF")
    if word in _FUTURE_REFERENCES:
        return Reading(value="FUTURE_REF")
    return Reading(value="PRESENT_REF")


_ADVERB_REJECT_BEFORE = {
    "recently": re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|most)|['’]s)\s+$", re.IGNORECASE),
    "soon": re.compile(r"\b(?:as|too|how|so|was|were|had|did)\s+$", re.IGNORECASE),  # not "was soon freed"
}
_ADVERB_REJECT_AFTER = {
    "soon": re.compile(
        r"\s+(?:as|after|afterwards?|thereafter|\w+ed|became|began|came|went|took|gave|made|found|left|got|fell"
        r"|rose|grew)\b",
        re.IGNORECASE,
    ),
}


def _time_adverb(match: re.Match[str]) -> Reading | None:
    """PAST_REF for "recently", FUTURE_REF for "soon", except in other phrases: "the recently built",
    "as soon as". "previously", "formerly" and "once" are not tagged: TimeML leaves them out (TimeBank
    marks 3 of 19 "previously" and 1 of 15 "once"), and they carry no date."""
    word = match[0].lower()
    before = match.string[max(0, match.start() - 12) : match.start()]
    reject_before, reject_after = _ADVERB_REJECT_BEFORE.get(word), _ADVERB_REJECT_AFTER.get(word)
    if reject_before is not None and reject_before.search(before):
        return None
    if reject_after is not None and reject_after.match(match.string, match.end()):
        return None
    return _reference(match)


_YEAR_ENDED = re.compile(r"\s+(?:that\s+)?end(?:ed|ing|s)\b", re.IGNORECASE)
_YEAR_NOT_AFTER = re.compile(
    r"^(?:-|\s*\d|\s+(?:before|after|earlier|later|of|in|when|one|two|nineteen|twenty|thousand)\b)",
    re.IGNORECASE,
)


def _the_year(match: re.Match[str]) -> Reading | None:
    """ "the (full/fiscal) year": the anchor's year ("sales for the full year", "a high for the year");
    followed by "ended/ending" it is the twelve months up to a day ("the year ended March 31", P1Y).
    Not "Person of the Year" (capitalised), "the year 2000", "the year before" (narrative), "the year of",
    "the year-earlier quarter"."""
    if not match["y"].islower():
        return None
    after = match.string[match.end() : match.end() + 12]
    if _YEAR_ENDED.match(after):
        return Reading(type="DURATION", value="P1Y")
    if _YEAR_NOT_AFTER.match(after):
        return None
    return Reading(unit="year", offset=0)


def _this_period(match: re.Match[str]) -> Reading | None:
    side: Literal["before", "after"] = "before" if match["w"].lower() == "earlier" else "after"
    unit = unit_name(match["u"]) if match["u"] else "day"
    return Reading(unit=unit, offset=0, until_anchor=side)


RELATIVE_RULES: tuple[Rule, ...] = (
    rule("deictic-day", rf"(?P<w>today|yesterday|tomorrow|tonight)(?:\s+(?P<p>{PART_OF_DAY}))?", _deictic_day),
    rule("part-of-today", rf"(?P<w>this|last)\s+(?P<p>{PART_OF_DAY})", _part_of_today),
    rule("shifted-unit", rf"(?P<s>this|current|the current|last|the last|past|the past|previous|the previous|next|the next|coming|the coming|the following|the same|that same|that)\s+(?P<u>{UNIT}|today|{PART_OF_DAY})", _shifted_unit),
    rule("shifted-name", rf"(?P<s>this|last|next|coming|past)\s+(?P<n>{MONTH}|{WEEKDAY}|{SEASON})(?:\s+(?P<p>{PART_OF_DAY}))?", _shifted_name),
    rule("weekday", rf"(?P<wd>{WEEKDAY})(?:\s+(?P<p>{PART_OF_DAY}))?", _weekday, flags=0),
    rule("ago", rf"(?:(?P<a>{_AGO_QUANT})\s+)?(?:(?P<n>{NUMBER})[\s-]+)?(?P<u>{UNIT}|{UNITS})(?P<o>\s+or\s+(?:so|more))?\s+(?:ago|back\b(?!\s+(?:to|on|in|from|into)\b))", _ago, needs=("ago", "back")),
    rule("earlier-later", rf"(?P<n>{NUMBER}|the)\s+(?P<u>{UNIT}|{UNITS})\s+(?P<w>earlier|later|before(?=\s*[,.;])|after(?=\s*[,.;]))", _earlier_later, needs=("earlier", "later", "before", "after")),
    rule("this-period", r"(?P<w>earlier|later)\s+(?:this\s+(?P<u>week|month|year)|(?P<t>today))", _this_period, needs=("earlier", "later")),
    rule("fiscal-quarter", r"the\s+(?:(?P<w>latest|last|most recent|recent|current|fiscal|latest fiscal)\s+)?(?P<y>year-(?:earlier|ago)\s+|comparable\s+|comparable year-(?:earlier|ago)\s+)?(?:quarter|period)", _fiscal_quarter, needs=("quarter", "period")),
    rule("period-part", r"(?P<p>(?:the\s+)?(?:beginning|start|middle|end|close)\s+of)\s+(?P<w>the|this|last)\s+(?P<u>year|month|week|decade|century)", _period_part, needs=(" of ",)),
    rule("year-earlier", r"year-(?:earlier|ago)(?!\s+(?:quarter|period|first|second|third|fourth|\w+\s+months)\b)", lambda m: Reading(unit="year", offset=-1), needs=("year-",)),
    rule("year-end", r"(?P<p>year)[- ](?P<u>end)", lambda m: Reading(unit="year", offset=0, mod="END"), needs=("year",)),
    rule("weekend", r"(?:the|(?P<w>last|next|this))\s+weekend", _weekend, needs=("weekend",)),
    rule("the-year", r"the\s+(?:(?:full|fiscal|full\s+fiscal|current\s+fiscal)\s+)?(?P<y>year)", _the_year, needs=("the",)),
    rule("time-adverb", r"recently|soon", _time_adverb, needs=("recently", "soon")),
    rule("reference", r"now|currently|at present|presently|nowadays|at the moment|right now|these days|the past|the future|the near future|at the time|the years to come|(?<=\bin )the (?:near|short) term|(?<=\bat )a later date", _reference),
)  # fmt: skip
