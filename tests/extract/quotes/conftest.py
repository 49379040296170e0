"""The `run` fixture: our document through name mentions, coreference and quote extraction."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).parent))  # the helpers module next to this file

from quote_helpers import Run, make_document, name_mentions

from storyline.extract.coref import resolve_references
from storyline.extract.quotes import extract_quotes
from storyline.model import Document, Mention, Quote, TimeExpression


@pytest.fixture(scope="session")
def run(nlp: Language) -> Run:
    def _run(
        text: str,
        timexes: Sequence[TimeExpression] = (),
        published: str | None = "2021-03-30",
        attitudes: bool = False,
    ) -> tuple[Document, tuple[Mention, ...], tuple[Quote, ...]]:
        document = make_document(text, published)
        doc = nlp(text)
        mentions = resolve_references(document, doc, name_mentions(document, doc))
        return document, mentions, extract_quotes(document, doc, mentions, timexes, attitudes=attitudes)

    return _run
