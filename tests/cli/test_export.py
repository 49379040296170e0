"""`storyline export` writes the documented contract to stdout or a folder, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import storyline.cli.export  # noqa: F401  (registers the command)
from storyline.cli.base import app
from storyline.errors import InputError, StoreError
from storyline.store import open_store
from storyline.store.export import KINDS, export_schema
from tests.store.corpus import analyses, links

runner = CliRunner()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    with open_store(path) as store:
        for analysis in analyses():
            store.save_analysis(analysis)
        store.save_links(links())
    return path


def test_json_to_stdout_validates(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    export = json.loads(result.stdout)
    jsonschema.Draft202012Validator(export_schema()).validate(export)
    assert len(export["documents"]) == 2 and len(export["events"]) == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_files_in_a_folder(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    expected = ["storyline.json"] if fmt == "json" else [f"{kind}.{fmt}" for kind in KINDS]
    if fmt == "csv":  # and the flat sheets for people
        expected += ["sheet_quotes.csv", "sheet_events.csv", "sheet_entities.csv"]
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)


def test_jsonl_to_stdout_with_dash(db: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "--out", "-"])
    tables = [json.loads(line)["table"] for line in result.stdout.splitlines()]
    assert tables.count("documents") == 2 and tables.count("quotes") == 3


def test_errors(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert isinstance(result.exception, InputError)
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert isinstance(result.exception, StoreError)
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert result.exit_code == 2 and "xml" in result.output
