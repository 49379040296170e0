"""The PostgreSQL form of each migration: the same tables and views, tsvector search, plpgsql triggers.

Each migration's SQLite SQL is reused where PostgreSQL reads it (`dialect.ddl_to_postgres`); what SQLite
does with FTS5 tables and triggers is done here with stored `to_tsvector('simple', …)` side tables
under GIN indexes (no stemming, like FTS5's unicode61) and trigger functions. `fold`
(storyline.store.connection.fold, a Python function on SQLite) is an IMMUTABLE SQL function built
from the same anyascii table for Latin, Greek and Cyrillic letters.
"""

from __future__ import annotations

from anyascii import anyascii

from storyline.store import sentence_bands
from storyline.store.dialect import ddl_to_postgres

_LETTERS = (*range(0xC0, 0x530), *range(0x1E00, 0x1F00))
SEARCH_CONFIG = "simple"

# the text each search index covers, per searched table (the queries use the same expressions)
INDEXED = {
    "documents": "coalesce({a}title, '') || ' ' || {a}text",
    "quotes": "{a}text",
    "events": "{a}summary",
}


def searched_text(table: str, alias: str = "") -> str:
    """The text of `table` its search index covers (columns qualified by `alias` when given)."""
    return INDEXED[table].format(a=f"{alias}." if alias else "")


def tsvector(table: str, alias: str = "") -> str:
    """The tsvector of a row of `table` (what `<table>_fts.vector` stores)."""
    return f"to_tsvector('{SEARCH_CONFIG}', {searched_text(table, alias)})"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fold_function() -> str:
    """`fold(text)` in SQL: anyascii's transliteration of each letter, lower case, non-alphanumerics → " "."""
    singles = {chr(c): anyascii(chr(c)) for c in _LETTERS}
    multi = {c: a for c, a in singles.items() if len(a) > 1 and a.isalnum()}
    single = {c: a for c, a in singles.items() if len(a) == 1 and a.isalnum()}
    body = "$1"
    for char, ascii_form in multi.items():
        body = f"replace({body}, {_literal(char)}, {_literal(ascii_form)})"
    body = f"translate({body}, {_literal(''.join(single))}, {_literal(''.join(single.values()))})"
    return (
        "CREATE FUNCTION fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "RETURNS NULL ON NULL INPUT "
        f"AS $fold$ SELECT trim(regexp_replace(lower({body}), '[^0-9a-z]+', ' ', 'g')) $fold$;\n"
        "CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "AS $instr$ SELECT strpos($1, $2) $instr$;\n"
    )


def portable(sql: str) -> str:
    """The statements of a SQLite migration that PostgreSQL can run (no FTS5 tables, no triggers)."""
    from storyline.store.migrations import split_statements

    kept = [
        s
        for s in split_statements(sql)
        if not s.upper().startswith(("CREATE VIRTUAL TABLE", "CREATE TRIGGER"))
        and "_fts" not in s.split("(")[0]
    ]
    return "".join(ddl_to_postgres(s).rstrip(";") + ";\n" for s in kept)


KEYS = {"documents": ("id",), "quotes": ("document", "ord"), "events": ("document", "ord")}
_KEY_TYPES = {"id": 'TEXT COLLATE "C"', "document": 'TEXT COLLATE "C"', "ord": "INTEGER"}
_WATCHED = {"documents": "title, text", "quotes": "text", "events": "summary"}


def search_tables(*tables: str) -> str:
    """`<table>_fts`: the stored tsvector of each row of `table` under a GIN index, kept by a trigger
    (what FTS5's external-content table is on SQLite), filled from the rows already there."""
    return "".join(_search_table(t) + search_fill(t) for t in tables)


def _search_table(table: str) -> str:
    keys = ", ".join(KEYS[table])
    columns = ", ".join(f"{k} {_KEY_TYPES[k]}" for k in KEYS[table])
    new = ", ".join(f"NEW.{k}" for k in KEYS[table])
    vector = f"to_tsvector('{SEARCH_CONFIG}', {searched_text(table, 'NEW')})"
    return (
        f"CREATE TABLE {table}_fts ({columns}, vector tsvector NOT NULL, PRIMARY KEY ({keys}), "
        f"FOREIGN KEY ({keys}) REFERENCES {table} ({keys}) ON DELETE CASCADE);\n"
        f"CREATE INDEX {table}_fts_vector ON {table}_fts USING gin (vector);\n"
    ) + _trigger(
        f"{table}_fts_sync",
        f"INSERT OR UPDATE OF {_WATCHED[table]}",
        table,
        f"INSERT INTO {table}_fts ({keys}, vector) VALUES ({new}, {vector}) "
        f"ON CONFLICT ({keys}) DO UPDATE SET vector = excluded.vector;",
    )


