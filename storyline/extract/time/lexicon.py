"""Word tables of the temporal tagger: month, weekday, number, unit and season names, read-only."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from storyline.lang.en.numbers import ONES, TENS, cardinal_value

MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
        "dec": 12,
    }
)  # fmt: skip

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
        "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
        "sunday": 6, "sun": 6,
    }
)  # fmt: skip

# Number words of durations: the cardinals (storyline/lang/en/numbers.py) and the quantifiers of time
NUMBERS: Final[Mapping[str, float | str]] = MappingProxyType(
    {
        **ONES, **TENS, "hundred": 100, "a": 1, "an": 1, "a hundred": 100, "a dozen": 12, "dozen": 12,
        "half a": 0.5, "half an": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
        "a quarter of an": 0.25, "couple of": 2, "a couple of": 2, "a few": "X",
        "few": "X", "several": "X", "many": "X", "some": "X", "the past few": "X", "recent": "X",
        "the next few": "X", "the last few": "X",
    }
)  # fmt: skip

ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
        "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
        "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    }
)  # fmt: skip

SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
SEASON_MONTHS: Final = MappingProxyType({"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)})

PARTS_OF_DAY: Final = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
)

# Time zones written after a clock time ("1700 BST", "9:03 pm EST"), as a regex alternation.
TIME_ZONES: Final = (
    r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|IST|JST|KST"
    r"|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|ET|PT|CT|MT|Z|local\s+time|UK\s+time|[A-Z][a-z]+\s+time)"
)

# Plural nouns a number counts ("1500 cases"): read when there is no parse to find the counted noun.
COUNT_NOUNS: Final = frozenset(
    {
        "acres", "arrests", "barrels", "calories", "cars", "cases", "children", "civilians", "copies", "dead",
        "deaths", "delegates", "demonstrators", "dollars", "employees", "euros", "families", "feet",
        "flights",
        "hectares", "homes", "houses", "infections", "jobs", "kilometers", "kilometres", "km", "members",
        "men", "meters", "metres", "migrants", "miles", "missiles", "pages", "passengers", "patients",
        "people", "persons", "points", "pounds", "prisoners", "protesters", "pupils", "refugees", "residents",
        "rockets", "roubles", "rubles", "schools", "seats", "shares", "signatures", "soldiers", "staff",
        "students", "times", "tonnes", "tons", "troops", "units", "vehicles", "victims", "visitors", "votes",
        "women", "words", "workers", "yen",
    }
)  # fmt: skip

# Nouns after "today's" that name the present age, not the day: "today's youth", "today's world"
GENERIC_NOW_NOUNS: Final = frozenset(
    {
        "world", "society", "societies", "youth", "young", "generation", "generations", "children", "kids",
        "teens", "teenagers", "students", "families", "parents", "culture", "standards", "technology",
        "media", "era", "age", "economy", "workplace", "computers", "cars", "consumers",
    }
)  # fmt: skip

# Adjectives that make "a/an/any ADJ <weekday>" some such day, not a day of the calendar ("on a normal
# Friday", "any given Sunday"); another word there is a noun the weekday does not belong to ("came to a
# standstill Wednesday" is that Wednesday).
# A capitalised word that makes a weekday a name, not a day of the calendar: "Super Tuesday" (a
# primary day), "Black Friday", "Cyber Monday", "Bloody Sunday", "Ash Wednesday" ("Good Friday" is a
# holiday of its own, rules_absolute).
NAMED_WEEKDAY_WORDS: Final = frozenset(
    {"Good", "Super", "Black", "Cyber", "Bloody", "Ash", "Holy", "Palm", "Maundy", "Shrove", "Fat", "Easter",
     "Whit", "Giving", "Throwback", "Mega", "Manic", "Casual"}
)  # fmt: skip

# Things named after a holiday, not a day: "Christmas trees from Oregon", "Easter eggs", "Halloween
# costumes" (a holiday before one of these is no date; "Christmas shopping", "Christmas Eve" still are).
HOLIDAY_THINGS: Final = frozenset(
    {
        "tree", "trees", "card", "cards", "carol", "carols", "decoration", "decorations", "light",
        "lights", "ornament", "ornaments", "present", "presents", "gift", "gifts", "egg", "eggs",
        "bunny", "stocking", "stockings", "costume", "costumes", "candy", "song", "songs", "music",
        "movie", "movies", "film", "films", "album", "albums", "special", "specials", "pudding",
        "cake", "cakes", "turkey", "turkeys", "lily", "lilies", "bonnet", "bonnets", "basket", "baskets",
        "wreath", "wreaths", "jumper", "jumpers", "sweater", "sweaters", "spirit", "story", "stories",
    }
)  # fmt: skip

KIND_OF_DAY_ADJECTIVES: Final = frozenset(
    {
        "normal", "typical", "ordinary", "usual", "average", "regular", "given", "particular", "certain",
        "single", "recent", "quiet", "busy", "slow", "sunny", "rainy", "cold", "hot", "warm", "bright",
        "lazy", "good", "bad", "long", "late", "early", "holiday", "school", "working", "whole",
    }
)  # fmt: skip

# "overnight" as a manner, not a night (storyline/extract/time/overnight.py): verbs of a change that
# comes at once ("evaporated overnight", "cannot be solved overnight") or adjectives that doubt it
# ("unlikely to be done overnight"), negations, modals of what could be, and words that grade the manner
# ("almost overnight")
SUDDEN_CHANGE_VERBS: Final = frozenset(
    {
        "happen", "change", "disappear", "vanish", "evaporate", "transform", "become", "solve", "resolve",
        "fix", "cure", "resuscitate", "revive", "reverse", "unlikely", "impossible",
    }
)  # fmt: skip
NEGATIVE_WORDS: Final = frozenset({"not", "n't", "never", "nobody", "nothing", "no", "none", "cannot"})
POSSIBILITY_MODALS: Final = frozenset({"can", "ca", "could", "would", "might", "may", "cannot"})
MANNER_GRADERS: Final = frozenset(
    {"almost", "nearly", "virtually", "practically", "literally", "seemingly", "just", "quite", "not"}
)

# fuzzy part word -> TIMEX3 mod
PART_MODS: Final = MappingProxyType(
    {
        "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
        "start of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID",
        "late": "END", "the end of": "END", "end of": "END", "the close of": "END",
    }
)  # fmt: skip

APPROX_MODS: Final = MappingProxyType(
    {
        "about": "APPROX", "around": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
        "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
        "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS", "roughly": "APPROX", "approximately": "APPROX",
    }
)  # fmt: skip

# Holidays on a fixed day of the year (names lower-case, apostrophes and dots removed)
FIXED_HOLIDAYS: Final = MappingProxyType(
    {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
        "new years day": (1, 1), "new years eve": (12, 31), "valentines day": (2, 14), "halloween": (10, 31),
        "st patricks day": (3, 17), "saint patricks day": (3, 17), "veterans day": (11, 11),
        "armistice day": (11, 11), "fourth of july": (7, 4), "july fourth": (7, 4),
        "bastille day": (7, 14),
    }
)  # fmt: skip

# Holidays whose day moves (US federal days and Easter): month, weekday (Monday 0), nth (-1 = the last),
# or "easter" with a day offset from Easter Sunday
MOVING_HOLIDAYS: Final[Mapping[str, tuple[int, int, int] | tuple[str, int]]] = MappingProxyType(
    {
        "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
        "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "presidents day": (2, 0, 3),
        "columbus day": (10, 0, 2), "easter": ("easter", 0), "easter sunday": ("easter", 0),
        "easter day": ("easter", 0), "easter monday": ("easter", 1), "good friday": ("easter", -2),
        "election day": ("election", 0),
    }
)  # fmt: skip


def number_value(word: str) -> float | str | None:
    """The value of a number word or digits ("five" → 5, "12" → 12, "several" → "X"), else None."""
    text = word.lower().replace("-", " ").strip()
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if text in NUMBERS:
        return NUMBERS[text]
    value = cardinal_value(text)
    return value if value is not None and value < 100 else None
