"""TempEval-3 loading and scoring: gold TIMEX3 spans with plain-text offsets, and the TE3 metrics."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "tempeval3"
TEST = DATA / "Evaluation" / "te3-platinum"
TRAIN = DATA / "Training" / "TBAQ-cleaned"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str
    rule: str = ""  # storyline's expressions only: the anchor rule that reached the value


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    dct: str
    timexes: tuple[Timex, ...]


def load(path: Path) -> GoldDoc:
    """A .tml file: the plain text of its TEXT element, its DCT and its inline TIMEX3s."""
    raw = path.read_text("utf-8")
    dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    text: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for match in _TAG.finditer(body):
        chunk = _unescape(body[position : match.start()])
        text.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name, attrs = match.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            plain = "".join(text)
            timexes.append(
                Timex(
                    start,
                    length,
                    attributes.get("type", ""),
                    attributes.get("value", ""),
                    plain[start:length],
                )
            )
            open_timex = None
    text.append(_unescape(body[position:]))
    return GoldDoc(path.stem, "".join(text), dct.group(1)[:10] if dct else "", tuple(timexes))


def _unescape(chunk: str) -> str:
    return (
        chunk.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def load_split(split: str) -> list[GoldDoc]:
    """The test (platinum) or train (TimeBank + AQUAINT) documents."""
    folder = TEST if split == "test" else TRAIN
    return [load(p) for p in sorted(folder.rglob("*.tml"))]


@dataclass(frozen=True, slots=True)
class Scores:
    strict_p: float
    strict_r: float
    strict_f: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f: float
    type_acc: float
    value_acc: float
    value_f: float
    gold: int
    system: int


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def matches(gold: Sequence[Timex], system: Sequence[Timex]) -> Iterator[tuple[Timex, Timex]]:
    """(gold, system) pairs matched one-to-one by overlap, each gold expression with the first unused
    system expression it overlaps (TE3's relaxed match)."""
    used: set[int] = set()
    for g in gold:
        for index, s in enumerate(system):
            if index in used or s.end <= g.start or s.start >= g.end:
                continue
            used.add(index)
            yield g, s
            break


def score(pairs: Sequence[tuple[Sequence[Timex], Sequence[Timex]]]) -> Scores:
    """TE3 metrics over (gold, system) lists per document: relaxed = overlap, one-to-one."""
    gold_n = system_n = strict = relaxed = type_ok = value_ok = 0
    for gold, system in pairs:
        gold_n += len(gold)
        system_n += len(system)
        for g, s in matches(gold, system):
            relaxed += 1
            strict += s.start == g.start and s.end == g.end
            type_ok += s.type == g.type
            value_ok += s.value == g.value
    sp, sr = strict / max(system_n, 1), strict / max(gold_n, 1)
    rp, rr = relaxed / max(system_n, 1), relaxed / max(gold_n, 1)
    rf = _f(rp, rr)
    value_acc = value_ok / max(relaxed, 1)
    return Scores(
        sp, sr, _f(sp, sr), rp, rr, rf, type_ok / max(relaxed, 1), value_acc, rf * value_acc, gold_n, system_n
    )
