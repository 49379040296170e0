"""Full-text search on PostgreSQL: FTS5 queries as tsquery, the GIN-indexed tsvector and ts_headline snippets.

`tsquery` reads the FTS5 syntax the search box documents (words, "quoted phrases", prefix*, AND / OR /
NOT, parentheses) and writes the same query for `to_tsquery('simple', …)`: a phrase is `a <-> b`, a
prefix `word:*`, `a NOT b` is `a & !b`, words side by side are ANDed. Ranking is `ts_rank`, not bm25.
"""

from __future__ import annotations

import re
import sqlite3

from storyline.errors import QueryError, StoreError
from storyline.store.schema_pg import KEYS, SEARCH_CONFIG, searched_text

_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"(?P<pstar>\*)?|(?P<paren>[()])|(?P<word>[^\s()"]+)')
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND": "&", "OR": "|", "NOT": "& !"}
HINT = 'use words, "quoted phrases", prefix* and AND / OR / NOT; quote words with punctuation'


def tsquery(fts5: str) -> str:
    """The `to_tsquery` text of the FTS5 query `fts5`; a QueryError when it has no term or is unbalanced."""
    parts: list[str] = []
    for match in _TOKEN.finditer(fts5):
        term = _term(match)
        if term in ("&", "|", "& !", ")"):
            parts.append(term)
            continue
        if not term:
            continue
        if parts and parts[-1] not in ("&", "|", "& !", "("):
            parts.append("&")  # side by side: both
        parts.append(term)
    if not any(p not in ("&", "|", "& !", "(", ")") for p in parts):
        raise QueryError(f"{fts5!r} holds no word to search for", hint=HINT)
    if "".join(parts).count("(") != "".join(parts).count(")"):
        raise QueryError(f"cannot search for {fts5!r}: unbalanced parentheses", hint=HINT)
    return " ".join(parts)


def _term(match: re.Match[str]) -> str:
    if match["paren"]:
        return match["paren"]
    if match["phrase"] is not None:
        words = _WORD.findall(match["phrase"])
        if words and match["pstar"]:
            words[-1] += ":*"
        return f"({' <-> '.join(words)})" if len(words) > 1 else "".join(words)
    word = match["word"]
    if word in _OPERATORS:
        return _OPERATORS[word]
    words = _WORD.findall(word)
    if words and word.endswith("*"):
        words[-1] += ":*"
    return f"({' <-> '.join(words)})" if len(words) > 1 else "".join(words)


def source(table: str, alias: str) -> str:
    """`table` as `alias`, joined to its stored tsvectors `f` (schema_pg.search_tables)."""
    on = " AND ".join(f"{alias}.{k} = f.{k}" for k in KEYS[table])
    return f"{table}_fts AS f JOIN {table} AS {alias} ON {on}"


def matching() -> str:
    """The WHERE condition: the stored tsvector matches the tsquery parameter (a GIN index read)."""
    return f"f.vector @@ to_tsquery('{SEARCH_CONFIG}', ?)"


def rank() -> str:
    return f"ts_rank(f.vector, to_tsquery('{SEARCH_CONFIG}', ?))"


def headline(table: str, alias: str, marks: tuple[str, str], words: int) -> str:
    """A ts_headline snippet of `alias`'s searched text, matched terms between `marks`."""
    text = searched_text(table, alias) if table != "documents" else f"{alias}.text"
    options = f"StartSel={marks[0]}, StopSel={marks[1]}, MaxWords={words}, MinWords={max(words // 2, 1)}"
    return f"ts_headline('{SEARCH_CONFIG}', {text}, to_tsquery('{SEARCH_CONFIG}', ?), '{options}')"


def search_documents(conn: sqlite3.Connection, query: str, limit: int) -> list[tuple[str, str]]:
    """(document id, snippet) of the documents best matching the FTS5 `query` (Store.search)."""
    terms = tsquery(query)
    sql = (
        f"SELECT d.id, {headline('documents', 'd', ('[', ']'), 12)} FROM {source('documents', 'd')} "
        f"WHERE {matching()} ORDER BY {rank()} DESC, d.id LIMIT ?"
    )
    try:
        return [(row[0], row[1]) for row in conn.execute(sql, (terms, terms, terms, limit))]
    except sqlite3.OperationalError as error:
        raise StoreError(
            f"cannot search for {query!r}: {error}",
            hint='use words, "quoted phrases", AND / OR / NOT and prefix* (quote words with punctuation)',
        ) from error
