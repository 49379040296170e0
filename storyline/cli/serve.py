"""`storyline serve`: the web app over one database (loopback by default; writes need the token)."""

from __future__ import annotations

import ipaddress
import os
import secrets
from typing import Annotated

import typer
from rich.console import Console

from storyline.cli.base import DEFAULT_DB, DbOption, app
from storyline.errors import ConfigError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command("serve")
def serve_command(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="STORYLINE_TOKEN", help="Token for corrections when not on loopback."),
    ] = None,
) -> None:
    """Browse the knowledge base in a web browser: timeline, quotes, entities, documents, search."""
    import uvicorn

    from storyline.serve import ServeConfig, create_app

    local = is_loopback(host)
    if not local and token is not None and len(token) < 12:
        raise ConfigError("the --token is too short", hint="use at least 12 characters")
    chosen = token or secrets.token_urlsafe(18)
    config = ServeConfig(
        db=db, token=chosen, token_required=not local, model=os.environ.get("STORYLINE_MODEL")
    )
    application = create_app(config)
    console = Console(stderr=True, highlight=False)
    console.print(f"storyline serving {db} at http://{host}:{port}/ (Ctrl-C stops)")
    if not local:
        console.print(
            f"corrections need the token: {chosen}" if token is None else "corrections need --token"
        )
    uvicorn.run(application, host=host, port=port, log_level="warning")
