"""Imports every command module so that each registers its commands on the shared app."""

from storyline.cli import dates, demo, export, ingest, tables

__all__ = ["dates", "demo", "export", "ingest", "tables"]
