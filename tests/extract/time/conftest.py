"""Fixtures for the time tests: run the layer over a sentence and read back its expressions."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from storyline.extract.time import times_in
from storyline.model import TimeExpression


def run(nlp: Language | None, text: str, anchor: str | None) -> list[TimeExpression]:
    day = dt.date.fromisoformat(anchor) if anchor else None
    return times_in(text, nlp(text) if nlp is not None else None, day, today=dt.date(2026, 1, 1))


def values(nlp: Language | None, text: str, anchor: str | None) -> dict[str, str]:
    return {t.text: t.value for t in run(nlp, text, anchor)}


def one(nlp: Language | None, text: str, anchor: str | None, span: str) -> TimeExpression:
    found = [t for t in run(nlp, text, anchor) if t.text == span]
    assert found, f"{span!r} not found in {[t.text for t in run(nlp, text, anchor)]}"
    return found[0]


class Timex:
    """The helpers bound to the session pipeline: `run`, `values`, `one` (see module functions)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def run(self, text: str, anchor: str | None) -> list[TimeExpression]:
        return run(self.nlp, text, anchor)

    def values(self, text: str, anchor: str | None) -> dict[str, str]:
        return values(self.nlp, text, anchor)

    def one(self, text: str, anchor: str | None, span: str) -> TimeExpression:
        return one(self.nlp, text, anchor, span)


@pytest.fixture(scope="session")
def timex(nlp: Language) -> Timex:
    return Timex(nlp)
