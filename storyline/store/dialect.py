"""How the store's SQLite SQL reads on PostgreSQL: database URLs, `?` placeholders, upserts, quoted names.

The store writes its queries once, in SQLite's dialect; `to_postgres` translates the few things
PostgreSQL spells differently (a tested token rewrite, string literals and quoted names left alone):
`?` → `%s` (and a literal `%` → `%%`), `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`, `BEGIN IMMEDIATE`
→ `BEGIN`, and the column name `end` (reserved in PostgreSQL) → `"end"` wherever it does not close a CASE.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

SCHEMES = ("postgresql://", "postgres://")
_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|\w+|\?|%|\s+|.""", re.DOTALL)
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_BEGIN = re.compile(r"^\s*BEGIN\s+IMMEDIATE\s*$", re.IGNORECASE)


def is_url(target: str | Path) -> bool:
    """True when `target` names a PostgreSQL database (`postgresql://user@host/db`), not a file."""
    return str(target).startswith(SCHEMES) or _collapsed(str(target))


def url_of(target: str | Path) -> str:
    """The URL in `target`, with the `//` that a `pathlib.Path` collapses to `/` put back."""
    text = str(target)
    if _collapsed(text):
        scheme, rest = text.split(":/", 1)
        return f"{scheme}://{rest}"
    return text


def _collapsed(text: str) -> bool:
    return text.startswith(("postgresql:/", "postgres:/")) and not text.startswith(SCHEMES)


@lru_cache(maxsize=4096)
def to_postgres(sql: str) -> str:
    """`sql` written for SQLite, as PostgreSQL reads it (placeholders `%s`, for psycopg)."""
    if _BEGIN.match(sql):
        return "BEGIN"
    ignore = _OR_IGNORE.search(sql) is not None
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql)
    out: list[str] = []
    cases = 0
    previous = ""
    for token in _TOKEN.findall(sql):
        word = token.casefold()
        if token == "?":
            token = "%s"
        elif token == "%":
            token = "%%"
        elif token.startswith("'"):
            token = token.replace("%", "%%")
        elif word == "case":
            cases += 1
        elif word == "end" and cases:
            cases -= 1
        elif word == "end" and previous != ".":
            token = '"end"'
        if not token.isspace():
            previous = token
        out.append(token)
    text = "".join(_alias_subqueries(_nulls_first(out)))
    return f"{text.rstrip().rstrip(';')} ON CONFLICT DO NOTHING" if ignore else text


def _alias_subqueries(tokens: list[str]) -> list[str]:
    """`FROM (SELECT …)` gets the alias PostgreSQL 15 requires (`AS _subquery_N`) when it has none."""
    out = list(tokens)
    words = [i for i, t in enumerate(out) if not t.isspace()]
    for n, i in enumerate(words[:-1]):
        if out[i].casefold() != "from" or out[words[n + 1]] != "(":
            continue
        close = _closing(out, words[n + 1])
        after = next((t for t in out[close + 1 :] if not t.isspace()), "")
        if close and not (
            after.casefold() == "as" or (after[:1].isalpha() and after.casefold() not in _CLAUSES)
        ):
            out[close] = f") AS _subquery_{n}"
    return out


_CLAUSES = {
    "where",
    "group",
    "order",
    "limit",
    "offset",
    "join",
    "left",
    "inner",
    "cross",
    "union",
    "on",
    "having",
}


_ENDS = {"limit", "offset", ";", "union", "except", "intersect", "window", "for"}


def _nulls_first(tokens: list[str]) -> list[str]:
    """NULL sorts before every value in SQLite, after every value in PostgreSQL: each ORDER BY term and
    each indexed column gets SQLite's order (`NULLS FIRST`, or `DESC NULLS LAST`)."""
    out = list(tokens)
    words = [i for i, t in enumerate(out) if not t.isspace()]
    for n, i in enumerate(words[:-1]):
        ordered = out[i].casefold() == "order" and out[words[n + 1]].casefold() == "by"
        indexed = out[i].casefold() == "on" and _in_create_index(out, i) and out[words[n + 2]] == "("
        if ordered:
            _mark_terms(out, words, n + 2, inside=False)
        elif indexed:
            _mark_terms(out, words, n + 3, inside=True)
    return out


def _in_create_index(tokens: list[str], at: int) -> bool:
    head = [t.casefold() for t in tokens[:at] if not t.isspace()]
    return len(head) >= 3 and head[0] == "create" and "index" in head[1:3] + head[1:4]


def _mark_terms(out: list[str], words: list[int], first: int, *, inside: bool) -> None:
    """Append the NULL order to each comma-separated term from `words[first]` to the clause's end."""
    depth, last, seen_nulls = 0, None, False
    for i in words[first:]:
        token = out[i].casefold()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        ends = depth < 0 or (depth == 0 and token in _ENDS)
        if (depth == 0 and token == ",") or ends:
            if last is not None and not seen_nulls:
                out[last] += " NULLS LAST" if out[last].casefold() == "desc" else " NULLS FIRST"
            last, seen_nulls = None, False
            if ends:
                return
            continue
        seen_nulls = seen_nulls or token == "nulls"
        last = i
    if last is not None and not seen_nulls:
        out[last] += " NULLS LAST" if out[last].casefold() == "desc" else " NULLS FIRST"


def _closing(tokens: list[str], opening: int) -> int:
    """The index of the `)` that closes the `(` at `opening` (0 when unbalanced)."""
    depth = 0
    for i in range(opening, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[i], 0)
        if depth == 0:
            return i
    return 0


def ddl_to_postgres(sql: str) -> str:
    """SQLite table definitions as PostgreSQL ones: 8-byte floats, bytea, byte-order ("C") text, rowid tables.

    Text columns compare by code point as in SQLite whatever the database's locale; `WITHOUT ROWID`
    has no meaning there.
    """
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql)
    sql = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)
    sql = re.sub(r"\)\s*WITHOUT ROWID", ")", sql)
    return to_postgres(sql).replace("%%", "%")
