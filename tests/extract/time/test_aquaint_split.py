"""The AQUAINT split of the time benchmark: a fixed read half and a held half that is never read."""

from __future__ import annotations

import pytest

from bench.time import categories, conventions, generalize


def test_the_halves_are_fixed_by_the_file_name() -> None:
    assert generalize.aquaint_half("APW19980807.0261") == generalize.aquaint_half("APW19980807.0261")
    halves = {generalize.aquaint_half(f"NYT1999{n:04d}.0001") for n in range(40)}
    assert halves == {"read", "held"}


def test_the_held_half_is_not_readable() -> None:
    assert "AQUAINT-held" not in generalize.READABLE
    assert "AQUAINT" not in generalize.READABLE
    with pytest.raises(ValueError, match="held out"):
        categories.report(corpus="AQUAINT-held")


def test_only_the_readable_corpora_are_scored_without_record(monkeypatch: pytest.MonkeyPatch) -> None:
    assert generalize.readable_corpora("TimeBank, AQUAINT-read") == ("TimeBank", "AQUAINT-read")
    assert generalize.readable_corpora("AQUAINT-read") == ("AQUAINT-read",)
    for text in ("TimeBank,AQUAINT-held", "AQUAINT", "", "Gigaword"):
        assert generalize.readable_corpora(text) is None
    loaded: list[str] = []
    monkeypatch.setattr(generalize, "load_corpus", lambda name: loaded.append(name) or [])
    monkeypatch.setattr(generalize, "tag", lambda docs: [])
    monkeypatch.setattr(generalize, "_CACHE", ({}, {}))
    lines = generalize.report(generalize.READABLE)
    assert loaded == ["TimeBank", "AQUAINT-read"]  # the held half is not even tagged
    assert not any("held" in line for line in lines)
    with pytest.raises(SystemExit):
        monkeypatch.setattr("sys.argv", ["generalize", "--corpora", "AQUAINT-held"])
        generalize.main()
    with pytest.raises(SystemExit):
        monkeypatch.setattr("sys.argv", ["generalize", "--corpus", "AQUAINT-held"])
        generalize.main()
    assert loaded == ["TimeBank", "AQUAINT-read"]


@pytest.mark.parametrize(
    ("gold", "ours"),
    [
        ("2000-W6", "2000-W06"),  # an unpadded week
        ("1989-11-06T17", "1989-11-06T17:00"),  # a clock without its minutes
        ("1949-XX", "1949"),  # a year with an unknown month
        ("1998-WXX", "1998-W08"),  # a week the gold leaves unspecified
        ("1999-10-07", "1999-10-07TMO"),  # "Thursday morning" given as the bare day
        ("2000-01-05TEV", "2000-01-05TNI"),  # another part of the same day
    ],
)
def test_conventions_of_form_are_lenient(gold: str, ours: str) -> None:
    assert conventions.same_time(gold, ours)


@pytest.mark.parametrize(
    ("gold", "ours"),
    [("P1W", "1998-W33"), ("1988-Q3", "1988"), ("1999-10-07", "1999-10-08TMO"), ("1998-10", "1998-W42")],
)
def test_another_time_is_not_lenient(gold: str, ours: str) -> None:
    assert not conventions.same_time(gold, ours)


def test_the_breakdown_counts_values_by_gold_type_and_by_way() -> None:
    from bench.time import breakdown
    from bench.time.te3data import Timex

    gold = (Timex(0, 5, "DATE", "2000-01-01", "Today"), Timex(9, 14, "DURATION", "P2D", "2 days"))
    ours = [
        Timex(0, 5, "DATE", "2000-01-01", "Today", "publication"),
        Timex(9, 14, "DURATION", "P3D", "2 days"),
    ]
    counts = breakdown.counts([(gold, ours)])
    assert counts["DATE"] == (1, 1) and counts["DURATION"] == (1, 0)
    assert counts["publication"] == (1, 1) and counts["duration/set"] == (1, 0)
    assert breakdown.row("X", [(gold, ours)]).startswith("| X | 1: 1.00 | 0 | 1: 0.00 |")