def search_fill(table: str) -> str:
    """Fill `<table>_fts` for rows it lacks (rows copied with triggers off, as bench/store does)."""
    keys = ", ".join(KEYS[table])
    return (
        f"INSERT INTO {table}_fts ({keys}, vector) SELECT {keys}, {tsvector(table)} FROM {table} "
        "ON CONFLICT DO NOTHING;\n"
    )


PUBLISHED_FROM = """
ALTER TABLE documents DROP CONSTRAINT documents_published_from_check;
ALTER TABLE documents ADD CONSTRAINT documents_published_from_check
    CHECK (published_from IN ('metadata', 'path', 'byline', 'text', 'inferred', 'none'));
"""

# insertion order for the tables read "oldest first" (SQLite's rowid); a duplicate inserted without
# its `ord` gets the next one, as SQLite gives an INTEGER PRIMARY KEY (max + 1)
ROWIDS = """
ALTER TABLE corrections ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE runs ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE FUNCTION duplicates_next_ord() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN
    IF NEW.ord IS NULL THEN SELECT coalesce(max(ord), 0) + 1 INTO NEW.ord FROM duplicates; END IF;
    RETURN NEW;
END $body$;
CREATE TRIGGER duplicates_next_ord BEFORE INSERT ON duplicates
    FOR EACH ROW EXECUTE FUNCTION duplicates_next_ord();
"""


def _trigger(name: str, event: str, table: str, body: str) -> str:
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $body$ BEGIN {body} RETURN NULL; END $body$;\n"
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}();\n"
    )


ENTITY_STATS_TRIGGERS = (
    _trigger(
        "entity_mentions_counted",
        "INSERT",
        "entity_mentions",
        "INSERT INTO entity_documents AS d (entity, document, mentions) "
        "SELECT NEW.entity, m.document, 1 FROM mentions AS m WHERE m.id = NEW.mention LIMIT 1 "
        "ON CONFLICT (entity, document) DO UPDATE SET mentions = d.mentions + 1;",
    )
    + _trigger(
        "entity_mentions_uncounted",
        "DELETE",
        "entity_mentions",
        "UPDATE entity_documents SET mentions = mentions - 1 WHERE entity = OLD.entity "
        "AND document = (SELECT document FROM mentions WHERE id = OLD.mention LIMIT 1); "
        "DELETE FROM entity_documents WHERE entity = OLD.entity AND mentions <= 0;",
    )
    + _trigger("entities_gone", "DELETE", "entities", "DELETE FROM entity_documents WHERE entity = OLD.id;")
    + _trigger(
        "entity_documents_added",
        "INSERT",
        "entity_documents",
        "INSERT INTO entity_stats AS s (entity, documents, mentions) VALUES (NEW.entity, 1, NEW.mentions) "
        "ON CONFLICT (entity) DO UPDATE "
        "SET documents = s.documents + 1, mentions = s.mentions + NEW.mentions;",
    )
    + _trigger(
        "entity_documents_changed",
        "UPDATE OF mentions",
        "entity_documents",
        "UPDATE entity_stats SET mentions = mentions + NEW.mentions - OLD.mentions "
        "WHERE entity = NEW.entity;",
    )
    + _trigger(
        "entity_documents_removed",
        "DELETE",
        "entity_documents",
        "UPDATE entity_stats SET documents = documents - 1, mentions = mentions - OLD.mentions "
        "WHERE entity = OLD.entity; DELETE FROM entity_stats WHERE entity = OLD.entity AND documents <= 0;",
    )
)

STATEMENT_ORDER = """
CREATE INDEX IF NOT EXISTS statements_day
    ON statements ((coalesce(said_on_start, first_published, '9999')) NULLS FIRST, id NULLS FIRST);
"""


def postgres_sql(name: str, sql: str) -> str:
    """The PostgreSQL script of the migration `name` whose SQLite SQL is `sql`."""
    if name == "0001_core":
        return fold_function() + portable(sql) + ROWIDS
    if name == "0002_fts":
        return search_tables("documents")
    if name == "0004_published_from_path":
        return PUBLISHED_FROM
    if name == "0006_search_fts":
        return search_tables("quotes", "events") + portable(sql)
    if name == "0009_entity_stats":
        tables, fill = sql.rsplit("INSERT INTO entity_documents", 1)  # the triggers count what is filled
        return portable(tables) + ENTITY_STATS_TRIGGERS + portable("INSERT INTO entity_documents" + fill)
    if name == "0012_statement_order":
        return STATEMENT_ORDER
    if name == sentence_bands.NAME:
        return portable(sql) + sentence_bands.POSTGRES_STEPS
    return portable(sql)
