"""`storyline timeline`, `quotes`, `entities` (+ merge/split) on a db filled with hand-built records."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline.cli.entities  # registers the commands
import storyline.cli.tables  # noqa: F401
from storyline.cli.base import app
from storyline.errors import InputError, NotFound, StoreError
from storyline.model import make_id
from storyline.store import open_store
from tests.store.corpus import analyses, links

runner = CliRunner(env={"COLUMNS": "200"})


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    corpus = links()
    peskov = corpus.entities[0]
    mezentsev = dataclasses.replace(
        peskov,
        id=make_id("entity", "Dmitry Mezentsev"),
        name="Dmitry Mezentsev",
        aliases=("Dmitry Mezentsev",),
        mentions=(),
    )
    with open_store(path) as store:
        for analysis in analyses():
            store.save_analysis(analysis)
        store.save_links(dataclasses.replace(corpus, entities=(*corpus.entities, mezentsev)))
    return path


def run(*args: str) -> tuple[int, str, BaseException | None]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output, result.exception


def test_timeline_table(db: Path) -> None:
    code, output, _ = run("timeline", "--db", str(db))
    assert code == 0, output
    assert "2020-08-09" in output and "Presidential elections were held in Belarus" in output
    assert "2: Gazeta, RIA Novosti" in output
    assert "2021-06 (planned)" in output
    assert "[bold]soon[/bold]" in output  # article text is never rich markup


def test_timeline_filters_as_json(db: Path) -> None:
    _, output, _ = run("timeline", "--db", str(db), "--since", "2021", "--json")
    (entry,) = json.loads(output)
    assert entry["date"]["value"] == "2021-06" and entry["planned"] is True
    assert entry["entity_names"] == ["Dmitry Peskov"]
    _, output, _ = run("timeline", "--db", str(db), "--source", "ria", "--entity", "belarus", "--json")
    (entry,) = json.loads(output)
    assert [r["outlet"] for r in entry["reported_by"]] == ["Gazeta", "RIA Novosti"]
    _, output, _ = run("timeline", "--db", str(db), "--until", "2020-08-08", "--json")
    assert json.loads(output) == []


def test_timeline_errors(db: Path) -> None:
    code, _, error = run("timeline", "--db", str(db), "--entity", "Atlantis")
    assert code != 0 and isinstance(error, NotFound)
    code, output, _ = run("timeline", "--db", str(db), "--since", "last week")
    assert code == 2 and "YYYY" in output  # a usage error, checked before the db is opened


def test_quotes_table(db: Path) -> None:
    code, output, _ = run("quotes", "--db", str(db))
    assert code == 0, output
    assert "Dmitry Peskov" in output and "Gazeta, 2021-03-30" in output and "There is no talk" in output
    assert "an official?" in output  # unresolved speakers show the words that name them


@pytest.mark.parametrize("name", ["Peskov", "песков", "Dmitry Peskov"])
def test_quotes_speaker_matches_every_alias(db: Path, name: str) -> None:
    _, output, _ = run("quotes", "--db", str(db), "--speaker", name, "--json")
    (statement,) = json.loads(output)
    assert statement["speaker_name"] == "Dmitry Peskov" and statement["repeats"] == 1
    assert statement["first_reported"]["published"] == "2021-03-30"
    assert [r["outlet"] for r in statement["reported_by"]] == ["Gazeta", "RIA Novosti"]


def test_quotes_by_date_and_unknown_speaker(db: Path) -> None:
    _, output, _ = run("quotes", "--db", str(db), "--since", "2021-04-01", "--until", "2021-04-30", "--json")
    (statement,) = json.loads(output)
    assert statement["said_on"] is None and statement["said_on_first_report"]["value"] == "2021-04"
    assert statement["speaker_name"] is None and statement["text"] == "Linkevičius criticised the vote"
    _, _, error = run("quotes", "--db", str(db), "--speaker", "Lukashenko")
    assert isinstance(error, NotFound) and error.hint


def test_entities_list(db: Path) -> None:
    code, output, _ = run("entities", "--db", str(db))
    assert code == 0, output
    assert "Dmitry Peskov" in output and "Peskov, Песков" in output and "Linkevičius" in output
    _, output, _ = run("entities", "--db", str(db), "--type", "PERSON", "--json")
    rows = json.loads(output)
    assert [r["name"] for r in rows] == ["Dmitry Peskov", "Linkevičius", "Dmitry Mezentsev"]
    assert (rows[0]["mentions"], rows[0]["documents"], rows[0]["quotes"]) == (3, 2, 2)


def test_entities_merge_records_a_correction(db: Path) -> None:
    code, output, _ = run("entities", "merge", "peskov", "Linkevicius", "--db", str(db), "--note", "test")
    assert code == 0, output
    assert "storyline ingest" in output and "relink" in output
    assert make_id("correction", "merge", ("Dmitry Peskov", "Linkevičius")) in output
    with open_store(db) as store:
        (correction,) = store.corrections()
    assert correction.action == "merge" and correction.targets == ("Dmitry Peskov", "Linkevičius")
    assert correction.id == make_id("correction", "merge", ("Dmitry Peskov", "Linkevičius"))
    assert correction.note == "test"


def test_merging_two_names_of_one_entity_records_nothing(db: Path) -> None:
    code, output, _ = run("entities", "merge", "Peskov", "Песков", "--db", str(db))
    assert code == 0 and "already one entity" in output
    with open_store(db) as store:
        assert store.corrections() == []


def test_entities_split_records_a_correction(db: Path) -> None:
    code, output, _ = run("entities", "--db", str(db), "split", "Песков", "Dmitry Peskov")
    assert code == 0, output
    with open_store(db) as store:
        (correction,) = store.corrections()
    assert correction.action == "split" and correction.targets == ("Песков", "Dmitry Peskov")


def test_corrections_name_real_entities(db: Path) -> None:
    _, _, error = run("entities", "merge", "Nobody", "Peskov", "--db", str(db))
    assert isinstance(error, NotFound) and error.hint and "storyline entities" in error.hint
    _, _, error = run("entities", "split", "Mezentsev", "Peskov", "--db", str(db))
    assert isinstance(error, NotFound) and error.hint and "Песков" in error.hint
    _, _, error = run("entities", "merge", "Dmitry", "Belarus", "--db", str(db))
    assert isinstance(error, InputError) and "Dmitry Mezentsev" in str(error)
    with open_store(db) as store:
        assert store.corrections() == []


def test_read_commands_need_an_existing_db(tmp_path: Path) -> None:
    for command in (["timeline"], ["quotes"], ["entities"], ["entities", "merge", "a", "b"]):
        _, _, error = run(*command, "--db", str(tmp_path / "none.db"))
        assert isinstance(error, StoreError) and error.hint and "storyline ingest" in error.hint
    assert not (tmp_path / "none.db").exists()


def test_help(db: Path) -> None:
    for command in (["timeline"], ["quotes"], ["entities"], ["entities", "merge"], ["entities", "split"]):
        code, output, _ = run(*command, "--help")
        assert code == 0 and "Usage" in output


def test_corrections_are_listed_and_undone(db: Path) -> None:
    merged = runner.invoke(app, ["entities", "merge", "Peskov", "Linkevicius", "--db", str(db)])
    assert merged.exit_code == 0, merged.output
    listed = runner.invoke(app, ["entities", "corrections", "--db", str(db), "--json"])
    (correction,) = json.loads(listed.output)
    assert correction["action"] == "merge"
    undone = runner.invoke(app, ["entities", "undo", correction["id"], "--db", str(db)])
    assert undone.exit_code == 0, undone.output
    again = runner.invoke(app, ["entities", "corrections", "--db", str(db), "--json"])
    assert json.loads(again.output) == []
    missing = runner.invoke(app, ["entities", "undo", correction["id"], "--db", str(db)])
    assert missing.exit_code != 0
