"""Post anchors: the day each post of a live blog was written, read from the post's own stamp.

A live blog is filed under one day (its first, usually) and runs on for hours or days; each post opens
its own line with a stamp ("( Update 10:15 p.m. in Cairo , 3:15 p.m. ET )", "( Update 6:20 a.m. Friday
in Cairo , 11:20 p.m. Thursday ET )", "10.38 am CDT :", "2159 :", "Friday 11 February 2011 14.02 GMT",
or a clock alone on its line: "2:25 p.m.", as in the wires' "The Latest").
Relative dates and weekdays inside a post are resolved from the post's day, not from the publication
day. Each post's day records where it came from (`Post.rule`, stored as the `anchor_rule` of the
expressions it anchors) and how sure that is (`POST_CONFIDENCE`):
- "post-date": the stamp writes the date;
- "post-weekday": the stamp names a weekday: the nearest such day from one day before the publication
  to five after (a blog is filed under its first day, or the day before it starts);
- "post-order": a bare clock: the day of the nearest stamp that has one (or the blog's first day),
  plus or minus the midnights the clocks cross in the posts' order (newest first or oldest first, as
  the clocks say); a midnight is crossed where the clock goes back to a morning hour after at most
  NIGHT_HOURS ("11:45 p.m." then "12:30 a.m."; a page of stories "updated at 5:19 p.m." and "10:18
  a.m." crosses none: the order alone does not tell a night from a list);
- "post-text": no stamp names a day and the blog names the weekday after its filing day at least
  TEXT_SHIFT_MIN times and twice as often as the filing day's: the blog runs on that next day.
- "text-day": a text with no stamps at all (an article, not a blog) that names the weekday after its
  filing day so (TEXT_SHIFT_MIN times, twice as often as the filing day's) and says no "today",
  "yesterday", "tonight" or "tomorrow" (wire style, which names days by their weekday) is the next
  day's text filed a day early (a folder dated the 21st holding "Allen said Thursday" of the 22nd): one
  post, the whole text, on that day. Only that weekday changes meaning (six days back → the next
  day); the other weekdays of the week before resolve as from the filing day.
Bare clocks count as stamps only in a blog (MIN_POSTS stamps or more); a stamp naming a day counts
alone. The stamp is evidence of when the post was written, not the date of what it reports.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from storyline.extract.time.lexicon import MONTHS, WEEKDAYS

MIN_POSTS = 3  # bare-clock stamps that make a text a live blog
WRAP_HOURS = 6  # steps shorter than this tell the posts' order
NIGHT_HOURS = 10  # a clock going back to a morning hour crosses midnight when at most this long went by
TEXT_SHIFT_MIN = 3  # mentions of the next day's weekday that move a blog without day stamps onto it
POST_CONFIDENCE: Final = MappingProxyType(
    {"post-date": 0.95, "post-weekday": 0.9, "post-order": 0.8, "post-text": 0.6, "text-day": 0.6}
)

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CLOCK = r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?[ \t]*(?P<ampm>[ap]\.?[ \t]?m\b\.?)?"
_UPDATE = re.compile(
    r"^[ \t]*\(?[ \t]*(?:UPDATED?|Updated?)(?:[ \t]+at)?[ \t]*:?[ \t]*" + _CLOCK + r"(?P<body>[^\n]{0,90})"
)
_COLON = re.compile(
    r"^[ \t]*(?P<h>\d{1,2})[:.](?P<m>\d{2})[ \t]*(?P<ampm>[ap]\.?[ \t]?m\b\.?)?[ \t]*"
    r"(?:[A-Z]{2,4}[ \t]*)?:[ \t]"
)
_HHMM = re.compile(r"^[ \t]*(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)[ \t]*(?:GMT|BST|[A-Z]{2,4})?[ \t]*:[ \t]")
_DATED = re.compile(
    r"^[ \t]*(?P<weekday>" + _WEEKDAY + r")[ \t]*,?[ \t]*(?P<day>\d{1,2})[ \t]+(?P<month>" + _MONTH + r")"
    r"(?:[ \t]+(?P<year>\d{4}))?[ \t]*,?[ \t]*(?P<h>\d{1,2})[:.](?P<m>\d{2})\b"
)
# a clock alone on its line, with a.m. or p.m.: the stamps of "The Latest" ("2:25 p.m.\nTrump says ...")
_ALONE = re.compile(
    r"^[ \t]*(?P<h>\d{1,2})(?::(?P<m>\d{2}))?[ \t]*(?P<ampm>[ap]\.[ \t]?m\.|[ap]m)"
    r"[ \t]*(?:[A-Z]{2,4})?[ \t]*$"
)
_SECOND_CLOCK = re.compile(r",[ \t]*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?[ \t]*(?P<ampm>[ap]\.?[ \t]?m\b\.?)")
_WEEKDAY_IN = re.compile(r"\b" + _WEEKDAY + r"\b")
_DEICTIC_DAY = re.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow)\b")
_DATE_IN = re.compile(r"\b(?P<month>" + _MONTH + r")\.?[ \t]+(?P<day>\d{1,2})\b")


@dataclass(frozen=True, slots=True)
class Post:
    """One post of a live blog: its span in the text, its stamp's span, its day and where that came from."""

    start: int
    end: int
    stamp_end: int
    day: dt.date
    rule: str
    lag: int = (
        0  # -1 when the stamp's second zone is still on the day before ("1:29 a.m. in Cairo , 6:29 p.m. ET")
    )

    @property
    def earliest(self) -> dt.date:
        """The post's day in the stamp's second zone: what "today" or "tonight" may mean in it."""
        return self.day + dt.timedelta(days=self.lag)


