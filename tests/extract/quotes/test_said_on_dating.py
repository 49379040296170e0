"""`said_on` only from a date that dates the saying: not a deadline, not a date inside an event noun, and
not the publication day for "Earlier, X said" / "X had said"."""

from __future__ import annotations

import pytest
from quote_helpers import Run, make_document
from spacy.language import Language

from storyline.extract.time import extract_times
from storyline.model import Quote


@pytest.fixture
def dated(run: Run, nlp: Language) -> object:
    def _dated(text: str) -> list[tuple[str | None, str]]:
        document = make_document(text, "2021-03-31")
        quotes: tuple[Quote, ...] = run(text, extract_times(document, nlp(text)), "2021-03-31")[2]
        return [(q.said_on.value if q.said_on else None, q.said_on_from) for q in quotes]

    return _dated


def test_a_deadline_in_the_content_does_not_date_the_saying(dated) -> None:  # type: ignore[no-untyped-def]
    assert dated('"We will finish the bridge by the end of June," Vang said.') == [
        ("2021-03-31", "published")
    ]


def test_a_date_inside_an_event_noun_does_not_date_the_saying(dated) -> None:  # type: ignore[no-untyped-def]
    assert dated("Solberg said after last November's election that the port would stay open.") == [
        ("2021-03-31", "published")
    ]


def test_a_date_on_the_verb_or_a_saying_noun_dates_it(dated) -> None:  # type: ignore[no-untyped-def]
    assert dated("In an interview on Tuesday, Vang said the ferry would return.") == [("2021-03-30", "text")]
    assert dated("The bridge was promised in 2019, Vang said on Monday.") == [("2021-03-29", "text")]


def test_earlier_statements_are_not_dated_on_the_publication_day(dated) -> None:  # type: ignore[no-untyped-def]
    assert dated("Earlier, Vang said the ferry would return.") == [(None, "none")]
    assert dated("Vang had said the ferry would return.") == [(None, "none")]
