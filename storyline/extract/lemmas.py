"""A memory in front of spaCy's rule lemmatizer: the same lemmas, each (word, POS, morphology) found once.

spaCy's rule lemmatizer caches only the words its rules inflect; base forms and proper nouns are worked
out again at every token (reading the morphology as a dict each time), and every token is a Python
object. `LemmaMemo` reads the Doc as arrays, asks the wrapped lemmatizer only about a (word, POS,
morphology) it has not seen, and writes the lemmas back with one `Doc.from_array`. A lemma depends on
nothing else in rule mode, so the result is the lemmatizer's own; other modes are left alone.

The lemmatizer's word index (`lemma_index`: the known words per part of speech, ~90,000 of them) is
kept as lists and only ever asked `form in index`, a scan of up to 57,000 words per candidate form
(0.6 ms per new word); it is turned into sets once, which answer the same.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

COMPONENT = "lemmatizer"
FACTORY = "storyline_lemma_memo"
MAX_REMEMBERED = 200_000  # distinct (word, POS, morphology) kept before the memory is emptied


class LemmaMemo:
    """Sets `Token.lemma` as the wrapped rule lemmatizer does, asking it once per distinct key."""

    def __init__(self) -> None:
        self.lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            raise RuntimeError("LemmaMemo used before a lemmatizer was wrapped")
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = [lemma for *_, lemma in rows]
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not lemmatizer.overwrite:
                continue  # set before (the attribute ruler's exceptions): the lemmatizer keeps it
            key = (orth, pos, morph)
            known = self._lemmas.get(key)
            if known is None:
                if len(self._lemmas) >= MAX_REMEMBERED:
                    self._lemmas.clear()
                known = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
                self._lemmas[key] = known
            lemmas[i] = known
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory(FACTORY)
def make_lemma_memo(nlp: Language, name: str) -> Any:
    """An empty LemmaMemo; `remember_lemmas` gives it the pipeline's lemmatizer."""
    return LemmaMemo()


def remember_lemmas(nlp: Language) -> None:
    """Put a LemmaMemo around the pipeline's rule lemmatizer: same name, same lemmas."""
    if COMPONENT not in nlp.pipe_names or nlp.get_pipe_meta(COMPONENT).factory != "lemmatizer":
        return
    lemmatizer = nlp.get_pipe(COMPONENT)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return
    _index_as_sets(lemmatizer)
    nlp.replace_pipe(COMPONENT, FACTORY)
    memo = nlp.get_pipe(COMPONENT)
    if isinstance(memo, LemmaMemo):
        memo.wrap(lemmatizer)


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """`lemma_index` lists as frozensets: rule_lemmatize only tests membership and emptiness."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
