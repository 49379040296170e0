"""The AQUAINT split of the time benchmark: a fixed read half and a held half that is never read."""

from __future__ import annotations

import pytest

from bench.time import categories, generalize


def test_the_halves_are_fixed_by_the_file_name() -> None:
    assert generalize.aquaint_half("APW19980807.0261") == generalize.aquaint_half("APW19980807.0261")
    halves = {generalize.aquaint_half(f"NYT1999{n:04d}.0001") for n in range(40)}
    assert halves == {"read", "held"}


def test_the_held_half_is_not_readable() -> None:
    assert "AQUAINT-held" not in generalize.READABLE
    assert "AQUAINT" not in generalize.READABLE
    with pytest.raises(ValueError, match="held out"):
        categories.report(corpus="AQUAINT-held")