@dataclass(frozen=True, slots=True)
class _Stamp:
    start: int
    end: int
    clock: int | None  # minutes after midnight, None when a.m. or p.m. is unknown
    day: dt.date | None
    rule: str  # "post-date" | "post-weekday" | "" (a bare clock)
    bare: bool  # a clock alone, without "Update": a stamp only in a blog
    lag: int = 0  # see Post.lag


def post_anchors(text: str, published: dt.date | None) -> tuple[Post, ...]:
    """The posts of `text` with their days, empty when it is no live blog or has no publication day."""
    if published is None:
        return ()
    stamps = _stamps(text, published)
    if len(stamps) < MIN_POSTS:
        stamps = [s for s in stamps if s.day is not None and not s.bare]
    if not stamps:
        return _text_day(text, published)
    days = _days(stamps, published, text)
    ends = [s.start for s in stamps[1:]] + [len(text)]
    posts = [
        Post(start=s.start, end=e, stamp_end=s.end, day=d, rule=r, lag=s.lag)
        for s, e, (d, r) in zip(stamps, ends, days, strict=True)
    ]
    if _newest_first(stamps) and days[0][0] != published:
        top = Post(
            start=0, end=stamps[0].start, stamp_end=0, day=days[0][0], rule=days[0][1], lag=stamps[0].lag
        )
        posts.insert(0, top)
    return tuple(posts)


def post_at(posts: tuple[Post, ...], offset: int) -> Post | None:
    """The post whose span holds `offset`, None outside every post."""
    return next((p for p in posts if p.start <= offset < p.end), None)


def _stamps(text: str, published: dt.date) -> list[_Stamp]:
    stamps: list[_Stamp] = []
    start = 0
    for line in text.split("\n"):
        stamp = _stamp(line, start, published)
        if stamp is not None:
            stamps.append(stamp)
        start += len(line) + 1
    return stamps


def _stamp(line: str, start: int, published: dt.date) -> _Stamp | None:
    dated = _DATED.match(line)
    if dated:
        day = _written_day(dated["month"], dated["day"], dated["year"], published)
        clock = _minutes(dated["h"], dated["m"], None, hours24=True)
        return _Stamp(start, start + dated.end(), clock, day, "post-date" if day else "", bare=day is None)
    update = _UPDATE.match(line)
    if update and (update["m"] or update["ampm"]):
        body = _stamp_body(update["body"])
        day, rule = _body_day(body, published)
        clock = _minutes(update["h"], update["m"], update["ampm"])
        lag = _zone_lag(clock, body)
        return _Stamp(start, start + update.start("body") + len(body), clock, day, rule, bare=False, lag=lag)
    bare = _COLON.match(line) or _HHMM.match(line) or _ALONE.match(line)
    if bare:
        clock = _minutes(bare["h"], bare["m"], bare.groupdict().get("ampm"), hours24=bare.re is _HHMM)
        return _Stamp(start, start + bare.end(), clock, None, "", bare=True)
    return None


def _stamp_body(rest: str) -> str:
    """The rest of an "Update" stamp up to the bracket that closes it (nested brackets allowed)."""
    depth = 1
    for index, char in enumerate(rest):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return rest[: index + 1]
    return rest[:40]


def _zone_lag(clock: int | None, body: str) -> int:
    """-1 when the stamp's second clock lies on the day before its first: it reads 12 hours or more
    later ("1:29 a.m. in Cairo , 6:29 p.m. ET"), or names the weekday before."""
    second = _SECOND_CLOCK.search(body)
    if clock is None or second is None:
        return 0
    other = _minutes(second["h"], second["m"], second["ampm"])
    return -1 if other is not None and other - clock >= 12 * 60 else 0


