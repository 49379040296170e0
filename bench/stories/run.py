"""Every stories benchmark in one command: Timeline17 summaries, story clusters, copies; writes stories.md.

Runs bench/stories/t17.py (storyline brief with the product defaults next to PubCount and MentionCount,
every Timeline17 gold timeline), bench/stories/tune.py with --cv (the 2-fold cross-validation by topic,
the headline figure; without --cv the last CV result, kept in bench/stories/cv.json, is shown),
bench/stories/clusters.py (Timeline17 and ECB+ next to TF-IDF + agglomerative) and bench/stories/copies.py
(labelled pairs, then speed and memory at 1k and 10k documents), and writes bench/results/stories.md.
Run: STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.stories.run [--cv] [--skip SECTION,...]
(sections: t17, clusters, copies; `--skip speed` leaves the 10k run out of copies). Each section's
lines are also kept in --parts (default /tmp/storyline-stories-parts), and a skipped section is taken
from there, so sections can run in separate processes and be assembled.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.machine import machine_line
from bench.stories import clusters, copies, t17, tune
from bench.stories.corpus import t17_topics
from bench.stories.report import CLUSTERS, COPIES, SPEED, T17_AFTER, T17_BEFORE

HERE = Path(__file__).resolve().parent
RESULTS = HERE.parent / "results" / "stories.md"
CV = HERE / "cv.json"


def t17_section(cv: bool, analyses: str) -> list[str]:
    topics = t17_topics()
    results = t17.run(topics)
    if cv:
        means, notes = tune.cross_validate(topics)
        run = {"means": means, "notes": notes, "on": machine_line(), "analyses": analyses}
        CV.write_text(json.dumps(run, indent=1) + "\n")
    kept = json.loads(CV.read_text("utf-8")) if CV.exists() else None
    table = t17.table(results).splitlines()
    if kept is not None:
        row = " | ".join(f"{kept['means'][k]:.3f}" for k in t17.KEYS)
        label = f"storyline brief, 2-fold CV by topic (held-out; the headline; {kept['analyses']})"
        table.insert(2, f"| **{label}** | 19 | {row} |")
        table[3] = table[3].replace("| storyline |", f"| storyline brief, product defaults ({analyses}) |")
    published = [
        "| news-tls DATEWISE (published, Gholipour Ghalandari & Ifrim 2020) | 19 | 0.544 "
        "| | | | | 0.120 | 0.035 |",
        "| news-tls CLUST (published) | 19 | 0.407 | | | | | 0.082 | 0.020 |",
    ]
    cv_notes = [f"- CV run: {kept['on']}; " + "; ".join(kept["notes"][:2]) + "."] if kept else []
    return [
        *T17_BEFORE,
        *table,
        *published,
        "",
        *cv_notes,
        *T17_AFTER,
        "",
        "Per timeline (date F1 / align R1 / align R2, product defaults):",
        "",
        t17.per_timeline(results),
    ]


def clusters_section() -> list[str]:
    return [*CLUSTERS[0], *clusters.HEADER, *clusters.t17_rows(), *clusters.ecb_rows(), "", *CLUSTERS[1]]


def copies_section(speed: bool) -> list[str]:
    counts, documents, skipped = copies.quality()
    lines = [
        *COPIES[0],
        f"Pool: {documents:,} documents; same-topic pairs left out as real copies: {skipped}.",
        "",
    ]
    lines += [*copies.quality_table(counts), "", *COPIES[1]]
    if speed:
        lines += ["", *SPEED[0], *copies.speed_table(), "", *SPEED[1]]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="re-run the cross-validation")
    parser.add_argument("--analyses", default="analyses of this run", help="which code made the analyses")
    parser.add_argument("--skip", default="", help="comma-separated sections to leave out")
    parser.add_argument("--parts", default="/tmp/storyline-stories-parts", help="where sections are kept")
    args = parser.parse_args()
    skip, kept = set(args.skip.split(",")), Path(args.parts)
    kept.mkdir(parents=True, exist_ok=True)
    sections = {
        "t17": lambda: t17_section(args.cv, args.analyses),
        "clusters": clusters_section,
        "copies": lambda: copies_section("speed" not in skip),
    }
    parts = ["## Stories: timeline summaries, story clusters, copies (issue 12)", ""]
    for name, build in sections.items():
        path = kept / f"{name}.md"
        if name not in skip:
            path.write_text("\n".join([f"Measured on {machine_line()}.", "", *build()]) + "\n", "utf-8")
        if path.exists():
            parts += [*path.read_text("utf-8").splitlines(), ""]
    RESULTS.write_text("\n".join(parts).rstrip() + "\n", "utf-8")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
