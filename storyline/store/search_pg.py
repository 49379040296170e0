"""Full-text search on PostgreSQL: FTS5 queries as tsquery, the GIN-indexed tsvector and ts_headline snippets.

`tsquery` reads the FTS5 syntax the search box documents (words, "quoted phrases", prefix*, AND / OR /
NOT, parentheses) and writes the same query for `to_tsquery('simple', …)`: a phrase is `a <-> b`, a
prefix `word:*`, `a NOT b` is `a & !b`, words side by side are ANDed. Ranking is `ts_rank`, not bm25.
"""

from __future__ import annotations

import re
import sqlite3

from storyline.errors import QueryError, StoreError
from storyline.store.schema_pg import SEARCH_CONFIG, searched_text, tsvector

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


def matching(table: str, alias: str) -> str:
    """The WHERE condition: `alias`'s indexed tsvector matches the tsquery parameter."""
    return f"{tsvector(table, alias)} @@ to_tsquery('{SEARCH_CONFIG}', ?)"


def rank(table: str, alias: str) -> str:
    return f"ts_rank({tsvector(table, alias)}, to_tsquery('{SEARCH_CONFIG}', ?))"


def headline(table: str, alias: str, marks: tuple[str, str], words: int) -> str:
    """A ts_headline snippet of `alias`'s searched text, matched terms between `marks`."""
    text = searched_text(table, alias) if table != "documents" else f"{alias}.text"
    options = f"StartSel={marks[0]}, StopSel={marks[1]}, MaxWords={words}, MinWords={max(words // 2, 1)}"
    return f"ts_headline('{SEARCH_CONFIG}', {text}, to_tsquery('{SEARCH_CONFIG}', ?), '{options}')"


def search_documents(conn: sqlite3.Connection, query: str, limit: int) -> list[tuple[str, str]]:
    """(document id, snippet) of the documents best matching the FTS5 `query` (Store.search)."""
    terms = tsquery(query)
    sql = (
        f"SELECT d.id, {headline('documents', 'd', ('[', ']'), 12)} FROM documents AS d "
        f"WHERE {matching('documents', 'd')} "
        f"ORDER BY {rank('documents', 'd')} DESC, d.id LIMIT ?"
    )
    try:
        return [(row[0], row[1]) for row in conn.execute(sql, (terms, terms, terms, limit))]
    except sqlite3.OperationalError as error:
        raise StoreError(
            f"cannot search for {query!r}: {error}",
            hint='use words, "quoted phrases", AND / OR / NOT and prefix* (quote words with punctuation)',
        ) from error
