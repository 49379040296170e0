"""Run the entity benchmarks and write bench/results/entities.md.

Run: `STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.entities.run [--skip-ecb] [--skip-timeline17]`.
ECB+ reads ../shared/bench/ecbplus, the organisation and over-merge sections ../shared/bench/timeline17
(skipped if absent); every section of the page is produced here (bench/entities/sections.py).
"""

from __future__ import annotations

import argparse
import platform
from pathlib import Path

from bench.entities import sections, speed, translit
from bench.machine import machine_line

RESULTS = Path(__file__).resolve().parents[1] / "results" / "entities.md"


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


def translit_section() -> list[str]:
    lines = [
        "### Transliteration pairs",
        "",
        "Development score: the development set (bench/entities/data/translit_pairs.tsv, built by "
        "make_translit.py) was built together with the matcher (storyline/names/fold.py and the given-name "
        "lexicon) and used to tune it, so its figure is optimistic. The held-out set "
        "(translit_heldout.tsv, built by make_heldout.py) holds other people, written after the matcher "
        "was frozen and not used to tune it.",
        "",
    ]
    for title, path in (("development", translit.DATA), ("held-out", translit.HELDOUT)):
        pairs = translit.load_pairs(path)
        lines += [
            f"#### {title}: {sum(p[2] for p in pairs)} same-person pairs, "
            f"{sum(not p[2] for p in pairs)} different-person pairs",
            "",
            "| matcher | precision | recall | false merges | missed |",
            "|---|---|---|---|---|",
        ]
        for name, s in translit.run(path):
            lines.append(
                f"| {name} | {s['precision']:.3f} | {s['recall']:.3f} "
                f"| {s['false_merges']:.0f} | {s['missed']:.0f} |"
            )
        lines.append("")
    return lines


def speed_section() -> list[str]:
    lines = [
        "### Linking cost per new document (20 person mentions, synthetic corpus)",
        "",
        "| corpus mentions | add() per new document | entities() over the whole corpus |",
        "|---|---|---|",
    ]
    for size, per_doc, full in speed.measure():
        lines.append(f"| {size:,} | {per_doc:.2f} ms | {full:.0f} ms |")
    return [*lines, ""]


def ecb_section() -> list[str]:
    from bench.entities import ecbplus

    if not ecbplus.DATA.is_dir():
        return ["### ECB+", "", "skipped: ../shared/bench/ecbplus is absent", ""]
    results = ecbplus.evaluate()
    counts = results.pop("_counts")
    lines = [
        "### ECB+ cross-document entity coreference (test topics 36–45)",
        "",
        f"{counts['all']['documents']:.0f} documents, {counts['all']['mentions']:.0f} gold entity mentions "
        f"({counts['named']['mentions']:.0f} overlapped by one of our name mentions). "
        "Setting: gold mentions, each mapped to the predicted name mention overlapping it most (unmatched = "
        "singleton); all topics linked as one corpus; see bench/entities/ecbplus.py.",
        "",
        "| system | subset | MUC F1 | B³ P | B³ R | B³ F1 | CEAF-e F1 | CoNLL F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for system, subsets in results.items():
        for subset, s in subsets.items():
            lines.append(
                f"| {system} | {subset} | {s['MUC']:.3f} | {s['B3 P']:.3f} | {s['B3 R']:.3f} | "
                f"{s['B3']:.3f} | {s['CEAF-e']:.3f} | {s['CoNLL']:.3f} |"
            )
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-ecb", action="store_true")
    parser.add_argument("--skip-timeline17", action="store_true", help="without the H1N1 sections")
    args = parser.parse_args()
    parts = [
        "## Entities",
        "",
        "Command: `STORYLINE_PARSE_CACHE=/work/cache/parses python -m bench.entities.run` (the whole page)",
        "",
        f"Machine: {platform.machine()}, {cpu_model()}; {machine_line()}",
        "",
    ]
    parts += translit_section() + speed_section() + ([] if args.skip_ecb else ecb_section())
    parts += sections.orgpairs_section()
    if not args.skip_timeline17:
        parts += sections.orgs_section() + sections.overmerge_section()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(parts), "utf-8")
    print("\n".join(parts))


if __name__ == "__main__":
    main()
