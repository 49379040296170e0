"""storyline: turn a pile of news articles into a sourced story (timeline, quotes, who is who)."""

__version__ = "0.1.0"
