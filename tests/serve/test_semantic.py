"""Semantic search: stored sentence vectors ranked by cosine similarity, `storyline embed`,
`search --similar`, the web page and API in mode=similar. The store-level tests use hand-made unit
vectors (the ranking is plain arithmetic); the end-to-end tests use the real encoder and are skipped
where storyline[semantic] is absent."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from fastapi.testclient import TestClient

from storyline.cli.main import run
from storyline.semantic.encoder import available, unit_rows
from storyline.serve.app import create_app
from storyline.serve.context import ServeConfig
from storyline.store import open_store
from storyline.store.pages import Window
from storyline.store.search import SearchFilter
from storyline.store.vectors import (
    document_sentences,
    save_vectors,
    similar_sentences,
    stale_documents,
    vector_count,
)

needs_encoder = pytest.mark.skipif(not available(), reason="storyline[semantic] is not installed")


@pytest.fixture()
def db_copy(web_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.db"
    shutil.copy(web_db, target)
    return target


def _axis(i: int, dims: int = 8) -> np.ndarray:
    return unit_rows(np.eye(dims, dtype=np.float32)[[i]])[0]


def test_vectors_rank_by_cosine_and_respect_filters(db_copy: Path) -> None:
    with open_store(db_copy) as store:
        conn = store.conn
        todo = stale_documents(conn, "toy")
        first, second = document_sentences(conn, todo[0]), document_sentences(conn, todo[1])
        assert len(first.spans) >= 2 and len(second.spans) >= 1
        rest = [_axis(5)] * (len(first.spans) - 2)
        save_vectors(conn, "toy", first, unit_rows([_axis(0), _axis(0) + 0.5 * _axis(1), *rest]))
        save_vectors(conn, "toy", second, unit_rows([_axis(2)] * len(second.spans)))
        conn.commit()
        assert stale_documents(conn, "toy") == todo[2:] and vector_count(conn, "toy") == 2
        hits = similar_sentences(conn, _axis(0), Window(limit=10), model="toy")
        assert [(h.document, h.start) for h in hits.items] == [
            (first.document, a) for a, _ in first.spans[:2]
        ]
        assert hits.total == 2  # the orthogonal sentences are below the similarity floor
        assert (
            hits.items[0].score == pytest.approx(1.0, abs=1e-3) and hits.items[1].score < hits.items[0].score
        )
        assert hits.items[0].snippet == first.texts[0] and hits.items[0].kind == "sentences"
        nowhere = SearchFilter(outlet="no such outlet")
        assert similar_sentences(conn, _axis(0), Window(limit=10), model="toy", where=nowhere).total == 0
        second_page = similar_sentences(conn, _axis(0), Window(limit=1, offset=1), model="toy")
        assert second_page.items[0].start == first.spans[1][0]
        with pytest.raises(ValueError, match="vectors for"):
            save_vectors(conn, "toy", first, unit_rows([_axis(0)] * (len(first.spans) + 1)))


def test_vectors_for_other_spans_are_stale_and_their_hits_skipped(db_copy: Path) -> None:
    with open_store(db_copy) as store:
        conn = store.conn
        document = document_sentences(conn, stale_documents(conn, "toy")[0])
        save_vectors(conn, "toy", document, unit_rows([_axis(3)] * len(document.spans)))
        start = document.spans[0][0]
        conn.execute(
            "UPDATE sentences SET end = end - 1 WHERE document = ? AND start = ?", (document.document, start)
        )
        conn.commit()
        assert document.document in stale_documents(conn, "toy")
        found = similar_sentences(conn, _axis(3), Window(limit=50), model="toy")
        assert start not in {h.start for h in found.items} and len(found.items) == len(document.spans) - 1


def test_similar_search_without_vectors_says_to_embed_first(
    db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(args=["search", "--similar", "budget", "--db", str(db_copy)])
    message = capsys.readouterr().err
    if available():
        assert code == 2 and "E400" in message and "storyline embed" in message
    else:
        assert code == 2 and "E202" in message and "storyline[semantic]" in message  # brackets kept


@pytest.mark.skipif(available(), reason="the encoder is installed here")
def test_without_the_extra_the_page_offers_exact_search_and_the_api_says_why(
    db_copy: Path,
) -> None:
    with TestClient(create_app(ServeConfig(db=db_copy))) as client:
        page = client.get("/search", params={"q": "budget"})
        assert page.status_code == 200 and "storyline[semantic]" in page.text
        answer = client.get("/api/search", params={"q": "budget", "mode": "similar"})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "E202"


@needs_encoder
def test_embed_then_find_a_paraphrase_on_the_command_line_the_page_and_the_api(
    db_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(args=["embed", "--db", str(db_copy)]) == 0
    assert "documents encoded" in capsys.readouterr().out
    with open_store(db_copy, read_only=True) as store:
        assert stale_documents(store.conn, "all-minilm-l6-v2") == []
    assert run(args=["embed", "--db", str(db_copy)]) == 0
    assert capsys.readouterr().out.startswith("0 sentences of 0 documents")  # incremental
    query = "budget officials judged the proposal to be solid"
    assert run(args=["search", "--similar", query, "--db", str(db_copy), "--json", "--limit", "3"]) == 0
    top = capsys.readouterr().out
    assert "Budget Office" in top and '"score"' in top
    with TestClient(create_app(ServeConfig(db=db_copy))) as client:
        answer = client.get("/api/search", params={"q": query, "mode": "similar", "limit": 3}).json()
        assert any("Budget Office" in item["snippet"] for item in answer["items"])
        assert {item["kind"] for item in answer["items"]} == {"sentences"}
        page = client.get("/search", params={"q": query, "mode": "similar"})
        assert page.status_code == 200 and "similarity" in page.text and "Budget Office" in page.text
