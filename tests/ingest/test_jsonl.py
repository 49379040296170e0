"""JSON Lines reading: one document per line; a bad line is reported with its line number."""

from __future__ import annotations

from pathlib import Path

from storyline.ingest import read_paths
from storyline.ingest.jsonl import read_jsonl
from storyline.model import RawDocument, Rejected

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_good_and_bad_lines() -> None:
    source = str(FIXTURES / "articles.jsonl")
    outcomes = {o.source.rsplit("#", 1)[1]: o for o in read_paths([source])}
    assert sorted(outcomes, key=int) == ["1", "2", "4", "5", "6", "7", "8"]  # line 3 is blank
    first = outcomes["1"]
    assert isinstance(first, RawDocument)
    assert (first.format, first.title, first.outlet, first.author) == (
        "jsonl",
        "Forestry law passes",
        "North Desk",
        "Aino Virtanen",
    )
    assert first.url == "https://north.example.com/forestry"
    assert (first.published.value, first.published.source) == ("2022-06-03", "metadata")
    second = outcomes["2"]
    assert isinstance(second, RawDocument) and second.published.value == "2022-03-04"
    last = outcomes["8"]
    assert isinstance(last, RawDocument) and last.published.value is None
    codes = {key: o.code for key, o in outcomes.items() if isinstance(o, Rejected)}
    assert codes == {"4": "E102", "5": "E101", "6": "E101", "7": "E102"}
    assert "not valid JSON" in outcomes["5"].reason  # type: ignore[union-attr]


def test_non_string_fields_are_ignored() -> None:
    [raw] = list(read_jsonl("x.jsonl", b'{"text": "Some article text.", "title": 5, "published": null}\n'))
    assert isinstance(raw, RawDocument)
    assert raw.title is None and raw.published.value is None


def test_undecodable_jsonl_file() -> None:
    [rejected] = list(read_jsonl("x.jsonl", b"\x00\x01\x02" * 50))
    assert isinstance(rejected, Rejected) and rejected.source == "x.jsonl"
