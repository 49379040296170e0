"""Imports every command module so that each registers its commands on the shared app."""

from storyline.cli import brief, dates, demo, entities, export, ingest, search, serve, stories, tables

__all__ = ["brief", "dates", "demo", "entities", "export", "ingest", "search", "serve", "stories", "tables"]
