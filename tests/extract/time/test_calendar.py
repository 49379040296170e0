"""Property tests of the normalizer: formatted dates round-trip, intervals nest, parts narrow."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.time import times_in
from storyline.extract.time.calendar import narrow, time_value

DATES = st.dates(min_value=dt.date(1600, 1, 1), max_value=dt.date(2099, 12, 31))
FORMATS = ("%B %d, %Y", "%d %B %Y", "%Y.%m.%d", "%Y-%m-%d", "%b. %d, %Y", "%A, %B %d, %Y")


@given(day=DATES, layout=st.sampled_from(FORMATS))
def test_any_formatted_date_round_trips(day: dt.date, layout: str) -> None:
    if layout.startswith("%b.") and day.month == 5:
        layout = "%B %d, %Y"  # "May." is not an abbreviation
    text = f"The treaty was signed on {day.strftime(layout)} in the capital."
    found = times_in(text, None, None)
    assert [t.value for t in found] == [day.isoformat()]
    assert found[0].time is not None and found[0].time.start == found[0].time.end == day.isoformat()


@given(day=DATES, anchor=DATES)
def test_month_day_resolves_within_a_year_of_the_anchor(day: dt.date, anchor: dt.date) -> None:
    if (day.month, day.day) == (2, 29):
        return
    text = f"The talks were held on {day.strftime('%B')} {day.day}."
    found = times_in(text, None, anchor)
    resolved = dt.date.fromisoformat(found[0].value)
    assert (resolved.month, resolved.day) == (day.month, day.day)
    assert abs((resolved - anchor).days) <= 366


@given(
    value=st.one_of(
        DATES.map(lambda d: d.strftime("%Y-%m")),
        DATES.map(lambda d: d.strftime("%Y")),
        DATES.map(lambda d: f"{d.year}-Q{(d.month - 1) // 3 + 1}"),
        DATES.map(lambda d: f"{d.isocalendar()[0]}-W{d.isocalendar()[1]:02d}"),
    ),
    mod=st.sampled_from([None, "START", "MID", "END"]),
)
def test_parts_narrow_within_the_whole(value: str, mod: str | None) -> None:
    whole = time_value(value)
    part = time_value(value, mod)
    assert whole is not None and part is not None
    assert whole.start <= part.start <= part.end <= whole.end


def test_narrow_splits_in_thirds() -> None:
    start, end = dt.date(2021, 4, 1), dt.date(2021, 4, 30)
    assert narrow(start, end, "START") == (dt.date(2021, 4, 1), dt.date(2021, 4, 10))
    assert narrow(start, end, "MID") == (dt.date(2021, 4, 11), dt.date(2021, 4, 20))
    assert narrow(start, end, "END") == (dt.date(2021, 4, 21), dt.date(2021, 4, 30))


def test_intervals_of_each_granularity() -> None:
    assert time_value("199") is not None and (time_value("199").start, time_value("199").end) == (  # type: ignore[union-attr]
        "1990-01-01",
        "1999-12-31",
    )
    winter = time_value("2021-WI")
    assert winter is not None and (winter.start, winter.end) == ("2021-12-01", "2022-02-28")
    assert time_value("P5W") is None and time_value("XXXX-03-27") is None
