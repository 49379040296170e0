"""The analysts' web app (FastAPI + Jinja2, server-rendered) and its JSON API; see app.py."""

from storyline.serve.app import create_app
from storyline.serve.context import ServeConfig

__all__ = ["ServeConfig", "create_app"]
