"""The pipeline's speed-ups give what spaCy gives: attribute table, lemma memory, paragraph starts."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.extract.attributes import AttributeTable, compile_ruler
from storyline.extract.lemmas import LemmaMemo
from storyline.extract.nlp import mark_paragraph_starts

WRITTEN = [POS, TAG, DEP, LEMMA, MORPH]
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "said", "TAG": "VBD"}]], "attrs": {"LEMMA": "say", "MORPH": "Tense=Past"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"POS": "PART"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"TAG": "NN", "LOWER": "news"}], [{"TAG": "VBZ"}]], "attrs": {"POS": "X"}},  # later wins
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
]
WORDS = ["The", "news", "said", "that", "it", "is", "n't", "gon", "na", "rain", "\n", "That", "says", "it"]
TAGS = ["DT", "NN", "VBD", "DT", "PRP", "VBZ", "RB", "VBG", "TO", "VB", "", "DT", "VBZ", "PRP"]
DEPS = [
    "det",
    "nsubj",
    "ROOT",
    "nsubj",
    "nsubj",
    "ccomp",
    "neg",
    "xcomp",
    "aux",
    "xcomp",
    "",
    "nsubj",
    "ROOT",
    "dobj",
]
HEADS = [1, 2, 2, 5, 5, 2, 5, 5, 9, 7, 9, 12, 12, 12]


def _doc(vocab: Vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _ruler(vocab: Vocab) -> AttributeRuler:
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(PATTERNS)  # type: ignore[arg-type]
    return ruler


def test_the_table_writes_what_the_matcher_writes() -> None:
    vocab = spacy.blank("en").vocab  # English lexical attributes: LOWER, IS_SPACE
    ruler = _ruler(vocab)
    table = compile_ruler(ruler)
    assert isinstance(table, AttributeTable)
    expected, got = ruler(_doc(vocab)), table(_doc(vocab))
    assert got.to_array(WRITTEN).tolist() == expected.to_array(WRITTEN).tolist()
    assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]
    assert [t.lemma_ for t in got][7:9] == ["go", "to"]  # the two-token pattern, both indices
    assert got[1].pos_ == "X" and got[12].pos_ == "X"  # the later rule overrides the tag map
    assert (got[2].lemma_, str(got[2].morph), got[6].pos_, got[10].tag_) == (
        "say",
        "Tense=Past",
        "PART",
        "_SP",
    )
    assert got[3].pos_ == "PRON" and got[0].pos_ == ""  # NOT_IN on DEP


def test_a_pattern_the_table_cannot_read_keeps_the_matcher() -> None:
    vocab = Vocab()
    ruler = AttributeRuler(vocab)
    ruler.add_patterns([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}}])
    assert compile_ruler(ruler) is None


def test_the_pipeline_attributes_equal_spacys_own_ruler(nlp: Language) -> None:
    table = nlp.get_pipe("attribute_ruler")
    assert isinstance(table, AttributeTable)
    text = "Gonna go, y'all? \"I ain't sure,\" she said on Monday.\n\nIt's what it is: the one that got away."
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = component(doc)
    reference = table.ruler(Doc(doc.vocab).from_bytes(doc.to_bytes()))
    fast = table(doc)
    assert fast.to_array(WRITTEN).tolist() == reference.to_array(WRITTEN).tolist()


def test_paragraph_starts_follow_line_breaks_only() -> None:
    words = ["One", "line", "\n\n", "Next", "one", " ", "same"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7)
    doc = mark_paragraph_starts(doc)
    assert [t.i for t in doc if t.is_sent_start] == [0, 3]
    assert doc.to_array(SENT_START).tolist()[5:] == [0, 0]


def test_the_lemma_memory_gives_the_lemmatizers_own_lemmas(nlp: Language) -> None:
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, LemmaMemo) and memo.lemmatizer is not None
    text = "She said the ministers were meeting; the meeting met. Gonna say it: he's saying what they said."
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "lemmatizer":
            break
        doc = component(doc)
    for _ in range(2):  # the second time from the memory
        reference = memo.lemmatizer(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        fast = memo(Doc(doc.vocab).from_bytes(doc.to_bytes()))
        assert [t.lemma_ for t in fast] == [t.lemma_ for t in reference]
    assert [t.lemma_ for t in fast][:4] == ["she", "say", "the", "minister"]
