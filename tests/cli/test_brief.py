"""`storyline brief` and `storyline stories`: the documented formats, exact counts, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline.cli.brief
import storyline.cli.stories  # noqa: F401
from storyline.cli.base import app
from storyline.errors import InputError, NotFound
from storyline.store import open_store
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


def test_json_has_exactly_the_dates_and_sentences_asked_for_each_cited(db: Path) -> None:
    result = runner.invoke(
        app, ["brief", "--db", str(db), "--format", "json", "--dates", "1", "--per-date", "1"]
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    texts = {a.document.id: a.document.text for a in analyses()}
    [day] = brief["dates"]
    [sentence] = day["sentences"]
    assert set(sentence) == {"text", "document", "start", "end"} and day["reports"] >= 1
    assert texts[sentence["document"]][sentence["start"] : sentence["end"]] == sentence["text"]
    assert len(day["date"]) == 10


def test_markdown_and_html_carry_a_footnote_per_line(db: Path) -> None:
    markdown = runner.invoke(app, ["brief", "--db", str(db)]).stdout
    assert markdown.startswith("# Timeline") and "[^1]: " in markdown and "characters" in markdown
    page = runner.invoke(app, ["brief", "--db", str(db), "--format", "html"]).stdout
    assert page.startswith("<!doctype html>") and 'href="#fn1"' in page and 'id="fn1"' in page
    assert "http" not in page.split("<body>")[0]  # self-contained: no outside stylesheet or script


def test_a_story_filter_and_bad_options_are_errors_with_hints(db: Path) -> None:
    [story] = links().stories
    result = runner.invoke(app, ["brief", "--db", str(db), "--story", story.id, "--format", "json"])
    assert json.loads(result.stdout)["story"] == story.id
    unknown = runner.invoke(app, ["brief", "--db", str(db), "--story", "story:0000000000000000"])
    assert isinstance(unknown.exception, NotFound)
    bad = runner.invoke(app, ["brief", "--db", str(db), "--format", "pdf"])
    assert isinstance(bad.exception, InputError)


def test_stories_lists_every_story_as_json_lines(db: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == links().stories[0].id and record["parent"] is None
    assert "Peskov" in runner.invoke(app, ["stories", "--db", str(db)]).stdout
