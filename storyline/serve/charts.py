"""Bar charts drawn on the server as SVG geometry (no script): coverage by outlet, mentions over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.store.pages import MonthCount

WIDTH, HEIGHT, SERIES = 720, 160, 6


@dataclass(frozen=True, slots=True, kw_only=True)
class Bar:
    """One rectangle of a stacked bar, with the tooltip it shows."""

    x: float
    y: float
    width: float
    height: float
    series: int  # colour index (css class s0..s6)
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    """A stacked monthly bar chart: bars, the series legend and the first/last month labels."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    legend: tuple[tuple[int, str], ...]
    first: str
    last: str
    peak: int


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months: list[str] = []
    while f"{year:04d}-{month:02d}" <= last and len(months) < 600:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_chart(counts: Sequence[MonthCount]) -> Chart | None:
    """Stack the counts per month; the SERIES largest series get colours, the rest one "other" series."""
    counts = [c for c in counts if len(c.month) == 7 and c.month[4] == "-"]
    if not counts:
        return None
    totals: dict[str, int] = {}
    for c in counts:
        totals[c.label] = totals.get(c.label, 0) + c.count
    named = sorted(totals, key=lambda k: (-totals[k], k))[:SERIES]
    index = {label: i for i, label in enumerate(named)}
    months = _months(min(c.month for c in counts), max(c.month for c in counts))
    stacks: dict[str, dict[int, int]] = {m: {} for m in months}
    for c in counts:
        series = index.get(c.label, SERIES)
        stacks[c.month][series] = stacks[c.month].get(series, 0) + c.count
    peak = max(sum(s.values()) for s in stacks.values())
    step = WIDTH / len(months)
    bars = []
    for i, month in enumerate(months):
        base = float(HEIGHT)
        for series, count in sorted(stacks[month].items()):
            height = HEIGHT * count / peak
            base -= height
            label = named[series] if series < len(named) else "other"
            bars.append(
                Bar(
                    x=i * step,
                    y=base,
                    width=max(step - 1, 1),
                    height=height,
                    series=series,
                    title=f"{month} · {label}: {count}",
                )
            )
    legend = [(i, label) for i, label in enumerate(named)]
    if len(totals) > len(named):
        legend.append((SERIES, "other"))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        bars=tuple(bars),
        legend=tuple(legend),
        first=months[0],
        last=months[-1],
        peak=peak,
    )
