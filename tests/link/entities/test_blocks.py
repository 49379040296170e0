"""Entity blocking keys: what a mention's entity can depend on, read from its document alone."""

from __future__ import annotations

from storyline.link.entities import link_entities
from storyline.model import DocumentAnalysis
from storyline.names.keys.blocks import document_keys, entity_blocks, mention_keys
from tests.store.corpus import document_a, document_b


def _by_text(analysis: DocumentAnalysis) -> dict[str, list[str]]:
    keys = mention_keys(analysis)
    texts = {m.id: m.text for m in analysis.mentions}
    return {texts[mention]: sorted(found) for mention, found in keys.items()}


def test_persons_are_keyed_by_surname_block_and_roles_by_the_apposition() -> None:
    keys = _by_text(document_a())
    surname = [k for k in keys["Peskov"] if k.startswith("p:")]
    assert keys["Dmitry Peskov"] == [*surname, "r:kremlin spokesman"]
    assert keys["Peskov"] == ["o:peskov", *surname]  # a bare surname may be a place's name
    assert keys["Belarus"] == ["o:belarus"]


def test_spellings_in_two_scripts_share_the_surname_block() -> None:
    surname = [k for k in _by_text(document_a())["Peskov"] if k.startswith("p:")]
    assert [k for k in _by_text(document_b())["Песков"] if k.startswith("p:")] == surname
    shared = document_keys(document_a()) & document_keys(document_b())
    assert shared == {*surname, "o:belarus", "o:peskov"}


def test_an_entity_has_the_blocks_of_its_mentions() -> None:
    analyses = [document_a(), document_b()]
    keys = {m: k for a in analyses for m, k in mention_keys(a).items()}
    peskov = next(e for e in link_entities(analyses, ()) if "Peskov" in e.aliases)
    assert entity_blocks(peskov, keys) == document_keys(document_a()) - {"o:belarus"}
