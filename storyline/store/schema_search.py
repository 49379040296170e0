"""SQL of the search and browsing migration: FTS5 over quotes and events, indexes for every web filter."""


def external_fts(table: str, column: str) -> str:
    """An FTS5 index over one text column of `table`, kept in step by insert/delete/update triggers."""
    fts = f"{table}_fts"
    return f"""
CREATE VIRTUAL TABLE {fts} USING fts5 (
    {column}, content = '{table}', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {fts} (rowid, {column}) VALUES (new.rowid, new.{column});
END;
CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column});
END;
CREATE TRIGGER {fts}_update AFTER UPDATE OF {column} ON {table} BEGIN
    INSERT INTO {fts} ({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column});
    INSERT INTO {fts} (rowid, {column}) VALUES (new.rowid, new.{column});
END;
INSERT INTO {fts} ({fts}) VALUES ('rebuild');
"""


SEARCH = (
    external_fts("quotes", "text")
    + external_fts("events", "summary")
    + """
CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet, published);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document);
CREATE INDEX IF NOT EXISTS statements_said_on ON statements (said_on_start);
CREATE INDEX IF NOT EXISTS timeline_mentions_document ON timeline_mentions (document);
CREATE INDEX IF NOT EXISTS timeline_events_event ON timeline_events (event);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document, sentence)
"""
)

# Indexes the web app's grouped passes read (first reports per outlet, sub-stories, story sizes).
WEB_INDEXES = """
CREATE INDEX IF NOT EXISTS statements_first_document ON statements (first_document);
CREATE INDEX IF NOT EXISTS stories_parent ON stories (parent);
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents (story)
"""

# The statement list's order (browse_links.STATEMENT_DAY) as an index, so its first page is a read.
STATEMENT_ORDER = """
CREATE INDEX IF NOT EXISTS statements_day
    ON statements (coalesce(said_on_start, first_published, '9999'), id)
"""

# Who appears where, kept by triggers whatever writes the links (a full relink or an incremental fold):
# entity_documents counts an entity's mentions per document, entity_stats its documents and mentions, so
# "entities ranked by documents" and "documents mentioning X" are index reads at any corpus size.
ENTITY_STATS = """
CREATE TABLE entity_documents (
    entity TEXT NOT NULL,
    document TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity, document)
) WITHOUT ROWID;
CREATE INDEX entity_documents_document ON entity_documents (document, entity);
CREATE TABLE entity_stats (
    entity TEXT PRIMARY KEY,
    documents INTEGER NOT NULL,
    mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entity_stats_rank ON entity_stats (documents DESC, mentions DESC, entity);
CREATE TRIGGER entity_mentions_counted AFTER INSERT ON entity_mentions BEGIN
    INSERT INTO entity_documents (entity, document, mentions)
        SELECT new.entity, m.document, 1 FROM mentions AS m WHERE m.id = new.mention LIMIT 1
        ON CONFLICT (entity, document) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER entity_mentions_uncounted AFTER DELETE ON entity_mentions BEGIN
    UPDATE entity_documents SET mentions = mentions - 1
        WHERE entity = old.entity
        AND document = (SELECT document FROM mentions WHERE id = old.mention LIMIT 1);
    DELETE FROM entity_documents WHERE entity = old.entity AND mentions <= 0;
END;
CREATE TRIGGER entities_gone AFTER DELETE ON entities BEGIN
    DELETE FROM entity_documents WHERE entity = old.id;
END;
CREATE TRIGGER entity_documents_added AFTER INSERT ON entity_documents BEGIN
    INSERT INTO entity_stats (entity, documents, mentions) VALUES (new.entity, 1, new.mentions)
        ON CONFLICT (entity) DO UPDATE SET documents = documents + 1, mentions = mentions + new.mentions;
END;
CREATE TRIGGER entity_documents_changed AFTER UPDATE OF mentions ON entity_documents BEGIN
    UPDATE entity_stats SET mentions = mentions + new.mentions - old.mentions WHERE entity = new.entity;
END;
CREATE TRIGGER entity_documents_removed AFTER DELETE ON entity_documents BEGIN
    UPDATE entity_stats SET documents = documents - 1, mentions = mentions - old.mentions
        WHERE entity = old.entity;
    DELETE FROM entity_stats WHERE entity = old.entity AND documents <= 0;
END;
INSERT INTO entity_documents (entity, document, mentions)
    SELECT em.entity, m.document, count(*) FROM entity_mentions AS em JOIN mentions AS m ON m.id = em.mention
    GROUP BY em.entity, m.document
"""

OUTLET_INDEX = """
CREATE INDEX IF NOT EXISTS documents_outlet_id ON documents (outlet, id)
"""  # /sources counts first reports per outlet from the index alone (4x faster at 10,000 documents)
