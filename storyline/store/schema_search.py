"""SQL of the search and browsing migration: FTS5 over quotes and events, indexes for every web filter."""

SEARCH = """
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, content = 'quotes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE events_fts USING fts5 (
    summary, content = 'events', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, summary) VALUES (new.rowid, new.summary);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, summary) VALUES ('delete', old.rowid, old.summary);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF summary ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, summary) VALUES ('delete', old.rowid, old.summary);
    INSERT INTO events_fts (rowid, summary) VALUES (new.rowid, new.summary);
END;
INSERT INTO events_fts (events_fts) VALUES ('rebuild');

CREATE INDEX IF NOT EXISTS documents_outlet ON documents (outlet, published);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes (document);
CREATE INDEX IF NOT EXISTS statements_said_on ON statements (said_on_start);
CREATE INDEX IF NOT EXISTS timeline_mentions_document ON timeline_mentions (document);
CREATE INDEX IF NOT EXISTS timeline_events_event ON timeline_events (event);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document, sentence)
"""
