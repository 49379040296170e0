"""The organisation, alias-pair and over-merge sections of bench/results/entities.md, measured when run.

Each section measures with today's code and prints the figures recorded for older commits
(bench/entities/data/recorded_baselines.json) beside them, plus a baseline computed now (exact string,
rapidfuzz). The over-merge section reads a seeded sample of merged statements and timeline entries and
counts the verdicts in bench/entities/data/overmerge_judged.tsv (judged by reading); sampled items nobody
has judged yet are counted as such, never as right.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.entities import orgpairs, orgs, overmerge
from bench.entities.corpus import available, load_topic
from storyline.names import fold_text

DATA = Path(__file__).resolve().parent / "data"
RECORDED = DATA / "recorded_baselines.json"
JUDGED = DATA / "overmerge_judged.tsv"
TOPIC = "H1N1_bbc"
SAMPLE_STATEMENTS, SAMPLE_ENTRIES = 30, 25


def _recorded(area: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RECORDED.read_text("utf-8"))
    return data[area]  # type: ignore[no-any-return]


def _exact_spellings(topic: str) -> dict[str, int]:
    """Entities an exact-string linker makes of each organisation's spellings (distinct folded texts)."""
    texts = [orgs._clean(m.text) for a in load_topic(topic) for m in a.mentions if m.kind == "name"]
    return {
        name: len({fold_text(t) for t in texts if pattern.match(t)})
        for name, pattern in orgs.VARIANTS.items()
    }


def orgs_section() -> list[str]:
    lines = ["### Organisation identity on the Timeline17 H1N1 topics (issue 10)", ""]
    if not all(available(topic) for topic in orgs.TOPICS):
        return [*lines, "skipped: ../shared/bench/timeline17 is absent", ""]
    recorded = _recorded("orgs")
    lines += [
        "Command: `STORYLINE_SHARED=/work/shared STORYLINE_PARSE_CACHE=/work/cache/parses python -m "
        "bench.entities.run` (bench/entities/orgs.py; folder dates as publication "
        "dates). A mention is a WHO / "
        "CDC spelling when its cleaned text matches the patterns in orgs.py; the figure is the number of "
        "entities those mentions form (goal 1). Exact string = one entity per folded "
        "spelling (computed now); "
        "older commits as recorded.",
        "",
        "| topic | organisation | exact string | " + " | ".join(recorded) + " | today | mentions |",
        "|---|---|---|" + "---|" * len(recorded) + "---|---|",
    ]
    for topic in orgs.TOPICS:
        today, exact = orgs.topic_figures(topic), _exact_spellings(topic)
        for name, figure in today.items():
            old = " | ".join(str(run[topic][name]) for run in recorded.values())
            lines.append(
                f"| {topic} | {name} | {exact[name]} | {old} | **{figure['entities']}** "
                f"| {figure['mentions']} |"
            )
    return [*lines, ""]


def orgpairs_section() -> list[str]:
    pairs = orgpairs.load_pairs()
    lines = [
        "### Organisation / place alias pairs (bench/entities/data/org_pairs.tsv)",
        "",
        f"{sum(p[4] for p in pairs)} same / {sum(not p[4] for p in pairs)} different "
        "pairs of names attested in "
        "Timeline17 and PolNeAR text, with the traps (Russia Today, Russia 1, US vs US "
        "State Department, a team, "
        "DNC vs RNC, Health Protection Agency vs Environmental Protection Agency). "
        "Written by the implementer "
        "after the mechanism: a development set, not held out.",
        "",
        "| matcher | precision | recall | false merges | missed |",
        "|---|---|---|---|---|",
    ]
    rows: list[tuple[str, dict[str, Any]]] = [
        ("storyline today", orgpairs.score(pairs, orgpairs.storyline_same))
    ]
    rows += [(f"storyline at {commit}", s) for commit, s in _recorded("orgpairs").items()]
    rows.append(("rapidfuzz ratio ≥ 90 (folded)", orgpairs.score(pairs, orgpairs.rapidfuzz_same)))
    for name, s in rows:
        lines.append(
            f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} "
            f"| {s['false merges']:.0f} | {s['missed']:.0f} |"
        )
    return [*lines, ""]


def _judged() -> dict[str, tuple[str, str]]:
    rows = (line.split("\t") for line in JUDGED.read_text("utf-8").splitlines() if not line.startswith("#"))
    return {row[1]: (row[2], row[3] if len(row) > 3 else "") for row in rows}


def _verdicts(kind: str, items: list[overmerge.Sampled], judged: dict[str, tuple[str, str]]) -> str:
    ours = [item_id for k, item_id, _, _ in items if k == kind]
    right = sum(1 for i in ours if judged.get(i, ("",))[0] == "right")
    wrong = [judged[i][1] for i in ours if judged.get(i, ("",))[0] == "wrong"]
    unjudged = sum(1 for i in ours if i not in judged)
    text = f"{right} of {len(ours)} right"
    text += f" ({unjudged} sampled not judged yet)" if unjudged else ""
    return text + (f"; wrong: {'; '.join(wrong)}" if wrong else "")


def overmerge_section() -> list[str]:
    lines = ["### Statement and timeline over-merge on H1N1_bbc (issue 10)", ""]
    if not available(TOPIC):
        return [*lines, "skipped: ../shared/bench/timeline17 is absent", ""]
    today = overmerge.measure(TOPIC)
    largest = today["largest statement"]
    row = {
        "merged statements": f"{today['merged statements']} of {today['statements']}",
        "largest statement": f"{largest['quotes']} quotes, {largest['documents']} documents, "  # type: ignore[index]
        f"{largest['from']} – {largest['to']}",  # type: ignore[index]
        "merged entries": f"{today['merged entries']} of {today['entries']}",
        "largest entry": f"{today['largest entry']['reports']} reports",  # type: ignore[index]
        "after their first report (statements / entries)": "{statements} / {entries}".format(
            **today["reported before"]  # type: ignore[arg-type]
        ),
    }
    items = overmerge.sampled(TOPIC, SAMPLE_STATEMENTS, SAMPLE_ENTRIES)
    judged = _judged()
    row["judged statements"] = _verdicts("statement", items, judged)
    row["judged entries"] = _verdicts("entry", items, judged)
    recorded = _recorded("overmerge")
    lines += [
        "Command: `STORYLINE_SHARED=/work/shared STORYLINE_PARSE_CACHE=/work/cache/parses python -m "
        "bench.entities.run` (bench/entities/overmerge.py; folder dates). Judged: a seeded random sample "
        f"(seed {overmerge.SEED}) of {SAMPLE_STATEMENTS} merged statements and "
        f"{SAMPLE_ENTRIES} merged timeline "
        "entries, read one by one; right = every report is the same thing said / the "
        "same event. The verdicts "
        "are in bench/entities/data/overmerge_judged.tsv; older commits as recorded.",
        "",
        "| measure | " + " | ".join(recorded) + " | today |",
        "|---|" + "---|" * len(recorded) + "---|",
    ]
    for measure, value in row.items():
        old = " | ".join(str(run.get(measure, "")) for run in recorded.values())
        lines.append(f"| {measure} | {old} | {value} |")
    return [*lines, ""]
