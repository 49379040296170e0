"""What every request needs: the app's settings, a read-only connection, templates and paging."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from storyline.errors import StoreError
from storyline.store.connection import connect, fold
from storyline.store.dialect import is_url, url_of
from storyline.store.pages import Window
from storyline.store.postgres import Readers

PER_PAGE = 50
TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeConfig:
    """The database to show, and the token write routes (corrections) need.

    `token_required` is true when the server listens beyond loopback: then a user must type the token;
    on loopback the token is only a per-process secret put into the forms (against cross-site posts).
    """

    db: Path
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    token_required: bool = False
    model: str | None = None


def readers_for(config: ServeConfig) -> Readers | None:
    """The pool of read-only sessions the app keeps for a PostgreSQL --db (None for a file)."""
    return Readers(url_of(config.db)) if is_url(config.db) else None


def config_of(request: Request) -> ServeConfig:
    config: ServeConfig = request.app.state.config
    return config


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`: it can never create, migrate or change the database.

    A `postgresql://` URL opens a read-only session on that database (storyline.store.postgres).
    """
    if is_url(path):
        return connect(path, read_only=True)
    if not path.is_file():
        raise StoreError(f"no database at {path}", hint="run `storyline ingest PATH --db FILE` first")
    conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA query_only = ON")
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.row_factory = sqlite3.Row
    return conn


def reader(request: Request) -> Iterator[sqlite3.Connection]:
    """A per-request read-only connection, closed when the response is sent (on PostgreSQL, given
    back to the app's pool of read-only sessions: opening one costs a round trip or more)."""
    readers: Readers | None = getattr(request.app.state, "readers", None)
    conn = readers.take() if readers else open_reader(config_of(request).db)
    try:
        yield conn
    finally:
        if readers:
            readers.give(conn)
        else:
            conn.close()


def window(page: int, per_page: int = PER_PAGE) -> Window:
    return Window(limit=per_page, offset=(page - 1) * per_page)


def page_url(request: Request, page: int) -> str:
    """This page's URL with its filters and another page number."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v]
    return f"{request.url.path}?{urlencode([*params, ('page', str(page))])}"


def render(request: Request, template: str, **context: object) -> object:
    return TEMPLATES.TemplateResponse(request, template, {"config": config_of(request), **context})


Reader = Annotated[sqlite3.Connection, Depends(reader)]
