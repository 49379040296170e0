"""A faster stand-in for spaCy's AttributeRuler that writes exactly the same attributes, by table look-up.

The English pipelines' `attribute_ruler` (tag map, morph rules, exceptions: ~180 token patterns) runs
spaCy's Matcher over every token, which costs about an eighth of a whole parse. The patterns only test
a few attributes of one or two tokens, so `AttributeTable` decides each distinct row of those attributes
once (looking only at the patterns indexed under one of its values), remembers the answer, and writes
the result with one `Doc.from_array`. The semantics are spaCy's: every pattern is matched against the
attributes as they were before the component ran, and the matches are applied in the order the patterns
were added (a later one overrides an earlier one). A ruler with a pattern outside what the table reads
(operators, other attributes or predicates) is left to spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

COMPONENT = "attribute_ruler"
FACTORY = "storyline_attribute_table"
FEATURES = ("LOWER", "ORTH", "NORM", "LEMMA", "TAG", "POS", "DEP", "IS_SPACE")  # most selective first
ALIASES = {"TEXT": "ORTH"}
MAX_REMEMBERED = 200_000  # distinct rows remembered before the memory is emptied (bounds memory)

Row = tuple[int, ...]
Check = Callable[[Row], bool]


@dataclass(frozen=True, slots=True)
class _Test:
    """One predicate of a token pattern; `values` are what an index may file it under (None: any)."""

    column: int
    check: Check
    values: frozenset[int] | None


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: int  # the order the pattern was added in: later rules win
    tokens: tuple[tuple[_Test, ...], ...]  # one conjunction of tests per token of the pattern
    target: int  # which token of a match gets the attributes (the ruler's `index`, made positive)

    def first_matches(self, row: Row) -> bool:
        return all(test.check(row) for test in self.tokens[0])

    def matches_at(self, rows: Sequence[Row], start: int) -> bool:
        if start + len(self.tokens) > len(rows):
            return False
        return all(all(t.check(rows[start + k]) for t in tests) for k, tests in enumerate(self.tokens))


class AttributeTable:
    """Applies an AttributeRuler's patterns with a remembered answer per distinct row of attributes."""

    def __init__(self, ruler: AttributeRuler, patterns: list[_Pattern], features: list[str]) -> None:
        self.ruler, self.patterns = ruler, patterns
        self.features = [IDS[name] for name in features]
        self.writes = sorted({attr for attrs in ruler.attrs for attr in attrs})
        self._index, self._always = _index(patterns)
        self._rows: dict[Row, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = [tuple(row) for row in doc.to_array(self.features).tolist()]
        decided = [self._decide(row) for row in rows]
        rules = [single for single, _ in decided]
        for start, (_, longer) in enumerate(decided):
            for number in longer:  # rare: a pattern of two or more tokens whose first token matches
                pattern = self.patterns[number]
                if pattern.matches_at(rows, start):
                    target = start + pattern.target
                    rules[target] = tuple(sorted({*rules[target], pattern.rule}))
        if not any(rules):
            return doc
        values = doc.to_array(self.writes).tolist()
        for row_values, matched in zip(values, rules, strict=True):
            for column, value in self._merge(matched):
                row_values[column] = value
        doc.from_array(self.writes, numpy.array(values, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc

    def _decide(self, row: Row) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(rules of one-token patterns that match the row, longer patterns whose first token matches)."""
        known = self._rows.get(row)
        if known is None:
            if len(self._rows) >= MAX_REMEMBERED:
                self._rows.clear()
            numbers = set(self._always)
            for column, index in self._index.items():
                numbers.update(index.get(row[column], ()))
            matching = [self.patterns[n] for n in sorted(numbers) if self.patterns[n].first_matches(row)]
            single = tuple(sorted({p.rule for p in matching if len(p.tokens) == 1}))
            longer = tuple(n for n in sorted(numbers) if len(self.patterns[n].tokens) > 1)
            known = (single, tuple(n for n in longer if self.patterns[n].first_matches(row)))
            self._rows[row] = known
        return known

    def _merge(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) the rules write, in order: what a later rule writes replaces an earlier one's."""
        merged = self._merged.get(rules)
        if merged is None:
            attrs: dict[int, int] = {}
            for rule in rules:
                attrs.update(self.ruler.attrs[rule])
            merged = tuple((self.writes.index(attr), value) for attr, value in attrs.items())
            self._merged[rules] = merged
        return merged


def _index(patterns: list[_Pattern]) -> tuple[dict[int, dict[int, list[int]]], list[int]]:
    """Patterns filed under one value test of their first token (the most selective), or always tried."""
    index: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    always: list[int] = []
    for number, pattern in enumerate(patterns):
        filed = [t for t in pattern.tokens[0] if t.values is not None]
        if not filed:
            always.append(number)
            continue
        best = min(filed, key=lambda t: (t.column, len(t.values or ())))
        for value in best.values or ():
            index[best.column][value].append(number)
    return {column: dict(values) for column, values in index.items()}, always


def compile_ruler(ruler: AttributeRuler) -> AttributeTable | None:
    """The table for `ruler`, or None when one of its patterns needs spaCy's Matcher."""
    entries: list[Any] = ruler.patterns
    if len(ruler.attrs) != len(entries):
        return None
    used = [name for name in FEATURES if any(_names(entry) & {name} for entry in entries)]
    patterns: list[_Pattern] = []
    for rule, entry in enumerate(entries):
        index = int(entry.get("index", 0))
        for alternative in entry["patterns"]:
            tokens = [_token_tests(token, used, ruler.vocab.strings) for token in alternative]
            target = index if index >= 0 else len(alternative) + index
            if not alternative or not 0 <= target < len(alternative):
                return None
            if any(tests is None for tests in tokens):
                return None
            patterns.append(_Pattern(rule, tuple(t for t in tokens if t is not None), target))
    return AttributeTable(ruler, patterns, used)


def _names(entry: dict[str, Any]) -> set[str]:
    return {
        ALIASES.get(k.upper(), k.upper()) for alternative in entry["patterns"] for t in alternative for k in t
    }


def _token_tests(token: dict[str, Any], used: list[str], strings: StringStore) -> tuple[_Test, ...] | None:
    tests: list[_Test] = []
    for key, wanted in token.items():
        name = ALIASES.get(key.upper(), key.upper())
        if name not in used:
            return None
        test = _test(used.index(name), name, wanted, strings)
        if test is None:
            return None
        tests.append(test)
    return tuple(tests)


def _test(column: int, name: str, wanted: Any, strings: StringStore) -> _Test | None:
    """One predicate of a token pattern as spaCy's Matcher reads it, or None if it is not supported."""
    if isinstance(wanted, bool) or (isinstance(wanted, str) and not name.startswith("IS_")):
        value = int(wanted) if isinstance(wanted, bool) else strings.add(wanted)
        return _Test(column, lambda row: row[column] == value, frozenset({value}))
    if not isinstance(wanted, dict) or len(wanted) != 1 or name.startswith("IS_"):
        return None
    ((operator, argument),) = wanted.items()
    if operator in ("IN", "NOT_IN") and isinstance(argument, list):
        values = frozenset(strings.add(v) for v in argument if isinstance(v, str))
        if len(values) != len(set(argument)):
            return None
        if operator == "IN":
            return _Test(column, lambda row: row[column] in values, values)
        return _Test(column, lambda row: row[column] not in values, None)
    if operator == "REGEX" and isinstance(argument, str):
        pattern = re.compile(argument)
        return _Test(column, lambda row: pattern.search(strings[row[column]]) is not None, None)
    return None


@Language.factory(FACTORY, default_config={"patterns": []})
def make_attribute_table(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> Any:
    """An AttributeRuler holding `patterns`, applied by an AttributeTable when the table can read them."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return compile_ruler(ruler) or ruler


def speed_up_attribute_ruler(nlp: Language) -> None:
    """Put an AttributeTable in place of the pipeline's attribute_ruler: same name, same results."""
    if COMPONENT not in nlp.pipe_names or nlp.get_pipe_meta(COMPONENT).factory != "attribute_ruler":
        return
    ruler = nlp.get_pipe(COMPONENT)
    if isinstance(ruler, AttributeRuler) and compile_ruler(ruler) is not None:
        nlp.replace_pipe(COMPONENT, FACTORY, config={"patterns": ruler.patterns})
