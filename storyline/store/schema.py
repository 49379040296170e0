"""The SQL of each migration: per-document tables, link tables, runs, corrections, FTS5, views, link state.

Per-document records keep their tuple order in `ord`; spans are `start`/`end` offsets into
`documents.text`; a TimeValue is stored as `<prefix>_value/_start/_end/_granularity/_modifier`.
"""

CORE = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    format TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    author TEXT,
    url TEXT,
    language TEXT,
    published TEXT,
    published_from TEXT NOT NULL DEFAULT 'none'
        CHECK (published_from IN ('metadata', 'byline', 'text', 'inferred', 'none')),
    published_confidence REAL NOT NULL DEFAULT 0,
    published_evidence TEXT,
    text TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    offset_map TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE removed_spans (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (document, ord)
);

CREATE TABLE sentences (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (document, ord)
);

CREATE TABLE mentions (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('name', 'pronoun', 'role')),
    sentence INTEGER NOT NULL,
    refers_to TEXT,
    entity TEXT,
    PRIMARY KEY (document, ord)
);
CREATE INDEX mentions_id ON mentions (id);

CREATE TABLE timexes (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    time_value TEXT,
    time_start TEXT,
    time_end TEXT,
    time_granularity TEXT,
    time_modifier TEXT,
    anchor TEXT,
    anchor_rule TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (document, ord)
);
CREATE INDEX timexes_id ON timexes (id);

CREATE TABLE quotes (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_mention TEXT,
    speaker TEXT,
    cue_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    relay TEXT,
    said_on_value TEXT,
    said_on_start TEXT,
    said_on_end TEXT,
    said_on_granularity TEXT,
    said_on_modifier TEXT,
    said_on_from TEXT NOT NULL DEFAULT 'none' CHECK (said_on_from IN ('text', 'published', 'none')),
    fragments TEXT NOT NULL DEFAULT '[]',
    statement TEXT,
    PRIMARY KEY (document, ord)
);
CREATE INDEX quotes_id ON quotes (id);

CREATE TABLE events (
    document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    summary TEXT NOT NULL,
    timex TEXT NOT NULL,
    time_value TEXT NOT NULL,
    time_start TEXT NOT NULL,
    time_end TEXT NOT NULL,
    time_granularity TEXT NOT NULL,
    time_modifier TEXT,
    planned INTEGER NOT NULL DEFAULT 0,
    mentions TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (document, ord)
);
CREATE INDEX events_id ON events (id);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE entity_aliases (
    entity TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    PRIMARY KEY (entity, ord)
);
CREATE INDEX entity_aliases_folded ON entity_aliases (folded);
CREATE TABLE entity_mentions (
    entity TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    mention TEXT NOT NULL,
    PRIMARY KEY (entity, ord)
);
CREATE INDEX entity_mentions_mention ON entity_mentions (mention);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    speaker TEXT,
    first_document TEXT NOT NULL,
    first_published TEXT,
    first_published_from TEXT NOT NULL DEFAULT 'none',
    first_published_confidence REAL NOT NULL DEFAULT 0,
    first_published_evidence TEXT,
    said_on_value TEXT,
    said_on_start TEXT,
    said_on_end TEXT,
    said_on_granularity TEXT,
    said_on_modifier TEXT
);
CREATE INDEX statements_speaker ON statements (speaker);
CREATE TABLE statement_quotes (
    statement TEXT NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (statement, ord)
);
CREATE INDEX statement_quotes_quote ON statement_quotes (quote);

CREATE TABLE timeline (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    time_value TEXT NOT NULL,
    time_start TEXT NOT NULL,
    time_end TEXT NOT NULL,
    time_granularity TEXT NOT NULL,
    time_modifier TEXT,
    summary TEXT NOT NULL,
    summary_document TEXT NOT NULL,
    summary_start INTEGER NOT NULL,
    summary_end INTEGER NOT NULL,
    planned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timeline_time ON timeline (time_start, time_end);
CREATE TABLE timeline_events (
    entry TEXT NOT NULL REFERENCES timeline (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (entry, ord)
);
CREATE TABLE timeline_mentions (
    entry TEXT NOT NULL REFERENCES timeline (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (entry, ord)
);
CREATE TABLE timeline_entities (
    entry TEXT NOT NULL REFERENCES timeline (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (entry, ord)
);
CREATE INDEX timeline_entities_entity ON timeline_entities (entity);

CREATE TABLE duplicates (
    ord INTEGER PRIMARY KEY,
    a_document TEXT NOT NULL,
    a_start INTEGER NOT NULL,
    a_end INTEGER NOT NULL,
    b_document TEXT NOT NULL,
    b_start INTEGER NOT NULL,
    b_end INTEGER NOT NULL,
    similarity REAL NOT NULL
);

CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
    targets TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    paths TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL,
    finished_at TEXT,
    documents_added INTEGER NOT NULL DEFAULT 0,
    documents_skipped INTEGER NOT NULL DEFAULT 0,
    documents_rejected INTEGER NOT NULL DEFAULT 0,
    entities INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0,
    timeline INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE rejections (
    run TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    stage TEXT NOT NULL,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (run, ord)
)
"""

FTS = """
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')
"""

# Link-derived values for per-document records (the analyses themselves are never rewritten).
# Correlated subqueries, not GROUP BY views, so that a filtered select uses the indexes.
VIEWS = """
CREATE VIEW mention_links AS
    SELECT m.document, m.ord, m.id,
        coalesce((SELECT min(em.entity) FROM entity_mentions AS em WHERE em.mention = m.id), m.entity)
            AS entity
    FROM mentions AS m;
CREATE VIEW quote_links AS
    SELECT q.document, q.ord, q.id,
        coalesce(
            (SELECT min(em.entity) FROM entity_mentions AS em WHERE em.mention = q.speaker_mention),
            (SELECT min(em.entity) FROM mentions AS m JOIN entity_mentions AS em ON em.mention = m.refers_to
                WHERE m.id = q.speaker_mention AND m.document = q.document),
            q.speaker
        ) AS speaker,
        coalesce((SELECT min(sq.statement) FROM statement_quotes AS sq WHERE sq.quote = q.id), q.statement)
            AS statement
    FROM quotes AS q
"""

# Documents stored but not yet folded into the links: written in the same transaction as an analysis and
# cleared in the same transaction as the links, so a run that dies in between is completed by the next
# `ingest` or `relink`. Link ids changed with this migration (statements and timeline entries are named
# by their smallest member), so every document already stored is pending once. `corpus_dated` lists the
# documents whose stored analysis uses a publication date the corpus inferred (storyline/link/dating.py):
# every relink infers those again from their undated form, so the result does not depend on arrival.
LINKS_PENDING = """
CREATE TABLE links_pending (document TEXT PRIMARY KEY);
INSERT INTO links_pending (document) SELECT id FROM documents;
CREATE TABLE link_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE corpus_dated (document TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE)
"""
