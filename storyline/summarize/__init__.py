"""Summaries built from stored records: the briefing printed by `storyline demo`."""
