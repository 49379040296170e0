"""Per-document extraction: sentences, entity mentions, times, quotes and events (pure, no db)."""
