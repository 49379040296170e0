"""`storyline dates`: JSON lines with offsets into the input, and a table by default."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from storyline.cli.commands import __all__ as command_modules  # noqa: F401  (registers every command)
from storyline.cli.main import app


def _args(*args: str) -> list[str]:
    """The `dates` command of the whole app (every command module loaded, as `storyline` runs)."""
    return ["dates", *args]


TEXT = "On Tuesday, the mayor said the bridge would open in mid-April. It took five weeks."


def test_json_lines() -> None:
    result = CliRunner().invoke(app, _args("--anchor", "2021-03-04", "--json", "-"), input=TEXT)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert {r["text"]: r["value"] for r in rows} == {
        "Tuesday": "2021-03-02",
        "mid-April": "2021-04",
        "five weeks": "P5W",
    }
    for row in rows:
        assert TEXT[row["start"] : row["end"]] == row["text"]
        assert set(row) == {
            "start",
            "end",
            "text",
            "type",
            "value",
            "start_date",
            "end_date",
            "granularity",
            "anchor",
            "anchor_rule",
            "modifier",
        }
    mid = next(r for r in rows if r["text"] == "mid-April")
    assert (mid["start_date"], mid["end_date"], mid["granularity"]) == ("2021-04-11", "2021-04-20", "month")
    assert (mid["modifier"], mid["anchor_rule"]) == ("MID", "publication")


def test_table_and_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    result = CliRunner().invoke(app, _args(str(path)))
    assert result.exit_code == 0 and "XXXX-WXX-2" in result.output


def test_bad_anchor_is_an_error() -> None:
    result = CliRunner().invoke(app, _args("--anchor", "March", "-"), input=TEXT)
    assert result.exit_code != 0


def test_without_an_anchor_the_clock_never_gives_the_year() -> None:
    """Issue 10: "Sunday 31 May" without an anchor stays yearless, whatever today's date is."""
    text = "The school will re-open on Sunday 31 May."
    result = CliRunner().invoke(app, _args("--json", "-"), input=text)
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert (row["text"], row["value"], row["start_date"]) == ("Sunday 31 May", "XXXX-05-31", None)
    table = CliRunner().invoke(app, _args("-"), input=text)
    assert "XXXX-05-31" in table.output and "2026" not in table.output
