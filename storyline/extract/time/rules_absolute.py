"""Grammar rules for calendar expressions: full and partial dates, years, decades, seasons, quarters."""

# ruff: noqa: E501  (the rule table keeps one rule per line: a regex reads best unbroken)

from __future__ import annotations

import re

from storyline.extract.time.calendar import holiday_date
from storyline.extract.time.lexicon import (
    FIXED_HOLIDAYS,
    HOLIDAY_THINGS,
    MONTHS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
    number_value,
)
from storyline.extract.time.reading import DAY, MONTH, SEASON, WEEKDAY, YEAR, Direction, Reading, Rule, rule

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))"
_HOLIDAY = (
    r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s\s+(?:Day|Eve)|Valentine['’]?s\s+Day|Halloween|Boxing\s+Day"
    r"|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Veterans['’]?\s+Day|Armistice\s+Day|(?:(?i:the)\s+)?Fourth\s+of\s+July"
    r"|July\s+Fourth|Bastille\s+Day|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day"
    r"|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Columbus\s+Day"
    r"|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Election\s+Day"
)
_HOLIDAY_SHIFT: dict[str, Direction] = {"last": "past", "past": "past", "next": "future", "coming": "future"}


def month_number(word: str) -> int | None:
    """The month of a capitalised month name or abbreviation ("May" yes, "may" no)."""
    if not word or not word[0].isupper():
        return None
    return MONTHS.get(word.rstrip(".").lower())


def day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _ymd(year: str | None, month: int | None, day: int) -> Reading | None:
    if month is None or not 1 <= day <= 31:
        return None
    if year is None:
        return Reading(month=month, day=day)
    return Reading(value=f"{int(year):04d}-{month:02d}-{day:02d}", explicit_year=True)


def _month_day(match: re.Match[str]) -> Reading | None:
    return _ymd(match["y"], month_number(match["m"]), day_number(match["d"]))


def _weekday_date(match: re.Match[str]) -> Reading | None:
    reading = _month_day(match)
    if reading is None or reading.value is not None:
        return reading
    return Reading(month=reading.month, day=reading.day, weekday=WEEKDAYS[match["wd"].lower()])


def _numeric(match: re.Match[str]) -> Reading | None:
    month, day = int(match["mo"]), int(match["d"])
    reading = _ymd(match["y"], month, day)
    if reading is None or reading.value is None:
        return None
    if match.groupdict().get("hh"):
        return Reading(type="TIME", value=reading.value, clock=f"{int(match['hh']):02d}:{match['mi']}")
    return reading


def _month_year(match: re.Match[str]) -> Reading | None:
    month = month_number(match["m"])
    if month is None:
        return None
    year = match["y"] or _window_year(int(match["yy"]))
    return Reading(value=f"{year}-{month:02d}", explicit_year=True)


def _month_alone(match: re.Match[str]) -> Reading | None:
    word = match["m"]
    month = month_number(word)
    if month is None or (len(word.rstrip(".")) <= 4 and word.rstrip(".") not in {"May", "June", "July"}):
        return None
    if word == "May" and re.match(
        r"\s+(?:be|have|not|also|well|still|need|take|come|God|Allah|he|she|they|you|we|it|his|her|their|your)\b",
        match.string[match.end() :],
    ):
        return None
    if word == "March" and re.match(
        r"\s+(?:on|to|for|against|in)\b|\s+of\s+(?:the\s+)?[A-Z]", match.string[match.end() :]
    ):
        return None  # a verb ("March on Washington") or a name ("the March of the Combatant Mothers")
    before = _NAME_BEFORE.search(match.string[max(0, match.start() - 30) : match.start()])
    if before and before[1].lower() not in _MONTH_LEADS:
        return None  # a name ending in a month: "Theresa May", "the Long March", "the Women's March"
    return Reading(month=month)


_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:['’]s|\.)?\s+$")


def _year(match: re.Match[str]) -> Reading | None:
    """A bare four-digit number: `years.is_year` decides in context whether it is a year."""
    return Reading(value=match["y"], explicit_year=True)


def _decade(match: re.Match[str]) -> Reading | None:
    """A decade ("the 1990s": 199), or a century for "the 1500s", "the 1900s" (15, 19); "the 2000s": 200."""
    if match["d"] == "0" and match["c"] != "20":
        return Reading(value=match["c"], explicit_year=True)
    return Reading(value=f"{match['c']}{match['d']}", explicit_year=True)


def _century(match: re.Match[str]) -> Reading | None:
    word = match["n"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 21:
        return None
    return Reading(value=f"{number - 1:02d}", explicit_year=True)


def _season(match: re.Match[str]) -> Reading | None:
    season = SEASONS[match["s"].lower()]
    if match["s"].lower() == "fall" and not match["y"]:
        return None
    if match["y"]:
        return Reading(value=f"{match['y']}-{season}", explicit_year=True)
    if match["s"][0].isupper() and re.match(r"\s+[A-Z][a-z]", match.string[match.end() :]):
        return None  # part of a name: "the Spring River", "the Summer Olympics"
    before = re.search(r"\b([A-Z][a-z]+)\s+$", match.string[max(0, match.start() - 30) : match.start()])
    if match["s"][0].isupper() and before and before[1].lower() not in _SEASON_LEADS:
        return None  # a name ending in a season: "the Arab Spring", "the Prague Spring"
    return Reading(season=season)


_YEAR_OFFSETS = {"this": 0, "the": 0, "last": -1, "next": 1}

# words that may open a season written with a capital: "In Spring", "Last Winter", "Early Summer"
_SEASON_LEADS = frozenset(
    {
        "in",
        "the",
        "this",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "since",
        "during",
        "by",
        "until",
        "each",
        "every",
        "of",
        "over",
        "through",
    }
)


# words that may open a month as well: "From March", "And May", "Between June and July"
_MONTH_LEADS = _SEASON_LEADS | frozenset(
    [
        "from",
        "to",
        "and",
        "or",
        "between",
        "before",
        "after",
        "around",
        "about",
        "on",
        "at",
        "for",
        "as",
        "within",
        "throughout",
        "till",
        "circa",
    ]
)


def _quarter(match: re.Match[str]) -> Reading | None:
    """ "the third quarter", "the first quarter of 1998", "the 1988 second quarter", "next year's first
    quarter", "the first quarter of this year", "the year-earlier third quarter" (last year's)."""
    word = match["o"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    if not 1 <= number <= 4:
        return None
    year = match["y"] or match["py"]
    if year:
        return Reading(value=f"{year}-Q{number}", explicit_year=True)
    relative = match["r"] or match["pr"] or ("last" if match["ya"] else None)  # "the year-ago third quarter"
    if relative:
        return Reading(quarter=number, year_offset=_YEAR_OFFSETS[relative.lower()])
    return Reading(quarter=number)


def _mid(match: re.Match[str]) -> Reading | None:
    mod = {"mid": "MID", "early": "START", "late": "END"}[match["part"].lower()]
    if match["m"]:
        month = month_number(match["m"])
        return Reading(month=month, mod=mod) if month else None
    if match["d"]:
        return Reading(value=match["d"][:3], mod=mod, explicit_year=True)
    return Reading(value=match["y"], mod=mod, explicit_year=True)


def _holiday(match: re.Match[str]) -> Reading | None:
    """A holiday: a fixed day ("Christmas Eve") or a moving one ("Thanksgiving", "Easter", "Labor Day"),
    with "last/next/this" or a year; not part of a name ("the Good Friday Agreement", "Easter Island")."""
    if not match["y"] and re.match(r"\s+[A-Z][a-z]", match.string[match.end() : match.end() + 3]):
        return None
    following = re.match(r"\s+([a-z]+)", match.string[match.end() : match.end() + 20])
    if not match["y"] and following and following[1] in HOLIDAY_THINGS:
        return None  # a thing named after the holiday: "Christmas trees from Oregon"
    before = _NAME_BEFORE.search(match.string[max(0, match.start() - 30) : match.start()])
    if not match["s"] and before and before[1].lower() not in _MONTH_LEADS:
        return None  # a surname: "19-Nick Easter, 20-Richard Wigglesworth"
    name = re.sub(r"[.'’,]|\bjr\b", "", match["h"].lower()).replace("labour", "labor")
    name = " ".join(name.split()).removeprefix("the ")
    if match["y"]:
        return Reading(value=holiday_date(name, int(match["y"])).isoformat(), explicit_year=True)
    shift = (match["s"] or "").lower()
    direction, year_offset = _HOLIDAY_SHIFT.get(shift), 0 if shift == "this" else None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return Reading(month=month, day=day, direction=direction, year_offset=year_offset)
    return Reading(holiday=name, direction=direction, year_offset=year_offset)


def _spoken_year(match: re.Match[str]) -> Reading | None:
    century = {"nineteen": 19, "twenty": 20, "eighteen": 18}[match["c"].lower()]
    rest = number_value(match["r"].replace("-", " "))
    if not isinstance(rest, int) or not 10 <= rest <= 99:
        return None
    return Reading(value=f"{century}{rest:02d}", explicit_year=True)


def _short_decade(match: re.Match[str]) -> Reading | None:
    """ "the '80s", "the late '90s": a decade of the 1900s (198, 199)."""
    return Reading(value=f"19{match['d']}", explicit_year=True)


def _short_year(match: re.Match[str]) -> Reading | None:
    """ "in '98", "since '06", "February of '09": a year written with two digits after a word of time;
    1930–2029 (the window of the news these rules read, as "the '80s" is the 1980s)."""
    before = _SHORT_YEAR_CUE.search(match.string[max(0, match.start() - 12) : match.start()])
    if before is None or (before[1] and month_number(before[1]) is None):
        return None
    return Reading(value=_window_year(int(match["yy"])), explicit_year=True)


def _window_year(yy: int) -> str:
    return f"{1900 + yy if yy >= 30 else 2000 + yy}"


_SHORT_YEAR_CUE = re.compile(
    r"(?:\b(?i:in|since|of|from|until|till|by|before|after|through|to|and|or|between|during|circa|early|late|the"
    r"|mid|spring|summer|fall|autumn|winter)|\b([A-Z][a-z]+\.?)|['’]\d\d,)\s+$"
)


def _spoken_millennium_year(match: re.Match[str]) -> Reading | None:
    """ "the year two thousand", "the year two thousand and ten" (broadcast transcripts): 2000, 2010."""
    rest = number_value(match["r"].replace("-", " ")) if match["r"] else 0
    if not isinstance(rest, int) or not 0 <= rest <= 99:
        return None
    return Reading(value=f"{2000 + rest}", explicit_year=True)


def _spoken_decade(match: re.Match[str]) -> Reading | None:
    tens = {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }[match["d"].lower()]
    return Reading(value=f"19{tens}", explicit_year=True)


def _range_end(match: re.Match[str]) -> Reading | None:
    """The two-digit end of a range of years ("the 1957-58 season", "the 1975-90 war", "1999-00"): the
    first year's century, the next one's for the year after a century's last; never a month ("2009-12"
    is no range: an end from 01 to 12 must be the year right after the first)."""
    first = int(match.string[match.start() - 5 : match.start() - 1])
    end = int(match["yy"])
    if end == (first + 1) % 100:
        return Reading(value=f"{first + 1:04d}", explicit_year=True)
    if end <= 12 or end <= first % 100:
        return None
    return Reading(value=f"{first // 100 * 100 + end:04d}", explicit_year=True)


_ERA_CUE = re.compile(
    r"\b(?:in|from|to|since|until|till|by|around|about|circa|c\.|of|and|between|before|after|year)\s+$", re.I
)
_BEFORE_CHRIST = re.compile(r"B\.?C\.?(?:E\.?)?")


def _era_year(match: re.Match[str]) -> Reading | None:
    """A year with its era: "A.D. 410", "1066 AD", "52 B.C.", "300 BCE", and the first end of a range
    before Christ ("from 1792 to 1750 BC"): TIMEX3's four digits, "BC" before the years before Christ
    (no calendar interval: the proleptic calendar of `datetime` has no year 0 or before)."""
    year = int(match["y1"] or match["y2"] or match["y3"])
    if year == 0:
        return None
    if match["era"] in ("AD", "BC", "BCE") and not _ERA_CUE.search(match.string[: match.start()]):
        after = match.string[match.end() : match.end() + 2]
        if not after or after[0].isalnum() or (after[0] == " " and after[1:].isalnum()):
            return None  # no cue before, a word after: "20 AD points", "1500 BC students"
    if match["y1"] or (match["era"] and not _BEFORE_CHRIST.fullmatch(match["era"])):
        return Reading(value=f"{year:04d}", explicit_year=True)
    return Reading(value=f"BC{year:04d}", explicit_year=True)


def _fiscal_year(match: re.Match[str]) -> Reading | None:
    """ "FY1999", "FY 2001", "FY99": a fiscal year, written as its year (TimeBank writes "fiscal 1989"
    as 1989; the fiscal calendar is the company's, unknown here)."""
    return Reading(value=match["y"] or _window_year(int(match["yy"])), explicit_year=True)


def _numeric_short_year(match: re.Match[str]) -> Reading | None:
    """A US numeric date with a two-digit year ("3/4/98", "12/31/99"): month first, the year in
    1930–2029 as "the '80s" reads."""
    return _ymd(_window_year(int(match["yy"])), int(match["mo"]), int(match["d"]))


def _half(match: re.Match[str]) -> Reading | None:
    """ "the first half of 1998", "the second half of last year" (never a bare "the first half": in
    sports it is the first half of a match)."""
    half = 1 if match["o"].lower() == "first" else 2
    if match["y"]:
        return Reading(value=f"{match['y']}-H{half}", explicit_year=True)
    return Reading(half=half, year_offset=_YEAR_OFFSETS[match["r"].lower()])


ABSOLUTE_RULES: tuple[Rule, ...] = (
    rule("weekday-date", rf"(?P<wd>{WEEKDAY})\s?,?\s+(?P<m>{MONTH})\s+(?P<d>{DAY})(?:\s?,?\s+(?P<y>{YEAR}))?", _weekday_date),
    rule("weekday-date", rf"(?P<wd>{WEEKDAY})\s?,?\s+(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:\s?,?\s+(?P<y>{YEAR}))?", _weekday_date),
    rule("month-day", rf"(?P<m>{MONTH})\s+(?P<d>{DAY})(?:\s?,?\s+(?P<y>{YEAR}))?", _month_day),
    rule("day-month", rf"(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:\s?,?\s+(?P<y>{YEAR}))?", _month_day),
    rule("ymd", rf"(?P<y>{YEAR})([./-])(?P<mo>0?[1-9]|1[0-2])\2(?P<d>3[01]|[12]\d|0?[1-9])(?:[ T](?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))?", _numeric),
    rule("mdy", rf"(?P<mo>0?[1-9]|1[0-2])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>{YEAR})", _numeric),
    rule("mdy-short", r"(?P<mo>0?[1-9]|1[0-2])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<yy>\d\d)(?![/\d])", _numeric_short_year, needs=("/",)),
    rule("dmy", rf"(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<mo>0?[1-9]|1[0-2])\.(?P<y>{YEAR})", _numeric),
    rule("month-year", rf"(?P<m>{MONTH})\s?,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|['’](?P<yy>\d\d)(?![\d'’]|s\b))", _month_year),
    rule("month", rf"(?P<m>{MONTH})", _month_alone, flags=0),
    rule("era-year", r"A\.?D\.?\s+(?P<y1>\d{1,4})|(?P<y2>\d{1,4})\s+(?P<era>A\.D\.|AD|B\.C\.(?:E\.)?|BCE?|C\.E\.)|(?P<y3>\d{1,4})(?=\s*(?:to|-|–|and)\s*\d{1,4}\s+(?:B\.C\.|BCE?)(?!\w))", _era_year, flags=0),
    rule("fiscal-year", rf"FY[\s-]?(?:(?P<y>{YEAR})|(?P<yy>\d\d))", _fiscal_year, flags=0, needs=("fy",)),
    rule("year", rf"(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<y>{YEAR})", _year),
    rule("year-range-end", rf"(?<={YEAR}[-–])(?P<yy>\d\d)(?![-–/.:]?\d)", _range_end),
    rule("decade", r"(?:the\s+)?(?P<c>1[5-9]|20)(?P<d>\d)0'?s", _decade),
    rule("short-decade", r"(?:the\s+)?['’](?P<d>[2-9])0s", _short_decade),
    rule("short-year", r"['’](?P<yy>\d\d)(?![\d'’]|s\b)", _short_year),
    rule("century", rf"(?:the\s+)?(?P<n>{_ORDINAL})[\s-]+century", _century, needs=("century",)),
    rule("season", rf"(?:the\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR}))?", _season),
    rule("quarter", rf"(?:(?P<pr>this|last|next)\s+year['’]s\s+|the\s+(?P<py>{YEAR})\s+|the\s+(?P<ya>year-(?:earlier|ago)\s+)|the\s+)?(?:fiscal[\s-]+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<r>this|last|next|the)\s+year\b))?", _quarter, needs=("quarter",)),
    rule("year-quarter", rf"the\s+(?P<y>{YEAR})\s+(?:quarter|period)\b", _year, needs=("quarter", "period")),
    rule("mid", rf"(?:the\s+)?(?P<part>mid|early|late)-(?:(?P<m>{MONTH})|(?P<d>(?:1[5-9]|20)\d0'?s)|(?P<y>{YEAR}))", _mid),
    rule("holiday", rf"(?:(?P<s>(?i:last|next|this|past|coming))\s+)?(?P<h>{_HOLIDAY})(?:\s?,?\s+(?:of\s+)?(?P<y>{YEAR}))?", _holiday, flags=0, needs=("christmas", "new year", "valentine", "halloween", " day", "thanksgiving", "easter", "good friday", "fourth")),
    rule("spoken-year", r"(?P<c>nineteen|eighteen)\s+(?P<r>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)", _spoken_year, needs=("nineteen", "eighteen")),
    rule("spoken-2000s", r"the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<r>(?:twenty|thirty|forty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?", _spoken_millennium_year, needs=("two thousand",)),
    rule("spoken-decade", r"the\s+(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", _spoken_decade, needs=("ties",)),
    rule("half", rf"(?:the\s+)?(?P<o>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{YEAR})|(?P<r>this|last|next|the)\s+year\b)", _half, needs=("half",)),
)  # fmt: skip
