"""Cross-document linking: entity identity, statements, the event timeline, near-duplicates."""
