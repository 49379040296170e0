"""Imports every command module so that each registers its commands on the shared app."""

from storyline.cli import dates, demo, entities, export, ingest, search, serve, tables

__all__ = ["dates", "demo", "entities", "export", "ingest", "search", "serve", "tables"]
