"""Issue 9, failure 6: output for people and pipes — flat sheets, Excel, TSV, --limit/--sort, rates."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from rich.progress import Progress
from typer.testing import CliRunner

import storyline.cli.commands  # noqa: F401  (registers every command)
from storyline.cli.base import app
from storyline.cli.ingest import DocumentsPerSecond
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store
from storyline.store.export import build_export, export_schema
from tests.conftest import BENCH_DATA
from tests.store.corpus import analyses, links

runner = CliRunner()
BOX = set("─│┃━┏┓┗┛┡┩╇╭╮╰╯└┘┌┐├┤┼")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    with open_store(path) as store:
        for analysis in analyses():
            store.save_analysis(analysis)
        store.save_links(links())
    return path


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_has_flat_human_sheets(db: Path, tmp_path: Path) -> None:
    invoke("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "out"))
    quotes = read_csv(tmp_path / "out" / "sheet_quotes.csv")
    peskov = [q for q in quotes if q["speaker"] == "Dmitry Peskov"]
    assert peskov, quotes  # the speaker's name, not an entity id
    first = peskov[0]
    assert first["outlet"] == "Gazeta" and first["published"] == "2021-03-30"
    assert first["url"] == "https://example.org/a" and first["said_on"] and first["text"]
    assert not any(cell.startswith(("[", "{")) for q in quotes for cell in q.values())  # no JSON cells
    events = read_csv(tmp_path / "out" / "sheet_events.csv")
    assert {"date", "summary", "outlets"} <= set(events[0])
    assert any(e["outlets"] == "Gazeta; RIA Novosti" for e in events)


def test_excel_csv_has_a_bom_and_keeps_cyrillic(db: Path, tmp_path: Path) -> None:
    invoke("export", "--db", str(db), "--format", "csv", "--excel", "--out", str(tmp_path / "out"))
    raw = (tmp_path / "out" / "sheet_entities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    entities = read_csv(tmp_path / "out" / "sheet_entities.csv", "utf-8-sig")
    assert any("Песков" in e["also_written_as"] for e in entities)
    assert (tmp_path / "out" / "quotes.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_excel_csv_never_writes_a_formula(tmp_path: Path) -> None:
    from storyline.store.sheets import Sheet, write_sheet_csv

    path = tmp_path / "s.csv"
    write_sheet_csv(path, Sheet("s", ("text",), [("=HYPERLINK(1)",), ("plain",)]), excel=True)
    assert [r["text"] for r in read_csv(path, "utf-8-sig")] == ["'=HYPERLINK(1)", "plain"]


def test_xlsx_workbook(db: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    invoke("export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "kb.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "kb.xlsx", read_only=True)
    assert book.sheetnames == ["quotes", "events", "entities"]
    header, *rows = list(book["quotes"].iter_rows(values_only=True))
    assert header[:5] == ("speaker", "speaker_as_written", "said_on", "published", "outlet")
    assert any(row[0] == "Dmitry Peskov" and row[4] == "Gazeta" for row in rows)


def test_csv_and_xlsx_need_an_out_folder(db: Path) -> None:
    for fmt in ("csv", "xlsx"):
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt])
        assert result.exit_code != 0 and "--out" in str(result.exception.hint)  # type: ignore[union-attr]


def test_weekend_values_validate_against_the_schema(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        export = build_export(store)
    weekend = {"value": "2009-W18-WE", "start": "2009-05-02", "end": "2009-05-03", "granularity": "week"}
    export["events"][0]["date"] = {**weekend, "modifier": None}
    export["quotes"][0]["said_on"] = {**weekend, "value": "2009-05-02TMO", "granularity": "day"}
    jsonschema.Draft202012Validator(export_schema()).validate(export)
    export["events"][0]["date"]["value"] = "2009-W18-XX"
    assert not jsonschema.Draft202012Validator(export_schema()).is_valid(export)


@pytest.mark.slow
def test_an_export_of_real_bench_articles_validates(tmp_path: Path) -> None:
    """Timeline17 articles with "weekend" in them (2009-W18-WE and the like), dated by their folder."""
    root = BENCH_DATA / "timeline17"
    picked = [
        "H1N1_bbc/InputDocs/2009-05-01/136.htm.txt",
        "H1N1_bbc/InputDocs/2009-05-06/675.htm.txt",
        "bpoil_guardian/InputDocs/2010-07-30/394.htm.txt",
        "SyrianCrisis_bbc/InputDocs/2011-06-14/163.htm.txt",
    ]
    if not all((root / name).is_file() for name in picked):
        pytest.skip("../shared/bench/timeline17 is absent")
    for name in picked:
        target = tmp_path / "docs" / name.replace("/InputDocs/", "_")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(root / name, target)
    with open_store(tmp_path / "kb.db") as store:
        assert ingest_paths([str(tmp_path / "docs")], store, Settings()).added == len(picked)
        export = build_export(store)
    errors = list(jsonschema.Draft202012Validator(export_schema()).iter_errors(export))
    assert errors == [], [e.message for e in errors[:5]]
    assert '-WE"' in json.dumps(export)  # the sample does exercise weekend values


def test_tables_limit_sort_and_formats(db: Path) -> None:
    rows = json.loads(invoke("timeline", "--db", str(db), "--format", "json"))
    assert len(rows) == 2
    latest = json.loads(invoke("timeline", "--db", str(db), "--sort", "-date", "--limit", "1", "-f", "json"))
    assert [r["date"]["value"] for r in latest] == ["2021-06"]
    tsv = invoke("entities", "--db", str(db), "--format", "tsv", "--sort", "name", "-n", "2").splitlines()
    assert tsv[0].split("\t")[:3] == ["name", "type", "aliases"] and len(tsv) == 3
    assert [line.split("\t")[0] for line in tsv[1:]] == sorted(line.split("\t")[0] for line in tsv[1:])
    quotes = json.loads(invoke("quotes", "--db", str(db), "--sort", "repeats", "-f", "json"))
    assert [q["repeats"] for q in quotes] == sorted(q["repeats"] for q in quotes)


def test_tables_in_a_pipe_are_plain_lines(db: Path) -> None:
    for command in ("timeline", "quotes", "entities"):
        output = invoke(command, "--db", str(db))  # CliRunner's stdout is not a terminal
        assert not BOX & set(output), output
        lines = output.splitlines()
        assert "\t" in lines[0] and all(line.count("\t") == lines[0].count("\t") for line in lines)
    table = invoke("timeline", "--db", str(db), "--format", "table")
    assert BOX & set(table)  # asked for explicitly, the table is drawn


def test_dates_in_table_cells_stay_one_line(db: Path) -> None:
    with open_store(db) as store:
        corpus = links()
        entry = dataclasses.replace(corpus.timeline[0], summary="two\nlines\tand a tab")
        store.save_links(dataclasses.replace(corpus, timeline=(entry, *corpus.timeline[1:])))
    output = invoke("timeline", "--db", str(db), "-f", "tsv")
    assert "two lines and a tab" in output and len(output.splitlines()) == 3


def test_the_progress_rate_is_the_true_rate() -> None:
    """A batch of 16 documents done together after 10 s is 1.6 documents/s, not a burst rate."""
    now = [0.0]
    progress = Progress(get_time=lambda: now[0])
    task = progress.add_task("analysing", total=16)
    progress.reset(task, total=16)
    for done in range(1, 17):
        now[0] = 10.0 + done * 0.001
        progress.update(task, completed=done)
    rendered = DocumentsPerSecond().render(progress.tasks[0]).plain
    assert rendered.strip() == "1.6 docs/s"
    assert (progress.tasks[0].speed or 0) > 100  # what the bar showed before: the burst


def test_dates_in_a_pipe_are_plain_lines(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("On Wednesday he said the talks in mid-April went well.", "utf-8")
    lines = invoke("dates", "--anchor", "2021-04-28", str(text)).splitlines()
    assert lines[0].startswith("span\ttext\t") and not BOX & set("".join(lines))
    assert any("\tmid-April\tDATE\t2021-04\t" in line for line in lines)
