"""Cleaning on Timeline17 plain text, judged by the timeline benchmark's own outlet marks (oracle.py).

Cleaner-only figures over every Timeline17 file (no parsing):
- article lines lost: raw lines of 4+ words outside the judge's comments/furniture, and how many of
  them cleaning dropped (more than half of the line's characters removed), with the reasons;
- judged furniture cut: lines of 4+ words the judge marks as furniture (mostly covered), and how many
  of them cleaning dropped;
- furniture strings left in the cleaned texts of the topics read by hand (bpoil_guardian,
  LibyaWar_reuters, bpoil_foxnews).
The timeline-entry figures come from `python -m bench.timeline.noise --per-topic 40 --json F` run
before and after (saved as numbers in bench/clean/timeline_noise.json) and are shown next to these.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from bench.timeline.oracle import noise_share, noise_spans
from storyline.clean import clean_document
from storyline.ingest import read_paths
from storyline.model import Document, RawDocument
from storyline.run.repeated import repeated_by_file, with_repeated

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "timeline17"
NOISE = Path(__file__).resolve().parent / "timeline_noise.json"
READ_TOPICS = ("bpoil_guardian", "LibyaWar_reuters", "bpoil_foxnews")
MARKS = {
    '"A version appeared"': r"A version appeared",
    '"This article was amended"': r"This article was amended",
    '"Photograph :"': r"Photograph :",
    '"Flickr group"': r"Flickr group",
    '"Follow ... on Twitter"': r"Follow [^\n]{0,60} on Twitter",
    '"Letters for publication"': r"Letters for publication",
    "the ultra-low latency advert": r"ultra-low latency",
    '"Full Article"': r"Full Article",
    "PTB -LRB-/-RRB-": r"-[LR]RB-",
    'a "CITY \\| stamp" dateline': r"\| \w{3} \w{3} \d{1,2} , \d{4}",
    'a gallery caption "May 5 : ..." opening the text': r"^(?:AP )?[A-Z][a-z]{2,8}\.? \d{1,2} : [A-Z]",
    '"Fox Forum is on Twitter"': r"Fox Forum is on Twitter",
    '"Share your photos/thoughts"': r"Share your (?:photos|thoughts)",
    'a standfirst bullet "cents"': r"(?:^|\n)cents |[a-z] cents [A-Z]",
}


def documents(topic: str) -> list[Document]:
    found: list[Document] = []
    repeated = repeated_by_file([str(DATA / topic / "InputDocs")])  # as `storyline ingest` of the folder
    for path in sorted((DATA / topic / "InputDocs").rglob("*.txt")):
        for raw in read_paths([str(path)]):
            if isinstance(raw, RawDocument):
                raw = with_repeated(raw, repeated.get(raw.source))
            document = clean_document(raw) if not hasattr(raw, "code") else raw
            if isinstance(document, Document):
                found.append(document)
    return found


def line_tallies(document: Document, tally: Counter[str], reasons: Counter[str]) -> None:
    """Add the document's article lines (kept/lost) and judged furniture lines (cut/left) to `tally`."""
    spans = noise_spans(document.raw_text, document.source)
    removed = [(s.start, s.end, s.reason) for s in document.removed]
    start = 0
    for line in document.raw_text.split("\n"):
        end = start + len(line)
        if len(line.split()) >= 4:
            kind = noise_share(spans, start, end)
            hits = [(max(0, min(end, e) - max(start, s)), r) for s, e, r in removed]
            lost = sum(h for h, _ in hits) * 2 > len(line.strip())
            if kind is None:
                tally["article"] += 1
                tally["article lost"] += lost
                if lost:
                    reasons[max(hits)[1]] += 1
            elif kind == "furniture":
                tally["furniture"] += 1
                tally["furniture cut"] += lost
        start = end + 1


def report() -> str:
    tally: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    left: dict[str, Counter[str]] = {}
    texts: dict[str, int] = {}
    for topic in sorted(p.name for p in DATA.iterdir() if (p / "InputDocs").is_dir()):
        docs = documents(topic)
        for document in docs:
            line_tallies(document, tally, reasons)
        if topic in READ_TOPICS:
            texts[topic] = len(docs)
            left[topic] = Counter(k for d in docs for k, p in MARKS.items() if re.search(p, d.text))
    lines = [
        "## Cleaning on Timeline17 plain text (every file, judged by bench/timeline/oracle.py)",
        "",
        "Command: `python -m bench.clean.run` (this part: bench/clean/t17.py).",
        "",
        f"- Article lines (4+ words, outside the judge's comments/furniture) dropped by cleaning: "
        f"**{tally['article lost']} of {tally['article']}**"
        + (f" (by reason: {_reasons(reasons)})." if reasons else "."),
        f"- Lines the judge marks as furniture that cleaning drops: {tally['furniture cut']} of "
        f"{tally['furniture']}.",
        "",
        "Cleaned texts that still hold a furniture string, whole topic folders:",
        "",
        "| string | " + " | ".join(f"{t} ({texts[t]} texts)" for t in READ_TOPICS) + " |",
        "|---|" + "---|" * len(READ_TOPICS),
    ]
    lines += [f"| {k} | " + " | ".join(str(left[t][k]) for t in READ_TOPICS) + " |" for k in MARKS]
    return "\n".join([*lines, "", *timeline_table()])


def _reasons(reasons: Counter[str]) -> str:
    return ", ".join(f"{reason} {count}" for reason, count in reasons.most_common())


def timeline_table() -> list[str]:
    """Timeline entries from furniture before and after, per topic, from the saved noise runs."""
    if not NOISE.exists():
        return []
    saved = json.loads(NOISE.read_text("utf-8"))
    before, after = saved["before"], saved["after"]
    rows = [
        "## Timeline entries from page furniture (Timeline17,"
        " `python -m bench.timeline.noise --per-topic 40`)",
        "",
        saved["note"],
        "",
        "| topic | entries before → after | from furniture before → after |",
        "|---|---|---|",
    ]
    totals = [0, 0, 0, 0]
    for topic in sorted(after):
        b, a = before[topic], after[topic]
        values = (b["entries"], a["entries"], b["noise"]["furniture"], a["noise"]["furniture"])
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        rows.append(_row(topic, *values))
    rows.append(_row(f"**all {len(after)} topics**", *totals))
    return rows


def _row(name: str, entries_b: int, entries_a: int, noise_b: int, noise_a: int) -> str:
    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}%" if whole else "-"

    return (
        f"| {name} | {entries_b} → {entries_a} | {noise_b} ({share(noise_b, entries_b)}) → "
        f"{noise_a} ({share(noise_a, entries_a)}) |"
    )
