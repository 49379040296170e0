"""The export contract: every format carries the same records and the JSON form validates."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from storyline.errors import InputError
from storyline.model import Correction, make_id
from storyline.store import Store, open_store
from storyline.store.export import ITEMS, KINDS, build_export, export_corpus, export_schema
from tests.store.corpus import analyses, document_a, links


@pytest.fixture()
def store() -> Store:
    store = open_store(":memory:")
    for analysis in analyses():
        store.save_analysis(analysis)
    store.save_links(links())
    store.add_correction(
        Correction(
            id=make_id("correction", "merge", ["Peskov", "Песков"]),
            action="merge",
            targets=("Peskov", "Песков"),
        )
    )
    return store


def validate(export: dict[str, Any]) -> None:
    schema = export_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(export)


def test_the_schema_rejects_what_the_contract_forbids(store: Store) -> None:
    export = build_export(store)
    validate(export)
    for field, bad in [("published_from", "guess"), ("published", "30 March 2021"), ("text", None)]:
        broken = json.loads(json.dumps(export))
        broken["documents"][0][field] = bad
        with pytest.raises(jsonschema.ValidationError):
            validate(broken)
    broken = json.loads(json.dumps(export))
    broken["quotes"][0]["kind"] = "shouted"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)
    del broken["quotes"][0]["kind"]
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_json_export_follows_the_contract(store: Store) -> None:
    export = build_export(store)
    a = document_a()
    peskov, belarus, _ = links().entities
    document = next(d for d in export["documents"] if d["id"] == a.document.id)
    assert (document["published"], document["published_from"], document["text"]) == (
        "2021-03-30",
        "byline",
        a.document.text,
    )
    entity = next(e for e in export["entities"] if e["id"] == peskov.id)
    assert entity["aliases"] == ["Dmitry Peskov", "Peskov", "Песков"]
    first = entity["mentions"][0]
    assert a.document.text[first["start"] : first["end"]] == "Dmitry Peskov"
    quote = next(q for q in export["quotes"] if q["id"] == a.quotes[0].id)
    assert quote["speaker"] == peskov.id and quote["statement"] == links().statements[0].id
    assert quote["said_on"]["start"] == "2021-03-30" and quote["kind"] == "direct"
    assert a.document.text[quote["start"] : quote["end"]] == quote["text"]
    unresolved = next(q for q in export["quotes"] if q["speaker_text"] == "an official")
    assert unresolved["speaker"] is None
    statement = next(s for s in export["statements"] if s["id"] == links().statements[0].id)
    assert statement["first_reported"] == {
        "document": a.document.id,
        "published": "2021-03-30",
        "published_from": "byline",
    }
    event = export["events"][0]
    assert event["date"] == {
        "value": "2020-08-09",
        "start": "2020-08-09",
        "end": "2020-08-09",
        "granularity": "day",
        "modifier": None,
    }
    assert event["entities"] == [belarus.id] and len(event["mentions"]) == 2
    assert export["duplicates"][0]["similarity"] == 0.73
    assert export["corrections"][0]["targets"] == ["Peskov", "Песков"]
    assert len(export["reports"]) == 2


def test_json_to_stdout_file_and_folder(store: Store, tmp_path: Path) -> None:
    stream = io.StringIO()
    assert export_corpus(store, "json", None, stream=stream) == []
    validate(json.loads(stream.getvalue()))
    (folder_file,) = export_corpus(store, "json", tmp_path / "out")
    assert folder_file == tmp_path / "out" / "storyline.json"
    (named,) = export_corpus(store, "json", tmp_path / "x" / "corpus.json")
    assert (
        json.loads(named.read_text("utf-8"))
        == json.loads(folder_file.read_text("utf-8"))
        == build_export(store)
    )


def test_jsonl_files_carry_the_same_records(store: Store, tmp_path: Path) -> None:
    paths = export_corpus(store, "jsonl", tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{kind}.jsonl" for kind in KINDS)
    rebuilt: dict[str, Any] = {"version": 1}
    for kind in KINDS:
        lines = (tmp_path / f"{kind}.jsonl").read_text("utf-8").splitlines()
        rebuilt[kind] = [json.loads(line) for line in lines]
    assert rebuilt == build_export(store)
    validate(rebuilt)


def test_jsonl_to_stdout_names_the_table_on_each_line(store: Store) -> None:
    stream = io.StringIO()
    export_corpus(store, "jsonl", Path("-"), stream=stream)
    rebuilt: dict[str, Any] = {"version": 1, **{kind: [] for kind in KINDS}}
    for line in stream.getvalue().splitlines():
        record = json.loads(line)
        rebuilt[record.pop("table")].append(record)
    assert rebuilt == build_export(store)


def decode_cell(text: str, spec: dict[str, Any], defs: dict[str, Any]) -> Any:
    """A CSV cell back to its JSON value, using the type the schema gives the column."""
    if "$ref" in spec:
        spec = defs[spec["$ref"].rsplit("/", 1)[1]]
    types = spec.get("type", [])
    types = [types] if isinstance(types, str) else types
    variants = [defs[v["$ref"].rsplit("/", 1)[1]] if "$ref" in v else v for v in spec.get("anyOf", [])]
    if text == "" and (
        "null" in types or any(v.get("type") == "null" for v in variants) or "string" not in types
    ):
        return None
    if "string" in types or any(v.get("type") == "string" for v in variants) or "enum" in spec:
        return text
    return json.loads(text)


def test_csv_files_carry_the_same_records(store: Store, tmp_path: Path) -> None:
    export_corpus(store, "csv", tmp_path)
    schema = export_schema()
    defs = schema["$defs"]
    rebuilt: dict[str, Any] = {"version": 1}
    for kind in KINDS:
        properties = defs[ITEMS[kind]]["properties"]
        with (tmp_path / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        rebuilt[kind] = [{c: decode_cell(v, properties[c], defs) for c, v in row.items()} for row in rows]
    assert rebuilt == build_export(store)
    validate(rebuilt)


def test_csv_to_stdout_asks_for_a_folder(store: Store) -> None:
    with pytest.raises(InputError) as error:
        export_corpus(store, "csv", None, stream=io.StringIO())
    assert error.value.hint == "give --out DIR"


def test_an_empty_store_exports_empty_tables(tmp_path: Path) -> None:
    empty = open_store(":memory:")
    validate(build_export(empty))
    export_corpus(empty, "csv", tmp_path)
    header = (tmp_path / "quotes.csv").read_text("utf-8").splitlines()
    assert header[0].startswith("id,document,speaker,")


def test_every_exported_field_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "export.md").read_text("utf-8")
    defs = export_schema()["$defs"]
    for kind, item in ITEMS.items():
        assert f"`{kind}`" in docs, kind
        for field in defs[item]["properties"]:
            assert f"`{field}`" in docs, (kind, field)
    for field in ("value", "start", "end", "granularity", "modifier"):
        assert f"`{field}`" in docs


def test_records_carry_exactly_the_schema_fields(store: Store) -> None:
    export = build_export(store)
    defs = export_schema()["$defs"]
    for kind, item in ITEMS.items():
        assert export[kind], kind
        for record in export[kind]:
            assert list(record) == list(defs[item]["properties"]), kind