def _body_day(body: str, published: dt.date) -> tuple[dt.date | None, str]:
    written = _DATE_IN.search(body)
    if written:
        day = _written_day(written["month"], written["day"], None, published)
        if day is not None:
            return day, "post-date"
    weekday = _WEEKDAY_IN.search(body)
    if weekday:
        return _weekday_near(WEEKDAYS[weekday[0].lower()], published), "post-weekday"
    return None, ""


def _weekday_near(weekday: int, published: dt.date) -> dt.date:
    """The day of `weekday` from one day before `published` to five after it."""
    first = published - dt.timedelta(days=1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7)


def _written_day(month: str, day: str, year: str | None, published: dt.date) -> dt.date | None:
    number = MONTHS[month.lower()]
    years = [int(year)] if year else [published.year, published.year - 1, published.year + 1]
    found = []
    for candidate in years:
        try:
            found.append(dt.date(candidate, number, int(day)))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - published).days)) if found else None


def _minutes(hour: str, minute: str | None, ampm: str | None, hours24: bool = False) -> int | None:
    """Minutes after midnight; None when a.m. or p.m. is unknown ("6:09 in Cairo")."""
    h, m = int(hour), int(minute or 0)
    if h > 23 or m > 59 or (ampm and h > 12):
        return None
    if ampm:
        return (h % 12 + (12 if ampm[0].lower() == "p" else 0)) * 60 + m
    return h * 60 + m if hours24 or h >= 13 or h == 0 else None


def _newest_first(stamps: list[_Stamp]) -> bool:
    """Whether the posts run newest first: more clocks fall than rise from one stamp to the next,
    counting the steps of less than WRAP_HOURS (a jump that long may cross a midnight)."""
    clocks = [s.clock for s in stamps if s.clock is not None]
    pairs = list(itertools.pairwise(clocks))
    near = [(a, b) for a, b in pairs if abs(a - b) < WRAP_HOURS * 60] or pairs
    return sum(a > b for a, b in near) > sum(a < b for a, b in near)


def _wraps(clocks: list[int | None]) -> list[int]:
    """Midnights crossed up to each stamp, stamps taken oldest first."""
    crossed, last, out = 0, None, []
    for clock in clocks:
        if clock is not None:
            if (
                last is not None
                and clock < last
                and clock + 24 * 60 - last <= NIGHT_HOURS * 60
                and clock < 720
            ):
                crossed += 1
            last = clock
        out.append(crossed)
    return out


def _days(stamps: list[_Stamp], published: dt.date, text: str) -> list[tuple[dt.date, str]]:
    """Each stamp's day and rule (see the module doc), in text order."""
    order = list(range(len(stamps)))
    if _newest_first(stamps):
        order.reverse()
    rank = {index: position for position, index in enumerate(order)}
    wraps = dict(zip(order, _wraps([stamps[i].clock for i in order]), strict=True))
    known = [i for i in order if stamps[i].day is not None]
    first = _first_day(text, published) if not known else (published, "")
    days: list[tuple[dt.date, str]] = []
    for index, stamp in enumerate(stamps):
        if stamp.day is not None:
            days.append((stamp.day, stamp.rule))
        elif known:
            earlier = [k for k in known if rank[k] < rank[index]]
            source = earlier[-1] if earlier else known[0]
            base = stamps[source].day or published
            days.append((base + dt.timedelta(days=wraps[index] - wraps[source]), "post-order"))
        else:
            days.append((first[0] + dt.timedelta(days=wraps[index]), first[1]))
    return days


def _first_day(text: str, published: dt.date) -> tuple[dt.date, str]:
    """The day of a blog's oldest post when no stamp names one: the filing day, or the day after it
    when the blog names that day's weekday far more often ("post-text")."""
    names = [m[0].lower() for m in _WEEKDAY_IN.finditer(text)]
    today = names.count(published.strftime("%A").lower())
    after = (published + dt.timedelta(days=1)).strftime("%A").lower()
    if names.count(after) >= TEXT_SHIFT_MIN and names.count(after) > 2 * today:
        return published + dt.timedelta(days=1), "post-text"
    return published, "post-order"


def _text_day(text: str, published: dt.date) -> tuple[Post, ...]:
    """One post over a whole text without stamps that is the next day's text ("text-day", module doc)."""
    if _DEICTIC_DAY.search(text):
        return ()
    day, rule = _first_day(text, published)
    if rule != "post-text":
        return ()
    return (Post(start=0, end=len(text), stamp_end=0, day=day, rule="text-day"),)
