"""Issue 9, failure 1: usage mistakes are one-line usage errors (exit 2), never "internal error" (exit 3)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storyline
from storyline.cli.main import run
from storyline.errors import ModelNotInstalled
from storyline.extract.nlp import check_pipeline, installed_pipelines, load_pipeline
from storyline.settings import DEFAULT_MODEL, Settings
from storyline.store import open_store
from tests.store.corpus import analyses, links

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the CLI of this checkout (not an installed storyline) in `cwd`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "storyline.cli.main", *args], capture_output=True, text=True, cwd=cwd, env=env
    )


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    with open_store(path) as store:
        for analysis in analyses():
            store.save_analysis(analysis)
        store.save_links(links())
    return path


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["timelin"], "Did you mean 'timeline'"),
        (["export", "--format", "xlsy"], "--format"),
        (["timeline", "--from", "2020"], "did you mean --since"),
        (["timeline", "--since", "2020-13"], "YYYY"),
        (["timeline", "--limit", "0"], "--limit"),
        (["timeline", "--sort", "colour"], "date, reports, summary"),
        (["ingest", "x.txt", "--processes", "0"], "--processes"),
        (["ingest", "x.txt", "--batch-size", "-1"], "--batch-size"),
        (["ingest", "x.txt", "--engine", "spark"], "engine='spark' is not one of local, dask"),
        (["ingest", "x.txt", "--scheduler", "tcp://h:1"], "add --engine dask"),
        (["ingest", "x.txt", "--warc-since", "May"], "--warc-since"),
        (["ingest", "x.txt", "--warc-lang", "english"], "--warc-lang"),
    ],
)
def test_usage_mistakes_are_one_line_exit_2(
    args: list[str], says: str, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if args[0] in ("timeline", "export"):
        args = [*args, "--db", str(db)]
    assert run(args=args) == 2
    err = capsys.readouterr().err
    assert says in err, err
    assert "internal error" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


def test_bare_storyline_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(args=[]) == 2
    captured = capsys.readouterr()
    assert "Usage" in captured.out and "ingest" in captured.out
    assert "internal error" not in captured.err + captured.out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(args=["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"storyline {storyline.__version__}"


def test_a_bug_says_please_report_and_exits_3(
    monkeypatch: pytest.MonkeyPatch, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("storyline.cli.tables.pick", broken)
    assert run(args=["timeline", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert "please report" in err and "--debug" in err and "ZeroDivisionError" in err


def test_ctrl_c_prints_one_line_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("storyline.cli.tables.pick", interrupted)
    assert run(args=["timeline", "--db", str(db)]) == 130
    err = capsys.readouterr().err
    assert err.startswith("interrupted") and len(err.strip().splitlines()) == 1


def test_an_unknown_model_is_an_error_naming_the_installed_ones(tmp_path: Path) -> None:
    with pytest.raises(ModelNotInstalled) as error:
        check_pipeline("nonexistent_model")
    assert DEFAULT_MODEL in str(error.value)
    load_pipeline.cache_clear()
    with pytest.raises(ModelNotInstalled):  # no silent fallback to another pipeline
        load_pipeline("nonexistent_model")
    assert DEFAULT_MODEL in installed_pipelines()
    (tmp_path / "a.txt").write_text("Officials met in Minsk on Monday.\n", "utf-8")
    result = cli("ingest", "a.txt", "--model", "nonexistent_model", "--db", "kb.db", "-q", cwd=tmp_path)
    assert result.returncode == 2
    assert "nonexistent_model" in result.stderr and DEFAULT_MODEL in result.stderr
    assert not (tmp_path / "kb.db").exists()


def test_settings_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.errors import ConfigError
    from storyline.settings import load_settings

    monkeypatch.setenv("STORYLINE_BATCH_SIZE", "0")
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings()
    with pytest.raises(ConfigError, match="n_process"):
        Settings().with_overrides(n_process=0)


@pytest.mark.slow
def test_the_run_records_model_and_versions(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks in Minsk\n\nOfficials from Belarus and Russia met in Minsk on Monday to discuss oil prices.\n",
        "utf-8",
    )
    result = cli("ingest", "a.txt", "--db", "kb.db", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with open_store(tmp_path / "kb.db", read_only=True) as store:
        (ran,) = store.runs()
    assert ran.model == DEFAULT_MODEL and ran.model_version == "3.7.1"
    assert ran.storyline_version == storyline.__version__
    conn = sqlite3.connect(tmp_path / "kb.db")
    assert conn.execute("SELECT model FROM runs").fetchone() == (DEFAULT_MODEL,)
